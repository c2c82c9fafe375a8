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
//	tablegen decision  claims/match/decision_table.go (make decision): the
//	                   trained decision, data/decision.json, as a Go value
//	                   (match.DecisionTableFile)
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
		"decision": {"claims/match/decision_table.go", func() []byte {
			data, err := os.ReadFile("claims/match/data/decision.json")
			if err == nil {
				data, err = match.DecisionTableFile(data)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "tablegen:", err)
				os.Exit(1)
			}
			return data
		}},
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: tablegen nations|terms|decision")
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
