package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// TestArticleNamesWhatItsSentencesDescribe: an article names who it is
// about once and then calls them otherwise ("the beauty brand"); a
// statement that names them where the sentence it takes from says "the
// brand" is not about someone the source never names, when it names them
// as who acts. Named after the verb, or as the speaker, the name is the
// claim's to give. The article is written for this test.
func TestArticleNamesWhatItsSentencesDescribe(t *testing.T) {
	ix := articleIndexOf(t, strings.Join([]string{
		"Shares of Larkspur rose 2% after the deal for Mira Holt's skincare line was announced.",
		"The beauty brand paid $600 million for the stake in Mira Holt's skincare company.",
		"Analyst Dana Whitcombe said the deal would lift sales in Asia.",
		`"This deal changes the market," an analyst said.`,
	}, "\n\n"))
	if r := ix.Check("Larkspur paid $600 million for a stake in Mira Holt's skincare company."); strings.Contains(r.Reason, "Larkspur") {
		t.Errorf("the subject the article names: got %s (%s)", r.Verdict, r.Reason)
	}
	if r := ix.Check("Mira Holt paid $600 million for a stake in Larkspur."); r.Verdict == Supported || !strings.Contains(r.Reason, "nothing about “Larkspur”") {
		t.Errorf("the object the article names elsewhere: got %s (%s), want no support, for want of Larkspur", r.Verdict, r.Reason)
	}
	if r := ix.Check(`Mira Holt said "this deal changes the market."`); r.Verdict == Supported {
		t.Errorf("a speaker the article names elsewhere: got %s (%s), want no support", r.Verdict, r.Reason)
	}
}

// TestDatelineWeekday: a statement's weekday that is the day its source
// was published is the report's dateline, which its sentences leave out;
// another weekday is not. The article is written for this test.
func TestDatelineWeekday(t *testing.T) {
	a, probs := claims.ParseArticle("a.md", []byte("---\noutlet: Test\nheadline: Oil slides\npublished: 2019-11-19\n---\nU.S. crude fell 3.4% to $55.12 per barrel as traders weighed the outlook for supply.\n"))
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	db, _, err := claims.Build("test", []*claims.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(db)
	if r := ix.Check("US crude fell 3.4% to $55.12 a barrel on Tuesday."); strings.Contains(r.Reason, "Tuesday") {
		t.Errorf("the day of publication (a Tuesday): got %s (%s)", r.Verdict, r.Reason)
	}
	if r := ix.Check("US crude fell 3.4% to $55.12 a barrel on Friday."); r.Verdict == Supported {
		t.Errorf("another day: got %s (%s), want no support", r.Verdict, r.Reason)
	}
}
