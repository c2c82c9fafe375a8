package match

import "testing"

// TestNameLeftToContext: a claim that leaves what it is about to the
// sentence before ("The Lumen Ray blows away every other headset. ¶ The
// headset packs 18 megapixels …") supports a statement that names it, and
// contradicts one that gives another figure; a name that stands only as
// an object before, a name of the claim's own in that place, or a person
// the claim's pronoun is read as gets no reading. The articles are
// written for this test.
func TestNameLeftToContext(t *testing.T) {
	ix := articleIndexOf(t, "Orbis showed its new headsets to reporters in Oslo on Tuesday.\n\n"+
		"The Lumen Ray blows away every other headset in this regard. It is a sharp break with the past.\n\n"+
		"The headset packs 18 megapixels into dual OLED panels, meaning each eye sees a picture sharper than a television.\n\n"+
		"The Vega Nine, by contrast, packs 12 megapixels into a single LCD panel.\n\n"+
		"Reviewers compared the Lumen Ray with the Vega Nine.\n\n"+
		"The cheaper device will sell for 450 euros in Norway from March.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The Lumen Ray packs 18 megapixels into dual OLED panels.", Supported},
		{"The Lumen Ray packs 24 megapixels into dual OLED panels.", Contradicted},
		// Orbis is named, but not as what the sentence goes on about.
		{"The Orbis Two packs 18 megapixels into dual OLED panels.", Unverified},
		// The claim names its own headset where the statement's stands.
		{"The Lumen Ray packs 12 megapixels into a single LCD panel.", Unverified},
		// Named only as objects before the claim.
		{"The Vega Nine will sell for 450 euros in Norway from March.", Unverified},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want && !(tc.want == Unverified && r.Verdict != Supported && r.Verdict != Contradicted) {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}

	// A description that says it is another thing, and a negation of
	// the claim's own that may deny a detail, settle nothing.
	ix = articleIndexOf(t, "The Lumen Ray sold out in Oslo on its first day.\n\n"+
		"The rival headset sold 4,000 units in its first week.\n\n"+
		"The Lumen Ray was shown in Bergen in March. The headset will cost 900 euros, not including a delivery fee of 50 euros.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"The Lumen Ray will cost 900 euros.", Supported},
		{"The Lumen Ray will cost 800 euros.", Contradicted},
		{"The Lumen Ray sold 4,000 units in its first week.", Unverified},
		{"The Lumen Ray will cost 900 euros including a delivery fee of 50 euros.", Unverified},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}

	// A name of the claim's own beside a word the statement has stands
	// where the statement's other name does.
	ix = articleIndexOf(t, "Lawmakers spent the week on the budget. House Republicans introduced a bill on Monday that would make the tax cuts permanent.\n\n"+
		"“The issue has just disappeared,” said Senator Anna Weller, an Ohio Democrat.")
	if r := ix.Check("Senator Anna Weller, an Ohio Republican, said the issue has just disappeared."); r.Verdict == Supported {
		t.Errorf("an Ohio Republican: got %s (%s)", r.Verdict, r.Reason)
	}

	// A pronoun the sentence before gives to someone is that one.
	ix = articleIndexOf(t, "Tom Berg met Maria Lopez in Leeds on Monday to talk about the western line.\n\n"+
		"He said the first trains could run on the western line in 2026.")
	for _, statement := range []string{
		"Maria Lopez said the first trains could run on the western line in 2026.",
		"Maria Lopez said the first trains could run on the western line in 2027.",
	} {
		if r := ix.Check(statement); r.Verdict != Unverified {
			t.Errorf("%q: got %s (%s), want unverified", statement, r.Verdict, r.Reason)
		}
	}
}
