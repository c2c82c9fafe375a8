package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// TestNationalitiesAndDirections: a nationality or a place standing where
// the source has another, a journey turned around, and a doer the source
// does not name. Our own sentences (none from a labelled set), each
// against a small collection of claims, read by the rules.
func TestNationalitiesAndDirections(t *testing.T) {
	var cs []claims.Claim
	for i, text := range []string{
		"Sir William Ramsay was a Scottish chemist who discovered the noble gases.",
		"Antoni Gaudí was a Catalan architect known for the Sagrada Família in Barcelona.",
		"The Scottish chemist Joseph Black described carbon dioxide in the 1750s.",
		"Hans Zimmer is a German film score composer and music producer.",
		"The smuggler was arrested in Thailand in 2019 and later extradited to Canada.",
		"Two engineers were deported from Kenya to Uganda after the audit.",
	} {
		cs = append(cs, claims.Claim{ID: string(rune('a' + i)), Text: text, Sources: []claims.Source{{Quote: text}}})
	}
	ix := indexOf(t, "readings", cs)
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		// Another nation where the source has a region of one.
		{"Sir William Ramsay was a French chemist.", Contradicted},
		{"Sir William Ramsay was an English chemist.", Contradicted},
		{"The French chemist Joseph Black described carbon dioxide.", Contradicted},
		{"Hans Zimmer is an Austrian composer.", Contradicted},
		// The region's own country: a Scot is British, a Catalan Spanish.
		{"Sir William Ramsay was a British chemist.", Supported},
		{"Antoni Gaudí was a Spanish architect.", Supported},
		// A region the source does not give: more than it says.
		{"Hans Zimmer is a Bavarian composer.", Unverified},
		// A journey: another end, the same end turned around, a doer.
		{"The smuggler was extradited to Thailand.", Contradicted},
		{"The smuggler was extradited from Canada.", Contradicted},
		{"Canada extradited the smuggler to Thailand.", Contradicted},
		{"Thailand extradited the smuggler to Canada.", Unverified},
		{"The smuggler was extradited to Canada.", Supported},
		{"Two engineers were deported from Uganda to Kenya.", Contradicted},
		{"Two engineers were deported from Kenya.", Supported},
	} {
		r := ix.Check(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// "Already" done contradicts a source that says someone still plans to do
// it, but not one that says only what might be tried ("could be used to
// try to cure"): that is no attempt under way. The sentences are written
// for this test.
func TestAlreadyAgainstAHypotheticalAttempt(t *testing.T) {
	ix := articleIndexOf(t, "Members of the Hone family believe seaweed extract could be used to try to cure myrtle rust, and want more research money for it. The council plans to close the Ellis Street pool in June.")
	for s, want := range map[string]Verdict{
		"The Hone family has already cured several trees of myrtle rust using seaweed extract.": Unverified,
		"The council has already closed the Ellis Street pool.":                                 Contradicted,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// What the source says will happen only on a condition ("will only
// restart tests if…", "will cut jobs if…", "If…, the town will close…")
// does not support the statement that drops the condition; the clause
// before "and" is not the condition's, nor is an "if" after "asked" or
// "even". The sentences are written for this test.
func TestConditionDropped(t *testing.T) {
	ix := articleIndexOf(t, "Deputy minister Pavel Orlov said on Monday that Moscow will keep to the moratorium and will only restart missile tests if Washington does so first. "+
		"The Harlow paper mill will cut 300 jobs if the merger with Norpak goes through. "+
		"If the river keeps rising, the town of Elsby will close the old stone bridge.")
	for s, want := range map[string]Verdict{
		"Pavel Orlov said Moscow will restart missile tests whatever Washington does.":    Unverified,
		"Pavel Orlov said Moscow will keep to the moratorium.":                            Supported,
		"The Harlow paper mill will cut 300 jobs.":                                        Unverified,
		"The Harlow paper mill will cut 300 jobs if the merger with Norpak goes through.": Supported,
		"The town of Elsby will close the old stone bridge.":                              Unverified,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
	for _, s := range []string{"The board asked if the mill would close.", "The mill will stay open even if the merger fails."} {
		a := analyse(s)
		for i := range a.tokens {
			if w := conditionAt(a, i); w != "" {
				t.Errorf("%q: %q read as under the condition %q", s, a.tokens[i].Text, w)
			}
		}
	}
}

// Whose it is, typed as a possessive (with or without its apostrophe),
// stands where the source has another owner's name: "the pentagons
// outreach" against "the State Department's outreach" is not supported.
// The sentences are written for this test.
func TestPossessiveInTheOwnersPlace(t *testing.T) {
	ix := articleIndexOf(t, "Dana Whitlow, a respected official who led the State Department’s outreach on water security, is leaving her post at the end of the month.")
	for s, want := range map[string]Verdict{
		"dana whitlow, who led the pentagons outreach on water security, is leaving at the end of the month": Unverified,
		"Dana Whitlow led the Department's outreach on water security.":                                      Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
}

// A verb whose past is its base form ("beat", "cut") right after the
// name the statement opens with is what it says happened: a source
// without it does not support it. The sentences are written for this
// test.
func TestBarePastAfterTheOpeningName(t *testing.T) {
	ix := articleIndexOf(t, "Mayor Tom Reddin did not seek reelection in Elmwood Park, and he endorsed Alma Ruiz.")
	s := "Alma Ruiz beat the sitting mayor, Tom Reddin."
	if r := ix.Check(s); r.Verdict == Supported || !strings.Contains(r.Reason, `"beat"`) {
		t.Errorf("%q: %s (%s), want not supported: the source does not say \"beat\"", s, r.Verdict, r.Reason)
	}
}

// "Ever" widens what a statement says as "only" or "all" do ("the most
// detailed model ever made"): a source that does not say it does not
// support it; after a negation ("refused to ever work") or a "first"
// ("the first time ever") it only stresses what is said. The sentences
// are written for this test.
func TestEverSetsAScope(t *testing.T) {
	ix := articleIndexOf(t, "The Harwick model of the river basin holds water records with levels of detail seen before only in studies of single streams. Harwick lost to Elmford for the first time in the county cup on Sunday.")
	for s, want := range map[string]Verdict{
		"The Harwick model of the river basin holds the most detailed water records ever.": Unverified,
		"Harwick lost to Elmford for the first time ever in the county cup.":               Supported,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
	if toks := analyse("She refused to ever work for the firm.").tokens; !negatedBefore(toks, 3) {
		t.Errorf("%q: no negation read before \"ever\"", "She refused to ever work for the firm.")
	}
}

// TestDueIsNotDone: what is due or scheduled to happen has not happened;
// "due to" a cause still supports.
func TestDueIsNotDone(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Halloway inquiry is due to open in September. The ferry to Skerra was cancelled due to high winds. "+
		"The Brenmore bridge, due to be finished in 2029, will carry six lanes.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The Halloway inquiry opened in September.", Unverified},
		{"The Halloway inquiry is due to open in September.", Supported},
		{"the skerra ferry was cancelled because of high winds", Supported},
		{"The Brenmore bridge was finished in 2029.", Unverified},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestAgeIsNoTerm: a statement's age meets only the source's ages, not
// another span of years in the claim ("faces up to eight years in
// prison").
func TestAgeIsNoTerm(t *testing.T) {
	ix := articleIndexWithLexicon(t, "If convicted, Oswin Carrow faces up to eight years in prison, prosecutors in Lyle said.")
	if r := ix.Check("Oswin Carrow is 47 years old."); r.Verdict == Contradicted {
		t.Errorf("%s (%s): an age set against a prison term", r.Verdict, r.Reason)
	}
}
