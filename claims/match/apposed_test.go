package match

import "testing"

// A name the statement sets in a post the claim gives another name
// (apposedSwap, apposed.go) is a substitution: the holder of the same post
// set beside it by a comma, before or after it, or the body the post is
// of. The same name written otherwise, a name in a list, and places stay
// unsettled. The sentences are written for this test.
func TestApposedNameSwaps(t *testing.T) {
	const carrier = "Harlan Freight, the city's other carrier, delivered the parcels to the depot in March."
	const clinic = "The director of the clinic, Dr. Omar Saleh, said 40 patients were waiting."
	const union = "Mary Dunne, the FRU general secretary, said members would strike in May."
	const spelled = "Mary Dunne, the Fire Rescue Union general secretary, said members would strike in May."
	const premier = "Premier Andrew Fahie, the territory's leader, was arrested in Miami on Thursday."
	const lawyer = "Ali Khan, a lawyer from Lahore, said the hearing would resume on Monday."
	const pair = "Smith and Jones, the two directors of the firm, signed the deal on Friday."
	const senate = "Senate Majority Leader Mitch McConnell called Wilson an outstanding nominee."
	checkOneClaimCases(t, []oneClaimCase{
		{carrier, "Pell Logistics, the city's other carrier, delivered the parcels to the depot in March.", Contradicted},
		{carrier, "Harlan Freight, the city's other carrier, delivered the parcels to the depot in March.", Supported},
		{clinic, "Dr. Karim Haddad, the director of the clinic, said 40 patients were waiting.", Contradicted},
		{union, "Mary Dunne, the general secretary of the Teachers Alliance, said members would strike in May.", Contradicted},
		{senate, "Senate Democratic leader Chuck Schumer called Wilson an outstanding nominee.", Contradicted},
	})
	// The same person or body written otherwise (a surname with a title,
	// a spelling, initials), a place that may hold the other (the place
	// swap's to weigh), a post the claim gives a list of names: no
	// contradiction (supported or unverified, as the other rules read
	// them).
	for _, tc := range []struct{ source, statement string }{
		{premier, "Premier Fahie, the territory's leader, was arrested in Miami on Thursday."},
		{clinic, "Dr. Omar Salih, the director of the clinic, said 40 patients were waiting."},
		{spelled, "Mary Dunne, the general secretary of the FRU, said members would strike in May."},
		{lawyer, "Ali Khan, a lawyer from Pakistan, said the hearing would resume on Monday."},
		{pair, "Brown, a director of the firm, signed the deal on Friday."},
	} {
		if r := oneClaim(t, tc.source).Check(tc.statement); r.Verdict == Contradicted {
			t.Errorf("%q against %q: contradicted (%s), want no contradiction", tc.statement, tc.source, r.Reason)
		}
	}
}

// The claim's article may give the statement's name the same post (a
// second holder: a sentence with the name and the post's head noun) or
// set the two names side by side (a parent company and its brand): no
// contradiction there. A name the article has only in another role, or in
// a list with the other, still swaps. The articles are written for this
// test.
func TestApposedNameTheArticleNames(t *testing.T) {
	for _, tc := range []struct {
		article, statement string
		want               Verdict
	}{
		{"Harlan Freight, the city's other carrier, delivered the parcels to the depot in March, officials said on Monday.\n\nPell Logistics, a second carrier, also serves the depot.",
			"Pell Logistics, the city's other carrier, delivered the parcels to the depot in March.", Unverified},
		{"Cygnus, the Orbital Dynamics cargo ship, docked with the station on Monday, officials said.\n\nThe firm was bought by Northrop Grumman's Orbital Dynamics unit in 2018.",
			"Cygnus, the Northrop Grumman cargo ship, docked with the station on Monday.", Unverified},
		{"Tom Reed won praise for his role as a lonely pilot in “Silver Harbour,” the jury said on Sunday.\n\nThe festival also screened “Grey Water” and “North Road”, two films about fishermen.",
			"Tom Reed won praise for his role as a lonely pilot in Grey Water.", Contradicted},
		{"Tom Reed won praise for his role as a lonely pilot in “Silver Harbour,” the jury said on Sunday.\n\nAnn Cole also played a pilot in “Grey Water” last year.",
			"Tom Reed won praise for his role as a lonely pilot in Grey Water.", Unverified},
	} {
		r := articleIndexOf(t, tc.article).Check(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
