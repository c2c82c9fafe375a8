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
	} {
		r, s := strings.Join(terms(Analyze(tc.reader)), " "), strings.Join(terms(Analyze(tc.source)), " ")
		if r != s {
			t.Errorf("%q reads %q, %q reads %q: want the same", tc.reader, r, tc.source, s)
		}
	}
}
