package match

import (
	"strings"
	"testing"
)

// Sums, shares and ranges are compared as figures (issue 18 point 3: "paid
// between $50 and $60 a pound" was supported by a source saying "$5 and
// $6", "$14 to $18" by "$24 to $28"). The sentences are written for this
// test.
func TestFiguresWithSignsAndRanges(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Fishermen are typically paid between $5 and $6 a pound for halibut, dealers said.", "Fishermen are typically paid between $50 and $60 a pound for halibut.", Contradicted},
		{"Fishermen are typically paid between $5 and $6 a pound for halibut, dealers said.", "Fishermen are typically paid between 5 and 6 dollars a pound for halibut.", Supported},
		{"Fishermen are typically paid between $5 and $6 a pound for halibut, dealers said.", "Fishermen are typically paid $5.50 a pound for halibut.", Unverified},
		{"Tickets for the final will cost $24 to $28, the league said on Monday.", "Tickets for the final will cost $14 to $18.", Contradicted},
		{"Tickets for the final will cost $24 to $28, the league said on Monday.", "Tickets for the final will cost $24–$28.", Supported},
		{"The city approved a budget of $13.7 billion for the coming year.", "The city approved a budget of $17.3 billion.", Contradicted},
		{"The city approved a budget of $13.7 billion for the coming year.", "The city approved a $13.7bn budget.", Supported},
		{"The regulator fined the bank €4.2m for failing to report suspicious payments.", "The regulator fined the bank 4.2 million euros for failing to report suspicious payments.", Supported},
		{"The regulator fined the bank €4.2m for failing to report suspicious payments.", "The regulator fined the bank €42m for failing to report suspicious payments.", Contradicted},
		{"Unemployment in the region rose to 15 percent last year.", "Unemployment in the region rose to 15% last year.", Supported},
		{"Unemployment in the region rose to 15 percent last year.", "Unemployment in the region rose to 51% last year.", Contradicted},
		{"Between 50 and 60 people were arrested after the protest in the capital.", "Between 500 and 600 people were arrested after the protest in the capital.", Contradicted},
	})
}

// A span of days gives its length: "June 21-23" is three days, so "spent
// five days" differs from it and "over three days" agrees.
func TestSpansOfDaysHaveALength(t *testing.T) {
	ix := oneClaim(t, "On June 21-23, representatives of the two countries met in Oslo to discuss fishing quotas.")
	for stmt, want := range map[string]Verdict{
		"Representatives of the two countries spent five days in Oslo discussing fishing quotas.":     Contradicted,
		"Representatives of the two countries met in Oslo for three days to discuss fishing quotas.":  Supported,
		"Representatives of the two countries met in Oslo over three days to discuss fishing quotas.": Supported,
	} {
		if r := ix.Check(stmt); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", stmt, r.Verdict, r.Reason, want)
		}
	}
}

// A figure is compared with the source's figure in the same role: one of
// the same unit that shares no word of context counts something else;
// two stated maxima differ when their values do; a range may give its
// unit at both ends. The sentences are written for this test.
func TestFiguresInTheirRole(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Three protesters were arrested near the stadium on Saturday night, police said. Separately, medics treated another 25 people for smoke inhalation at a factory fire.", "Three people were arrested near the stadium.", Unverified},
		{"Three protesters were arrested near the stadium on Saturday night, police said. Separately, medics treated another 25 people for smoke inhalation at a factory fire.", "Medics treated 52 people for smoke inhalation.", Contradicted},
		{"The directors face up to 10 years in prison and a fine of up to $5 million.", "The directors face up to 15 years in prison.", Contradicted},
		{"The directors face up to 10 years in prison and a fine of up to $5 million.", "The directors face a maximum of 10 years in prison.", Supported},
		{"Turnout rose from 45 percent to 52 percent after the reform, the commission said.", "Turnout rose from 45% to 52% after the reform.", Supported},
		{"Turnout rose from 45 percent to 52 percent after the reform, the commission said.", "Turnout rose from 45% to 62% after the reform.", Unverified},
		{"Sales grew 1.8 percent this year and 3.5 percent last year, down from a forecast of 2.3 percent.", "Sales grew 1.8% this year.", Supported},
		{"The show began its ninth and final season in May, having ended its seventh season as the most watched drama.", "The show's final season was its ninth season.", Supported},
		{"Home prices rose by 12 percent, from 200,000 dollars to 224,000 dollars, in the city last year.", "Home prices in the city rose from $200,000 to $224,000 last year.", Supported},
	})
}

// A number in several words is compared whole: "eight close contacts" is
// not what "twenty-eight close contacts" says, and "twenty-eight" is what
// "28" says (a newcomer's news page gave a green badge to the first and a
// red one to the second). The sentences are written for this test.
func TestNumbersInSeveralWordsAreOneFigure(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Health officials said twenty-eight close contacts of the patient had been traced by Friday.", "Eight close contacts of the patient had been traced.", Contradicted},
		{"Health officials said 28 close contacts of the patient had been traced by Friday.", "Twenty-eight close contacts of the patient had been traced.", Supported},
		{"Health officials said 28 close contacts of the patient had been traced by Friday.", "Twenty eight close contacts of the patient had been traced.", Supported},
		{"The council said one hundred and five families were moved out of the flooded district.", "105 families were moved out of the flooded district.", Supported},
		{"The council said one hundred and five families were moved out of the flooded district.", "Five families were moved out of the flooded district.", Contradicted},
		{"The fire destroyed two dozen homes in the valley, officials said.", "The fire destroyed 24 homes in the valley.", Supported},
		{"The fire destroyed two dozen homes in the valley, officials said.", "The fire destroyed two homes in the valley.", Contradicted},
	})
}

// "30 of Boeing's jets" counts what "30 Boeing jets" and "Boeing's 30
// jets" count: the partitive with a possessive name and the possessive
// before a figure are the attributive name's unit (a newcomer's "30
// Boeing …" found nothing in "30 of Boeing's …"). The sentences are
// written for this test.
func TestPartitiveAndPossessiveFigures(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"The airline said 30 of Boeing's 737 Max jets in its fleet would stay grounded until March.", "30 Boeing 737 Max jets in the airline's fleet will stay grounded until March.", Supported},
		{"The airline said 30 of Boeing's 737 Max jets in its fleet would stay grounded until March.", "40 Boeing 737 Max jets in the airline's fleet will stay grounded until March.", Contradicted},
		{"The airline said Boeing's 30 jets in its fleet would stay grounded until March.", "30 Boeing jets in the airline's fleet will stay grounded until March.", Supported},
		{"The retailer said three of Home Depot's stores in the state would close next year.", "Three Home Depot stores in the state will close next year.", Supported},
		{"The retailer said three of Home Depot's stores in the state would close next year.", "Five Home Depot stores in the state will close next year.", Contradicted},
	})
	// A share is no count ("a third of Acme's" is not three), and a
	// figure of the same unit answers before one a possessive ties to
	// the name: "Acme's 12,000 staff" is the statement's "12,000 staff".
	source := "Acme’s 12,000 staff were told this week that a third of them are losing their jobs."
	stmt := "A third of Acme's 12,000 staff were told this week that they are losing their jobs."
	if r := oneClaim(t, source).Check(stmt); r.Verdict == Contradicted {
		t.Errorf("%q against %q: %s (%s)", stmt, source, r.Verdict, r.Reason)
	}
}

// TestFractionIsNoCount: "a third of the voters" is a share, not three
// of them: it neither supports nor is supported by a count of three, and
// the same share written otherwise is supported, another share
// contradicted.
func TestFractionIsNoCount(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Three voters backed the plan, the council said on Monday.", "A third of the voters backed the plan.", Unverified},
		{"A third of the members voted against the budget on Tuesday.", "Three of the members voted against the budget on Tuesday.", Unverified},
		{"A third of the members voted against the budget on Tuesday.", "One-third of the members voted against the budget on Tuesday.", Supported},
		{"Two-thirds of the members voted against the budget on Tuesday.", "two thirds of the members voted against the budget on tuesday", Supported},
		// Two shares of the same thing differ.
		{"A third of the members voted against the budget on Tuesday.", "Two-thirds of the members voted against the budget on Tuesday.", Contradicted},
	})
}

// oneClaimCase is a statement checked against a collection of one claim,
// the source, and the verdict it must get.
type oneClaimCase struct {
	source, statement string
	want              Verdict
}

// checkOneClaimCases checks each case's statement against its source alone.
func checkOneClaimCases(t *testing.T, cases []oneClaimCase) {
	t.Helper()
	for _, tc := range cases {
		r := oneClaim(t, tc.source).Check(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q against %q: %s (%s), want %s", tc.statement, tc.source, r.Verdict, r.Reason, tc.want)
		}
	}
}

// A rank the source does not give ("third" against "fifth place") is not
// supported: ordinals were read as bare figures, and a figure with no unit
// was compared with nothing (found by the matcher's engineer on an
// archive-1 page). A rank the source gives, in words or digits, still is,
// and another rank of the same thing in the same words ("finished second
// in the East" against "finished third in the East") is contradicted
// (rankAgainst).
func TestRankTheSourceDoesNotGive(t *testing.T) {
	const james = "LeBron James moved into fifth place in NBA history with 86 triple-doubles."
	const team = "The team finished third in the East."
	checkOneClaimCases(t, []oneClaimCase{
		{james, "James is third in NBA history with 86 triple-doubles.", Unverified},
		{james, "James is fifth in NBA history with 86 triple-doubles.", Supported},
		{team, "The team finished 3rd in the East.", Supported},
		{team, "The team finished second in the East.", Contradicted},
	})
}

// A figure whose noun the source gives after other words ("around 3,100
// individual glass tiles") is set against the statement's figure for the
// same noun ("1,000 glass tiles"), not against another noun's figure of
// the same sentence ("1,000 steel cables") or left unanswered because the
// words after the figures differ (archive-6 development: "around 2,000
// aluminium panels" against "4,400 individual aluminium panels that more
// than 2,000 mechanical winches tilt" was unverified). A rank is no
// figure of a noun ("it first asked" against "asking price"), two
// figures of the noun in the source leave it open which one is meant, and
// a word of the statement's noun the source's lacks ("clay tiles") keeps
// the figure unsettled.
func TestFigureOfTheSameNoun(t *testing.T) {
	const roof = "The roof is made up of around 3,100 individual glass tiles that more than 1,000 steel cables hold in place."
	const twins = "The defence held the twins to just 31 combined points."
	const two = "The roof is made up of around 3,100 individual glass tiles and 200 coloured glass tiles."
	const price = "He said the firm bought the studio for less than its original $9 billion asking price."
	checkOneClaimCases(t, []oneClaimCase{
		{roof, "The roof is made of around 1,000 glass tiles.", Contradicted},
		{roof, "The roof is made of around 3,100 glass tiles.", Supported},
		{roof, "The roof is made of around 3,100 clay tiles.", Unverified},
		{twins, "The twins combined for 45 points.", Contradicted},
		{twins, "The twins combined for 31 points.", Supported},
		{two, "The roof is made of around 1,000 glass tiles.", Unverified},
		{price, "he said the firm bought the studio for less than the $9 billion it first asked for", Unverified},
	})
}

// An age the source gives between commas after a name ("Bo Park, 52, of
// Denver") answers a statement's age of that person ("is 61 years old"):
// another age contradicts it (archive-6 development: "Han Lee … is 68
// years old" against "Han Lee, 41, of Cambridge" was unverified). The
// age of another person in the list is not his. The same age is
// supported: "years old" are the words of the source's commas
// (alignment.go's apposedAge; a probe's "Lindqvist is 21 years old"
// found no claim of Lindqvist's at all, for two words it lacked).
func TestAgeBetweenCommas(t *testing.T) {
	const gang = "Defendants Al Kim, 68, of Boston; and the leader of the gang Bo Park, 52, of Denver, were charged on Monday."
	const goal = "Varga, 19, who joined from Gdansk in the summer, had been on the pitch for only six minutes when he scored the winner."
	checkOneClaimCases(t, []oneClaimCase{
		{gang, "Bo Park of Denver is 61 years old.", Contradicted},
		{gang, "Bo Park of Denver is 52 years old.", Supported},
		{gang, "Al Kim of Boston is 68 years old.", Supported},
		{gang, "Al Kim of Boston is 52 years old.", Contradicted},
		{goal, "Varga is 19 years old.", Supported},
		{goal, "varga is 21 years old", Contradicted},
	})
}

// A figure with no unit is placed by the words before it: a statement that
// puts the source's number in another figure's place is not supported, even
// though the number stands in the source (a newcomer's sports page gave
// "0-for-10" a green badge against "0-for-9 …, while Boston went 2-for-10").
// The sentences are written for this test.
func TestBareFigureInAnotherPlace(t *testing.T) {
	const claim = "The Hawks went 1-for-8 from the free-throw line in the quarter, while the Rivermen went 4-for-9."
	checkOneClaimCases(t, []oneClaimCase{
		{claim, "The Hawks went 1-for-9 from the free-throw line in the quarter, while the Rivermen went 4-for-9.", Unverified},
		{claim, "The Rivermen went 4-for-8 from the free-throw line in the quarter.", Unverified},
		{claim, "The Hawks went 1-for-8 from the free-throw line in the quarter, while the Rivermen went 4-for-9.", Supported},
		{claim, "The Rivermen went 4-for-9 from the free-throw line in the quarter.", Supported},
	})
}

// A figure with no unit that the source does not give at all, where the
// source has another in its place, is not supported either: a horse's
// odds ("the 12-1 second choice" against "the 8-1 second choice") were a
// green badge, the number being no word the coverage counts. The
// sentences are written for this test.
func TestBareFigureTheSourceDoesNotGive(t *testing.T) {
	const race = "Silver Comet is the 8-1 second choice and breaks from the No. 4 gate."
	checkOneClaimCases(t, []oneClaimCase{
		{race, "Silver Comet is the 12-1 second choice and breaks from the No. 4 gate.", Unverified},
		{race, "Silver Comet is the 8-1 second choice and breaks from the No. 4 gate.", Supported},
	})
}

// A score with no unit is placed against the source's score of the same
// place even when the source names what it was ("a 2-2 draw"): a result
// the source does not give ("won 2-0") is not supported by its other
// numbers (its "2" and another match's "0"), nor "1-0" by "the first
// half" (a pair ending in 0 is no single figure). The sentences are written
// for this test.
func TestBareScoreAgainstANamedOne(t *testing.T) {
	const match = "Rovers got a 2-2 draw at Hartfield, while Ashby beat Northam 5-0 to win Group C."
	checkOneClaimCases(t, []oneClaimCase{
		{match, "Rovers won 2-0 at Hartfield to top the group.", Unverified},
		{match, "Rovers won 2-0 at Hartfield.", Unverified},
		{match, "Rovers got a 2-2 draw at Hartfield.", Supported},
		// A pair is not its first number: "1-0" is not the "first" of "the first half".
		{match + " Lee Grant scored for Ashby in the first half.", "Rovers won 1-0 at Hartfield to top the group.", Unverified},
		{match, "Ashby beat Northam 5-0 to win Group C.", Supported},
	})
}

// A figure whose noun the source never names ("a $25 million bonus")
// counts something else than the source's sum in its place ("a breakup
// fee of $40 million"): not supported, never contradicted; the same noun
// with another sum still is. The sentences are written for this test.
func TestFigureOfAThingTheSourceDoesNotName(t *testing.T) {
	const fee = "If the merger fails, Harlow Foods must pay a breakup fee of $40 million to Brandt, its chief executive said."
	checkOneClaimCases(t, []oneClaimCase{
		{fee, "Harlow Foods' chief executive will get a $25 million bonus if the merger fails.", Unverified},
		{fee, "If the merger fails, Harlow Foods must pay a breakup fee of $25 million to Brandt.", Contradicted},
		{fee, "If the merger fails, Harlow Foods must pay a breakup fee of $40 million to Brandt.", Supported},
	})
}

// A rank ("the third-largest city") is no count ("the ten largest
// cities"): neither contradicts the other, and the source gives no rank to
// support it. The sentences are written for this test.
func TestRankIsNoCount(t *testing.T) {
	const cities = "Of the state's ten largest cities, only Fairview had a lower crime rate than Lakewood."
	const rank = "Lakewood is the state's second-largest city and its busiest port."
	checkOneClaimCases(t, []oneClaimCase{
		{cities, "Lakewood is the state's third-largest city.", Unverified},
		{rank, "Lakewood is the state's fourth-largest city.", Contradicted},
		{rank, "Lakewood is the state's second-largest city.", Supported},
	})
}

// A figure keeps the way it changed: "down about 25%" is not the source's
// "up about 25%", though the figure is the same; "up to 25%" is a most,
// no rise. The sentences are written for this test.
func TestFigureChangedTheOtherWay(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Shares of Marlow Foods are up about 25% since January, well ahead of the wider market.", "Marlow Foods shares are down about 25% since January.", Contradicted},
		{"Shares of Marlow Foods are up about 25% since January, well ahead of the wider market.", "Marlow Foods shares rose about 25% since January.", Supported},
		{"The bakery chain's sales fell 4 percent to $310 million in the spring.", "The bakery chain's sales rose 4 percent to $310 million in the spring.", Contradicted},
		{"The bakery chain's sales fell 4 percent to $310 million in the spring.", "The bakery chain's sales dropped 4 percent to $310 million in the spring.", Supported},
		{"Fares on the island ferry could go up to 25% next year, the operator said.", "Fares on the island ferry could fall by 25% next year.", Unverified},
	})
}

// "All four" of them is not the source's "three of the four". The
// sentences are written for this test.
func TestAllAgainstPartOfTheWhole(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"With the new scoring sheet the panel could predict the votes of three of the four judges.", "With the new scoring sheet the panel could predict the votes of all four judges.", Contradicted},
		{"With the new scoring sheet the panel could predict the votes of three of the four judges.", "With the new scoring sheet the panel could predict the votes of three of the four judges.", Supported},
		{"With the new scoring sheet the panel could predict the votes of all four judges.", "With the new scoring sheet the panel could predict the votes of all four judges.", Supported},
	})
}

// A figure where the source has another word after the same words
// ("sentenced to 20 years" / "sentenced to life") is a figure the source
// does not give: not supported. The sentences are written for this test.
func TestFigureWhereTheSourceHasAWord(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"The driver, Dan Kerr, was convicted and sentenced to life in state prison on Monday.", "Dan Kerr was convicted and sentenced to 20 years in state prison.", Unverified},
		{"The driver, Dan Kerr, was convicted and sentenced to 20 years in state prison on Monday.", "Dan Kerr was convicted and sentenced to 20 years in state prison.", Supported},
	})
}

// A figure written together with its unit ("60fps", "5km") is compared
// with the source's of the same unit, as a figure, not as a name the
// source lacks. The sentences are written for this test.
func TestFigureWrittenWithItsUnit(t *testing.T) {
	const console = "Owners of the Vexa Pro console will get a 30fps experience in Storm Riders 3."
	checkOneClaimCases(t, []oneClaimCase{
		{console, "Owners of the Vexa Pro console get Storm Riders 3 at 60fps.", Contradicted},
		{console, "Owners of the Vexa Pro console get Storm Riders 3 at 30fps.", Supported},
		{"Runners in the Dunmore charity race will cover 5km along the river.", "Runners in the Dunmore charity race will cover 10km along the river.", Contradicted},
	})
}

// A figure the source never gives, in any unit or in words, is not
// supported by a source that has the rest of the words: the statement is
// more precise than its source. A figure the source gives in another
// unit's words, or written out, still is. The sentences are written for
// this test.
func TestFiguresTheSourceNeverGives(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"The mining company is spending far more than its rivals on new equipment, analysts said.", "The mining company has spent more than $300 million on new equipment.", Unverified},
		{"The mining company is spending far more than its rivals on new equipment, analysts said.", "The mining company is spending far more than its rivals on new equipment.", Supported},
		{"Detectives said the fire at the warehouse was clearly connected to the robbery.", "Detectives said the three fires were clearly connected to the robbery.", Unverified},
		{"Detectives said the three fires at the warehouse were clearly connected to the robbery.", "Detectives said the three fires were clearly connected to the robbery.", Supported},
		{"The council hired twelve new teachers for the village school this autumn.", "The council hired 12 new teachers for the village school.", Supported},
	})
}

// TestSameNumberAnotherUnit: the source's number in another unit of the
// same measure, in the same place ("21 months after" against "21 weeks
// after", "12 kilometres" against "12 miles"), contradicts the
// statement; the source's own unit supports it. The sentences are
// written for this test.
func TestSameNumberAnotherUnit(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The engineer published the flaw 21 months after privately reporting it to the vendor.\n\nVolunteers cleared 12 kilometres of the coastal path after the storm.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The engineer published the flaw 21 weeks after privately reporting it to the vendor.", Contradicted},
		{"Volunteers cleared 12 miles of the coastal path after the storm.", Contradicted},
		{"The engineer published the flaw 21 months after privately reporting it to the vendor.", Supported},
		{"Volunteers cleared 12 kilometres of the coastal path after the storm.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// Two figures of one unit are said of the words beside them: a statement
// that gives each the other's words ("31% of men and 24% of women"
// against "31% of women and 24% of men") has the source's figures and
// words, not what it says of them. Contradicted, where the source's list
// gives each figure its holder (heldfigures.go: the men's figure is 24%);
// the same pairs put another way still are supported. The sentences are
// written for this test.
func TestCrossedFigures(t *testing.T) {
	const poll = "The survey found that 31 percent of women and 24 percent of men had skipped a meal to save money."
	const fares = "Fares on the northern line will rise by 8% for students and 5% for pensioners from April."
	checkOneClaimCases(t, []oneClaimCase{
		{poll, "The survey found that 31% of men and 24% of women had skipped a meal to save money.", Contradicted},
		{poll, "The survey found that 31% of women and 24% of men had skipped a meal to save money.", Supported},
		{poll, "The survey found that 24% of men and 31% of women had skipped a meal to save money.", Supported},
		{fares, "Fares on the northern line will rise by 8% for pensioners and 5% for students.", Contradicted},
		{fares, "Fares on the northern line will rise by 8% for students and 5% for pensioners.", Supported},
		{fares, "For students, fares on the northern line will rise by 8% and for pensioners by 5%.", Supported},
		{fares, "For pensioners, fares on the northern line will rise by 8% and for students by 5%.", Contradicted},
		{"Sales rose 5% in Europe, while in Asia they rose 3%, the company said.", "Sales rose 5% in Europe and 3% in Asia.", Supported},
	})
}

// TestRankAgainstRank: a rank the statement gives to what a source ranks
// otherwise ("the second 60-day waiver" against "the third 60-day
// waiver") is a difference the reason names, never a support; a rank of
// something else ("the second round") is not set against it. The
// sentences are written for this test.
func TestRankAgainstRank(t *testing.T) {
	ix := articleIndexWithLexicon(t, "It is the third 60-day waiver for the shipyard, which now runs until April.")
	r := ix.Check("It is the second 60-day waiver for the shipyard.")
	if r.Verdict == Supported || !strings.Contains(r.Reason, `"third"`) || !strings.Contains(r.Reason, `"second"`) {
		t.Errorf("second against third: %s (%s), want a reason setting the ranks against each other", r.Verdict, r.Reason)
	}
	if r := ix.Check("It is the second round of talks for the shipyard."); strings.Contains(r.Reason, `"third"`) {
		t.Errorf("a rank of something else: %s (%s), want no rank difference", r.Verdict, r.Reason)
	}
}

// A decimal a source says in words is the figure a reader types in
// digits: "negative four-point-two degrees" is "minus 4.2", not four. The
// sentences are written for this test.
func TestDecimalSaidInWords(t *testing.T) {
	ix := articleIndexOf(t, "The mountain village of Alderby recorded the lowest temperature in the region overnight, at negative four-point-two degrees Celsius.")
	for s, want := range map[string]Verdict{
		"Alderby recorded the lowest temperature in the region overnight, at minus 4.2 degrees Celsius.": Supported,
		"Alderby recorded the lowest temperature in the region overnight, at 4 degrees Celsius.":         Contradicted,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// A later occasion the statement says is to come ("will hold a second
// summit", "agreed to hold a second summit") is not the source's earlier
// one that was held: not contradicted. The same ordinal said of what
// was held still is. The sentences are written for this test.
func TestOrdinalToCome(t *testing.T) {
	ix := articleIndexOf(t, "Presidents Okafor and Lind sought to ease tensions between their countries at their first summit in Oslo.")
	for s, want := range map[string]Verdict{
		"Okafor and Lind agreed to hold a second summit next year in Oslo.": Unverified,
		"Okafor and Lind will hold a second summit in Oslo.":                Unverified,
		"Okafor and Lind held their second summit in Oslo.":                 Contradicted,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestChangeEndsAndLengths: a statement's figure after "fell to" is the
// change's later figure, set against the source's later one, not its
// earlier ("fell to 6.2% from 7.0%" does not support "fell to 7.0%"); a
// time counted from the reader's now ("this year") is not a length of
// time the source gives ("over two years"); "over two years" is at least
// two years, so "in two years" is no other figure ("in one year" is).
func TestChangeEndsAndLengths(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The jobless rate in Marlow County fell to 6.2% in March from 7.0% a year earlier, the state said. "+
		"The Marlow sheriff said the new budget would hire 40 deputies over two years. "+
		"Applications to the Marlow sheriff's office rose to a record 3.4 million in June, up from 2.9 million a year earlier.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"the jobless rate in marlow county fell to 7% in march", Contradicted},
		{"Applications to the Marlow sheriff's office rose to 2.9 million in June.", Unverified},
		{"Applications to the Marlow sheriff's office rose to 3.4 million in June.", Supported},
		{"The jobless rate in Marlow County fell to 6.2% in March.", Supported},
		{"The Marlow sheriff said the new budget would hire 40 deputies this year.", Unverified},
		// At least two years against two: not contradicted, not surely
		// the same either.
		{"The Marlow sheriff said the new budget would hire 40 deputies in two years.", Unverified},
		{"The Marlow sheriff said the new budget would hire 40 deputies in one year.", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestContrastSeparatesFigures: what stands on either side of "while" is
// said of two things: "Kestrel shares jumped 18% …, while Marlow's fell
// 4%" neither contradicts "Kestrel shares rose 18%" with Marlow's "fell"
// nor "Marlow shares dropped 4 percent" with Kestrel's 18%.
func TestContrastSeparatesFigures(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Kestrel shares jumped 18% to $27.40 on the news, while Marlow's fell 4%.")
	for _, s := range []string{"Kestrel shares rose 18%.", "Marlow shares dropped 4 percent."} {
		if r := ix.Check(s); r.Verdict == Contradicted {
			t.Errorf("%q: %s (%s)", s, r.Verdict, r.Reason)
		}
	}
	if r := ix.Check("Kestrel shares fell 18%."); r.Verdict != Contradicted {
		t.Errorf("Kestrel shares fell 18%%: %s (%s), want contradicted", r.Verdict, r.Reason)
	}
}

// TestRankAndNowDropped: a superlative the source ranks ("the region's
// third-busiest airport") is not the first, and a time counted from now
// the source counts otherwise ("next year" against "this year") is not
// settled by it; the same words are supported.
func TestRankAndNowDropped(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Tarrow Field, the region's third-busiest airport, expects its new terminal to open next year.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Tarrow Field is the region's busiest airport.", Unverified},
		{"Tarrow Field is the region's third-busiest airport.", Supported},
		{"Tarrow Field expects its new terminal to open this year.", Unverified},
		{"Tarrow Field expects its new terminal to open next year.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestFiguresOfTheirOwners: a part of a whole is a figure of the whole's
// unit ("lost six of its 31 seats" gives six seats), and a figure said of
// one name is not said of the name in another figure's clause.
func TestFiguresOfTheirOwners(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Harbour Party won the Tolland vote with 41.5% of the ballots, well ahead of the Civic List on 22.9%. "+
		"The Civic List lost six of its 31 seats. "+
		"The Tolland dockers' union is demanding a 12% pay rise; the port authority has offered 5%. "+
		"At Tolland docks, grain traffic grew fastest, rising 9%, while coal shipments fell for a second year.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The Civic List lost six seats.", Supported},
		{"The Civic List lost 16 seats.", Contradicted},
		{"The Harbour Party won 41.5% of the ballots in Tolland.", Supported},
		{"The Civic List won 41.5% of the ballots in Tolland.", Unverified},
		{"The Tolland port authority has offered a 12% pay rise.", Unverified},
		{"The Tolland dockers' union is demanding a 12% pay rise.", Supported},
		{"The Civic List lost all of its 31 seats.", Contradicted},
		{"Coal shipments at Tolland docks rose 9%.", Unverified},
		{"Grain traffic at Tolland docks rose 9%.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestFigureInItsSlot: of two figures of a unit in one sentence, the one
// after the statement's word ("sought") answers the statement's, though
// the other shares more words around it: "unions had sought 7%" is
// supported by "…rise by 4.5%, short of the unions, who had sought 7%",
// and "unions had sought 4.5%" is not.
func TestFigureInItsSlot(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Pay for nurses will rise by 4.5% next year, short of the unions, who had sought 7% for nurses.")
	if r := ix.Check("The unions had sought 7% for nurses."); r.Verdict == Contradicted {
		t.Errorf("sought 7%%: %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
	if r := ix.Check("The unions had sought 4.5% for nurses."); r.Verdict == Supported {
		t.Errorf("sought 4.5%%: %s (%s), want no support", r.Verdict, r.Reason)
	}
}

// TestPartOfAWholeFarFromIt: a part stands before its whole across the
// words that say whose whole it is ("only 9 of the airline's usual 410
// daily flights"), and a frequency adjective ("daily") is no unit: the
// statement of the part is not contradicted by the whole.
func TestPartOfAWholeFarFromIt(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Only 9 of the airline's usual 410 daily flights left Brenner Airport on Friday.")
	if r := ix.Check("Only 9 flights left Brenner Airport on Friday."); r.Verdict == Contradicted {
		t.Errorf("9 flights: %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
}

// TestFigureOfAnotherTime: a figure the source gives for another month
// does not contradict the statement's ("the jobless rate rose to 6% in
// March" against "fell to 4.8% in August"); at the same time it does.
func TestFigureOfAnotherTime(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The town's jobless rate fell to 4.8% in August from 5.2% a year earlier, according to the labour office.")
	if r := ix.Check("The jobless rate rose to 6% in March."); r.Verdict == Contradicted {
		t.Errorf("another month: %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
	if r := ix.Check("The town's jobless rate fell to 6% in August."); r.Verdict == Supported {
		t.Errorf("same month: %s (%s), want no support", r.Verdict, r.Reason)
	}
}

// TestFigureOfTwoOtherTimes: every date the source gives otherwise beside
// a figure it gives otherwise is another time's, not only the last of
// them: a statement of two dates and a figure is not contradicted by a
// source with two other dates and other figures (the day was still
// read as a contradiction when the year came after it).
func TestFigureOfTwoOtherTimes(t *testing.T) {
	ix := articleIndexWithLexicon(t, "On August 3 the town's jobless rate fell to 4.8% in 2021, according to the labour office.")
	if r := ix.Check("On March 5 the town's jobless rate rose to 6% in 2019."); r.Verdict == Contradicted {
		t.Errorf("two other dates: %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
}

// TestNegationAtAnotherTime: a negation at another time contradicts
// nothing ("will not reopen in 2025" against "will reopen in 2026"; "would
// not cut jobs this year" against "will cut jobs in 2026"); at the same
// time, or before a span of time that holds the statement's, it does.
func TestNegationAtAnotherTime(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Chief executive Lena Brandt said Halvard would not cut jobs in Germany this year. The Ostby plant will not reopen in 2025, the company said. Halvard has not made a profit in Brazil since 2019.")
	for s, want := range map[string]bool{
		"Halvard will cut jobs in 2026.":              false,
		"The Ostby plant will reopen in 2026.":        false,
		"The Ostby plant will reopen in 2025.":        true,
		"Halvard will cut jobs in Germany this year.": true,
		"Halvard made a profit in Brazil in 2021.":    true,
	} {
		if r := ix.Check(s); (r.Verdict == Contradicted) != want {
			t.Errorf("%q: %s (%s), want contradicted %v", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestFigureOfAListWithoutItsUnit: a list's later figure takes the unit of
// the first ("received 1,874 votes, ahead of Tom Brereton on 1,402"): the
// statement that gives that figure with the unit is not contradicted by the
// first one.
func TestFigureOfAListWithoutItsUnit(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Green candidate Priya Halloran received 1,874 votes, ahead of Labour's Tom Brereton on 1,402 and the Conservatives' Alan Fitch on 611.")
	if r := ix.Check("Labour's Tom Brereton got 1,402 votes."); r.Verdict == Contradicted {
		t.Errorf("1,402 votes: %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
}

// TestFrontedPart: a whole said first ("Of the 40 stores, 12 will close")
// has the figure after its comma as a part: "12 stores will close" is
// what it says, not a bare 12 of some list. Our own sentences.
func TestFrontedPart(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Of the 40 stores in the Halden chain, 12 will close by March and nine will be sold, the company said.")
	for s, want := range map[string]Verdict{
		"12 stores in the halden chain will close by march":  Supported,
		"20 stores in the Halden chain will close by March.": Contradicted,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestBareFigureInAnotherVerbsPlace: a figure with no unit stands where
// the word before it puts it: "killed more than 40,000" is not made by a
// source that killed more than 1,200 and left 40,000 homeless, though it
// gives the number (beyond: which figure is whose is read from words
// alone); the figure in its own place still supports. Our own sentences.
func TestBareFigureInAnotherVerbsPlace(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The floods that hit the Varna valley in March have killed more than 1,200, according to local officials, and left 40,000 homeless.")
	for s, want := range map[string]Verdict{
		"the floods in the varna valley killed more than 40,000": Unverified,
		"the floods in the varna valley left 1,200 homeless":     Unverified,
		"the floods in the varna valley killed more than 1,200":  Supported,
		"the floods in the varna valley left 40,000 homeless":    Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestEachDateAnswersOne: a date of the source answers one date of the
// statement: the one said in its context. "fined in 2023 over its 2021
// breach" against "was fined … in 2023" leaves the breach's date unsaid
// (not supported, not contradicted); a statement that dates the source's
// own event otherwise still contradicts. Our own sentences.
func TestEachDateAnswersOne(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Harlow Foods was fined 2.4 million pounds by the regulator in 2022.\n\nThe Ostra plant opened in 2021 after three years of delays.")
	for s, want := range map[string]Verdict{
		"harlow foods was fined 2.4 million pounds in 2022 over its 2019 data leak": Unverified,
		"harlow foods was fined 2.4 million pounds in 2020":                         Contradicted,
		"the ostra plant opened in 2019 and closed in 2021":                         Contradicted,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestEachFigureAnswersOne: a figure of the source that another of the
// statement's figures gives in the same unit is that one's answer, not a
// conflict of the figure beside it ("5% from april, then 3% the next
// april" against "5 percent from April, 3 percent the following April").
// A statement that gives one figure wrong still conflicts, and so do two
// figures swapped between units. Our own sentences.
func TestEachFigureAnswersOne(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Under the deal, nurses in Ostra will receive 5 percent from April, 3 percent the following April and 2 percent in the third year.\n\nThe panel that heard the case was made up of eight men and four women.")
	for s, want := range map[string]Verdict{
		"nurses in ostra get 5% from april, then 3% the next april and 2% in the third year": Supported,
		"nurses in ostra will receive 3 percent from april":                                  Contradicted,
		"the panel was made up of four men and eight women":                                  Contradicted,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// A rank is someone's: a statement that names no holder ("she's only the
// third woman…") is not contradicted by the first the source gives someone
// by name, nor supported by it; the same holder's other rank still
// contradicts. The sentences are written for this test.
func TestRankOfSomeoneNamed(t *testing.T) {
	const first = "The first woman to be named chief engineer of the port was Maria Ostrova in 1981, according to the port's records."
	checkOneClaimCases(t, []oneClaimCase{
		{first, "she's only the 3rd woman to be named chief engineer of the port", Unverified},
		{first, "Maria Ostrova was the third woman to be named chief engineer of the port.", Contradicted},
		{first, "Maria Ostrova was the first woman to be named chief engineer of the port.", Supported},
	})
}

// TestLooseCounts: a count said loosely ("several percentage points",
// "a few trees", "hundreds of people", "a few hundred") allows a range:
// a source's figure below its fewest contradicts it, one outside its
// range does not make it true, one within does; a source's loose count
// makes no figure true. "Several percentage points" was supported by a
// source's 0.2, "a few hundred people" by its 120. The sentences are
// written for this test.
func TestLooseCounts(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"The new levy will raise household bills by just 0.2 percentage points, the regulator estimates.", "The new levy will raise household bills by several percentage points.", Contradicted},
		{"The new levy will raise household bills by just 0.2 percentage points, the regulator estimates.", "The new levy will raise household bills by a few percentage points.", Contradicted},
		{"The new levy will raise household bills by 4 percentage points, the regulator estimates.", "The new levy will raise household bills by several percentage points.", Supported},
		{"The new levy will raise household bills by 0.2 per cent, the regulator estimates.", "The new levy will raise household bills by several percentage points.", Unverified},
		{"Volunteers planted 40 trees along the river on Sunday.", "Volunteers planted a few trees along the river.", Unverified},
		{"Volunteers planted four trees along the river on Sunday.", "Volunteers planted a few trees along the river.", Supported},
		{"Firefighters rescued 30 people from the flooded estate.", "Firefighters rescued hundreds of people from the flooded estate.", Contradicted},
		{"Firefighters rescued 100 people from the flooded estate.", "Firefighters rescued hundreds of people from the flooded estate.", Unverified},
		{"Firefighters rescued 350 people from the flooded estate.", "Firefighters rescued hundreds of people from the flooded estate.", Supported},
		{"Firefighters rescued 120 people from the flooded estate.", "Firefighters rescued a few hundred people from the flooded estate.", Contradicted},
		{"Firefighters rescued several hundred people from the flooded estate.", "Firefighters rescued 400 people from the flooded estate.", Unverified},
		{"Firefighters rescued several hundred people from the flooded estate.", "Firefighters rescued 40 people from the flooded estate.", Contradicted},
		{"Firefighters rescued 5 people from the flooded estate.", "Firefighters rescued dozens of people from the flooded estate.", Contradicted},
		{"Firefighters rescued 60 people from the flooded estate.", "Firefighters rescued dozens of people from the flooded estate.", Supported},
	})
}
