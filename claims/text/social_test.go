package text

import (
	"strings"
	"testing"
)

// TestChatTwoIsToBeforeAVerb: a reader's "2" is "to" between a word that
// a "to" and a verb follow and a verb ("the council plans 2 close the
// pool"); everywhere else it is the figure two, a count the matcher
// compares ("the 2 schools", "has 2 votes", "the 2 meet on friday"). The
// sentences are written for this test.
func TestChatTwoIsToBeforeAVerb(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the council plans 2 close the pool", "council plan close pool"},
		{"the mayor is going 2 resign", "mayor go resign"},
		{"the unions agreed 2 end the strike", "union agre end strike"},
		{"he was unable 2 attend", "unabl attend"},
		{"the 2 schools plan 2 merge", "2 school plan merg"},
		{"the party has 2 votes", "parti 2 vote"},
		{"the 2 meet on friday", "2 meet friday"},
		{"she hopes 2 win 2 medals", "hope win 2 medal"},
		{"the club plans 2 Wembley games", "club plan 2 wembley game"}, // a name is no verb
		{"the club plans: 2 close", "club plan 2 close"},               // punctuation parts them
	} {
		var got []string
		for _, tk := range Analyze(tc.in) {
			if !tk.Stop || tk.Kind == Number {
				got = append(got, tk.Term)
			}
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("Analyze(%q) content = %q, want %q", tc.in, s, tc.want)
		}
	}
	for _, tk := range Analyze("they plan 2 sell") {
		if tk.Text == "2" && (tk.Term != "to" || tk.Kind == Number || tk.Start != 10 || tk.End != 11) {
			t.Errorf(`"plan 2 sell": the 2 reads %+v, want the word "to" at its own span`, tk)
		}
	}
}

// TestReadersShortWordsForNewsWords: readers shorten "including" and
// "operations" (data/social.txt), and type "whole" where a source writes
// "entire" (data/news-synonyms.txt): both sides read the same terms.
func TestReadersShortWordsForNewsWords(t *testing.T) {
	for _, tc := range []struct{ reader, source string }{
		{"prices rose 4 percent incl fuel", "prices rose 4 percent including fuel"},
		{"the army paused its ops in the north", "the army paused its operations in the north"},
		{"the storm flooded the whole valley", "the storm flooded the entire valley"},
		{"the vote is 2moro nite", "the vote is tomorrow night"},
		{"the natl team shld win tonite", "the national team should win tonight"},
		{"afaik the mayor resigned", "the mayor resigned"},
	} {
		r, s := contentTerms(tc.reader), contentTerms(tc.source)
		if r != s {
			t.Errorf("%q reads %q, %q reads %q: want the same", tc.reader, r, tc.source, s)
		}
	}
}

// TestSlashedAndPossessiveChatForms: "w/o" is "without", a negation, not
// "with" and a stray letter; "b/c" is "because"; a chat form keeps its
// reading with a possessive ("the govt's plan"). The sentences are
// written for this test.
func TestSlashedAndPossessiveChatForms(t *testing.T) {
	for _, tc := range []struct{ reader, source string }{
		{"the mayor left w/o a word", "the mayor left without a word"},
		{"the match was called off b/c of rain", "the match was called off because of rain"},
		{"the govt's budget was cut", "the government's budget was cut"},
		{"the ferry crossing takes 3 hrs", "the ferry crossing takes 3 hours"},
		{"the speech lasted 40 mins", "the speech lasted 40 minutes"},
		{"the mayor resigned yday", "the mayor resigned yesterday"},
	} {
		r, s := contentTerms(tc.reader), contentTerms(tc.source)
		if r != s {
			t.Errorf("%q reads %q, %q reads %q: want the same", tc.reader, r, tc.source, s)
		}
	}
	for _, tk := range Analyze("the mayor left w/o a word") {
		if tk.Text == "w" && !tk.Neg {
			t.Error(`"w/o" is no negation`)
		}
	}
	for _, tk := range Analyze("she met w o'brien") { // a letter alone before a name
		if tk.Term == "without" {
			t.Error(`"w o'brien" read as "without"`)
		}
	}
}

// TestChatBoundsOfAFigure: "abt 3 hrs" and "approx 3 mins" bound their
// figure as "about 3 hours" and "approximately 3 minutes" do.
func TestChatBoundsOfAFigure(t *testing.T) {
	for reader, source := range map[string]string{
		"the flight took abt 3 hrs":     "the flight took about 3 hours",
		"the talk lasted approx 3 mins": "the talk lasted approximately 3 minutes",
	} {
		r, s := Quantities(Analyze(reader), nil), Quantities(Analyze(source), nil)
		if len(r) != 1 || len(s) != 1 || r[0].Value != s[0].Value || r[0].Unit != s[0].Unit || r[0].Cmp != s[0].Cmp {
			t.Errorf("%q reads %+v, %q reads %+v: want the same figure and bound", reader, r, source, s)
		}
	}
}

// contentTerms are the terms of a text's words that are no stop words,
// and its negations.
func contentTerms(s string) string {
	var out []string
	for _, tk := range Analyze(s) {
		if !tk.Stop || tk.Neg {
			out = append(out, tk.Term)
		}
	}
	return strings.Join(out, " ")
}

// TestCompassLetters: "n korea" is North Korea and "s africa" South
// Africa, while "n" joining two names stays "and". The sentences are
// written for this test.
func TestCompassLetters(t *testing.T) {
	for reader, want := range map[string]string{
		"n korea tested a rocket":          "north korea test rocket",
		"N Korea tested a rocket":          "north korea test rocket",
		"new sanctions on n korea":         "new sanction north korea",
		"s africa won the match":           "south africa win match",
		"the governor of n carolina spoke": "governor north carolina speak",
		"japan n korea signed a deal":      "japan korea sign agreement",
		"biden n putin held talks":         "biden putin hold talk",
	} {
		if got := contentTerms(reader); got != want {
			t.Errorf("%q reads %q, want %q", reader, got, want)
		}
	}
}

// TestReadersThousands: a reader's "10k" before a plural noun counts
// thousands ("10k people", "5k votes"), and "2.5 mil" is millions; "a 10k
// race" is a run's length, no count. The sentences are written for this
// test.
func TestReadersThousands(t *testing.T) {
	for s, want := range map[string]float64{
		"about 10k people marched":  10000,
		"she won 5k votes":          5000,
		"the deal is worth 2.5 mil": 2500000,
		"she ran a 10k race":        0,
	} {
		var got float64
		for _, tk := range Analyze(s) {
			if tk.Kind == Number {
				got = tk.Num
			}
		}
		if got != want {
			t.Errorf("%q: figure %v, want %v", s, got, want)
		}
	}
}

// TestEraAfterAFigure: "300 bc" is the era, as "300 BC" is; "bc" elsewhere
// is "because".
func TestEraAfterAFigure(t *testing.T) {
	if r, s := contentTerms("the temple was built in 300 bc"), contentTerms("the temple was built in 300 BC"); r != s {
		t.Errorf("%q, %q: want the same", r, s)
	}
	if r, s := contentTerms("the game was off bc of rain"), contentTerms("the game was off because of rain"); r != s {
		t.Errorf("%q, %q: want the same", r, s)
	}
}
