package match

import (
	"strings"
	"testing"
)

// TestPronounReadAsPersonNamedBefore: an article's sentence that leaves
// its subject to the sentence before ("She did not give a date…" after
// "Lopez said…") supports a statement that names that person, and says
// how it read the pronoun; the reading never contradicts, and a person
// the paragraph does not name before the pronoun gets none. The article
// is written for this test.
func TestPronounReadAsPersonNamedBefore(t *testing.T) {
	ix := articleIndexOf(t, "Maria Lopez, the chief executive of Northwind Rail, spoke to reporters in Leeds on Monday.\n\n"+
		"Lopez said the first trains could run on the western line in 2026. She did not give a date for the opening of the eastern line, but said the company would test its signals for a year first.\n\n"+
		"“We will not cut corners on safety,” she said.")
	for _, tc := range []struct {
		statement string
		want      Verdict
		reason    string // in the reason, when not empty
	}{
		{"Maria Lopez did not give a date for the opening of the eastern line.", Supported, `reading "She" as Maria Lopez`},
		{"Maria Lopez gave a date for the opening of the eastern line.", Unverified, ""},
		{"Peter Holm did not give a date for the opening of the eastern line.", Unverified, ""},
	} {
		r := ix.Check(tc.statement)
		if r.Verdict != tc.want || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q: got %s (%s), want %s with %q", tc.statement, r.Verdict, r.Reason, tc.want, tc.reason)
		}
	}
}
