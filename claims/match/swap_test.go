package match

import "testing"

// A place the source names after a noun of place and "of" ("in the US
// state of Ohio", "in the coastal town of Irun") stands in the
// preposition's slot: another place there swaps, the same place or one
// that may hold or lie in it does not. The sentences are written for
// this test.
func TestPlaceAfterAPlaceNounSwaps(t *testing.T) {
	const ohio = "Hours after the vote, a storm tore the roof off a school in the US state of Ohio, injuring four pupils."
	const town = "Police searched two houses in the coastal town of Whitby on Friday."
	const texas = "Hours after the vote, a storm tore the roof off a school in the state of Texas, injuring four pupils."
	checkOneClaimCases(t, []oneClaimCase{
		{ohio, "A storm tore the roof off a school in Indiana, injuring four pupils.", Contradicted},
		{ohio, "A storm tore the roof off a school in Ohio, injuring four pupils.", Supported},
		{town, "Police searched two houses in Leeds on Friday.", Contradicted},
		{town, "Police searched two houses in Whitby on Friday.", Supported},
		// A city the state holds is no swap.
		{texas, "A storm tore the roof off a school in Houston, injuring four pupils.", Unverified},
		// A country holds its states.
		{ohio, "A storm tore the roof off a school in the United States, injuring four pupils.", Supported},
	})
}

// Two parties of one country in the same slot swap: the same words of a
// name around them ("a Maine Democrat" / "a Maine Republican"), or the
// same preposition before them with the rest of the sentence alike. The
// same party by another of its names ("GOP", "Tories") is no swap. The
// sentences are written for this test.
func TestPartiesSwap(t *testing.T) {
	const senator = "\"The budget is a mess,\" said Senator Ann Cole, a Maine Democrat."
	const coalition = "In 2010 the Greens entered a coalition government with the Conservatives for the first time."
	const gop = "Senator Ann Cole, a Maine Republican, said the budget is a mess."
	checkOneClaimCases(t, []oneClaimCase{
		{senator, "Senator Ann Cole, a Maine Republican, said the budget is a mess.", Contradicted},
		{senator, "Senator Ann Cole, a Maine Democrat, said the budget is a mess.", Supported},
		{gop, "Senator Ann Cole, a Maine GOP senator, said the budget is a mess.", Unverified},
		{coalition, "In 2010 the Greens entered a coalition with Labour for the first time.", Contradicted},
		// Another name of the same party is no swap (the matcher does
		// not know it for the same word either).
		{coalition, "In 2010 the Greens entered a coalition with the Tories for the first time.", Unverified},
	})
}

// A name of several words ending in the claim's name's last word swaps
// after the same preposition, past a word describing the place ("to the
// nearby Harlow Research Center"), after "during" for "in" ("during the
// Falklands War"), and after "by" (by whom). A name the claim has in full
// in short ("the Mercer Museum" for "the Mercer Art Museum") is no swap. The
// sentences are written for this test.
func TestNameOfSeveralWordsSwapsAfterThePreposition(t *testing.T) {
	const ship = "Once the tanks are fitted, the probe will be ready for shipment to the nearby Harlow Research Center for a long test next spring."
	const war = "He says he flew cargo planes during the Falklands War and came under fire twice."
	const bought = "The painting was bought by the Mercer Art Museum in Leeds after the sale."
	checkOneClaimCases(t, []oneClaimCase{
		{ship, "The probe will be shipped to the Dalton Research Center for a long test.", Contradicted},
		{ship, "The probe will be shipped to the Harlow Research Center for a long test.", Supported},
		{war, "He says he flew cargo planes in the Gulf War and came under fire twice.", Contradicted},
		{war, "He says he flew cargo planes in the Falklands War and came under fire twice.", Supported},
		{bought, "The painting was bought by the Kell Museum in Leeds after the sale.", Contradicted},
		{bought, "The painting was bought by the Mercer Museum in Leeds after the sale.", Supported},
	})
}

// A name swapped in the claim's frame is no contradiction where the
// claim's article names the statement's own words of the name anywhere:
// the article may give that name to the same thing, or say both. The
// article is written for this test.
func TestSwappedNameTheArticleNames(t *testing.T) {
	ix := articleIndexOf(t, "The probe will be ready for shipment to the nearby Harlow Research Center for a long test next spring, engineers said on Monday.\n\nThe Dalton team built the probe's two fuel tanks last year, the agency said on Monday.")
	r := ix.Check("The probe will be ready for shipment to the Dalton Research Center for a long test.")
	if r.Verdict == Contradicted {
		t.Errorf("a name the article has: %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
	r = ix.Check("The probe will be ready for shipment to the Kelso Research Center for a long test.")
	if r.Verdict != Contradicted {
		t.Errorf("a name the article never has: %s (%s), want contradicted", r.Verdict, r.Reason)
	}
}

// Where a thing is based, born or headquartered, said with a hyphen or
// with "in", swaps with another place the source gives it there ("a
// firm based in Ohio" / "an Indiana-based firm"); a place that may hold
// the source's ("based in Texas" / "a Houston-based firm") or the same
// place does not. The sentences are written for this test.
func TestPlaceOfAThingSwaps(t *testing.T) {
	const firm = "The contract went to an Indiana-based engineering firm, the city said on Monday."
	const houston = "The contract went to a Houston-based engineering firm, the city said on Monday."
	const born = "The award went to Ann Cole, a Kenya-born engineer who moved to Leeds at ten."
	checkOneClaimCases(t, []oneClaimCase{
		{firm, "The contract went to an engineering firm based in Ohio.", Contradicted},
		{firm, "The contract went to an engineering firm based in Indiana.", Supported},
		{houston, "The contract went to an engineering firm based in Texas.", Unverified},
		{houston, "The contract went to a Dallas-based engineering firm.", Contradicted},
		{born, "The award went to Ann Cole, an engineer born in Uganda.", Contradicted},
	})
}

// A short form of the claim's word after the same word, possessive or
// not, is the same name, never swapped ("the State Dept's envoy" / "the
// State Department's envoy" was contradicted). The sentences are written
// for this test.
func TestShortFormAfterTheSameWord(t *testing.T) {
	const dept = "In March the State Department's envoy told reporters that talks would resume."
	checkOneClaimCases(t, []oneClaimCase{
		{dept, "In March the State Dept's envoy told reporters that talks would resume.", Unverified},
	})
}
