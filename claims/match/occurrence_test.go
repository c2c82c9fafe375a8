package match

import (
	"strings"
	"testing"
)

// A verb of occurrence ("happened", "occurred", Levin's class 48.3) says
// only that its subject took place: it is no verb the source must also
// say, while a verb of what was done still is. The sentences are written
// for this test.
func TestVerbsOfOccurrenceAreNoVerbTheSourceLacks(t *testing.T) {
	ix := articleIndexOf(t, "The blaze broke out in a warehouse on Elm Street at about 2 a.m. on Sunday, fire officials said.")
	for _, s := range []string{
		"The blaze happened in a warehouse on Elm Street at about 2 a.m. on Sunday.",
		"The blaze occurred in a warehouse on Elm Street at about 2 a.m. on Sunday.",
	} {
		r := ix.CheckText(s)
		if strings.Contains(r.Reason, "does not say") {
			t.Errorf("%q: %s (%s), want no verb the source lacks", s, r.Verdict, r.Reason)
		}
	}
	s := "The blaze destroyed a warehouse on Elm Street at about 2 a.m. on Sunday."
	if r := ix.CheckText(s); r.Verdict == Supported || !strings.Contains(r.Reason, `"destroyed"`) {
		t.Errorf("%q: %s (%s), want the source not to say \"destroyed\"", s, r.Verdict, r.Reason)
	}
}

// A verb that carries little event of its own is no word the source must
// have where the statement ends on it either: "when it happened", "the
// vote was held". The sentences are written for this test.
func TestLightVerbEndingTheStatementIsNoWordTheSourceLacks(t *testing.T) {
	ix := articleIndexOf(t, "The two hikers were 19 and 23 years old at the time of the rescue, park rangers said.")
	s := "The two hikers were 19 and 23 years old when it happened."
	if r := ix.CheckText(s); strings.Contains(r.Reason, `"happened"`) {
		t.Errorf("%q: %s (%s), want no verb the source lacks", s, r.Verdict, r.Reason)
	}
	s = "The two hikers were 19 and 23 years old when they drowned."
	if r := ix.CheckText(s); r.Verdict == Supported || !strings.Contains(r.Reason, `"drowned"`) {
		t.Errorf("%q: %s (%s), want the source not to say \"drowned\"", s, r.Verdict, r.Reason)
	}
}
