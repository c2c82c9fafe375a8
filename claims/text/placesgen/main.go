// Command placesgen writes claims/text/data/place-terms.txt, the
// gazetteer analysed by the text pipeline (text.PlaceTerms), so that no
// page analyses it at its first check. Run from the repository's root:
// make places.
package main

import (
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

func main() {
	out := text.PlaceTermsHeader + wordlist.FrontCode(text.PlaceTerms())
	if err := os.WriteFile("claims/text/data/place-terms.txt", []byte(out), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "placesgen:", err)
		os.Exit(1)
	}
}
