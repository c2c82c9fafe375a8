package text

import (
	"fmt"
	"math"
	"sort"
	"strconv"
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
	Between // a range, from Value to High: "between 50 and 60", "$14 to $18", "50-60%"
)

// Quantity is a number with a unit and a comparison: "more than three
// hours" is {3, "hour", MoreThan}.
type Quantity struct {
	Value float64
	High  float64 // the range's other end, when Cmp is Between
	Unit  string  // the stemmed word after the number, or its sign's word ("dollar" for "$5", "percent" for "15%"), "" when none
	Cmp   Cmp
	// Owner is the term of a possessive just before the figure ("Boeing's
	// 30 jets": "boe"), "" when none: "30 Boeing jets" counts the same
	// jets, with the name as its Unit (SameUnit).
	Owner string
	Start int
	End   int
}

// SameUnit reports whether two quantities count the same thing: the same
// unit, or one's unit is the name the other's possessive gives ("30
// Boeing jets", "Boeing's 30 jets").
func SameUnit(a, b Quantity) bool {
	return a.Unit == b.Unit || a.Owner != "" && a.Owner == b.Unit || b.Owner != "" && b.Owner == a.Unit
}

// comparators are the phrases that bound a number (data/comparators.txt),
// longest first; comparatorsFrom holds them by their first word, in that
// order, so that a word is compared with the few that start with it.
var (
	comparators     = loadComparators()
	comparatorsFrom = byFirstWord(comparators)
)

func byFirstWord(cs []comparator) map[string][]comparator {
	out := map[string][]comparator{}
	for _, c := range cs {
		out[c.words[0]] = append(out[c.words[0]], c)
	}
	return out
}

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
	case Between:
		return min(q.Value, q.High), max(q.Value, q.High)
	}
	return q.Value, q.Value
}

// Conflict reports whether two quantities of the same unit cannot both be
// true: their intervals do not overlap, or they state different maxima. "less than an hour" conflicts with
// "more than three hours"; "three hours" does not conflict with "two
// hours alone" only when units differ.
func (q Quantity) Conflict(o Quantity) bool {
	if q.Unit != o.Unit {
		return false
	}
	// "Up to 20 years", "a maximum of 20 years" states the maximum: another
	// maximum differs from it, though each bound allows the other's values.
	if q.Cmp == AtMost && o.Cmp == AtMost {
		return q.Value != o.Value
	}
	a, b := q.Interval()
	c, d := o.Interval()
	return b < c || d < a
}

// Within reports whether every value q allows is one o allows, so that q
// being true makes o true: "more than three hours" is within "more than
// two hours", not within "more than five". A range may be a span of
// values or a change from one to the other ("rose from $14 to $18"), so
// only the same range, in the same order, is within a range, and a range
// is within nothing else.
func (q Quantity) Within(o Quantity) bool {
	if q.Unit != o.Unit {
		return false
	}
	if q.Cmp == Between || o.Cmp == Between {
		return q.Cmp == o.Cmp && q.Value == o.Value && q.High == o.High
	}
	a, b := q.Interval()
	c, d := o.Interval()
	return c <= a && b <= d
}

func (q Quantity) String() string {
	if q.Cmp == Between {
		return strings.TrimSpace(fmt.Sprintf("between %g and %g %s", q.Value, q.High, q.Unit))
	}
	prefix := map[Cmp]string{MoreThan: "more than ", LessThan: "less than ", AtLeast: "at least ", AtMost: "at most ", About: "about "}[q.Cmp]
	return strings.TrimSpace(fmt.Sprintf("%s%g %s", prefix, q.Value, q.Unit))
}

// unitWords are units that "a"/"an" counts as one of: "an hour"
// (data/unit-words.txt, stemmed).
var unitWords = stemmed(set("unit-words.txt"))

// Quantities finds the figures of an analysed token stream, skipping
// tokens a date already used. A figure is
//   - a number and what it counts: "three hours", "4.2 million euros"
//     (the number filter has scaled it), "an hour";
//   - a sum or share with its sign, whose word is the unit: "$5", "€4.2m",
//     "5 €", "15%" (the sign filter's words: "dollar", "euro", "percent");
//   - a range, with one unit for both ends: "between 50 and 60 people",
//     "$14 to $18", "50-60%", "$5-6 million" (Cmp Between, Value to High);
//   - with the comparator before it: "more than three hours", "up to $18".
func Quantities(tokens []Token, used map[int]bool) []Quantity {
	var out []Quantity
	for i := 0; i < len(tokens); i++ {
		f, ok := figureAt(tokens, i, used)
		if !ok {
			continue
		}
		q := Quantity{Value: f.value, Unit: f.unit, Start: tokens[f.first].Start, End: tokens[f.last].End}
		first, last := f.first, f.last
		if g, ok := rangeEnd(tokens, f, used); ok {
			q.Cmp, q.High, q.End = Between, g.value, tokens[g.last].End
			if f.scale == 1 && g.scale != 1 { // "$5-6 million": one scale for both ends
				q.Value *= g.scale
			}
			if q.Unit == "" {
				q.Unit = g.unit
			}
			if first > 0 && tokens[first-1].Term == "between" {
				first--
				q.Start = tokens[first].Start
			}
			last = g.last
		}
		if q.Unit == "" {
			if u, end, ok := unitAfter(tokens, last); ok {
				q.Unit, q.End = u, end
			}
		}
		if u, ok := smallerUnit[q.Unit]; ok {
			if v, end, at, ok := partInSmallerUnit(tokens, last, q.End, u, used); ok {
				q.Value, q.End, last = q.Value+v/u.per, end, at // "four years and six months": 4.5 years
			}
		}
		if IsFraction(tokens[f.last]) {
			q.Unit = shareOf(q.Unit)
			if first > 0 && (tokens[first-1].Kind == Symbol || tokens[first-1].Term == "a" || tokens[first-1].Term == "an") {
				first-- // the numerator
				q.Start = tokens[first].Start
			}
		}
		if first > 0 && possessive(tokens[first-1]) {
			q.Owner = tokens[first-1].Term
		}
		if q.Cmp == Exactly {
			for _, c := range comparators {
				words := c.words
				if first >= len(words) && termsAre(tokens[first-len(words):first], words) {
					if c.cmp == AtMost && words[0] == "up" && first > len(words) && risenTo[strings.ToLower(tokens[first-len(words)-1].Text)] {
						break // "went up to 3.6%": the level it reached, not a most
					}
					q.Cmp, q.Start = c.cmp, tokens[first-len(words)].Start
					if q.Cmp == MoreThan && words[0] == "over" && len(words) == 1 && unitWords[q.Unit] {
						// "Over two years" is as often the time something
						// took ("300 officers over two years") as more than
						// it ("lasted over two years"): at least two years.
						q.Cmp = AtLeast
					}
					break
				}
			}
		}
		out = append(out, q)
		i = last
	}
	return out
}

// risenTo are the verbs of a figure's movement said as done: before "up
// to" they give the level it reached ("inflation went up to 3.6%", "the
// share price shot up to $40"), not a most ("up to $18", "could go up to
// 25%", "fined up to $500").
var risenTo = map[string]bool{"went": true, "gone": true, "shot": true, "jumped": true, "climbed": true, "crept": true, "edged": true, "ticked": true, "moved": true, "soared": true}

// MovedTo reports whether word (lower case) before "up to" or "down to"
// makes the figure after them the level a movement reached (risenTo).
func MovedTo(word string) bool { return risenTo[word] }

// smallerUnit gives, for a unit of time, the next smaller one and how many
// of it make one, so that a duration said in two units is one figure in
// the larger: "four years and six months" is 4.5 years, as "four and a
// half years" is. Units are stemmed as Quantity.Unit is.
var smallerUnit = map[string]partUnit{
	"year": {"month", 12}, "week": {"day", 7}, "day": {"hour", 24}, "hour": {"minut", 60}, "minut": {"second", 60},
}

// partUnit is a smaller unit of time and how many of it make the larger.
type partUnit struct {
	unit string
	per  float64
}

// partInSmallerUnit reads, after a figure whose last token is at and
// whose text ends at byte end, "and" and a figure in unit u's smaller
// unit ("and six months"): its value, where it ends, and its last
// token's index.
func partInSmallerUnit(tokens []Token, at, end int, u partUnit, used map[int]bool) (float64, int, int, bool) {
	k := tokenEnding(tokens, at, end) + 1
	if k+1 >= len(tokens) || tokens[k].Term != "and" {
		return 0, 0, 0, false
	}
	g, ok := figureAt(tokens, k+1, used)
	if !ok || g.unit != "" || tokens[g.first].Kind != Number {
		return 0, 0, 0, false
	}
	unit, gEnd, own := unitAfter(tokens, g.last)
	if !own || unit != u.unit {
		return 0, 0, 0, false
	}
	return g.value, gEnd, tokenEnding(tokens, g.last, gEnd), true
}

// figure is a number as Quantities reads it, with the sign and scale
// written around it.
type figure struct {
	value       float64
	scale       float64 // the factor a scale word or suffix gave the number ("million": 1e6), else 1
	unit        string  // the word of its currency or percent sign, "" when none
	first, last int     // the tokens it spans, its signs and scale word included
}

// figureAt reads the figure that starts at token i: a number, with a
// currency sign before it or a currency or percent sign after it and a
// scale word the number filter has read; or "a"/"an" before a unit word
// ("an hour").
func figureAt(tokens []Token, i int, used map[int]bool) (figure, bool) {
	f := figure{first: i, scale: 1}
	n := i
	if isCurrency(tokens[i]) && i+1 < len(tokens) {
		f.unit = tokens[i].Term
		n = i + 1
	}
	t := tokens[n]
	switch {
	case used[n]:
		return figure{}, false
	case t.Kind == Number:
		f.value = t.Num
	case n == i && (t.Term == "a" || t.Term == "an") && i+1 < len(tokens) && unitWords[tokens[i+1].Term]:
		f.value, f.last = 1, i
		return f, true
	default:
		return figure{}, false
	}
	f.last = n
	// The later words of a number in words: "twenty eight", "one hundred and five".
	for j := f.last + 1; j < len(tokens) && !used[j]; j++ {
		if IsNumberPart(tokens[j]) {
			f.last = j
		} else if tokens[j].Term != "and" || j+1 >= len(tokens) || !IsNumberPart(tokens[j+1]) {
			break
		}
	}
	// "Four and a half": the half is the number's, scaled as the number
	// filter scaled it ("four and a half million" is 4.5 million).
	if k := f.last + 3; k < len(tokens) && !used[k] && tokens[f.last+1].Term == "and" &&
		(tokens[f.last+2].Term == "a" || tokens[f.last+2].Term == "an") && tokens[k].Kind == Number && Normalize(tokens[k].Text) == "half" {
		f.value, f.last = f.value*tokens[k].Num/0.5+tokens[k].Num, k
	}
	if v := leadingDigits(Normalize(t.Text)); v != 0 && v != t.Num { // a scale suffix: "13.7bn", "$4.2m"
		f.scale = t.Num / v
	}
	if k := f.last + 1; k < len(tokens) && tokens[k].Stop && !used[k] {
		if s, ok := scaleWord(tokens[k]); ok { // "4.2 million": the number filter scaled the number
			f.scale, f.last = s, k
		}
	}
	// A sign after the figure: "15%", "5 €".
	if j := f.last + 1; j < len(tokens) && f.unit == "" && IsFigureSign(tokens[j]) && !isRangeDash(tokens[j]) {
		f.unit, f.last = tokens[j].Term, j
	}
	return f, true
}

// leadingDigits returns the value of the digits that begin w ("13.7" of
// "13.7bn"), 0 when there are none.
func leadingDigits(w string) float64 {
	k := strings.IndexFunc(w, func(r rune) bool { return !(r >= '0' && r <= '9' || r == ',' || r == '.') })
	if k < 0 {
		k = len(w)
	}
	v, _ := strconv.ParseFloat(strings.ReplaceAll(w[:k], ",", ""), 64)
	return v
}

// scaleWord returns the factor of a scale word after a number ("million",
// "bn", and after a currency sign "m", "k").
func scaleWord(t Token) (float64, bool) {
	w := Normalize(t.Text)
	if f, ok := scales[w]; ok {
		return f, true
	}
	f, ok := moneyScales[w]
	return f, ok
}

// rangeEnd reads the other end of a range that figure f begins: "and 60"
// after "between 50", "to 60", "-60", "to $18", "–6 million", and with
// the unit said at both ends, "0.90 percent to 1.23 percent". An end with
// its own word after it is not this figure's ("$5 to 10 charities": five
// dollars, ten charities) unless f has no unit either.
func rangeEnd(tokens []Token, f figure, used map[int]bool) (figure, bool) {
	j := f.last + 1
	unit := ""
	if f.unit == "" && j+2 < len(tokens) && content(tokens[j]) && (tokens[j+1].Term == "to" || isRangeDash(tokens[j+1])) {
		unit = tokens[j].Term // "0.90 percent to 1.23 percent": the same word must follow the other end
		j++
	}
	if j+1 >= len(tokens) {
		return figure{}, false
	}
	switch c := tokens[j]; {
	case isRangeDash(c), c.Term == "to" && !c.Neg:
	case c.Term == "and" && f.first > 0 && tokens[f.first-1].Term == "between":
	default:
		return figure{}, false
	}
	g, ok := figureAt(tokens, j+1, used)
	if !ok || tokens[g.first].Kind != Number && !isCurrency(tokens[g.first]) {
		return figure{}, false
	}
	if unit != "" {
		u, end, own := unitAfter(tokens, g.last)
		if !own || u != unit {
			return figure{}, false
		}
		g.unit, g.last = u, tokenEnding(tokens, g.last, end)
	}
	if f.unit != "" && g.unit != "" && f.unit != g.unit {
		return figure{}, false // "$5 to €6": two sums
	}
	if f.unit != "" && g.unit == "" {
		if _, _, own := unitAfter(tokens, g.last); own {
			return figure{}, false
		}
	}
	return g, true
}

// tokenEnding returns the index of the token after from that ends at byte
// end.
func tokenEnding(tokens []Token, from, end int) int {
	for k := from; k < len(tokens); k++ {
		if tokens[k].End == end {
			return k
		}
	}
	return from
}

// ofWhole are the determiners after "of" that leave the unit to the
// next word: "one of the officials", "30 of its stores".
var ofWhole = map[string]bool{"the": true, "its": true, "their": true}

// unitAfter returns the unit of a figure whose last token is at: the next
// word, past any names ("three U.S. intelligence agencies" counts
// agencies), "of the" ("one of the officials", and "half the staff"), or "and" and an adjective
// ("its eighth and final season"; a name is none: "on 1,958 and Reform's
// Carla Quint on 704" lists the next holder), with where it ends.
func unitAfter(tokens []Token, at int) (string, int, bool) {
	if at+2 < len(tokens) && tokens[at+1].Term == "of" && ofWhole[tokens[at+2].Term] {
		at += 2
	} else if at+1 < len(tokens) && Normalize(tokens[at].Text) == "half" && ofWhole[tokens[at+1].Term] {
		// "half" is a predeterminer, as "all" and "both" are: "half the
		// staff" is "half of the staff" (no other fraction goes without
		// "of": "a third the staff" is no English).
		at++
	} else if at+2 < len(tokens) && tokens[at+1].Term == "of" && possessiveName(tokens, at+2) && !ordinal(tokens[at]) {
		// "30 of Boeing's jets", "three of Home Depot's stores": as "30
		// Boeing jets" (and "30 of the company's stores"), the name whole.
		end := tokens[at+2].End
		for j := at + 2; j < len(tokens) && !possessive(tokens[j]); j++ {
			end = tokens[j+1].End
		}
		return tokens[at+2].Term, end, true
	}
	if at+3 < len(tokens) && (tokens[at+1].Term == "and" || tokens[at+1].Term == "or") && content(tokens[at+2]) && !tokens[at+2].Cap && content(tokens[at+3]) {
		at += 2
	}
	for j := at + 1; j < len(tokens) && j <= at+3; j++ {
		if tokens[j].Kind == Entity {
			continue
		}
		if frequencies[Normalize(tokens[j].Text)] && j+1 < len(tokens) && content(tokens[j+1]) {
			continue // "840 daily trains" counts trains
		}
		if tokens[j].Kind == Word && !tokens[j].Stop && !tokens[j].Neg && !notUnits[Normalize(tokens[j].Text)] {
			return tokens[j].Term, tokens[j].End, true
		}
		break
	}
	return "", 0, false
}

// notUnits are the words that open a clause or a time after a figure, not
// what it counts: "up to about 9,000, after which" counts no "after".
var notUnits = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true, "while": true, "whereas": true, "when": true, "ago": true}

// frequencies are the adjectives of how often that may stand between a
// figure and what it counts: "840 daily trains", "two weekly flights".
var frequencies = map[string]bool{"daily": true, "weekly": true, "monthly": true, "yearly": true, "annual": true, "hourly": true, "nightly": true}

// ordinal reports whether a number is written as an ordinal or a
// fraction ("third", "24th"): "a third of WeWork's staff" is a share, not
// three of them.
func ordinal(t Token) bool {
	w := Normalize(t.Text)
	_, _, ord := classOf(w)
	return ord || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")
}

// possessive reports whether a word is written with a possessive 's
// ("Boeing's", "company’s").
func possessive(t Token) bool {
	w := strings.ToLower(t.Text)
	return t.Kind != Number && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// possessiveName reports whether the tokens from i are a name of at most
// three words whose last is possessive: "Boeing's", "Home Depot's".
func possessiveName(tokens []Token, i int) bool {
	for j := i; j < len(tokens) && j < i+3; j++ {
		if !tokens[j].Cap && tokens[j].Kind != Entity {
			return false
		}
		if possessive(tokens[j]) {
			return true
		}
	}
	return false
}

// content reports whether a token is a content word (not a number, name
// or stop word).
func content(t Token) bool { return t.Kind == Word && !t.Stop && !t.Neg }

// scales maps the words of data/scale-words.txt to their factor.
var scales = numbers(table("scale-words.txt"))

// termsAre reports whether tokens are words, as written or as the chat
// forms of them ("abt" for "about": data/social.txt).
func termsAre(tokens []Token, words []string) bool {
	for k, w := range words {
		if n := Normalize(tokens[k].Text); n != w && chatForms[n] != w {
			return false
		}
	}
	return true
}
