package match

import "testing"

// TestFractionIsNoCount: "a third of the voters" is a share, not three
// of them: it neither supports nor is supported by a count of three, and
// the same share written otherwise is supported, another share
// contradicted.
func TestFractionIsNoCount(t *testing.T) {
	for _, tc := range []struct {
		claim, statement string
		want             Verdict
	}{
		{"Three voters backed the plan, the council said on Monday.", "A third of the voters backed the plan.", Unverified},
		{"A third of the members voted against the budget on Tuesday.", "Three of the members voted against the budget on Tuesday.", Unverified},
		{"A third of the members voted against the budget on Tuesday.", "One-third of the members voted against the budget on Tuesday.", Supported},
		{"Two-thirds of the members voted against the budget on Tuesday.", "two thirds of the members voted against the budget on tuesday", Supported},
		// Two shares of the same thing differ.
		{"A third of the members voted against the budget on Tuesday.", "Two-thirds of the members voted against the budget on Tuesday.", Contradicted},
	} {
		r := oneClaim(t, tc.claim).CheckText(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q against %q: %s (%s), want %s", tc.statement, tc.claim, r.Verdict, r.Reason, tc.want)
		}
	}
}
