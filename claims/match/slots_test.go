package match

import "testing"

// TestRolesAndSlots: who did it, who was told, where to, and what a
// sentence is said to become.
func TestRolesAndSlots(t *testing.T) {
	ix := rulesIndex(t)
	for stmt, want := range map[string]Verdict{
		// A name before "who" is the verb's subject.
		"In Geneva it was Putin who drew a red line at cyber attacks, declaring them off limits.": Contradicted,
		// After "told", a name is who was told, not who spoke.
		"U.S. and European officials told Reuters they were participating in the talks.":     Contradicted,
		"U.S. and European officials told Reuters they were not participating in the talks.": Supported,
		// Where to: another country after the same verb.
		"Roman Seleznev was extradited to Russia.": Contradicted,
		// "got", like "is", says what something became.
		"Relations between the US and Russia got colder after a summit in Switzerland.": Unverified,
		// The object of "at" must be in the source.
		"Schmidt met with Russian officials at a hotel last month.": Unverified,
		// "All three" is the source's three, not more.
		"Both sides resolved to complete all three steps by year's end.": Supported,
		// Not saying which is no denial.
		"Krutskikh would not say which proposals were exchanged.": Unverified,
		// "Working on adopting" is not adopted.
		"Russia has adopted a code of responsible behavior of states in the information space.": Unverified,
		// "One of the measures" asks the source for no figure.
		"The hotline was one of the confidence-building measures.": Supported,
		// Whose it is: the source gives the office to Painter.
		"painter plans to shut tillersons entire office": Contradicted,
		// Initials stand for the name they spell.
		"The BPC working group was suspended in 2014 after Ukraine.": Supported,
		// The outlet that published the source may be named as its speaker.
		"@SCMagazine says russian hacker drinkman was arrested in amsterdam in 2012": Supported,
		// A short form in a name is no other name.
		"The Geneva meetings include the White House, State Dept and FBI.": Unverified,
		// A dropped g, and "sez", as people type them.
		"painter is leavin his post at the end of the month": Supported,
		// A denial is what a source says when its words are negated.
		"A State Department official denied that this meeting is a restart of the Bilateral Presidential Commission working group.": Supported,
	} {
		if r := ix.Check(stmt); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", stmt, r.Verdict, r.Reason, want)
		}
	}
}

// TestArticleWritesItsApostrophes: in an article, a name ending in s with
// no apostrophe ("The Lords reforms") owns nothing, so a reader's
// possessive of another name it has ("blair's lords reforms", "under
// Tony Blair") gives the thing to no other owner. Our own sentences.
func TestArticleWritesItsApostrophes(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Commons reforms under Maria Keller cut the number of committee seats to 40 in 2019.\n\nThe plan to shut Ortega's office was dropped in May.")
	for s, want := range map[string]Verdict{
		"keller's commons reforms cut committee seats to 40": Supported,
		"The plan to shut Keller's office was dropped.":      Contradicted,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}
