package match

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
	"github.com/factcheck/factcheck/claims/lexical"
)

// publishedIndex builds the database of one article published on the
// given date, with its lexical relations.
func publishedIndex(t *testing.T, published, body string) *Index {
	t.Helper()
	a, probs := claims.ParseArticle("a.md", []byte("---\noutlet: Test\nheadline: A test article\npublished: "+published+"\n---\n"+body+"\n"))
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	db, _, err := build.Build("test", []*claims.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if db.Lexical, err = lexical.For(db); err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(db)
	ix.Decision = HandWritten()
	return ix
}

// TestPeriodsCountedFromNow: a reader writes after the source, so a
// period the reader counts later from their now than the source counts
// from its own can never be the source's: "will close next year" against
// "will close this year" contradicts, as does "this year" against "last
// year"; an earlier one may be the same (a reader a year on says "last
// year" of the source's "this year") and is only not supported. A year
// the source gives is counted from the year it was published. The sentences are written for this
// test; the article is dated in the past, so no verdict depends on the
// day the test runs.
func TestPeriodsCountedFromNow(t *testing.T) {
	for _, tc := range []struct {
		published, source, statement string
		want                         Verdict
	}{
		{"2019-04", "The Kessing paper mill will close this year, its owner said.", "The Kessing paper mill will close next year.", Contradicted},
		{"2019-04", "The Kessing paper mill will close this year, its owner said.", "The Kessing paper mill will close last year.", Unverified},
		{"2019-04", "The Kessing paper mill will close this year, its owner said.", "The Kessing paper mill will close this year.", Supported},
		{"2019-04", "The Kessing paper mill will close this year, its owner said.", "The Kessing paper mill will close in 2020.", Unverified},
		{"2019-04", "The Kessing paper mill closed last month, its owner said.", "The Kessing paper mill closed this month.", Contradicted},
		{"2019-04", "The Kessing paper mill closed last month, its owner said.", "The Kessing paper mill closed last month.", Supported},
		{"2019-04", "The Kessing paper mill will close next week, its owner said.", "The Kessing paper mill will close this week.", Unverified},
		{"2019-04", "The Kessing paper mill will close in 2019, its owner said.", "The Kessing paper mill will close next year.", Contradicted},
		{"2019-04", "The Kessing paper mill will close in 2019, its owner said.", "The Kessing paper mill will close last year.", Unverified},
		{"2019-04", "The Kessing paper mill will close in 2020, its owner said.", "The Kessing paper mill will close this year.", Unverified},
		// A year of another event dates nothing the statement says.
		{"2019-04", "The Kessing paper mill hired 200 workers in 1960, its owner said.", "The Kessing paper mill will close next year.", Unverified},
		{"2019-04", "The Kessing paper mill, which opened last year, will close this year.", "The Kessing paper mill opened this year.", Contradicted},
		// Loosely counted, or from a time the source tells of: no contradiction.
		{"2019-04", "Sales at the Kessing paper mill fell 4% in the past year, its owner said.", "Sales at the Kessing paper mill fell 4% this year.", Unverified},
		{"2019-04", "The Kessing paper mill will close in the coming weeks, its owner said.", "The Kessing paper mill will close next week.", Unverified},
	} {
		ix := publishedIndex(t, tc.published, tc.source)
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q against %q (%s): %s (%s), want %s", tc.statement, tc.source, tc.published, r.Verdict, r.Reason, tc.want)
		}
	}
}
