package match

import "testing"

// TestFormerRole: a role the source says is over ("a former harbour
// master", "stepped down as chair") is not one the statement may say
// someone holds now; said in the past, or as former, it is supported.
func TestFormerRole(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Greta Solberg, a former harbour master, said the quay was unsafe. "+
		"Aldous Pike, who stepped down as chair of the Wexley Trust in May, will join its advisory panel.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Greta Solberg is the harbour master.", Unverified},
		{"Greta Solberg is a former harbour master.", Supported},
		{"Greta Solberg was harbour master.", Supported},
		{"Aldous Pike is still chair of the Wexley Trust.", Unverified},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestOnlyPossible: what the source says only could happen is not what
// will happen, nor what did; a statement that keeps the "could" is read
// as before.
func TestOnlyPossible(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Engineers at the Dunmore dam warned that the spillway could fail during the spring floods.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The Dunmore dam's spillway will fail during the spring floods.", Unverified},
		{"the spillway at dunmore dam failed in the spring floods", Unverified},
		{"Engineers warned the Dunmore dam spillway could fail during the spring floods.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
