package match

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// names finds the statement's key content (names, entities, words the
// sources capitalise) that the claim never mentions. A name of the same
// kind standing where the claim has another ("met in Moscow" against "met
// in Washington") is a conflict; else a name the claim's paragraph has is
// not missing.
func names(c *comparison) []finding {
	var out []finding
	swappedRuns := map[int]bool{} // a name of several words is swapped once
	for _, t := range c.q.tokens {
		if !c.ix.key(c.q.text, t) && !c.openingName(t) || inDate(c.q, t) {
			continue // dates are the dates rule's (figures.go)
		}
		if titleAbbreviation(c.q, t) {
			continue // "Gov. Holcomb": the name is the word after it
		}
		if _, ok := joinedConflict(c, tokenAt(c.q.tokens, t.Start)); ok {
			continue // "60fps" against "30fps": a figure, the quantities rule's (figures.go)
		}
		// A day of the week: the alignment may take the claim's other
		// day for it (the lexicon relates the days), but it is another
		// day.
		if f, ok := c.weekdaySwap(t); ok {
			out = append(out, f)
			continue
		}
		if _, ok := c.al.matched[t.Term]; ok {
			if f, ok := c.capitalOfAnother(t); ok { // capitals.go
				f.block = span(t)
				out = append(out, f)
			} else if f, ok := c.otherBefore(t); ok {
				out = append(out, f)
			} else if f, ok := c.otherHolder(t); ok {
				out = append(out, f)
			}
			continue
		}
		// A person in the same slot contradicts, even when the paragraph
		// mentions the statement's name elsewhere ("Putin drew a red
		// line" against "Biden drew…"); a place the paragraph names may
		// be the same place put another way ("at the G20" against "at
		// the Hamburg summit").
		if c.givenNameOf(t) || c.acronymOf(t) || c.inLongerName(t) || c.sameNation(t) {
			continue
		}
		// A short form of the claim's word after the same word ("the
		// State Dept's envoy" / "the State Department's envoy") is no
		// other name: it stays missing (the matcher does not read it for
		// the long form), never swapped.
		if c.shortFormAfterSameWord(t) {
			out = append(out, finding{kind: missing, qSpan: nameSpan(c.q, t), block: span(t)})
			continue
		}
		if f, ok := c.partySwap(t); ok {
			f.block = span(t)
			out = append(out, f)
			continue
		}
		if f, ok := c.locatedSwap(t); ok {
			if lo, _ := nameRun(c.q, tokenAt(c.q.tokens, t.Start)); !swappedRuns[lo] {
				swappedRuns[lo] = true
				f.block = span(t)
				out = append(out, f)
			}
			continue
		}
		inContext := c.d.context[t.Term] || c.outletNamed(t)
		if f, ok := c.ix.swap(c.q, t, c.texts, c.al.matched, inContext || c.rowNamedElsewhere(t)); ok {
			f.block = span(t)
			out = append(out, f)
			lo, _ := nameRun(c.q, tokenAt(c.q.tokens, t.Start))
			swappedRuns[lo] = true
			continue
		}
		// A name in a post the claim gives another ("SpaceX, NASA's
		// other shipper" against "Orbital ATK, NASA's other shipper"),
		// even where the paragraph names it elsewhere (apposed.go).
		if f, ok := c.apposedSwap(t); ok {
			if lo, _ := nameRun(c.q, tokenAt(c.q.tokens, t.Start)); !swappedRuns[lo] {
				swappedRuns[lo] = true
				out = append(out, f)
			}
			continue
		}
		// A one-word name the claim's context has is the context's (the
		// anaphora's: "She was born in Ohio"); a longer one only when the
		// paragraph has it in full (runSwap).
		if f, ok := c.runSwap(t); ok && !(inContext && runLen(c.q, t) == 1) {
			if lo, _ := nameRun(c.q, tokenAt(c.q.tokens, t.Start)); !swappedRuns[lo] {
				swappedRuns[lo] = true
				out = append(out, f)
			}
			continue
		}
		kind := missing
		if (inContext && !c.placeSlotTaken(t) || c.headlineNamed(t) && !c.namesOthers() || c.givenNameInContext(t)) && !c.pronounOfAnother(t) && !c.otherGivenBefore(t) {
			kind = contextual
		}
		out = append(out, finding{kind: kind, qSpan: nameSpan(c.q, t), block: span(t)})
	}
	out = titlesOfSwapped(c.q, out)
	if f, ok := c.subjectInOtherClause(); ok {
		out = append(out, f)
	}
	if f, ok := c.placeOfAnotherClause(); ok {
		out = append(out, f)
	}
	return out
}

// placeOfAnotherClause finds a place the statement gives after a
// preposition ("will take place in Galway", "were from Leeds") that the
// claim names after the same preposition only in a later clause holding
// none of the statement's other words ("…, avoiding a clash with the horse
// races in Galway"; "…, said Tom Hale, 24, from Leeds"): there the place
// is said of the clause's own noun, not of what the statement places
// there. Not supported, never contradicted (a clause may be misread).
func (c *comparison) placeOfAnotherClause() (finding, bool) {
	q := c.q
	for i := 1; i < len(q.tokens); i++ {
		t, prep := q.tokens[i], q.tokens[i-1].Term
		if !placePrepositions[prep] || !c.ix.isName(q, t) || t.Kind == text.Number {
			continue
		}
		m, ok := c.al.matched[t.Term]
		if !ok {
			continue
		}
		lo, hi := nameRun(q, i)
		others := map[string]bool{} // the claim's words for the rest of the statement's clause
		for k := lo - 1; k >= 0 && !clauseBreak(q.text, q.tokens, k); k-- {
			if mk, ok := c.al.matched[q.tokens[k].Term]; ok && !q.tokens[k].Stop {
				others[mk] = true
			}
		}
		for k := hi; k < len(q.tokens) && !clauseBreak(q.text, q.tokens, k-1); k++ {
			if mk, ok := c.al.matched[q.tokens[k].Term]; ok && !q.tokens[k].Stop {
				others[mk] = true
			}
		}
		if len(others) == 0 {
			continue
		}
		var in analysed
		var at text.Token
		apart, seen := true, false
		for _, a := range c.texts {
			for ci := 1; ci < len(a.tokens) && apart; ci++ {
				if a.tokens[ci].Term != m {
					continue
				}
				seen = true
				if a.tokens[ci-1].Term != prep || !c.clauseApart(a, ci, others) {
					apart = false
				} else if in.text == "" {
					in, at = a, a.tokens[ci]
				}
			}
		}
		if seen && apart {
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source names %q in a clause of its own, about something else", t.Text),
				qSpan:  span(t), cText: in.text, cSpan: span(at), unsure: true,
			}, true
		}
	}
	return finding{}, false
}

// placePrepositions say where something is, happens or comes from.
var placePrepositions = wordSet("in at near outside from")

// clauseApart reports whether token ci of a claim text stands in a clause
// after the text's first that has none of the words others: a clause of
// its own ("…, avoiding a clash with the races in Galway"), not the one the
// statement's words are in, nor one that opens the sentence ("In Galway,
// the festival…"), which may set the scene for all of it.
func (c *comparison) clauseApart(a analysed, ci int, others map[string]bool) bool {
	lo := clauseStart(a, ci)
	// A place set apart by commas right after a name ("Hafiz, from
	// Pakistan, …"), or after the name and an age ("Tom Hale, 24, from
	// Leeds"), is said of that name: its clause is the name's.
	for named := lo == ci-1; named && lo > 0; {
		p := lo - 1 // the last token of the clause before
		age := a.tokens[p].Kind == text.Number && (p == 0 || clauseBreak(a.text, a.tokens, p-1))
		if !age && !a.tokens[p].Cap {
			break
		}
		lo, named = clauseStart(a, p), age
	}
	if lo == 0 || lo > 1 && a.tokens[lo-2].Term == a.tokens[ci-1].Term && c.ix.isName(a, a.tokens[lo-1]) {
		return false // a list of places: "in Dublin, in Cork and in Galway"
	}
	for k := lo; k < len(a.tokens); k++ {
		if others[a.tokens[k].Term] && !a.tokens[k].Stop {
			return false
		}
		if k >= ci && clauseBreak(a.text, a.tokens, k) {
			break
		}
	}
	return true
}

// clauseStart returns the first token of the clause token i stands in.
//
// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func clauseStart(a analysed, i int) int {
	for i > 0 && !clauseBreak(a.text, a.tokens, i-1) {
		i--
	}
	return i
}

// clauseEnd returns the index of the last token of token i's clause.
func clauseEnd(a analysed, i int) int {
	for i < len(a.tokens)-1 && !clauseBreak(a.text, a.tokens, i) {
		i++
	}
	return i
}

// pronounOfAnother reports whether the claim's "he" or "she" stands for
// someone its paragraph names before it (antecedent.go) and name t is not
// among them: the paragraph names t only after the claim's words ("The
// Hawks got a fine stint out of Dale Ames. He scored six points…, with
// Kofi Mensah on the bench", under a headline naming Mensah), so the
// pronoun is another person, and the claim says nothing about t.
func (c *comparison) pronounOfAnother(t text.Token) bool {
	return c.d.antecedents != nil && !c.d.antecedents[t.Term]
}

// placeSlotTaken reports whether t is a place the gazetteer knows that
// stands where the claim has another place, apart from it, so that the
// two would swap but for the paragraph naming t elsewhere ("will take
// place in Birmingham" against "are due to take place in Munich", in a
// paragraph that names Birmingham for another event). The paragraph's
// mention makes the swap unsure, not the claim's place t: the name stays
// missing, and the claim supports nothing about it.
func (c *comparison) placeSlotTaken(t text.Token) bool {
	if !text.IsPlace(t.Term) {
		return false
	}
	_, ok := c.ix.swap(c.q, t, c.texts, c.al.matched, false)
	return ok
}

// maxAgents is how many words after "by" a list of those who did it may
// take: three people with their full names.
const maxAgents = 12

// subjectInOtherClause finds the statement's verb in a clause of the
// source with a subject of its own, where the statement's subject stands
// only in another clause: "the council criticised Brandt" against "the
// council praised Brandt …, but Okafor criticised him". The statement's
// verb is a past or present one after its subject (pastTense,
// presentVerb), in the active. The source has the statement's words, not what it says
// of them: not supported (and, as clauses may be misread, not
// contradicted: a finding of the names rule, which the decision does not
// read as a named difference).
func (c *comparison) subjectInOtherClause() (finding, bool) {
	q := c.q
verbs:
	for v, vt := range q.tokens {
		mv, ok := c.al.matched[vt.Term]
		if !ok || v == 0 || vt.Stop || vt.Neg || vt.Cap || vt.Kind != text.Word || !pastTense(vt) && !c.presentVerb(v) || beBefore(q, v) {
			continue
		}
		subject := map[string]text.Token{} // the statement's subject, in the claim's terms
		for i := v - 1; i >= 0 && !clauseBreak(q.text, q.tokens, i); i-- {
			t := q.tokens[i]
			if m, ok := c.al.matched[t.Term]; ok && !t.Stop && !t.Neg && (t.Kind == text.Word || t.Kind == text.Entity) {
				subject[m] = t
			}
		}
		if len(subject) == 0 {
			continue
		}
		var other text.Token
		var in analysed
		found, elsewhere := false, false
		for _, a := range c.texts {
			for cv, ct := range a.tokens {
				if ct.Term != mv {
					continue
				}
				// The source's own subject stands right before the verb
				// ("but Okafor criticised him"), past auxiliaries; the
				// statement's may stand anywhere in the clause.
				own, shared := text.Token{}, false
				if !pastTense(ct) && ct.Term != vt.Term {
					continue // a noun the verb stands for ("ran" / "a US operation"): no clause's verb
				}
				if cv+1 < len(a.tokens) && text.Normalize(a.tokens[cv+1].Text) == "by" {
					// "a 1975 film directed by Spielberg", "a campaign
					// launch by Bennett": who did it is after "by".
					agents, _ := namesAfter(a, cv+1, c.ix.isName, nil)
					for k := cv + 2; k < len(a.tokens) && k <= cv+maxAgents; k++ {
						t := a.tokens[k]
						if _, ok := subject[t.Term]; ok {
							continue verbs // one of a list ("produced by Kenneth Edmonds, Peter Jackson and Robert Teitel")
						}
						if !t.Stop && !c.ix.isName(a, t) {
							break // "by Rhea Lund, a schoolteacher friendly with…": the list has ended
						}
					}
					if len(agents) == 0 {
						continue verbs
					}
					if !found {
						other, in, found = agents[inOrder(agents)[0]], a, true
					}
					continue
				}
				if strings.HasSuffix(text.Normalize(ct.Text), "ing") {
					continue verbs // "a film starring…": the noun before is no subject
				}
				k := cv - 1
				for k > 0 && (helper(a.tokens[k]) || adverb(a.tokens[k])) {
					k--
				}
				if k < 0 {
					continue verbs // the source's sentence opens with the verb
				}
				if t := a.tokens[k]; !t.Stop && !t.Neg && (t.Kind == text.Word || t.Kind == text.Entity) && !c.al.claimTerms[t.Term] && !pastTense(t) && !clauseBreak(a.text, a.tokens, k) {
					own = t
				}
				for i := cv - 1; i >= 0 && !(clauseBreak(a.text, a.tokens, i) && strings.TrimSpace(a.text[a.tokens[i].End:a.tokens[i+1].Start]) != a.text[a.tokens[i].End:a.tokens[i+1].Start]); i-- {
					if _, ok := subject[a.tokens[i].Term]; ok {
						shared = true
					}
				}
				if shared || own.Text == "" {
					continue verbs // a clause of the source says it of the statement's subject, or of none
				}
				if !found {
					other, in, found = own, a, true
				}
			}
			for m := range subject {
				elsewhere = elsewhere || a.terms[m]
			}
		}
		if found && elsewhere {
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %q of %q, in a clause of its own", vt.Text, other.Text),
				qSpan:  span(vt), cText: in.text, cSpan: span(other),
			}, true
		}
	}
	return finding{}, false
}

// rowNamedElsewhere reports whether the claim is an imported row with
// neither a source paragraph nor a title, and another claim of the
// database names t: with nothing around the row to say what it is about,
// the rows beside it are its context, and one of them may say the
// statement's "born in Ohio" of the same person ("She was born in Ohio"
// beside "Tom Baker was born in Texas"). The place swap then settles
// nothing; t stays missing.
func (c *comparison) rowNamedElsewhere(t text.Token) bool {
	cl := c.d.claim
	return cl != nil && cl.Kind == claims.KindImported && len(cl.Sources) == 0 && cl.Title == "" && c.ix.df(t.Term) > 0
}

// openingName reports whether a capitalised word that opens the
// statement is a name: one the sources only ever capitalise, or a place,
// as it would be typed in lower case ("Brazil has…", "Tyvak's lander…").
// Its capital says nothing either way (key), but the word does.
func (c *comparison) openingName(t text.Token) bool {
	if !t.Cap || t.Stop || t.Neg || t.Kind != text.Word || !atSentenceStart(c.q.text, t.Start) {
		return false
	}
	return c.ix.isNameWord(t) || text.IsPlace(t.Term)
}

// openingCapital reports whether a word of a claim text is capitalised
// only because it opens a sentence: no name the sources write with a
// capital mid-sentence or only ever capitalise, no place, and no
// capitalised word after it ("Even de Miranda's own example…": "Even" is
// no given name to swap with the statement's "Luis").
func (ix *Index) openingCapital(a analysed, t text.Token) bool {
	return t.Kind == text.Word && atSentenceStart(a.text, t.Start) && !ix.proper[t.Text] && !ix.names[nameForm(t.Text)] && !text.IsPlace(t.Term) && !beforeName(a.text, t)
}

// otherBefore finds a name of the statement that the claim has, but not
// before the word the statement puts it before, where the claim has
// another name: "a Seattle-based firm" against "a Spokane and Seattle
// advertising agency … run by a Minneapolis-based firm". The claim has
// the statement's words, not what it says of them, so it does not
// support it (beyond); it may not contradict it either (the name may be
// both). Names side by side in the claim ("Russian and U.S.
// investigators") are no other name in the slot.
func (c *comparison) otherBefore(t text.Token) (finding, bool) {
	q := c.q.tokens
	i := tokenAt(q, t.Start)
	if i+1 >= len(q) || q[i].Start != t.Start {
		return finding{}, false
	}
	// The word after the name, past auxiliaries and negations: "the
	// Harbour Party did not lose" puts "Party" before "lose".
	wi := i + 1
	for wi < len(q) && wi <= i+3 && helper(q[wi]) && !clauseBreak(c.q.text, q, wi-1) {
		wi++
	}
	if wi >= len(q) || wi > i+1 && clauseBreak(c.q.text, q, wi-1) {
		return finding{}, false
	}
	w := q[wi]
	if w.Stop || w.Neg || w.Cap || w.Kind != text.Word || wi == i+1 && w.Start-t.End > 1 {
		return finding{}, false
	}
	if wi > i+1 && !verbForm(strings.ToLower(text.Normalize(w.Text))) {
		return finding{}, false // "the FBI had officials there": "had" is the verb
	}
	var other text.Token
	var in analysed
	found := false
	for _, a := range c.texts {
		for m := 1; m < len(a.tokens); m++ {
			n := a.tokens[m]
			if n.Term != w.Term {
				continue
			}
			k := m - 1 // the word before it, past auxiliaries and negations ("the Green Alliance had lost")
			for k > 0 && k >= m-3 && helper(a.tokens[k]) && !clauseBreak(a.text, a.tokens, k) {
				k--
			}
			ct := a.tokens[k]
			if k == m-1 && n.Start-ct.End > 1 || clauseBreak(a.text, a.tokens, k) {
				continue
			}
			if ct.Term == t.Term {
				return finding{}, false // the claim says it too
			}
			if !found && ct.Cap && !c.q.terms[ct.Term] && c.ix.key(a.text, ct) && !near(a.tokens, k, t.Term, 3) {
				other, in, found = ct, a, true
			}
		}
	}
	if !found {
		return finding{}, false
	}
	return finding{
		kind:   beyond,
		reason: fmt.Sprintf("the source has %q before %q, where you wrote %q", other.Text, w.Text, t.Text),
		qSpan:  span(t), cText: in.text, cSpan: span(other),
	}, true
}

// nameSpan is the span of the name a missing name word belongs to: the
// run of capitalised words around it, one space apart, outside dates.
// "The closest source says nothing about “Home Depot”", not “Depot”
// when the source happens to have "home".
func nameSpan(a analysed, t text.Token) [2]int {
	i := tokenAt(a.tokens, t.Start)
	if i < 0 || i >= len(a.tokens) || a.tokens[i].Start != t.Start {
		return span(t)
	}
	inName := func(k int) bool {
		u := a.tokens[k]
		return u.Cap && !u.Stop && !u.Neg && (u.Kind == text.Word || u.Kind == text.Entity) && !inDate(a, u)
	}
	first, last := i, i
	for first > 0 && inName(first-1) && a.tokens[first].Start-a.tokens[first-1].End == 1 && !possessiveWord(a.tokens[first-1]) {
		first--
	}
	for last+1 < len(a.tokens) && inName(last+1) && a.tokens[last+1].Start-a.tokens[last].End == 1 && !possessiveWord(a.tokens[last]) {
		last++
	}
	return [2]int{a.tokens[first].Start, a.tokens[last].End}
}

// possessiveWord reports whether a word ends in a possessive 's: a name
// ends there ("Boeing's Max jets").
func possessiveWord(t text.Token) bool {
	w := strings.ToLower(t.Text)
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// headlineNamed reports whether the headline of an article the claim
// stands in has t: what the article is about, which its sentences often
// call by another name ("Home Depot" in the headline, "the
// home-improvement retailer" in the claim).
func (c *comparison) headlineNamed(t text.Token) bool {
	for _, src := range c.d.claim.Sources {
		for _, h := range text.Analyze(c.ix.Source(src).Headline) {
			if h.Term == t.Term {
				return true
			}
		}
	}
	return false
}

// namesOthers reports whether the claim names someone or something the
// statement does not (a capitalised word, not a place, a month or a
// weekday, that no word of the statement matched): the statement's name
// may then stand for the claim's, not for the headline's ("Bernie
// Sanders has held a polling lead" against "Joe Biden has maintained…").
func (c *comparison) namesOthers() bool {
	matched := map[string]bool{}
	for q, m := range c.al.matched {
		matched[q], matched[m] = true, true
	}
	for _, a := range c.texts {
		for i, t := range a.tokens {
			if i == 0 || !t.Cap || t.Stop || t.Kind == text.Number || t.Kind == text.Year || matched[t.Term] || c.q.terms[t.Term] {
				continue // a sentence's first word is capitalised whatever it is
			}
			if text.IsPlace(t.Term) || text.IsMonthOrWeekday(t.Text) {
				continue
			}
			return true
		}
	}
	return false
}

// sameNation reports whether t is a nationality whose country a
// nationality or a country of the claim's shares ("British" against
// "Scottish", "Spanish" against "Catalan"): the nationality rule's to
// weigh, no name missing or swapped.
func (c *comparison) sameNation(t text.Token) bool {
	codes := nationsOf(t)
	if len(codes) == 0 {
		return false
	}
	for _, a := range c.texts {
		for _, ct := range a.tokens {
			cc := nationsOf(ct)
			if code := countryCode(ct.Term); len(cc) == 0 && code != "" {
				cc = []string{code}
			}
			if overlaps(cc, codes) {
				return true
			}
		}
	}
	return false
}

// locatedRun returns the place term of the name run [lo, hi) of a text
// when the run places a thing with a participle (data/name-slots.txt's
// "located"): "Pakistan-based developer", "a company based in Alberta",
// "the New Orleans-based court"; or "". The run must be a place the
// gazetteer knows, read as typed ("British Columbia", not the nation of
// "British").
func locatedRun(a analysed, lo, hi int) string {
	toks := a.tokens
	hyphenated := hi < len(toks) && slotWordsOf.located[toks[hi].Term] && toks[hi-1].End < len(a.text) && a.text[toks[hi-1].End] == '-'
	after := lo >= 2 && toks[lo-1].Term == "in" && slotWordsOf.located[toks[lo-2].Term]
	if !hyphenated && !after {
		return ""
	}
	if pt := text.PlaceTerm(a.text[toks[lo].Start:toks[hi-1].End]); text.IsPlace(pt) {
		return pt
	}
	return ""
}

// locatedSwap finds the claim's place of a thing where the statement
// places it elsewhere, with the same participle or another of its kind
// ("a developer based in India" / "Pakistan-based developer", "a
// company based in Alberta" / "British Columbia-based Carbon
// Engineering"): two places neither of which may hold the other
// (placesApart), with words of context in common. Not where the claim's
// paragraph or article names the statement's place: it may be the
// thing's other seat.
func (c *comparison) locatedSwap(t text.Token) (finding, bool) {
	qi := tokenAt(c.q.tokens, t.Start)
	lo, hi := nameRun(c.q, qi)
	pt := locatedRun(c.q, lo, hi)
	if pt == "" || c.d.context[t.Term] || c.articleNamesAny(ownWords(c.q.tokens[lo:hi], nil)) {
		return finding{}, false
	}
	qctx := contentContext(c.q.tokens, qi)
	for _, a := range c.texts {
		for ci := 0; ci < len(a.tokens); ci++ {
			if !a.tokens[ci].Cap {
				continue
			}
			clo, chi := nameRun(a, ci)
			ci = chi - 1
			pc := locatedRun(a, clo, chi)
			if pc == "" || !placesApart(pt, pc) || overlap(qctx, contextOf(a.tokens, clo, chi-1), c.al.matched) < 1 {
				continue
			}
			f := swapped(t, a.tokens[clo], a)
			f.reason = fmt.Sprintf("the source says %s, you wrote %s", a.text[a.tokens[clo].Start:a.tokens[chi-1].End], c.q.text[c.q.tokens[lo].Start:c.q.tokens[hi-1].End])
			f.qSpan = [2]int{c.q.tokens[lo].Start, c.q.tokens[hi-1].End}
			f.cSpan = [2]int{a.tokens[clo].Start, a.tokens[chi-1].End}
			return f, true
		}
	}
	return finding{}, false
}

// partyOf maps the term of each party name of data/parties.txt to the
// parties it may be, as "country/line" keys ("us/1"), built on first use.
var partyOf = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, sec := range wordlist.Sections(data, "data/parties.txt") {
		for i, line := range sec.Entries {
			key := fmt.Sprintf("%s/%d", sec.Name, i)
			for _, name := range strings.Split(line, ",") {
				for _, t := range text.Analyze(name) {
					out[t.Term] = append(out[t.Term], key)
				}
			}
		}
	}
	return out
})

// otherParty reports whether two terms name two parties of one country.
func otherParty(a, b string) bool {
	country := func(key string) string { c, _, _ := strings.Cut(key, "/"); return c }
	pa, pb := partyOf()[a], partyOf()[b]
	for _, x := range pa {
		for _, y := range pb {
			if x != y && country(x) == country(y) {
				return true
			}
		}
	}
	return false
}

// sameParty reports whether two lists of words are one word each, two
// names of one party ("GOP", "Republican").
func sameParty(a, b []text.Token) bool {
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	for _, x := range partyOf()[a[0].Term] {
		if slices.Contains(partyOf()[b[0].Term], x) {
			return true
		}
	}
	return false
}

// partySwap finds the claim's party where the statement names another
// party of the same country (data/parties.txt): the same words of a name
// around both ("a Virginia Republican" / "a Virginia Democrat"), or the
// same preposition before both ("a coalition with Labour" / "a coalition
// government with the Conservatives") with words of context in common.
// Not when the claim or its paragraph names the statement's party
// anywhere: the paragraph may give the statement's party to the same
// person or thing.
func (c *comparison) partySwap(t text.Token) (finding, bool) {
	if !t.Cap || len(partyOf()[t.Term]) == 0 || c.d.context[t.Term] {
		return finding{}, false
	}
	for _, a := range c.texts {
		if a.terms[t.Term] {
			return finding{}, false
		}
	}
	qi := tokenAt(c.q.tokens, t.Start)
	qlo, qhi := nameRun(c.q, qi)
	qctx := contentContext(c.q.tokens, qi)
	for _, a := range c.texts {
		for ci, u := range a.tokens {
			if !u.Cap || !otherParty(t.Term, u.Term) || c.q.terms[u.Term] {
				continue
			}
			lo, hi := nameRun(a, ci)
			sameRun := hi-lo == qhi-qlo && hi-lo > 1 && ci-lo == qi-qlo
			for k := 0; sameRun && k < hi-lo; k++ {
				sameRun = lo+k == ci || a.tokens[lo+k].Term == c.q.tokens[qlo+k].Term
			}
			if sameRun && overlap(qctx, contentContext(a.tokens, ci), c.al.matched) >= 1 {
				return swapped(t, u, a), true
			}
			if hi-lo == 1 && qhi-qlo == 1 {
				p, pc := beforeRun(c.q.tokens, qi), beforeRun(a.tokens, ci)
				if p >= 0 && pc >= 0 && c.q.tokens[p].Term == a.tokens[pc].Term && c.q.tokens[p].Stop && !c.q.tokens[p].Cap && !conjoined(c.q.tokens, qi, qi+1) && !conjoined(a.tokens, ci, ci+1) &&
					overlap(qctx, contentContext(a.tokens, ci), c.al.matched) >= 2 {
					return swapped(t, u, a), true
				}
			}
		}
	}
	return finding{}, false
}

// swap looks for a name of the same kind standing where the statement's
// missing name stands: "met in Moscow" against "met in Washington".
func (ix *Index) swap(q analysed, t text.Token, texts []analysed, matched map[string]string, inContext bool) (finding, bool) {
	// A word capitalised because it opens the statement, that the sources
	// write with a capital mid-sentence and, as typed, in lower case too
	// ("Agents found…" where they say "Border Patrol Agents" and "marine
	// agents"), may be no name at all: nothing to swap. (As typed: that
	// "Agent" is only ever capitalised does not make "Agents" a name, as
	// isNameWord's plural would.)
	if t.Kind == text.Word && atSentenceStart(q.text, t.Start) && ix.proper[t.Text] && !ix.names[nameForm(t.Text)] {
		return finding{}, false
	}
	qi := tokenAt(q.tokens, t.Start)
	qctx := contentContext(q.tokens, qi)
	qPlace := text.IsPlace(t.Term)
	for _, a := range texts {
		for ci, c := range a.tokens {
			if !c.Cap || c.Stop || c.Kind == text.Number || c.Kind == text.Year || ix.openingCapital(a, c) {
				continue
			}
			// Two countries trading places before the same word: the
			// statement names the source's country, but in another role
			// ("Ukrainian hackers crippled the Russian power grid" against
			// "crippled the Ukrainian power grid"); side by side is no
			// trade ("US and Russian officials"). A country the source
			// never names is missing, not swapped ("Chinese officials").
			if t.Kind == text.Entity && c.Kind == text.Entity && c.Term != t.Term && q.terms[c.Term] && placesApart(t.Term, c.Term) && modifierSlot(q.tokens, qi, a.tokens, ci) && !near(q.tokens, qi, c.Term, 2) {
				return swapped(t, c, a), true
			}
			if q.terms[c.Term] {
				continue
			}
			// A day or a month is no name of a place, a person or an
			// event: "went into Sunday's awards" against "went into the
			// SAG awards" names the same awards twice.
			if timeWord(c) != timeWord(t) {
				continue
			}
			// A place in a quoted title is the title's word, no place
			// where something happened: "a nurse in The Irishman" against
			// "a nurse in \"Once Upon A Time in Texas\"".
			cPlace := text.IsPlace(c.Term) && !inQuotes(a.text, c.Start)
			if !cPlace && c.Kind == text.Entity {
				continue
			}
			ov := overlap(qctx, contentContext(a.tokens, ci), matched)
			// A place the gazetteer knows where the source has a word of
			// its own after the same preposition of where is a place
			// against a place the gazetteer lacks (wherePlacesSwap:
			// "a station in Oakland" against "a station in Hayward").
			if qPlace && !cPlace {
				if ix.wherePlacesSwap(q, t, qi, a, ci, ov, inContext) {
					return swapped(t, c, a), true
				}
				continue
			}
			// A place swaps in a locative slot ("met in Moscow" / "met in
			// Washington", "at the Osaka summit" / "at the Hamburg
			// summit"), also when the statement's name is one the
			// gazetteer does not know; a subject that differs ("China and
			// the US signed…") is missing, not contradicted. A person
			// swaps when the words around both names agree.
			// A name the sources know as something other than a place
			// ("at the Biden–Putin summit") is no place to swap.
			placeLike := qPlace || ix.df(t.Term) == 0
			// Two places after the same word and preposition swap as two
			// people do ("a town on the border with France" against "on
			// the border with Portugal"), and so do two places owning the
			// same word ("on Sydney's outskirts" against "on Melbourne's
			// outskirts"); a country before a word is the roles rule's
			// ("US power grid" against "Ukrainian power grid").
			if cPlace && placeLike && placesApart(t.Term, c.Term) && !inContext && (ov >= 1 && locativeSlot(q.tokens, qi, a.tokens, ci) || qPlace && ov >= 2 && (prepositionSlot(q.tokens, qi, a.tokens, ci, matched) || possessiveSlot(q.tokens, qi, a.tokens, ci))) || !cPlace && ov >= 2 && sameSlot(q.tokens, qi, a.tokens, ci, matched) {
				return swapped(t, c, a), true
			}
			// Two names the gazetteer lacks after the same preposition of
			// where are two places too ("in Manukau" against "in nearby
			// Ranui").
			if !cPlace && !qPlace && ix.wherePlacesSwap(q, t, qi, a, ci, ov, inContext) {
				return swapped(t, c, a), true
			}
		}
	}
	return finding{}, false
}

// swapped is the conflict of a statement name t with the claim's name c
// in text a.
func swapped(t, c text.Token, a analysed) finding {
	return finding{
		kind:   conflict,
		reason: fmt.Sprintf("the source says %s, you wrote %s", c.Text, t.Text),
		qSpan:  span(t), cText: a.text, cSpan: span(c),
	}
}

// modifierSlot reports whether two names stand before the same content
// word: "Russian investigators" / "U.S. investigators".
func modifierSlot(a []text.Token, i int, b []text.Token, j int) bool {
	return i+1 < len(a) && j+1 < len(b) && a[i+1].Term == b[j+1].Term && !a[i+1].Stop && a[i+1].Kind == text.Word
}

// inQuotes reports whether offset at of s stands inside quotation marks:
// an odd number of straight double quotes before it, or more opening
// curly quotes than closing ones.
func inQuotes(s string, at int) bool {
	before := s[:min(at, len(s))]
	return strings.Count(before, "\"")%2 == 1 || strings.Count(before, "\u201c") > strings.Count(before, "\u201d")
}

// near reports whether a term stands within k tokens of token i.
func near(toks []text.Token, i int, term string, k int) bool {
	for j := max(0, i-k); j <= min(len(toks)-1, i+k); j++ {
		step(1)
		if j != i && toks[j].Term == term {
			return true
		}
	}
	return false
}

// sameSlot reports whether two names stand between the same words: the
// same word before them ("met Putin" / "met Lavrov", "said Lavrov" /
// "said Kerry"), or the same content word after them. A shared "and" or
// "the" before them is no slot: "Biden and Putin" / "… and Secretary".
// A content word of the statement (a) that the alignment matched to the
// claim's (b) word (matched: a synonym or a paraphrase, "backing Warren"
// against "supporting Sanders") is the same word.
func sameSlot(a []text.Token, i int, b []text.Token, j int, matched map[string]string) bool {
	same := func(x, y text.Token) bool { return x.Term == y.Term || !x.Stop && !y.Stop && matched[x.Term] == y.Term }
	if i > 0 && j > 0 && same(a[i-1], b[j-1]) && (!a[i-1].Stop && !a[i-1].Cap || slotWords[a[i-1].Term]) {
		return true
	}
	if prepositionSlot(a, i, b, j, matched) {
		return true
	}
	// The shared word after is no name of its own: "San Diego Comic-Con"
	// against "Golden State Comic Book Convention" is one name against
	// another, not a name in a slot.
	// A relative pronoun is no word of the slot: "it was Putin who drew
	// a red line", "Putin was the one who drew it" against "Biden drew a
	// red line".
	next := func(toks []text.Token, k int) int {
		// "Putin was the one who drew"
		if k+4 < len(toks) && copulas[toks[k+1].Term] && toks[k+2].Term == "the" && text.Normalize(toks[k+3].Text) == "one" && relatives[toks[k+4].Term] {
			return k + 5
		}
		if k+1 < len(toks) && relatives[toks[k+1].Term] {
			k++
		}
		return k + 1
	}
	ai, bj := next(a, i), next(b, j)
	return ai < len(a) && bj < len(b) && same(a[ai], b[bj]) && !a[ai].Stop && !b[bj].Cap
}

// prepositionSlot reports whether two names follow a preposition that is
// no place's after the same word: "an interview with Jeremy Corbyn"
// against "an interview with Keir Starmer". ("born in Ohio" against "born
// in Texas" is the place swap's to weigh: swap.)
func prepositionSlot(a []text.Token, i int, b []text.Token, j int, matched map[string]string) bool {
	return i > 1 && j > 1 && a[i-1].Term == b[j-1].Term && a[i-1].Stop && !a[i-1].Cap && personSlotPrepositions[a[i-1].Term] &&
		(a[i-2].Term == b[j-2].Term || matched[a[i-2].Term] == b[j-2].Term) && !a[i-2].Stop && !a[i-2].Cap
}

// possessiveSlot reports whether two names in the possessive stand
// between the same preposition and the same word: "on Sydney's
// northwestern outskirts", "on Melbourne's northwestern outskirts" (where
// something is). A possessive opening a clause names whose it is
// ("Britain's economy grew" against "France's economy grew"): a name the
// source never gives is missing there, as a country before a word is
// (roles.go).
func possessiveSlot(a []text.Token, i int, b []text.Token, j int) bool {
	return possessiveWord(a[i]) && possessiveWord(b[j]) && i > 0 && j > 0 && a[i-1].Term == b[j-1].Term && a[i-1].Stop && !a[i-1].Cap &&
		i+1 < len(a) && j+1 < len(b) && a[i+1].Term == b[j+1].Term && !a[i+1].Stop
}

// personSlotPrepositions are the prepositions after which a name in the
// same slot is the same role, not a place: with whom, by whom, for whom,
// of whom, about whom.
var personSlotPrepositions = wordSet("with by for of about")

// relatives are the relative pronouns that may follow a name.
var relatives = wordSet("who that which")

// slotWords are function words that still mark a name's role: the speaker
// after "said", the agent after "by".
var slotWords = wordSet("said says told by according")

// locativeSlot reports whether two names both follow the same locative
// preposition ("in Moscow", "in Washington"; "at the Hamburg summit"),
// past a determiner and a word that describes the place ("in nearby
// Ranui", "in northern Mali").
func locativeSlot(a []text.Token, i int, b []text.Token, j int) bool {
	p := wordBeforePlace(a, i)
	return p != "" && p == wordBeforePlace(b, j) && text.IsLocative(p)
}

// wordBeforePlace returns the word before token k, past a determiner and
// a word that describes a place after a locative ("in nearby Ranui": in),
// or "".
func wordBeforePlace(toks []text.Token, k int) string {
	for k--; k >= 0 && text.IsDeterminer(toks[k].Term); k-- {
	}
	if k > 0 && placeDescriber(toks[k]) && text.IsLocative(toks[k-1].Term) {
		k--
	}
	if k < 0 {
		return ""
	}
	if p := placeNounBefore(toks, k); p != "" {
		return p
	}
	return toks[k].Term
}

// placeNounBefore returns the locative before a place noun whose "of"
// stands at token k ("in the US state of Louisiana", "in the southern
// city of Basra": in), or "": the place after "of" is in the locative's
// slot. At most two words may stand between the determiner and the noun,
// names or words describing the place ("US", "southern").
func placeNounBefore(toks []text.Token, k int) string {
	if toks[k].Term != "of" || k < 2 || !slotWordsOf.placeNouns[toks[k-1].Term] {
		return ""
	}
	j := k - 2
	for n := 0; n < 2 && j >= 0 && (toks[j].Cap && !toks[j].Stop || placeDescriber(toks[j])); n++ {
		j--
	}
	for ; j >= 0 && text.IsDeterminer(toks[j].Term); j-- {
	}
	if j >= 0 && text.IsLocative(toks[j].Term) {
		return toks[j].Term
	}
	return ""
}

// slotWordsOf are the words of data/name-slots.txt, as terms.
var slotWordsOf = func() struct{ placeNouns, located map[string]bool } {
	var s struct{ placeNouns, located map[string]bool }
	s.placeNouns, s.located = map[string]bool{}, map[string]bool{}
	for _, e := range wordlist.Table(data, "data/name-slots.txt") {
		for _, w := range e.Items {
			for _, t := range text.Analyze(w) {
				switch e.Key {
				case "place-nouns":
					s.placeNouns[t.Term] = true
				case "located":
					s.located[t.Term] = true
				}
			}
		}
	}
	return s
}()

// wherePlacesSwap reports whether the statement's name t (token qi of q)
// and a source's (token ci of a), the gazetteer lacking at least the
// source's, are two places: each a name of one word, after the same
// preposition of where (wherePrepositions: after "visited" or "to" the
// source's word may be a person's), with ov words of context in common.
// Not when the sources name the statement's place (inContext, or a word
// of their own): a place the gazetteer lacks may be a suburb of it ("in
// nearby Ranui", in an article on Auckland, against "in Auckland"); nor
// for a country, which holds its towns ("in Germany"), or a place that
// may hold the other (placesApart).
func (ix *Index) wherePlacesSwap(q analysed, t text.Token, qi int, a analysed, ci int, ov int, inContext bool) bool {
	c := a.tokens[ci]
	return placesApart(t.Term, c.Term) && !inContext && ix.df(t.Term) == 0 && t.Kind != text.Entity && !text.IsCountry(t.Term) && ov >= 1 && !inQuotes(a.text, c.Start) && loneName(q, qi) && loneName(a, ci) &&
		locativeSlot(q.tokens, qi, a.tokens, ci) && wherePrepositions[wordBeforePlace(q.tokens, qi)]
}

// wherePrepositions are the locatives that say where something is or
// happens, not where it goes, whom it visits or where it comes from.
var wherePrepositions = wordSet("in at near outside")

// loneName reports whether token i of a text is a name of one word: no
// capitalised word beside it ("Hayward", not "Hayward Park").
func loneName(a analysed, i int) bool {
	lo, hi := nameRun(a, i)
	return hi-lo == 1
}

// titleAbbreviations are the abbreviated titles written before a name
// with a full stop ("Gov. Holcomb", "Sen. Warner", "Lt. Col. Ray").
// Source: written for factcheck from the titles news style abbreviates
// before a name (governors and legislators, military and police ranks,
// Dr., Prof., the Rev., Mr., Mrs., Ms.); licence: that of factcheck.
var titleAbbreviations = wordSet("gov sen rep reps sens lt gen col maj capt cmdr adm sgt cpl pvt supt insp det dr prof rev mr mrs ms atty gens")

// titleAbbreviation reports whether a word of a text is an abbreviated
// title before a name ("Gov. Holcomb"): a title, no name of its own.
func titleAbbreviation(a analysed, t text.Token) bool {
	if !titleAbbreviations[strings.ToLower(text.Normalize(t.Text))] || t.End >= len(a.text) || a.text[t.End] != '.' {
		return false
	}
	i := tokenAt(a.tokens, t.End)
	return i < len(a.tokens) && a.tokens[i].Start > t.End && a.tokens[i].Cap
}

// placeDescriber reports whether a word between a locative preposition
// and a place may describe the place: a lower-case content word that is
// no verb in the past or in -ing ("in nearby Ranui", "in rural Kenya";
// not "in shooting Bristol").
func placeDescriber(t text.Token) bool {
	return !t.Cap && !t.Stop && !t.Neg && t.Kind == text.Word && !pastTense(t) && !strings.HasSuffix(text.Normalize(t.Text), "ing")
}

// inDate reports whether a token is part of one of the text's dates.
func inDate(a analysed, t text.Token) bool {
	for _, d := range a.dates {
		if t.Start >= d.Start && t.End <= d.End {
			return true
		}
	}
	return false
}

// givenNameOf reports whether t is the given name of a person the claim
// names by surname alone ("Steve Ditko studied" against "Ditko studied";
// the source named him in full before), or by a full name that has it, in
// full or short ("Tim Roth" against "Timothy Simon Roth"). A surname the
// claim gives another first name does not count: "Tracey Edmonds"
// against "Kenneth Edmonds" is someone else.
func (c *comparison) givenNameOf(t text.Token) bool {
	// The surname is the first word of the name after t the claim has,
	// past other given names: "Bret Easton Ellis" against "Ellis".
	toks := c.q.tokens
	var m string
	prev := t
	for k := tokenAt(toks, t.Start) + 1; k < len(toks) && m == ""; k++ {
		step(1)
		sur := toks[k]
		if !sur.Cap || sur.Stop || sur.Start-prev.End > 1 {
			return false
		}
		m = c.al.matched[sur.Term]
		prev = sur
	}
	if m == "" {
		return false
	}
	// Whether the paragraph names the surname's bearer otherwise, read
	// once (it analyses the paragraph) at the first surname alone.
	read, other := false, false
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if ct.Term != m || !ct.Cap {
				continue
			}
			// The words of the name before the surname, back to the
			// first one that is not part of it.
			alone := true
			for j := ci - 1; j >= 0; j-- {
				step(1)
				w := a.tokens[j]
				if !w.Cap || w.Stop || w.Kind != text.Word || strings.Trim(a.text[w.End:a.tokens[j+1].Start], ` "'“”‘’`) != "" {
					break
				}
				if atSentenceStart(a.text, w.Start) && !beforeName(a.text, w) {
					break
				}
				alone = false
				if strings.HasPrefix(w.Term, t.Term) || strings.HasPrefix(t.Term, w.Term) {
					return true
				}
			}
			if alone && !read {
				read, other = true, c.otherGivenName(m, t)
			}
			if alone && !other {
				return true
			}
		}
	}
	return false
}

// otherGivenBefore reports whether the statement gives name t a given name
// (the word right before it, however typed) other than the one the claim's
// paragraph gives it: "anna mendes said …" is not the paragraph's "Clara
// Mendes … She said …".
func (c *comparison) otherGivenBefore(t text.Token) bool {
	i := tokenAt(c.q.tokens, t.Start)
	if i == 0 {
		return false
	}
	g := c.q.tokens[i-1]
	if g.Stop || g.Kind != text.Word || c.q.text[g.End:t.Start] != " " {
		return false // "Biden-Putin talks" gives Putin no given name
	}
	if _, ok := c.al.matched[g.Term]; ok || !g.Cap && !c.ix.isNameWord(g) && c.ix.df(g.Term) > 0 {
		return false // a word of the claims in lower case: "analyst ray" gives a role
	}
	return c.otherGivenName(t.Term, g)
}

// otherGivenName reports whether the paragraph of the claim's source gives
// surname m (a claim term) in full with another given name than the
// statement's t: "Okafor, who is the niece of …" after "Grace Okafor" is
// Grace, not the statement's Maria.
func (c *comparison) otherGivenName(m string, t text.Token) bool {
	return c.ix.otherGivenName(c.d.claim.Sources, m, t)
}

// otherGivenName reports whether the paragraph of one of the sources gives
// surname m in full with another given name than t.
func (ix *Index) otherGivenName(sources []claims.Source, m string, t text.Token) bool {
	for _, src := range sources {
		_, para, ok := ix.paragraph(src)
		if !ok {
			continue
		}
		toks := text.Analyze(para)
		for k := 1; k < len(toks); k++ {
			g := toks[k-1]
			if toks[k].Term != m || !toks[k].Cap || !g.Cap || g.Stop || g.Kind != text.Word || strings.TrimSpace(para[g.End:toks[k].Start]) != "" {
				continue
			}
			if !strings.HasPrefix(g.Term, t.Term) && !strings.HasPrefix(t.Term, g.Term) && (!atSentenceStart(para, g.Start) || beforeName(para, g)) {
				return true
			}
		}
	}
	return false
}

// minLongerName is how many words a name must have for the claim's
// shorter form of it to count: "Lockhead Martin F-35 Lightning II"
// against "The F-35", "Henry II of France" against "Henry". Two words are
// too few: "North Korea" is no longer form of "Korea".
const minLongerName = 3

// inLongerName reports whether statement token t is a word of a name of
// at least minLongerName words whose other words hold a name the claim
// gives in full, with no word the statement's name lacks: the claim's
// shorter form of the same name.
func (c *comparison) inLongerName(t text.Token) bool {
	toks := c.q.tokens
	lo, hi := nameRun(c.q, tokenAt(toks, t.Start))
	words := map[string]bool{}
	for _, u := range toks[lo:hi] {
		if !u.Stop {
			words[u.Term] = true
		}
	}
	if len(words) < minLongerName {
		return false
	}
	for _, u := range toks[lo:hi] {
		m, ok := c.al.matched[u.Term]
		if !ok || u.Start == t.Start || u.Stop || !u.Cap {
			continue
		}
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != m || !ct.Cap {
					continue
				}
				clo, chi := nameRun(a, ci)
				within := true
				for _, w := range a.tokens[clo:chi] {
					if !w.Stop && !words[w.Term] && !words[c.al.matchedBy(w.Term)] {
						within = false
					}
				}
				if within {
					return true
				}
			}
		}
	}
	return false
}

// nameRun returns the bounds of the run of capitalised words (and the
// small words between them) that token i stands in.
func nameRun(a analysed, i int) (lo, hi int) {
	toks := a.tokens
	inName := func(k int) bool {
		t := toks[k]
		if t.Kind == text.Number || t.Kind == text.Year { // the number of a code: "F-35"
			return k > 0 && toks[k-1].Cap && a.text[toks[k-1].End:t.Start] == "-"
		}
		return t.Cap && !(k == 0 && t.Stop) && !text.IsMonthOrWeekday(t.Text)
	}
	if !inName(i) {
		return i, i + 1
	}
	adjacent := func(k int) bool { return toks[k+1].Start-toks[k].End <= 1 }
	lo, hi = i, i+1
	for lo > 0 && adjacent(lo-1) && (inName(lo-1) || nameJoiners[toks[lo-1].Term] && lo > 1 && inName(lo-2) && adjacent(lo-2)) {
		step(1)
		lo--
	}
	for hi < len(toks) && adjacent(hi-1) && (inName(hi) || nameJoiners[toks[hi].Term] && hi+1 < len(toks) && inName(hi+1) && adjacent(hi)) {
		step(1)
		hi++
	}
	return lo, hi
}

// titleRuns finds a name of several words the statement gives where the
// claim has one that differs in one capitalised word: "One of the Girls"
// against "One of the Boys". Each word may stand in the claim elsewhere
// ("I Kissed a Girl"), so the words alone do not tell.
func titleRuns(c *comparison) []finding {
	var out []finding
	for _, run := range capitalRuns(c.q) {
		for _, a := range c.texts {
			for _, other := range capitalRuns(a) {
				if len(other) != len(run) || other[0].Term != run[0].Term {
					continue
				}
				diff := -1
				for k := range run {
					if run[k].Term != other[k].Term {
						if diff >= 0 || !run[k].Cap || !other[k].Cap {
							diff = -2
							break
						}
						diff = k
					}
				}
				// A nationality is no word of a name: "was a Scottish
				// chemist" is the nationality rule's.
				if diff < 0 || abbreviates(run[diff].Text, other[diff].Text) || len(nationsOf(run[diff])) > 0 || len(nationsOf(other[diff])) > 0 {
					continue
				}
				out = append(out, finding{
					kind:   conflict,
					reason: fmt.Sprintf("the source says %s, you wrote %s", a.text[other[0].Start:other[len(other)-1].End], c.q.text[run[0].Start:run[len(run)-1].End]),
					qSpan:  span(run[diff]), cText: a.text, cSpan: span(other[diff]),
					claim: span(run[diff]), block: span(run[diff]),
				})
			}
		}
	}
	return out
}

// capitalRuns returns a text's names of three or more words that hold
// function words between capitalised ones ("One of the Boys", "Make It or
// Break It"), not counting a capital that only opens the sentence.
func capitalRuns(a analysed) [][]text.Token {
	var out [][]text.Token
	toks := a.tokens
	for i := 0; i < len(toks); i++ {
		if !toks[i].Cap || toks[i].Kind != text.Word && toks[i].Kind != text.Number || atSentenceStart(a.text, toks[i].Start) {
			continue
		}
		j, last := i+1, i
		for j < len(toks) && !clauseBreak(a.text, toks, j-1) && (toks[j].Cap || toks[j].Stop && j+1 < len(toks)) {
			if toks[j].Cap {
				last = j
			}
			j++
		}
		if last-i >= 2 && hasStop(toks[i:last+1]) {
			out = append(out, toks[i:last+1])
		}
		i = last
	}
	return out
}

func hasStop(toks []text.Token) bool {
	for _, t := range toks {
		if t.Stop {
			return true
		}
	}
	return false
}

// shortFormAfterSameWord reports whether statement word t is a short
// form of a longer capitalised word the claim has after the same word:
// "the State Dept's envoy" against "the State Department's envoy" is the
// same name, no swap.
func (c *comparison) shortFormAfterSameWord(t text.Token) bool {
	qi := tokenAt(c.q.tokens, t.Start)
	if qi < 1 || c.q.tokens[qi].Start != t.Start || len(t.Text) < 2 {
		return false
	}
	for _, a := range c.texts {
		for ci := 1; ci < len(a.tokens); ci++ {
			o := a.tokens[ci]
			if o.Cap && !o.Stop && len(t.Text) < len(o.Text) && a.tokens[ci-1].Term == c.q.tokens[qi-1].Term && abbreviates(t.Text, o.Text) {
				return true
			}
		}
	}
	return false
}

// abbreviates reports whether one word is a short form of the other: the
// same first letter, and the shorter one's letters in order in the longer
// ("Dept" and "Department").
func abbreviates(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == "" || a[0] != b[0] {
		return false
	}
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// acronymOf reports whether t is written in capitals that spell the
// initials of a name the claim gives in full: "BPC" for "Bilateral
// Presidential Commission".
func (c *comparison) acronymOf(t text.Token) bool {
	w := t.Text
	if len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	for _, a := range c.texts {
		for i := 0; i+len(w) <= len(a.tokens); i++ {
			ok := true
			for k := 0; k < len(w) && ok; k++ {
				x := a.tokens[i+k]
				ok = x.Cap && !x.Stop && strings.ToUpper(x.Text[:1]) == w[k:k+1]
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// outletNamed reports whether t is a word of the name of an outlet that
// published the claim's source: "@CNN says…" gives the source's words to
// its outlet, as the paragraph gives them to a speaker.
func (c *comparison) outletNamed(t text.Token) bool {
	for _, src := range c.d.claim.Sources {
		for _, w := range strings.Fields(c.ix.Source(src).Outlet) {
			if sameLetters(w, t.Text) {
				return true
			}
		}
	}
	return false
}

// givenNameInContext reports whether statement token t is a given name
// whose surname the claim leaves to its paragraph: "Gwynne Shotwell did
// not give a date" against "She didn't give a date…", in a paragraph that
// says "Shotwell said…" and an article that gave her full name before. A
// reader takes "she" for the person the article named; the given name,
// like the surname, is context: it does not block a support and
// contradicts nothing. A surname the claim itself has is givenNameOf's.
func (c *comparison) givenNameInContext(t text.Token) bool {
	toks := c.q.tokens
	i := tokenAt(toks, t.Start)
	if i < 0 || toks[i].Start != t.Start || !t.Cap || t.Kind != text.Word {
		return false
	}
	prev := t
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		sur := toks[k]
		if !sur.Cap || sur.Stop || sur.Kind != text.Word || sur.Start-prev.End > 1 {
			return false
		}
		if _, ok := c.al.matched[sur.Term]; ok {
			return false
		}
		if c.d.context[sur.Term] {
			return true
		}
		prev = sur
	}
	return false
}

// timeWord reports whether a token names a month or a day of the week,
// possessive or not ("Sunday's").
func timeWord(t text.Token) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s")
	return text.IsMonthOrWeekday(w)
}

// runSwap finds a name of several words, or one in a frame of words,
// that the claim gives another name in: the same words before it ("a
// former editor of the Chicago Tribune" against "a former editor of the
// Chicago Sun-Times", "a nurse in The Quiet Sea" against "a nurse in “The
// Long Garden”"), the same preposition before it and the same last word
// ("at Yale University" against "at Princeton University"). The same
// words after two names are no slot: someone else may say or do the
// same ("X told reporters", "Y told reporters"). The two names stand in
// the same slot of the same frame, and the claim's has a word the
// statement never uses: a
// substitution, not a name the claim leaves out, even when the claim's
// paragraph has the name's words elsewhere: the slot is the claim's own
// name's, not a pronoun's the paragraph fills. A day or a month
// against a name, or a name in a list ("Trump and Putin"), is no
// substitution; nor is a place: one place may hold the other ("born in
// Somerset" against "born in Bath"), which is the place swap's to weigh
// (swap).
//
// The finding is a conflict where the claim's article never names the
// statement's own words of the name (articleNamesAny), or, after the same
// content word ("stunt man in"), names them in no sentence with that word
// nor beside the claim's name (articleGivesPost, apposed.go); else it is
// missing, and still differs from the plain
// missing name's: one finding for the name whole (plain: one a word,
// which the decision's features count), missing where the paragraph has
// the name's words but not the name whole (plain: contextual, no block
// to a support), and the source's name in the reason and the quote.
// Measured without it on 2026-12-06 (development parts): no wrong badge
// either way, one right verdict fewer with the trained decision (a FEVER
// statement giving a film another director: contradicted with it,
// unverified without) and three fewer with the hand-written one
// (archive-1, -5, -6). So it stays.
func (c *comparison) runSwap(t text.Token) (finding, bool) {
	toks := c.q.tokens
	i := tokenAt(toks, t.Start)
	if i < 0 || toks[i].Start != t.Start || !t.Cap {
		return finding{}, false
	}
	lo, hi := nameRun(c.q, i)
	// One word after "in" or "at" may be a place the gazetteer lacks:
	// the place swap's to weigh ("born in Ohio" / "born in Texas").
	if k := beforeRun(toks, lo); hi-lo == 1 && k >= 0 && text.IsLocative(toks[k].Term) {
		return finding{}, false
	}
	// The paragraph may give the statement's name in full where the
	// claim gives another: which one the slot holds is not settled.
	if c.paragraphHas(c.q.text[toks[lo].Start:toks[hi-1].End]) {
		return finding{}, false
	}
	for _, a := range c.texts {
		for ci := 0; ci < len(a.tokens); ci++ {
			step(1)
			ct := a.tokens[ci]
			if !ct.Cap || ct.Kind == text.Number || ct.Kind == text.Year || atSentenceStart(a.text, ct.Start) && ct.Stop || c.ix.openingCapital(a, ct) {
				continue
			}
			clo, chi := nameRun(a, ci)
			ci = chi - 1
			if conjoined(toks, lo, hi) || conjoined(a.tokens, clo, chi) || !c.otherName(a.tokens[clo:chi]) || shortFormOf(toks[lo:hi], a.tokens[clo:chi]) || runTimeWord(toks[lo:hi]) != runTimeWord(a.tokens[clo:chi]) ||
				placeRun(toks[lo:hi]) || placeRun(a.tokens[clo:chi]) {
				continue
			}
			// One party's other name is the same name ("a Maine GOP
			// senator" / "a Maine Republican").
			if sameParty(ownWords(toks[lo:hi], a.tokens[clo:chi]), ownWords(a.tokens[clo:chi], toks[lo:hi])) {
				continue
			}
			if sameWordsBefore(toks, lo, a.tokens, clo) || samePrepositionAndHead(toks, lo, hi, a.tokens, clo, chi) {
				// After the same content word ("a stunt man in The
				// Irishman" against "a stunt man in “Once Upon A Time in
				// Hollywood”"), only an article sentence with the
				// statement's name and that word, or with the two names
				// side by side, leaves it open (articleGivesPost): the
				// article naming the statement's name elsewhere (another
				// film) is no other holder of the slot.
				slotOfClaims := false
				if k := beforeRun(toks, lo); sameWordsBefore(toks, lo, a.tokens, clo) && k > 0 {
					anchor := toks[k]
					if anchor.Stop {
						anchor = toks[k-1]
					}
					slotOfClaims = !anchor.Stop && !anchor.Cap && !c.articleGivesPost(toks[lo:hi], a.tokens[clo:chi], anchor)
				}
				// Elsewhere missing, not a conflict, where the article
				// names the statement's own words of the name anywhere:
				// read as a conflict everywhere, the swap gave archive-2
				// (written blind, frozen) one wrong badge for one right one
				// (2026-12-06). The name stays missing there, as it was
				// before, even where the paragraph names it.
				kind := conflict
				if !slotOfClaims && c.articleNamesAny(ownWords(toks[lo:hi], a.tokens[clo:chi])) {
					kind = missing
				}
				return finding{
					kind:   kind,
					reason: fmt.Sprintf("the source says %s, you wrote %s", a.text[a.tokens[clo].Start:a.tokens[chi-1].End], c.q.text[toks[lo].Start:toks[hi-1].End]),
					qSpan:  [2]int{toks[lo].Start, toks[hi-1].End}, cText: a.text, cSpan: [2]int{a.tokens[clo].Start, a.tokens[chi-1].End},
					block: span(t),
				}, true
			}
		}
	}
	return finding{}, false
}

// otherName reports whether a claim's name has a content word the
// statement neither uses nor matched: another name, not the statement's
// in part.
func (c *comparison) otherName(run []text.Token) bool {
	for _, u := range run {
		if !u.Stop && u.Cap && !c.q.terms[u.Term] && c.al.matchedBy(u.Term) == "" {
			return true
		}
	}
	return false
}

// runTimeWord reports whether a name holds a month or a day of the week.
func runTimeWord(run []text.Token) bool {
	for _, u := range run {
		if timeWord(u) {
			return true
		}
	}
	return false
}

// placeRun reports whether a name is a place the gazetteer knows: one
// word ("Bristol"), or all its content words together ("New Mexico").
func placeRun(run []text.Token) bool {
	var words []string
	for _, u := range run {
		if !u.Stop {
			words = append(words, u.Term)
		}
	}
	if len(words) == 1 {
		return text.IsPlace(words[0])
	}
	return len(words) > 1 && text.IsPlace(strings.Join(words, " "))
}

// beforeRun returns the index of the word before a name at lo, past a
// determiner ("of the Chicago Tribune": of), or -1.
func beforeRun(toks []text.Token, lo int) int {
	k := lo - 1
	for k >= 0 && text.IsDeterminer(toks[k].Term) && !toks[k].Cap {
		k--
	}
	return k
}

// sameWordsBefore reports whether the two words before two names are the
// same, one of them a content word: "editor of", "nurse in", "1997,".
func sameWordsBefore(a []text.Token, i int, b []text.Token, j int) bool {
	ka, kb := beforeRun(a, i), beforeRun(b, j)
	if ka < 1 || kb < 1 {
		return false
	}
	p1, q1, p2, q2 := a[ka], b[kb], a[ka-1], b[kb-1]
	return p1.Term == q1.Term && p2.Term == q2.Term && (!p1.Stop || !p2.Stop) && !p1.Neg && !p2.Neg
}

// samePrepositionAndHead reports whether two names of two words or more
// follow the same preposition and end in the same word: "at Yale
// University", "at Princeton University"; "shipped to the Kennedy Space
// Center", "shipment to the nearby Stennis Space Center" (a word that
// describes a place may stand before the name); "in the Gulf War",
// "during the Falklands War" (nameSlotOf: "during" is "in"); "by
// the Getty Museum", "by the Kimbell Art Museum" (by whom).
func samePrepositionAndHead(a []text.Token, lo, hi int, b []text.Token, clo, chi int) bool {
	if hi-lo < 2 || chi-clo < 2 || a[hi-1].Term != b[chi-1].Term {
		return false
	}
	ka, kb := prepositionBeforeRun(a, lo), prepositionBeforeRun(b, clo)
	if ka < 0 || kb < 0 || !a[ka].Stop || a[ka].Cap || !b[kb].Stop || b[kb].Cap {
		return false
	}
	pa, pb := nameSlotOf(a[ka].Term), nameSlotOf(b[kb].Term)
	return pa != "" && pa == pb
}

// prepositionBeforeRun returns the index of the word before a name at
// lo, past a determiner and a word describing a place after it ("to the
// nearby Stennis Space Center": to), or -1.
func prepositionBeforeRun(toks []text.Token, lo int) int {
	k := beforeRun(toks, lo)
	if k > 0 && placeDescriber(toks[k]) {
		if j := beforeRun(toks, k); j >= 0 && (j < k-1 || text.IsLocative(toks[j].Term)) {
			return j
		}
	}
	return k
}

// nameSlotOf returns the slot a preposition gives the name after
// it, or "" for one that gives none: a locative is its own slot, as are
// the prepositions of a person's role (personSlotPrepositions), and
// "during" is "in" ("in the Gulf War", "during the Falklands War").
func nameSlotOf(term string) string {
	switch {
	case term == "during":
		return "in"
	case text.IsLocative(term) || personSlotPrepositions[term]:
		return term
	}
	return ""
}

// ownWords returns the words of the statement's name run that the
// claim's name other lacks: "Kennedy" of "Kennedy Space Center" against
// "Stennis Space Center".
func ownWords(run, other []text.Token) []text.Token {
	var out []text.Token
	for _, u := range run {
		if u.Stop || !u.Cap {
			continue
		}
		found := false
		for _, o := range other {
			found = found || o.Term == u.Term
		}
		if !found {
			out = append(out, u)
		}
	}
	return out
}

// articleNamesAny reports whether an article a source of the claim
// stands in (or, where the index holds no article, its paragraph) has
// one of the words as typed, as a word of its own: the article may give
// the statement's name to the same thing, under another name or in
// another sentence ("the Kennedy Space Center, where the stage will
// fly from"), so the claim's other name does not rule it out.
func (c *comparison) articleNamesAny(words []text.Token) bool {
	for _, src := range c.d.claim.Sources {
		body := ""
		if a := c.ix.Article(src.Article); a != nil {
			body = a.Text + "\n" + a.Headline
		}
		if _, para, ok := c.ix.paragraph(src); ok {
			body += "\n" + para
		}
		for _, w := range words {
			if containsWord(body, c.q.text[w.Start:w.End]) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether s has w as a name, letter case aside but
// for its first letter's capital ("Day" is not the "day" of "every day"),
// with no letter or digit either side of it (isWordByte).
func containsWord(s, w string) bool {
	ls, lw := strings.ToLower(s), strings.ToLower(w)
	if len(ls) != len(s) {
		ls = s // a letter changed its length in lower case: as typed
	}
	for at := 0; ; {
		i := strings.Index(ls[at:], lw)
		if i < 0 {
			return false
		}
		i += at
		before, after := i == 0 || !isWordByte(ls[i-1]), i+len(lw) == len(ls) || !isWordByte(ls[i+len(lw)])
		if before && after && !(s[i] >= 'a' && s[i] <= 'z') {
			return true
		}
		at = i + 1
	}
}

// paragraphHas reports whether a paragraph a source of the claim stands
// in has a phrase, letter case aside.
func (c *comparison) paragraphHas(phrase string) bool {
	phrase = strings.ToLower(phrase)
	for _, src := range c.d.claim.Sources {
		if _, para, ok := c.ix.paragraph(src); ok && strings.Contains(strings.ToLower(para), phrase) {
			return true
		}
	}
	return false
}

// shortFormOf reports whether every word of a statement's name that the
// claim's name lacks is a short form of one of its words: "State Dept"
// against "State Department" is the same name.
func shortFormOf(run, other []text.Token) bool {
	for _, u := range run {
		if u.Stop {
			continue
		}
		found := false
		for _, o := range other {
			w := strings.TrimSuffix(strings.TrimSuffix(u.Text, "'s"), "’s") // "State Dept's"
			found = found || o.Term == u.Term || len(w) >= 2 && len(w) < len(o.Text) && !o.Stop && abbreviates(w, o.Text)
		}
		if !found {
			return false
		}
	}
	return true
}

// weekdays are the terms the calendar filter gives the days of the week
// (claims/text/data/weekdays.txt: "Thu." and "thurs" read "thursday").
var weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday")

// eventVerbs are the stems of the words that date an event itself: "the
// debate was held on Thursday", "it took place on Monday".
var eventVerbs = func() map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Analyze("held happened place scheduled occurred") {
		out[t.Term] = true
	}
	return out
}()

// weekdaySwap finds a day of the week the claim gives, in the statement's
// place, another: the statement names one day, the claim another and no
// other, and the claim's day dates what the statement's does. It does
// when it opens the claim's sentence ("On Monday, the relatives … found
// his remains") and the word the statement dates stands in that sentence
// ("found his remains on Friday"); or when it names the event the
// statement dates ("ahead of Tuesday's debate" against "the debate was
// held on a Thursday"). A day of another event ("arrested on Monday after
// the shooting" against "the shooting happened on Sunday") is no swap.
func (c *comparison) weekdaySwap(t text.Token) (finding, bool) {
	if !weekdays[t.Term] {
		return finding{}, false
	}
	q := c.q.tokens
	qi := tokenAt(q, t.Start)
	for k, u := range q {
		if weekdays[u.Term] && (u.Term != t.Term || k != qi) {
			return finding{}, false // the statement gives two days
		}
	}
	var day text.Token
	var in analysed
	var at int
	for _, a := range c.texts {
		for k, u := range a.tokens {
			if !weekdays[u.Term] {
				continue
			}
			if u.Term == t.Term || day.Term != "" && day.Term != u.Term {
				return finding{}, false
			}
			day, in, at = u, a, k
		}
	}
	if day.Term == "" {
		return finding{}, false
	}
	// The word the statement dates: the content word before its day, past
	// "on", "a", "last".
	k := qi - 1
	for k >= 0 && (q[k].Stop || q[k].Kind != text.Word) {
		k--
	}
	if k < 0 {
		return finding{}, false
	}
	dated := q[k].Term
	toks := in.tokens
	opens := at == 0 || at <= 2 && (toks[0].Stop || strings.EqualFold(toks[0].Text, "last")) && (at == 1 || toks[1].Stop)
	ok := false
	switch {
	case opens:
		for _, u := range toks {
			ok = ok || u.Term == dated && !u.Stop
		}
	case possessiveWord(day):
		// The event the day names: the words after it, up to a stop word.
		var event []string
		for j := at + 1; j < len(toks) && !toks[j].Stop && toks[j].Kind == text.Word && len(event) < 3; j++ {
			event = append(event, toks[j].Term)
		}
		ok = len(event) > 0 && (eventVerbs[dated] || dated == event[len(event)-1])
		for _, w := range event {
			ok = ok && c.q.terms[w]
		}
	}
	ok = ok || c.datesSameVerb(qi, in, at)
	if !ok {
		return finding{}, false
	}
	return swapped(t, day, in), true
}

// datesSameVerb reports whether the statement's day (token qi) and the
// claim's (token at of a) each date the same verb, the last before the day
// in the day's own clause (eventClause): "was confirmed on Sunday" against
// "was confirmed by the county's examiner on Saturday", "passed the
// ordinance on Monday" against "passed an ordinance Wednesday". A day
// after another verb ("was arrested on Monday after the shooting"
// against "the shooting happened on Sunday"), or in a clause of its own
// ("which opened on Friday"), dates another event; so may a day after a
// phrase of the claim's verb ("arrested in connection with the shooting
// on Saturday": the shooting's day, perhaps), so none may stand between
// but the agent's ("by"). A verb of saying is no event the statement's
// day must be the claim's: who said it on Monday may have said it again
// on Tuesday.
func (c *comparison) datesSameVerb(qi int, a analysed, at int) bool {
	// The clause as eventClause bounds it, but for a title's full stop
	// ("by Dr. Lee on Saturday").
	verbBefore := func(a analysed, i int) int {
		for k := i - 1; k >= 0 && clauseOpener(a, k+1) == noOpening; k-- {
			if clauseBreak(a.text, a.tokens, k) && !titleAbbreviation(a, a.tokens[k]) {
				break
			}
			if t := a.tokens[k]; !t.Stop && verbLike(&t) {
				return k
			}
		}
		return -1
	}
	qk := verbBefore(c.q, qi)
	if qk < 0 || sayingVerb(c.q.tokens[qk]) || reportingVerbs[c.q.tokens[qk].Term] {
		return false
	}
	qv, ck := c.q.tokens[qk], verbBefore(a, at)
	if ck < 0 || a.tokens[ck].Term != qv.Term && c.al.matched[qv.Term] != a.tokens[ck].Term {
		return false
	}
	for k := ck + 1; k < at-1; k++ { // the day's own "on" aside
		if phraseHeads[text.Normalize(a.tokens[k].Text)] {
			return false
		}
	}
	return true
}

// phraseHeads are the prepositions whose phrase may hold an event of its
// own, which a day after it may date: all but the agent's "by".
var phraseHeads = wordSet("on in at from with for of into about after before during over against following amid")

// conjoined reports whether a name stands in a list, next to "and", "or"
// or "nor", or holds one (nameRun joins "Trump and Putin"): "Trump and
// Putin discussed…" says nothing against "Trump and Macron discussed…",
// which may be true as well.
//
// A conjunction after the name joins a list only when a name follows it
// ("the Gulf War and the Iraq War"), one before it only when a name
// precedes it: "in the Gulf War and came under fire" joins two verbs.
func conjoined(toks []text.Token, lo, hi int) bool {
	conj := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].Term == "and" || toks[k].Term == "or" || toks[k].Term == "nor")
	}
	for k := lo; k < hi; k++ {
		if conj(k) {
			return true
		}
	}
	if conj(lo-1) && lo >= 2 && toks[lo-2].Cap && !toks[lo-2].Stop {
		return true
	}
	if conj(hi) {
		k := hi + 1
		for k < len(toks) && text.IsDeterminer(toks[k].Term) {
			k++
		}
		return k < len(toks) && toks[k].Cap
	}
	return false
}

// runLen is how many tokens the name t stands in has.
func runLen(a analysed, t text.Token) int {
	lo, hi := nameRun(a, tokenAt(a.tokens, t.Start))
	return hi - lo
}

// placesApart reports whether two places, as terms, may be told apart as
// a swap: neither may lie within the other, as far as the gazetteer knows.
// A statement naming the larger place is true of the source's smaller one
// ("in Germany", "in Bavaria" or "in Europe" against "in Munich"), so a
// place the gazetteer puts within the other, however far up (placeHolds:
// WordNet's part holonyms and ISO 3166-2's subdivisions), a country
// against a place that is not the capital of another country, a continent
// against any other place, and a bloc ("the EU") against anything may
// hold one another: no swap. Two countries, two continents, two capitals
// or a capital and a country not its own ("Paris" against "Germany") are
// apart, and so are two other places neither of which the gazetteer puts
// within the other ("in Houston" against "in Dallas", "in Texas" against
// "in Ohio"); a place it knows too little of ("in Hamburg" against a
// district of Hamburg it does not list) is the risk left.
func placesApart(a, b string) bool {
	if a == b || placeHolds(a, b) || placeHolds(b, a) {
		return false
	}
	ca, cb := countryCode(a), countryCode(b)
	if blocs[ca] || blocs[cb] {
		return false
	}
	if cont := continents(); cont[a] || cont[b] {
		return cont[a] && cont[b]
	}
	capA, capB := capitalCountry()[a], capitalCountry()[b]
	switch {
	case ca != "" && cb != "":
		return true
	case ca != "":
		return capB != "" && capB != ca
	case cb != "":
		return capA != "" && capA != cb
	}
	return true
}

// placeHolds reports whether place a holds place b, as terms, following
// data/place-within.txt's chain up from b: "texa" holds "houston",
// "germani" holds "munich" (through "bavaria"); a country holds by any of
// its names ("us" holds "texa").
func placeHolds(a, b string) bool {
	code := countryCode(a)
	level, seen := []string{b}, map[string]bool{b: true}
	for depth := 0; depth < 8 && len(level) > 0; depth++ {
		var next []string
		for _, x := range level {
			for _, c := range placeWithin()[x] {
				if c == a || code != "" && countryCode(c) == code {
					return true
				}
				if !seen[c] {
					seen[c] = true
					next = append(next, c)
				}
			}
		}
		level = next
	}
	return false
}

// placeWithin maps the term of each place of the gazetteer that lies
// within another to the terms of the places directly holding it
// (data/place-within.txt, which `make lexicon` writes from claims/lexicon's
// data/within.txt already analysed: WordNet's part holonyms, ISO 3166-2's
// subdivisions), built on first use.
var placeWithin = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, l := range wordlist.Lines(data, "data/place-within.txt") {
		container, places, ok := strings.Cut(l, "\t")
		if !ok {
			panic("match: data/place-within.txt: no tab in " + l)
		}
		for _, p := range strings.Split(places, "|") {
			out[p] = append(out[p], container)
		}
	}
	return out
})

// continents are WordNet 3.0's instances of "continent" (noun.location)
// but Australia, which the gazetteer holds as a country, as the pipeline
// reads them after "in" ("europ"), built on first use.
var continents = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, name := range []string{"africa", "antarctica", "asia", "europe", "north america", "south america", "eurasia"} {
		out[text.PlaceTerm(name)] = true
	}
	return out
})

// blocs are the codes claims/lexicon gives the blocs it lists beside the
// countries (its gen/supplement.txt): they hold countries.
var blocs = wordSet("EU UN NATO")

// capitalCountry maps the term of each national capital's name, as the
// pipeline reads it after "in" ("moscow"), to its country's code
// (claims/lexicon's data/capitals.txt), built on first use.
var capitalCountry = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, c := range lexicon.Capitals() {
		for _, name := range c.Names {
			if t := text.PlaceTerm(name); t != "" {
				out[t] = c.Code
			}
		}
	}
	return out
})

// titlesOfSwapped drops the name missing in a title before a person the
// claim gives another ("Senate Democratic leader Chuck Schumer" against
// "Senate Majority Leader Mitch McConnell"): the title is the other
// person's, written otherwise; the swap says it.
func titlesOfSwapped(q analysed, fs []finding) []finding {
	toks := q.tokens
	titled := map[int]bool{} // the first token of a name a swapped person's title has
	for _, f := range fs {
		if f.kind != conflict {
			continue
		}
		i := tokenAt(toks, f.qSpan[0])
		if i < 0 || toks[i].Start != f.qSpan[0] || !toks[i].Cap {
			continue
		}
		lo, _ := nameRun(q, i)
		k, words := lo-1, 0
		for k >= 0 && !toks[k].Cap && !toks[k].Stop && toks[k].Kind == text.Word && !clauseBreak(q.text, toks, k) && words < 2 {
			k, words = k-1, words+1
		}
		if words == 0 || k < 0 || !toks[k].Cap || clauseBreak(q.text, toks, k) {
			continue
		}
		tlo, _ := nameRun(q, k)
		titled[tlo] = true
	}
	if len(titled) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.kind == missing {
			if i := tokenAt(toks, f.qSpan[0]); i >= 0 && toks[i].Start == f.qSpan[0] && toks[i].Cap {
				if lo, _ := nameRun(q, i); titled[lo] {
					continue
				}
			}
		}
		out = append(out, f)
	}
	return out
}
