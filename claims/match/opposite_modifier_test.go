package match

import "testing"

// TestOppositeModifierPicksAnotherThing: an opposite word before a noun
// ("outward-facing camera" / "inward-facing camera") says which thing is meant; where the
// statement says something happened to its own that the source does not
// say at all, the source speaks of another thing and contradicts nothing.
// Where the source says the same of the other thing, the opposite still
// contradicts. The sentences are written for this test.
func TestOppositeModifierPicksAnotherThing(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Drivers can switch off the inward-facing camera of the Corvane bus, the operator said.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The outward-facing camera of the Corvane bus will be replaced next spring.", Unverified},
		{"the operator said drivers can switch off the outward-facing camera of the corvane bus", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
