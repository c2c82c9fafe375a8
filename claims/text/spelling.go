package text

import "strings"

// SpellingFilter folds British and American spellings into one form:
// militarise/militarize, behaviour/behavior, centre/center,
// defence/defense. The rules run on both sides of every comparison, so a
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

// spellingExceptions are words a suffix rule must not touch.
var spellingExceptions = map[string]bool{
	"otherwise": true, "exercise": true, "promise": true, "surprise": true, "enterprise": true, "expertise": true,
	"advise": true, "compromise": true, "premise": true, "precise": true, "concise": true, "franchise": true,
	"devise": true, "revise": true, "supervise": true, "televise": true, "despise": true, "merchandise": true,
	"comprise": true, "disguise": true, "chastise": true,
	"science": true, "experience": true, "evidence": true, "sentence": true, "conference": true, "difference": true,
	"influence": true, "presence": true, "audience": true, "silence": true, "violence": true, "intelligence": true,
	"independence": true, "confidence": true, "existence": true, "reference": true, "preference": true,
	"sequence": true, "consequence": true, "residence": true, "absence": true, "patience": true, "occurrence": true,
	"fence": true, "hence": true, "since": true, "whence": true, "commence": true, "sense": true, "essence": true,
	"dialogue": true, // kept: "dialog" is a different word for many
}

// licence-like words whose -ence is the British spelling of -ense.
var britishEnse = map[string]bool{"defence": true, "offence": true, "licence": true, "pretence": true}

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
