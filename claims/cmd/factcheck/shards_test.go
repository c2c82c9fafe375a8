package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/match"
)

// TestBuildShards: build -shards writes a sharded index that checks as
// the database it was built with; a rebuild replaces it, and a folder of
// other files is never replaced.
func TestBuildShards(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "shards")
	out := filepath.Join(tmp, "claims.json")
	for range 2 {
		stdout, _, err := run(t, "", "build", "-articles", "../../articles", "-curated", "../../curated.jsonl", "-o", out, "-shards", dir, "-name", "seed")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stdout, "a sharded index of") {
			t.Errorf("build says nothing of the shards:\n%s", stdout)
		}
	}
	ix, err := match.OpenShards(match.FSFetcher(os.DirFS(dir)))
	if err != nil {
		t.Fatal(err)
	}
	if v := ix.Check("Roman Seleznev was arrested in 2014.").Verdict; v != match.Supported {
		t.Errorf("sharded seed: %s", v)
	}
	if ix.DB.Name != "seed" || len(ix.DB.Examples) == 0 {
		t.Errorf("sharded seed: name %q, %d examples", ix.DB.Name, len(ix.DB.Examples))
	}
	other := filepath.Join(tmp, "other")
	os.Mkdir(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644)
	if _, _, err := run(t, "", "build", "-articles", "../../articles", "-shards", other); err == nil {
		t.Error("a folder of other files was replaced by shards")
	}
	if _, err := os.Stat(filepath.Join(other, "notes.txt")); err != nil {
		t.Error(err)
	}
}
