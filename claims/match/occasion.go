package match

import (
	"fmt"

	"github.com/factcheck/factcheck/claims/text"
)

// occasion finds the statement placing someone's words at an occasion
// ("made her comments while at the G20 summit") where the source names the
// occasion only in a relative clause about the speaker: "Svetlana Lukash,
// a Russian official who was at the recent G20 summit, said earlier this
// month…". Being there is not saying it there, so the statement is not
// supported (nor contradicted).
func occasion(c *comparison) []finding {
	toks := c.q.tokens
	saying := false
	for _, t := range toks {
		w := text.Normalize(t.Text)
		saying = saying || sayingVerb(t) || remarkNouns[w]
	}
	if !saying {
		return nil
	}
	var out []finding // only the first counts (first in the rules table)
	for i, t := range toks {
		if t.Stop || t.Neg || !afterOccasionWord(toks, i) {
			continue
		}
		m, ok := c.al.matched[t.Term]
		if !ok || !c.onlyAboutSpeaker(m) {
			continue
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says who was at %q, not that the words were said there", t.Text),
			qSpan:  span(t), claim: span(t), block: span(t),
		})
	}
	return out
}

// remarkNouns name what someone said: "made her comments".
var remarkNouns = wordSet("comments comment remarks remark statement speech")

// afterOccasionWord reports whether token i is the first content word
// after "while at", "during" or "at" (past articles and adjectives):
// "while at the G20 summit", "during the summit".
func afterOccasionWord(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := text.Normalize(toks[j].Text); {
		case w == "during" || w == "at":
			return true
		case text.IsDeterminer(toks[j].Term):
			continue
		}
		return false
	}
	return false
}

// onlyAboutSpeaker reports whether every use of claim term m stands in a
// relative clause ("who was at the summit,"), and there is one.
func (c *comparison) onlyAboutSpeaker(m string) bool {
	seen := false
	for _, a := range c.texts {
		for i, ct := range a.tokens {
			if ct.Term != m {
				continue
			}
			if !inRelativeClause(a, i) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// inRelativeClause reports whether token i stands between a "who" and the
// clause break after it.
func inRelativeClause(a analysed, i int) bool {
	for j := i - 1; j >= 0; j-- {
		step(1)
		if text.Normalize(a.tokens[j].Text) == "who" {
			return true
		}
		if clauseBreak(a.text, a.tokens, j) {
			return false
		}
	}
	return false
}
