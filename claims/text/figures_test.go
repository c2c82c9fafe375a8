package text

import (
	"reflect"
	"testing"
)

func figures(s string) []Quantity {
	toks := Analyze(s)
	_, used := Dates(toks)
	return Quantities(toks, used)
}

// Figures with currency and percent signs, scales and ranges are read as
// figures (issue 18 point 3): "$5 and $6", "$13.7 billion", "€4.2m",
// "15 percent", "between 50 and 60", "$14 to $18".
func TestFiguresWithSignsScalesAndRanges(t *testing.T) {
	type q struct {
		value, high float64
		unit        string
		cmp         Cmp
		text        string
	}
	for in, want := range map[string][]q{
		"Fishermen are paid between $5 and $6 a pound.": {{5, 6, "dollar", Between, "between $5 and $6"}},
		"fishermen are paid between 50 and 60 dollars":  {{50, 60, "dollar", Between, "between 50 and 60 dollars"}},
		"Tickets cost $14 to $18.":                      {{14, 18, "dollar", Between, "$14 to $18"}},
		"Tickets cost $14–$18.":                         {{14, 18, "dollar", Between, "$14–$18"}},
		"between 50 and 60 people came":                 {{50, 60, "peopl", Between, "between 50 and 60 people"}},
		"a range of 50-60%":                             {{50, 60, "percent", Between, "50-60%"}},
		"$5-6 million in damages":                       {{5e6, 6e6, "dollar", Between, "$5-6 million"}},
		"The budget is $13.7 billion.":                  {{13.7e9, 0, "dollar", Exactly, "$13.7 billion"}},
		"The budget is $13.7bn.":                        {{13.7e9, 0, "dollar", Exactly, "$13.7bn"}},
		"a fine of €4.2m":                               {{4.2e6, 0, "euro", Exactly, "€4.2m"}},
		"a fine of 4.2 million euros":                   {{4.2e6, 0, "euro", Exactly, "4.2 million euros"}},
		"prices rose 15 percent":                        {{15, 0, "percent", Exactly, "15 percent"}},
		"prices rose 15%":                               {{15, 0, "percent", Exactly, "15%"}},
		"prices rose 15 per cent":                       {{15, 0, "percent", Exactly, "15 per cent"}},
		"Thirty per cent of the homes":                  {{30, 0, "percent", Exactly, "Thirty per cent"}},
		"prices rose more than 15 %":                    {{15, 0, "percent", MoreThan, "more than 15 %"}},
		"rose from 0.90 percent to 1.23 percent":        {{0.9, 1.23, "percent", Between, "0.90 percent to 1.23 percent"}},
		"from 5 years to 10 months":                     {{5, 0, "year", Exactly, "5 years"}, {10, 0, "month", Exactly, "10 months"}},
		"it cost $2000":                                 {{2000, 0, "dollar", Exactly, "$2000"}},
		"it cost 1500 euros":                            {{1500, 0, "euro", Exactly, "1500 euros"}},
		"£300k a year":                                  {{300e3, 0, "pound", Exactly, "£300k"}, {1, 0, "year", Exactly, "a year"}},
		"He ran the 100m in 9.58 seconds":               {{9.58, 0, "second", Exactly, "9.58 seconds"}},
		"they gave $5 to 10 charities":                  {{5, 0, "dollar", Exactly, "$5"}, {10, 0, "chariti", Exactly, "10 charities"}},
		"$5 and $6":                                     {{5, 0, "dollar", Exactly, "$5"}, {6, 0, "dollar", Exactly, "$6"}},
		"rose to 9,000, after which it fell":            {{9000, 0, "", Exactly, "9,000"}},
		"On June 21-23, representatives met":            nil,
		"from 2010 to 2015":                             nil,
	} {
		got := figures(in)
		var have []q
		for _, g := range got {
			have = append(have, q{g.Value, g.High, g.Unit, g.Cmp, in[g.Start:g.End]})
		}
		if !reflect.DeepEqual(have, want) {
			t.Errorf("%q: %+v, want %+v", in, have, want)
		}
	}
}

// Ranges conflict when they cannot both hold, and only the same range
// makes a range true.
func TestRangesConflictAndWithin(t *testing.T) {
	one := func(s string) Quantity {
		qs := figures(s)
		if len(qs) != 1 {
			t.Fatalf("%q: %+v", s, qs)
		}
		return qs[0]
	}
	source, stmt := one("paid between $5 and $6 a pound"), one("paid between $50 and $60 a pound")
	if !stmt.Conflict(source) {
		t.Error("$50-$60 does not conflict with $5-$6")
	}
	if a, b := one("$14 to $18"), one("$24 to $28"); !a.Conflict(b) {
		t.Error("$14 to $18 does not conflict with $24 to $28")
	}
	if a, b := one("$15"), one("$14 to $18"); a.Conflict(b) || b.Within(a) || a.Within(b) {
		t.Error("$15 against $14 to $18: a conflict, or one makes the other")
	}
	if a, b := one("$14 to $18"), one("between $14 and $18"); !a.Within(b) || a.Conflict(b) {
		t.Error("the same range does not make itself")
	}
	if a, b := one("from $14 to $18"), one("from $18 to $14"); a.Within(b) {
		t.Error("a range read backwards is within it")
	}
	if a, b := one("a maximum of 20 years"), one("up to 10 years"); !a.Conflict(b) || !b.Conflict(a) {
		t.Error("two maxima do not conflict")
	}
	if a, b := one("up to 10 years"), one("a maximum of 10 years"); a.Conflict(b) || !a.Within(b) {
		t.Error("the same maximum conflicts")
	}
	if a, b := one("0.90% to 1.23%"), one("0.90 percent to 1.23 percent"); !a.Within(b) {
		t.Error("0.90% to 1.23% is not 0.90 percent to 1.23 percent")
	}
	if a, b := one("$5"), one("5 dollars"); !a.Within(b) || a.Unit != b.Unit {
		t.Error("$5 is not 5 dollars")
	}
	if a, b := one("15%"), one("15 per cent"); !a.Within(b) {
		t.Error("15% is not 15 per cent")
	}
	if a, b := one("$13.7bn"), one("13.7 billion dollars"); !a.Within(b) {
		t.Errorf("$13.7bn %+v is not 13.7 billion dollars %+v", a, b)
	}
}

// Signs and scales give the same terms however a figure is written.
func TestFigureTerms(t *testing.T) {
	for a, b := range map[string]string{
		"$5":          "5 dollars",
		"15%":         "15 percent",
		"15 per cent": "15 percent",
		"€4.2m":       "euro 4.2 million",
		"$13.7bn":     "$13.7 billion",
		"50–60":       "50 to 60",
		"US$ 5":       "US$5",
	} {
		if ta, tb := Terms(Analyze(a)), Terms(Analyze(b)); !sameSet(ta, tb) {
			t.Errorf("%q terms %q, %q terms %q", a, ta, b, tb)
		}
	}
}

func sameSet(a, b []string) bool {
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	n := map[string]bool{}
	for _, x := range b {
		n[x] = true
		if !m[x] {
			return false
		}
	}
	return len(m) == len(n)
}

// A number written in several words is one figure, never its last word
// alone: "twenty-eight close contacts" is 28, not 8 (a newcomer's news
// page read it as "eight"). The sentences are written for this test.
func TestNumbersInSeveralWords(t *testing.T) {
	type q struct {
		value float64
		text  string
	}
	for in, want := range map[string][]q{
		"Twenty-eight close contacts were traced.":          {{28, "Twenty-eight close"}},
		"twenty eight close contacts were traced":           {{28, "twenty eight close"}},
		"The council moved one hundred and five families.":  {{105, "one hundred and five families"}},
		"The fire destroyed two dozen homes.":               {{24, "two dozen homes"}},
		"The fire destroyed a dozen homes.":                 {{12, "dozen homes"}},
		"Thirty-five thousand fans came.":                   {{35000, "Thirty-five thousand fans"}},
		"two thousand five hundred workers lost their jobs": {{2500, "two thousand five hundred workers"}},
		"one thousand and one nights":                       {{1001, "one thousand and one nights"}},
		"It is the twenty-first edition of the race.":       {{21, "twenty-first edition"}},
		"between three hundred and five hundred people":     {{300, "between three hundred and five hundred people"}},
		"Ninety-nine percent of voters agreed.":             {{99, "Ninety-nine percent"}},
		"The city has 2.5 million people.":                  {{2.5e6, "2.5 million people"}},
		"Of the twenty, five were released.":                {{20, "twenty"}, {5, "five"}},
		"seven eleven-year-olds were hurt":                  {{7, "seven"}, {11, "eleven-year"}},
		"the twenty second delay":                           {{20, "twenty"}, {2, "second delay"}},
	} {
		got := figures(in)
		var g []q
		for _, x := range got {
			g = append(g, q{x.Value, in[x.Start:x.End]})
		}
		if !reflect.DeepEqual(g, want) {
			t.Errorf("%q: got %v, want %v", in, g, want)
		}
	}
	// The first word carries the value: "eight" of "twenty-eight" is no
	// term of its own that "eight" could match.
	for _, in := range []string{"twenty-eight contacts", "twenty eight contacts"} {
		for _, term := range Terms(Analyze(in)) {
			if term == "8" {
				t.Errorf("%q has the term 8: %v", in, Terms(Analyze(in)))
			}
		}
	}
}

// The partitive "N of X's Y" counts what "N X Y" does: its unit is the
// name, said whole in the figure's span; a possessive before the figure
// is its Owner. The sentences are written for this test.
func TestPartitiveAndPossessiveUnits(t *testing.T) {
	for in, want := range map[string][3]string{
		"30 of Boeing's jets were grounded":       {"boe", "", "30 of Boeing's"},
		"30 Boeing jets were grounded":            {"boe", "", "30 Boeing"},
		"three of Home Depot's stores will close": {"home", "", "three of Home Depot's"},
		"Boeing's 30 jets were grounded":          {"jet", "boe", "30 jets"},
	} {
		got := figures(in)
		if len(got) != 1 || got[0].Unit != want[0] || got[0].Owner != want[1] || in[got[0].Start:got[0].End] != want[2] {
			t.Errorf("%q: got %+v, want unit %q owner %q span %q", in, got, want[0], want[1], want[2])
		}
	}
}

// A decimal said in words ("six point six", "six-point-six") is one
// figure, 6.6, not a six with "point six" after it; and "negative" before
// a figure is the sign "minus" is. The sentences are written for this test.
func TestDecimalsInWordsAndTheirSign(t *testing.T) {
	for in, want := range map[string]float64{
		"the lake froze at negative two-point-five degrees": 2.5,
		"it fell by three point one four percent":           3.14,
		"inflation reached nine point zero five percent":    9.05,
		"twenty point five million viewers":                 20.5e6,
	} {
		qs := figures(in)
		if len(qs) != 1 || qs[0].Value != want {
			t.Errorf("%q: got %+v, want one figure of %g", in, qs, want)
		}
	}
	// "Point" as a noun stays a word: a score of points, an ordinal before it.
	for _, in := range []string{"the team won by six points", "at the first point of contact"} {
		for _, tok := range Analyze(in) {
			if tok.Term == "point" && tok.Stop {
				t.Errorf("%q: %q read as a decimal point", in, tok.Text)
			}
		}
	}
	neg, minus := Analyze("negative two degrees"), Analyze("minus two degrees")
	if neg[0].Term != minus[0].Term {
		t.Errorf("negative %q and minus %q before a figure differ", neg[0].Term, minus[0].Term)
	}
}
