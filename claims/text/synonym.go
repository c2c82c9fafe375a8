package text

// SynonymFilter maps words that news text uses interchangeably to one
// word, so a paraphrase matches its source: "detained" and "arrested",
// "nations" and "countries", "pact" and "agreement" (data/news-synonyms.txt).
// It runs before stemming, on word forms.
type SynonymFilter struct{}

func (SynonymFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if t.Kind != Word {
			continue
		}
		if c, ok := synonyms[t.Term]; ok {
			tokens[i].Term = c
		}
	}
	return tokens
}
