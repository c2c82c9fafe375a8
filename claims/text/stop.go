package text

// StopFilter marks stop words (data/stop-words.txt), light nouns before
// "of" (data/light-nouns.txt), the words that finish a negation ("no
// longer", data/negation-tails.txt), the words that bound a figure ("more
// than 300", "over 300", data/comparators.txt) and negation cues
// (data/negations.txt). Stop words stay in the stream (for negation scope
// and positions) with Stop set; the index skips them.
type StopFilter struct{}

// IsStopWord reports whether a normalised term is a stop word.
func IsStopWord(term string) bool { return stopWords[term] }

// IsEmphasis reports whether a word is an adverb of emphasis ("totally",
// "definitely"), data/emphasis-adverbs.txt.
func IsEmphasis(word string) bool { return emphasis[Normalize(word)] }

func (StopFilter) Filter(tokens []Token) []Token {
	bound := 0 // the end of the bound of a figure marked last
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
		if i < bound {
			continue
		}
		if c, n := boundsFigure(tokens, i); n > 0 {
			markBound(tokens, i, n, c)
			bound = i + n
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
	// A contraction's "not" ("doesnt even") is its term, not its text.
	return len(before) == 0 || i > 0 && (before[Normalize(tokens[i-1].Text)] || tokens[i-1].Neg && before[tokens[i-1].Term])
}

// boundsFigure returns the bound that the words from token i set on the
// figure right after them ("more than" in "more than 300", "over" in
// "over $5") and how many words it has, or 0 words.
func boundsFigure(tokens []Token, i int) (comparator, int) {
	w := Normalize(tokens[i].Text)
	cs := comparatorsFrom[w]
	if len(cs) == 0 { // a reader's "abt 3 hrs", "approx 3 mins" (data/social.txt)
		cs = comparatorsFrom[chatForms[w]]
	}
	for _, c := range cs {
		n := len(c.words)
		if i+n >= len(tokens) || !termsAre(tokens[i+1:i+n], c.words[1:]) {
			continue
		}
		next := tokens[i+n]
		if IsFigureSign(next) && i+n+1 < len(tokens) {
			next = tokens[i+n+1]
		}
		if next.Kind == Number {
			return c, n
		}
	}
	return comparator{}, 0
}

// boundTerms are the one term each bound is written with ("over 300" is
// "more than 300"); a bound of about a figure ("roughly", "nearly") is
// written with none: the figure says it.
var boundTerms = map[Cmp]string{MoreThan: "more", LessThan: "less", AtLeast: "least", AtMost: "most"}

// markBound writes a bound of n words from token i with one term, so that
// "over 300" and "more than 300" share their words as they share their
// meaning: the first content word of a bound above or below carries the
// bound's term ("over", "more", "excess" read "more"; "maximum" reads
// "most") and the others stay as they are; the words of a bound of about
// a figure ("roughly", "nearly") are stop words, the figure saying it. A
// negation ("no more than") stays what it is. The bound belongs to the
// figure, which the matcher compares as a whole (Quantities reads the
// bound from the words as written).
func markBound(tokens []Token, i, n int, c comparator) {
	term, ok := boundTerms[c.cmp]
	for k := i; k < i+n; k++ {
		if tokens[k].Neg || negations[tokens[k].Term] {
			continue
		}
		if !ok {
			tokens[k].Stop = true
			continue
		}
		if !stopWords[tokens[k].Term] {
			tokens[k].Term, tokens[k].Stop = term, false
			return
		}
	}
}
