// Command tablegen writes claims/match/data/nations.txt, the countries and
// demonyms of the matcher's nationality rule already analysed by
// claims/text (claims/match/internal/nationtable). Run from the
// repository's root: make nations.
package main

import (
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims/match/internal/nationtable"
)

func main() {
	if err := os.WriteFile("claims/match/data/nations.txt", nationtable.File(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "tablegen:", err)
		os.Exit(1)
	}
}
