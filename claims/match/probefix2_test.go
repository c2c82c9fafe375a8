package match

import "testing"

// A capital the statement writes for its country is not found in the
// claim's mention of that country elsewhere when the claim puts another
// name in the capital's place beside the same capital (capitalOfAnother,
// capitals.go): "Athens and Sofia" against "Athens and Skopje …, the
// Bulgarian government…" is not supported, and no more contradicted than
// a subject swapped where the claim never names the country (swap). A
// capital swapped after "in" still is; the capital the claim writes, or
// its country in that place, is found.
// The sentences are written for this test.
func TestCapitalInAnotherNamesPlace(t *testing.T) {
	const skopje = "Athens and Skopje have been unable to settle the dispute over the republic's name, and the Bulgarian government has stayed out of it."
	const sofia = "Athens and Sofia have been unable to settle the dispute over the republic's name."
	checkOneClaimCases(t, []oneClaimCase{
		{skopje, "Athens and Sofia have been unable to settle the dispute over the republic's name.", Unverified},
		{skopje, "Athens and Skopje have been unable to settle the dispute over the republic's name.", Supported},
		{sofia, "Athens and Ankara have been unable to settle the dispute over the republic's name.", Unverified},
		{"The two leaders met in Sofia on Friday, the Bulgarian government said.", "The two leaders met in Ankara on Friday.", Contradicted},
		{sofia, "Athens and Sofia have been unable to settle the dispute over the republic's name.", Supported},
		// The country in the capital's place is the capital's country.
		{"Greece and Bulgaria have been unable to settle the dispute over the republic's name.", "Athens and Sofia have been unable to settle the dispute over the republic's name.", Supported},
	})
}

// Opposite verbs conflict only when they say it of the same thing
// (saidOfOtherThing, patient.go): "few details were released" is not the
// suspect released, so a statement that the suspect was arrested is not
// contradicted by it. A suspect released is still no suspect arrested.
// The sentences are written for this test.
func TestOppositeSaidOfAnotherThing(t *testing.T) {
	const details = "Few details were released about the police raid, but local radio said a second suspect had led officers to the harbour warehouse."
	const freed = "Police released the second suspect who had led officers to the harbour warehouse."
	checkOneClaimCases(t, []oneClaimCase{
		{details, "the second suspect who led police to the harbour warehouse was also arrested", Unverified},
		{freed, "Police arrested the second suspect who had led officers to the harbour warehouse.", Contradicted},
		{"The second suspect, who had led officers to the harbour warehouse, was released by police.", "The second suspect, who had led officers to the harbour warehouse, was arrested by police.", Contradicted},
	})
}

// A share the source gives in words and again as a percentage between
// brackets is one figure said twice (restatedShare, restated.go): the
// statement's share answers the words, and its other percentage the
// source's other one. A percentage changed is still contradicted. The
// sentences are written for this test.
func TestShareRestatedInBrackets(t *testing.T) {
	const survey = "The poll found that nearly a third (32 per cent) of drivers now own an electric car, compared to just nine per cent in the 2019 poll."
	checkOneClaimCases(t, []oneClaimCase{
		{survey, "nearly a third of drivers now own an electric car, compared to nine per cent in the 2019 poll", Supported},
		{survey, "nearly a third of drivers now own an electric car, compared to four per cent in the 2019 poll", Contradicted},
		{survey, "32 per cent of drivers now own an electric car, compared to just nine per cent in the 2019 poll", Supported},
		{survey, "45 per cent of drivers now own an electric car, compared to just nine per cent in the 2019 poll", Contradicted},
	})
}
