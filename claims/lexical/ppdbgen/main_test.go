package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedIsFresh: the committed data/ppdb.txt is what `make ppdb`
// writes from the PPDB copy in ../shared (skipped where it is absent, as
// on a clean clone in CI).
func TestGeneratedIsFresh(t *testing.T) {
	src := filepath.Join("..", "..", "..", "..", "shared", "data", "ppdb")
	if _, err := os.Stat(filepath.Join(src, "synonyms.txt")); err != nil {
		t.Skip("no PPDB copy at", src)
	}
	out := filepath.Join(t.TempDir(), "ppdb.txt")
	if err := run([]string{"-ppdb", src, "-out", out}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile(filepath.Join("..", "data", "ppdb.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("claims/lexical/data/ppdb.txt is stale: run make ppdb")
	}
}

// The pairs kept: the reader's words of the source's meaning, not two
// forms of one word, not opposites, not adjectives.
func TestFilters(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "data", "ppdb.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, kept := range []string{"\ndelegates representatives ", "\ninquiry investigation ", "\ndecreased receded ", "\ndemonstrators protesters "} {
		if !strings.Contains(s, kept) {
			t.Errorf("%q left out", kept)
		}
	}
	for _, gone := range []string{"\nmeeting meetings ", "\nbetter good ", "\nformally officially ", "\nfemales males "} {
		if strings.Contains(s, gone) {
			t.Errorf("%q kept", gone)
		}
	}
	if !strings.Contains(s, "CC BY 3.0") || !strings.Contains(s, "# Source: PPDB 2.0") {
		t.Error("the header does not name the source and its licence")
	}
}
