// Command foldgen writes claims/text/foldtable.go, Normalize's fold table,
// from x/text's normalisation (internal/foldref). Run from claims/text:
// go generate ./claims/text, or make fold. TestFoldTableIsFresh fails when it is stale.
package main

import (
	"log"
	"os"

	"github.com/factcheck/factcheck/claims/text/internal/foldref"
)

func main() {
	if err := os.WriteFile("foldtable.go", foldref.Source(), 0o644); err != nil {
		log.Fatal(err)
	}
}
