package match

import "testing"

// TestRankBeforeATitle: a rank before a title ("vice president", "deputy
// secretary") that one side has and the other not leaves the statement
// without support, either way round, and contradicts nothing; the same
// rank on both sides is supported. The sentences are written for this
// test.
func TestRankBeforeATitle(t *testing.T) {
	ix := articleIndexWithLexicon(t, "“The pipes are older than anyone thinks,” said Dolores Brannigan, vice president of network planning for Harbor Water.\n\nThe board appointed Tomas Eklund president of the Lakeside Rowing Club in 2019.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Dolores Brannigan is president of network planning for Harbor Water.", Unverified},
		{"Tomas Eklund was appointed vice president of the Lakeside Rowing Club in 2019.", Unverified},
		{"Dolores Brannigan is vice president of network planning for Harbor Water.", Supported},
		{"Tomas Eklund was appointed president of the Lakeside Rowing Club in 2019.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
