package match

import "testing"

// TestCloserSourceDiffers: a sentence that leaves unsaid part of the
// statement does not support it when another sentence, covering that part
// too, says otherwise there. The sentences are written for this test.
func TestCloserSourceDiffers(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Mara Quint, the harbour board's flood chief since the storms of 2009 and a familiar face at council meetings across the county, will retire at the end of June. "+
		"Mara Quint will retire from her post at the end of June.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Mara Quint, the ministry's flood chief, will retire at the end of June.", Unverified},
		{"Mara Quint will retire at the end of June.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
