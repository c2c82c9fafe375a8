package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedSeedIsFresh: the committed seed database is what `make
// claims` builds now (the same command, with the Makefile's arguments).
func TestCommittedSeedIsFresh(t *testing.T) {
	out := filepath.Join(t.TempDir(), "claims.json")
	if _, _, err := run(t, "", "build", "-articles", "../../articles", "-curated", "../../curated.jsonl", "-o", out, "-name", "seed"); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../seed/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("claims/seed/claims.json is stale: run `make claims` and commit it")
	}
}
