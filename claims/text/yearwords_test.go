package text

import (
	"strings"
	"testing"
)

func datesOf(s string) string {
	ds, _ := Dates(Analyze(s))
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return strings.Join(out, "; ")
}

// Dates said in words, as readers type them: a day as an ordinal "of" the
// month or after "the", a year as two numbers or as one.
func TestDatesInWords(t *testing.T) {
	for s, want := range map[string]string{
		"the vote came on the twenty fourth of june":            "24 June",
		"she was sworn in on the 3rd of february":               "3 February",
		"the ceasefire began on the first of may":               "1 May",
		"the thirteenth of october was a tuesday":               "13 October",
		"the deal was signed march the 9th":                     "9 March",
		"the law passed in december twenty fifteen":             "December 2015",
		"he was born in nineteen ninety-eight":                  "1998",
		"the plant closed in nineteen seventy four":             "1974",
		"the bank failed in two thousand and nine":              "2009",
		"the target is net zero by twenty fifty":                "2050",
		"she graduated with the class of twenty twenty.":        "2020",
		"the summit was on july 2nd twenty twenty-one":          "2 July 2021",
		"the museum opened the ninth of april, nineteen ninety": "9 April 1990",
	} {
		if got := datesOf(s); got != want {
			t.Errorf("Dates(%q) = %q, want %q", s, got, want)
		}
	}
}

// Numbers that count something stay numbers: no year is read where a
// year cannot stand or where the numbers count what follows.
func TestNumbersInWordsThatAreNoYear(t *testing.T) {
	for s, want := range map[string]string{
		"twenty fifteen-year-olds were hired":         "",
		"in twenty fifteen minute sessions":           "",
		"nineteen ninety people came":                 "",
		"the shop is open until eleven thirty":        "",
		"a crowd of two thousand gathered":            "",
		"they spent two thousand and nine dollars":    "",
		"the two may meet in twenty twenty-one":       "2021",
		"two thirds of the voters in nineteen ninety": "1990",
		"he came twentieth of thirty runners":         "",
	} {
		if got := datesOf(s); got != want {
			t.Errorf("Dates(%q) = %q, want %q", s, got, want)
		}
	}
	// "Twenty fourth" is an ordinal, not twenty fourths.
	for _, tok := range Analyze("the twenty fourth of june") {
		if IsFraction(tok) {
			t.Errorf("the twenty fourth of june: %q read as a fraction", tok.Term)
		}
	}
	// A year in words matches the year in digits.
	if a, b := Terms(Analyze("in nineteen ninety-eight")), Terms(Analyze("in 1998")); !equalStrings(a, b) {
		t.Errorf("in nineteen ninety-eight %v, in 1998 %v: want the same terms", a, b)
	}
	// Ordinals of the teens are numbers: "nineteenth" as "19th".
	if a, b := Terms(Analyze("the nineteenth century")), Terms(Analyze("the 19th century")); !equalStrings(a, b) {
		t.Errorf("nineteenth %v, 19th %v: want the same terms", a, b)
	}
}

func BenchmarkYearWords(b *testing.B) {
	s := strings.Repeat("on the twenty fourth of june nineteen ninety-eight, twenty fifteen-year-olds met in two thousand and nine. ", 200)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Analyze(s)
	}
}
