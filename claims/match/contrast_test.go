package match

import (
	"strings"
	"testing"
)

// TestContrastBindsItsClause: the words of a relative clause after
// "unlike" or "compared with" are said of the thing contrasted, not of
// the sentence's subject; a statement that names that thing, or takes
// only the subject's own words, reads as before.
func TestContrastBindsItsClause(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The new Corsa Electric drives all four wheels, unlike the older Corsa Classic, which powered only the rear wheels. "+
		"The Halden bank now offers free current accounts, in contrast to its rivals, who charge a monthly fee.")
	for _, tc := range []struct {
		statement string
		bound     bool
	}{
		{"The new Corsa Electric powers only the rear wheels.", true},
		{"the halden bank charges a monthly fee for current accounts", true},
		{"The older Corsa Classic powered only the rear wheels.", false},
		{"The new Corsa Electric drives all four wheels.", false},
		{"Halden's rivals charge a monthly fee.", false},
	} {
		r := ix.Check(tc.statement)
		got := strings.Contains(r.Reason, "the source says \"") && strings.Contains(r.Reason, "\" of \"")
		// (A bound statement the main clause's opposite contradicts is
		// read right too: "free" against "charges".)
		if got != tc.bound && !(tc.bound && r.Verdict == Contradicted) || tc.bound && r.Verdict == Supported {
			t.Errorf("%q: %s (%s): bound to the contrast %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.bound)
		}
	}
}
