package match

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexical"
)

// TestParaphrasesOfInflectedWords: PPDB's pairs a database carries
// (lexical.For: "increase rise") hold for every form of the words, with
// the decision the browser uses. PPDB lists "increase" and "increases",
// not "increased": the source's "increased" once got none of its
// paraphrases, and "Sales rose" was unverified.
func TestParaphrasesOfInflectedWords(t *testing.T) {
	const source = "Acme's sales increased by 10% in March, the company said."
	db := claims.FromClaims("acme", []claims.Claim{{ID: "1", Text: source, Sources: []claims.Source{{Quote: source}}}})
	lx, err := lexical.For(db)
	if err != nil {
		t.Fatal(err)
	}
	db.Lexical = lx
	ix := NewIndex(db)
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Acme's sales rose by 10% in March.", Supported},
		{"acme's sales increased by 10% in march", Supported},
		{"Acme's sales fell by 10% in March.", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q against %q: %s (%s), want %s", tc.statement, source, r.Verdict, r.Reason, tc.want)
		}
	}
}
