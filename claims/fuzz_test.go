package claims_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// The fuzz targets: no input makes a reader panic; what a reader accepts
// is valid (IDs file-safe, URLs http or https, every quote at its
// offsets). `go test` runs their seed corpora (testdata/fuzz and the
// files added below); `make fuzz` searches for new inputs.

func FuzzDecode(f *testing.F) {
	claimstest.AddFiles(f, "seed/claims.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		db, err := claims.Decode(data)
		if err != nil {
			if db != nil || err.Error() == "" {
				t.Fatalf("error %v with a database", err)
			}
			return
		}
		claimstest.CheckDB(t, db)
		// What was accepted encodes, and reads back to the same bytes.
		var a, b bytes.Buffer
		if err := claims.Encode(&a, db); err != nil {
			t.Fatal(err)
		}
		db2, err := claims.Decode(a.Bytes())
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		claims.Encode(&b, db2)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("encode, decode, encode changes the bytes")
		}
	})
}

func FuzzParseArticle(f *testing.F) {
	claimstest.AddFiles(f, "testdata/example-articles/*")
	claimstest.AddFiles(f, "articles/001_*.md")
	claimstest.AddFiles(f, "testdata/static-site/*")
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
		db, _, err := claims.Build("fuzz", []*claims.Article{a}, nil)
		if err != nil {
			t.Fatalf("an accepted article does not build: %v", err)
		}
		claimstest.CheckDB(t, db)
		claimstest.CheckRoundTrip(t, db)
	})
}
