package claims

import (
	"strings"
	"testing"
)

// An article of more paragraphs than MaxParagraphs is refused with the
// limit named (issue 22, finding 5: an 800 KB page became 100,000
// paragraphs).
func TestParagraphCap(t *testing.T) {
	text := strings.Repeat("A line.\n", MaxParagraphs+1)
	_, errs := ParseArticle("long.txt", []byte(text))
	if err := errs.Err(); err == nil || !strings.Contains(err.Error(), "long.txt:1: the article text is 5001 paragraphs, over the limit of 5000 paragraphs") {
		t.Errorf("got %v", err)
	}
	if _, errs := ParseArticle("ok.txt", []byte(strings.Repeat("A line.\n\n", MaxParagraphs))); errs.Err() != nil {
		t.Errorf("%d paragraphs refused: %v", MaxParagraphs, errs.Err())
	}
}
