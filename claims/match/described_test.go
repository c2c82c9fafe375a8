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

// TestDescribedSpeakerOfAnotherBody: the roles an article gives a speaker
// decide whose words a statement's role may be. An apposition opening
// with whose role it is ("Ines Varga, the union's chairwoman") gives the
// role to its name; an organisation speaks through its officers ("Chief
// executive Ana Ruiz" in a report that opens with the company), but not
// through another body's; and a role the article never uses may be
// either of two speakers its paragraph quotes. The articles are written
// for this test.
func TestDescribedSpeakerOfAnotherBody(t *testing.T) {
	const brenfield = "Brenfield Foods, the supermarket chain, said on Monday it would cut the price of bread by 10 percent from March.\n\nChief executive Ana Ruiz said the cut would cost the company about 4 million pounds a year.\n\nThe cut was criticised by bakers. \"Small bakeries cannot match this,\" said Ines Varga, the union's chairwoman."
	for _, tc := range []struct {
		article, statement string
		want               Verdict
	}{
		{brenfield, "The supermarket chain says the cut will cost it about 4 million pounds a year.", Supported},
		{brenfield, "The union chairwoman said the cut would cost the company about 4 million pounds a year.", Unverified},
		{brenfield, "The company's chairwoman said small bakeries cannot match this.", Unverified},
		// The chief executive of another body.
		{"Brenfield Foods, the supermarket chain, said on Monday it would cut the price of bread by 10 percent from March.\n\nHolmby Mills' chief executive, Ana Ruiz, said the cut would cost millers about 4 million pounds a year.",
			"The supermarket chain says the cut will cost millers about 4 million pounds a year.", Unverified},
		// An owner in lower case opens a role as "the" does.
		{brenfield, "holmby's chairwoman said small bakeries cannot match this.", Unverified},
		// A role opened by "its" is the name's it sets apart.
		{"Holmby Mills said flour prices would rise by 8 percent in April, blaming the poor harvest.\n\n\"The harvest was the worst in a decade,\" said Ana Ruiz, who chairs the millers' trade body. Its chief economist, Tom Hale, said prices could fall again by the end of the year.",
			"holmby's chief economist said the harvest was the worst in a decade.", Unverified},
		// A person with a title speaks for no one else.
		{"Ines Varga, the union's chairwoman, said on Monday that bakers would strike in March.\n\nChief executive Ana Ruiz said the strike would cost Brenfield Foods about 4 million pounds in lost sales of bread and cakes.",
			"The union chairwoman said the strike would cost Brenfield Foods about 4 million pounds in lost sales of bread and cakes.", Unverified},
		// Two speakers, a role the article never uses.
		{"The Rail Safety Board said the Holt Line operator had reported the crack on May 9. Holt Line said it had reported the crack within two days of finding it.",
			"According to the watchdog, Holt Line reported the crack within two days of finding it.", Unverified},
	} {
		r := articleIndexOf(t, tc.article).Check(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
