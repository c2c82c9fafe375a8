package match

import "testing"

// TestPronounOfAnAdverbialClause: a pronoun that opens a clause after
// "because", "after", "when"… stands for a noun of the main clause before
// it ("the ferries stopped because they were damaged"), so the statement
// says what "they" is; a bare "it was closed", with nothing to stand for,
// still does not, nor does a "they" after a noun in the singular. The
// sentences are written for this test.
func TestPronounOfAnAdverbialClause(t *testing.T) {
	ix := articleIndexWithLexicon(t, "A port official said both ferries stopped sailing because they were damaged by the storm.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"A port official said both ferries stopped because they were damaged by the storm.", true},
		{"A port official said they were damaged by the storm.", false},
		{"A port official stopped sailing because they were damaged by the storm.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}
