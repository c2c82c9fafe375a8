package text

// PrivativeFilter reads an adjective that says "without" a thing as a
// negation and the thing (data/privative-adjectives.txt): "childless" ->
// "no" "child", so that "is childless" meets "had no children". Both
// tokens keep the adjective's span, as contractions' parts do.
type PrivativeFilter struct{}

// privatives maps each privative adjective to the noun it is without.
var privatives = itemToKey("privative-adjectives.txt")

func (PrivativeFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	for _, t := range tokens {
		if noun, ok := privatives[t.Term]; ok && t.Kind == Word {
			no := t
			no.Term, no.Neg = "no", true
			out = append(out, no, withTerm(t, noun))
			continue
		}
		out = append(out, t)
	}
	return out
}
