package match

import (
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/build"
	"github.com/factcheck/factcheck/claims/importers"
	"github.com/factcheck/factcheck/claims/lexical"
)

// archiveDangerousBudget is how many wrong badges archive-1.jsonl gets in
// each part: statements about real news pages (testdata/archive), written
// from their article bodies without the matcher, checked against the
// database built from the pages as factcheck build builds it. Measured
// once with the decision trained before they landed: 5 and 5 (the
// hand-written decision: 16 and 10); with the decision trained on the
// development part too, and the importer's text as of the merge of the
// two extractors, 1 of 142 there and 5 of 98 on the held-out part, which
// nothing here was tuned on. Lowered to 0 and 4 when the archive
// regime's badges came to need 96% (decision.go, trained on archive-3's
// and archive-5's development parts too; 2 with 97%, which left
// word-for-word supports without a badge).
var archiveDangerousBudget = map[bool]int{false: 0, true: 4}

// TestArchiveStatements runs archive-1.jsonl against its pages, when the
// shared extraction benchmark is beside the project.
func TestArchiveStatements(t *testing.T) {
	readerStatements(t, archiveIndex(t, "testdata/archive/pages.txt"), "testdata/archive-1.jsonl", archiveDangerousBudget)
}

// blindDangerousBudget is how many wrong badges archive-2.jsonl gets in
// each part: 104 statements about 20 other real news pages, from 20
// other sites (testdata/archive-2/pages.txt), written by a writer who
// read neither the matcher nor its outputs, and measured blind at the end
// of stop 27 (development 4 of 63, held-out 1 of 41; 48 of 104 right).
// Frozen since: a guard against wrong badges on text nobody tuned on.
var blindDangerousBudget = map[bool]int{false: 4, true: 1}

// TestBlindArchiveStatements runs archive-2.jsonl against its pages.
func TestBlindArchiveStatements(t *testing.T) {
	readerStatements(t, archiveIndex(t, "testdata/archive-2/pages.txt"), "testdata/archive-2/archive-2.jsonl", blindDangerousBudget)
}

// archive3DangerousBudget is how many wrong badges archive-3.jsonl gets in
// each part: 159 statements about 30 more real news pages from 30 more
// sites (testdata/archive-3/pages.txt), written by a writer who read
// neither the matcher nor its outputs. Measured blind once at the start of
// stop 28 (with factcheck check: 74 of 159 right, wrong badges 6 of 97 in
// development and 3 of 62 held out); its development part has been
// developed on since, its held-out part only measured. Lowered to 0 and
// 1 with the cautious decision (badges at 96% or more): trained on its
// development part, measured once on the held-out part (3 wrong badges
// before, 1 after).
var archive3DangerousBudget = map[bool]int{false: 0, true: 1}

// TestArchive3Statements runs archive-3.jsonl against its pages.
func TestArchive3Statements(t *testing.T) {
	readerStatements(t, archiveIndex(t, "testdata/archive-3/pages.txt"), "testdata/archive-3/archive-3.jsonl", archive3DangerousBudget)
}

// archive4DangerousBudget is how many wrong badges archive-4.jsonl gets in
// each part: 156 statements about 20 more pages of the extraction
// benchmark from 20 more sites (testdata/archive-4/pages.txt; 7 of them
// news, the rest deals, reviews, press releases and advice columns, all
// the benchmark had left in English), written by a writer who read
// neither the matcher nor its outputs. Measured blind once at the start
// of stop 29 (with factcheck check at 0f239f8: 69 of 156 verdicts right,
// wrong badges 1 of 91 in development and 1 of 65 held out). Frozen, as
// archive-2 is: nobody reads its misses or tunes on it.
var archive4DangerousBudget = map[bool]int{false: 1, true: 1}

// TestArchive4Statements runs archive-4.jsonl against its pages.
func TestArchive4Statements(t *testing.T) {
	readerStatements(t, archiveIndex(t, "testdata/archive-4/pages.txt"), "testdata/archive-4/archive-4.jsonl", archive4DangerousBudget)
}

// archive5DangerousBudget is how many wrong badges archive-5.jsonl gets in
// each part: 177 statements about 29 English news pages of Mozilla
// Readability's test pages (testdata/archive-5/pages.txt: the BBC, CNN,
// the New York Times, the Washington Post, the Guardian, TMZ, Breitbart,
// MSN…, the kind of page issue 19's newsroom saves), written by a writer
// who read neither the matcher nor its outputs. Measured blind once at
// the start of stop 29 (88 of 177 right; wrong badges 3 of 103 in
// development, 6 of 74 held out); its development part is developed on,
// its held-out part only measured. Lowered to 4 held out with the
// cautious decision (badges at 96% or more), trained on its development
// part, measured once on the held-out part (6 wrong badges before, 4
// after).
var archive5DangerousBudget = map[bool]int{false: 0, true: 4}

// TestArchive5Statements runs archive-5.jsonl against its pages, read from
// the module cache (codeberg.org/readeck/go-readability/v2's test pages).
func TestArchive5Statements(t *testing.T) {
	readerStatements(t, readabilityIndex(t, "testdata/archive-5/pages.txt"), "testdata/archive-5/archive-5.jsonl", archive5DangerousBudget)
}

// archive6DangerousBudget and archive7DangerousBudget: the wrong badges
// allowed on archive-6's and archive-7's development (false) and held-out
// (true) parts. Both sets were written blind on 2026-12-06 and measured
// once at the start (archive-6: 5 and 2; archive-7: 3 and 2; README);
// their held-out parts are only measured.
var (
	archive6DangerousBudget = map[bool]int{false: 0, true: 2}
	archive7DangerousBudget = map[bool]int{false: 0, true: 1}
	// archive-8 (written blind on 2026-12-06, measured once at c84fafa:
	// 88/191 right, 3 wrong badges, all in its development part).
	archive8DangerousBudget = map[bool]int{false: 3, true: 0}
)

// TestArchive6Statements runs archive-6.jsonl against its pages, news pages
// of trafilatura's evaluation corpus read from the module cache
// (github.com/markusmobius/go-trafilatura's test files).
func TestArchive6Statements(t *testing.T) {
	readerStatements(t, trafilaturaIndex(t, "testdata/archive-6/pages.txt"), "testdata/archive-6/archive-6.jsonl", archive6DangerousBudget)
}

// TestArchive7Statements runs archive-7.jsonl against archive-5's pages.
func TestArchive7Statements(t *testing.T) {
	readerStatements(t, readabilityIndex(t, "testdata/archive-7/pages.txt"), "testdata/archive-7/archive-7.jsonl", archive7DangerousBudget)
}

// TestArchive8Statements runs archive-8.jsonl against its pages, 25 more
// news pages of trafilatura's evaluation corpus, none of archive-6's.
func TestArchive8Statements(t *testing.T) {
	readerStatements(t, trafilaturaIndex(t, "testdata/archive-8/pages.txt"), "testdata/archive-8/archive-8.jsonl", archive8DangerousBudget)
}

// trafilaturaIndex builds the database of the pages a list names from
// go-trafilatura's test files (test-files/comparison or test-files/mock,
// NAME.html), a dependency of the build, so in the module cache wherever
// the project builds.
func trafilaturaIndex(t *testing.T, list string) *Index {
	t.Helper()
	return testFilesIndex(t, "github.com/markusmobius/go-trafilatura", list)
}

// htmldateIndex builds the database of the pages a list names from
// go-htmldate's test files, which come with go-trafilatura (a dependency
// of it).
func htmldateIndex(t *testing.T, list string) *Index {
	t.Helper()
	return testFilesIndex(t, "github.com/markusmobius/go-htmldate", list)
}

// testFilesIndex builds the database of the pages a list names from a
// module's test files (test-files/{comparison,mock,mediacloud}/NAME.html).
func testFilesIndex(t *testing.T, module, list string) *Index {
	t.Helper()
	mod := moduleDir(t, module)
	dir := t.TempDir()
	for _, name := range pageNames(t, list) {
		if benchmarkStem(name) {
			// A page of the extraction benchmark among them (archive-15).
			if err := os.WriteFile(filepath.Join(dir, name+".html"), benchmarkPage(t, name), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		var page []byte
		var err error
		for _, folder := range []string{"comparison", "mock", "mediacloud"} {
			page, err = os.ReadFile(filepath.Join(mod, "test-files", folder, name+".html"))
			if !os.IsNotExist(err) {
				break
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".html"), page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return indexOfPages(t, dir)
}

// moduleDir returns where the module cache holds a dependency, or skips
// the test (natively only, and not with -short: it builds a database of
// real pages).
func moduleDir(t *testing.T, path string) string {
	t.Helper()
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("builds a database of real pages (natively only)")
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	mod := strings.TrimSpace(string(out))
	if err != nil || mod == "" {
		t.Skipf("the module cache has no %s (go mod download): %v", path, err)
	}
	return mod
}

// readabilityIndex builds the database of the Readability test pages a list
// names, as factcheck build builds it: the pages come with
// codeberg.org/readeck/go-readability/v2, a dependency of the build, so
// they are in the module cache wherever the project builds.
func readabilityIndex(t *testing.T, list string) *Index {
	t.Helper()
	mod := moduleDir(t, "codeberg.org/readeck/go-readability/v2")
	dir := t.TempDir()
	for _, name := range pageNames(t, list) {
		page, err := os.ReadFile(filepath.Join(mod, "test-pages", name, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".html"), page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return indexOfPages(t, dir)
}

// archiveIndex builds the database of the pages a list names (stems of
// ../shared/bench/extraction/html), as factcheck build builds it, when
// the shared extraction benchmark is beside the project.
func archiveIndex(t *testing.T, list string) *Index {
	t.Helper()
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("builds a database of real pages (natively only)")
	}
	dir := t.TempDir()
	for _, name := range pageNames(t, list) {
		if err := os.WriteFile(filepath.Join(dir, name+".html"), benchmarkPage(t, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return indexOfPages(t, dir)
}

// benchmarkPage reads a page of ../shared/bench/extraction/html by its
// stem, or skips the test when the benchmark is not beside the project.
func benchmarkPage(t *testing.T, name string) []byte {
	t.Helper()
	shared := filepath.Join("..", "..", "..", "shared", "bench", "extraction", "html")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared/bench/extraction is not beside the project")
	}
	f, err := os.Open(filepath.Join(shared, name+".html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	page, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return page
}

// benchmarkStem reports whether a page name is a stem of the extraction
// benchmark's pages (64 hexadecimal digits).
func benchmarkStem(name string) bool {
	if len(name) != 64 {
		return false
	}
	for _, r := range name {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return false
		}
	}
	return true
}

// indexOfPages builds the index of a folder of saved pages as factcheck
// build does.
func indexOfPages(t *testing.T, dir string) *Index {
	t.Helper()
	arts, _ := importers.LoadArticles(dir) // a page with no article text is left out, as build reports it
	db, _, err := build.Build("archive", arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if db.Lexical, err = lexical.For(db); err != nil {
		t.Fatal(err)
	}
	return NewIndex(db)
}

// pageNames reads a pages.txt: one page name a line, "#" opening a comment.
func pageNames(t *testing.T, list string) []string {
	t.Helper()
	data, err := os.ReadFile(list)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		if name := strings.TrimSpace(line); name != "" && !strings.HasPrefix(name, "#") {
			names = append(names, name)
		}
	}
	return names
}
