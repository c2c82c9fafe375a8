package match

import "testing"

// What a source reports as claimed, rumoured or alleged ("false claims
// that …", "rumours that …") is no support of it, and a negation inside
// it contradicts nothing: an AP fact check's "False claims that Harris is
// not legally eligible to serve … have been circulating" contradicted a
// reader's true "Harris is eligible to serve as vice president". A
// statement about the claims themselves is still the source's, and so is
// a clause after a noun of what is known ("the fact that …"). The
// sentences are written for this test.
func TestHearsayIsNotTheSourcesWord(t *testing.T) {
	ix := articleIndexWithLexicon(t, "False claims that the mayor is not a citizen have circulated on social media since 2019.\n\nRumours that the old dam will be demolished next year spread quickly in the valley.\n\nThe council welcomed the fact that the new library will open in May.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The mayor is a citizen.", Unverified},
		{"The mayor is not a citizen.", Unverified},
		{"The old dam will be demolished next year.", Unverified},
		{"Claims about the mayor have circulated on social media since 2019.", Supported},
		{"The new library will open in May.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
