package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// standsForCountry reports whether token t is a capital the pipeline read
// as its country ("Tirana" as albania: text.CapitalCountry).
func standsForCountry(t text.Token) bool {
	c, ok := text.CapitalCountry(strings.ToLower(text.Normalize(t.Text)))
	return ok && c == t.Term
}

// capitalOfAnother finds a capital the statement writes for its country
// ("Belgrade and Tirana have been unable to agree") that the claim has
// only as the country or its people ("the province's Albanian
// leadership"), while the claim puts another name where the statement
// puts the capital, beside the same name ("Belgrade and Pristina have
// been unable to reach agreement"): the country found elsewhere is not
// the capital's place. Not supported; read as the swap of a subject
// (swap: "China and the US signed…"), not contradicted either.
func (c *comparison) capitalOfAnother(t text.Token) (finding, bool) {
	if !standsForCountry(t) {
		return finding{}, false
	}
	for _, a := range c.texts {
		for _, ct := range a.tokens {
			if ct.Term == t.Term && standsForCountry(ct) {
				return finding{}, false // the claim names the capital too
			}
		}
	}
	qi := tokenAt(c.q.tokens, t.Start)
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if !ct.Cap || ct.Stop || ct.Kind == text.Number || ct.Kind == text.Year || ct.Term == t.Term || c.q.terms[ct.Term] {
				continue
			}
			if coordinatedSlot(c.q.tokens, qi, a.tokens, ci) {
				return finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source has %s where you wrote %s", ct.Text, t.Text),
					qSpan:  span(t), cText: a.text, cSpan: span(ct),
				}, true
			}
		}
	}
	return finding{}, false
}

// coordinatedSlot reports whether token i of a and token j of b stand
// beside the same country or capital across the same "and" or "or":
// "Belgrade and Tirana" / "Belgrade and Pristina", "Tirana and Belgrade"
// / "Pristina and Belgrade".
func coordinatedSlot(a []text.Token, i int, b []text.Token, j int) bool {
	pair := func(ai, ak, bj, bk int) bool {
		if ak < 0 || bk < 0 || ak >= len(a) || bk >= len(b) || ai >= len(a) || bj >= len(b) {
			return false
		}
		conj := a[ai].Term
		return (conj == "and" || conj == "or") && b[bj].Term == conj &&
			a[ak].Kind == text.Entity && a[ak].Term == b[bk].Term
	}
	return pair(i-1, i-2, j-1, j-2) || pair(i+1, i+2, j+1, j+2)
}
