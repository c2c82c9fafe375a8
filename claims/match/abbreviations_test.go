package match

import "testing"

// Readers abbreviate months and weekdays as they type ("oct 18", "sept.
// 3", "thurs"); sources write them out or in their house style ("Oct.
// 18"). The statement means the same date either way, and a different day
// still contradicts. A lower-case word that is also a month ("may") is no
// date without a day in digits or a year after it. The sentences are
// written for this test.
func TestReadersAbbreviateMonthsAndWeekdays(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"The vote is on Oct. 18, the election commission said.", "the vote is on oct 18", Supported},
		{"The vote is on Oct. 18, the election commission said.", "the vote is on oct 19", Contradicted},
		{"The vote is on October 18, the election commission said.", "the vote is on oct 18", Supported},
		{"The vote is on October 18, the election commission said.", "The vote is on Oct. 18.", Supported},
		{"The vote is on October 18, the election commission said.", "the vote is on dec 18", Contradicted},
		{"The trial of the former minister opens on September 3 in the capital.", "trial of the former minister opens sept. 3", Supported},
		{"The trial of the former minister opens on September 3 in the capital.", "trial of the former minister opens sept 30", Contradicted},
		{"The council will meet again on Thursday to approve the budget.", "the council meets again thurs to approve the budget", Supported},
		{"The minister spoke at the security conference on Thursday 24th June.", "the minister spoke at the security conf on thurs 24th may", Contradicted},
		{"The minister spoke at the security conference on Thursday 24th June.", "the minister spoke at the security conference on thurs 24th june", Supported},
		{"The council approved the budget in May 2019 after months of debate.", "the council approved the budget in may 2019", Supported},
		{"The council approved the budget in May 2019 after months of debate.", "the council approved the budget in may 2018", Contradicted},
	})
}

// News words readers shorten (data/social.txt): "reps" are the
// source's "representatives", "info" its "information". The sentences
// are written for this test.
func TestReadersShortenNewsWords(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Union and management representatives met in Leeds on March 4 to discuss pay.", "union and management reps met in leeds on march 4 to discuss pay", Supported},
		{"Union and management representatives met in Leeds on March 4 to discuss pay.", "union and management reps met in leeds on march 14 to discuss pay", Contradicted},
		{"The two agencies agreed to exchange information on flood warnings every week.", "the two agencies agreed to exchange info on flood warnings every wk", Supported},
	})
}
