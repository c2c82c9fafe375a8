package match

import "github.com/factcheck/factcheck/claims/text"

// patientWords returns the content words of what the verb at token i of
// a is said of: the words before a passive's form of "be" ("Few details
// were released": details), or the words after an active verb, past its
// articles ("released few details": details). With head, the noun a
// relative clause before the passive's words hangs on counts too ("the
// third suspect who led police to the safe house was also arrested":
// house, safe, suspect, third). Empty when the verb's clause shows none
// (a pronoun, a preposition right after it).
func patientWords(a analysed, i int, head bool) []text.Token {
	toks := a.tokens
	var out []text.Token
	k := i - 1
	for k >= 0 && i-k <= 3 && adverb(toks[k]) && !clauseBreak(a.text, toks, k) {
		k--
	}
	if k >= 1 && beForms[text.Normalize(toks[k].Text)] && !clauseBreak(a.text, toks, k-1) {
		j := k - 1
		for ; j >= 0 && patientWord(toks[j]) && (j == k-1 || !clauseBreak(a.text, toks, j)); j-- {
			out = append(out, toks[j])
		}
		if !head || len(out) == 0 {
			return out
		}
		// Past the relative clause to the noun it describes.
		for ; j > 0 && !clauseBreak(a.text, toks, j-1); j-- {
			if relatives[toks[j].Term] && !toks[j-1].Stop {
				for h := j - 1; h >= 0 && patientWord(toks[h]) && (h == j-1 || !clauseBreak(a.text, toks, h)); h-- {
					out = append(out, toks[h])
				}
				break
			}
		}
		return out
	}
	j := i + 1
	for j < len(toks) && articles[toks[j].Term] && !clauseBreak(a.text, toks, j-1) {
		j++
	}
	for ; j < len(toks) && patientWord(toks[j]) && !clauseBreak(a.text, toks, j-1); j++ {
		out = append(out, toks[j])
	}
	return out
}

// patientWord reports whether a token may be a word of what a verb is
// said of: a content word, no figure ("rose 5%" says nothing of whom).
func patientWord(t text.Token) bool {
	return !t.Stop && !t.Neg && (t.Kind == text.Word || t.Kind == text.Entity)
}

// articles may open what an active verb is done to.
var articles = wordSet("the a an few some several his her their its this these those")

// saidOfOtherThing reports whether an opposite word of a claim (token ci
// of a) is said of something the statement never names, while the
// statement's (token qi of q) is said of something the claim names only
// on another side of a contrast (contrastSide): "Few details were released about the police operation, but
// … a third suspect had led them to the safe house" releases details,
// not the suspect that "the third suspect who led police to the safe
// house was also arrested" arrests. Opposite verbs conflict only when
// they say it of the same thing.
func saidOfOtherThing(q analysed, qi int, a analysed, ci int, matched map[string]string) bool {
	theirs := patientWords(a, ci, false)
	if len(theirs) == 0 {
		return false
	}
	inStatement := inverse(matched)
	for _, t := range theirs {
		if q.terms[t.Term] || inStatement[t.Term] {
			return false
		}
	}
	// What the statement's word is said of stands in the claim, but only
	// on another side of a contrast than the claim's word ("…, but …
	// a third suspect had led them").
	lo, hi := contrastSide(a, ci)
	elsewhere := false
	for _, t := range patientWords(q, qi, true) {
		for j, ct := range a.tokens {
			if ct.Term != t.Term && ct.Term != matched[t.Term] {
				continue
			}
			if lo <= j && j <= hi {
				return false
			}
			elsewhere = true
		}
	}
	return elsewhere
}
