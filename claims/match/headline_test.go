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
