package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// negationScope is how many words after a negation cue it can reach
// before a clause boundary ends it.
const negationScope = 10

// minNegatedShare is how much of what two texts share (IDF-weighted) the
// clause of a negation must hold for it to flip their agreement: a "not" in
// a side clause ("they were not participating in the talks, which were
// confined to mid-level officials") says nothing about the words outside it.
const minNegatedShare = 0.25

// polarity compares what the statement and the claim assert: a negation
// reaching shared words on one side only, or opposite words ("easy" against
// "difficult"), flips the meaning. Two flips cancel ("not easy" and
// "difficult" agree). The claim text that best covers the statement
// decides.
func polarity(c *comparison) []finding {
	q, texts, matched, inClaim := c.q, c.texts, c.al.matched, c.al.claimTerms
	qNeg := negated(q, func(t string) bool { _, ok := matched[t]; return ok }, c.ix.IDF)
	// Pick the claim text sharing the most words with the statement.
	best, bestN := 0, -1
	for i, a := range texts {
		n := 0
		for _, t := range a.tokens {
			if inClaim[t.Term] {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	a := texts[best]
	cNeg := negated(a, func(t string) bool { return inClaim[t] }, c.ix.IDF)
	flips := len(qNeg)%2 != len(cNeg)%2
	// Opposite words count in any of the claim's texts (a quote may say
	// "deny" where the claim's own statement does not).
	var qa, ca text.Token
	opposite := false
	for _, t := range append([]analysed{a}, texts...) {
		if qa, ca, opposite = oppositeOf(q, t, inClaim); opposite {
			a = t
			break
		}
	}
	if flips == opposite {
		return nil
	}
	if opposite {
		return []finding{{
			kind:   conflict,
			reason: fmt.Sprintf("the source says %q, you wrote %q", ca.Text, qa.Text),
			qSpan:  span(qa), cText: a.text, cSpan: span(ca),
		}}
	}
	if len(cNeg) > len(qNeg) {
		n := cNeg[0]
		return []finding{{
			kind:   conflict,
			reason: fmt.Sprintf("the source says the opposite: it is negated (%q) where your statement is not", phraseAround(a, n)),
			cText:  a.text, cSpan: span(n),
		}}
	}
	n := qNeg[0]
	return []finding{{
		kind:   conflict,
		reason: fmt.Sprintf("your statement is negated (%q) where the source is not", phraseAround(q, n)),
		qSpan:  span(n), cText: a.text,
	}}
}

// clauseBreak reports whether a clause ends between tokens i and i+1.
func clauseBreak(s string, toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	if toks[i+1].Start > toks[i].End && strings.ContainsAny(s[toks[i].End:toks[i+1].Start], ",;:()—–.!?") {
		return true
	}
	switch toks[i+1].Term {
	case "but", "though", "although", "while", "whereas", "however", "because":
		return true
	}
	return false
}

// isNegation reports whether token i of toks is a negation cue: a
// negation word, a verb that denies what follows it ("failed to
// attribute", "lacks a treaty"), or "stopped/fell short of".
func isNegation(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Neg || text.IsNegatingVerb(t.Term) {
		return true
	}
	return t.Term == "short" && i > 0 && (toks[i-1].Term == "stop" || toks[i-1].Term == "fall")
}

// negated returns, for a text, the negation cues whose scope reaches
// enough of the terms the other side shares (weight gives a term's
// importance).
func negated(a analysed, shared func(string) bool, weight func(string) float64) []text.Token {
	total := 0.0
	seen := map[string]bool{}
	for _, t := range a.tokens {
		if !t.Stop && !seen[t.Term] && shared(t.Term) {
			seen[t.Term] = true
			total += weight(t.Term)
		}
	}
	var cues []text.Token
	for i, t := range a.tokens {
		if !isNegation(a.tokens, i) {
			continue
		}
		// The cue's clause: back to the last clause break, forward to the
		// next one (within negationScope words).
		lo := i
		for lo > 0 && i-lo < negationScope && !clauseBreak(a.text, a.tokens, lo-1) {
			lo--
		}
		reached, after := 0.0, false
		inClause := map[string]bool{}
		for j := lo; j < len(a.tokens) && j <= i+negationScope; j++ {
			if term := a.tokens[j].Term; j != i && shared(term) && !a.tokens[j].Stop && !inClause[term] {
				inClause[term] = true
				reached += weight(term)
				after = after || j > i
			}
			if j >= i && clauseBreak(a.text, a.tokens, j) {
				break
			}
		}
		// The negation must reach a shared word after it, and its clause
		// must hold enough of what the texts share.
		if !after {
			continue
		}
		if reached > 0 && reached >= minNegatedShare*total {
			cues = append(cues, t)
		}
	}
	return cues
}

// oppositeOf finds a word in a claim text opposed to a statement word that
// the claim itself lacks, near words the two share.
func oppositeOf(q analysed, a analysed, shared map[string]bool) (text.Token, text.Token, bool) {
	for _, qt := range q.tokens {
		opp := antonym[qt.Term]
		if opp == nil || a.terms[qt.Term] || qt.Stop {
			continue
		}
		for ci, ct := range a.tokens {
			if !opp[ct.Term] {
				continue
			}
			for j := max(0, ci-6); j < min(len(a.tokens), ci+7); j++ {
				if j != ci && shared[a.tokens[j].Term] && !a.tokens[j].Stop {
					return qt, ct, true
				}
			}
		}
	}
	return text.Token{}, text.Token{}, false
}

// phraseAround returns the negation cue with the word before and after it.
func phraseAround(a analysed, cue text.Token) string {
	i := tokenAt(a.tokens, cue.Start)
	lo, hi := a.tokens[max(0, i-1)].Start, a.tokens[min(len(a.tokens)-1, i+2)].End
	if lo > cue.Start {
		lo = cue.Start
	}
	if hi < cue.End {
		hi = cue.End
	}
	return a.text[lo:hi]
}
