package match

import "testing"

// TestDisputedAccount: a claim the next words of its paragraph say someone
// disputes ("Hale denies the allegations") is an account, not a fact: it
// does not support the statement that it happened, but it still supports
// the statement that gives the account its speaker; a denial of another
// report ("denied reports that …") or none ("have not denied it") leaves
// the support alone.
func TestDisputedAccount(t *testing.T) {
	for _, c := range []struct {
		article, statement string
		want               Verdict
	}{
		{"Prosecutors say Tamsin Hale stole $40,000 from the charity. Hale denies the allegations.", "Tamsin Hale stole $40,000 from the charity.", Unverified},
		{"Tamsin Hale stole $40,000 from the charity, prosecutors say. Hale's lawyer disputes the charges.", "Tamsin Hale stole $40,000 from the charity.", Unverified},
		{"Dahl said Orland refused to pay the contractors in March. Reyes, Orland's lawyer, rejected that account.", "Orland refused to pay the contractors in March.", Unverified},
		{"Prosecutors say Tamsin Hale stole $40,000 from the charity, but Hale denies the allegations.", "Tamsin Hale stole $40,000 from the charity", Unverified},
		{"The mill's profits rose 5% last year, but its owners rejected claims that it would expand.", "The mill's profits rose 5% last year.", Supported},
		{"Prosecutors say Tamsin Hale stole $40,000 from the charity. Hale denies the allegations.", "Prosecutors say Tamsin Hale stole $40,000 from the charity.", Supported},
		{"Prosecutors say Tamsin Hale stole $40,000 from the charity. Hale denies the allegations.", "Tamsin Hale stole $40,000 from the charity, prosecutors say.", Supported},
		{"The mill's owners said profits rose 5% last year. They denied reports that the mill would close.", "The mill's profits rose 5% last year.", Supported},
		{"The mill's profits rose 5% last year. Its owners have not denied it.", "The mill's profits rose 5% last year.", Supported},
		// The denial opens the next paragraph, as in a report of
		// one-sentence paragraphs; a denial of another report there
		// leaves the support alone.
		{"Dahl said Orland refused to pay the contractors in March.\n\nReyes, Orland's lawyer, rejected that account, saying the money was paid.", "Orland refused to pay the contractors in March.", Unverified},
		{"Prosecutors say Tamsin Hale stole $40,000 from the charity.\nHale denies the allegations.", "Tamsin Hale stole $40,000 from the charity.", Unverified},
		{"The mill's profits rose 5% last year.\n\nIts owners denied reports that the mill would close.", "The mill's profits rose 5% last year.", Supported},
		// Further from the claim, a denial in the next paragraph
		// disputes it when it names what the claim says ("such a
		// payment" of "paid"); one that names something else does not.
		{"The union said Keller had paid the inspectors to approve the crane in 2022. \"It was an open secret,\" its leader said.\n\nKeller denied that any such payment had been made.", "Keller paid the inspectors to approve the crane in 2022.", Unverified},
		{"The union said Keller had promised the inspectors a bonus in 2022. \"It was an open secret,\" its leader said.\n\nKeller denied such a promise.", "Keller promised the inspectors a bonus in 2022.", Unverified},
		{"The union said Keller had paid the inspectors to approve the crane in 2022. \"It was an open secret,\" its leader said.\n\nKeller denied reports that the crane would be sold.", "Keller paid the inspectors to approve the crane in 2022.", Supported},
		// The claim names the account itself: the denial is of the
		// account, not of what the claim says of it.
		{"Police in Halden have closed their inquiry into an allegation of bribery against the mayor, Ola Brekke.\nBrekke, who denies the accusation, said he was relieved.", "Police in Halden have closed their inquiry into the mayor.", Supported},
	} {
		ix := articleIndexWithLexicon(t, c.article)
		sh, _ := shard(t, ix, ShardOptions{})
		for name, ix := range map[string]*Index{"whole": ix, "sharded": sh} {
			if r := ix.Check(c.statement); r.Verdict != c.want {
				t.Errorf("%s: %q against %q: %s (%s), want %s", name, c.statement, c.article, r.Verdict, r.Reason, c.want)
			}
		}
	}
}

// TestAccusedOfIsAlleged: what someone is accused, charged or suspected
// of is alleged, not said to have happened; the statement that says they
// are accused of it is still supported, and a conviction is no
// accusation.
func TestAccusedOfIsAlleged(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Former Ashbury council treasurer Mark Delaney went on trial on Monday accused of taking £212,000 from the council's pension fund. Police charged his brother Tom Delaney with handling the money in 2023.")
	for s, want := range map[string]Verdict{
		"Mark Delaney took £212,000 from the council's pension fund.": Unverified,
		"Tom Delaney handled the money.":                              Unverified,
		"Mark Delaney went on trial accused of taking £212,000.":      Supported,
		"Tom Delaney was charged with handling the money.":            Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestUndecidedIsNoPlan: what the source leaves undecided ("will decide
// whether to ask …", "has not ruled out using …") is neither a plan nor
// an event: a statement that says it will happen is not supported; one
// that keeps the doubt, and the decision itself, still are. Our own
// sentences.
func TestUndecidedIsNoPlan(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Halden port authority said it would decide by June whether to close the north quay to cargo ships. The ferry operator has not ruled out using chartered boats to carry passengers during the strike.")
	for s, want := range map[string]Verdict{
		"The port authority will close the north quay to cargo ships.":                      Unverified,
		"the ferry operator will use chartered boats to carry passengers during the strike": Unverified,
		"The port authority will decide by June whether to close the north quay.":           Supported,
		"The Halden port authority said it would decide by June.":                           Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestDoneByAnother: a verb the source says of one named person ("the
// club's coach, Ana Ruiz, had resigned …, and … her assistant, Tom Berg,
// had been promoted") is not said of the other: neither "Tom Berg
// resigned" nor "Ana Ruiz was promoted" is supported, while each true
// pairing still is. Our own sentences.
func TestDoneByAnother(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The board said the club's coach, Ana Ruiz, had resigned after the cup final and that her assistant, Tom Berg, had been promoted to replace her.")
	for s, want := range map[string]Verdict{
		"coach tom berg resigned after the cup final":     Unverified,
		"Ana Ruiz was promoted to replace the coach.":     Unverified,
		"Ana Ruiz resigned after the cup final.":          Supported,
		"Tom Berg has been promoted to replace Ana Ruiz.": Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestDoneByTheLastOfTwo: a relative clause after two names ("… Nils Aro
// and winger Jonas Pell, who scored from a free kick") says its verb of
// the last: not of the first. Our own sentences.
func TestDoneByTheLastOfTwo(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Harbour City went ahead through defender Nils Aro and winger Jonas Pell, who scored from a free kick.")
	for s, want := range map[string]Verdict{
		"Nils Aro scored from a free kick for Harbour City.": Unverified,
		"Jonas Pell scored from a free kick.":                Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestDoneToIsNoDoer: a name before a passive verb ("Bogart was ranked")
// is who it was done to, as the object of the source's active verb ("the
// Institute ranked Bogart"): the source says it of him. Our own sentences.
func TestDoneToIsNoDoer(t *testing.T) {
	ix := articleIndexWithLexicon(t, "In 2019 the Marwell Trust ranked Ellen Crane as the best young painter in the county.")
	if r := ix.Check("Ellen Crane was ranked the best young painter in the county."); r.Verdict != Supported {
		t.Errorf("%s (%s), want supported", r.Verdict, r.Reason)
	}
}

// TestAskedForIsNotDone: what someone was asked, urged or called on to do
// ("has asked the county council to raise compensation") is asked for,
// not done nor planned; the request itself is still supported. Our own
// sentences.
func TestAskedForIsNotDone(t *testing.T) {
	// "To talks" is no requested verb: the request is the return.
	a := analyse("The mediator urged both unions to return to talks.")
	for i, tok := range a.tokens {
		if got := requestAt(a, i) != ""; got != (tok.Text == "return") {
			t.Errorf("requestAt(%q) = %v", tok.Text, got)
		}
	}
	ix := articleIndexWithLexicon(t, "The Brede Valley Farmers' Union has asked the county council to raise compensation for flood damage. Residents called on the water board to rebuild the weir. The mediator urged both unions to return to talks, but no date has been set.")
	for s, want := range map[string]Verdict{
		"A date has been set for new talks.":                                 Contradicted,
		"the county council will raise compensation for flood damage":        Unverified,
		"The water board will rebuild the weir.":                             Unverified,
		"The farmers' union asked the county council to raise compensation.": Supported,
		"residents have called on the water board to rebuild the weir":       Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// TestWhatShouldBeIsAView: what someone says should have been done ("the
// coach complained that the umpire should have awarded his side a try")
// is their view: the statement that says it should have, in its own
// voice, is not supported; the one that gives the view its speaker is.
// Our own sentences.
func TestWhatShouldBeIsAView(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Harlow's coach, Dean Moss, complained that the umpire should have awarded his side a try in the second half.")
	for s, want := range map[string]Verdict{
		"Harlow should have been awarded a try in the second half.":              Unverified,
		"Dean Moss complained that the umpire should have awarded Harlow a try.": Supported,
		"harlow's coach said the umpire should have awarded his side a try":      Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}
