package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// The committed files under claims/lexicon are what the generator makes
// from the installed packages, byte for byte, and making them twice gives
// the same bytes. Both runs write into temporary directories: the test
// never touches the tracked files.
func TestGeneratedIsFresh(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("the generator runs natively")
	}
	if _, err := os.Stat(filepath.Join(wordnetDir, "data.noun")); err != nil {
		t.Skipf("no WordNet at %s (apt-get install wordnet-base iso-codes, or make lexicon): %v", wordnetDir, err)
	}
	if _, err := os.Stat(filepath.Join(isoDir, "iso_3166-1.json")); err != nil {
		t.Skipf("no iso-codes at %s: %v", isoDir, err)
	}
	dirs := []string{t.TempDir(), t.TempDir()}
	for _, d := range dirs {
		var log bytes.Buffer
		if err := run([]string{"-out", d}, &log); err != nil {
			t.Fatal(err)
		}
		t.Log(log.String())
	}
	files := []string{"NOTICE", "wordnet/wordnet.dat.gz", "data/countries.txt", "data/capitals.txt", "data/places.txt", "data/within.txt", "data/phrasal-verbs.txt"}
	for _, f := range files {
		a, b := read(t, filepath.Join(dirs[0], f)), read(t, filepath.Join(dirs[1], f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs of the generator differ", f)
		}
		committed := read(t, filepath.Join("..", f))
		if filepath.Ext(f) == ".gz" { // compare the text: another Go's compress/flate may pack it differently
			a, committed = gunzip(t, a), gunzip(t, committed)
		}
		if !bytes.Equal(a, committed) {
			t.Errorf("claims/lexicon/%s is stale: run make lexicon", f)
		}
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestNoWordNet(t *testing.T) {
	err := run([]string{"-wordnet", t.TempDir(), "-out", t.TempDir()}, io.Discard)
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("apt-get install wordnet-base")) {
		t.Errorf("without WordNet: %v, want a message naming the package", err)
	}
}
