package match

import "testing"

// A figure of a list is its holder's: a statement that gives one holder's
// figure to another ("Owen Pryce took 2,316 votes", where the source gives
// him 1,958 and Ellison 2,316) is contradicted by the figure the source
// gives its holder, even one written without its unit ("on 1,958"); the
// holder's own figure still supports it. A statement whose words name two
// holders is not supported either way. The sentences are written for this
// test.
func TestFiguresOfTheirHolders(t *testing.T) {
	const count = "Independent candidate Morag Ellison took 2,316 votes, ahead of the Liberal Democrats' Owen Pryce on 1,958 and Reform's Carla Quint on 704."
	const sleep = "Asked about their sleep, 41% of teenagers said they used a phone in bed, against 23% of adults."
	const tickets = "Ticket sales rose 12% in Glasgow and 7% in Dundee."
	const results = "Revenue climbed to $8 billion, while profit fell to $2 billion."
	checkOneClaimCases(t, []oneClaimCase{
		{count, "Owen Pryce took 2,316 votes.", Contradicted},
		{count, "Ellison got 1,958 votes and Pryce got 2,316.", Contradicted},
		{count, "Carla Quint received 1,958 votes.", Contradicted},
		{count, "Independent candidate Owen Pryce took 2,316 votes.", Unverified},
		{count, "Morag Ellison took 2,316 votes.", Supported},
		{count, "Pryce got 1,958 votes.", Supported},
		{count, "Carla Quint got 704 votes.", Supported},
		{count, "Ellison took 2,316 votes and Pryce 1,958.", Supported},
		{sleep, "41% of adults said they used a phone in bed.", Contradicted},
		{sleep, "23% of teenagers said they used a phone in bed.", Contradicted},
		{sleep, "41% of teenagers said they used a phone in bed.", Supported},
		{sleep, "23% of adults said they used a phone in bed.", Supported},
		{tickets, "Ticket sales in Dundee rose 12%.", Contradicted},
		{tickets, "Ticket sales rose 7% in Dundee.", Supported},
		{tickets, "Ticket sales rose 12% in Glasgow.", Supported},
		{results, "Profit fell to $8 billion.", Contradicted},
		{results, "Profit fell to $2 billion.", Supported},
	})
}

// Two figures after a comparison of two holders are theirs in its order:
// "more … than men, 44% against 31%" gives 44% to the women. The
// sentences are written for this test.
func TestFiguresOfAComparison(t *testing.T) {
	const survey = "Women were more likely than men to say they had skipped a meal to save money, 44% against 31%."
	const sales = "Sales of electric vans grew faster in the north than in the south, 17% versus 9%."
	checkOneClaimCases(t, []oneClaimCase{
		{survey, "31% of women said they had skipped a meal to save money.", Contradicted},
		{survey, "44% of men said they had skipped a meal to save money.", Contradicted},
		{survey, "44% of women had skipped a meal to save money.", Supported},
		{survey, "31% of men had skipped a meal to save money.", Supported},
		{sales, "Sales of electric vans grew 9% in the north.", Contradicted},
		{sales, "Sales of electric vans grew 17% in the north.", Supported},
	})
}

// Figures of one holder are no list of holders: two times ("in 2017 and
// … in 2022"), a change ("up from 31%"), or two terms of one sentence
// told apart by what each is for, not by whom. A statement that gives
// one of them is not contradicted by the other. The sentences are written
// for this test.
func TestFiguresOfOneHolder(t *testing.T) {
	const years = "Ellison got 1,210 votes in 2017 and 2,316 in 2022."
	const turnout = "Turnout in the ward reached 38%, up from 31% at the previous election."
	const terms = "The judge sentenced Voss to four years for fraud and two years to run concurrently for perjury."
	for _, tc := range []struct{ source, statement string }{
		{years, "Ellison got 2,316 votes."},
		{turnout, "Turnout in the ward was 31% at the previous election."},
		{terms, "Voss was sentenced to two years for perjury."},
	} {
		if r := oneClaim(t, tc.source).Check(tc.statement); r.Verdict == Contradicted {
			t.Errorf("%q against %q: %s (%s), want no contradiction", tc.statement, tc.source, r.Verdict, r.Reason)
		}
	}
}
