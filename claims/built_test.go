package claims_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
)

// Tests of the model on databases the builder makes (package claims_test:
// it imports claims/build, which imports claims).

func TestDecodeErrors(t *testing.T) {
	db := builtSeed(t)
	var good bytes.Buffer
	claims.Encode(&good, db)
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"empty":      {nil, "empty file"},
		"truncated":  {good.Bytes()[:good.Len()/2], "truncated or corrupt"},
		"garbage":    {[]byte("\x00\x01binary"), "truncated or corrupt"},
		"not a db":   {[]byte(`{"hello": "world"}`), "not a claims database"},
		"version":    {[]byte(`{"format": "factcheck-claims", "version": 99, "articles": [], "claims": []}`), "unknown claims database version 99"},
		"bad quote":  {bytes.Replace(good.Bytes(), []byte(`"quote":"Russia does not have`), []byte(`"quote":"Russia does have`), 1), "does not stand verbatim"},
		"wrong type": {[]byte(`{"format": "factcheck-claims", "version": 1, "claims": 3}`), "not a claims database"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := claims.Decode(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to say %q", err, tc.want)
			}
		})
	}
	_, err := claims.Load(filepath.Join(t.TempDir(), "missing.json"))
	if err == nil || !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "load claims db") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := claims.Decode(good.Bytes()); err != nil {
		t.Errorf("good file: %v", err)
	}
}

func TestSaveRefusesInconsistentDatabase(t *testing.T) {
	db := builtSeed(t)
	db.Claims[0].Sources[0].Quote = "words the article does not have"
	path := filepath.Join(t.TempDir(), "db.json")
	if err := claims.Save(path, db); err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Fatalf("Save: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("an inconsistent database was written")
	}
}

// TestCoverage: the seed database says what it covers.
func TestCoverage(t *testing.T) {
	db := builtSeed(t)
	cv := db.Coverage()
	if cv.Claims != len(db.Claims) || cv.Articles != 5 {
		t.Errorf("coverage counts %d claims, %d articles; want %d, 5", cv.Claims, cv.Articles, len(db.Claims))
	}
	if len(cv.Outlets) != 3 || cv.From != "2011-07" || cv.To != "2021-06" {
		t.Errorf("coverage = %+v, want 3 outlets from 2011-07 to 2021-06", cv)
	}
}

// TestStaticSiteFrontMatter: an archive kept as a Hugo or Jekyll site's
// Markdown builds as it is: their title, date and author(s) are read as
// headline, published and byline, their other keys are left alone, and a
// draft or an unpublished post is left out with a warning.
func TestStaticSiteFrontMatter(t *testing.T) {
	arts, errs := claims.LoadArticles("testdata/static-site")
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	type meta struct{ headline, byline, published string }
	got := map[string]meta{}
	for _, a := range arts {
		got[a.ID] = meta{a.Headline, a.Byline, a.Published}
	}
	want := map[string]meta{
		"hugo-yaml":   {"Harbour bridge reopens after repairs", "Jane Doe", "2024-03-11"},
		"hugo-toml":   {"Council budget passes", "Jane Doe, John Roe", "2024-04-02"},
		"jekyll-post": {"Ferry service resumes on the north route", "Sam Lee", "2023-08-14"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("articles:\n got %v\nwant %v", got, want)
	}
	if s := errs.Error(); !strings.Contains(s, "jekyll-unpublished.md:1: warning: a draft") {
		t.Errorf("no warning for the unpublished post: %q", s)
	}
	// A key of neither kind is still an error: a typo of a field is caught.
	_, errs = claims.ParseArticle("typo.md", []byte("---\ntitle: A\ncolour: red\n---\nThe body.\n"))
	if errs.Err() == nil || !strings.Contains(errs.Error(), `unknown front matter field "colour"`) {
		t.Errorf("typo: %v", errs)
	}
}

// Text that is not valid UTF-8 is made valid before any offset is taken,
// so the built database loads again (JSON would change the bytes).
func TestInvalidUTF8Article(t *testing.T) {
	a, probs := claims.ParseArticle("latin1.txt", []byte("The caf\xe9 reopened on Monday after repairs, the owner said.\n"))
	if probs.Err() != nil || len(probs.Warnings()) != 1 || !strings.Contains(a.Text, "caf\uFFFD reopened") {
		t.Fatalf("%q %v", a.Text, probs)
	}
	db, _, err := build.Build("x", []*claims.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	claims.Encode(&buf, db)
	if _, err := claims.Decode(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
}

// IDs equal but for case name one file on macOS and Windows: a build, a
// merge and a loaded database refuse the second (issue 22, finding 7).
func TestIDsUniqueIgnoringCase(t *testing.T) {
	a := &claims.Article{ID: "Case-Test", Text: "The harbour bridge reopened on Monday after six weeks of repairs, the council said.\n"}
	a.SetPath("a.md")
	b := &claims.Article{ID: "case-test", Text: "The market hall reopened on Friday with 60 stalls, its manager said on Friday.\n"}
	b.SetPath("b.md")
	if _, _, err := build.Build("x", []*claims.Article{a, b}, nil); err == nil || !strings.Contains(err.Error(), `article id "case-test" already used by a.md (IDs are compared ignoring case`) {
		t.Errorf("build: %v", err)
	}
	db, _, err := build.Build("x", []*claims.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if errs := db.Merge("other.json", []*claims.Article{b}, []claims.Claim{{ID: strings.ToUpper(db.Claims[0].ID), Text: "x"}}); len(errs) != 2 {
		t.Errorf("merge: %v", errs)
	}
	db.Claims = append(db.Claims, claims.Claim{ID: strings.ToUpper(db.Claims[0].ID), Text: "Another claim.", Kind: claims.KindSentence})
	if err := db.Validate(); err == nil || !strings.Contains(err.Error(), "duplicate claim id") {
		t.Errorf("validate: %v", err)
	}
}
