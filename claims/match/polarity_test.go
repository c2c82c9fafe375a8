package match

import "testing"

// TestYetToAfterANoun: "yet to" after a noun ("families yet to receive")
// denies what follows as "have yet to" does, so a statement that they
// have not received it agrees with the source, and one that they have
// received it does not. The sentences are written for this test.
func TestYetToAfterANoun(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Officials said that, with 3,000 families in the valley yet to receive a single food parcel, the winter will be hard.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"3,000 families in the valley haven't received a single food parcel", Supported},
		{"3,000 families in the valley have received a single food parcel.", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
	// "Yet" as a conjunction, "to" as a preposition: no negation.
	for _, s := range []string{"The team lost, and yet to its fans the season was a success.", "She was tired yet to her credit she finished the race.", "The union isn't ready yet to sign the deal."} {
		toks := analyse(s).tokens
		for i, tok := range toks {
			if tok.Term == "yet" && yetToAfterNoun(toks, i) {
				t.Errorf("%q: %q read as a negation", s, tok.Text)
			}
		}
	}
}

