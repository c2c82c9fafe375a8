package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// A sentence of an article often calls what it is about by a pronoun or a
// description and leaves its name to the sentence before, even across a
// paragraph: "Beauty company Coty is breaking out. ¶ The stock added 2%
// after the beauty brand took a majority stake in …"; "Trump is the final
// decision-maker … ¶ The president said on Tuesday that …"; "Hicks said
// she was surprised … ¶ She said she stayed up until 4 a.m. …". A reader
// takes the pronoun or the description for the subject of the sentence
// before (the centre a text keeps: Grosz, Joshi & Weinstein 1995), and so
// does the matcher, for a statement that gives that name in its place
// ("Coty took a majority stake in …").
//
// The reading is narrow, as a guess at whom a word means must never make
// a wrong badge: the antecedent is the one name that is the grammatical
// subject of the nearest sentence before with a subject (past a pronoun
// of the same kind, which points further back), not any name the text
// gives; it must be of the right kind (a person for "he" and "she", an
// organisation for an "it" that speaks, and for a description a name the
// article itself calls by a word of it: "US President Donald Trump" for
// "the president", "beauty company Coty" for "the beauty brand"); the
// statement must give that very name, opening it, and for a description
// say of it what the claim says right after the description. A
// statement that gives another name gets no reading, and, as with every
// reading of an antecedent, a reading that does not support the
// statement is dropped (check.go): it never makes a contradiction.

// organisationWords make a name the name of an organisation
// (data/organisation-words.txt).
var organisationWords = wordlist.Set(data, "data/organisation-words.txt")

// referentKind is what a claim's pronoun or description may stand for.
type referentKind int

const (
	personReferent       referentKind = iota // "he", "she": a person
	organisationReferent                     // "it said": an organisation
	describedReferent                        // "the president": a name the article calls so
)

// description is a definite description in a claim that may stand for a
// name given before: its words, and the claim's term right after it (the
// statement must say that of the name).
type description struct {
	text  string   // "the beauty brand"
	words []string // its content terms
	next  string   // the claim's term after it: "took"
}

// maxDescriptionWords is how many words a description may have after
// "the": "the Japanese luxury marque" has three.
const maxDescriptionWords = 3

// descriptionsOf returns the definite descriptions of a claim that stand
// as the subject of a clause: opening the sentence or a clause after an
// opening phrase, a subordinating conjunction or "that" ("after the beauty
// brand took …"). Each way of cutting the words after "the" is one
// description, the statement's words telling which is meant.
func descriptionsOf(c analysed) []description {
	var out []description
	toks := c.tokens
	for i := range toks {
		if text.Normalize(toks[i].Text) != "the" || !subjectPosition(c, i) {
			continue
		}
		// Each description holds a prefix of words: the slice never
		// grows past its capacity, so a longer one leaves it as it was.
		words := make([]string, 0, maxDescriptionWords)
		for k := i + 1; k < len(toks)-1 && k <= i+maxDescriptionWords; k++ {
			w := &toks[k]
			if w.Cap || w.Stop || w.Neg || w.Kind != text.Word || possessiveWord(*w) || punctuatedAfter(c.text, w.End) {
				break
			}
			words = append(words, w.Term)
			next := &toks[k+1]
			if next.Kind != text.Word || next.Cap || next.Term == "" {
				continue
			}
			out = append(out, description{text: c.text[toks[i].Start:w.End], words: words, next: next.Term})
		}
	}
	return out
}

// subjectPosition reports whether token i opens a clause: the sentence's
// first word, the first after an opening phrase's comma, or after a
// subordinating conjunction or "that".
func subjectPosition(c analysed, i int) bool {
	if i == 0 || atSentenceStart(c.text, c.tokens[i].Start) {
		return true
	}
	prev := text.Normalize(c.tokens[i-1].Text)
	if subordinators[prev] || prev == "that" {
		return true
	}
	return i <= maxOpeningPhrase && gapHas(c.text, c.tokens, i, ",") && afterOpeningPhrase(c) == i
}

// punctuatedAfter reports whether a comma, colon or dash follows the token
// that ends at end.
func punctuatedAfter(s string, end int) bool {
	rest := strings.TrimLeft(s[end:], " ")
	return rest != "" && strings.ContainsAny(rest[:1], ",;:—–-()")
}

// speakingIt reports whether a claim's "it" speaks ("…,” it said in a
// statement"): an organisation named before.
func speakingIt(c analysed) string { return pronounSpeaking(c, itPronoun) }

// itPronoun is "it", as a set for pronounSpeaking.
var itPronoun = wordSet("it")

// maxSentencesBack is how many sentences before the claim's the reading
// looks through for a subject, past pronouns of the same kind.
const maxSentencesBack = 3

// priorSubject returns the terms of the name that is the subject of the
// nearest sentence before source s that has a subject, when that name is
// of the kind wanted, or nil. The sentences read are those of the source's
// paragraph before it, then those of the paragraph before (in a sharded
// index, which keeps only the source's paragraph, those alone).
//
// A sentence whose subject is the claim's own pronoun (chain: "he" for
// "he") points further back: "He added that …" after "Harry said: …".
func (ix *Index) priorSubject(s claims.Source, kind referentKind, descs []description, chain string) map[string]bool {
	window, article := ix.windowBefore(s)
	if window == "" {
		return nil
	}
	segs := claims.Sentences(window)
	for k, n := len(segs)-1, 0; k >= 0 && n < maxSentencesBack; k-- {
		sent := strings.TrimSpace(window[segs[k][0]:segs[k][1]])
		if sent == "" {
			continue
		}
		n++
		toks := text.Analyze(sent)
		run, pronoun, ok := ix.sentenceSubject(sent, toks)
		if !ok {
			return nil
		}
		if pronoun != "" {
			if chain != "" && pronoun == chain {
				continue // "He added that …": whom he means lies further back
			}
			return nil
		}
		if !ix.ofKind(sent, run, kind, descs, article) {
			return nil
		}
		out := map[string]bool{}
		for _, t := range run {
			if !t.Stop {
				out[t.Term] = true
			}
		}
		return out
	}
	return nil
}

// windowBefore returns the text before source s that the reading looks
// through (its paragraph's and the paragraph before's), and the article's
// text (its paragraph's in a sharded index), where the kind of a
// description is read.
func (ix *Index) windowBefore(s claims.Source) (window, article string) {
	lo, para, ok := ix.paragraph(s)
	if !ok || s.Start < lo || s.Start-lo > len(para) {
		return "", ""
	}
	if ix.sh != nil {
		return para[:s.Start-lo], para
	}
	a := ix.DB.Article(s.Article)
	if a == nil {
		return para[:s.Start-lo], para
	}
	from := lo
	if before := strings.TrimRight(a.Text[:lo], " \n\t"); before != "" {
		from = strings.LastIndexByte(before, '\n') + 1
	}
	return a.Text[from:s.Start], a.Text
}

// sentenceSubject returns the name run that is a sentence's subject, or
// the pronoun that is, with ok false when the sentence has a subject that
// is neither, or none to be read: "Beauty company Coty is breaking out"
// (Coty), "Turning to his brother, Harry said: …" (Harry), "“…,” bus
// driver Jomhs Jaramillo tells Efe" (Jomhs Jaramillo), "He added that …"
// (he). A subject of two names ("Harry and Meghan said") or set apart by a
// comma ("Mr Anderson, who quit …, had") is none to be read.
func (ix *Index) sentenceSubject(s string, toks []text.Token) (run []text.Token, pronoun string, ok bool) {
	if len(toks) == 0 {
		return nil, "", false
	}
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune(`"“‘'`, r) {
		return ix.speakerAfterQuote(s, toks)
	}
	i := 0
	if !ix.subjectName(s, &toks[0]) && !text.IsDeterminer(toks[0].Term) && !normIn(personPronouns, &toks[0]) {
		// An opening phrase: "Turning to his brother, Harry said".
		for k := 1; k < len(toks) && k <= maxOpeningPhrase; k++ {
			if gapHas(s, toks, k, ",") {
				i = k
				break
			}
		}
	}
	if w := text.Normalize(toks[i].Text); followedPronouns[w] || w == "they" {
		return nil, w, true
	}
	lo, hi := -1, -1 // the last run of names before the verb
	for k := i; k < len(toks); k++ {
		t := &toks[k]
		if k > i && gapHas(s, toks, k, ",;:()—–\"“”") {
			// A name that opens the sentence and a relative clause
			// after it is the subject: "Hamilton, who popularized …,
			// later led …".
			if hi == k-1 && lo == i && strings.TrimSpace(gap(s, toks, k)) == "," && !possessiveWord(toks[hi]) {
				if normIn(relativeWords, t) {
					return toks[lo : hi+1], "", true
				}
				// An apposition, "Maria Kowalski, the mayor of Linden,
				// spoke": the verb follows its closing comma.
				if text.IsDeterminer(t.Term) || t.Kind == text.Number {
					for m := k + 1; m < len(toks) && m <= k+8; m++ {
						if gapHas(s, toks, m, ",") {
							if verbLike(&toks[m]) {
								return toks[lo : hi+1], "", true
							}
							break
						}
					}
				}
			}
			return nil, "", false // an apposition, a list, a quote
		}
		if ix.subjectName(s, t) {
			if lo < 0 || hi != k-1 {
				lo = k
			}
			hi = k
			continue
		}
		if verbLike(t) {
			if hi < 0 || hi != k-1 && !(hi == k-2 && adverbLike(&toks[k-1])) {
				return nil, "", false // "A poll released …", "The stock added …"
			}
			if possessiveWord(toks[hi]) {
				return nil, "", false
			}
			return toks[lo : hi+1], "", true
		}
		if t.Stop && !text.IsDeterminer(t.Term) || t.Neg {
			return nil, "", false // "Officers from the … Unit": the name is not the subject
		}
	}
	return nil, "", false
}

// speakerAfterQuote returns the speaker of a sentence that opens with a
// quote: "“…,” Williams said", "“…,” said Shotwell", "“…,” he said".
func (ix *Index) speakerAfterQuote(s string, toks []text.Token) ([]text.Token, string, bool) {
	closing := max(strings.LastIndex(s, "”"), strings.LastIndex(s, `"`))
	if closing <= 0 {
		return nil, "", false
	}
	k := 0
	for k < len(toks) && toks[k].Start < closing {
		k++
	}
	rest := toks[k:]
	if len(rest) >= 2 && normIn(attribution.verbs, &rest[0]) {
		if w := text.Normalize(rest[1].Text); followedPronouns[w] {
			return nil, w, true
		}
		if j := ix.nameRunFrom(s, rest, 1); j > 1 {
			return rest[1:j], "", true
		}
		return nil, "", false
	}
	for j := 0; j < len(rest) && j <= maxDescriptionWords+1; j++ {
		if w := text.Normalize(rest[j].Text); j == 0 && followedPronouns[w] {
			if len(rest) > 1 && normIn(attribution.verbs, &rest[1]) {
				return nil, w, true
			}
			return nil, "", false
		}
		if ix.subjectName(s, &rest[j]) {
			e := ix.nameRunFrom(s, rest, j)
			if e < len(rest) && normIn(attribution.verbs, &rest[e]) && !possessiveWord(rest[e-1]) {
				return rest[j:e], "", true
			}
			return nil, "", false
		}
		if rest[j].Cap || rest[j].Kind != text.Word {
			return nil, "", false
		}
	}
	return nil, "", false
}

// nameRunFrom returns the end of the run of names that starts at toks[i].
func (ix *Index) nameRunFrom(s string, toks []text.Token, i int) int {
	j := i
	for j < len(toks) && ix.subjectName(s, &toks[j]) && (j == i || !gapHas(s, toks, j, ",;:()")) {
		j++
	}
	return j
}

// subjectName reports whether a token of a sentence is a word of a name:
// capitalised, not a stop word, a figure, a month or a weekday; at the
// sentence's start, a word the sources capitalise mid-sentence or one
// before another capitalised word.
func (ix *Index) subjectName(s string, t *text.Token) bool {
	if !t.Cap || t.Stop || t.Neg || t.Kind != text.Word && t.Kind != text.Entity || text.IsMonthOrWeekday(t.Text) {
		return false
	}
	if atSentenceStart(s, t.Start) {
		return ix.proper[t.Text] || ix.isNameWord(*t) || beforeName(s, *t) || t.Kind == text.Entity
	}
	return true
}

// relativeWords open a relative clause about the name before them.
var relativeWords = wordSet("who whose")

// finiteAux are the auxiliaries and copulas a subject stands before.
var finiteAux = wordSet(auxiliaryWords + " may might must shall")

// followedPronouns are the pronouns a sentence's subject or speaker may be
// that the reading follows back: a person's, and an organisation's "it".
var followedPronouns = wordSet("he she it")

// verbLike reports whether a token is, most likely, the finite verb of a
// clause: a past tense, an auxiliary, or a verb in -s ("says", "runs").
// A verb's base form is left out: it is as often a noun ("company").
func verbLike(t *text.Token) bool {
	if t.Cap && t.Kind == text.Word && !finiteAux[strings.ToLower(t.Text)] {
		return false
	}
	w := text.Normalize(t.Text)
	if finiteAux[w] || pastTense(*t) || speechVerbs[w] {
		return true
	}
	return !t.Stop && t.Kind == text.Word && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && text.IsVerb(strings.TrimSuffix(w, "s"))
}

// adverbLike reports whether a token between a subject and its verb is an
// adverb ("Trump also said", "Lexus finally revealed").
func adverbLike(t *text.Token) bool {
	w := text.Normalize(t.Text)
	return !t.Cap && (strings.HasSuffix(w, "ly") || w == "also" || w == "then" || w == "now")
}

// ofKind reports whether a sentence's subject run is of the kind a
// claim's pronoun or description needs.
func (ix *Index) ofKind(sent string, run []text.Token, kind referentKind, descs []description, article string) bool {
	org := false
	for i := range run {
		org = org || organisationWords[text.Normalize(strings.TrimSuffix(run[i].Text, "."))]
	}
	last := run[len(run)-1]
	acronym := len(last.Text) >= 2 && strings.ToUpper(last.Text) == last.Text && strings.IndexFunc(last.Text, unicode.IsLetter) >= 0
	switch kind {
	case personReferent:
		return !org && !acronym && !text.IsPlace(last.Term)
	case organisationReferent:
		return org || acronym
	}
	return describedAs(article, run, descs)
}

// describedAs reports whether the article calls the name of a run by a
// word of one of the descriptions, right before it ("US President Donald
// Trump", "Beauty company Coty") or in an apposition after it ("Coty, the
// beauty company").
func describedAs(article string, run []text.Token, descs []description) bool {
	if len(descs) == 0 || article == "" {
		return false
	}
	name := run[len(run)-1].Term
	toks := text.Analyze(article)
	for i := range toks {
		if toks[i].Term != name {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if gapHas(article, toks, k+1, ".,;:\n") {
				break
			}
			if describes(descs, toks[k].Term) {
				return true
			}
		}
		if i+1 < len(toks) && gapHas(article, toks, i+1, ",") {
			for k := i + 1; k < len(toks) && k <= i+5; k++ {
				if k > i+1 && gapHas(article, toks, k, ".,;:\n") {
					break
				}
				if describes(descs, toks[k].Term) {
					return true
				}
			}
		}
	}
	return false
}

// describes reports whether a term is a word of one of the descriptions.
//
//go:noinline
func describes(descs []description, term string) bool {
	for _, d := range descs {
		for _, w := range d.words {
			if w == term {
				return true
			}
		}
	}
	return false
}

// describedNext returns the description whose next word the statement's
// word after its name (token last) matched, or "".
func describedNext(q analysed, last int, found map[string]string, descs []description) string {
	if last+1 >= len(q.tokens) {
		return ""
	}
	m, ok := found[q.tokens[last+1].Term]
	if !ok {
		m = q.tokens[last+1].Term // a word no query term stands for ("said")
	}
	for _, d := range descs {
		if d.next == m {
			return d.text
		}
		// The statement's name may end on the description's noun:
		// "Harwell Bay Zoo bought" for "the zoo bought".
		k := last + 1
		for k < len(q.tokens) && q.tokens[k].Cap && describes([]description{d}, q.tokens[k].Term) {
			k++
		}
		if k > last+1 && k < len(q.tokens) && d.next == q.tokens[k].Term {
			return d.text
		}
	}
	return ""
}

// gap returns the text between toks[k-1] and toks[k] ("" when they
// overlap, as the words a contraction is read as do). It and the helpers
// below are not inlined: each copy would cost app.wasm more than the call.
//
//go:noinline
func gap(s string, toks []text.Token, k int) string {
	a, b := toks[k-1].End, toks[k].Start
	if a >= b || b > len(s) {
		return ""
	}
	return s[a:b]
}

// gapHas reports whether the text between toks[k-1] and toks[k] has any
// of chars.
//
//go:noinline
func gapHas(s string, toks []text.Token, k int, chars string) bool {
	return strings.ContainsAny(gap(s, toks, k), chars)
}

// normIn reports whether a token's normalised word is in set.
//
//go:noinline
func normIn(set map[string]bool, t *text.Token) bool { return set[text.Normalize(t.Text)] }

// sameName reports whether a statement's name and the name the sentence
// before gives are the same name, one holding all the other's words:
// "Trump" and "US President Donald Trump", "Gwynne Shotwell" and
// "Shotwell", not "Norvale Foods" and "Harbourline Foods".
func sameName(a, b map[string]bool) bool {
	return len(a) > 0 && len(b) > 0 && (subset(a, b) || subset(b, a))
}

// subset reports whether b holds every word of a (not inlined: sameName
// would hold two copies of its loop).
//
//go:noinline
func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// people counts the people a text names: its runs of names that may be a
// person's (not a place, an organisation, an acronym, a month or a
// weekday, nor a thing owned or a place of work: "her Facebook page",
// "the mayor of Linden"), outside quotes, one
// for each last word ("Tom Berg" and "Berg" are one).
func (ix *Index) people(s string, toks []text.Token) int {
	seen := map[string]bool{}
	quoted := false
	prev := 0
	for i := 0; i < len(toks); {
		if toks[i].Start >= prev {
			gap := s[prev:toks[i].Start]
			if (strings.Count(gap, "“")+strings.Count(gap, "”")+strings.Count(gap, `"`))%2 == 1 {
				quoted = !quoted
			}
			prev = toks[i].Start
		}
		if !ix.subjectName(s, &toks[i]) {
			i++
			continue
		}
		j := ix.nameRunFrom(s, toks, i)
		run := toks[i:j]
		owned := i > 0 && normIn(ownerWords, &toks[i-1])
		if !quoted && !owned && ix.ofKind(s, run, personReferent, nil, "") {
			seen[run[len(run)-1].Term] = true
		}
		i = j
	}
	return len(seen)
}

// ownerWords stand before a name that is no person of its own: the
// determiners of a thing owned ("her Facebook page"), and the words before
// a name that places or employs a person ("the mayor of Linden", "a lawyer
// at Keller & Co").
var ownerWords = wordSet("his her its their my our your of at from in")
