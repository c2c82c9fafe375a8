package text

import "strings"

// SpellingFilter folds British and American spellings into one form:
// militarise/militarize, behaviour/behavior, centre/center,
// defence/defense. Words in data/spelling-exceptions.txt are left alone;
// "-ence" becomes "-ense" only for data/british-ense.txt. The rules run on both sides of every comparison, so a
// word they bend that has no variant still matches itself.
type SpellingFilter struct{}

var spellingSuffixes = []struct{ from, to string }{
	{"isation", "ization"}, {"isations", "izations"},
	{"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"ise", "ize"},
	{"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
	{"ours", "ors"}, {"our", "or"},
	{"tre", "ter"}, {"tres", "ters"},
	{"ence", "ense"},
	{"ogue", "og"},
	{"elled", "eled"}, {"elling", "eling"},
}

// spellingMinLen keeps short words ("rise", "our", "four", "hour") out.
const spellingMinLen = 6

func (SpellingFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if t.Kind != Word || len(t.Term) < spellingMinLen || spellingExceptions[t.Term] {
			continue
		}
		for _, s := range spellingSuffixes {
			if !strings.HasSuffix(t.Term, s.from) {
				continue
			}
			if s.from == "ence" && !britishEnse[t.Term] {
				break
			}
			tokens[i].Term = t.Term[:len(t.Term)-len(s.from)] + s.to
			break
		}
	}
	return tokens
}
