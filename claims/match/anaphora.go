package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// An imported claim may open with a word that points back to something
// only its original page named: "She took a teaching position at Concord
// High School", "The film was shot in India", "His 2008 film Australia".
// Such a claim comes with no article and no title to say whom it means,
// so a statement that names its topic ("Christa McAuliffe taught at
// Concord High School") finds the name nowhere and the claim can settle
// nothing.
//
// A claim of that kind is read as being about the statement's topic when
// that is the one thing the statement names that the claim lacks, and the
// database knows nothing else about it: the single run of names the
// statement has and no claim has. The reason says how it was read:
// (reading "She" as Christa McAuliffe). A statement that names two things
// the claim lacks ("Adam Yala founded San Diego Comic-Con" against "It was
// founded by … Richard Alf") gets no reading: which one the claim is about
// is unknown.
//
// A claim with an article is never read this way: its paragraph says whom
// it means (coverage counts a name found there), and a name from another
// paragraph is no reading but a guess.

// anaphoricOpeners are the words an anaphor opens with: subject pronouns,
// possessives, and "the" before a common noun ("the film", "the series
// finale").
var anaphoricOpeners = wordSet("he she it they his her its their the")

// anaphorOf returns the words an imported claim opens with when they point
// back to a topic the claim does not name ("She", "The film"), or "".
//
// The anaphor may follow an opening phrase that ends with a comma: "In
// 1986, she married…", "Distributed by Columbia Pictures, the film was
// released…".
func anaphorOf(c analysed) string {
	toks := c.tokens
	if len(toks) < 2 || !atSentenceStart(c.text, toks[0].Start) {
		return ""
	}
	at := 0
	if !anaphoricOpeners[text.Normalize(toks[0].Text)] {
		at = afterOpeningPhrase(c)
	}
	if at < 0 || at+1 >= len(toks) {
		return ""
	}
	w := text.Normalize(toks[at].Text)
	if !anaphoricOpeners[w] {
		return ""
	}
	if w != "the" {
		return toks[at].Text
	}
	// "The film", "The multi-camera series": a common noun, not a name
	// ("The Bahamas", "The F-35").
	n := toks[at+1]
	if n.Cap || n.Stop || n.Kind != text.Word {
		return ""
	}
	return c.text[toks[at].Start:n.End]
}

// maxOpeningPhrase is how many words an opening phrase before the subject
// may have: "On Monday, July 11, 2011," has six.
const maxOpeningPhrase = 12

// afterOpeningPhrase returns the index of the token after the last comma
// of a sentence's opening phrase, or -1 when it opens with none.
func afterOpeningPhrase(c analysed) int {
	at := -1
	for k := 1; k < len(c.tokens) && k <= maxOpeningPhrase; k++ {
		if c.tokens[k-1].End <= c.tokens[k].Start && strings.Contains(c.text[c.tokens[k-1].End:c.tokens[k].Start], ",") {
			at = k
			if anaphoricOpeners[text.Normalize(c.tokens[k].Text)] {
				return k
			}
		}
	}
	return at
}

// anaphora is a claim's anaphor read as the statement's topic.
type anaphora struct {
	anaphor string          // the claim's words: "She", "The film"
	who     string          // the statement's words read in their place
	at      [2]int          // where those words stand in the statement
	terms   map[string]bool // the statement terms those words hold
	// sourced marks a reading of an article's "he" or "she" as a person
	// its paragraph named before (antecedent.go): for a support only.
	sourced bool
}

// reason is what the verdict's reason adds: (reading "She" as Christa
// McAuliffe).
func (a anaphora) reason() string {
	if a.who == "" {
		return ""
	}
	return fmt.Sprintf(" (reading %q as %s)", a.anaphor, a.who)
}

// readAnaphor returns the reading of claim d's anaphor as the statement's
// topic, when d has one and the statement names exactly one thing the
// database does not know.
func (ix *Index) readAnaphor(q analysed, qs []queryTerm, d *doc) anaphora {
	if d.anaphor == "" {
		return anaphora{}
	}
	found := map[string]string{} // the statement terms the claim has
	ix.coverage(qs, d, found, nil)
	first, last := -1, -1
	for i, t := range q.tokens {
		if _, ok := found[t.Term]; ok || !ix.key(q.text, t) && !openingSubject(q, i) && !givenBefore(ix, q, i, d.antecedents) || inDate(q, t) {
			continue
		}
		if d.antecedents == nil && ix.df(t.Term) > 0 {
			return anaphora{} // another claim knows it: no reading
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 || !opensStatement(q, first, found) || afterLocative(q, first) {
		return anaphora{}
	}
	// A name may end on a capitalised small word: "Make It or Break It".
	for last+1 < len(q.tokens) && q.tokens[last+1].Cap && q.tokens[last+1].Stop && q.tokens[last+1].Start-q.tokens[last].End <= 1 {
		last++
	}
	// One run of names: between its first and last word stand only words
	// of a name ("Make It or Break It", "Joe Dirt 2: Beautiful Loser"),
	// however the reader wrote them: a word the sources only ever
	// capitalise is a name in lower case too ("harry said…").
	terms := map[string]bool{}
	for i, t := range q.tokens[first : last+1] {
		if !t.Cap && !ix.isNameWord(t) && !nameJoiners[t.Term] && t.Kind != text.Number && !givenBefore(ix, q, first+i, d.antecedents) {
			return anaphora{}
		}
		if !t.Stop {
			terms[t.Term] = true
		}
	}
	if d.exactAntecedent && !sameName(terms, d.antecedents) || d.antecedents != nil && !namedBefore(q.tokens[first:last+1], d.antecedents) {
		// The paragraph does not name it before the pronoun, or the
		// sentence before has another subject.
		return anaphora{}
	}
	if d.antecedents != nil && last > first && ix.otherGivenName(d.claim.Sources, q.tokens[last].Term, q.tokens[last-1]) {
		// The paragraph gives the surname another given name: "Anna
		// Mendes said" is not the "She" after "Clara Mendes".
		return anaphora{}
	}
	anaphor := d.anaphor
	if d.descriptions != nil {
		// A description stands where the statement has the name: the
		// statement says of the name what the claim says right after
		// the description ("Coty took …", "the beauty brand took …").
		if anaphor = describedNext(q, last, found, d.descriptions); anaphor == "" {
			return anaphora{}
		}
		// "Harwell Bay Zoo" is read whole, its noun the description's.
		for last+1 < len(q.tokens) && q.tokens[last+1].Cap && describes(d.descriptions, q.tokens[last+1].Term) {
			last++
		}
	}
	at := [2]int{q.tokens[first].Start, q.tokens[last].End}
	return anaphora{sourced: d.antecedents != nil, anaphor: anaphor, who: q.text[at[0]:at[1]], at: at, terms: terms}
}

// givenBefore reports whether statement token i is a word typed in lower
// case that the claim's paragraph writes with a capital before its
// pronoun (names), right before a name word: the given name of "clara
// mendes said …", where the article wrote "Clara" only at the start of a
// sentence, so that no capital of it says it is a name.
func givenBefore(ix *Index, q analysed, i int, names map[string]bool) bool {
	t := q.tokens[i]
	return !t.Cap && !t.Stop && t.Kind == text.Word && names[t.Term] && i+1 < len(q.tokens) && ix.key(q.text, q.tokens[i+1])
}

// given returns the statement terms the reading accounts for, each with
// the claim's anaphor: what coverage counts as found.
func (a anaphora) given() map[string]string {
	out := make(map[string]string, len(a.terms))
	for t := range a.terms {
		out[t] = text.Normalize(a.anaphor)
	}
	return out
}

// nameJoiners are the lower-case words that stand inside a name of several
// words: "Make It or Break It", "Wizards vs Aliens", "Bank of America".
var nameJoiners = wordSet("of or and the a an in on at to for vs de von van &")

// apply returns the statement with the words read as the anaphor made stop
// words: they are the claim's topic, no content for the rules to compare
// ("Bad" in "Bad Romance" is no opposite of "best").
func (a anaphora) apply(q analysed) analysed {
	if a.who == "" {
		return q
	}
	toks := append([]text.Token(nil), q.tokens...)
	for i, t := range toks {
		if t.Start >= a.at[0] && t.End <= a.at[1] {
			toks[i].Stop = true
		}
	}
	q.tokens = toks
	q.copula = readCopulas(toks)
	return q
}

// openingSubject reports whether token i is a capitalised word that opens
// the statement before its verb, a name of one word the database does not
// know: "Tangled is a silent film", "Daggering is associated with…".
func openingSubject(q analysed, i int) bool {
	return i == 0 && len(q.tokens) > 1 && q.tokens[0].Cap && !q.tokens[0].Stop && q.tokens[0].Kind == text.Word && copulas[q.tokens[1].Term]
}

// afterLocative reports whether token i follows a locative preposition
// (past determiners): "took place in Edinburgh" names where, not what the
// claim's "The festival" is.
func afterLocative(q analysed, i int) bool {
	j := i - 1
	for j >= 0 && text.IsDeterminer(q.tokens[j].Term) {
		j--
	}
	return j >= 0 && text.IsLocative(q.tokens[j].Term)
}

// opensStatement reports whether token i stands in the name the
// statement opens with, past articles, the name's other words and words
// the claim has: a topic stands first ("Christa McAuliffe taught…", "The
// Closer's final season…", "The series finale of Make It or Break It…"),
// and a name after a word the claim lacks ("Speeches by Margaret
// Thatcher…") is not what the statement is about.
func opensStatement(q analysed, i int, found map[string]string) bool {
	for _, t := range q.tokens[:i] {
		if _, ok := found[t.Term]; !t.Cap && !text.IsDeterminer(t.Term) && !nameJoiners[t.Term] && !ok {
			return false
		}
	}
	return true
}

// namedBefore reports whether the last word of a statement's name (the
// surname: "Shotwell" of "Gwynne Shotwell") is among the names a claim's
// paragraph gives before its pronoun.
func namedBefore(name []text.Token, names map[string]bool) bool {
	for i := len(name) - 1; i >= 0; i-- {
		if !name[i].Stop {
			return names[name[i].Term]
		}
	}
	return false
}
