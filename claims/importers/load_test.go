package importers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A rebuild reads only the files that changed: unchanged ones (same
// size and time, or same content under a new time) come from the cache
// beside the output; a changed one is parsed again; progress is told of
// every file.
func TestLoadCache(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	os.Mkdir(pages, 0o755)
	for _, name := range []string{"nasa-finds-water-plumes-above-the-surface-of-jupit.html", "275221.html"} {
		data, err := os.ReadFile(filepath.Join("../testdata/real-pages", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(pages, name), data, 0o644)
	}
	os.WriteFile(filepath.Join(pages, "note.md"), []byte("---\nheadline: A note\n---\nThe harbour bridge reopened on Monday after six weeks of repairs, the council said.\n"), 0o644)
	cache := filepath.Join(dir, "db.json.cache")
	load := func() ([]string, LoadStats) {
		t.Helper()
		calls := 0
		arts, probs, stats := LoadArticlesFrom(pages, LoadOptions{Cache: cache, Progress: func(done, total int) { calls++ }})
		if err := probs.Err(); err != nil {
			t.Fatal(err)
		}
		if calls != stats.Files {
			t.Errorf("progress told %d times for %d files", calls, stats.Files)
		}
		var texts []string
		for _, a := range arts {
			texts = append(texts, a.ID+"|"+a.Headline+"|"+a.Lang+"|"+a.Text)
		}
		return texts, stats
	}
	first, stats := load()
	if stats.Parsed != 3 || stats.FromCache != 0 {
		t.Fatalf("first build: %+v", stats)
	}
	again, stats := load()
	if stats.Parsed != 0 || stats.FromCache != 3 || len(again) != 3 || again[0] != first[0] || again[2] != first[2] {
		t.Errorf("unchanged rebuild: %+v", stats)
	}
	// Touched, not changed: the content hash says so.
	later := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(pages, "275221.html"), later, later)
	if _, stats = load(); stats.Parsed != 0 {
		t.Errorf("a touched file was parsed again: %+v", stats)
	}
	// Changed: parsed again, and only it.
	os.WriteFile(filepath.Join(pages, "note.md"), []byte("---\nheadline: A new note\n---\nThe harbour bridge reopened on Tuesday after six weeks of repairs, the council said.\n"), 0o644)
	got, stats := load()
	if stats.Parsed != 1 || got[2] == first[2] {
		t.Errorf("changed file: %+v\n%q", stats, got[2])
	}
}

// A folder past claims.MaxArticles is refused as a whole, naming the
// limit; one at it is read.
func TestLoadArticleLimit(t *testing.T) {
	old := articleLimit
	articleLimit = 2
	t.Cleanup(func() { articleLimit = old })
	dir := t.TempDir()
	write := func(name string) {
		os.WriteFile(filepath.Join(dir, name), []byte("The harbour bridge reopened on Monday after six weeks of repairs, the council said.\n"), 0o644)
	}
	write("a.txt")
	write("b.txt")
	if arts, probs, _ := LoadArticlesFrom(dir, LoadOptions{}); probs.Err() != nil || len(arts) != 2 {
		t.Fatalf("2 files at a limit of 2: %d articles, %v", len(arts), probs.Err())
	}
	write("c.txt")
	arts, probs, _ := LoadArticlesFrom(dir, LoadOptions{})
	if err := probs.Err(); err == nil || len(arts) != 0 || !strings.Contains(err.Error(), "3 files, over the limit of 2 files") {
		t.Fatalf("3 files at a limit of 2: %d articles, %v", len(arts), err)
	}
}
