package match

import "testing"

// TestOppositeAboutTheParagraphsName: a claim whose subject only its
// paragraph names ("Crime in Brenmoor … The rates of burglary and arson
// nearly doubled") that says the opposite of what the statement says of
// that subject ("Brenmoor's arson rate went down") contradicts it, as it
// supports the same words. A negation there still settles nothing: its
// scope may be a detail the statement never claims ("$31,000, not
// including a delivery fee"). The sentences are written for this test.
func TestOppositeAboutTheParagraphsName(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Crime in Brenmoor has changed sharply over the past ten years, a council report found. The rates of burglary and arson nearly doubled in the last ten years, while the theft rate tripled.\n\nThe report was published on Friday.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Over the last decade Brenmoor's arson rate went down.", Contradicted},
		{"Over the last decade Brenmoor's theft rate tripled and its arson rate went down.", Contradicted},
		{"Over the last decade Brenmoor's theft rate tripled and its arson rate nearly doubled.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
	ix = articleIndexWithLexicon(t, "Halvern Motors showed its new Corvale sedan in Detroit on Tuesday. It will sell for $31,000, not including a $2,000 delivery fee.")
	for _, s := range []string{"the halvern corvale sells for $31,000 before the $2,000 delivery fee", "The Halvern Corvale will sell for $31,000."} {
		if r := ix.Check(s); r.Verdict == Contradicted {
			t.Errorf("%q: got %s (%s)", s, r.Verdict, r.Reason)
		}
	}
}
