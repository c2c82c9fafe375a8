// Command verbgen writes claims/text/data/verbs.txt, the verbs by which
// the matcher tells a statement from a name or a phrase with no verb
// (checkable.go): every one-word WordNet 3.0 verb lemma and irregular verb
// form. Run from the repository's root: make verbs.
package main

import (
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims/match/verbgen/verbs"
)

func main() {
	out, err := verbs.File()
	if err == nil {
		err = os.WriteFile("claims/text/data/verbs.txt", out, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "verbgen:", err)
		os.Exit(1)
	}
}
