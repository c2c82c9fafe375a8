package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// TestOrderAndLoss: a statement that puts what a pivot ("before", "win
// over", "whereas") joins the other way round is not supported, while the
// same order said otherwise is; a verb of losing or ending against a
// negation on the other side contradicts nothing; an opposite word of the
// source's that the statement itself also has is no word in its place.
// Our own sentences (none from a labelled set).
func TestOrderAndLoss(t *testing.T) {
	var cs []claims.Claim
	for i, text := range []string{
		"The band toured Portugal and Greece before playing three nights in Norway.",
		"The visitors took a 3-0 win over Finland in the opening match of the Nordic Cup.",
		"Common squirrels store acorns in the ground, whereas flying squirrels store them in tree holes.",
		"Half of the factory's 900 workers will learn next month that they no longer have a contract.",
		"The mediators hope to prevent a costly strike at the port.",
	} {
		cs = append(cs, claims.Claim{ID: string(rune('a' + i)), Text: text, Sources: []claims.Source{{Quote: text}}})
	}
	ix := indexOf(t, "order", cs)
	for _, tc := range []struct {
		statement string
		swapped   bool // the order rule finds it the other way round
		notWant   Verdict
	}{
		{"The band played in Norway before touring Portugal and Greece.", true, Supported},
		{"The band toured Norway before Portugal and Greece.", true, Supported},
		{"Finland beat the visitors 3-0 in the opening match of the Nordic Cup.", true, Supported},
		{"Flying squirrels store acorns in the ground, whereas common squirrels store them in tree holes.", true, Supported},
		// The same order, said otherwise.
		{"The band toured Portugal and Greece before Norway.", false, ""},
		{"Before playing in Norway, the band toured Portugal and Greece.", false, ""},
		{"The visitors beat Finland 3-0 in the opening match of the Nordic Cup.", false, ""},
		{"In the opening match of the Nordic Cup, the visitors beat Finland 3-0.", false, ""},
		{"Flying squirrels store acorns in tree holes, whereas common squirrels store them in the ground.", false, ""},
		// Losing against "no longer have": no contradiction.
		{"Half of the factory's 900 workers will learn next month that they are losing their contract.", false, Contradicted},
		// "prevent a strike" has the source's "strike": "avoid" is no
		// opposite of it.
		{"The mediators hope to avoid a costly strike at the port.", false, Contradicted},
	} {
		r := ix.Check(tc.statement)
		if got := strings.Contains(r.Reason, "on the other side of"); got != tc.swapped {
			t.Errorf("%q: %s (%s): the other way round %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.swapped)
		}
		if tc.notWant != "" && r.Verdict == tc.notWant {
			t.Errorf("%q: %s (%s)", tc.statement, r.Verdict, r.Reason)
		}
	}
}

// TestRolesTurnedRound: who takes and from whom ("borrowed … from"), what
// a copula says of which noun ("her father is Jewish"), and which name a
// word goes with in a source of two clauses ("for undergrad, then … for
// law school") are read the other way round as no support. Our own
// sentences (none from a labelled set).
func TestRolesTurnedRound(t *testing.T) {
	var cs []claims.Claim
	for i, text := range []string{
		"The baker said that Okafor had reopened her shop after borrowing $8,000 from her brothers, following the flood.",
		"His father is Canadian.",
		"He studied at Leeds University for his degree, then Durham University for medicine.",
		"In the second round, Kowalski was struck on the arm by Ferreira.",
	} {
		cs = append(cs, claims.Claim{ID: string(rune('a' + i)), Text: text, Sources: []claims.Source{{Quote: text}}})
	}
	ix := indexOf(t, "roles", cs)
	for _, tc := range []struct {
		statement string
		swapped   bool
	}{
		{"After the flood, Okafor's brothers borrowed $8,000 from her.", true},
		{"Lindqvist's mother is Canadian and his father is from Norway.", true},
		{"Lindqvist studied medicine at Leeds University.", true},
		// The same roles.
		{"After the flood, Okafor borrowed $8,000 from her brothers.", false},
		{"Lindqvist's father is Canadian.", false},
		{"Lindqvist studied medicine at Durham University.", false},
	} {
		r := ix.Check(tc.statement)
		got := r.Verdict != Supported
		if got != tc.swapped {
			t.Errorf("%q: %s (%s): not supported %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.swapped)
		}
	}
	// The active for the passive: the other way round, or not.
	for _, tc := range []struct {
		statement string
		turned    bool
	}{
		{"In the second round, Kowalski struck Ferreira on the arm.", true},
		{"In the second round, Ferreira struck Kowalski on the arm.", false},
	} {
		r := ix.Check(tc.statement)
		if got := strings.Contains(r.Reason, "the other way round"); got != tc.turned || tc.turned && r.Verdict == Supported {
			t.Errorf("%q: %s (%s): the other way round %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.turned)
		}
	}
}

// TestAgainstTurnedRound: who acts and whom it is aimed at, either side
// of "against" after a verb ("the tenants protested against the
// landlord"), turned round is no support, names or not; the same roles,
// and a verb whose sides may change places ("played against"), are.
// Our own sentences (none from a labelled set).
func TestAgainstTurnedRound(t *testing.T) {
	var cs []claims.Claim
	for i, text := range []string{
		"Tenants of the Marsh Lane block protested against the landlord outside the town hall on Monday.",
		"Maria Ortiz testified against Carl Brandt at the fraud trial in March.",
		"Rovers played against United at the Ashgate stadium on Sunday.",
	} {
		cs = append(cs, claims.Claim{ID: string(rune('a' + i)), Text: text, Sources: []claims.Source{{Quote: text}}})
	}
	ix := indexOf(t, "against", cs)
	for _, tc := range []struct {
		statement string
		turned    bool
	}{
		{"The landlord protested against the tenants of the Marsh Lane block outside the town hall.", true},
		{"Carl Brandt testified against Maria Ortiz at the fraud trial.", true},
		{"Tenants of the Marsh Lane block protested against the landlord outside the town hall.", false},
		{"Maria Ortiz testified against Carl Brandt at the fraud trial.", false},
		{"United played against Rovers at the Ashgate stadium on Sunday.", false},
	} {
		r := ix.Check(tc.statement)
		got := strings.Contains(r.Reason, "on the other side of")
		if got != tc.turned || tc.turned && r.Verdict == Supported || !tc.turned && r.Verdict != Supported {
			t.Errorf("%q: %s (%s): turned round %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.turned)
		}
	}
}

// TestPathTurnedRound: a "from … to …" said the other way round ("from
// Hall 3 to the north wing" against "from the north wing to Hall 3") is
// no support; the same path, a path the source does not turn round, and
// "from … to …" with the same word at both ends are. Our own sentences
// (none from a labelled set).
func TestPathTurnedRound(t *testing.T) {
	var cs []claims.Claim
	for i, text := range []string{
		"To save its guests a long walk, the museum is moving its café from the north wing to Hall 3 of the old Dorrington building.",
		"Volunteers went from door to door in Redfield collecting blankets for the shelter.",
	} {
		cs = append(cs, claims.Claim{ID: string(rune('a' + i)), Text: text, Sources: []claims.Source{{Quote: text}}})
	}
	ix := indexOf(t, "path", cs)
	for _, tc := range []struct {
		statement string
		turned    bool
	}{
		{"The museum is moving its café from Hall 3 to the north wing of the Dorrington building.", true},
		{"the museum is moving its cafe from hall 3 to the north wing", true},
		{"The museum is moving its café from the north wing to Hall 3.", false},
		{"Volunteers went from door to door in Redfield collecting blankets.", false},
	} {
		r := ix.Check(tc.statement)
		got := strings.Contains(r.Reason, "on the other side of")
		if got != tc.turned || tc.turned && r.Verdict == Supported || !tc.turned && r.Verdict != Supported {
			t.Errorf("%q: %s (%s): turned round %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.turned)
		}
	}
}

// A word that orders what it joins ("before", "beat") is no word two
// countries trade as owners: who went first is the order rule's finding,
// not a swap of countries. Our own sentences.
func TestCountriesBeforeAnOrderingWord(t *testing.T) {
	const tour = "The orchestra visited Chile before touring Peru and Mexico."
	for _, s := range []string{
		"The orchestra visited Peru before touring Chile and Mexico.",
		"The orchestra visited Mexico before Chile and Peru.",
	} {
		r := oneClaim(t, tour).Check(s)
		if strings.Contains(r.Reason, "before, you wrote") {
			t.Errorf("%q against %q: %s (%s), want no countries traded before \"before\"", s, tour, r.Verdict, r.Reason)
		}
		if r.Verdict == Supported {
			t.Errorf("%q against %q: %s", s, tour, r.Verdict)
		}
	}
	// Two Chilean and Peruvian orchestras trading a word they own still
	// trade it.
	const wind = "Chilean musicians joined the Peruvian orchestra."
	if r := oneClaim(t, wind).Check("Peruvian musicians joined the Chilean orchestra."); r.Verdict == Supported {
		t.Errorf("traded owners: %s (%s)", r.Verdict, r.Reason)
	}
}

// TestActiveRolesTurnedRound: names either side of a verb said the other
// way round in the active ("Ortiz sued Halvorsen" against "Halvorsen …
// sued Ortiz") are no support, also past a clause between the source's
// subject and its verb and inside the verb's noun ("ordered the arrest
// of … including Brandt"); the same roles, a verb whose sides may change
// places ("met") and the source's passive without "be" are left alone.
// Our own sentences (none from a labelled set).
func TestActiveRolesTurnedRound(t *testing.T) {
	ix := articleIndexWithLexicon(t, strings.Join([]string{
		"Halvorsen, who runs a bakery in Tromsø, sued Ortiz over the unpaid rent last spring.",
		"Police said Arlen had ordered the arrest of senior officials including Brandt, the head of the port authority.",
		"Marquez met Okonkwo in Lagos to discuss the new pipeline.",
		"Lindgren, praised by Achebe for her courage, pulled three children from the river.",
		"In the doubles final, Okoro and Lindahl outplayed Brandt and Meyer in two sets.",
	}, "\n\n"))
	for _, tc := range []struct {
		statement string
		turned    bool
	}{
		{"Ortiz sued Halvorsen over the unpaid rent last spring.", true},
		{"Brandt ordered the arrest of senior officials including Arlen.", true},
		{"Halvorsen sued Ortiz over the unpaid rent last spring.", false},
		{"Arlen ordered the arrest of senior officials including Brandt.", false},
		{"Okonkwo met Marquez in Lagos to discuss the new pipeline.", false},
		{"Achebe praised Lindgren for her courage.", false},
		// The passive against the source's active.
		{"Last spring, Ortiz was sued by Halvorsen over the unpaid rent.", false},
		{"Last spring, Halvorsen was sued by Ortiz over the unpaid rent.", true},
		// Two names joined by "and" on either side.
		{"In the doubles final, Brandt and Meyer outplayed Okoro and Lindahl.", true},
		{"In the doubles final, Okoro and Lindahl outplayed Brandt and Meyer.", false},
	} {
		r := ix.Check(tc.statement)
		if got := strings.Contains(r.Reason, "the other way round"); got != tc.turned || tc.turned && r.Verdict == Supported {
			t.Errorf("%q: %s (%s): the other way round %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.turned)
		}
	}
}

// TestObjectOfTheFirstVerbIsNoSubjectOfTheSecond: two verbs joined by
// "and" share the first one's subject ("Marlow outpaced Fenwick and
// acquired Tidewell"): the statement that gives the second verb to the
// first one's object ("Fenwick acquired Tidewell") is not supported; the
// one that gives it to the true subject is. Our own sentences (none from
// a labelled set).
func TestObjectOfTheFirstVerbIsNoSubjectOfTheSecond(t *testing.T) {
	ix := articleIndexWithLexicon(t, "In 2018 Marlow outpaced Fenwick and acquired Tidewell, the regional ferry operator.")
	for _, tc := range []struct {
		statement string
		other     bool
	}{
		{"Fenwick acquired Tidewell in 2018.", true},
		{"Marlow acquired Tidewell in 2018.", false},
	} {
		r := ix.Check(tc.statement)
		if got := strings.Contains(r.Reason, "only as what it"); got != tc.other || tc.other && r.Verdict == Supported {
			t.Errorf("%q: %s (%s): another's verb %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.other)
		}
	}
}

// TestUnsureOrderNamesNoDifference: a word order the order rule may have
// misread (activeSwapped, objectAsSubject) withholds support but gives the
// learned decision no difference to contradict a statement with; the
// rule's other findings ("the other way round" of a passive) still do.
func TestUnsureOrderNamesNoDifference(t *testing.T) {
	unsure := finding{rule: ruleOrder, kind: beyond, unsure: true}
	sure := finding{rule: ruleOrder, kind: beyond}
	if got := namedDifferences(alignment{findings: []finding{unsure}}); len(got) != 0 {
		t.Errorf("an unsure order finding is a named difference: %v", got)
	}
	if got := namedDifferences(alignment{findings: []finding{unsure, sure}}); len(got) != 1 {
		t.Errorf("named differences %v, want the sure order finding alone", got)
	}
}

// TestStandingAndProgressiveOrder: a standing "behind" (or "ahead of")
// another orders the two as "before" does, and a verb in the progressive
// ("is acquiring") has its doer before it as the past has: the two the
// other way round are not supported.
func TestStandingAndProgressiveOrder(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The defeat leaves Ashby Town third, four points behind leaders Wexley.\n\n"+
		"Corvane Media agreed on Tuesday to acquire the podcast network Tallis Audio for $310 million.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Ashby Town are four points behind Wexley.", Supported},
		{"Wexley are four points behind Ashby Town.", Unverified}, // (contradicted in an archive)
		{"Corvane Media is acquiring Tallis Audio for $310 million.", Supported},
		{"Tallis Audio is acquiring Corvane Media for $310 million.", Unverified},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestComparedTheOtherWayRound: two things compared by "than" may be any
// words, not only names: the statement that has them the other way round
// is not supported.
func TestComparedTheOtherWayRound(t *testing.T) {
	ix := articleIndexWithLexicon(t, "In the spring, sales of bicycles grew faster than sales of scooters, 14% against 6%.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"In the spring sales of bicycles grew faster than sales of scooters.", Supported},
		{"In the spring sales of scooters grew faster than sales of bicycles.", Unverified},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestBeforeAgainstAfterOfAnotherEvent: "before" against the source's
// "after" orders two things the other way round only when the event after
// each is the same one: a name given "after" a namesake, with the
// statement's event in a later clause of its own, is no order the
// statement turns round (nor a contradiction), while the same event on
// both sides still contradicts. Our own sentences (none from a labelled
// set).
func TestBeforeAgainstAfterOfAnotherEvent(t *testing.T) {
	var cs []claims.Claim
	for i, text := range []string{
		"Marisol Quintero was named after the aunt who raised her mother, and moved to Lisbon this spring to study painting.",
		"The Orla Trio recorded its second album after it toured Chile.",
	} {
		cs = append(cs, claims.Claim{ID: string(rune('a' + i)), Text: text, Sources: []claims.Source{{Quote: text}}})
	}
	ix := indexOf(t, "order", cs)
	for _, tc := range []struct {
		statement string
		want      Verdict // "": not contradicted, nor turned round
	}{
		{"Marisol Quintero was working in a bakery before she moved to Lisbon.", ""},
		{"Marisol Quintero was studying law before she moved to Lisbon this spring.", ""},
		{"The Orla Trio recorded its second album before it toured Chile.", Contradicted},
	} {
		r := ix.Check(tc.statement)
		if tc.want != "" {
			if r.Verdict != tc.want {
				t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
			}
			continue
		}
		if r.Verdict == Contradicted || strings.Contains(r.Reason, "on the other side of") {
			t.Errorf("%q: %s (%s)", tc.statement, r.Verdict, r.Reason)
		}
	}
}

// TestTimePivotOrdersItsClauseOnly: "after" orders the event of its own
// clause; a clause after a comma ("…, cutting power to 9,000 homes") is
// not what came first, so a statement that puts it after the main event
// turns nothing round. One that truly reverses the two events still does.
// Our own sentences.
func TestTimePivotOrdersItsClauseOnly(t *testing.T) {
	text := "The Kessel dam burst on Friday night after three days of heavy rain, cutting power to 9,000 homes in Orrby."
	ix := indexOf(t, "after-clause", []claims.Claim{{ID: "a", Text: text, Sources: []claims.Source{{Quote: text}}}})
	for _, tc := range []struct {
		statement string
		turned    bool
	}{
		{"power was cut to 9,000 homes in orrby after the kessel dam burst", false},
		{"The heavy rain came after the Kessel dam burst.", true},
	} {
		r := ix.Check(tc.statement)
		if got := strings.Contains(r.Reason, "on the other side of"); got != tc.turned {
			t.Errorf("%q: %s (%s): turned round %v, want %v", tc.statement, r.Verdict, r.Reason, got, tc.turned)
		}
	}
}

// TestComparisonTheOtherWay: "less than" against "further than" (or
// "more" against "fewer") compares the same two things the other way
// round: a contradiction. A bound on a figure ("more than 300") is the
// figures rule's, and the same way is support. Our own sentences.
func TestComparisonTheOtherWay(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Rents in Carrow have risen further than those in the capital, the housing agency said. The agency said it had received more than 300 complaints this year.")
	for s, want := range map[string]Verdict{
		"Rents in Carrow have risen less than those in the capital.": Contradicted,
		"rents in carrow rose further than those in the capital":     Supported,
		"The agency received fewer than 400 complaints this year.":   Unverified,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestBoundsOnAFigureCompareNothing: two "more than" bounds on a figure
// compare no two things, so where the statement puts the source's other
// words ("according to local officials" before the bound, the source after
// it) turns nothing round. Our own sentences.
func TestBoundsOnAFigureCompareNothing(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The floods that hit the Varna valley in March have killed more than 1,200, according to local officials, and left 40,000 homeless.")
	for s, want := range map[string]Verdict{
		"according to local officials more than 1,200 people were killed by the floods in the varna valley": Supported,
	} {
		if r := ix.Check(s); r.Verdict != want || strings.Contains(r.Reason, "on the other side of") {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestRolesOfAPronounReadAsAName: an article's "He" read as the person its
// paragraph named before (antecedent.go) is that name either side of a
// verb, so a statement that puts the two names the other way round ("Ivan
// Petrov outplayed Tomas Berg" against "He …, outplaying Ivan Petrov",
// He read as Tomas Berg) is not supported, with or without the reading;
// the same order still is. The article is written for this test.
func TestRolesOfAPronounReadAsAName(t *testing.T) {
	ix := articleIndexOf(t, "Tomas Berg reached his first final in Oslo on Sunday. He played superbly, outplaying Ivan Petrov in the second set.\n\nThe final will be played on Saturday.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Ivan Petrov outplayed Tomas Berg in the second set.", Unverified},
		{"ivan petrov outplayed tomas berg in the second set", Unverified},
		{"Tomas Berg outplayed Ivan Petrov in the second set.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
