package match

import "testing"

// TestJustBeforeAFigureIsOnly: "just 30 days" says what "only 30 days"
// says, so a reader's "only" before a figure the source gives with "just"
// goes no further than the source; "just" in another sense ("just
// reopened") is no "only". The sentences are written for this test.
func TestJustBeforeAFigureIsOnly(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Harlow bridge reopened just 30 days after the storm.\n\nThe council has just approved the budget for the Harlow library.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"The Harlow bridge reopened only 30 days after the storm.", true},
		{"The Harlow bridge reopened 30 days after the storm.", true},
		{"Only the council approved the budget for the Harlow library.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}

// TestHyphenBoundParticipleIsNoEvent: a participle joined by a hyphen to
// the word before it ("a pearl-covered dress") describes a thing; it does
// not say something happened, so a source that has the thing in other
// words ("a dress decorated with pearls") is not short of that verb. A
// participle on its own is still an event the source must have. The
// sentences are written for this test.
func TestHyphenBoundParticipleIsNoEvent(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The thieves took a dress decorated with pearls from the Harlow hotel on Monday.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"The thieves took a pearl-covered dress from the Harlow hotel.", true},
		{"The thieves covered a dress with pearls at the Harlow hotel.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}
