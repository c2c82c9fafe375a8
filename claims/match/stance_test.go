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

// A negation on the statement's side whose verb the source has no word
// for contradicts nothing: "declined to comment" against a source that
// never has the company comment or decline, "left … without electricity"
// against one that never says what the storm left. A negated verb the
// source does have still contradicts ("refused to pay" against "paid").
// The sentences are written for this test.
func TestNegationOfAnUnsaidVerb(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"A software developer in Lahore privately reported the server bug to the games studio Mojang months before he wrote his blog post.", "Mojang declined to comment on the server bug.", Unverified},
		{"Cyberattacks against the Ukrainian power grid in December 2015 were attributed to Russian hackers.", "The December attack left about 230,000 Ukrainians without electricity.", Unverified},
		{"The logistics company paid its overdue taxes to the city last spring.", "The logistics company refused to pay its overdue taxes to the city.", Contradicted},
		{"The logistics company paid its overdue taxes to the city last spring.", "The logistics company did not pay its overdue taxes to the city.", Contradicted},
	})
}
