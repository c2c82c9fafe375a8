package text

// StopFilter marks stop words (data/stop-words.txt), light nouns before
// "of" (data/light-nouns.txt), the words that finish a negation ("no
// longer", data/negation-tails.txt) and negation cues (data/negations.txt). Stop words stay in the stream (for negation scope
// and positions) with Stop set; the index skips them.
type StopFilter struct{}

// IsStopWord reports whether a normalised term is a stop word.
func IsStopWord(term string) bool { return stopWords[term] }

// IsEmphasis reports whether a word is an adverb of emphasis ("totally",
// "definitely"), data/emphasis-adverbs.txt.
func IsEmphasis(word string) bool { return emphasis[Normalize(word)] }

func (StopFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if negations[t.Term] {
			tokens[i].Neg = true
			continue
		}
		if t.Kind == Word && stopWords[t.Term] {
			tokens[i].Stop = true
		}
		if t.Kind == Word && finishesNegation(tokens, i) {
			tokens[i].Stop = true
		}
		// "The genre of death metal" says "death metal" (data/light-nouns.txt).
		if t.Kind == Word && lightNouns[t.Term] && i+1 < len(tokens) && tokens[i+1].Term == "of" {
			tokens[i].Stop = true
		}
	}
	return tokens
}

// finishesNegation reports whether token i finishes a negation ("longer"
// in "no longer", "anymore"): data/negation-tails.txt.
func finishesNegation(tokens []Token, i int) bool {
	before, ok := negationTails[Normalize(tokens[i].Text)]
	if !ok {
		return false
	}
	return len(before) == 0 || i > 0 && before[Normalize(tokens[i-1].Text)]
}
