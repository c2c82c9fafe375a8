package match

import (
	"strings"
	"testing"
)

// A reader who writes apart what the source writes as one word ("pot
// holes", "web site"), or as one what it writes apart, writes the same
// word. The sentences are written for this test.
func TestWordsWrittenApartOrJoined(t *testing.T) {
	ix := articleIndexOf(t, "Road crews repaired 1,200 potholes on the county's rural roads last spring, the highway department said.\n\nThe museum launched a new web site for its photo archive in March.")
	for _, s := range []string{
		"Road crews repaired 1,200 pot holes on the county's rural roads.",
		"The museum launched a new website for its photo archive.",
	} {
		r := ix.CheckText(s)
		if strings.Contains(r.Reason, "does not say") || strings.Contains(r.Reason, "says nothing about") {
			t.Errorf("%q: %s (%s), want every word found", s, r.Verdict, r.Reason)
		}
		if !strings.Contains(r.Reason, "covers 100%") {
			t.Errorf("%q: %s (%s), want the claim to cover all of it", s, r.Verdict, r.Reason)
		}
	}
}
