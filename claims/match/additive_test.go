package match

import "testing"

// A statement that gives another amount speaks of one besides the
// source's: the source's figures and dates are of the one before
// (archive-3 development, a wrong badge on a real page). A source that
// says "another" too speaks of the same amount.
func TestAnotherAmountIsNotTheSources(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"In July 2018, GiveWell recommended a $5.1 million grant to Evidence Action Beta.", "GiveWell plans to give Evidence Action Beta another $10 million in 2019.", Unverified},
		{"The army sent an additional 500 troops to the border in March.", "The army sent an additional 800 troops to the border in March.", Contradicted},
		{"The office said another 30 people had been injured in the clashes.", "The office said another 13 people had been injured in the clashes.", Contradicted},
		{"In July 2018, GiveWell recommended a $5.1 million grant to Evidence Action Beta.", "In July 2018, GiveWell recommended a $10 million grant to Evidence Action Beta.", Contradicted},
	})
}
