package match

import (
	"strings"
	"testing"
)

// TestAdvocatesAccountIsOneSide: what a prosecutor or a defendant's
// lawyer tells a court is their side's account of the case, so a
// statement that says it happened, in its own voice, is not supported by
// it (never contradicted either); one that gives it to them is, and so is
// what a lawyer says they will do themselves. The article is written for
// this test.
func TestAdvocatesAccountIsOneSide(t *testing.T) {
	ix := articleIndexOf(t, "Former harbour master Owen Tully went on trial on Tuesday accused of selling berths at Callow marina for cash.\n\nProsecutor Ruth Amis told the court that Tully had hidden the cash in a storage unit in Dunmore. Tully's lawyer, Kieran Boyd, said the storage unit belonged to Tully's brother and that he would call him as a witness.\n\nThe marina was closed for repairs in June.")
	for _, tc := range []struct {
		statement string
		want      Verdict
		reason    string // in the reason, when not empty
	}{
		{"Tully hid the cash in a storage unit in Dunmore.", Unverified, "one side of a case"},
		{"The storage unit belonged to Tully's brother.", Unverified, "one side of a case"},
		{"Prosecutors said Tully hid the cash in a storage unit in Dunmore.", Supported, ""},
		{"Kieran Boyd will call Tully's brother as a witness.", Supported, ""},
		{"The marina was closed for repairs in June.", Supported, ""},
	} {
		r := ix.Check(tc.statement)
		if r.Verdict != tc.want || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q: got %s (%s), want %s with %q", tc.statement, r.Verdict, r.Reason, tc.want, tc.reason)
		}
	}
}

// TestWhetherLeavesItOpen: what a source says someone is examining
// whether it happened is open, however long the clause "whether" opens,
// so a statement that says it happened is not supported by those words;
// one that itself says it is being examined is. The article is written
// for this test.
func TestWhetherLeavesItOpen(t *testing.T) {
	ix := articleIndexOf(t, "The Water Standards Office said Marrow Water had told it of the leak on May 9, and was examining whether the company had met its duty to report the leak within 24 hours.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Marrow Water told the Water Standards Office of the leak within 24 hours.", Unverified},
		{"Marrow Water told the Water Standards Office of the leak on May 9.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
