package match

import (
	"strings"
	"testing"
)

// A name of several words is named whole in a reason: "Home Depot", not
// "Depot" because the source happens to say "home", nor "Depot" alone as
// the statement's speaker. The sentences are written for this test.
func TestMultiWordNamesAreNamedWhole(t *testing.T) {
	for _, tc := range []struct {
		source, statement, want string
	}{
		{"Walmart said it would hire 80,000 workers for its home improvement stores this spring.", "Home Depot said it would hire 80,000 workers this spring.", "“Home Depot”"},
		{"The retailer said home sales rose 4 percent last year.", "Home Depot said home sales rose 4 percent last year.", "“Home Depot”"},
		{"Sales of home furnishings rose 4 percent last year, Walmart said.", "Home Depot said sales of home furnishings rose 4 percent last year.", "not to Home Depot"},
	} {
		r := oneClaim(t, tc.source).Check(tc.statement)
		if !strings.Contains(r.Reason, tc.want) {
			t.Errorf("%q against %q: %s (%s), want a reason with %s", tc.statement, tc.source, r.Verdict, r.Reason, tc.want)
		}
	}
}
