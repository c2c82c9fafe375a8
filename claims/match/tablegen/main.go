// Command tablegen writes the matcher's tables already analysed by
// claims/text, so that no page runs the pipeline over them as it starts.
// Run from the repository's root:
//
//	tablegen nations   claims/match/data/nations.txt (make nations): the
//	                   countries and demonyms of the nationality rule
//	                   (claims/match/internal/nationtable)
//	tablegen terms     claims/match/data/word-terms.txt (make terms): the
//	                   entries of the word lists the package's tables look
//	                   up by term (match.WordTermsFile)
package main

import (
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/match/internal/nationtable"
)

func main() {
	files := map[string]struct {
		path string
		make func() []byte
	}{
		"nations": {"claims/match/data/nations.txt", nationtable.File},
		"terms":   {"claims/match/data/word-terms.txt", match.WordTermsFile},
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: tablegen nations|terms")
		os.Exit(2)
	}
	f, ok := files[os.Args[1]]
	if !ok {
		fmt.Fprintln(os.Stderr, "tablegen: no table", os.Args[1])
		os.Exit(2)
	}
	if err := os.WriteFile(f.path, f.make(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "tablegen:", err)
		os.Exit(1)
	}
}
