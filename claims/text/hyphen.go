package text

import "strings"

// HyphenFilter handles hyphenated words. A number in words stays whole
// ("twenty-eight": the number filter reads it). A bound prefix joins its word
// ("co-operation" -> "cooperation", "pro-active" -> "proactive";
// data/bound-prefixes.txt). A negation cue that opens a compound keeps it
// whole, one word that negates nothing ("a no-vote termination fee", "a
// no-fly zone", "a never-ending row"), except "no-one", which is "nobody".
// Any other
// hyphen separates two words ("U.S.-Russia" -> "U.S." "Russia"), each with
// its own span.
type HyphenFilter struct{}

func (HyphenFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	for _, t := range tokens {
		if !strings.Contains(t.Term, "-") || strings.Count(t.Text, "-") != strings.Count(t.Term, "-") {
			out = append(out, t)
			continue
		}
		if _, ok := parseCompound(t.Term); ok { // "twenty-eight" is one number (compoundnumber.go)
			out = append(out, t)
			continue
		}
		parts := strings.Split(t.Term, "-")
		if negations[parts[0]] && len(parts) > 1 && parts[1] != "" && t.Term != "no-one" {
			out = append(out, t)
			continue
		}
		if len(parts) == 2 && boundPrefixes[parts[0]] && parts[1] != "" {
			out = append(out, withTerm(t, parts[0]+parts[1]))
			continue
		}
		// Split on the hyphens of the original text so spans stay exact.
		off := t.Start
		for k, surf := range strings.Split(t.Text, "-") {
			if surf != "" && parts[k] != "" {
				p := t
				p.Text, p.Term, p.Start, p.End = surf, parts[k], off, off+len(surf)
				p.Cap = surf[0] >= 'A' && surf[0] <= 'Z'
				out = append(out, p)
			}
			off += len(surf) + 1
		}
	}
	return out
}
