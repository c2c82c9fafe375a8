package match

import (
	"strings"
	"testing"
)

// TestContextSubjectReadForPronounOrDescription: a claim that calls what
// it is about by a pronoun or a description ("the snack maker", "it
// said", "he") stands for the subject of the sentence before, in its
// paragraph or the one before, when that is a name of the right kind: a
// statement that gives that name is supported, and says how the claim was
// read; one that gives another name, or a name where the sentence before
// has two subjects or none, is not. The articles are written for this
// test.
func TestContextSubjectReadForPronounOrDescription(t *testing.T) {
	for _, tc := range []struct {
		article, statement string
		want               Verdict
		reason             string // in the reason, when not empty
	}{
		// A description, across a paragraph: the article calls the
		// company a snack maker before it.
		{"Snack maker Harbourline Foods is having a good year.\n\nIts shares rose 3% on Friday after the snack maker bought a majority stake in Greenfield Dairy for $40 million.",
			"Harbourline Foods bought a majority stake in Greenfield Dairy for $40 million.", Supported, `reading "the snack maker" as Harbourline Foods`},
		{"Snack maker Harbourline Foods is having a good year.\n\nIts shares rose 3% on Friday after the snack maker bought a majority stake in Greenfield Dairy for $40 million.",
			"Norvale Foods bought a majority stake in Greenfield Dairy for $40 million.", Unverified, ""},
		// The nearest sentence before has a subject that is no name,
		// but the article calls one name "minister" (described.go).
		{"Finance Minister Ana Ruiz unveiled the budget on Monday.\n\nThe opposition leader called it a gamble.\n\nThe minister said the deficit would fall to 2% of output by 2027.",
			"Ana Ruiz said the deficit would fall to 2% of output by 2027.", Supported, `reading "The minister" as Ana Ruiz`},
		{"Finance Minister Ana Ruiz unveiled the budget on Monday.\n\nThe opposition leader called it a gamble.\n\nThe minister said the deficit would fall to 2% of output by 2027.",
			"Tom Berg said the deficit would fall to 2% of output by 2027.", Unverified, ""},
		// An organisation that speaks.
		{"The Coastal Water Authority warned residents on Sunday to boil their tap water.\n\n“Do not drink unboiled water from the tap until further notice,” it said in a statement.",
			"The Coastal Water Authority said not to drink unboiled water from the tap until further notice.", Supported, `reading "it" as Coastal Water Authority`},
		{"The Coastal Water Authority warned residents on Sunday to boil their tap water.\n\n“Do not drink unboiled water from the tap until further notice,” it said in a statement.",
			"The Harbour District Council said not to drink unboiled water from the tap until further notice.", Unverified, ""},
		// An "it" that speaks is no person, and "he" no organisation.
		{"Mayor Ana Ruiz warned residents on Sunday to boil their tap water.\n\n“Do not drink unboiled water from the tap until further notice,” it said in a statement.",
			"Ana Ruiz said not to drink unboiled water from the tap until further notice.", Unverified, ""},
		{"The Harbour District Council raised bus fares on Monday.\n\nHe said the new fares would last until the end of the year.",
			"The Harbour District Council said the new fares would last until the end of the year.", Unverified, ""},
		// A person, across a paragraph, and two people.
		{"Coach Sam Okoro praised his defence after the win over Ashford.\n\nHe said the squad would rest on Sunday and train again on Monday.",
			"Sam Okoro said the squad would rest on Sunday.", Supported, `reading "He" as Sam Okoro`},
		{"Coach Sam Okoro praised his defence after the win over Ashford.\n\nHe said the squad would rest on Sunday and train again on Monday.",
			"Lena Park said the squad would rest on Sunday.", Unverified, ""},
		{"Sam Okoro and Lena Park met the players after the win over Ashford.\n\nHe said the squad would rest on Sunday and train again on Monday.",
			"Lena Park said the squad would rest on Sunday.", Unverified, ""},
		// Two people named before the pronoun in its paragraph: it
		// stands for the subject of the sentence before, and the other
		// person gets no reading.
		{"Tom Berg met Ana Ruiz in Leeds on Monday. He said the talks had gone well and would resume in May.",
			"Tom Berg said the talks had gone well and would resume in May.", Supported, `reading "He" as Tom Berg`},
		{"Tom Berg met Ana Ruiz in Leeds on Monday. He said the talks had gone well and would resume in May.",
			"Ana Ruiz said the talks had gone well and would resume in May.", Unverified, ""},
	} {
		r := articleIndexOf(t, tc.article).Check(tc.statement)
		if r.Verdict != tc.want || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q: got %s (%s), want %s with %q", tc.statement, r.Verdict, r.Reason, tc.want, tc.reason)
		}
	}
}
