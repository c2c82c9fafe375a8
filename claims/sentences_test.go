package claims

import (
	"strings"
	"testing"
)

// TestSentencesCutAsSegmentText: Sentences cuts an article as SegmentText
// does, piece for piece, where SegmentText finds no page furniture: a
// dateline is a piece of its own, a list's bullet is left out, a heading
// or a caption is one piece however many stops it has, and a paragraph of
// prose whose writer left its last full stop out is still cut into
// sentences.
func TestSentencesCutAsSegmentText(t *testing.T) {
	article := strings.Join([]string{
		"Harbour council votes. Fares rise",
		"LEEDS, May 4 (Reuters) - The Harbour District Council raised bus fares on Monday. Mayor Ana Ruiz said they would last until the end of the year.",
		"  • Tom Berg met Ana Ruiz in Leeds. He said the talks had gone well.",
		"Ana Ruiz, watched by her aides, signs the order. Ruiz is the city's first mayor from the harbour ward",
		"The fares went up by ten percent on Monday morning. Riders said they had not been told in time. Most of them said they would now walk or cycle to work every day",
	}, "\n\n")
	var want, got []string
	for _, s := range SegmentText(article) {
		want = append(want, strings.TrimSpace(article[s.Start:s.End]))
	}
	for _, s := range Sentences(article) {
		got = append(got, strings.TrimSpace(article[s[0]:s[1]]))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences:\n%q\nSegmentText:\n%q", got, want)
	}
	if len(got) != 10 {
		t.Errorf("got %d pieces, want 10: %q", len(got), got)
	}
}
