package match

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// Stop words that turn a sentence round: "voted for the bill" and "voted
// against the bill" share every content word, and the stop words that
// tell them apart are not compared, so the one supported the other; so
// did "turn on" and "turn off", "flew to" and "flew from", "since 2010"
// and "until 2010". data/turned-words.txt lists them with their opposites
// and how each is read (turned).

// turn is a line of data/turned-words.txt: a word, its opposites, and
// how it is read.
type turn struct {
	kind      string // side, switch, particle, connective, direction
	word      string
	opposites []string
}

// turnedWords reads data/turned-words.txt: its turns in file order, and
// its word sets by name (side and switch verbs, guards).
var turnedWords = sync.OnceValues(func() ([]turn, map[string]map[string]bool) {
	var turns []turn
	sets := map[string]map[string]bool{}
	for _, e := range wordlist.Table(data, "data/turned-words.txt") {
		kind, word, _ := strings.Cut(e.Key, " ")
		if kind == "verbs" {
			sets[word] = setOf(e.Items)
			continue
		}
		turns = append(turns, turn{kind, word, e.Items})
	}
	return turns, sets
})

// turned finds a word of the statement's (turnedWords) where the claim has
// one of its opposites at the same place, and not the statement's own
// word near it:
//   - side ("voted for" against "voted against"), next to one word of
//     both: a conflict, or with a negation on one side only ("did not vote
//     for" may say what "voted against" says) no support;
//   - switch ("turn on" against "turn off"), right after one verb of both:
//     a conflict after a verb that only switches, else no support, as a
//     particle ("turned up" is no opposite of "turned down");
//   - connective ("until 2010" against "since 2010"), next to one word of
//     both, and direction ("flew from Paris" against "flew to Paris"),
//     with one word of both before and after it: no support.
func turned(q, a analysed, matched map[string]string) (finding, bool) {
	turns, sets := turnedWords()
	negations := 0
	for _, t := range append(slices.Clip(q.tokens), a.tokens...) {
		if t.Neg {
			negations++
		}
	}
	for _, tr := range turns {
		for qi, qt := range q.tokens {
			if text.Normalize(qt.Text) != tr.word || !turnPlaced(q, qi, tr.kind, sets) {
				continue
			}
			for ci, ct := range a.tokens {
				if !slices.Contains(tr.opposites, text.Normalize(ct.Text)) || !turnPlaced(a, ci, tr.kind, sets) {
					continue
				}
				before, after := sameNeighbour(q, qi, a, ci, matched, -1), sameNeighbour(q, qi, a, ci, matched, +1)
				switch tr.kind {
				case "switch", "particle":
					before = qi > 0 && ci > 0 && slotMatch(q.tokens[qi-1].Term, a.tokens[ci-1].Term, matched)
					after = true
				case "direction":
				default:
					before, after = before || after, true
				}
				if !before || !after || hasWordNear(a, tr.word, ci, 4) {
					continue
				}
				f := finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source says %q where you wrote %q", ct.Text, qt.Text),
					qSpan:  span(qt), cText: a.text, cSpan: span(ct),
				}
				if tr.kind == "side" && negations%2 == 0 || tr.kind == "switch" && sets["switch"][text.Normalize(a.tokens[ci-1].Text)] {
					f.kind = conflict
				}
				return f, true
			}
		}
	}
	return finding{}, false
}

// turnPlaced reports whether the word at token i of a is read as its kind
// there: "for" takes a side only after a verb ("voted for", not "a plan
// for") and not after what guards against something ("a vaccine for
// flu"), "favour" only in "in favour of"; a particle follows a content
// word; a direction is followed by no figure ("rose from 5%": the
// figures' reading compares those).
func turnPlaced(a analysed, i int, kind string, sets map[string]map[string]bool) bool {
	w := text.Normalize(a.tokens[i].Text)
	switch kind {
	case "side":
		p := prevContent(a, i)
		switch {
		case w == "against":
			return true
		case w == "favour" || w == "favor":
			return i > 0 && i+1 < len(a.tokens) && text.Normalize(a.tokens[i-1].Text) == "in" && text.Normalize(a.tokens[i+1].Text) == "of"
		case p < 0 || sets["guard"][text.Normalize(a.tokens[p].Text)]:
			return false
		case w == "for":
			v := text.Normalize(a.tokens[p].Text)
			return p >= i-2 && (sets["side"][v] || len(v) > 3 && strings.HasSuffix(v, "ed"))
		}
		return true
	case "switch", "particle":
		return i > 0 && !a.tokens[i-1].Stop
	case "direction":
		for k := i + 1; k < len(a.tokens) && k <= i+2; k++ {
			if a.tokens[k].Kind == text.Number || a.tokens[k].Kind == text.Year {
				return false
			}
		}
	}
	return true
}

// prevContent is the index of the last content word before token i in
// its clause, at most three words back, or -1.
func prevContent(a analysed, i int) int {
	for k := i - 1; k >= 0 && i-k <= 3 && !clauseBreak(a.text, a.tokens, k); k-- {
		if !a.tokens[k].Stop {
			return k
		}
	}
	return -1
}

// nextContent is the index of the first content word after token i in
// its clause, at most three words on, or -1.
func nextContent(a analysed, i int) int {
	for k := i + 1; k < len(a.tokens) && k-i <= 3 && !clauseBreak(a.text, a.tokens, k-1); k++ {
		if !a.tokens[k].Stop {
			return k
		}
	}
	return -1
}

// sameNeighbour reports whether the content words next to tokens qi and
// ci (dir -1: before, +1: after) are one word of both.
func sameNeighbour(q analysed, qi int, a analysed, ci int, matched map[string]string, dir int) bool {
	qn, cn := prevContent(q, qi), prevContent(a, ci)
	if dir > 0 {
		qn, cn = nextContent(q, qi), nextContent(a, ci)
	}
	return qn >= 0 && cn >= 0 && slotMatch(q.tokens[qn].Term, a.tokens[cn].Term, matched)
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
