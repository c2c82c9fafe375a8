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
