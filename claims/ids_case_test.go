package claims

import (
	"strings"
	"testing"
)

// IDs equal but for case name one file on macOS and Windows: a build, a
// merge and a loaded database refuse the second (issue 22, finding 7).
func TestIDsUniqueIgnoringCase(t *testing.T) {
	a := &Article{ID: "Case-Test", Text: "The harbour bridge reopened on Monday after six weeks of repairs, the council said.\n", path: "a.md"}
	b := &Article{ID: "case-test", Text: "The market hall reopened on Friday with 60 stalls, its manager said on Friday.\n", path: "b.md"}
	if _, _, err := Build("x", []*Article{a, b}, nil); err == nil || !strings.Contains(err.Error(), `article id "case-test" already used by a.md (IDs are compared ignoring case`) {
		t.Errorf("build: %v", err)
	}
	db, _, err := Build("x", []*Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if errs := db.Merge("other.json", []*Article{b}, []Claim{{ID: strings.ToUpper(db.Claims[0].ID), Text: "x"}}); len(errs) != 2 {
		t.Errorf("merge: %v", errs)
	}
	db.Claims = append(db.Claims, Claim{ID: strings.ToUpper(db.Claims[0].ID), Text: "Another claim.", Kind: KindSentence})
	if err := db.Validate(); err == nil || !strings.Contains(err.Error(), "duplicate claim id") {
		t.Errorf("validate: %v", err)
	}
}

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
