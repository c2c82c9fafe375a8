package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/lexical"
)

// TestKindsOfThings: with a dictionary (the command line's), a statement
// saying its subject is another kind of thing than the source says is
// contradicted, when the two kinds exclude each other; without one (the
// browser) the rule is silent. The sentences are written for this test.
func TestKindsOfThings(t *testing.T) {
	for _, tc := range []struct {
		claim, statement string
		want             Verdict
		reason           string // in the reason, when not empty
	}{
		{"Harbour Lights is a 2004 British comedy drama film, set in Leeds.", "Harbour Lights is a 2004 British comedy drama book.", Contradicted, "it is a film, not a book"},
		{"Rex is a trained police dog in Vienna.", "Rex is a singer.", Contradicted, "dog"},
		{"Mossford is a city in the north of Italy.", "Mossford is a state.", Contradicted, "city"},
		// What a person is excludes little else they are.
		{"Ann Lee is an American model.", "Ann Lee is an actress.", Unverified, ""},
		// Abstract nouns overlap: a dream may be a fantasy.
		{"Officials said the partnership was a dream.", "Officials said the partnership was a fantasy.", Unverified, ""},
		// A broader word excludes nothing; it is said when it is the
		// broader word of what the source says ("a quarterback is a
		// player"), not the other way round.
		{"Basildon is a town in Essex.", "Basildon is a place.", Unverified, ""},
		{"Colm Reddy is an American football quarterback.", "Colm Reddy is a football player.", Supported, ""},
		{"Colm Reddy is an American football player.", "Colm Reddy is a football quarterback.", Unverified, "quarterback"},
	} {
		ix := oneClaim(t, tc.claim)
		ix.Dictionary = lexical.Kinds{}
		r := ix.Check(tc.statement)
		if r.Verdict != tc.want || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q against %q: got %s (%s), want %s with %q", tc.statement, tc.claim, r.Verdict, r.Reason, tc.want, tc.reason)
		}
	}
	// The browser has no dictionary: the kinds rule says nothing there.
	if r := oneClaim(t, "Harbour Lights is a 2004 British comedy drama film.").Check("Harbour Lights is a 2004 British comedy drama book."); r.Verdict == Contradicted {
		t.Errorf("without a dictionary: %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
}
