package match

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// An article names what it is about once and then leaves it to the
// reader: "The Vision Pro blows away every other headset in this regard.
// ¶ The headset packs an insane 23 megapixels into dual MicroOLED
// panels", "At the zoo, Siskiyou was introduced to a male gray wolf
// named Sequoia. ¶ She gave birth to four pups in 2019". A reader who
// writes "The Vision Pro crams 23 megapixels into two MicroOLED screens"
// names what the claim's sentence leaves to its context, and the claim
// states it.
//
// So a name of the statement that the claim's sentence lacks counts as
// found (givenWords) when it is the subject of the nearest sentence
// before the claim that has a named subject, within its paragraph and
// the one before (windowBefore): what a reader takes the sentence to go
// on about. Where no sentence there has one, the article's headline
// names it. A guess at what a sentence leaves unsaid must never make a
// wrong badge, so:
//   - the claim's subject leaves it to the context: a pronoun or a
//     description ("The headset"), not a name or a noun of its own ("No
//     release date for the film has been announced" is not about the
//     director the sentence before names), nor one that says it is
//     another ("The rival headset");
//   - the claim has most of the rest of the statement itself, its
//     figures aside (minRestCovered);
//   - a name of the claim's own that the statement lacks, opening the
//     claim or in a clause with words the statement has, stands where
//     the statement's would ("One of the Buttigieg campaign organizers
//     was …" is no support for "… is organizing for Bernie Sanders",
//     whoever the paragraph before names): no reading;
//   - a nearer sentence whose subject is another name ("… Siskiyou was
//     introduced to Sequoia. ¶ Sequoia sired four pups") is the one the
//     claim goes on about: a name only in an object ("Sequoia") or an
//     earlier sentence is not;
//   - a "he", "she", "it" or description the article already gives to
//     someone (antecedent.go) is that one: the statement's other name is
//     not read for it.
//
// Found so, the name is still marked as the context's (names.go's
// readFromContext): a negation of the claim's own may deny a detail
// ("It will cost $44,000, not including a $7,500 credit"), and it swaps
// with no name. A sharded index keeps no paragraph before the claim's:
// there the window is the claim's own paragraph (windowBefore).

// contextGiven adds to given the statement's names that claim d leaves to
// its context, each with itself: the claim has no word for it.
func (ix *Index) contextGiven(q analysed, qs []queryTerm, d *doc, given map[string]string) {
	pronoun, leaves := leavesSubject(d.stmt)
	if len(d.claim.Sources) == 0 || !leaves {
		return
	}
	found := map[string]string{}
	ix.coverage(qs, d, found, given)
	var runs []map[string]bool
	for i := 0; i < len(q.tokens); i++ {
		t := q.tokens[i]
		if _, ok := found[t.Term]; ok || !ix.isName(q, t) || inDate(q, t) {
			continue
		}
		_, hi := nameRun(q, i)
		if i > 0 && ix.otherGivenName(d.claim.Sources, q.tokens[hi-1].Term, q.tokens[i-1]) {
			return // "anna mendes said" is not the "She" after "Clara Mendes"
		}
		terms := map[string]bool{}
		for k := i; k < hi; k++ {
			if _, ok := found[q.tokens[k].Term]; !ok && !q.tokens[k].Stop {
				terms[q.tokens[k].Term] = true
			}
		}
		runs = append(runs, terms)
		i = max(i, hi-1)
	}
	if len(runs) == 0 || restCovered(q, qs, runs, found) < minRestCovered || ix.namesUnsaid(q, d, found) {
		return
	}
	subject, ok := ix.windowSubject(d.claim.Sources[0], pronoun != "")
	if !ok {
		if pronoun != "" {
			return // a headline is no one a "he" stands for
		}
		subject = d.headline
	}
	for _, terms := range runs {
		if len(terms) == 0 || !subset(terms, subject) {
			continue
		}
		if d.antecedents != nil && !subset(terms, d.antecedents) {
			continue // the claim's pronoun or description is another's
		}
		for t := range terms {
			given[t] = t
		}
	}
}

// minRestCovered is how much of the rest of the statement, past the
// names left to the context, the claim must have itself: a claim that
// shares the statement's subject and little else ("The average age of
// respondents was 29.6" against "WordPress developers earn less than
// React developers") says nothing of it.
const minRestCovered = 0.6

// restCovered returns the share of the statement's key words, but for
// the names runs holds and its figures (the figures rule's to compare),
// that the claim has (found), by weight.
func restCovered(q analysed, qs []queryTerm, runs []map[string]bool, found map[string]string) float64 {
	figures := map[string]bool{}
	for _, t := range q.tokens {
		if t.Kind == text.Number || t.Kind == text.Year {
			figures[t.Term] = true
		}
	}
	var total, got float64
	for _, qt := range qs {
		in := figures[qt.term]
		for _, r := range runs {
			in = in || r[qt.term]
		}
		if in {
			continue
		}
		total += qt.weight
		if _, ok := found[qt.term]; ok {
			got += qt.weight
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// namesUnsaid reports whether the claim's own sentence (or a quote of it)
// names someone or something the statement does not, where the
// statement's name may stand: before the claim's verb ("Its sibling, the
// Falcon, will start at $52,000"), or in a clause with
// a word the statement has ("a Virginia Democrat" against "a Virginia
// Republican", not "Evan Sparks, CEO of Determined AI", nor, unless the
// statement writes them, the words of its own name: "London" of
// "Transport for London" against "Britain"; "the Ukrainian power grid"
// against "the us power grid"). A unit after a figure ("151 PS") is no
// name.
func (ix *Index) namesUnsaid(q analysed, d *doc, found map[string]string) bool {
	claimed := map[string]bool{}
	for _, m := range found {
		claimed[m] = true
	}
	written := map[string]bool{} // the statement's words as written: "London" is no "Britain"
	for _, t := range q.tokens {
		written[text.Normalize(t.Text)] = true
	}
	for _, a := range append([]analysed{d.stmt}, d.quotes...) {
		for i, t := range a.tokens {
			if !ix.subjectName(a.text, &t) || t.Kind == text.Number || t.Kind == text.Year || unitAfterFigure(a.text, t) || claimed[t.Term] || q.terms[t.Term] {
				continue
			}
			if i < firstVerb(a) {
				return true // the claim's subject, or its opening phrase
			}
			lo, hi := nameRun(a, i)
			for k := clauseStart(a, i); k <= clauseEnd(a, i); k++ {
				if u := a.tokens[k]; claimed[u.Term] && !u.Stop && (k < lo || k >= hi || written[text.Normalize(u.Text)]) {
					return true
				}
			}
		}
	}
	return false
}

// firstVerb returns the index of a text's first token that looks like a
// finite verb (verbLike), or its length.
func firstVerb(a analysed) int {
	for k := range a.tokens {
		if verbLike(&a.tokens[k]) {
			return k
		}
	}
	return len(a.tokens)
}

// leavesSubject reports whether a claim's subject leaves what it is to
// the context, and its pronoun if it is one: "he" or "she" ("She gave
// birth …"), or a description ("The
// headset packs …", "the zoo's vet team determined …"), after an
// opening phrase, and not one that says it is another ("The rival
// headset", "Another company"). A claim whose subject is a name, or a
// noun of its own ("No release date … has been announced"), is not
// about the context's name.
func leavesSubject(c analysed) (pronoun string, ok bool) {
	at := 0
	if len(c.tokens) > 0 && !subjectOpeners[text.Normalize(c.tokens[0].Text)] {
		at = afterOpeningPhrase(c)
	}
	if at < 0 || at+1 >= len(c.tokens) {
		return "", false
	}
	w := text.Normalize(c.tokens[at].Text)
	if !subjectOpeners[w] {
		return "", false
	}
	if personPronouns[w] {
		return w, true
	}
	n := c.tokens[at+1]
	if n.Cap || n.Kind != text.Word || n.Stop && !otherness[text.Normalize(n.Text)] {
		return "", false
	}
	for k := at + 1; k < len(c.tokens) && k <= at+maxDescribingWords && !verbLike(&c.tokens[k]); k++ {
		if otherness[text.Normalize(c.tokens[k].Text)] {
			return "", false
		}
	}
	return "", true
}

// subjectOpeners are the words a subject left to the context opens
// with: "he" or "she", or a description's. An "it" or "they" may stand
// for too many things.
var subjectOpeners = wordSet("he she his her its their the this these")

// otherness are the words of a description that say it is not what was
// named before.
var otherness = wordSet("other another rival rivals competing former previous")

// windowSubject returns the terms of the named subject of the nearest
// sentence before source s that has one, within its paragraph and the
// one before, past sentences whose subject is a pronoun or no name; ok is
// false when none has, or, for a person's pronoun, when that subject is
// no person's name (ofKind: "The Harbour District Council raised fares.
// ¶ He said …").
func (ix *Index) windowSubject(s claims.Source, person bool) (map[string]bool, bool) {
	window, _ := ix.windowBefore(s)
	segs := claims.Sentences(window)
	for k := len(segs) - 1; k >= 0; k-- {
		sent := strings.TrimSpace(window[segs[k][0]:segs[k][1]])
		if sent == "" {
			continue
		}
		run, _, ok := ix.sentenceSubject(sent, text.Analyze(sent))
		if !ok || len(run) == 0 {
			continue
		}
		if person && !ix.ofKind(sent, run, personReferent, nil, "") {
			return nil, false
		}
		out := map[string]bool{}
		for _, t := range run {
			if !t.Stop {
				out[t.Term] = true
			}
		}
		return out, true
	}
	return nil, false
}
