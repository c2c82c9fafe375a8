package text

import "testing"

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
