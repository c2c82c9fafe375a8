package claims

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fuzz targets: no input makes a reader panic; what a reader accepts
// is valid (IDs file-safe, URLs http or https, every quote at its
// offsets). `go test` runs their seed corpora (testdata/fuzz and the
// files added below); `make fuzz` searches for new inputs.

// addFiles adds every file matching pattern to the seed corpus.
func addFiles(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(pattern)
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// checkDB fails when an accepted database breaks a promise: invalid IDs,
// unsafe URLs, quotes off their offsets, lookups that miss.
func checkDB(t *testing.T, db *DB) {
	t.Helper()
	if err := db.Validate(); err != nil {
		t.Fatalf("accepted database does not validate: %v", err)
	}
	for _, a := range db.Articles {
		if !ValidID(a.ID) || db.Article(a.ID) != a {
			t.Fatalf("article %q: invalid id or lookup misses it", a.ID)
		}
		if _, ok := SafeURL(a.URL); a.URL != "" && !ok {
			t.Fatalf("article %s: unsafe url %q", a.ID, a.URL)
		}
	}
	for i, c := range db.Claims {
		if !ValidID(c.ID) || db.Claim(c.ID) != &db.Claims[i] {
			t.Fatalf("claim %q: invalid id or lookup misses it", c.ID)
		}
		for _, u := range append([]string{c.URL}, sourceURLs(c)...) {
			if _, ok := SafeURL(u); u != "" && !ok {
				t.Fatalf("claim %s: unsafe url %q", c.ID, u)
			}
		}
		for _, s := range c.Sources {
			if s.Article != "" && db.Article(s.Article).Text[s.Start:s.End] != s.Quote {
				t.Fatalf("claim %s: quote %q not at %d:%d", c.ID, s.Quote, s.Start, s.End)
			}
		}
	}
}

// checkRoundTrip fails unless db encodes and decodes again.
func checkRoundTrip(t *testing.T, db *DB) {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, db); err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(buf.Bytes()); err != nil {
		t.Fatalf("a built database does not load: %v", err)
	}
}

func sourceURLs(c Claim) []string {
	var out []string
	for _, s := range c.Sources {
		out = append(out, s.URL)
	}
	return out
}

func FuzzDecode(f *testing.F) {
	addFiles(f, "seed/claims.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		db, err := Decode(data)
		if err != nil {
			if db != nil || err.Error() == "" {
				t.Fatalf("error %v with a database", err)
			}
			return
		}
		checkDB(t, db)
		// What was accepted encodes, and reads back to the same bytes.
		var a, b bytes.Buffer
		if err := Encode(&a, db); err != nil {
			t.Fatal(err)
		}
		db2, err := Decode(a.Bytes())
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		Encode(&b, db2)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("encode, decode, encode changes the bytes")
		}
	})
}

func FuzzParseArticle(f *testing.F) {
	addFiles(f, "testdata/example-articles/*")
	addFiles(f, "articles/001_*.md")
	addFiles(f, "testdata/static-site/*")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, probs := ParseArticle("fuzz.md", data)
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
		if !ValidID(a.ID) {
			t.Fatalf("accepted article with id %q", a.ID)
		}
		if _, ok := SafeURL(a.URL); a.URL != "" && !ok {
			t.Fatalf("accepted article with url %q", a.URL)
		}
		db, _, err := Build("fuzz", []*Article{a}, nil)
		if err != nil {
			t.Fatalf("an accepted article does not build: %v", err)
		}
		checkDB(t, db)
		checkRoundTrip(t, db)
	})
}

// checkImported fails when imported claims break a promise.
func checkImported(t *testing.T, cs []Claim) {
	t.Helper()
	db := FromClaims("fuzz", cs)
	checkDB(t, db)
	checkRoundTrip(t, db)
	for _, c := range cs {
		if c.Text == "" || len(c.Text) > MaxTextBytes || c.Kind != KindImported {
			t.Fatalf("imported claim %q: text %d bytes, kind %q", c.ID, len(c.Text), c.Kind)
		}
	}
}

func FuzzImportTSV(f *testing.F) {
	addFiles(f, "testdata/claims.tsv")
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, probs := ReadTSV("fuzz.tsv", bytes.NewReader(data))
		for _, p := range probs {
			if p.Msg == "" || p.Pos.File != "fuzz.tsv" {
				t.Fatalf("problem without message or file: %+v", p)
			}
		}
		checkImported(t, cs)
	})
}

func FuzzImportClaimReview(f *testing.F) {
	addFiles(f, "testdata/claimreview*.jsonld")
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, probs := ReadClaimReview("fuzz.jsonld", data)
		for _, p := range probs {
			if p.Msg == "" || !strings.HasPrefix(p.Pos.File, "fuzz.jsonld") {
				t.Fatalf("problem without message or file: %+v", p)
			}
		}
		checkImported(t, cs)
	})
}
