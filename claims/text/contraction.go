package text

import "strings"

// ContractionFilter splits negative contractions into their verb and a
// negation token ("don't" -> "do" "not") and drops possessive "'s", so that
// "Russia's" and "Russia" are one term. Both parts keep the original span.
// Contractions whose verb is not the prefix ("won't"), and those typed
// without an apostrophe ("dont"), are in data/contractions.txt.
type ContractionFilter struct{}

func (ContractionFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	for _, t := range tokens {
		term := t.Term
		if stem, ok := negStems[term]; ok {
			out = append(out, withTerm(t, stem), negation(t))
			continue
		}
		if strings.HasSuffix(term, "n't") && len(term) > 3 {
			out = append(out, withTerm(t, term[:len(term)-3]), negation(t))
			continue
		}
		for _, suf := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
			if strings.HasSuffix(term, suf) && len(term) > len(suf) {
				term = term[:len(term)-len(suf)]
				break
			}
		}
		if strings.HasSuffix(term, "s'") { // the nations' teams
			term = term[:len(term)-1]
		}
		out = append(out, withTerm(t, term))
	}
	return out
}

func withTerm(t Token, term string) Token { t.Term = term; return t }

func negation(t Token) Token { t.Term = "not"; t.Neg = true; return t }
