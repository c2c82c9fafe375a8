package match

import (
	"fmt"
	"slices"

	"github.com/factcheck/factcheck/claims/text"
)

// formerRole finds a role the statement says someone holds now ("Ruiz is
// the police chief", "Ng is still chief executive") where the source says
// it is over: "Ruiz, a former police chief", "Ng, who stepped down as
// chief executive last year". The source does not say it of now; it is
// not read as a contradiction (a role held again, or another holder, may
// be what the statement means), only as no support. A partner (partners)
// is one now wherever the statement names it, with no copula: "She sued
// her husband" against "She sued her ex-husband".
func (c *comparison) formerRole() []finding {
	q := c.q
	present := -1 // the statement's present copula: "is", "remains"
	for i, t := range q.tokens {
		switch text.Normalize(t.Text) {
		case "is", "are", "remains", "remain", "'s":
			present = i
		case "former", "ex", "formerly", "previously", "once", "was", "were", "used":
			return nil // the statement itself says it is over, or was
		}
	}
	for _, t := range q.tokens {
		if partners[text.Normalize(t.Text)] {
			if f, ok := c.heldBefore(t); ok {
				return []finding{f}
			}
		}
	}
	if present < 0 {
		return nil
	}
	for i := present + 1; i < len(q.tokens) && !clauseBreak(q.text, q.tokens, i-1); i++ {
		t := q.tokens[i]
		if t.Stop || t.Neg || t.Kind != text.Word || t.Cap || possessive(t) {
			continue // the role's words, not whose it is ("Copperline's")
		}
		if _, ok := c.al.matched[t.Term]; !ok {
			continue
		}
		f, ok := c.heldBefore(t)
		if !ok {
			return nil // the role's first word the source says of now too, or of no past
		}
		return []finding{f}
	}
	return nil
}

// heldBefore reads the statement's role word t against the claim: where
// the claim has its word only as a role held before (formerAt), t is not
// supported.
func (c *comparison) heldBefore(t text.Token) (finding, bool) {
	m, ok := c.al.matched[t.Term]
	if !ok {
		return finding{}, false
	}
	a, ct, cue, only := c.onlyUnder(m, formerAt)
	if !only {
		return finding{}, false
	}
	return finding{
		kind:   beyond,
		reason: fmt.Sprintf("the source says %q: a role held before", cue+" "+ct.Text),
		qSpan:  span(t), cText: a.text, cSpan: span(ct),
	}, true
}

// partners are the relations an "ex-" or "former" ends: "her ex-husband"
// is no "husband" of hers now. Source: written for factcheck; licence:
// that of factcheck.
var partners = wordSet("husband husbands wife wives partner partners boyfriend boyfriends girlfriend girlfriends fiance fiancee fiancé fiancée spouse spouses")

// formerAt returns the words that make token i of a a role held before
// ("former police chief", "ex-minister", "stepped down as chief
// executive", "resigned as mayor"), or "": "former" or "ex" up to two
// words before it, or a verb of leaving and "as" before the role's
// words.
func formerAt(a analysed, i int) string {
	toks := a.tokens
	for j := i - 1; j >= 0 && j >= i-3 && !clauseBreak(a.text, toks, j); j-- {
		w := text.Normalize(toks[j].Text)
		switch {
		case w == "former" || w == "ex" || w == "then":
			return toks[j].Text
		case w == "as" && j > 0:
			k := j - 1
			if text.Normalize(toks[k].Text) == "down" && k > 0 {
				k-- // "stepped down as"
			}
			if leavingVerbs[toks[k].Term] {
				return a.text[toks[k].Start:toks[j].End]
			}
			return ""
		case toks[j].Stop || toks[j].Kind == text.Word && !toks[j].Cap:
			continue
		}
		return ""
	}
	return ""
}

// leavingVerbs are the stems of the verbs of leaving a role ("resigned
// as", "stepped down as", "was ousted as").
var leavingVerbs = stemSet(slices.Values([]string{"resigned", "resigns", "quit", "quits", "retired", "retires", "stepped", "steps", "ousted", "removed", "fired", "sacked", "dismissed", "replaced", "succeeded", "left", "leaves"}))
