package text

import (
	"sort"
	"strings"
)

// CalendarFilter writes a month or a weekday the way sources do, whatever
// abbreviation the reader typed: "oct 18" and "Oct. 18" read as "October
// 18", "sept" as "September", "thurs" and "Thu." as "Thursday", so the words
// match as the dates already do (data/months.txt, data/weekdays.txt, from
// Unicode CLDR). Only a word that Dates reads as part of a date becomes a
// month: "may 18" does, "they may meet" does not. A weekday abbreviation
// that is also a word ("sat", "sun", "wed", "mon";
// data/ambiguous-weekdays.txt) becomes a weekday only when a date stands
// right after it ("sat oct 18"). A month "May" in a date is no longer a stop
// word. It runs after the number and stop stages (it reads days and years)
// and before stemming.
type CalendarFilter struct{}

// weekdayFull is the full name of each weekday's number (data/weekdays.txt).
var weekdayFull = func() map[int]string {
	out := map[int]string{}
	for _, e := range table("weekdays.txt") {
		n, _ := weekdayNames.lookup(e.Items[0])
		out[int(n)] = e.Items[0]
	}
	return out
}()

func (CalendarFilter) Filter(tokens []Token) []Token {
	dates, _ := Dates(tokens)
	k := 0
	for i, t := range tokens {
		if t.Kind != Word {
			continue
		}
		for k < len(dates) && dates[k].End <= t.Start {
			k++
		}
		if m := monthOf(t); m > 0 && k < len(dates) && dates[k].Month == m && dates[k].Start <= t.Start && t.End <= dates[k].End {
			tokens[i].Term = strings.ToLower(monthDisplay[m])
			tokens[i].Stop = false
			continue
		}
		if d := weekdayAt(tokens, i); d > 0 {
			tokens[i].Term = weekdayFull[d]
		}
	}
	return tokens
}

// weekdayAt is the weekday token i names (1 is Monday), or 0.
func weekdayAt(tokens []Token, i int) int {
	w := strings.TrimSuffix(Normalize(tokens[i].Text), ".")
	n, _ := weekdayNames.lookup(w)
	d := int(n)
	if d == 0 || !ambiguousWeekdays[w] {
		return d
	}
	if i+1 < len(tokens) && (monthOf(tokens[i+1]) > 0 || isDigitDay(tokens[i+1])) {
		return d
	}
	return 0
}

// A month or weekday name of seven letters or more is read through one
// slip of the keyboard, as a reader types it: a letter left out, another
// in its place, or two swapped ("Septmber", "Febuary", "Wedensday",
// "Thrusday"). No English word lies one such slip from these names, and
// the shorter names ("March", "June", "Monday") are left alone, being a
// slip away from words ("match", "tune"). A letter added is no slip here:
// "Augusta" and "Octobers" are other words.
const calendarTypoMin = 7

// calendarNames are the month or weekday names of a table (name →
// number), read through a slip: lookup finds a name, or a slip of its
// names of calendarTypoMin letters or more that is not itself a name, nor
// a slip of two names of different numbers ("tursday"). The slips are
// found when a word is looked up rather than listed beforehand (a few
// thousand strings, which every page built at start-up).
type calendarNames struct {
	names map[string]float64
	long  []string // the names a slip is read from
}

func withTypos(names map[string]float64) calendarNames {
	c := calendarNames{names: names}
	for name := range names {
		if len(name) >= calendarTypoMin && !strings.ContainsAny(name, ". ") {
			c.long = append(c.long, name)
		}
	}
	sort.Strings(c.long)
	return c
}

// lookup returns the number of the name w is, or of the one name (or
// names of one number) w is a slip of.
func (c calendarNames) lookup(w string) (float64, bool) {
	if n, ok := c.names[w]; ok {
		return n, true
	}
	if len(w) < calendarTypoMin-1 {
		return 0, false
	}
	found := 0.0
	for _, name := range c.long {
		if !isSlipOf(w, name) {
			continue
		}
		n := c.names[name]
		if found != 0 && found != n {
			return 0, false // a slip of two names: neither
		}
		found = n
	}
	return found, found > 0
}

// isSlipOf reports whether w is one slip from name (as slipsOf makes
// them): a letter left out, another letter (a-z) in its place, or two
// different letters swapped.
func isSlipOf(w, name string) bool {
	switch len(w) {
	case len(name) - 1: // a letter left out
		i := 0
		for i < len(w) && w[i] == name[i] {
			i++
		}
		return w[i:] == name[i+1:]
	case len(name):
		i := 0
		for i < len(w) && w[i] == name[i] {
			i++
		}
		if i == len(w) {
			return false // the name itself
		}
		if w[i+1:] == name[i+1:] { // one letter replaced
			return w[i] >= 'a' && w[i] <= 'z'
		}
		return i+1 < len(w) && w[i] == name[i+1] && w[i+1] == name[i] && w[i+2:] == name[i+2:]
	}
	return false
}
