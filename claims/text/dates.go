package text

import (
	"fmt"
	"strconv"
	"strings"
)

// Date is a calendar date as precise as the text gives it: a year, a month
// of a year, a day of a month, or a range of days ("June 21-23").
type Date struct {
	Year   int // 0 when not given
	Month  int // 1..12, 0 when not given
	Day    int // 1..31, 0 when not given
	DayEnd int // last day of a range, 0 when not a range
	// A decade: "the 1950s" is Year 1950 to YearEnd 1959; "the fifties",
	// which leaves the century open, is Decade 5 with no Year.
	YearEnd int
	Decade  int
	Start   int // byte span in the original text
	End     int
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
	switch {
	case d.YearEnd > 0:
		parts = append(parts, fmt.Sprintf("the %ds", d.Year))
	case d.Year > 0:
		parts = append(parts, fmt.Sprint(d.Year))
	case d.Decade > 0:
		parts = append(parts, fmt.Sprintf("the %d0s", d.Decade))
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

// timingWords time the month after them and no person's name follows
// them: a lower-case "may" after one may be the month (monthAlone).
var timingWords = map[string]bool{"in": true, "since": true, "until": true, "till": true, "during": true, "early": true, "late": true, "mid": true, "last": true, "next": true}

// monthPrepositions make an ambiguous month a month: "born in May",
// "since March", "available from August", "last May". Besides the
// timingWords, they are words a name may follow ("a letter from May").
var monthPrepositions = func() map[string]bool {
	out := map[string]bool{"by": true, "from": true, "before": true, "after": true, "through": true, "this": true}
	for w := range timingWords {
		out[w] = true
	}
	return out
}()

// monthAlone reports whether an ambiguous month typed in lower case at i
// is a month by its place: after a word that times it and ending its
// clause ("will be held in may", "until march, when …", "in may or
// june"), where the other word ("in may be wrong") cannot stand. Not
// after a word a person's name may follow as well ("a letter from may",
// "a novel by may").
func monthAlone(tokens []Token, i int) bool {
	if i == 0 || !timingWords[tokens[i-1].Term] {
		return false
	}
	if i+1 == len(tokens) {
		return true
	}
	next := tokens[i+1]
	return next.Start > tokens[i].End+1 || next.Term == "and" || next.Term == "or"
}

// monthOf is the month a token names ("June", "oct.", "sept", and
// "mid-August", one word that is the month whatever else "august" may
// be), or 0. Whether an ambiguous one ("may", "oct") is a month depends
// on its neighbours: Dates decides.
func monthOf(t Token) int {
	n, _ := monthNames.lookup(strings.TrimPrefix(strings.TrimSuffix(Normalize(t.Text), "."), "mid-"))
	return int(n)
}

// hasOrdinalSuffix reports whether a number ends in an ordinal's letters:
// "24th", "1st", "2nd", "3rd".
func hasOrdinalSuffix(s string) bool {
	s = strings.ToLower(s)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// isDigitDay reports whether a token is a day of the month written in
// digits ("18", "3rd"), not in words ("two", "one").
func isDigitDay(t Token) bool {
	return isDay(t) && t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9'
}

func isDay(t Token) bool {
	return t.Kind == Number && !IsFraction(t) && t.Num >= 1 && t.Num <= 31 && t.Num == float64(int(t.Num))
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
		// Typed in lower case, as readers do ("on 21 july", "oct 18"), a
		// month is a month; one whose word has another use ("may",
		// "march", "oct") only with a day in digits or a year right after
		// it ("may 18", "oct 2019"), never with a number before it ("the
		// two may meet").
		// Before it, a day counts only when surely one: an ordinal in
		// digits ("thurs 24th may") or a day in digits after a weekday or
		// "on" ("on 24 may").
		lowerAmbiguous := !tokens[i].Cap && ambiguousMonths[word]
		dayBefore := i > 0 && isDay(tokens[i-1]) && !used[i-1]
		// An ordinal day "of" the month: "the 24th of June", "the twenty
		// fourth of june", "the first of may" (an ordinal "of" it makes
		// even "may" a month).
		ofDay := -1
		if !dayBefore && i > 1 && tokens[i-1].Term == "of" && tokens[i].Start-tokens[i-1].End == 1 && tokens[i-1].Start-tokens[i-2].End == 1 {
			k := i - 2
			for k > 0 && (IsNumberPart(tokens[k]) || tokens[k].Term == "and") {
				k--
			}
			if isDay(tokens[k]) && !used[k] && isOrdinalAt(tokens, k) {
				ofDay = k
			}
		}
		// "June the 24th", "june the twenty-fourth": the words side by side
		// ("in December, the first attack" says no day), and an ordinal in
		// words with nothing counted after it ("in March the second round").
		theDay := i+2 < len(tokens) && tokens[i+1].Term == "the" && isDay(tokens[i+2]) && isOrdinalAt(tokens, i+2) &&
			tokens[i+1].Start-tokens[i].End == 1 && tokens[i+2].Start-tokens[i+1].End == 1 &&
			(!inWords(tokens[i+2]) || countsNothing(tokens, numberEnd(tokens, i+2)))
		if lowerAmbiguous {
			dayBefore = dayBefore && isDigitDay(tokens[i-1]) && (hasOrdinalSuffix(tokens[i-1].Text) ||
				i > 1 && (tokens[i-2].Term == "on" || weekdayAt(tokens, i-2) > 0))
			if !dayBefore && ofDay < 0 && !theDay && !(i+1 < len(tokens) && (isDigitDay(tokens[i+1]) || tokens[i+1].Kind == Year)) && !monthAlone(tokens, i) {
				continue
			}
		}
		j := i + 1
		// Day before the month: "24th June", "21 July".
		if dayBefore {
			d.Day, d.Start = int(tokens[i-1].Num), tokens[i-1].Start
			used[i-1] = true
		} else if ofDay >= 0 {
			d.Day, d.Start = int(tokens[ofDay].Num), tokens[ofDay].Start
			used[ofDay] = true
		} else if theDay {
			d.Day, d.End = int(tokens[j+1].Num), tokens[j+1].End
			used[j+1] = true
			j += 2
		} else if j < len(tokens) && isDay(tokens[j]) {
			// Day after the month: "June 24", "June 21-23".
			d.Day, d.End = int(tokens[j].Num), tokens[j].End
			used[j] = true
			j++
			if j+1 < len(tokens) && isRangeDash(tokens[j]) && isDay(tokens[j+1]) {
				d.DayEnd, d.End = int(tokens[j+1].Num), tokens[j+1].End
				used[j], used[j+1] = true, true
				j += 2
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
	for i := range tokens {
		if d, ok := decade(tokens, i); ok && !used[i] {
			out = append(out, d)
			used[i] = true
		}
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

// decade reads a decade at token i: "1950s" (also "1950's"), or, after
// "the" (and "early", "mid", "late"), "50s" or "fifties"
// (data/decade-words.txt). "In her fifties" is an age, not a decade.
func decade(tokens []Token, i int) (Date, bool) {
	t := tokens[i]
	w := strings.TrimSuffix(strings.Trim(strings.ReplaceAll(Normalize(t.Text), "’", "'"), "'"), "'s")
	w = strings.TrimSuffix(w, "s")
	afterThe := false
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if tokens[j].Term == "the" {
			afterThe = true
			break
		}
		if p := Normalize(tokens[j].Text); p != "early" && p != "mid" && p != "late" {
			break
		}
	}
	d := Date{Start: t.Start, End: t.End}
	switch {
	case t.Kind == Year && int(t.Num)%10 == 0 && i+1 < len(tokens) && tokens[i+1].Text == "s" && tokens[i+1].Start > t.End && tokens[i+1].Start <= t.End+len("’"):
		// "1970's", tokenised as "1970" and "s" past the apostrophe
		d.Year, d.YearEnd, d.End = int(t.Num), int(t.Num)+9, tokens[i+1].End
	case len(w) == 4 && allDigits(w) && w[3] == '0' && strings.HasSuffix(Normalize(t.Text), "s"):
		y, _ := strconv.Atoi(w)
		if y < 1000 || y >= 2200 {
			return Date{}, false
		}
		d.Year, d.YearEnd = y, y+9
	case len(w) == 2 && allDigits(w) && w[1] == '0' && w[0] >= '2' && afterThe && strings.HasSuffix(Normalize(t.Text), "s"):
		d.Decade = int(w[0] - '0')
	case decadeWords[Normalize(t.Text)] > 0 && afterThe:
		d.Decade = decadeWords[Normalize(t.Text)]
	default:
		return Date{}, false
	}
	return d, true
}

// years returns the years a date may be in, first to last, and whether it
// names any (a decade without its century names none).
func (d Date) years() (int, int, bool) {
	switch {
	case d.YearEnd > 0:
		return d.Year, d.YearEnd, true
	case d.Year > 0:
		return d.Year, d.Year, true
	}
	return 0, 0, false
}

// yearsConflict reports whether two dates' years cannot meet: ranges that
// do not overlap, or a year outside a decade whose century is left open
// ("1947" is not in "the fifties" of any century).
func yearsConflict(d, o Date) bool {
	dlo, dhi, dok := d.years()
	olo, ohi, ook := o.years()
	switch {
	case dok && ook:
		return dhi < olo || ohi < dlo
	case d.Decade > 0 && ook:
		return !decadeIn(d.Decade, olo, ohi)
	case o.Decade > 0 && dok:
		return !decadeIn(o.Decade, dlo, dhi)
	case d.Decade > 0 && o.Decade > 0:
		return d.Decade != o.Decade
	}
	return false
}

// decadeIn reports whether a year from lo to hi falls in decade n of its
// century.
func decadeIn(n, lo, hi int) bool {
	for y := lo; y <= hi && y < lo+100; y++ {
		if y/10%10 == n {
			return true
		}
	}
	return false
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
	if yearsConflict(d, o) {
		return true
	}
	if d.YearEnd > 0 || o.YearEnd > 0 || d.Decade > 0 || o.Decade > 0 {
		return false // a decade says no month
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
	hasYear := func(x Date) bool { return x.Year > 0 || x.Decade > 0 }
	return (hasYear(d) && hasYear(o)) || (d.Month > 0 && o.Month > 0)
}
