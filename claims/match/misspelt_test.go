package match

import "testing"

// TestMisspeltWord: a word no claim has that is a word of the source
// misspelt, letter for letter, is that word, even where the stemmer cuts
// the two apart ("purfication", stem "purfic", for "purification", stem
// "purif"). A word the database knows ("filed" for "filled") is no typo,
// and a word more letters away ("publication") is another word. The
// sentences are written for this test.
func TestMisspeltWord(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The Harlow council approved a water purification plant in March.\n\nThe Harlow council filled 900 potholes last year.\n\nA Brenton firm filed a lawsuit against the council in May.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"The Harlow council approved a water purfication plant in March.", true},
		{"The Harlow council approved a water publication plant in March.", false},
		{"The Harlow council filed 900 potholes last year.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}
