package match

import "testing"

// A side taken the other way round is a contradiction (sideTaken,
// sides.go): "voted for the bill" against "voted against the bill" share
// every content word, and the stop words that tell them apart were not
// compared, so the one supported the other. "for" after what guards
// against something says what "against" says, and a negation on one side
// turns the side round: neither is contradicted. The sentences are
// written for this test.
func TestSideTakenTheOtherWay(t *testing.T) {
	const vote = "Senator Alma Reyes voted against the farm bill on Tuesday, saying it cut too deep."
	const swing = "The strike will be just enough to swing the council against the idea of extending the contract beyond 2030, union leader Dana Moss predicted."
	const jab = "The clinic offers a vaccine against flu to every pupil in the district."
	checkOneClaimCases(t, []oneClaimCase{
		{vote, "Senator Alma Reyes voted for the farm bill on Tuesday.", Contradicted},
		{vote, "Senator Alma Reyes voted against the farm bill on Tuesday.", Supported},
		{vote, "Senator Alma Reyes did not vote for the farm bill.", Unverified},
		{swing, "Dana Moss predicted the strike will swing the council toward extending the contract beyond 2030.", Contradicted},
		{swing, "Dana Moss predicted the strike will swing the council in favour of extending the contract beyond 2030.", Contradicted},
		{swing, "Dana Moss predicted the strike will swing the council against extending the contract beyond 2030.", Supported},
		{jab, "The clinic offers a vaccine for flu to every pupil in the district.", Supported},
		{"Senator Alma Reyes voted for the farm bill and against the water bill.", "Senator Alma Reyes voted for the farm bill.", Supported},
	})
}

// A particle turned round after the same verb (particleTurned, sides.go):
// "turn on" against "turn off" is a contradiction, "sent on" against
// "sent off" is not supported, and the claim's own particle supports. The
// sentences are written for this test.
func TestParticleTurnedRound(t *testing.T) {
	const lights = "The council voted to turn off the street lights in the old town at midnight."
	const striker = "The striker was sent off in the second half after a late tackle."
	checkOneClaimCases(t, []oneClaimCase{
		{lights, "The council voted to turn on the street lights in the old town at midnight.", Contradicted},
		{lights, "The council voted to turn off the street lights in the old town at midnight.", Supported},
		{striker, "The striker was sent on in the second half.", Unverified},
		{striker, "The striker was sent off in the second half.", Supported},
	})
}

// "instead of" orders its two sides as "rather than" does (pivotClasses,
// order.go): "cut rates instead of raising them" against "raised rates
// instead of cutting them", which supported it, is not supported. The
// sentences are written for this test.
func TestInsteadOfOrders(t *testing.T) {
	const bank = "The central bank raised interest rates instead of cutting them, to the surprise of traders."
	checkOneClaimCases(t, []oneClaimCase{
		{bank, "The central bank cut interest rates instead of raising them.", Unverified},
		{bank, "The central bank raised interest rates instead of cutting them.", Supported},
	})
}

// A connective turned round next to the same words (connectiveTurned,
// sides.go) is no support: "until 2010" against "since 2010", "because
// of the rain" against "despite the rain", "if a buyer is found" against
// "unless a buyer is found"; each was a hair under the badge's threshold.
// The sentences are written for this test.
func TestConnectiveTurnedRound(t *testing.T) {
	const lived = "The couple have lived in the village since 2010, neighbours said."
	const rain = "The team won the final despite the heavy rain, the club said."
	const plant = "The plant will close unless a buyer is found by March, the union said."
	checkOneClaimCases(t, []oneClaimCase{
		{lived, "The couple lived in the village until 2010.", Unverified},
		{rain, "The team won the final because of the heavy rain.", Unverified},
		{rain, "The team won the final despite the heavy rain.", Supported},
		{plant, "The plant will close if a buyer is found by March.", Unverified},
		{plant, "The plant will close unless a buyer is found by March.", Supported},
	})
}

// A direction turned round next to the same verb and place
// (turned, sides.go), and a partner the claim calls an ex-partner
// (formerRole, former.go), are no support: each was supported. The sentences are
// written for this test.
func TestDirectionAndExPartner(t *testing.T) {
	const flew = "The president flew to Paris on Monday for the summit, aides said."
	const water = "Water poured into the basement during the storm, the owner said."
	const sued = "She sued her ex-husband over the sale of the farm in 2019."
	checkOneClaimCases(t, []oneClaimCase{
		{flew, "The president flew from Paris on Monday.", Unverified},
		{flew, "The president flew to Paris on Monday.", Supported},
		{water, "Water poured out of the basement during the storm.", Unverified},
		{water, "Water poured into the basement during the storm.", Supported},
		{sued, "She sued her husband over the sale of the farm.", Unverified},
		{sued, "She sued her ex-husband over the sale of the farm.", Supported},
		{"The ferry sailed from Oslo to Bergen on Friday, the operator said.", "The ferry sailed to Bergen on Friday.", Supported},
	})
}
