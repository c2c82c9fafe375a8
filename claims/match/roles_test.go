package match

import "testing"

// TestWordInANameIsNoOwner: a word ending in s inside a name ("Autonomous
// Districts' farms") is not a possessive typed without its apostrophe, so
// the statement that has the source's name whole gives the farms to no
// one else; a name that closes on one ("oduyas farm") still does. The
// sentences are written for this test.
func TestWordInANameIsNoOwner(t *testing.T) {
	ix := articleIndexWithLexicon(t, "A survey by the Delta Trust finds that 40 percent of the valley’s remaining wetlands lie on Autonomous Districts’ farms.\n\nInspectors closed Oduya's farm after Mensah reported the leak.")
	if r := ix.Check("40 percent of the valley's remaining wetland areas lie on Autonomous Districts' farms."); r.Verdict == Contradicted {
		t.Errorf("Autonomous Districts' farms: got %s (%s)", r.Verdict, r.Reason)
	}
	if r := ix.Check("inspectors closed mensahs farm after oduya reported the leak"); r.Verdict == Supported {
		t.Errorf("mensahs farm: got %s (%s)", r.Verdict, r.Reason)
	}
}

// TestCountryBeforeAVerbIsItsSubject: a country right before a verb in the
// past is who did it, not the owner of a word, so "Portugal played against
// Spain" says what "Spain played against Portugal" does; which way round
// a verb's sides go is the order rule's. The sentences are written for
// this test.
func TestCountryBeforeAVerbIsItsSubject(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Spain played against Portugal in Lisbon on Sunday in front of 60,000 fans.")
	if r := ix.Check("Portugal played against Spain in Lisbon on Sunday."); r.Verdict == Contradicted {
		t.Errorf("Portugal played against Spain: got %s (%s)", r.Verdict, r.Reason)
	}
}

// TestRivalIsAnotherParty: "Halvard's rival Ostmark reported a rise" says
// it of Ostmark, not of Halvard.
func TestRivalIsAnotherParty(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Shares in Halvard fell 9% on Wednesday. Halvard's rival Ostmark reported a 4% rise in quarterly revenue last week.")
	if r := ix.Check("Halvard reported a 4% rise in quarterly revenue."); r.Verdict == Supported {
		t.Errorf("Halvard: supported (%s)", r.Reason)
	}
	for _, s := range []string{"Ostmark reported a 4% rise in quarterly revenue.", "Halvard's rival Ostmark reported a 4% rise in quarterly revenue."} {
		if r := ix.Check(s); r.Verdict != Supported {
			t.Errorf("%q: %s (%s), want supported", s, r.Verdict, r.Reason)
		}
	}
}
