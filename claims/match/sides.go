package match

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// Words that take a side. "Voted against the farm bill" and "voted for
// the farm bill" share every content word, and the stop words that tell
// them apart are not compared: without this reading the one supported
// the other. "for" is left out after words for what guards against
// something, where it says the same as "against" ("a vaccine for flu", "a
// vaccine against flu").
var (
	sideFor     = wordSet("for toward towards favour favor")
	sideAgainst = wordSet("against")
	// guards: what is "for" what it is "against" (their stems, as the
	// text pipeline writes its terms).
	guards = func() map[string]bool {
		out := map[string]bool{}
		for _, w := range []string{"vaccine", "vaccines", "vaccinated", "vaccination", "jab", "jabs", "shot", "shots", "protection", "protect", "protected", "protects", "insurance", "insured", "insure", "immunity", "immune", "defence", "defense", "defend", "defended", "guard", "guarded", "shield", "safeguard", "safeguards", "cure", "cures", "remedy", "treatment", "treatments", "treated", "drug", "drugs", "medicine", "medicines", "medication", "warned", "warn", "warning", "warnings", "test", "tested", "testing", "tests", "screened", "screening"} {
			out[text.Normalize(w)] = true
			for _, t := range text.Analyze(w) {
				out[t.Term] = true
			}
		}
		return out
	}()
)

// sideTaken finds a side the statement takes ("for", "toward", "in favour
// of") where the claim takes the other ("against"), or the other way
// round, said of the same thing: the content word right before the two
// side words is one word of both ("swing Parliament toward extending"
// against "swing Parliament against the idea of extending"), or the one
// right after them is. A negation on one side only turns it round ("did
// not vote for the bill" may say what "voted against the bill" says): not
// supported, never contradicted.
func sideTaken(q, a analysed, matched map[string]string) (finding, bool) {
	negations := 0
	for _, t := range q.tokens {
		if t.Neg {
			negations++
		}
	}
	for _, t := range a.tokens {
		if t.Neg {
			negations++
		}
	}
	for qi, qt := range q.tokens {
		qSide := sideOf(q, qi)
		if qSide == 0 {
			continue
		}
		for ci := range a.tokens {
			cSide := sideOf(a, ci)
			if cSide == 0 || cSide == qSide {
				continue
			}
			if !sameNeighbour(q, qi, a, ci, matched, -1) && !sameNeighbour(q, qi, a, ci, matched, +1) {
				continue
			}
			if sideAt(a, q, qi, matched) == qSide {
				continue // the claim takes the statement's side too, where it says the same
			}
			ct := a.tokens[ci]
			if negations%2 == 1 {
				return finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source says %q where you wrote %q with a negation: they may say the same", ct.Text, qt.Text),
					qSpan:  span(qt), cText: a.text, cSpan: span(ct),
				}, true
			}
			return finding{
				kind:   conflict,
				reason: fmt.Sprintf("the source says %q where you wrote %q", ct.Text, qt.Text),
				qSpan:  span(qt), cText: a.text, cSpan: span(ct),
			}, true
		}
	}
	return finding{}, false
}

// sideOf returns +1 for a word that takes the side of what follows it,
// -1 for "against", 0 for any other word: "for" after a word for what
// guards against something takes no side, and "favour"/"favor" only in
// "in favour of".
func sideOf(a analysed, i int) int {
	t := a.tokens[i]
	w := text.Normalize(t.Text)
	switch {
	case sideAgainst[w]:
		return -1
	case w == "favour" || w == "favor":
		if i > 0 && text.Normalize(a.tokens[i-1].Text) == "in" && i+1 < len(a.tokens) && text.Normalize(a.tokens[i+1].Text) == "of" {
			return +1
		}
		return 0
	case sideFor[w]:
		if p := prevContent(a, i); p >= 0 && guards[a.tokens[p].Term] {
			return 0
		}
		if w == "for" && !sidesFollowAVerb(a, i) {
			return 0
		}
		return +1
	}
	return 0
}

// sidesFollowAVerb reports whether "for" at token i comes right after a
// verb-like word ("voted for", "campaigned for", "argued strongly for"),
// where it takes a side; after a noun ("a plan for the city", "the case
// for reform") it says what a thing is for. A word ending in -ed or a
// verb of the kinds that take sides counts.
func sidesFollowAVerb(a analysed, i int) bool {
	p := prevContent(a, i)
	if p < 0 || p < i-2 {
		return false
	}
	w := text.Normalize(a.tokens[p].Text)
	if sideVerbs[w] {
		return true
	}
	return len(w) > 3 && w[len(w)-2:] == "ed" && !guards[a.tokens[p].Term]
}

// sideVerbs take a side with "for" or "against" in any form.
var sideVerbs = wordSet("vote votes voting voted campaign campaigns campaigning argue argues arguing lobby lobbies lobbying side sides siding testify testifies testifying rule rules ruling fight fights fighting fought play plays playing come comes coming came speak speaks speaking spoke spoken stand stands standing stood swing swings swinging swung turn turns turning")

// prevContent is the index of the last content word before token i in
// its clause, or -1.
func prevContent(a analysed, i int) int {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if clauseBreak(a.text, a.tokens, k) {
			return -1
		}
		if !a.tokens[k].Stop {
			return k
		}
	}
	return -1
}

// nextContent is the index of the first content word after token i in
// its clause, or -1.
func nextContent(a analysed, i int) int {
	for k := i + 1; k < len(a.tokens) && k-i <= 3; k++ {
		if clauseBreak(a.text, a.tokens, k-1) {
			return -1
		}
		if !a.tokens[k].Stop {
			return k
		}
	}
	return -1
}

// sameNeighbour reports whether the content words next to the side words
// (dir -1: before, +1: after) are one word of both.
func sameNeighbour(q analysed, qi int, a analysed, ci int, matched map[string]string, dir int) bool {
	var qn, cn int
	if dir < 0 {
		qn, cn = prevContent(q, qi), prevContent(a, ci)
	} else {
		qn, cn = nextContent(q, qi), nextContent(a, ci)
	}
	if qn < 0 || cn < 0 {
		return false
	}
	qt, ct := q.tokens[qn].Term, a.tokens[cn].Term
	return qt == ct || matched[qt] == ct
}

// sideAt returns the side the claim takes next to the word the statement's
// side word follows: the claim may say both ("voted for the bill and
// against its amendment").
func sideAt(a, q analysed, qi int, matched map[string]string) int {
	p := prevContent(q, qi)
	if p < 0 {
		return 0
	}
	want := q.tokens[p].Term
	for ci := range a.tokens {
		s := sideOf(a, ci)
		if s == 0 {
			continue
		}
		if cp := prevContent(a, ci); cp >= 0 && (a.tokens[cp].Term == want || matched[want] == a.tokens[cp].Term) && s == sideOf(q, qi) {
			return s
		}
	}
	return 0
}

// Particles that turn a verb round: "turn on" and "turn off", "went up"
// and "went down". After the same verb, the other particle says another
// thing, and after the verbs that only switch (onOffVerbs) the opposite.
// "in" and "out" are left out: "in" is far more often a preposition
// ("played in Belgium" is no "played out").
var (
	oppositeParticles = map[string]string{"on": "off", "off": "on", "up": "down", "down": "up"}
	onOffVerbs        = wordSet("turn turns turned turning switch switches switched switching log logs logged logging sign signs signed signing opt opts opted opting")
)

// particleTurned finds a particle of the statement's right after a verb
// the claim has with the opposite particle right after it ("The council
// voted to turn on the street lights" against "… to turn off the street
// lights", which supported it: the particles are stop words). After a
// verb that only switches it is a conflict; after any other ("sent on"
// against "sent off") not supported, and never contradicted, for "turned
// up" is no opposite of "turned down".
func particleTurned(q, a analysed, matched map[string]string) (finding, bool) {
	for qi := 1; qi < len(q.tokens); qi++ {
		qp := text.Normalize(q.tokens[qi].Text)
		other, ok := oppositeParticles[qp]
		if !ok || q.tokens[qi-1].Stop {
			continue
		}
		verb := q.tokens[qi-1].Term
		for ci := 1; ci < len(a.tokens); ci++ {
			if text.Normalize(a.tokens[ci].Text) != other {
				continue
			}
			cv := a.tokens[ci-1]
			if cv.Stop || cv.Term != verb && matched[verb] != cv.Term {
				continue
			}
			if particleAfter(a, verb, matched, qp) {
				break // the claim says it with the statement's particle too
			}
			f := finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %q where you wrote %q", cv.Text+" "+a.tokens[ci].Text, q.tokens[qi-1].Text+" "+q.tokens[qi].Text),
				qSpan:  [2]int{q.tokens[qi-1].Start, q.tokens[qi].End}, cText: a.text, cSpan: [2]int{cv.Start, a.tokens[ci].End},
			}
			if onOffVerbs[text.Normalize(cv.Text)] {
				f.kind = conflict
			}
			return f, true
		}
	}
	return finding{}, false
}

// particleAfter reports whether a has particle p right after the verb.
func particleAfter(a analysed, verb string, matched map[string]string, p string) bool {
	for ci := 1; ci < len(a.tokens); ci++ {
		cv := a.tokens[ci-1]
		if text.Normalize(a.tokens[ci].Text) == p && !cv.Stop && (cv.Term == verb || matched[verb] == cv.Term) {
			return true
		}
	}
	return false
}

// turnedConnectives are stop words that turn what they join round, each
// with the words that say the other way: "since 2010" and "until 2010",
// "despite the rain" and "because of the rain", "unless a buyer is found"
// and "if a buyer is found". A statement's word set where the claim has
// its opposite, next to one word of both, is not supported; never
// contradicted, for the rest of the sentence may still agree ("lived there
// until 2010" and "since 2010" can both be true of one life). Source:
// written for factcheck; licence: that of factcheck.
var turnedConnectives = map[string][]string{
	"since":   {"until", "till"},
	"until":   {"since"},
	"till":    {"since"},
	"despite": {"because", "thanks", "owing"},
	"because": {"despite"},
	"thanks":  {"despite"},
	"owing":   {"despite"},
	"unless":  {"if"},
	"if":      {"unless"},
}

// connectiveTurned finds a statement's connective (turnedConnectives)
// where the claim has one of its opposites, next to one word of both
// (sameNeighbour), and not the statement's own there.
func connectiveTurned(q, a analysed, matched map[string]string) (finding, bool) {
	for qi, qt := range q.tokens {
		opposites, ok := turnedConnectives[text.Normalize(qt.Text)]
		if !ok {
			continue
		}
		for ci, ct := range a.tokens {
			if !slices.Contains(opposites, text.Normalize(ct.Text)) {
				continue
			}
			if !sameNeighbour(q, qi, a, ci, matched, -1) && !sameNeighbour(q, qi, a, ci, matched, +1) {
				continue
			}
			if hasWordNear(a, text.Normalize(qt.Text), ci, 3) {
				continue // the claim says the statement's word there too
			}
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %q where you wrote %q", ct.Text, qt.Text),
				qSpan:  span(qt), cText: a.text, cSpan: span(ct),
			}, true
		}
	}
	return finding{}, false
}

// hasWordNear reports whether a has the word w (as written, folded)
// within n tokens of token i.
func hasWordNear(a analysed, w string, i, n int) bool {
	for k := max(0, i-n); k < len(a.tokens) && k <= i+n; k++ {
		if text.Normalize(a.tokens[k].Text) == w {
			return true
		}
	}
	return false
}

// turnedDirections are prepositions that say which way something goes,
// each with those that say the other way: "flew to Paris" and "flew from
// Paris", "poured into the basement" and "poured out of the basement".
// Said next to one word of both, the statement's direction where the
// claim has the other is no support; not read as a contradiction, for a
// journey has two ends and the claim may name only one. Source: written
// for factcheck; licence: that of factcheck.
var turnedDirections = map[string][]string{
	"to":      {"from"},
	"into":    {"from", "out"},
	"towards": {"from"},
	"toward":  {"from"},
	"from":    {"to", "into", "towards", "toward"},
	"out":     {"into"},
}

// directionTurned finds a statement's direction (turnedDirections) where
// the claim has the other one, next to one word of both, and neither the
// statement's own near it nor a figure after it ("rose from 5%": the
// figures' reading compares those).
func directionTurned(q, a analysed, matched map[string]string) (finding, bool) {
	for qi, qt := range q.tokens {
		w := text.Normalize(qt.Text)
		opposites, ok := turnedDirections[w]
		if !ok || figureAfter(q, qi) {
			continue
		}
		for ci, ct := range a.tokens {
			if !slices.Contains(opposites, text.Normalize(ct.Text)) || figureAfter(a, ci) {
				continue
			}
			if !sameNeighbour(q, qi, a, ci, matched, -1) || !sameNeighbour(q, qi, a, ci, matched, +1) {
				continue // the same verb before and the same place after
			}
			if hasWordNear(a, w, ci, 4) {
				continue
			}
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %q where you wrote %q", ct.Text, qt.Text),
				qSpan:  span(qt), cText: a.text, cSpan: span(ct),
			}, true
		}
	}
	return finding{}, false
}

// figureAfter reports whether a figure follows token i within two tokens.
func figureAfter(a analysed, i int) bool {
	for k := i + 1; k < len(a.tokens) && k <= i+2; k++ {
		if a.tokens[k].Kind == text.Number || a.tokens[k].Kind == text.Year {
			return true
		}
	}
	return false
}

// partners are the relations an "ex-" ends: "her ex-husband" is no
// "husband" of hers now.
var partners = wordSet("husband husbands wife wives partner partners boyfriend boyfriends girlfriend girlfriends fiance fiancee fiancé fiancée spouse spouses")

// exPartner finds a partner the statement names where the claim writes
// "ex-" or "former" before that very word ("sued her husband" against
// "sued her ex-husband"), while the statement says neither: no support.
func exPartner(q, a analysed, matched map[string]string) (finding, bool) {
	for _, t := range q.tokens {
		if w := text.Normalize(t.Text); w == "ex" || w == "former" || strings.HasPrefix(w, "ex-") {
			return finding{}, false
		}
	}
	for _, qt := range q.tokens {
		if !partners[text.Normalize(qt.Text)] {
			continue
		}
		for ci, ct := range a.tokens {
			if ct.Term != qt.Term && matched[qt.Term] != ct.Term {
				continue
			}
			ex := strings.HasPrefix(text.Normalize(ct.Text), "ex-")
			if ci > 0 {
				p := text.Normalize(a.tokens[ci-1].Text)
				ex = ex || p == "former" || p == "ex" // "ex-husband" is read as "ex", "husband"
			}
			if ex {
				return finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source says the %s is a former one", qt.Text),
					qSpan:  span(qt), cText: a.text, cSpan: span(ct),
				}, true
			}
		}
	}
	return finding{}, false
}
