package match

import "testing"

// A figure dated by a time ("3.1 percent in October") is answered by the
// source's figure of that time, not by the same value the source gives
// another time.
func TestFigureOfItsTime(t *testing.T) {
	const earnings = "Harlow Foods earned $3 billion in 2023, up from $2 billion in 2022, the company said."
	const rates = "The jobless rate went up to 4.7 percent in June from 4.4 percent in May, the statistics office said."
	const prices = "Annual food price growth slowed to 4.2 percent in March from 5.9 percent in February, the agency said on Tuesday."
	checkOneClaimCases(t, []oneClaimCase{
		{rates, "the jobless rate went up to 5.1% in june", Contradicted},
		{rates, "the jobless rate went up to 4.7% in june", Supported},
		{rates, "the jobless rate shot up to 4.7 percent", Supported},
		{prices, "food prices grew 5.9% in march", Contradicted},
		{prices, "food price growth was 5.9 percent in february", Supported},
		{prices, "food price growth was 4.2 percent in march", Supported},
		{prices, "food price growth rose to 5.9% in march", Contradicted},
		{prices, "food price growth went up to 5.9% in march", Contradicted},
		{prices, "food price growth went down to 4.2% in march", Supported},
		{prices, "food price growth fell to 4.2% in march", Supported},
		{prices, "food price growth slowed to 4.2 percent in March from 5.9 percent in February", Supported},
		{prices, "food price growth was 4.2 percent in february", Contradicted},
		{earnings, "the company earned $2 billion in 2023", Contradicted},
		{earnings, "the firm made $2 billion in 2022", Supported},
		{earnings, "the company earned $3.1 billion in 2023", Contradicted},
	})
}
