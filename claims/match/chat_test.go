package match

import "testing"

// Readers type "2" for "to" ("plans 2 close"): what the source says is
// only planned stays only planned, and a "2" that counts stays a figure
// the source must give. "Whole" is the source's "entire"; "w/o" is
// "without", never "with"; "n korea" is North Korea, not "and korea";
// "10k people" counts ten thousand, "3 hrs" hours; "300 bc" is the era,
// not "because". The sentences
// are written for this test.
func TestReadersTypeTwoForTo(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"The city council plans to close the public pool on Elm Street next year.", "the city council plans 2 close the public pool on elm street next year", Supported},
		{"The city council plans to close the public pool on Elm Street next year.", "the city council closed the public pool on elm street", Unverified},
		{"The city council plans to close two public pools on Elm Street next year.", "the city council plans 2 close 3 public pools on elm street", Contradicted},
		{"The city council plans to close two public pools on Elm Street next year.", "the city council plans to close 2 public pools on elm street", Supported},
		{"The minister travelled to Geneva with her aides on Monday for the trade talks.", "the minister travelled to geneva w/o her aides on monday for the trade talks", Contradicted},
		{"The minister travelled to Geneva without her aides on Monday for the trade talks.", "the minister travelled to geneva w/o her aides on monday for the trade talks", Supported},
		{"South Korea fired a missile into the sea on Tuesday, its military said.", "n korea fired a missile into the sea on tuesday", Unverified},
		{"North Korea fired a missile into the sea on Tuesday, its military said.", "n korea fired a missile into the sea on tuesday", Supported},
		{"About 10,000 people marched through Leeds on Saturday to protest the closure.", "abt 10k ppl marched through leeds on saturday to protest the closure", Supported},
		{"About 10,000 people marched through Leeds on Saturday to protest the closure.", "20k people marched through leeds on saturday", Contradicted},
		{"The club paid $2.5 million for the striker in January.", "the club paid 2.5 mil for the striker in january", Supported},
		{"The meeting lasted three hours on Monday.", "the meeting lasted 5 hrs on monday", Contradicted},
		{"The temple on the hill was built in 300 AD by the city's first rulers.", "the temple on the hill was built in 300 bc", Unverified},
		{"The temple on the hill was built in 300 BC by the city's first rulers.", "the temple on the hill was built in 300 bc", Supported},
		{"The firm said the storm flooded its entire warehouse in Leeds on Monday.", "the storm flooded the firm's whole warehouse in leeds on monday", Supported},
	})
}
