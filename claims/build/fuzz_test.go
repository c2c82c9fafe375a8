package build

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// FuzzParseArticle: no article makes the reader panic, and what it
// accepts builds into a valid database. `go test` runs its seed corpus
// (testdata/fuzz and the files added below); `make fuzz` searches for new
// inputs.
func FuzzParseArticle(f *testing.F) {
	claimstest.AddFiles(f, "../testdata/example-articles/*")
	claimstest.AddFiles(f, "../articles/001_*.md")
	claimstest.AddFiles(f, "../testdata/static-site/*")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, probs := claims.ParseArticle("fuzz.md", data)
		if a == nil {
			if !strings.Contains(probs.Error(), "a draft") || probs.Err() != nil {
				t.Fatalf("no article, and no draft warning alone: %v", probs)
			}
			return
		}
		for _, p := range probs {
			if p.Msg == "" || !strings.HasPrefix(p.Pos.File, "fuzz.md") {
				t.Fatalf("problem without message or file: %+v", p)
			}
		}
		if probs.Err() != nil {
			return
		}
		if !claims.ValidID(a.ID) {
			t.Fatalf("accepted article with id %q", a.ID)
		}
		if _, ok := claims.SafeURL(a.URL); a.URL != "" && !ok {
			t.Fatalf("accepted article with url %q", a.URL)
		}
		db, _, err := Build("fuzz", []*claims.Article{a}, nil)
		if err != nil {
			t.Fatalf("an accepted article does not build: %v", err)
		}
		claimstest.CheckDB(t, db)
		claimstest.CheckRoundTrip(t, db)
	})
}
