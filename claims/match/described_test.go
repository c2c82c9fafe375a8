package match

import (
	"strings"
	"testing"
)

// TestDescriptionReadAsTheNameTheArticleCallsSo: a claim that calls
// someone by the role or kind its article gives one name ("the
// minister" after "Health Minister Maria Lopez", "the zoo" after "Harwell
// Bay Zoo", "the chief executive" after "its chief executive, Dana
// Hall,") supports a statement that gives that name, and says how it was
// read; never when the article gives the role to two names, uses it for
// one it does not name ("the finance minister", "a minister"), or the
// statement gives another name. The articles are written for this test.
func TestDescriptionReadAsTheNameTheArticleCallsSo(t *testing.T) {
	const lopez = "Health Minister Maria Lopez announced a new cancer plan on Monday.\n\nDoctors' groups welcomed the plan, which will cost 2 billion euros.\n\nThe minister said waiting times for scans would be halved by 2028."
	for _, tc := range []struct {
		article, statement string
		want               Verdict
		reason             string // in the reason, when not empty
	}{
		{lopez, "Maria Lopez said waiting times for scans would be halved by 2028.", Supported, `reading "The minister" as Maria Lopez`},
		{lopez, "Tom Berg said waiting times for scans would be halved by 2028.", Unverified, ""},
		// Words the source gives Maria Lopez are not the finance
		// minister's.
		{lopez + "\n\nAt a later press conference, Lopez said the plan would be paid for by a tax on tobacco.",
			"The finance minister said the plan would be paid for by a tax on tobacco.", Unverified, ""},
		{lopez + "\n\nAt a later press conference, Lopez said the plan would be paid for by a tax on tobacco.",
			"The plan will be paid for by a tax on tobacco, the finance minister said.", Unverified, ""},
		// What the claim says of the description, said of the name
		// otherwise, is never contradicted through the reading.
		{lopez, "Maria Lopez said waiting times for scans would double by 2028.", Unverified, ""},
		// Two ministers: whom "the minister" means is unsettled.
		{"Health Minister Maria Lopez and Finance Minister Tom Berg announced a new cancer plan on Monday.\n\nDoctors' groups welcomed the plan, which will cost 2 billion euros.\n\nThe minister said waiting times for scans would be halved by 2028.",
			"Maria Lopez said waiting times for scans would be halved by 2028.", Unverified, ""},
		// The article calls someone else "the finance minister", or "a
		// minister", without a name.
		{lopez + "\n\nThe finance minister said the plan was affordable.", "Maria Lopez said waiting times for scans would be halved by 2028.", Unverified, ""},
		{lopez + "\n\nThe finance minister said the plan was affordable.", "Maria Lopez said the plan was affordable.", Unverified, ""},
		{lopez + "\n\nA minister in the last government said the plan was too costly.", "Maria Lopez said waiting times for scans would be halved by 2028.", Unverified, ""},
		// An indefinite in the claim names nobody.
		{"Health Minister Maria Lopez announced a new cancer plan on Monday.\n\nDoctors' groups welcomed the plan.\n\nA minister said the plan was too costly.",
			"Maria Lopez said the plan was too costly.", Unverified, ""},
		// An organisation's kind in its own name, and a role in an
		// apposition before the name.
		{"Harwell Bay Zoo has closed its aquarium for repairs.\n\nVisitors can still see the penguins.\n\nThe zoo bought two giraffes from a park in Denmark last year.",
			"Harwell Bay Zoo bought two giraffes from a park in Denmark last year.", Supported, `reading "The zoo" as Harwell Bay Zoo`},
		{"Harwell Bay Zoo and Carden Zoo have closed their aquariums for repairs.\n\nVisitors can still see the penguins.\n\nThe zoo bought two giraffes from a park in Denmark last year.",
			"Harwell Bay Zoo bought two giraffes from a park in Denmark last year.", Unverified, ""},
		// A name after a description that is a preposition's object
		// is no apposition of it.
		{"Bus drivers went on strike on Monday. After weeks of talks with the union, Kelmar Buses, which runs most city routes, said it would not improve its offer.\n\nCommuters faced long queues.\n\nThe union is asking for a 9% rise this year.",
			"Kelmar Buses is asking for a 9% rise this year.", Unverified, ""},
		{"Passengers at Kelby airport faced long queues on Friday.\n\nThe airline's chief executive, Dana Hall, apologised to travellers.\n\nDelays were caused by a computer fault.\n\nThe chief executive promised refunds for every cancelled flight.",
			"Dana Hall promised refunds for every cancelled flight.", Supported, `as Dana Hall`},
	} {
		r := articleIndexOf(t, tc.article).Check(tc.statement)
		if r.Verdict != tc.want || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q: got %s (%s), want %s with %q", tc.statement, r.Verdict, r.Reason, tc.want, tc.reason)
		}
	}
}

// TestRoleGivenToAnother: a statement that gives its words to the role
// the article gives the source's speaker ("the health minister said" for
// "Health Minister Maria Lopez", a role the article writes only with
// capitals) is not contradicted as if it named another speaker, while one
// that gives them to another role of that noun ("the finance minister
// said") is never supported. The articles are written for this test.
func TestRoleGivenToAnother(t *testing.T) {
	const lopez = "On Monday, Health Minister Maria Lopez announced a new cancer plan that will cost the state about 2 billion euros over five years. Finance Minister Tom Berg did not attend.\n\nDoctors' groups welcomed the plan.\n\nSpeaking in parliament, Lopez said waiting times for scans would be halved by 2028."
	for _, tc := range []struct {
		statement string
		never     Verdict
	}{
		{"The health minister said waiting times for scans would be halved by 2028.", Contradicted},
		{"Waiting times for scans will be halved by 2028, the health minister said.", Contradicted},
		{"The finance minister said waiting times for scans would be halved by 2028.", Supported},
		{"Waiting times for scans will be halved by 2028, the finance minister said.", Supported},
		// A role the article gives only to someone else.
		{"The patients' group chair said waiting times for scans would be halved by 2028.", Supported},
	} {
		r := articleIndexOf(t, lopez+"\n\nEllen Ward, chair of the Kelby Patients' Group, called the plan overdue.").Check(tc.statement)
		if r.Verdict == tc.never {
			t.Errorf("%q: got %s (%s)", tc.statement, r.Verdict, r.Reason)
		}
	}
}
