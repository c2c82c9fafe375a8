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

// spellingBases are the endings of inflected forms with the ending of
// their base form: the length and the exceptions are the base's, so every
// form of a word bends alike ("raise", "raised" and "raising" are all left
// alone, as "promise" and "promised" are).
var spellingBases = []struct{ from, base string }{
	{"isations", "ise"}, {"isation", "ise"}, {"ised", "ise"}, {"ises", "ise"}, {"ising", "ise"},
	{"ysed", "yse"}, {"ysing", "yse"}, {"ours", "our"}, {"tres", "tre"},
}

// spellingBase returns the base form of a word for the suffix rules:
// "raised" is "raise", "organisations" is "organise".
func spellingBase(w string) string {
	for _, b := range spellingBases {
		if strings.HasSuffix(w, b.from) {
			return w[:len(w)-len(b.from)] + b.base
		}
	}
	return w
}

func (SpellingFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if base := spellingBase(t.Term); t.Kind != Word || len(base) < spellingMinLen || spellingExceptions[base] {
			continue
		}
		for _, s := range spellingSuffixes {
			if !strings.HasSuffix(t.Term, s.from) {
				continue
			}
			if s.from == "ence" && !britishEnse[t.Term] {
				break
			}
			if (s.from == "elled" || s.from == "elling") && !strings.ContainsAny(t.Term[:len(t.Term)-len(s.from)], "aeiou") {
				break // "selling", "telling", "spelled": "sell", not a travel(l)ing "-el"
			}
			tokens[i].Term = t.Term[:len(t.Term)-len(s.from)] + s.to
			break
		}
	}
	return tokens
}
