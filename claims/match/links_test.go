package match

import (
	"strings"
	"testing"
)

// A sentence that follows another with "later", "then" or "also" is read
// without the word: it says only that the two follow each other, which
// the text, not the source, tells. A link word with content of its own
// ("two years later", "later that year") stays.
func TestLinkWordReadAsFollowingTheSentenceBefore(t *testing.T) {
	for _, tc := range []struct {
		sentence, read string
		ok             bool
	}{
		{"He was later fined by the city council.", "He was fined by the city council.", true},
		{"Later, the ferry company cut two routes.", "The ferry company cut two routes.", true},
		{"They also agreed to share the tunnel's costs.", "They agreed to share the tunnel's costs.", true},
		{"Then she sold the bakery.", "She sold the bakery.", true},
		{"Two years later the bakery closed.", "", false},
		{"The bakery closed later that year.", "", false},
		{"Since then the bakery has been closed.", "", false},
		{"The then-mayor opened the bakery.", "", false},
	} {
		l, ok := readLink(analyse(tc.sentence))
		if ok != tc.ok || ok && l.text != tc.read {
			t.Errorf("%q: read %q (%v), want %q (%v)", tc.sentence, l.text, ok, tc.read, tc.ok)
		}
	}

	ix := articleIndexOf(t, "Harbour police arrested the ferry captain Tom Reyes in Cork in May 2019 and charged him in a Dublin court in March 2020.")
	text := "Tom Reyes was arrested in Cork in May 2019. He was later charged in a Belfast court."
	rep := ix.CheckText(text)
	if len(rep.Sentences) != 2 {
		t.Fatalf("%q: %d sentences", text, len(rep.Sentences))
	}
	second := rep.Sentences[1]
	if second.Verdict != Contradicted || !strings.Contains(second.Reason, `"later" read as following the sentence before`) {
		t.Errorf("second sentence: %s (%s), want contradicted, read without \"later\"", second.Verdict, second.Reason)
	}
	if second.Text != text[second.Start:second.End] {
		t.Errorf("second sentence text %q is not the sentence as written", second.Text)
	}
	for _, sp := range second.Spans {
		if sp.Start < 0 || sp.End > len(second.Text) || sp.Start >= sp.End {
			t.Errorf("span %+v outside %q", sp, second.Text)
		}
		if w := second.Text[sp.Start:sp.End]; sp.Kind != "missing" && strings.Contains(w, "later") {
			t.Errorf("span %q on the word read away", w)
		}
	}
	// The first sentence of a text has nothing before it to follow.
	if rep := ix.CheckText("Later, Tom Reyes was charged in a Dublin court."); strings.Contains(rep.Reason, "read as following") {
		t.Errorf("a first sentence read as following another: %s", rep.Reason)
	}
}
