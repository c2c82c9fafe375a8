package match

import (
	"fmt"

	"github.com/factcheck/factcheck/claims/text"
)

// additiveCues are the words that make a figure one more than those
// already told: "another $10 million", "an additional 500 troops", "a
// further 2%", "an extra day".
var additiveCues = wordSet("another additional further extra")

// additiveFigures reads a statement that gives another amount ("GiveWell
// plans to give the charity another $10 million in 2019") as speaking of
// one besides those its source gives ("In July 2018, we recommended a $5.1
// million grant"): the source's other figures and dates are of the amount
// before, so they do not contradict the statement. They leave it
// unsettled (beyond), with the conflict's words still shown. A source
// that has the same word ("another 30 people had been injured") speaks of
// the same amount, and contradicts "another 13 people".
//
// It runs after resolve, on every rule's findings, as resolve does: no
// rule reads another's.
func additiveFigures(c *comparison, fs []finding) []finding {
	cue, ok := additiveCue(c.q)
	if !ok || c.saysWord(text.Normalize(cue.Text)) {
		return fs // "another 13 people" against "another 30 people": the same amount
	}
	for i := range fs {
		if f := &fs[i]; f.kind == conflict && (f.rule == ruleQuantities || f.rule == ruleDates) {
			f.kind = beyond
			f.reason = fmt.Sprintf("your statement speaks of %s amount than the source's, which does not settle it (%s)", cue.Text, f.reason)
		}
	}
	return fs
}

// additiveCue finds an additive word just before a figure of the
// statement: "another" in "another $10 million", within two words of a
// number.
func additiveCue(q analysed) (text.Token, bool) {
	toks := q.tokens
	for i, t := range toks {
		if !additiveCues[text.Normalize(t.Text)] {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if toks[j].Kind == text.Number {
				return t, true
			}
		}
	}
	return text.Token{}, false
}

// saysWord reports whether one of the claim's texts has word (normalised).
func (c *comparison) saysWord(word string) bool {
	for _, a := range c.texts {
		for _, t := range a.tokens {
			if text.Normalize(t.Text) == word {
				return true
			}
		}
	}
	return false
}
