package match

import (
	"testing"

	"github.com/factcheck/factcheck/claims/text"
)

// TestStanceOwnName: a polarity conflict in a claim that opens with a name
// the statement has is the claim's own, though the statement takes
// another name ("Ada") from the claim's paragraph; a claim that opens
// with a name the statement lacks may speak of another. Our own sentences.
func TestStanceOwnName(t *testing.T) {
	statement := "Ada Okoye's bakery, the largest in Kano, currently sells to Shoprite."
	terms := map[string]bool{}
	for _, tok := range text.Analyze("Okoye sells Shoprite currently") {
		terms[tok.Term] = true
	}
	for _, tc := range []struct {
		claim string
		want  Stance
	}{
		{"(Okoye does not currently sell to Shoprite.)", Contradicts},
		{"(Brandt does not currently sell to Shoprite.)", Related},
	} {
		al := alignment{statement: statement, claimTerms: terms, rest: 1, coverage: 1}
		al.findings = []finding{
			{kind: contextual, qSpan: [2]int{0, 3}},
			{rule: rulePolarity, kind: conflict, reason: "it is negated", cText: tc.claim, cSpan: [2]int{10, 13}},
		}
		if got, why := stance(al); got != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.claim, got, why, tc.want)
		}
	}
}
