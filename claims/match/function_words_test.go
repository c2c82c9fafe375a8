package match

import "testing"

// TestJustBeforeAFigureIsOnly: "just 30 days" says what "only 30 days"
// says, so a reader's "only" before a figure the source gives with "just"
// goes no further than the source; "just" in another sense ("just
// reopened") is no "only". The sentences are written for this test.
func TestJustBeforeAFigureIsOnly(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Harlow bridge reopened just 30 days after the storm.\n\nThe council has just approved the budget for the Harlow library.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"The Harlow bridge reopened only 30 days after the storm.", true},
		{"The Harlow bridge reopened 30 days after the storm.", true},
		{"Only the council approved the budget for the Harlow library.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}

// TestHyphenBoundParticipleIsNoEvent: a participle joined by a hyphen to
// the word before it ("a pearl-covered dress") describes a thing; it does
// not say something happened, so a source that has the thing in other
// words ("a dress decorated with pearls") is not short of that verb. A
// participle on its own is still an event the source must have. The
// sentences are written for this test.
func TestHyphenBoundParticipleIsNoEvent(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The thieves took a dress decorated with pearls from the Harlow hotel on Monday.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"The thieves took a pearl-covered dress from the Harlow hotel.", true},
		{"The thieves covered a dress with pearls at the Harlow hotel.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}

// TestScopeIdioms: a scope word inside a set phrase sets no scope ("all
// the way", "once again"), so the source need not say "all" or "once"; "a mere 12 pages" says what "only 12 pages" says.
// The scope word on its own still goes beyond a source that lacks it.
// The sentences are written for this test.
func TestScopeIdioms(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Kestrel ferry sailed to the northern harbour of Brenton on Friday.\n\nThe Brenton council printed a mere 12 pages of the plan.\n\nThe Brenton mayor doubted the plan, but she later backed it.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"The Kestrel ferry sailed all the way to the northern harbour of Brenton on Friday.", true},
		{"The Brenton council printed only 12 pages of the plan.", true},
		{"The Brenton mayor once again doubted the plan.", true},
		{"All Kestrel ferries sailed to the northern harbour of Brenton on Friday.", false},
		{"The Kestrel ferry sailed to the northern harbour of Brenton for the first time on Friday.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}

// TestOnlyBeforeAGivenFigure: "only" before a figure the source gives says
// the figure is small, not that the source narrowed anything: "only 212 of
// Veldra Rail's 1,050 daily trains ran" against "212 of Veldra Rail's
// 1,050 daily trains ran", and "only 212 trains ran" too: a part counts
// what its whole does. "Only" before a name still narrows. Our own
// sentences.
func TestOnlyBeforeAGivenFigure(t *testing.T) {
	ix := articleIndexWithLexicon(t, "In all, 212 of Veldra Rail's 1,050 daily trains ran on Tuesday, the company said.")
	for s, want := range map[string]Verdict{
		"only 212 of veldra rail's 1,050 daily trains ran on tuesday": Supported,
		"Only 212 trains ran on Tuesday.":                             Supported,
		"Only Veldra Rail trains ran on Tuesday.":                     Unverified,
	} {
		if r := ix.Check(s); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", s, r.Verdict, r.Reason, want)
		}
	}
	// "Some 212 of the 1,050" is a part too, given roughly: no exact 212,
	// and no 1,050 against it.
	ix = articleIndexWithLexicon(t, "Some 212 of Veldra Rail's 1,050 daily trains ran on Tuesday, the company said.")
	if r := ix.Check("212 trains ran on Tuesday."); r.Verdict == Contradicted {
		t.Errorf("against some 212 of 1,050: %s (%s)", r.Verdict, r.Reason)
	}
}
