package claims

import "testing"

// TestProperNouns: a word capitalised mid-sentence is a name; one that
// opens a sentence or a paragraph is not (a heading or a list item above it
// may end with no stop).
func TestProperNouns(t *testing.T) {
	got := ProperNouns("Star Wars turns 40 this year\n\nThanks to its success, Lucasfilm re-released it. Fans said: Yes. It was seen in Paris.")
	for w, want := range map[string]bool{"Wars": true, "Lucasfilm": true, "Paris": true, "Thanks": false, "Fans": false, "Yes": false, "Star": false} {
		if got[w] != want {
			t.Errorf("ProperNouns()[%q] = %v, want %v", w, got[w], want)
		}
	}
}
