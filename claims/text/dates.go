package text

import (
	"fmt"
	"strings"
)

// Date is a calendar date as precise as the text gives it: a year, a month
// of a year, a day of a month, or a range of days ("June 21-23").
type Date struct {
	Year   int // 0 when not given
	Month  int // 1..12, 0 when not given
	Day    int // 1..31, 0 when not given
	DayEnd int // last day of a range, 0 when not a range
	Start  int // byte span in the original text
	End    int
}

var monthDisplay = []string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String writes the date the way a reader says it: "24 June 2021",
// "21–23 June", "December 2015", "2014".
func (d Date) String() string {
	var parts []string
	if d.Day > 0 {
		day := fmt.Sprint(d.Day)
		if d.DayEnd > 0 {
			day += "–" + fmt.Sprint(d.DayEnd)
		}
		parts = append(parts, day)
	}
	if d.Month > 0 {
		parts = append(parts, monthDisplay[d.Month])
	}
	if d.Year > 0 {
		parts = append(parts, fmt.Sprint(d.Year))
	}
	return strings.Join(parts, " ")
}

// ISO writes the date as YYYY, YYYY-MM or YYYY-MM-DD (with 0000 for an
// unknown year).
func (d Date) ISO() string {
	s := fmt.Sprintf("%04d", d.Year)
	if d.Month > 0 {
		s += fmt.Sprintf("-%02d", d.Month)
		if d.Day > 0 {
			s += fmt.Sprintf("-%02d", d.Day)
		}
	}
	return s
}

// monthPrepositions make an ambiguous month a month: "born in May",
// "since March".
var monthPrepositions = map[string]bool{"in": true, "since": true, "until": true, "by": true, "early": true, "late": true, "mid": true}

func monthOf(t Token) int {
	w := strings.TrimSuffix(Normalize(t.Text), ".")
	m, ok := monthNames[w]
	// Typed in lower case, as readers do ("on 21 july"), a month is a
	// month unless the word has another use ("may", "march").
	if !ok || !t.Cap && ambiguousMonths[w] {
		return 0
	}
	return int(m)
}

func isDay(t Token) bool {
	return t.Kind == Number && t.Num >= 1 && t.Num <= 31 && t.Num == float64(int(t.Num))
}

// Dates finds the dates in an analysed token stream, and reports which
// token indexes they used (so quantities do not count a day as a number).
func Dates(tokens []Token) ([]Date, map[int]bool) {
	used := map[int]bool{}
	var out []Date
	for i := 0; i < len(tokens); i++ {
		m := monthOf(tokens[i])
		if m == 0 {
			continue
		}
		d := Date{Month: m, Start: tokens[i].Start, End: tokens[i].End}
		word := strings.TrimSuffix(Normalize(tokens[i].Text), ".")
		j := i + 1
		// Day before the month: "24th June", "21 July".
		if i > 0 && isDay(tokens[i-1]) && !used[i-1] {
			d.Day, d.Start = int(tokens[i-1].Num), tokens[i-1].Start
			used[i-1] = true
		} else if j < len(tokens) && isDay(tokens[j]) {
			// Day after the month: "June 24", "June 21-23".
			d.Day, d.End = int(tokens[j].Num), tokens[j].End
			used[j] = true
			j++
			if j < len(tokens) && isDay(tokens[j]) && tokens[j].Start == tokens[j-1].End+1 {
				d.DayEnd, d.End = int(tokens[j].Num), tokens[j].End
				used[j] = true
				j++
			}
		}
		if j < len(tokens) && tokens[j].Kind == Year {
			d.Year, d.End = int(tokens[j].Num), tokens[j].End
			used[j] = true
		}
		if ambiguousMonths[word] && d.Day == 0 && d.Year == 0 && !(i > 0 && monthPrepositions[tokens[i-1].Term]) {
			continue
		}
		used[i] = true
		out = append(out, d)
	}
	for i, t := range tokens {
		if t.Kind == Year && !used[i] {
			out = append(out, Date{Year: int(t.Num), Start: t.Start, End: t.End})
			used[i] = true
		}
	}
	sortDates(out)
	return out, used
}

func sortDates(ds []Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// Conflict reports whether two dates cannot both be true of one event: a
// field both give differs. "June 2021" and "24 June 2021" agree; "24 June"
// and "25 June" conflict; "2014" and "2013" conflict.
func (d Date) Conflict(o Date) bool {
	if d.Year > 0 && o.Year > 0 && d.Year != o.Year {
		return true
	}
	if d.Month > 0 && o.Month > 0 && d.Month != o.Month {
		return true
	}
	if d.Day > 0 && o.Day > 0 && d.Month > 0 && o.Month > 0 {
		lo, hi := o.Day, max(o.Day, o.DayEnd)
		if d.Day < lo || d.Day > hi {
			lo2, hi2 := d.Day, max(d.Day, d.DayEnd)
			return o.Day < lo2 || o.Day > hi2
		}
	}
	return false
}

// Comparable reports whether two dates speak of the same granularity
// enough to compare: both have a year, or both a month.
func (d Date) Comparable(o Date) bool {
	return (d.Year > 0 && o.Year > 0) || (d.Month > 0 && o.Month > 0)
}
