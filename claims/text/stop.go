package text

// StopFilter marks stop words. The list is our own: stock lists drop
// "not", "no", "than", "more", "less" and numbers, which verdicts depend on,
// so none of those are here. Stop words stay in the stream (for negation
// scope and positions) with Stop set; the index skips them.
type StopFilter struct{}

// stopWords are function words that carry no claim.
var stopWords = set(`a an the and or but if then so as of at by for with about against between into
through during to from in out on off up down here there when where why how all any both each few
other some such own same too very s t can will just should now is am are was were be been being
have has had having do does did doing would could might must shall may i me my myself we our ours
ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
they them their theirs themselves what which who whom this that these those also its while whose
because until again further once only said says say told tell stated added according per via
would ll re ve d m o y its upon onto within among amid including include includes`)

// Negations are cues that flip what the words after them say.
var negations = set(`not no never nor none nobody nothing neither without cannot nowhere`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, r := range words + " " {
		if r == ' ' || r == '\n' || r == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return m
}

// IsStopWord reports whether a normalised term is a stop word.
func IsStopWord(term string) bool { return stopWords[term] }

func (StopFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if negations[t.Term] {
			tokens[i].Neg = true
			continue
		}
		if t.Kind == Word && stopWords[t.Term] {
			tokens[i].Stop = true
		}
	}
	return tokens
}
