package importers

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
)

// Fuzz targets for the page and feed readers: no input makes them panic,
// and what they accept builds a valid database (IDs file-safe, URLs http
// or https, quotes at their offsets). `go test` runs the seed corpora;
// `make fuzz` searches for new inputs.

func addFiles(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(pattern)
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// checkArticles fails unless accepted articles build into a database
// that validates.
func checkArticles(t *testing.T, arts []*claims.Article, probs claims.ErrorList) {
	t.Helper()
	for _, p := range probs {
		if p.Msg == "" || p.Pos.File == "" {
			t.Fatalf("problem without message or file: %+v", p)
		}
	}
	if probs.Err() != nil {
		return
	}
	for _, a := range arts {
		if !claims.ValidID(a.ID) {
			t.Fatalf("accepted article with id %q", a.ID)
		}
		if _, ok := claims.SafeURL(a.URL); a.URL != "" && !ok {
			t.Fatalf("accepted article with url %q", a.URL)
		}
	}
	db, _, err := build.Build("fuzz", arts, nil)
	if err != nil {
		t.Fatalf("accepted articles do not build: %v", err)
	}
	if err := db.Validate(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := claims.Encode(&buf, db); err != nil {
		t.Fatal(err)
	}
	if _, err := claims.Decode(buf.Bytes()); err != nil {
		t.Fatalf("a built database does not load: %v", err)
	}
}

func FuzzParseHTML(f *testing.F) {
	addFiles(f, "../testdata/newsroom/*.htm*")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, probs := ParseHTML("fuzz.html", data)
		if a == nil {
			// No article: a warning or an error says why.
			if len(probs) == 0 {
				t.Fatal("no article, and no problem said why")
			}
			return
		}
		checkArticles(t, []*claims.Article{a}, probs)
	})
}

func FuzzReadFeed(f *testing.F) {
	addFiles(f, "../testdata/feeds/*")
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, probs := ReadFeed("fuzz.rss", data)
		checkArticles(t, arts, probs)
	})
}
