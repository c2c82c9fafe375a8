package match

import (
	"fmt"
	"iter"
	"maps"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// predicates finds what the statement says happened, or what it says
// something is, that its source does not: a verb in the past tense the
// claim has no word for ("Tillerson fired Painter" against "Tillerson plans
// to shutter Painter's office"), or the word after "is" ("attributing
// attacks is easy"). Names and dates can line up perfectly while the event
// or the quality differs, so the statement is not supported, though not
// contradicted either.
func predicates(c *comparison) []finding {
	return unsaid(c, func(i int) bool {
		t := c.q.tokens[i]
		return (pastTense(t) && !hyphenBound(c.q, i) || afterModal(c.q.tokens, i) || c.presentVerb(i) && !intentionVerbs[t.Term] || c.barePast(i)) && !lightVerbs[t.Term]
	})
}

// hyphenBound reports whether token i is joined by a hyphen to the word
// before it: a participle in a compound modifier ("a pearl-covered gown",
// "state-run media") describes a thing, it says nothing happened. Its
// other word is content the claim must still have.
func hyphenBound(a analysed, i int) bool {
	return i > 0 && a.text[a.tokens[i-1].End:a.tokens[i].Start] == "-"
}

// presentVerb reports whether statement token i is a verb in the present
// tense right after the name the sentence opens with: "the kremlin backs
// plans…", "Putin praises…". (A nationality is no subject: "Russian
// hackers" are people, not a verb.)
func (c *comparison) presentVerb(i int) bool {
	toks := c.q.tokens
	t := toks[i]
	if i == 0 || t.Stop || t.Neg || t.Cap || t.Kind != text.Word || !strings.HasSuffix(t.Text, "s") {
		return false
	}
	if w := text.Normalize(t.Text); len(w) < 4 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	return c.afterOpeningName(i)
}

// afterOpeningName reports whether statement token i comes right after
// the name the sentence opens with (past a determiner): where its verb
// stands.
func (c *comparison) afterOpeningName(i int) bool {
	toks := c.q.tokens
	names := 0
	for _, p := range toks[:i] {
		switch {
		case text.IsDeterminer(p.Term) && names == 0:
		case c.ix.isName(c.q, p) && nationOf(p) == "":
			names++
		default:
			return false
		}
	}
	return names > 0
}

// agents finds who or what the statement says did something, in the
// passive, that the source does not say: "recorded by cats" against
// "recorded by American singer Katy Perry", "formed by earthquakes"
// against "formed as the result of volcanic eruptions". (A name there is
// the names rule's.)
func agents(c *comparison) []finding {
	return unsaid(c, func(i int) bool { return passiveAgent(c.q.tokens, i) })
}

// passiveAgent reports whether token i is a content word of the phrase
// after "by" that follows a past participle ("produced by a man").
func passiveAgent(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Stop || t.Neg || t.Kind != text.Word {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].Term != "by" {
			if !toks[j].Stop && !text.IsDeterminer(toks[j].Term) {
				return false
			}
			continue
		}
		return j > 0 && pastTense(toks[j-1])
	}
	return false
}

// objects finds the object of a preposition in the statement that the
// source has no word for: "held at a lakeside villa in Geneva" against
// "their first summit in Geneva". Where a thing happened, with whom, of
// what: the rest may line up, but that is part of what the statement says.
func objects(c *comparison) []finding {
	toks := c.q.tokens
	return unsaid(c, func(i int) bool {
		t := toks[i]
		if t.Stop || t.Neg || t.Kind != text.Word || c.d.context[t.Term] || inDate(c.q, t) {
			return false
		}
		j := i - 1
		if j >= 0 && text.IsDeterminer(toks[j].Term) {
			j--
		}
		if j < 0 || j >= i || !objectPrepositions[toks[j].Term] || clauseBreakBetween(c.q, j, i) {
			return false
		}
		for _, a := range c.texts { // "a us court": the source's "U.S."
			for _, ct := range a.tokens {
				if sameLetters(ct.Text, t.Text) {
					return false
				}
			}
		}
		return true
	})
}

// objectPrepositions head the phrases objects reads. "In" and "on" are
// left out: they make idioms more often than places ("in place", "in
// force", "on hold").
var objectPrepositions = wordSet("at with from into about")

// lastWord finds the statement's last content word when the source has no
// word for it: the head of what the sentence ends on, which is most often
// what it is about ("Boyhood is about Mason Evans, Jr's childhood" against
// "depicts the death … of Mason Evans, Jr.").
// A closing attribution ("…, officials said") is the speakers rule's: the
// sentence ends on what comes before it. A light verb in the past
// (data/light-verbs.txt: "when it happened", "the vote was held") carries
// no event of its own there either, as predicates reads it.
func lastWord(c *comparison) []finding {
	toks := c.q.tokens
	end := len(toks)
	for k := len(toks) - 1; k > 0; k-- {
		if clauseBreak(c.q.text, toks, k-1) {
			for _, t := range toks[k:] {
				if w := text.Normalize(t.Text); attribution.verbs[w] || w == "according" {
					end = k
				}
			}
			break
		}
	}
	last := -1
	for i, t := range toks[:end] {
		if !t.Stop && !t.Neg && (t.Kind == text.Word || t.Kind == text.Entity) {
			last = i
		}
	}
	return unsaid(c, func(i int) bool {
		t := c.q.tokens[i]
		return i == last && t.Kind == text.Word && !c.d.context[t.Term] && !inDate(c.q, t) && !(lightVerbs[t.Term] && pastTense(t))
	})
}

// modals are the English modal verbs: the word a modal governs is a verb
// in its base form ("should hand over", "will meet", "could not agree").
var modals = wordSet("will would shall should can could may might must")

// afterModal reports whether token i is the verb a modal governs: the
// first content word after "will", "should", "could"…, past a negation
// ("could not agree").
func afterModal(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Stop || t.Neg || t.Kind != text.Word {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		step(1)
		w := text.Normalize(toks[j].Text)
		switch {
		case modals[w]:
			return true
		case toks[j].Neg || w == "not" || w == "n't":
			continue
		}
		return false
	}
	return false
}

// attributes finds what a copula says of the subject ("is easy", "was a US
// senator") that the source does not say, or that the source has only
// outside what its own copula says: "Prescott is a county" against
// "Prescott is a city in Yavapai County".
func attributes(c *comparison) []finding {
	out := unsaid(c, func(i int) bool { return predicative(c.q, i) })
	out = append(out, c.formerRole()...) // former.go
	preds := map[string]bool{}
	var first string
	for _, a := range c.texts {
		for i, t := range a.tokens {
			if nominal(a, i) {
				preds[t.Term] = true
				if first == "" {
					first = t.Text
				}
			}
		}
	}
	if len(preds) == 0 {
		return out
	}
	for i, t := range c.q.tokens {
		m, ok := c.al.matched[t.Term]
		if !ok || !nominal(c.q, i) || c.ix.key(c.q.text, t) || preds[t.Term] || preds[m] {
			continue
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says it is %q, not %q", first, t.Text),
			qSpan:  span(t),
		})
	}
	return out
}

// unsaid reports the statement words picked by which that the claim has no
// word for.
func unsaid(c *comparison, which func(i int) bool) []finding {
	var out []finding
	for i, t := range c.q.tokens {
		if !which(i) || c.ix.key(c.q.text, t) || deictic(c.q.tokens, i) || unitAfterFigure(c.q.text, t) {
			continue // a unit is the figures rule's ("151 PS")
		}
		if _, ok := c.al.matched[t.Term]; ok || c.claimSays(t) || c.opposed(t) {
			continue
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source does not say %q", t.Text),
			qSpan:  span(t), block: span(t),
		})
	}
	return out
}

// copulas link a subject to what is said of it ("attribution is easy",
// "ties got chillier").
var copulas = wordSet("is are was were be been remain remains remained becom became got get gets grew grow grows seem seems seemed")

// copulaFillers may stand between a copula and what it says: articles,
// negations and adverbs of degree and time ("is not very easy", "is still
// in force" says "in force", not "still").
var copulaFillers = wordSet("a an the not no very so quite also still now already fully currently never always n't longer anymore ever")

// predicative reports whether token i is part of what a copula says of
// its subject: the words after "is", "was", "remains" (past "a", "the",
// "not", "very"…) up to the next function word: "is easy", "was a US
// senator", "is a 2017 British comedy drama book".
func predicative(a analysed, i int) bool { return a.copula[i]&isPredicative != 0 }

// copulaReads are what readCopulas finds of each token.
type copulaReads uint8

const (
	isPredicative copulaReads = 1 << iota // predicative
	inPredicateAt                         // inPredicate (nationality.go)
	isNominal                             // nominal
)

// readCopulas reads, in one pass over a text's tokens, which stand in
// what a copula says (predicative, inPredicate, nominal). A copula reaches
// the words after it past fillers ("a", "not", "very", adverbs of
// emphasis) and the other words of the same phrase ("US" in "a US
// senator"); what predicative reads it through a coordination too ("a
// Mexican and American musician"), what inPredicate reads past a word of
// scope ("is only Chinese"). Every token is read once: the cost is linear
// in the text, however long (each token used to scan back to its copula).
func readCopulas(toks []text.Token) []copulaReads {
	step(len(toks))
	out := make([]copulaReads, len(toks))
	coord, scope := false, false // a copula reaches this token, past what lets each through
	article := false             // the nearest article or copula before is an article
	for i, t := range toks {
		w := text.Normalize(t.Text)
		if coord && !(t.Stop || t.Neg || t.Kind != text.Word || copulaFillers[w]) {
			out[i] |= isPredicative
			if article && !pastTense(t) {
				out[i] |= isNominal
			}
		}
		if scope {
			out[i] |= inPredicateAt
		}
		switch {
		case copulas[t.Term] || copulas[w]:
			coord, scope, article = true, true, false
			continue
		case copulaFillers[w] || text.IsEmphasis(t.Text) || !t.Stop && !t.Neg:
		default:
			coord = coord && coordinated(toks, i)
			scope = scope && scopeFillers[w]
		}
		if w == "a" || w == "an" || w == "the" {
			article = true
		}
	}
	return out
}

// coordinated reports whether token j joins two words of one phrase: "a
// Mexican and American musician".
func coordinated(toks []text.Token, j int) bool {
	return (toks[j].Term == "and" || toks[j].Term == "or") && j > 0 && !toks[j-1].Stop
}

// nominal reports whether token i is in what a copula says something is,
// a noun phrase after an article ("is a city", "was an American model"),
// not in a passive ("were arrested") or an adjective ("is premature").
func nominal(a analysed, i int) bool { return a.copula[i]&isNominal != 0 }

// pastTense reports whether a token is a verb in the past tense: a content
// word ending in "-ed" ("fired", "accused"), or an irregular past form
// the stemmer knows ("met", "took").
func pastTense(t text.Token) bool {
	if t.Stop || t.Neg || t.Kind != text.Word {
		return false
	}
	w := text.Normalize(t.Text)
	if strings.HasSuffix(w, "ed") && (len(w) > 4 || len(w) == 4 && !strings.HasSuffix(w, "eed")) { // "died", not "need"
		return true
	}
	// A phrasal verb the pipeline joined ("set up", data/phrasal-verbs.txt)
	// is a verb in any tense, and "set", "put" or "cut" look the same in
	// the past.
	if verb, _, phrasal := strings.Cut(w, " "); phrasal {
		return strings.HasSuffix(verb, "ed") || text.IsIrregularPast(verb) || uninflectedPast[verb]
	}
	return text.IsIrregularPast(w)
}

// attributed reports whether the claim gives someone's words: it has a
// speaker, or a verb of saying.
func (c *comparison) attributed() bool {
	if c.d.claim.Speaker != "" {
		return true
	}
	for _, a := range c.texts {
		for _, t := range a.tokens {
			if attribution.verbs[text.Normalize(t.Text)] {
				return true
			}
		}
	}
	return false
}

// negatedAnywhere reports whether a text has a negation cue that is not
// itself a denial.
func negatedAnywhere(a analysed) bool {
	for i, t := range a.tokens {
		if isNegation(a.tokens, i) && !isDenial(t) {
			return true
		}
	}
	return false
}

// uninflectedPast are verbs whose past is their base form.
var uninflectedPast = wordSet("set put cut shut hit let quit beat bet cast cost hurt spread split shed upset bid")

// barePast reports whether statement token i is a verb whose past is its
// base form right after the name the sentence opens with: "Nadia Mohamed
// beat the mayor", "the Kremlin cut ties" (as a noun elsewhere, "a budget
// cut", it is no verb).
func (c *comparison) barePast(i int) bool {
	t := c.q.tokens[i]
	return i > 0 && !t.Stop && !t.Cap && t.Kind == text.Word && uninflectedPast[text.Normalize(t.Text)] && c.afterOpeningName(i)
}

// claimSays reports whether a claim text has the statement's word, also
// as a stop word ("included" against "the meetings include"), or, for a
// verb of saying, any verb of saying ("Lavrov spoke" against "said
// Lavrov").
func (c *comparison) claimSays(t text.Token) bool {
	// "Began filming in September 1994" against "from September 1994 to
	// August 1995": the span's dates say when it began (figures.go).
	if spanEnds[t.Term] != 0 && len(c.q.dates) > 0 && c.claimSpansTime() {
		return true
	}
	saying := sayingVerb(t)
	for _, a := range c.texts {
		if lifeWords[text.Normalize(t.Text)] && lifeSpan(a) {
			return true
		}
		// "An official denied that the meeting is a restart" against the
		// official's "This meeting is not a restart": a denial is what a
		// source says when its words are negated.
		if text.IsDenialVerb(t.Term) && c.attributed() && negatedAnywhere(a) {
			return true
		}
		// "took part" against "were part of the meetings"
		if _, rest, phrasal := strings.Cut(text.Normalize(t.Text), " "); phrasal && a.terms[text.Stem(rest)] {
			return true
		}
		for _, ct := range a.tokens {
			if ct.Term == t.Term || ct.Stop && text.Stem(text.Normalize(ct.Text)) == t.Term || saying && sayingVerb(ct) {
				return true
			}
		}
	}
	return c.accordingTo(t)
}

// reportingVerbs are the stems of data/reporting-verbs.txt.
var reportingVerbs = stemSet(maps.Keys(wordlist.Set(data, "data/reporting-verbs.txt")))

// accordingTo reports whether statement token t is the verb of a subject
// the claim gives its words to with "according to": "a study found" or
// "the CDC says" against "…, according to a study" or "according to the
// CDC, …". The source says what its subject reports; which verb of
// reporting the reader uses for it ("found", "estimates", "says") adds
// nothing the source does not say (a verb of saying, or one of
// data/reporting-verbs.txt: not "police arrested six people" against
// "six people were detained, according to police"). Only the subject right before the
// verb counts (past determiners and the adverbs of attribution.txt's
// fillers: "a new study also found"), and it must be the head of what
// follows "according to".
func (c *comparison) accordingTo(t text.Token) bool {
	i := tokenAt(c.q.tokens, t.Start)
	return i >= 0 && c.q.tokens[i].Start == t.Start && reportedAccordingTo(c.q, i, c.texts, c.al.matched)
}

// reportedAccordingTo reports whether statement token i is a verb of
// saying or reporting whose subject the claim texts name after "according
// to" (accordingTo). matched (statement term -> claim term) may be nil.
func reportedAccordingTo(q analysed, i int, texts []analysed, matched map[string]string) bool {
	toks := q.tokens
	t := toks[i]
	if i <= 0 || t.Kind != text.Word || !sayingVerb(t) && !reportingVerbs[t.Term] {
		return false
	}
	j := i - 1
	for j >= 0 && (text.IsDeterminer(toks[j].Term) || attribution.fillers[text.Normalize(toks[j].Text)]) && !clauseBreakBetween(q, j, j+1) {
		j--
	}
	if j < 0 || toks[j].Stop || toks[j].Neg || clauseBreakBetween(q, j, i) {
		return false
	}
	subject := toks[j].Term
	alt := matched[subject]
	for _, a := range texts {
		for k := 0; k+1 < len(a.tokens); k++ {
			if text.Normalize(a.tokens[k].Text) != "according" || a.tokens[k+1].Term != "to" {
				continue
			}
			// The head of the phrase after "according to": its last
			// content word before the clause ends ("according to the
			// Centers for Disease Control" names "centers" … "control";
			// any of them may be what the reader calls it).
			for m := k + 2; m < len(a.tokens) && m <= k+8; m++ {
				ct := a.tokens[m]
				if !ct.Stop && (ct.Term == subject || alt != "" && ct.Term == alt) {
					return true
				}
				if clauseBreak(a.text, a.tokens, m) {
					break
				}
			}
		}
	}
	return false
}

// reportingGiven adds to given the statement's verbs of saying or
// reporting whose subject the claim names after "according to"
// (reportedAccordingTo): the claim's "according to" says them, so
// coverage counts them found.
func reportingGiven(q analysed, d *doc, given map[string]string) {
	var texts []analysed
	for i, t := range q.tokens {
		if t.Stop || t.Neg || d.terms[t.Term] {
			continue
		}
		if _, done := given[t.Term]; done {
			continue
		}
		if texts == nil {
			texts = d.all()
		}
		if reportedAccordingTo(q, i, texts, nil) {
			given[t.Term] = "according"
		}
	}
}

// lifeWords are what a life span says: "Harold Macmillan (10 February
// 1894 – 29 December 1986)" gives when he was born and when he died.
var lifeWords = wordSet("born birth died dies death")

// lifeSpan reports whether a text gives a life span: two dates joined by
// a dash, the first just inside a parenthesis.
func lifeSpan(a analysed) bool {
	for i := 0; i+1 < len(a.dates); i++ {
		d, e := a.dates[i], a.dates[i+1]
		if strings.Trim(a.text[d.End:e.Start], " -–—−") != "" || a.text[d.End:e.Start] == " " {
			continue
		}
		before := strings.TrimRight(a.text[:d.Start], " ")
		if strings.HasSuffix(before, "(") || strings.HasSuffix(before, ";") {
			return true
		}
	}
	return false
}

// sayingStems are the stems of the verbs of saying (data/attribution.txt)
// and of "speak", in every form ("declaring", "spoke").
var sayingStems = stemSet(maps.Keys(attribution.verbs), "speak spoke spoken speaking")

// sayingVerb reports whether a token is a verb of saying: a word of
// data/attribution.txt as written, or any form of one (sayingStems).
//
// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func sayingVerb(t text.Token) bool {
	return attribution.verbs[text.Normalize(t.Text)] || sayingStems[t.Term]
}

// lightVerbs are the stems of data/light-verbs.txt.
var lightVerbs = stemSet(maps.Keys(wordlist.Set(data, "data/light-verbs.txt")))

// stemSet returns the terms (stems, lexicon.go) of words and of more: a
// list of verbs, looked up by term, matches every form the stemmer joins.
func stemSet(words iter.Seq[string], more ...string) map[string]bool {
	out := map[string]bool{}
	for w := range words {
		for _, t := range stems(w) {
			out[t] = true
		}
	}
	for _, w := range more {
		for _, t := range stems(w) {
			out[t] = true
		}
	}
	return out
}

// substitutions finds a word of the statement standing where the source
// has another word neither shares, between the same words: "ranked
// greatest male star" against "ranked worst male star", "recorded by
// cats" against "recorded by American singer Katy Perry". The rest may
// line up perfectly; that one word is the claim, so the statement is not
// supported, though not contradicted either (the two words may agree).
func substitutions(c *comparison) []finding {
	var out []finding
	q := c.q
	for i, t := range q.tokens {
		if t.Stop || t.Neg || t.Kind != text.Word {
			continue
		}
		if _, ok := c.al.matched[t.Term]; ok || c.claimSays(t) || c.d.context[t.Term] || c.opposed(t) || c.ix.key(q.text, t) || unitAfterFigure(q.text, t) {
			continue
		}
		for _, a := range c.texts {
			if w, ok := c.replacedBy(a, i); ok {
				out = append(out, finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source has %q where you wrote %q", w.Text, t.Text),
					qSpan:  span(t), cText: a.text, cSpan: span(w), block: span(t),
				})
				break
			}
		}
	}
	return out
}

// replacedBy finds, in claim text a, the word standing where statement
// token i stands: next to the claim's match of the statement word before
// or after it, a content word the statement does not have. The same
// function words may stand between ("depend on the land" against "depend
// on the ocean", "recorded by cats" against "recorded by American singer
// Katy Perry").
func (c *comparison) replacedBy(a analysed, i int) (text.Token, bool) {
	q := c.q
	shares := func(qt, ct text.Token) bool {
		return ct.Term == qt.Term || c.al.matched[qt.Term] == ct.Term && ct.Term != ""
	}
	for _, dir := range []int{-1, 1} {
		// The statement's neighbour: the next content word, past at most
		// maxSlotWords function words.
		qi := i + dir
		for qi >= 0 && qi < len(q.tokens) && q.tokens[qi].Stop && abs(qi-i) <= maxSlotWords && !clauseBreakBetween(q, qi, qi-dir) {
			qi += dir
		}
		if qi < 0 || qi >= len(q.tokens) || abs(qi-i) > maxSlotWords+1 || clauseBreakBetween(q, i, i+dir) {
			continue
		}
		// Past function words, only the object of a preposition: "on the
		// land", "by cats"; not a verb before its object ("wants a code"
		// / "adopting a code").
		if abs(qi-i) > 1 && (dir == 1 || !slotPreposition(q.tokens[qi+1:i])) {
			continue
		}
		// The shared word is a common content word: "male" in
		// "greatest male star", not "by" or a name.
		if n := q.tokens[qi]; n.Stop || n.Neg || n.Kind != text.Word || c.ix.key(q.text, n) {
			continue
		}
		for ci, ct := range a.tokens {
			if !shares(q.tokens[qi], ct) {
				continue
			}
			// The same function words, then the claim's word.
			wi, ok := ci, true
			for k := qi - dir; k != i; k -= dir {
				wi -= dir
				if wi < 0 || wi >= len(a.tokens) || a.tokens[wi].Term != q.tokens[k].Term || clauseBreakBetween(a, wi, wi+dir) {
					ok = false
					break
				}
			}
			wi -= dir
			if !ok || wi < 0 || wi >= len(a.tokens) || clauseBreakBetween(a, wi, wi+dir) {
				continue
			}
			w := a.tokens[wi]
			if w.Stop || w.Neg || w.Kind == text.Number || w.Kind == text.Year || q.terms[w.Term] || pastTense(w) != pastTense(q.tokens[i]) {
				continue
			}
			// A name stands in a word's place only past function words
			// ("by cats" / "by American singer Katy Perry"); next to
			// the shared word it is a modifier the statement leaves out,
			// unless both are whose it is ("the pentagons outreach"
			// against "the State Department's outreach"). The same
			// letters are the same word, however written ("us" for
			// "U.S.").
			if c.ix.key(a.text, w) && abs(qi-i) == 1 && !(possessiveWord(w) && possessive(q.tokens[i])) || sameLetters(w.Text, q.tokens[i].Text) {
				continue
			}
			if _, ok := c.al.matched[w.Term]; ok {
				continue
			}
			if inverse(c.al.matched)[w.Term] {
				continue
			}
			return w, true
		}
	}
	return text.Token{}, false
}

// slotPreposition reports whether the function words between a word and
// its neighbour hold a preposition.
func slotPreposition(toks []text.Token) bool {
	for _, t := range toks {
		if prepositions[t.Term] {
			return true
		}
	}
	return false
}

// prepositions that head the phrase a word is the object of ("to" is
// left out: it is mostly an infinitive, "the last nation to help").
var prepositions = wordSet("by on in at from with for of into about")

// sameLetters reports whether two words have the same letters and digits,
// ignoring case and punctuation.
func sameLetters(a, b string) bool {
	keep := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	return keep(a) == keep(b)
}

// maxSlotWords is how many function words may stand between a word and
// its neighbour for replacedBy: "on the", not a whole clause.
const maxSlotWords = 2

// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func clauseBreakBetween(a analysed, i, j int) bool {
	return clauseBreak(a.text, a.tokens, min(i, j))
}

// inverse returns the claim terms a statement matched, as a set.
func inverse(matched map[string]string) map[string]bool {
	out := make(map[string]bool, len(matched))
	for _, m := range matched {
		out[m] = true
	}
	return out
}

// opposed reports whether a claim text has a word opposed to token t
// (lexicon.go, claims.Lexical) near a word the two share: that difference
// is the polarity rule's. An opposite far from them ("welcomed" against
// "condemnation around the world, … and a new round of sanctions")
// opposes nothing the statement says, and the word is still one the
// source lacks.
func (c *comparison) opposed(t text.Token) bool {
	opp, lexOpp := antonym()[t.Term], lexicalOpposites(c.ix.DB.Lexical, t.Term)
	if opp == nil && lexOpp == nil {
		return false
	}
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if (opp[ct.Term] || lexOpp[ct.Term]) && nearShared(a, ci, c.al.claimTerms) && !saidOfOtherThing(c.q, tokenAt(c.q.tokens, t.Start), a, ci, c.al.matched) {
				return true
			}
		}
	}
	return false
}
