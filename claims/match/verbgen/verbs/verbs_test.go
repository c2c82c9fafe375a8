//go:build !wasm

package verbs

import (
	"bytes"
	"os"
	"testing"
)

func TestCommittedVerbsAreFresh(t *testing.T) {
	want, err := File()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../../text/data/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("claims/text/data/verbs.txt is stale: run make verbs")
	}
}
