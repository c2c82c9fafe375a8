package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
)

// articleIndexOf builds a database from one article's text, as `factcheck
// build` would, and indexes it.
func articleIndexOf(t *testing.T, body string) *Index {
	t.Helper()
	return NewIndex(articleDB(t, body))
}

// articleDB builds the database `factcheck build` would make of one
// article's text (without its lexical relations).
func articleDB(t *testing.T, body string) *claims.DB {
	t.Helper()
	a, probs := claims.ParseArticle("a.md", []byte("---\noutlet: Test\nheadline: A test article\npublished: 2021-06\n---\n"+body+"\n"))
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	db, _, err := build.Build("test", []*claims.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// Invisible characters (a soft hyphen, zero-width space or joiner, a
// byte-order mark) and other spaces are read as the reader sees the text,
// in sources and statements alike: a source or statement that holds them
// checks as the same text without them, and a quote still stands verbatim
// in the article's own text (issue 18 point 3: a true sentence about
// "Vladimir Putin" was contradicted by a source with "Vladi\u00admir").
func TestInvisibleCharactersInSourcesAndStatements(t *testing.T) {
	const clean = "Russian President Vladimir Putin met U.S. President Joe Biden in Geneva on June 16, 2021, and said Moscow would not extradite its citizens."
	statements := []string{"Vladimir Putin met Joe Biden in Geneva.", "Vladimir Putin said Moscow would extradite its citizens.", "Putin met Biden in Vienna."}
	plain := articleIndexOf(t, clean)
	for _, source := range []string{
		strings.ReplaceAll(clean, "Vladimir", "Vladi\u00admir"),
		"\ufeff" + strings.NewReplacer("Joe Biden", "Joe\u00a0Biden", "Geneva", "Ge\u200bneva", "June", "Ju\u200dne").Replace(clean),
	} {
		ix := articleIndexOf(t, source)
		for _, st := range statements {
			want, got := plain.Check(st), ix.Check(st)
			if got.Verdict != want.Verdict || got.Confidence != want.Confidence {
				t.Errorf("%q against %q: %s %.2f (%s); against the same source without invisible characters: %s %.2f", st, source, got.Verdict, got.Confidence, got.Reason, want.Verdict, want.Confidence)
			}
			for _, m := range got.Matches {
				for _, s := range m.Sources {
					if a := ix.DB.Article(s.Article); a == nil || s.End > len(a.Text) || a.Text[s.Start:s.End] != s.Quote {
						t.Errorf("%q: quote %q does not stand at %d:%d in its article", st, s.Quote, s.Start, s.End)
					}
				}
			}
		}
	}
	for _, st := range []string{"Vladi\u00admir\u00a0Putin met Joe Bi\u200dden in\u2009Geneva.", "\ufeffVladimir Putin said Moscow would ex\u00adtradite its citizens."} {
		want, got := plain.Check(strings.NewReplacer("\u00ad", "", "\u00a0", " ", "\u200d", "", "\u2009", " ", "\ufeff", "").Replace(st)), plain.Check(st)
		if got.Verdict != want.Verdict || got.Confidence != want.Confidence {
			t.Errorf("%q: %s %.2f (%s); without its invisible characters: %s %.2f", st, got.Verdict, got.Confidence, got.Reason, want.Verdict, want.Confidence)
		}
	}
}

// A statement that differs from the source on a name is still
// contradicted when the source's name holds an invisible character.
func TestInvisibleCharactersKeepDifferences(t *testing.T) {
	ix := articleIndexOf(t, "Russian President Vladi\u00admir Putin met U.S. President Joe Biden in Geneva on June 16, 2021.")
	if r := ix.Check("Vladimir Putin met Joe Biden in Vienna."); r.Verdict == Supported {
		t.Errorf("Vienna for Geneva: %s (%s)", r.Verdict, r.Reason)
	}
	if !strings.Contains(ix.DB.Articles[0].Text, "Vladi\u00admir") {
		t.Error("the article's text lost its soft hyphen")
	}
}
