package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
)

// headlineIndexOf builds and indexes the database `factcheck build` would
// make of one article with this headline and body.
func headlineIndexOf(t *testing.T, headline, body string) *Index {
	t.Helper()
	a, probs := claims.ParseArticle("a.md", []byte("---\noutlet: Test\nheadline: "+headline+"\npublished: 2021-06\n---\n"+body+"\n"))
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	db, _, err := build.Build("test", []*claims.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(db)
}

// A news article names its subject in the headline, and its sentences
// leave it there ("It will start at $38,000"). A reader who names the
// subject is shown the sentence that speaks to what they wrote, not
// another that only names the subject; a sentence that names someone
// else gets no credit for the headline's name.
func TestHeadlineNamesTheSubjectItsSentencesLeaveOut(t *testing.T) {
	ix := headlineIndexOf(t, "Brightwater unveils the Kestrel Roadster, an electric car",
		"The Kestrel Roadster starts a new line.\n\n"+
			"Deliveries begin in the spring. It will start at $38,000 before any tax credit.\n\n"+
			"Its sibling, the Falcon, will start at $52,000.")
	for _, c := range []struct{ statement, closest string }{
		{"The Kestrel Roadster starts at $38,000.", "It will start at $38,000"},
	} {
		r := ix.Check(c.statement)
		if len(r.Matches) == 0 || !strings.Contains(r.Matches[0].Claim, c.closest) {
			t.Errorf("%q: closest claim %v, want the one with %q (%s)", c.statement, claimsOf(r), c.closest, r.Reason)
		}
	}
	if r := ix.Check("The Kestrel starts at $52,000."); r.Verdict == Supported {
		t.Errorf("the Falcon's price supported the Kestrel's: %s", r.Reason)
	}
}

func claimsOf(r Result) []string {
	var out []string
	for _, m := range r.Matches {
		out = append(out, m.Claim)
	}
	return out
}

// A claim's "He", where its paragraph names another person before it, is
// that person, not a name the paragraph or headline gives only elsewhere:
// a statement about the headline's player is not contradicted by the
// figures of a teammate the paragraph called "He" (a sports page's
// "He scored six points…" contradicted a statement about its star). The
// sentences are written for this test.
func TestPronounOfAnotherPersonSettlesNothingAboutTheHeadlinesName(t *testing.T) {
	ix := headlineIndexOf(t, "Kofi Mensah leads the Hawks past the Rivermen",
		"Kofi Mensah scored 30 points for the Hawks on Friday night.\n\n"+
			"The Hawks got a fine stint out of Dale Ames in the second quarter. He scored six points and grabbed four rebounds. The Hawks kept Mensah on the bench for most of that quarter.\n\n"+
			"The Rivermen travel to Ashford next week.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Kofi Mensah grabbed 12 rebounds.", Unverified},
		{"Mensah scored eight points and grabbed four rebounds.", Unverified},
		{"Dale Ames scored six points and grabbed four rebounds.", Supported},
		{"Dale Ames scored eight points and grabbed four rebounds.", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
