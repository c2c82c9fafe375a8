package match

import "testing"

// TestStillIsRemaining: a reader's "still" says with an adverb what a
// source says with a verb of going on ("remains", "stays", "continues
// to"), so it is no word the source lacks; a source that says nothing of
// the kind gives no word for it. The sentences are written for this
// test.
func TestStillIsRemaining(t *testing.T) {
	for _, tc := range []struct {
		claim, statement string
		want             Verdict
	}{
		{"The coastal highway remains closed after the landslide.", "The coastal highway is still closed after the landslide.", Supported},
		{"The mayor continues to deny that the contract was rigged.", "The mayor still denies that the contract was rigged.", Supported},
	} {
		r := oneClaim(t, tc.claim).Check(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q against %q: %s (%s), want %s", tc.statement, tc.claim, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestContinuingGivesStill: which claims account for a statement's
// "still".
func TestContinuingGivesStill(t *testing.T) {
	q := analyse("The coastal highway is still closed.")
	for claim, want := range map[string]bool{
		"The coastal highway remains closed.":           true,
		"The coastal highway stayed closed for a week.": true,
		"The coastal highway was closed.":               false,
		"The coastal highway is still closed.":          false, // the word itself: no stand-in needed
	} {
		d := oneClaim(t, claim).doc(0)
		given := map[string]string{}
		continuing(q, d, given)
		if _, got := given["still"]; got != want {
			t.Errorf("%q: still given %v, want %v (%v)", claim, got, want, given)
		}
	}
}
