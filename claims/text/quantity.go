package text

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Cmp is how a quantity bounds its value.
type Cmp uint8

const (
	Exactly Cmp = iota
	MoreThan
	LessThan
	AtLeast
	AtMost
	About
)

// Quantity is a number with a unit and a comparison: "more than three
// hours" is {3, "hour", MoreThan}.
type Quantity struct {
	Value float64
	Unit  string // the stemmed word after the number, "" when none
	Cmp   Cmp
	Start int
	End   int
}

// comparators are the phrases that bound a number (data/comparators.txt),
// longest first.
var comparators = loadComparators()

func loadComparators() []comparator {
	bounds := map[string]Cmp{"more": MoreThan, "less": LessThan, "at least": AtLeast, "at most": AtMost, "about": About}
	var out []comparator
	for _, e := range table("comparators.txt") {
		c, ok := bounds[e.Key]
		if !ok {
			panic("text: comparators.txt: unknown bound " + e.Key)
		}
		for _, p := range e.Items {
			out = append(out, comparator{strings.Fields(p), c})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].words) > len(out[j].words) })
	return out
}

type comparator struct {
	words []string
	cmp   Cmp
}

// Interval returns the values the quantity allows.
func (q Quantity) Interval() (lo, hi float64) {
	switch q.Cmp {
	case MoreThan:
		return math.Nextafter(q.Value, math.Inf(1)), math.Inf(1)
	case AtLeast:
		return q.Value, math.Inf(1)
	case LessThan:
		return math.Inf(-1), math.Nextafter(q.Value, math.Inf(-1))
	case AtMost:
		return math.Inf(-1), q.Value
	case About:
		return q.Value * 0.8, q.Value * 1.2
	}
	return q.Value, q.Value
}

// Conflict reports whether two quantities of the same unit cannot both be
// true: their intervals do not overlap. "less than an hour" conflicts with
// "more than three hours"; "three hours" does not conflict with "two
// hours alone" only when units differ.
func (q Quantity) Conflict(o Quantity) bool {
	if q.Unit != o.Unit {
		return false
	}
	a, b := q.Interval()
	c, d := o.Interval()
	return b < c || d < a
}

// Within reports whether every value q allows is one o allows, so that q
// being true makes o true: "more than three hours" is within "more than
// two hours", not within "more than five".
func (q Quantity) Within(o Quantity) bool {
	if q.Unit != o.Unit {
		return false
	}
	a, b := q.Interval()
	c, d := o.Interval()
	return c <= a && b <= d
}

func (q Quantity) String() string {
	prefix := map[Cmp]string{MoreThan: "more than ", LessThan: "less than ", AtLeast: "at least ", AtMost: "at most ", About: "about "}[q.Cmp]
	return strings.TrimSpace(fmt.Sprintf("%s%g %s", prefix, q.Value, q.Unit))
}

// unitWords are units that "a"/"an" counts as one of: "an hour"
// (data/unit-words.txt, stemmed).
var unitWords = stemmed(set("unit-words.txt"))

// Quantities finds numbers with units in an analysed token stream,
// skipping tokens a date already used.
func Quantities(tokens []Token, used map[int]bool) []Quantity {
	var out []Quantity
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		value, isNum := t.Num, t.Kind == Number
		if !isNum && (t.Term == "a" || t.Term == "an") && i+1 < len(tokens) && unitWords[tokens[i+1].Term] {
			value, isNum = 1, true
		}
		if !isNum || used[i] {
			continue
		}
		q := Quantity{Value: value, Start: t.Start, End: t.End}
		start := i // the number's first token
		// A scale word multiplies: "4.2 million euros" is 4,200,000 euros.
		if i+1 < len(tokens) && !used[i+1] {
			if f, ok := scales[Normalize(tokens[i+1].Text)]; ok && t.Kind == Number {
				q.Value *= f
				q.End = tokens[i+1].End
				i++
			}
		}
		at := i // the number's last token
		// The unit is the next word, past any names: "three U.S.
		// intelligence agencies" counts intelligence (agencies).
		// "One of the officials" counts officials.
		if at+2 < len(tokens) && tokens[at+1].Term == "of" && (tokens[at+2].Term == "the" || tokens[at+2].Term == "its" || tokens[at+2].Term == "their") {
			at += 2
		}
		// "Its eighth and final season" counts seasons.
		if at+3 < len(tokens) && (tokens[at+1].Term == "and" || tokens[at+1].Term == "or") && content(tokens[at+2]) && content(tokens[at+3]) {
			at += 2
		}
		for j := at + 1; j < len(tokens) && j <= at+3; j++ {
			if tokens[j].Kind == Entity {
				continue
			}
			if tokens[j].Kind == Word && !tokens[j].Stop && !tokens[j].Neg {
				q.Unit, q.End = tokens[j].Term, tokens[j].End
			}
			break
		}
		for _, c := range comparators {
			words := c.words
			if start >= len(words) && termsAre(tokens[start-len(words):start], words) {
				q.Cmp, q.Start = c.cmp, tokens[start-len(words)].Start
				break
			}
		}
		out = append(out, q)
	}
	return out
}

// content reports whether a token is a content word (not a number, name
// or stop word).
func content(t Token) bool { return t.Kind == Word && !t.Stop && !t.Neg }

// scales maps the words of data/scale-words.txt to their factor.
var scales = numbers(table("scale-words.txt"))

func termsAre(tokens []Token, words []string) bool {
	for k, w := range words {
		if Normalize(tokens[k].Text) != w {
			return false
		}
	}
	return true
}
