package match

import "testing"

// TestOnlyNamesShared: a source that names the statement's people but
// says nothing the statement says of them does not support it, however
// much of the statement's weight the names carry; where it says it, it
// does. The sentences are written for this test.
func TestOnlyNamesShared(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Councillor Ana Ruiz has kept quiet about the budget, but her rival Tom Hale has drawn large crowds in the northern towns.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Ana Ruiz will be on stage with Tom Hale.", Unverified},
		{"ana ruiz will be on the ballot against tom hale", Unverified},
		{"Tom Hale has drawn large crowds in the northern towns.", Supported},
		{"Ana Ruiz's rival Tom Hale has drawn large crowds.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
