package match

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// intended finds what the source says someone only meant to do where the
// statement says it was done: "relations cooled after the summit" against
// "Biden and Putin sought to cool tensions", "Tillerson shut the office"
// against "Tillerson plans to shut the office". The source does not say it
// happened, so the statement is not supported; and an opposite word
// against the intended one ("relations warmed") contradicts nothing
// (stance.go). A statement that itself does not say it was done ("they
// hoped to cool tensions", "refused to cool", "will cool") is left to the
// other rules.
func intended(c *comparison) []finding {
	var out []finding
	report := func(t text.Token, a analysed, ct text.Token, verb string, block bool) {
		ci := tokenAt(a.tokens, ct.Start)
		f := finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says only %q, not that it happened", verb+" "+ct.Text),
			qSpan:  span(t), cText: a.text, cSpan: span(ct), claim: span(t),
		}
		hearsay := strings.HasSuffix(verb, " that")
		if hearsay {
			f.reason = fmt.Sprintf("the source reports it only as %q, not as true", verb+" … "+ct.Text)
		}
		if block {
			f.block = span(t)
		}
		// "He already shut it down" against "plans to shutter it": when
		// the source was written it was still to be done.
		if at := already(c.q.tokens, tokenAt(c.q.tokens, t.Start)); at >= 0 && !hearsay && pending(verb) && !hypothetical(a.tokens, ci) {
			f.kind = conflict
			f.qSpan[0] = c.q.tokens[at].Start
			f.reason = fmt.Sprintf("the source says only %q: it was not done yet", verb+" "+ct.Text)
		}
		out = append(out, f)
	}
	for i, t := range c.q.tokens {
		if t.Stop || t.Neg || t.Kind != text.Word || accusationAt(c.q, i) != "" {
			continue
		}
		m, ok := c.al.matched[t.Term]
		if !ok {
			continue
		}
		if infinitive(c.q.tokens, i) || afterModal(c.q.tokens, i) {
			// "Will raise" may be what "plans to raise" meant, but not
			// what "asked the council to raise" asked of someone else.
			if requestAt(c.q, i) == "" {
				if a, ct, verb, only := c.onlyUnder(m, requestAt); only {
					report(t, a, ct, verb, false)
				}
			}
			continue
		}
		// A statement about the claims themselves ("false claims about
		// her have circulated since 2019") speaks of the hearsay, not
		// its content.
		if a, ct, verb, only := c.onlyUnder(m, meantAt); only && !(strings.HasSuffix(verb, " that") && c.namesHearsay()) {
			report(t, a, ct, verb, false)
		} else if a, ct, verb, only := c.onlyUnder(m, dueAt); only && pastTense(t) {
			report(t, a, ct, verb, false)
		}
	}
	out = append(out, c.viewOnly()...)
	out = append(out, c.conditioned()...)
	out = append(out, c.possible()...)
	out = append(out, c.disputed()...)
	out = append(out, c.advocated()...)
	// An opposite word against an intended one: "warmed" against "sought
	// to cool" (what the polarity rule reads as opposites).
	if !c.anyIntention() {
		return out
	}
	for _, f := range polarity(c) {
		if !f.opposite {
			continue
		}
		for _, a := range c.texts {
			if a.text != f.cText {
				continue
			}
			for ci, ct := range a.tokens {
				if ct.Start == f.cSpan[0] {
					if verb := meantAt(a, ci); verb != "" {
						report(text.Token{Text: c.q.text[f.qSpan[0]:f.qSpan[1]], Start: f.qSpan[0], End: f.qSpan[1]}, a, ct, verb, true)
					}
				}
			}
		}
	}
	return out
}

// viewVerbs are the stems of data/view-verbs.txt.
var viewVerbs = stemSet(maps.Keys(wordlist.Set(data, "data/view-verbs.txt")))

// viewOnly finds a statement that says what should be ("Kelby should have
// been given a penalty") in its own voice, where the source gives that
// "should" only as someone's view ("Kelby's manager complained that the
// referee should have given his side a penalty"). What someone says
// should be done is their judgement, not a fact the source states: not
// supported, never contradicted. A statement that names whose view it is
// ("Dunn said …") is left to the other rules.
func (c *comparison) viewOnly() []finding {
	if c.q.speaker != "" {
		return nil
	}
	normative := -1
	for i, t := range c.q.tokens {
		if givesView(t) {
			return nil
		}
		if normativeWord(t) {
			normative = i
		}
	}
	if normative < 0 {
		return nil
	}
	for _, a := range c.texts {
		for i, t := range a.tokens {
			if !normativeWord(t) {
				continue
			}
			for k := i - 1; k >= 0 && !sentenceBreak(a.text, a.tokens, k); k-- {
				if v := a.tokens[k]; givesView(v) {
					return []finding{{
						kind:   beyond,
						reason: fmt.Sprintf("the source gives %q as someone's view (%q), not as its own", t.Text, v.Text),
						qSpan:  span(c.q.tokens[normative]), cText: a.text, cSpan: [2]int{v.Start, t.End},
					}}
				}
			}
		}
	}
	return nil
}

// normativeWord reports whether a token says what should be: "should",
// "ought".
func normativeWord(t text.Token) bool {
	w := text.Normalize(t.Text)
	return w == "should" || w == "ought"
}

// givesView reports whether a token is a verb that gives what follows it
// as someone's words or view: of saying, or of data/view-verbs.txt.
func givesView(t text.Token) bool { return sayingVerb(t) || viewVerbs[t.Term] }

// conditioned finds a verb the statement asserts that the source says
// only on a condition the statement drops: "Moscow will resume tests"
// against "Moscow will only resume tests if Washington does so first",
// "the firm will cut 500 jobs" against "the firm will cut 500 jobs if the
// merger goes through". The source does not say it will happen, only
// when. A statement with a condition of its own is left to the other
// rules.
func (c *comparison) conditioned() []finding {
	for _, t := range c.q.tokens {
		if conditionals[t.Term] {
			return nil
		}
	}
	var out []finding
	for i, t := range c.q.tokens {
		if !pastTense(t) && !afterModal(c.q.tokens, i) && !c.presentVerb(i) {
			continue
		}
		m, ok := c.al.matched[t.Term]
		if !ok {
			continue
		}
		a, ct, cond, only := c.onlyUnder(m, conditionAt)
		if !only {
			continue
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says %q only on a condition (%q)", ct.Text, cond),
			qSpan:  span(t), cText: a.text, cSpan: span(ct),
		})
	}
	return out
}

// possible finds what the statement says will happen or happened where
// the source says only that it could: "regulators will demand the sale of
// some plants" against "analysts warned that regulators could demand the
// sale of some power plants". A possibility is no prediction, nor a
// report that it came about. A statement that says "could", "may" or
// "might" itself is left to the other rules.
//
// So is what the source leaves undecided (undecidedAt): "prosecutors will
// ask the Supreme Court to hear an appeal" against "prosecutors will
// decide whether to ask the Supreme Court to hear an appeal".
func (c *comparison) possible() []finding {
	for i, t := range c.q.tokens {
		if possibilities[text.Normalize(t.Text)] || undecidedWord(c.q.tokens, i) != "" {
			return nil
		}
	}
	var out []finding
	for _, t := range c.q.tokens {
		if t.Stop || t.Neg || t.Kind != text.Word {
			continue
		}
		m, ok := c.al.matched[t.Term]
		if !ok {
			continue
		}
		if a, ct, modal, only := c.onlyUnder(m, possibleAt); only {
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says only that it %s", modal+" "+ct.Text),
				qSpan:  span(t), cText: a.text, cSpan: span(ct),
			})
		} else if a, ct, words, only := c.onlyUnder(m, undecidedAt); only {
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source leaves it undecided (%q)", words+" … "+ct.Text),
				qSpan:  span(t), cText: a.text, cSpan: span(ct),
			})
		}
	}
	return out
}

// undecidedReach is how many words before a word the words that leave it
// undecided may stand, in its clause ("whether to ask the Supreme Court to
// hear"), not counting function words: they make a clause no longer
// ("whether the company had met the legal requirement to report within
// 72 hours" is open as far as "hours").
const undecidedReach = 8

// undecidedAt returns the words that leave token i of a undecided, or "":
// "whether" ("will decide whether to ask the court to hear an appeal")
// or a negated "rule out" ("has not ruled out using managers to drive
// trains"), up to undecidedReach words back in its clause. Neither says
// it will happen, nor that it will not.
func undecidedAt(a analysed, i int) string {
	t := a.tokens[i]
	if t.Stop || t.Neg || t.Kind != text.Word {
		return ""
	}
	words := 0
	for j := i - 1; j >= 0 && words < undecidedReach && !clauseBreak(a.text, a.tokens, j); j-- {
		if w := undecidedWord(a.tokens, j); w != "" {
			return w
		}
		if !a.tokens[j].Stop {
			words++
		}
	}
	return ""
}

// undecidedWord returns the words that leave what follows undecided when
// token j ends them ("whether", "not ruled out"), or "".
func undecidedWord(toks []text.Token, j int) string {
	switch text.Normalize(toks[j].Text) {
	case "whether":
		return "whether"
	case "out":
		if j >= 2 && toks[j-1].Term == "rule" && toks[j-2].Neg { // "ruled out", read by its term as isNegation reads it
			return toks[j-2].Text + " " + toks[j-1].Text + " out"
		}
	}
	return ""
}

// possibilities are the modals of what may or may not come about.
var possibilities = wordSet("could may might")

// possibleAt returns the modal of possibility that governs token i of a
// ("could demand", "may have caused", "might be forced"), or "": the
// modal right before the verb, past adverbs and the auxiliaries "be" and
// "have". A negated one ("could not agree") is the polarity rule's.
func possibleAt(a analysed, i int) string {
	t := a.tokens[i]
	if t.Stop || t.Neg || t.Kind != text.Word || t.Cap && i > 0 && !sentenceBreak(a.text, a.tokens, i-1) {
		return ""
	}
	for j := i - 1; j >= 0 && j >= i-4 && !clauseBreak(a.text, a.tokens, j); j-- {
		w := text.Normalize(a.tokens[j].Text)
		switch {
		case possibilities[w]:
			if a.tokens[j].Cap && w == "may" && j > 0 && !sentenceBreak(a.text, a.tokens, j-1) {
				return "" // the month
			}
			return w
		case a.tokens[j].Neg:
			return ""
		case w == "be" || w == "have" || w == "been" || w == "also" || w == "well" || w == "still" || strings.HasSuffix(w, "ly"):
			continue
		}
		return ""
	}
	return ""
}

// conditionals open a condition ("if", "unless"), in the statement or
// the claim.
var conditionals = wordSet("if unless")

// notConditionalBefore are the words before "if" that make it no
// condition (data/not-conditional-before.txt).
var notConditionalBefore = wordlist.Set(data, "data/not-conditional-before.txt")

// conditionAt returns the condition that governs token i of a, or "": an
// "if" or "unless" later in i's clause, before any "and" that begins
// another ("will respect the ban and will only resume tests if…": the
// ban is respected whatever happens), or one that opens the clause before
// i's ("If the merger goes through, the firm will cut 500 jobs").
func conditionAt(a analysed, i int) string {
	toks := a.tokens
	cond := func(j int) string {
		if j > 0 && notConditionalBefore[text.Normalize(toks[j-1].Text)] {
			return ""
		}
		end := j + 1
		for end < len(toks) && !clauseBreak(a.text, toks, end-1) {
			end++
		}
		return a.text[toks[j].Start:toks[end-1].End]
	}
	for j := i + 1; j < len(toks) && !clauseBreak(a.text, toks, j-1); j++ {
		if toks[j].Term == "and" {
			break
		}
		if conditionals[toks[j].Term] {
			return cond(j)
		}
	}
	lo := clauseStart(a, i)
	if lo > 0 {
		if p := clauseStart(a, lo-1); conditionals[toks[p].Term] {
			return cond(p)
		}
	}
	return ""
}

// anyIntention reports whether a claim text has words of intention or of
// hearsay (meantAt) at all.
func (c *comparison) anyIntention() bool {
	for _, a := range c.texts {
		for i := range a.tokens {
			if meantAt(a, i) != "" {
				return true
			}
		}
	}
	return false
}

// namesHearsay reports whether the statement has a noun of hearsay
// (hearsayNouns): "claims", "rumours".
func (c *comparison) namesHearsay() bool {
	for _, t := range c.q.tokens {
		if hearsayNouns[t.Term] {
			return true
		}
	}
	return false
}

// onlyUnder reports whether every use of claim term m in the claim's
// texts stands under words that govern it (under: a verb of intention or
// a clause of hearsay, meantAt; a condition, conditionAt), and returns
// one with those words.
func (c *comparison) onlyUnder(m string, under func(analysed, int) string) (analysed, text.Token, string, bool) {
	var at analysed
	var tok text.Token
	verb := ""
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if ct.Term != m {
				continue
			}
			v := under(a, ci)
			if v == "" {
				return analysed{}, text.Token{}, "", false
			}
			if verb == "" {
				at, tok, verb = a, ct, v
			}
		}
	}
	return at, tok, verb, verb != ""
}

// infinitive reports whether token i follows "to" ("refused to work"),
// also past function words and adverbs between them ("refused to ever
// work", "sought to quickly cool").
func infinitive(toks []text.Token, i int) bool { return toBefore(toks, i) >= 0 }

// toBefore returns the index of the "to" that token i follows, past up to
// two function words or adverbs, or -1. A reader's "2" read as "to"
// ("plans 2 shut") is one by its term.
func toBefore(toks []text.Token, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := text.Normalize(toks[j].Text)
		switch {
		case w == "to" || toks[j].Term == "to":
			return j
		case !toks[j].Stop && !toks[j].Neg && !copulaFillers[w] && !strings.HasSuffix(w, "ly"):
			return -1
		}
	}
	return -1
}

// meantAt returns the words of intention (intentionAt), of a request
// (requestAt), of an accusation (accusationAt) or of hearsay (hearsayAt)
// that govern token i of a, or "".
func meantAt(a analysed, i int) string {
	if v := intentionAt(a.tokens, i); v != "" {
		return v
	}
	if v := requestAt(a, i); v != "" {
		return v
	}
	if v := accusationAt(a, i); v != "" {
		return v
	}
	return hearsayAt(a, i)
}

// requestVerbs are the stems of data/request-verbs.txt.
var requestVerbs = stemSet(maps.Keys(wordlist.Set(data, "data/request-verbs.txt")))

// requestAt returns the words of a request that govern token i of a, or
// "": a verb of asking, its object (up to five words, or none: "was
// asked to") and the "to" right before token i ("asked the regional
// government to increase", "called on the council to resign"). What
// someone was asked to do is asked for, not done, nor planned by whom it
// was asked of.
func requestAt(a analysed, i int) string {
	toks := a.tokens
	j := toBefore(toks, i)
	if j < 1 {
		return ""
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if k < j-1 && clauseBreak(a.text, toks, k) || toks[k].Term == "to" {
			return "" // "urged both sides to return to talks": the request is "return", not "talks"
		}
		if requestVerbs[toks[k].Term] && (toks[k].Term != text.Stem("call") || toks[k+1].Term == "on") {
			return toks[k].Text + " … " + toks[j].Text
		}
	}
	return ""
}

// accusationAt returns the words of an accusation that govern token i of
// a ("accused of" in "accused of taking £212,000", "charged with" in
// "charged Delaney with stealing", "suspected of"), or "": what someone is
// accused of is alleged, not said to have happened, as a clause of
// hearsay is. A conviction ("convicted of", "found guilty of") is no
// accusation.
func accusationAt(a analysed, i int) string {
	toks := a.tokens
	j := i - 1 // the preposition, right before what is alleged
	if j < 1 || clauseBreak(a.text, toks, j) {
		return ""
	}
	verbs := accusationVerbs[text.Normalize(toks[j].Text)]
	if verbs == nil {
		return ""
	}
	// The verb, right before the preposition or before its object
	// ("charged his brother Tom Delaney with"): up to five words back.
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if clauseBreak(a.text, toks, k) {
			return ""
		}
		if verbs[toks[k].Term] {
			if k == j-1 {
				return toks[k].Text + " " + toks[j].Text
			}
			return toks[k].Text + " … " + toks[j].Text
		}
	}
	return ""
}

// accusationVerbs are the verbs of accusing, by the preposition that
// opens what is alleged (stemmed).
var accusationVerbs = map[string]map[string]bool{
	"of":   stemSet(slices.Values([]string{"accused", "accuses", "accuse", "accusing", "suspected", "suspect", "suspects"})),
	"with": stemSet(slices.Values([]string{"charged", "charge", "charges", "charging"})),
}

// hearsayAt returns the words of hearsay that govern token i of a, or "":
// a clause that a noun of hearsay or untruth (data/hearsay-nouns.txt)
// opens with "that" is what was claimed, rumoured or alleged, which the
// source reports, not says ("False claims that Harris is not eligible to
// serve have circulated since 2019" says neither that she is eligible nor
// that she is not; "rumours that the dam will be demolished" says nothing
// of the dam). The clause ends at a clause break, or where a second
// auxiliary or copula takes up the main clause ("… is not eligible to
// serve | have circulated since 2019").
func hearsayAt(a analysed, i int) string {
	for j := i - 1; j >= 1; j-- {
		if clauseBreak(a.text, a.tokens, j) {
			return ""
		}
		if a.tokens[j].Term != "that" || !hearsayNouns[a.tokens[j-1].Term] && !(reportNouns[a.tokens[j-1].Term] && negationBefore(a, j-1)) {
			continue
		}
		verbs := 0
		for k := j + 1; k <= i; k++ {
			if auxiliaries[text.Normalize(a.tokens[k].Text)] { // (checkable.go)
				verbs++
			}
		}
		if verbs >= 2 {
			return ""
		}
		return a.tokens[j-1].Text + " " + a.tokens[j].Text
	}
	return ""
}

// hearsayNouns are the stems of data/hearsay-nouns.txt.
var hearsayNouns = stemSet(maps.Keys(wordlist.Set(data, "data/hearsay-nouns.txt")))

// reportNouns are the stems of data/report-nouns.txt: what their clause
// says is hearsay where the source declines to speak to it.
var reportNouns = stemSet(maps.Keys(wordlist.Set(data, "data/report-nouns.txt")))

// negationBefore reports whether a negation stands before token i of a in
// its clause: "would not comment on reports", "declined to confirm
// reports".
func negationBefore(a analysed, i int) bool {
	for k := i - 1; k >= 0 && !clauseBreak(a.text, a.tokens, k); k-- {
		if isNegation(a.tokens, k) {
			return true
		}
	}
	return false
}

// intentionAt returns the words of intention that govern token i ("sought
// to" in "sought to cool", "working on" in "working on adopting"), or "".
func intentionAt(toks []text.Token, i int) string {
	if j := toBefore(toks, i); j >= 1 && intentionVerbs[toks[j-1].Term] {
		return toks[j-1].Text + " " + toks[j].Text
	}
	// "challenging itself to run entirely on renewable energy",
	// "committed themselves to cut": the same, with a reflexive.
	if j := toBefore(toks, i); j >= 2 && reflexives[text.Normalize(toks[j-1].Text)] && intentionVerbs[toks[j-2].Term] {
		return toks[j-2].Text + " " + toks[j-1].Text + " " + toks[j].Text
	}
	// "we are actively working on adopting a code": still to be done.
	if i >= 2 && strings.HasSuffix(text.Normalize(toks[i].Text), "ing") && toks[i-1].Term == "on" && toks[i-2].Term == text.Stem("working") {
		return toks[i-2].Text + " " + toks[i-1].Text
	}
	return ""
}

// dueAt returns "due to" when token i of a is what something is due to
// do ("the trial is due to begin in March", "the dam, due to be finished
// in 2027, …"), or "". "Due to" also gives a
// cause ("was cancelled due to rain", "the delay was due to a fault"), so
// intended reads it only against a verb the statement puts in the past
// ("the trial began in March"), never against a noun.
func dueAt(a analysed, i int) string {
	toks := a.tokens
	j := toBefore(toks, i)
	if j < 2 || text.Normalize(toks[j-1].Text) != "due" {
		return ""
	}
	switch text.Normalize(toks[j-2].Text) {
	case "is", "are", "was", "were", "be", "been", "'s":
		return toks[j-1].Text + " " + toks[j].Text
	}
	if clauseBreak(a.text, toks, j-2) { // "the dam, due to be finished in 2027,"
		return toks[j-1].Text + " " + toks[j].Text
	}
	return ""
}

// reflexives may stand between a verb of intention and its "to".
var reflexives = wordSet("itself himself herself themselves ourselves myself yourself")

// already returns the index of the "already" that says token i is done
// ("already shut it down", "has already closed"), or -1.
func already(toks []text.Token, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if text.Normalize(toks[j].Text) == "already" {
			return j
		}
	}
	return -1
}

// pending reports whether words of intention ("plans to", "sought to")
// say the intention still stood when the source was written: the verb is
// in the present ("plans", "intends"), not the past ("sought", "planned").
func pending(words string) bool {
	w, _, _ := strings.Cut(strings.ToLower(words), " ")
	return !strings.HasSuffix(w, "ed") && w != "sought" && w != "strove" && w != "working"
}

// hypothetical reports whether the verb of intention that governs token i
// is itself an infinitive or after a modal ("could be used to try to
// cure", "may want to sell"): what someone might attempt, not an
// attempt under way, so not a sign it was not done yet.
func hypothetical(toks []text.Token, i int) bool {
	j := toBefore(toks, i)
	if j < 1 {
		return false
	}
	v := j - 1
	if reflexives[text.Normalize(toks[v].Text)] && v > 0 {
		v--
	}
	return infinitive(toks, v) || afterModal(toks, v)
}

// intentionVerbs are the stems of data/intention-verbs.txt.
var intentionVerbs = stemSet(maps.Keys(wordlist.Set(data, "data/intention-verbs.txt")))

// disputeWords are data/dispute-words.txt: the verbs of disputing
// (stemmed, and as typed: typed) and what they dispute when it is the
// account just given.
var disputeWords = func() (w struct {
	verbs, objects map[string]bool
	typed          []string
}) {
	w.verbs, w.objects = map[string]bool{}, map[string]bool{}
	for _, e := range wordlist.Table(data, "data/dispute-words.txt") {
		for _, item := range e.Items {
			switch e.Key {
			case "verbs":
				w.typed = append(w.typed, item)
				for _, t := range stems(item) {
					w.verbs[t] = true
				}
			case "objects":
				w.objects[item] = true
			}
		}
	}
	return w
}()

// disputed finds a claim that the next words of its paragraph, or its own
// after "but", say someone disputes: "Prosecutors say Hale stole $40,000
// from the charity. Hale denies the allegations." The article reports an account and its
// denial, not that it happened, so a statement that says it happened
// without saying who says so is not supported by the claim (beyond).
// A statement that gives its words a speaker ("prosecutors say …",
// "according to"), or speaks of the allegations or their denial itself,
// is left to the other rules. The sentence after the claim is read, in its
// paragraph or, when the claim ends it, at the start of the next one.
func (c *comparison) disputed() []finding {
	if !c.ownVoice() {
		return nil
	}
	// A claim that names the account itself ("dropped an investigation
	// into a rape allegation") reports something else of it: what the
	// next words deny ("who denies the accusation") is the account, not
	// the claim.
	for _, a := range c.texts {
		for k, t := range a.tokens {
			if t.Term == "but" && k > 0 {
				break // "…, but Hale denies the allegations": the dispute's own words
			}
			if hearsayNouns[t.Term] {
				return nil
			}
		}
	}
	if d := c.disputeOfClaim(); d != "" {
		return []finding{{kind: beyond, reason: fmt.Sprintf("the source reports this as disputed (%q)", d)}}
	}
	return nil
}

// ownVoice reports whether the statement says what it says as a fact, in
// its own voice: it gives no one its words ("prosecutors say …",
// "according to"), and speaks of no allegation, claim or denial.
func (c *comparison) ownVoice() bool {
	if c.q.speaker != "" || c.namesHearsay() {
		return false
	}
	for _, t := range c.q.tokens {
		w := text.Normalize(t.Text)
		if attribution.verbs[w] || w == "according" || w == "allegedly" || w == "reportedly" || disputeWords.verbs[t.Term] {
			return false
		}
	}
	return true
}

// advocates are data/advocates.txt, by their terms: the roles of those
// who argue one side of a case.
var advocates = func() map[string]string {
	out := map[string]string{}
	for w := range wordlist.Set(data, "data/advocates.txt") {
		if t := text.Stem(w); out[t] == "" || len(w) < len(out[t]) {
			out[t] = w // "lawyer", not "lawyers"
		}
	}
	return out
}()

// advocated finds a claim whose words the source gives to one side of a
// case (data/advocates.txt): "Cobb said Delaney had used the money to buy
// a flat", where the article calls Cobb a prosecutor, says what the
// prosecution alleges, and the defence may tell it otherwise. A statement
// that says it happened in its own voice (ownVoice) is not supported by
// it: beyond, never contradicted. What the statement says of the speaker
// is left to the other rules. The role is the speaker's own word
// ("Prosecutors told the court …") or one the article gives the speaker's
// name ("prosecutor Helen Cobb", "His lawyer, Simon Ward,").
func (c *comparison) advocated() []finding {
	sp := c.d.claim.Speaker
	if sp == "" || !c.ownVoice() {
		return nil
	}
	// What an advocate says they will do themselves ("Marsh said she
	// would appeal") is their own plan, not their side's account.
	for _, t := range c.ix.personal(text.Analyze(sp)) {
		if slices.ContainsFunc(c.q.tokens, func(q text.Token) bool { return q.Term == t.Term }) {
			return nil
		}
	}
	role := c.advocateRole(sp)
	if role == "" {
		return nil
	}
	return []finding{{kind: beyond, reason: fmt.Sprintf("the source gives this only as the account of %s (%s), one side of a case", sp, role)}}
}

// advocateRole returns the word by which the claim's article, or the
// speaker's own words, make the claim's speaker sp an advocate, or "".
func (c *comparison) advocateRole(sp string) string {
	own := text.Analyze(sp)
	for _, t := range own {
		if w, ok := advocates[t.Term]; ok {
			return w
		}
	}
	name := map[string]bool{}
	for _, t := range c.ix.personal(own) {
		name[t.Term] = true
	}
	if len(name) == 0 || len(c.d.claim.Sources) == 0 {
		return ""
	}
	_, article := c.ix.windowBefore(c.d.claim.Sources[0])
	for _, l := range c.ix.describedLinks(article, text.Analyze(article)) {
		if !subset(name, l.name) {
			continue
		}
		for h := range l.heads { // the nouns it is called by, not every word near it
			if role, ok := advocates[text.Stem(h)]; ok {
				return role
			}
		}
	}
	return ""
}

// claimHolds reports whether one of the claim's own words has the term,
// or one the database's lexical relations give it ("payment", "pay").
func (c *comparison) claimHolds(term string) bool {
	terms := []string{term}
	for _, e := range c.ix.lexical(term) {
		terms = append(terms, e.term)
	}
	for _, a := range c.texts {
		for _, t := range a.tokens {
			if slices.Contains(terms, t.Term) {
				return true
			}
		}
	}
	return false
}

// disputeOfClaim returns the words that dispute the claim: after its own
// "but" ("…, but Hale denies the allegations"), else in the sentence after
// it in its paragraph; or "".
func (c *comparison) disputeOfClaim() string {
	for _, a := range c.texts {
		for k, t := range a.tokens {
			if t.Term == "but" && k > 0 {
				if d, _ := disputeAfter(a.text[t.End:]); d != "" {
					return d
				}
			}
		}
	}
	for _, src := range c.d.claim.Sources {
		start, para, ok := c.ix.paragraph(src)
		if !ok || src.End < start || src.End-start > len(para) {
			continue
		}
		rest := para[src.End-start:]
		if d, _ := disputeAfter(rest); d != "" {
			return d
		}
		// The claim ends its paragraph: the sentence after it opens the
		// next one, as a denial often does in a report of one-sentence
		// paragraphs. Further from the claim, the denial must name what
		// the claim says ("Ashcombe said the club had promised fans …
		// ¶ The club denied that any such promise had been made"), not
		// only an account of it ("that account" may be of what follows
		// the claim).
		d, object := disputeAfter(c.ix.nextParagraph(src))
		if d != "" && (strings.TrimLeft(rest, " .!?\"'”’)") == "" || c.claimHolds(object) && !reportNouns[object] && !hearsayNouns[object]) {
			return d
		}
	}
	return ""
}

// disputeAfter returns the words of the first sentence of rest (what
// follows a claim in its paragraph) when they dispute it ("Hale denies the
// allegations", ", but the company rejected that account"), with the term
// of what they dispute ("allegation"), else "".
func disputeAfter(rest string) (words, object string) {
	// The next sentence only: past the claim's own closing mark, up to
	// the next one (an abbreviation's full stop cuts it short, which only
	// misses a dispute).
	start := strings.IndexFunc(rest, func(r rune) bool { return !strings.ContainsRune(" .!?\"'”’)", r) })
	if start < 0 {
		return "", ""
	}
	if end := strings.IndexAny(rest[start:], ".!?"); end >= 0 {
		rest = rest[:start+end+1]
	}
	if !mentionsDispute(strings.ToLower(rest)) {
		return "", "" // most paragraphs: no need to analyse them
	}
	a := analysed{text: rest, tokens: text.Analyze(rest)}
	toks := a.tokens
	for i, t := range toks {
		if disputeWords.verbs[t.Term] && !t.Neg && (i == 0 || !toks[i-1].Neg) {
			if j := disputedObject(a, i+1); j > 0 {
				lo := 0
				for k := i - 1; k >= 0; k-- {
					if sentenceBreak(rest, toks, k) {
						lo = k + 1
						break
					}
				}
				return strings.TrimSpace(rest[toks[lo].Start:toks[j].End]), toks[j].Term
			}
		}
		if i > 0 && sentenceBreak(rest, toks, i) {
			return "", "" // only the sentence right after the claim
		}
	}
	return "", ""
}

// mentionsDispute reports whether lower-case text may hold a verb of
// disputing (one of data/dispute-words.txt's verbs as typed).
func mentionsDispute(text string) bool {
	for _, verb := range disputeWords.typed {
		if strings.Contains(text, verb) {
			return true
		}
	}
	return false
}

// disputedObject returns the token after a verb of disputing, from i,
// that is the account just given ("the allegations", "that account",
// "it", "any wrongdoing"), past a few determiners, or -1. A noun that
// "that", "of" or "about" follows names another report ("denied reports
// that it would close"), and so does a "that" or "this" that opens a
// clause ("denied that the mill would close" may deny something else).
func disputedObject(a analysed, i int) int {
	toks := a.tokens
	for j := i; j < len(toks) && j < i+4; j++ {
		w := text.Normalize(toks[j].Text)
		switch {
		case reportNouns[toks[j].Term] || hearsayNouns[toks[j].Term] || disputeWords.objects[w]:
			if j+1 < len(toks) && (toks[j+1].Term == "that" || toks[j+1].Term == "of" || toks[j+1].Term == "about") {
				return -1
			}
			return j
		case disputePronouns[w] && (w == "it" || w == "them" || clauseBreak(a.text, toks, j)):
			return j
		case disputePronouns[w] || disputeDeterminers[w]:
			// "that account", "those charges", "the allegations"
		case afterSuch(a, j, i) && (w == "a" || w == "an"):
			// "denied such a payment"
		case afterSuch(a, j, i):
			// "such" points back at what was just said, whatever its
			// noun: "denied that any such promise had been made".
			return j
		default:
			return -1
		}
	}
	return -1
}

// afterSuch reports whether "such" (or "such a") stands right before
// token j, no earlier than i, where the verb's object begins.
func afterSuch(a analysed, j, i int) bool {
	for k := j - 1; k >= i; k-- {
		switch w := text.Normalize(a.tokens[k].Text); w {
		case "such":
			return true
		case "a", "an":
			continue
		}
		return false
	}
	return false
}

// disputePronouns stand for the account just given; disputeDeterminers
// may stand before the noun that does.
var (
	disputePronouns    = wordSet("it this that them those")
	disputeDeterminers = wordSet("the these his her their its any all such every")
)
