package text

import "strings"

// SynonymFilter maps words that news text uses interchangeably to one
// word, so a paraphrase matches its source: "detained" and "arrested",
// "nations" and "countries", "pact" and "agreement". It runs before
// stemming, on word forms. The table is deliberately small and general:
// pairs whose difference a verdict depends on ("treaty" and "agreement")
// stay apart.
type SynonymFilter struct{}

var synonyms = map[string]string{}

func init() {
	for canon, forms := range map[string]string{
		"arrest":      "detain detains detained detaining detention apprehend apprehends apprehended nab nabbed",
		"country":     "nation",
		"countries":   "nations",
		"agreement":   "pact pacts accord accords deal deals",
		"talks":       "negotiation negotiations discussions negotiate negotiating",
		"official":    "officer officers",
		"power":       "electricity electric electrical",
		"incredulity": "skepticism scepticism skeptical sceptical doubt doubts doubtful disbelief",
		"crippled":    "disabled knocked",
		"hacker":      "cybercriminal cybercriminals",
		"difficult":   "hard tough",
	} {
		for _, f := range strings.Fields(forms) {
			synonyms[f] = canon
		}
	}
}

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
