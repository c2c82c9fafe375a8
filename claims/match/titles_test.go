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

// A person the source names after one group and a role ("Harriers
// goalkeeper Tom Reid") is not shown to act for another group the source
// also names ("Tom Reid plays for the Rovers"): not supported, not
// contradicted (a person may belong to both, or have moved). The
// sentences are written for this test.
func TestPersonOfAnotherGroup(t *testing.T) {
	const match = "Harriers goalkeeper Tom Reid saved two penalties in Sunday's cup tie between Dunmore Rovers and Kelby Harriers."
	const firm = "Halden Energy chief executive Maria Lund said on Tuesday that the Brightwater Mining merger would go ahead."
	checkOneClaimCases(t, []oneClaimCase{
		{match, "Tom Reid plays for Dunmore Rovers.", Unverified},
		{match, "Tom Reid, who plays for Dunmore Rovers, saved two penalties in Sunday's cup tie.", Unverified},
		{match, "Rovers goalkeeper Tom Reid saved two penalties in Sunday's cup tie.", Unverified},
		{match, "Harriers goalkeeper Tom Reid saved two penalties in Sunday's cup tie.", Supported},
		{firm, "Maria Lund works for Brightwater Mining.", Unverified},
		{firm, "Maria Lund said the Brightwater Mining merger would go ahead.", Supported},
		{"Halden Energy chief executive Maria Lund spoke at the Brightwater Mining conference on Tuesday.", "Maria Lund spoke at the Brightwater Mining conference.", Supported},
	})
}

// A particle inside a name is no role: "Anna von Berg" does not name Berg
// after a group "Anna".
func TestNameParticleIsNoRole(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Police said Karl von Ostheim, son of former Austrian Chancellor Otto von Ostheim, died on Friday.", "Karl von Ostheim, son of former Austrian Chancellor Otto von Ostheim, died on Friday.", Supported},
	})
}
