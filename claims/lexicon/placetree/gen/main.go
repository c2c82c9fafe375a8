// Command gen writes claims/match/data/place-within.txt (placetree.File).
// Run from the repository's root: make lexicon.
package main

import (
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims/lexicon/placetree"
)

func main() {
	if err := os.WriteFile("claims/match/data/place-within.txt", placetree.File(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "placetree:", err)
		os.Exit(1)
	}
}
