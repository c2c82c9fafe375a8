package match

import (
	"strings"
	"testing"
)

// A source that gives its words "according to" someone says what that
// subject reports: a statement that has the subject report it with a verb
// of saying or reporting ("a survey found", "the ministry says") says
// nothing more. A verb of what the subject did is still a verb the
// source must say. The sentences are written for this test.
func TestAccordingToIsTheSubjectsReport(t *testing.T) {
	ix := articleIndexOf(t, "Wait times at rural clinics have doubled since 2019, according to a survey by the county health board.\n\nTwelve smugglers were detained near the border, according to the coast guard.")
	for _, s := range []string{
		"A survey found that wait times at rural clinics have doubled since 2019.",
		"Wait times at rural clinics have doubled since 2019, a survey found.",
		"The health board says wait times at rural clinics have doubled since 2019.",
	} {
		r := ix.CheckText(s)
		if strings.Contains(r.Reason, "does not say") {
			t.Errorf("%q: %s (%s), want no verb the source lacks", s, r.Verdict, r.Reason)
		}
		// The verb is found, in the claim's "according to".
		if !strings.Contains(r.Reason, "covers 100%") {
			t.Errorf("%q: %s (%s), want the claim to cover all of it", s, r.Verdict, r.Reason)
		}
	}
	// The coast guard is who reports it, not who did it.
	s := "The coast guard released twelve smugglers near the border."
	if r := ix.CheckText(s); r.Verdict == Supported || !strings.Contains(r.Reason, `"released"`) {
		t.Errorf("%q: %s (%s), want the source not to say \"released\"", s, r.Verdict, r.Reason)
	}
}
