package match

import "testing"

// A name said to hold a post that the source gives to another person,
// named right after the post, is not supported: "Andrew Colvin is the
// Prime Minister's national security adviser" against a list that opens
// with the adviser, Andrew Shearer, and ends with Commissioner Andrew
// Colvin (archive-5 development, a wrong badge on a real page). The
// holder the source names is supported, by full name or surname; a
// first name shared with the other holder is no match.
func TestOtherHolderOfAPost(t *testing.T) {
	const roadshow = "The roadshow featured the Prime Minister’s national security adviser, Andrew Shearer, Justin Bassi, who advises Attorney-General George Brandis on crime and security matters, and Australian Federal Police Commissioner Andrew Colvin."
	checkOneClaimCases(t, []oneClaimCase{
		{roadshow, "Andrew Colvin is the Prime Minister's national security adviser.", Unverified},
		{roadshow, "Justin Bassi is the Australian Federal Police Commissioner.", Unverified},
		{roadshow, "Andrew Shearer is the Prime Minister's national security adviser.", Supported},
		{roadshow, "Shearer is the Prime Minister's national security adviser.", Supported},
		{roadshow, "Andrew Colvin is the Australian Federal Police Commissioner.", Supported},
	})
}

// A change of a figure ("at 13%, down from 19%") sets each figure of a
// statement that gives a change too against the source's figure in the
// same place: the same two figures the other way round contradict it
// (archive-5 development, a wrong badge on a real page). A statement that
// gives one of the two is not contradicted by the other: which end it
// means is not settled.
func TestChangeOfAFigure(t *testing.T) {
	const poll = "A Gallup Korea poll released on Friday showed Yoon’s approval rating at 13%, The Korea Times reported, down from 19% a week earlier."
	const sales = "Sales fell to $40 million in 2019 from $50 million a year earlier."
	checkOneClaimCases(t, []oneClaimCase{
		{poll, "A Gallup Korea poll showed Yoon's approval rating at 19%, up from 13% a week earlier.", Contradicted},
		{poll, "A Gallup Korea poll showed Yoon's approval rating at 13%, down from 19% a week earlier.", Supported},
		{poll, "Yoon's approval rating was 19% a week earlier.", Unverified},
		{poll, "A Gallup Korea poll showed Yoon's approval rating at 13%.", Supported},
		{sales, "Sales fell to $40 million in 2019 from $50 million.", Supported},
		{sales, "Sales fell to $50 million in 2019 from $40 million.", Contradicted},
	})
}

// "no-" opening a compound negates nothing: "a no-vote termination fee"
// is a fee (archive-5 development: it gave a red badge, "negated", and
// "there is no termination fee" a green one).
func TestNoCompoundIsNoNegation(t *testing.T) {
	const fee = "And if Yahoo shareholders vote down the deal, there is a so-called naked no-vote termination fee of $15 million payable to Verizon to reimburse expenses."
	checkOneClaimCases(t, []oneClaimCase{
		{fee, "If shareholders vote down the deal, there is a termination fee of $15 million payable to Verizon.", Supported},
		{fee, "If shareholders vote down the deal, there is no termination fee payable to Verizon.", Contradicted},
	})
}
