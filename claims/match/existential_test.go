package match

import (
	"strings"
	"testing"
)

// TestExistentialSentences: "there is a X called Y" is checked as "Y is a
// X", the reason says so, and highlights stay on the words as written.
func TestExistentialSentences(t *testing.T) {
	ix := oneClaim(t, "Zarnia is the capital and largest city of Norland.")
	const s = "There is a capital called Zarnia."
	rep := ix.CheckText(s)
	if rep.Verdict != Supported || !strings.Contains(rep.Reason, `reading it as "Zarnia is a capital"`) {
		t.Fatalf("got %s (%s), want supported, read as a plain statement", rep.Verdict, rep.Reason)
	}
	for _, sp := range rep.Spans {
		if w := s[sp.Start:sp.End]; sp.Kind == "match" && w != "capital" && w != "Zarnia" {
			t.Errorf("highlight %q (%s), want only words of the sentence as written", w, sp.Kind)
		}
	}
	if r := ix.CheckText("There is a country called Zarnia."); r.Verdict == Supported {
		t.Errorf("a country called Zarnia: %s (%s), want not supported", r.Verdict, r.Reason)
	}
	if _, ok := existential("There is no time to talk."); ok {
		t.Error(`"There is no time to talk" read as naming something`)
	}
}
