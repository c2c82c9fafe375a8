// Package claimstest holds what the tests of the claims packages share:
// the promises every accepted database keeps (CheckDB, CheckRoundTrip),
// fuzz seed corpora from files (AddFiles) and the data beside the project
// (SharedPath). Tests alone import it.
package claimstest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// AddFiles adds every file matching pattern to the seed corpus.
func AddFiles(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(pattern)
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// CheckDB fails when an accepted database breaks a promise: invalid IDs,
// unsafe URLs, quotes off their offsets, lookups that miss.
func CheckDB(t *testing.T, db *claims.DB) {
	t.Helper()
	if err := db.Validate(); err != nil {
		t.Fatalf("accepted database does not validate: %v", err)
	}
	for _, a := range db.Articles {
		if !claims.ValidID(a.ID) || db.Article(a.ID) != a {
			t.Fatalf("article %q: invalid id or lookup misses it", a.ID)
		}
		if _, ok := claims.SafeURL(a.URL); a.URL != "" && !ok {
			t.Fatalf("article %s: unsafe url %q", a.ID, a.URL)
		}
	}
	for i, c := range db.Claims {
		if !claims.ValidID(c.ID) || db.Claim(c.ID) != &db.Claims[i] {
			t.Fatalf("claim %q: invalid id or lookup misses it", c.ID)
		}
		for _, u := range append([]string{c.URL}, sourceURLs(c)...) {
			if _, ok := claims.SafeURL(u); u != "" && !ok {
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

// CheckRoundTrip fails unless db encodes and decodes again.
func CheckRoundTrip(t *testing.T, db *claims.DB) {
	t.Helper()
	var buf bytes.Buffer
	if err := claims.Encode(&buf, db); err != nil {
		t.Fatal(err)
	}
	if _, err := claims.Decode(buf.Bytes()); err != nil {
		t.Fatalf("a built database does not load: %v", err)
	}
}

func sourceURLs(c claims.Claim) []string {
	var out []string
	for _, s := range c.Sources {
		out = append(out, s.URL)
	}
	return out
}

// SharedPath returns a path under ../shared (the data beside the project,
// as in CI, found from the module's root), skipping the test or benchmark
// when it is not there.
func SharedPath(tb testing.TB, rel string) string {
	tb.Helper()
	root, err := filepath.Abs(".")
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			tb.Skip("no go.mod above the test's folder")
		}
		root = parent
	}
	p := filepath.Join(root, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not beside the project", p)
	}
	return p
}

// CompileLazyRegexps compiles every pattern compiled on first use that the
// packages linked into the test made, so that a bad one fails there
// rather than on some reader's first check.
func CompileLazyRegexps(t *testing.T) {
	if len(lazyre.All()) == 0 {
		t.Fatal("no lazy patterns registered")
	}
	for _, l := range lazyre.All() {
		if l.Regexp() == nil {
			t.Fatal("a lazy pattern compiled to nil")
		}
	}
}
