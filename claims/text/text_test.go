package text

import (
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func terms(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Term)
	}
	return out
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Russia’s “Reset”": `russia's "reset"`,
		"U.S.–Russia":      "u.s.-russia",
		"ﬁrst ＣＹＢＥＲ":       "first cyber",
		"STRASSE straße":   "strasse strasse",
		"a\u00a0b — c":     "a b - c",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenizerKeepsOffsets(t *testing.T) {
	for in, want := range map[string][]string{
		"Russia's U.S.-Russia talks":       {"Russia's", "U.S.-Russia", "talks"},
		"24/7 systems, 10,375 claims, 3.5": {"24/7", "systems", "10,375", "claims", "3.5"},
		"with the U.S. “Russia would":      {"with", "the", "U.S.", "Russia", "would"},
		"don't co-operate (FBI)":           {"don't", "co-operate", "FBI"},
		"Plan B. Then":                     {"Plan", "B", "Then"},
	} {
		toks := WordTokenizer{}.Tokenize(in)
		var got []string
		for _, tk := range toks {
			if in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets %d:%d", in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStages(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"doesn't can't", "does not can not"},                             // contraction
		{"Russia's nations'", "russia countri"},                           // possessive
		{"co-operation bi-lateral pro-active", "cooper bilater proactiv"}, // bound prefixes join
		{"first-of-its-kind", "1 of its kind"},                            // other hyphens split
		{"cybersecurity cyber-security", "cyber secur cyber secur"},       // compounds split
		{"US U.S. United States America American", "united states united states united states united states united states"},
		{"let us talk", "let us talk"}, // "us" the pronoun
		{"Russia Russian the Kremlin", "russia russia russia"},
		{"Moscow and Washington met in Washington", "russia and united states meet in washington"},
		{"militarise militarize behaviour behavior", "militar militar behavior behavior"},
		{"three 3 24th 2014 twenty", "3 3 24 2014 20"},
		{"not no never without", "not no never without"}, // negations are kept
		{"arrested arrests met held", "arrest arrest meet hold"},
	} {
		got := strings.Join(terms(Analyze(tc.in)), " ")
		if got != tc.want {
			t.Errorf("Analyze(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStopListKeepsNegationsAndComparatives(t *testing.T) {
	for _, w := range []string{"not", "no", "never", "than", "more", "less", "fewer", "over", "under"} {
		if IsStopWord(w) {
			t.Errorf("%q is a stop word", w)
		}
	}
	for _, tk := range Analyze("does not have") {
		if tk.Term == "not" && (!tk.Neg || tk.Stop) {
			t.Errorf("not: %+v", tk)
		}
	}
}

func TestKinds(t *testing.T) {
	toks := Analyze("In 2014, three hackers used 24/7 links; the U.S. agreed.")
	kinds := map[string]Kind{}
	for _, tk := range toks {
		kinds[tk.Text] = tk.Kind
	}
	want := map[string]Kind{"2014": Year, "three": Number, "24/7": Symbol, "U.S.": Entity, "hackers": Word}
	for w, k := range want {
		if kinds[w] != k {
			t.Errorf("%q is %s, want %s", w, kinds[w], k)
		}
	}
}

func TestDates(t *testing.T) {
	for in, want := range map[string][]string{
		"on Thursday 24th June.":                        {"24 June"},
		"on June 24, 2021":                              {"24 June 2021"},
		"On June 21-23, representatives met":            {"21–23 June"},
		"since the December 2015 attacks":               {"December 2015"},
		"reported on 21 July, 2017":                     {"21 July 2017"},
		"arrested in 2012 and charged in February 2015": {"2012", "February 2015"},
		"You may go. March on!":                         nil,
		"in May 2023":                                   {"May 2023"},
		"developed in the late 1960s and early 1970's":  {"the 1960s", "the 1970s"},
		"born in the fifties, in the '50s":              {"the 50s", "the 50s"},
		"a woman in her fifties":                        nil,
	} {
		ds, _ := Dates(Analyze(in))
		var got []string
		for _, d := range ds {
			got = append(got, d.String())
			if d.Start < 0 || d.End > len(in) || d.Start >= d.End {
				t.Errorf("%q: date span %d:%d", in, d.Start, d.End)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Dates(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateConflict(t *testing.T) {
	d := func(y, m, day int) Date { return Date{Year: y, Month: m, Day: day} }
	for _, tc := range []struct {
		a, b Date
		want bool
	}{
		{d(2014, 0, 0), d(2013, 0, 0), true},
		{d(2021, 6, 0), d(2021, 6, 24), false},
		{d(0, 6, 25), d(0, 6, 24), true},
		{d(0, 6, 22), Date{Month: 6, Day: 21, DayEnd: 23}, false},
		{d(2015, 12, 0), d(2015, 0, 0), false},
		// Decades: with their century, and without ("the fifties").
		{d(1947, 7, 20), Date{Year: 1950, YearEnd: 1959}, true},
		{d(1957, 7, 20), Date{Year: 1950, YearEnd: 1959}, false},
		{d(1947, 7, 20), Date{Decade: 5}, true},
		{d(1957, 0, 0), Date{Decade: 5}, false},
		{Date{Year: 1960, YearEnd: 1969}, Date{Decade: 6}, false},
	} {
		if got := tc.a.Conflict(tc.b); got != tc.want {
			t.Errorf("%v.Conflict(%v) = %v", tc.a, tc.b, got)
		}
	}
}

func TestQuantities(t *testing.T) {
	q := func(s string) []Quantity {
		toks := Analyze(s)
		_, used := Dates(toks)
		return Quantities(toks, used)
	}
	more := q("after more than three hours of talks")
	less := q("for less than an hour")
	two := q("two hours alone")
	if len(more) != 1 || more[0].Cmp != MoreThan || more[0].Value != 3 || more[0].Unit != "hour" {
		t.Fatalf("more: %+v", more)
	}
	if len(less) != 1 || less[0].Cmp != LessThan || less[0].Value != 1 {
		t.Fatalf("less: %+v", less)
	}
	if !less[0].Conflict(more[0]) || less[0].Conflict(two[0]) == false || two[0].Conflict(two[0]) {
		t.Error("conflicts wrong")
	}
	// "Over" a time is what it took as often as more than it: at least.
	// "300 officers over two years" holds with "in two years" and
	// "within three years" does not contradict it; "in one year" does.
	over := q("would add 300 officers over two years")
	if len(over) != 2 || over[1].Cmp != AtLeast || over[1].Value != 2 || over[1].Unit != "year" {
		t.Fatalf("over two years: %+v", over)
	}
	if in := q("in two years"); over[1].Conflict(in[0]) || !over[1].Conflict(q("in one year")[0]) {
		t.Error("over two years: conflicts wrong")
	}
	if people := q("over 300 people"); len(people) != 1 || people[0].Cmp != MoreThan {
		t.Errorf("over 300 people: %+v", people)
	}
	if one := q("One of the officials said"); len(one) != 1 || one[0].Value != 1 || one[0].Unit != q("one official")[0].Unit {
		t.Errorf("one of the officials: %+v", one)
	}
	if len(q("on June 24")) != 0 {
		t.Error("a day counted as a quantity")
	}
	if last := q("began its eighth and final season"); len(last) != 1 || last[0].Unit != q("eighth season")[0].Unit {
		t.Errorf("eighth and final season: %+v", last)
	}
	// A name after "and" is no adjective of the figure's unit: the list
	// goes on to its next holder.
	for _, s := range []string{"Pryce on 1,958 and Reform's Carla Quint on 704", "Pryce on 1,958 and Carla Quint on 704"} {
		if list := q(s); len(list) != 2 || list[0].Unit != "" {
			t.Errorf("%s: %+v", s, list)
		}
	}
	// "half" goes before a determiner without "of", as "all" does: half
	// the voters are half of the voters; other fractions need their "of".
	for _, s := range []string{"nearly half the voters stayed home", "nearly half their voters stayed home"} {
		if got, want := q(s), q("nearly half of the voters stayed home"); len(got) != 1 || len(want) != 1 || got[0].Unit != want[0].Unit || got[0].Value != want[0].Value {
			t.Errorf("%q: %+v, want %+v", s, got, want)
		}
	}
}

// A figure said with "and a half", or in two units of time, is one
// figure: a sentence of "four years and six months" is the "four and a
// half year" sentence a reader writes.
func TestCompoundFigures(t *testing.T) {
	q := func(s string) []Quantity {
		toks := Analyze(s)
		_, used := Dates(toks)
		return Quantities(toks, used)
	}
	for _, tc := range []struct {
		text  string
		value float64
		unit  string
	}{
		{"he was jailed for four years and six months", 4.5, "four and a half years"},
		{"a four and a half year sentence", 4.5, "four and a half years"},
		{"the talks lasted two hours and 30 minutes", 2.5, "two and a half hours"},
		{"some four and a half million people", 4.5e6, "two people"},
	} {
		got, unit := q(tc.text), q(tc.unit)
		if len(got) != 1 || got[0].Value != tc.value || got[0].Unit != unit[len(unit)-1].Unit {
			t.Errorf("%q: %+v, want %g %s", tc.text, got, tc.value, tc.unit)
		}
	}
	// Two figures stay two when the second counts something else.
	if got := q("five years and two children"); len(got) != 2 {
		t.Errorf("five years and two children: %+v", got)
	}
}

func TestLightNounsBeforeOf(t *testing.T) {
	stop := func(s, word string) bool {
		for _, t := range Analyze(s) {
			if t.Text == word {
				return t.Stop
			}
		}
		return false
	}
	if !stop("associated with the genre of death metal", "genre") {
		t.Error(`"the genre of death metal": "genre" is a content word`)
	}
	if stop("a new genre emerged", "genre") {
		t.Error(`"a new genre": "genre" is a stop word`)
	}
}

func TestSpellingVariantsMatch(t *testing.T) {
	for a, b := range map[string]string{"militarise": "militarize", "organisation": "organization", "defence": "defense", "centre": "center", "behaviour": "behavior", "catalogue": "catalog"} {
		if x, y := terms(Analyze(a)), terms(Analyze(b)); !reflect.DeepEqual(x, y) {
			t.Errorf("%s -> %v, %s -> %v", a, x, b, y)
		}
	}
}

// TestSpellingKeepsDoubledL: "travelling" is "traveling", but "selling"
// and "telling" keep the "ll" of "sell" and "tell", so they stem as
// "sells" and "tells" do.
func TestSpellingKeepsDoubledL(t *testing.T) {
	for a, b := range map[string]string{"travelling": "traveling", "selling": "sell", "telling": "tells", "spelled": "spell"} {
		if x, y := terms(Analyze(a)), terms(Analyze(b)); !reflect.DeepEqual(x, y) {
			t.Errorf("%s -> %v, %s -> %v", a, x, b, y)
		}
	}
}

func Example() {
	for _, t := range Analyze("Russia doesn't have a treaty with the U.S.") {
		fmt.Printf("%s[%d:%d]=%s ", t.Text, t.Start, t.End, t.Term)
	}
	// Output: Russia[0:6]=russia doesn't[7:14]=does doesn't[7:14]=not have[15:19]=have a[20:21]=a treaty[22:28]=treati with[29:33]=with the[34:37]=the U.S.[38:42]=united states
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Russia’s “Reset”", "ﬁ", "\xff\xfe", "U.S.–Russia"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		// Stable on its own output, up to case (x/text folds some
		// Cherokee letters back and forth).
		if n2 := Normalize(n); !strings.EqualFold(n2, n) {
			t.Errorf("Normalize(%q) = %q, again %q", s, n, n2)
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"Russia doesn't have a treaty with the U.S.", "24/7 10,375 3.5", "U.S.-Russia co-operation", "June 21-23, 2011", "a.b.c.d.", "-- ' ’s", "\xff\x00",
		"between $5 and $6 a pound", "$5-6 million", "€4.2m", "15 per cent", "50–60%", "$ 5 – $ 6", "Vladi\u00admir\u200b Putin\ufeff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Analyze(s)
		for _, tk := range toks {
			if tk.Start < 0 || tk.End > len(s) || tk.Start > tk.End {
				t.Fatalf("token %+v outside text of %d bytes", tk, len(s))
			}
		}
		ds, used := Dates(toks)
		for _, d := range ds {
			if d.Start < 0 || d.End > len(s) || d.Start > d.End {
				t.Fatalf("date %+v outside text", d)
			}
		}
		for _, q := range Quantities(toks, used) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("quantity %+v outside text", q)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	s := "Notable Russian hackers including Roman Seleznev and Vadim Polyakov were arrested in 2014 and subsequently extradited to the U.S. from the countries in which they were arrested."
	for b.Loop() {
		Analyze(s)
	}
}

// BenchmarkAnalyzeAdversarial: pasted pages of dots and separators must
// stay linear ("a.a.a…", "1,000,000,…").
func BenchmarkAnalyzeAdversarial(b *testing.B) {
	inputs := []string{strings.Repeat("a.", 20000), "1" + strings.Repeat(",000", 20000), strings.Repeat("U.S.-Russia ", 5000)}
	for b.Loop() {
		for _, s := range inputs {
			Analyze(s)
		}
	}
}

// TestListsNameSourceAndLicence: every word list says where it comes from
// and under which licence, in its header.
func TestListsNameSourceAndLicence(t *testing.T) {
	files, err := fs.Glob(data, "data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no lists: %v", err)
	}
	for _, f := range files {
		b, _ := fs.ReadFile(data, f)
		head := strings.ToLower(string(b[:min(len(b), 1200)]))
		if !strings.Contains(head, "# source:") || !strings.Contains(head, "licence") {
			t.Errorf("%s: header does not name its source and licence", f)
		}
	}
}

// TestPlacesAndCapitals: a capital typed in lower case still stands for
// its country ("moscow and washington agreed"), except as a place ("met in
// moscow"); the gazetteer knows both.
func TestPlacesAndCapitals(t *testing.T) {
	terms := func(s string) []string { return Terms(Analyze(s)) }
	if got := terms("moscow and washington agreed"); got[0] != "russia" || got[1] != "united states" {
		t.Errorf("capitals as governments: %q", got)
	}
	if got := terms("they met in moscow"); got[len(got)-1] != "moscow" {
		t.Errorf("capital as a place: %q", got)
	}
	for _, p := range []string{"moscow", "geneva", "united states", "russia", "new york", "european union"} {
		if !IsPlace(p) {
			t.Errorf("IsPlace(%q) = false", p)
		}
	}
}

// TestScaledQuantities: "4.2 million euros" and "5 million euros" are
// different amounts; "more than 3 million" keeps its bound.
func TestScaledQuantities(t *testing.T) {
	qs := func(s string) []Quantity {
		toks := Analyze(s)
		_, used := Dates(toks)
		return Quantities(toks, used)
	}
	a, b := qs("a fine of 4.2 million euros"), qs("a fine of 5 million euros")
	if len(a) != 1 || len(b) != 1 || a[0].Value != 4.2e6 || a[0].Unit != "euro" || !a[0].Conflict(b[0]) {
		t.Fatalf("4.2 million euros = %+v, 5 million euros = %+v", a, b)
	}
	if c := qs("more than 3 million people"); len(c) != 1 || c[0].Cmp != MoreThan || c[0].Value != 3e6 {
		t.Errorf("more than 3 million people = %+v", c)
	}
}

// TestTrailingHashtagsAreTags: hashtags that end a post tag its topic and
// count for nothing; a hashtag or mention inside it is the words it spells.
func TestTrailingHashtagsAreTags(t *testing.T) {
	content := func(s string) []string {
		var out []string
		for _, tk := range Analyze(s) {
			if !tk.Stop {
				out = append(out, tk.Text)
			}
		}
		return out
	}
	for in, want := range map[string][]string{
		"moscow cant be trusted #cybersecurity #USRussia": {"moscow", "cant", "trusted"},
		"#BidenPutinSummit ended early":                   {"Biden", "Putin", "Summit", "ended", "early"},
		"@JoeBiden met putin":                             {"Joe", "Biden", "met", "putin"},
		"putin praised @JoeBiden":                         {"putin", "praised", "Joe", "Biden"},
		"#RussiaHackedTheElection":                        {"Russia", "Hacked", "Election"},
	} {
		if got := content(in); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: content words %q, want %q", in, got, want)
		}
	}
}

// TestMonthsInLowerCase: readers type months in lower case ("on 21 july
// 2017"); a month name that is also a word ("may", "march") stays a word
// unless capitalised, or after a month's preposition at its clause's end.
func TestMonthsInLowerCase(t *testing.T) {
	for in, want := range map[string]string{
		"ria reported on 21 july 2017":    "2017-07-21",
		"they met from june 21 to 23":     "0000-06-21",
		"the talks may resume":            "",
		"protesters march on the capital": "",
		"an august body met in May 2014":  "2014-05",
		// After a month's preposition, ending the clause: a month.
		"the election will be held in may":   "0000-05",
		"until march, when the talks resume": "0000-03",
		"the figures put in may be wrong":    "",
		"this may be the last vote":          "",
	} {
		ds, _ := Dates(Analyze(in))
		got := ""
		if len(ds) > 0 {
			got = ds[0].ISO()
		}
		if got != want {
			t.Errorf("%q: first date %q, want %q", in, got, want)
		}
	}
}

func TestPrivativeAdjectives(t *testing.T) {
	toks := Analyze("Tatum is childless")
	if len(toks) != 4 || !toks[2].Neg || toks[3].Term != Analyze("child")[0].Term || toks[3].Start != toks[2].Start {
		t.Errorf(`"childless": %+v, want "no" and "child" with its span`, toks)
	}
	if toks := Analyze("an endless war"); len(toks) != 3 || toks[1].Neg {
		t.Errorf(`"endless" read as without something: %+v`, toks)
	}
}

// TestEveryFormBendsAlike: the British/American suffix rules read a
// word's base form, so all its forms get one term: "raised" is the term
// of "raise" (too short to bend), "promised" that of "promise" (an
// exception), while "organised" and "organized" still meet.
func TestEveryFormBendsAlike(t *testing.T) {
	for _, forms := range [][]string{
		{"raise", "raised", "raises", "raising"},
		{"promise", "promised", "promises", "promising"},
		{"arise", "arises", "arising"},
		{"organise", "organised", "organize", "organized"},
		{"realise", "realised", "realize", "realized"},
	} {
		want := Analyze(forms[0])[0].Term
		for _, f := range forms[1:] {
			if got := Analyze(f)[0].Term; got != want {
				t.Errorf("%q has term %q, %q has %q", f, got, forms[0], want)
			}
		}
	}
}

// "No longer", "any longer" and "anymore" finish a negation: the negation
// is the content, so a source's "does not own a car" lacks no word of "no
// longer owns a car"; "longer" on its own is a comparative.
func TestWordsThatFinishANegation(t *testing.T) {
	stop := func(s, word string) bool {
		for _, t := range Analyze(s) {
			if t.Text == word {
				return t.Stop
			}
		}
		t.Fatalf("%q: no token %q", s, word)
		return false
	}
	for _, tc := range []struct {
		s, word string
		stop    bool
	}{
		{"the ferry no longer stops at the island", "longer", true},
		{"she could not wait any longer", "longer", true},
		{"the shop does not open on Sundays anymore", "anymore", true},
		{"the bridge is longer than the tunnel", "longer", false},
		{"a longer season starts in May", "longer", false},
		{"the warmest winter ever recorded", "ever", true},
		{"the club doesnt even own the ground", "even", true},
		{"the mayor never even replied", "even", true},
		{"the vote was split into two even halves", "even", false},
		{"even the coach was surprised", "even", false},
	} {
		if got := stop(tc.s, tc.word); got != tc.stop {
			t.Errorf("%q: %q stop = %v, want %v", tc.s, tc.word, got, tc.stop)
		}
	}
	for _, tk := range Analyze("the ferry no longer stops") {
		if tk.Text == "no" && !tk.Neg {
			t.Error(`"no longer": "no" is no negation`)
		}
	}
}

// A bound before a figure is written with one term whichever words say
// it ("over 300" has the "more" of "more than 300", "a maximum of 20" the
// "most" of "at most 20"), and Quantities still reads the bound from the
// words as written.
func TestBoundsOfAFigureShareATerm(t *testing.T) {
	for _, tc := range []struct{ short, long string }{
		{"over 40 ferries sailed", "more than 40 ferries sailed"},
		{"in excess of $3 million was raised", "greater than $3 million was raised"},
		{"under 12 lanes", "fewer than 12 lanes"},
		{"a maximum of 6 weeks", "at most 6 weeks"},
		{"roughly 700 seats", "around 700 seats"},
	} {
		long := map[string]bool{}
		for _, w := range Terms(Analyze(tc.long)) {
			long[w] = true
		}
		for _, w := range Terms(Analyze(tc.short)) {
			if !long[w] {
				t.Errorf("%q has %q, which %q has not (%q)", tc.short, w, tc.long, Terms(Analyze(tc.long)))
			}
		}
	}
	if got := strings.Join(Terms(Analyze("the bridge over the bay")), " "); got != "bridg over bay" {
		t.Errorf("the bridge over the bay = %q: a bound without a figure", got)
	}
	if got := strings.Join(Terms(Analyze("more people than ever came")), " "); !strings.Contains(got, "more") || !strings.Contains(got, "than") {
		t.Errorf("more people than ever came = %q: a comparative without a figure", got)
	}
	if toks := Analyze("no more than 10 people"); !toks[0].Neg {
		t.Errorf("no more than 10 people: %q is no negation", toks[0].Text)
	}
	for _, s := range []string{"over 40 ferries", "in excess of 40 ferries"} {
		qs := Quantities(Analyze(s), nil)
		if len(qs) != 1 || qs[0].Cmp != MoreThan || qs[0].Value != 40 {
			t.Errorf("Quantities(%q) = %+v, want more than 40", s, qs)
		}
	}
}

// A month or weekday of seven letters or more is read through one slip of
// the keyboard ("Septmber", "Febuary", "Thrusday"), so a date typed with
// one matches the source's; shorter names and words one added letter away
// ("Augusta") stay what they are.
func TestCalendarNamesThroughATypo(t *testing.T) {
	for _, tc := range []struct{ typed, want string }{
		{"the vote was held in Septmber", "the vote was held in September"},
		{"on 3 Febuary 2021", "on 3 February 2021"},
		{"the ferry left on Thrusday", "the ferry left on Thursday"},
		{"they met on wedensday", "they met on wednesday"},
	} {
		got, want := strings.Join(Terms(Analyze(tc.typed)), " "), strings.Join(Terms(Analyze(tc.want)), " ")
		if got != want {
			t.Errorf("%q = %q, want %q's %q", tc.typed, got, tc.want, want)
		}
	}
	for _, w := range []string{"Augusta", "match", "sundry", "Octobers"} {
		if IsMonthOrWeekday(w) {
			t.Errorf("%q read as a month or weekday", w)
		}
	}
	if !IsMonthOrWeekday("Novmber") {
		t.Error(`"Novmber" is no month`)
	}
}
