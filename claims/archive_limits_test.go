package claims_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
)

// lowerLimit sets *limit to n for the test.
func lowerLimit(t *testing.T, limit *int, n int) {
	old := *limit
	*limit = n
	t.Cleanup(func() { *limit = old })
}

func limitArticles(n int) []*claims.Article {
	var out []*claims.Article
	for i := range n {
		out = append(out, &claims.Article{ID: "a" + string(rune('a'+i)), Outlet: "Gazette", Text: "The harbour bridge reopened on Monday after six weeks of repairs, the council said."})
	}
	return out
}

// An archive past MaxArticles is refused, naming the limit; one at it is
// built.
func TestArticleLimit(t *testing.T) {
	lowerLimit(t, claims.ArticleLimit, 3)
	if _, _, err := build.Build("t", limitArticles(3), nil); err != nil {
		t.Fatalf("3 articles at a limit of 3: %v", err)
	}
	_, _, err := build.Build("t", limitArticles(4), nil)
	if err == nil || !strings.Contains(err.Error(), "the number of articles is 4 articles, over the limit of 3 articles") {
		t.Fatalf("4 articles at a limit of 3: got %v", err)
	}
	dir := t.TempDir()
	for _, a := range limitArticles(4) {
		os.WriteFile(filepath.Join(dir, a.ID+".txt"), []byte(a.Text+"\n"), 0o644)
	}
	if _, errs := claims.LoadArticles(dir); errs.Err() == nil || !strings.Contains(errs.Err().Error(), "over the limit of 3 files") {
		t.Fatalf("a folder of 4 at a limit of 3: got %v", errs.Err())
	}
}

// A database over MaxDatabaseBytes is not written: the error names the
// limit and -shards, and an earlier file stays as it was, with nothing
// left beside it.
func TestSaveOverDatabaseLimit(t *testing.T) {
	db, _, err := build.Build("t", limitArticles(3), nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "claims.json")
	if err := claims.Save(path, db); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	lowerLimit(t, claims.DatabaseLimit, len(before)-1)
	err = claims.Save(path, db)
	if err == nil || !strings.Contains(err.Error(), "over the limit of") || !strings.Contains(err.Error(), "-shards DIR") {
		t.Fatalf("a database one byte over the limit: got %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the earlier database was changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left in the folder: %v", entries)
	}
	lowerLimit(t, claims.DatabaseLimit, len(before))
	if err := claims.Save(path, db); err != nil {
		t.Fatalf("a database at the limit: %v", err)
	}
	if _, err := claims.Load(path); err != nil {
		t.Fatalf("loading a database at the limit: %v", err)
	}
}
