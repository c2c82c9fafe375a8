package text

import "strings"

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
		out[int(weekdayNames[e.Items[0]])] = e.Items[0]
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
	d := int(weekdayNames[w])
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

// withTypos adds to a table of month or weekday names (name → number)
// every slip of its names of calendarTypoMin letters or more that is not
// itself a name, nor a slip of two names ("tursday").
func withTypos(names map[string]float64) map[string]float64 {
	slips := map[string]float64{}
	for name, n := range names {
		if len(name) < calendarTypoMin || strings.ContainsAny(name, ". ") {
			continue
		}
		for _, v := range slipsOf(name) {
			if _, ok := names[v]; ok {
				continue
			}
			if m, ok := slips[v]; ok && m != n {
				slips[v] = -1 // a slip of two names: neither
				continue
			}
			slips[v] = n
		}
	}
	out := make(map[string]float64, len(names)+len(slips))
	for v, n := range slips {
		if n > 0 {
			out[v] = n
		}
	}
	for name, n := range names {
		out[name] = n
	}
	return out
}

// slipsOf returns the words one slip from w: a letter left out, replaced
// or swapped with the next.
func slipsOf(w string) []string {
	var out []string
	for i := 0; i < len(w); i++ {
		out = append(out, w[:i]+w[i+1:])
		for c := byte('a'); c <= 'z'; c++ {
			if c != w[i] {
				out = append(out, w[:i]+string(c)+w[i+1:])
			}
		}
		if i+1 < len(w) && w[i] != w[i+1] {
			out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
		}
	}
	return out
}
