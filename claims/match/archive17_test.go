package match

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// archive17DangerousBudget: the wrong badges allowed on archive-17's
// development (false) and held-out (true) parts. archive-17 (150
// statements about 12 English news articles of newspaper3k's test data,
// the texts its maintainers checked by hand, kept in
// testdata/archive-17/pages) was written blind on 2026-12-07 (stop 41)
// and is measured by counts only (`go test -run TestArchive17Statements
// -v`'s "verdicts right" line): at 36cf259 (main at 79c43c2, the stop's
// start, with the set), 63/150 right, 2 wrong badges on the development
// part and 2 on the held-out part. Nobody develops on it.
var archive17DangerousBudget = map[bool]int{false: 2, true: 2}

// TestArchive17Statements runs archive-17.jsonl against its articles,
// built as text articles (they come without their pages).
func TestArchive17Statements(t *testing.T) {
	readerStatements(t, textIndex(t, "testdata/archive-17/pages.txt"), "testdata/archive-17/archive-17.jsonl", archive17DangerousBudget)
}

// textIndex builds the database of the text articles a list names, kept
// beside it as pages/NAME.txt (the folder holds those and nothing else).
func textIndex(t *testing.T, list string) *Index {
	t.Helper()
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("builds a database of real articles (natively only)")
	}
	dir := filepath.Join(filepath.Dir(list), "pages")
	for _, name := range pageNames(t, list) {
		if _, err := os.Stat(filepath.Join(dir, name+".txt")); err != nil {
			t.Fatal(err)
		}
	}
	return indexOfPages(t, dir)
}
