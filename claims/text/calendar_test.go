package text

import (
	"strings"
	"testing"
)

// Abbreviated months and weekdays read as the words sources write; words
// that are also months or weekdays stay words without a date beside them.
func TestCalendarAbbreviations(t *testing.T) {
	terms := func(s string) []string { return Terms(Analyze(s)) }
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"oct 18", "October 18", true},
		{"Oct. 18", "October 18", true},
		{"sept. 3", "September 3", true},
		{"sep 3", "September 3", true},
		{"thurs", "Thursday", true},
		{"Thu.", "Thursday", true},
		{"tues", "Tuesday", true},
		{"weds", "Wednesday", true},
		{"sat oct 18", "Saturday October 18", true},
		{"may 2019", "May 2019", true},
		{"they sat down", "they Saturday down", false},
		{"the sun rose", "the Sunday rose", false},
	} {
		a, b := terms(tc.a), terms(tc.b)
		if same := equalStrings(a, b); same != tc.same {
			t.Errorf("%q %v and %q %v: same %v, want %v", tc.a, a, tc.b, b, same, tc.same)
		}
	}
	for _, tc := range []struct {
		s    string
		want string
	}{
		{"the vote is on oct 18", "18 October"},
		{"in may 2014", "May 2014"},
		{"oct. 18, 2020", "18 October 2020"},
		{"the two may meet", ""},
		{"prices may rise", ""},
		{"batteries will be available from August", "August"},
		{"the plant closed last May", "May"},
		{"a letter from may", ""},
	} {
		ds, _ := Dates(Analyze(tc.s))
		got := ""
		if len(ds) > 0 {
			got = ds[0].String()
		}
		if got != tc.want {
			t.Errorf("Dates(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A lower-case "may" after a number is a month only when the number is
// surely a day.
func TestLowerCaseMonthAfterADay(t *testing.T) {
	for s, want := range map[string]string{
		"on thurs 24th may": "24 May",
		"on 24 may":         "24 May",
		"the 2 may meet":    "",
		"the two may meet":  "",
		"thurs 24th june":   "24 June",
	} {
		ds, _ := Dates(Analyze(s))
		got := ""
		if len(ds) > 0 {
			got = ds[0].String()
		}
		if got != want {
			t.Errorf("Dates(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSlipsReadAsListed: a month or weekday name is read through a slip
// exactly where the table of every slip of its long names would read it
// (listedSlips, how the names were read before): the same words, each
// with the same number, and nothing else.
func TestSlipsReadAsListed(t *testing.T) {
	for file, c := range map[string]calendarNames{"months.txt": monthNames, "weekdays.txt": weekdayNames} {
		listed := listedSlips(numbers(table(file)))
		candidates := map[string]bool{"": true, "x": true, "septembre": true}
		for name := range c.names {
			candidates[name] = true
			for _, v := range slipsOf(name) {
				candidates[v] = true
				for _, v2 := range slipsOf(v) { // two slips: never read
					candidates[v2] = true
				}
			}
		}
		for w := range candidates {
			want, wantOK := listed[w]
			if got, ok := c.lookup(w); ok != wantOK || got != want {
				t.Errorf("%s: lookup(%q) = %v, %v; the listed slips say %v, %v", file, w, got, ok, want, wantOK)
			}
		}
	}
}

// listedSlips adds to a table of names (name → number) every slip of its
// names of calendarTypoMin letters or more that is not itself a name, nor
// a slip of two names.
func listedSlips(names map[string]float64) map[string]float64 {
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
				slips[v] = -1
				continue
			}
			slips[v] = n
		}
	}
	out := map[string]float64{}
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
