package match

import "testing"

// TestFigureNounSaidElsewhere: a statement may put before a figure's noun
// a word its source says elsewhere in the sentence ("more than 300 glacier
// surveys" where the source has "more than 300 surveys" and, later, "the
// glacier team"). The same figure then counts the same thing and is no
// figure the source never gives; a different figure is not contradicted
// through words the source does not put beside its own. The sentences
// are written for this test.
func TestFigureNounSaidElsewhere(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Now 68, Okonkwo has led more than 300 surveys and heads the glacier team at the institute in Tromsø.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Okonkwo has led more than 300 glacier surveys.", Supported},
		{"Okonkwo has led more than 300 surveys.", Supported},
		{"Okonkwo has led 120 glacier surveys.", Unverified},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
