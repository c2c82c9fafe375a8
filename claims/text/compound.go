package text

import "strings"

// CompoundFilter splits closed compounds whose parts are also written
// apart, so that "cybersecurity", "cyber-security" and "cyber security" give
// the same terms ("cyber" "security") and "cyberattacks" matches "attacks".
type CompoundFilter struct{}

func (CompoundFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	for _, t := range tokens {
		split := false
		for _, h := range compoundHeads {
			if strings.HasPrefix(t.Term, h) && len(t.Term) >= len(h)+3 {
				out = append(out, withTerm(t, h), withTerm(t, t.Term[len(h):]))
				split = true
				break
			}
		}
		if !split {
			out = append(out, t)
		}
	}
	return out
}
