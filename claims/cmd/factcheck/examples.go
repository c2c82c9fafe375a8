package main

import (
	"fmt"
	"io"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// exampleCount is how many examples a database derives when none are
// named.
const exampleCount = 4

// chooseExamples sets db.Examples: those named by the articles' front
// matter and the -examples file, else derived from the claims
// (claims.DeriveExamples). Only examples the database settles are kept,
// checked against db itself:
//   - a named one when its verdict is anything but unverified (a text of
//     several sentences may be partly supported or mixed: at least one of
//     its sentences is settled);
//   - a derived one when it is supported, or contradicted for the one
//     with a changed date or figure.
//
// It says on w which it dropped, and why.
func chooseExamples(db *claims.DB, path string, w io.Writer) error {
	named := db.Examples
	if path != "" {
		data, err := claims.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read examples %s: %w", path, err)
		}
		named = append(named, claims.ParseExamples(data)...)
	}
	var cands []claims.Example
	for _, e := range named {
		cands = append(cands, claims.Example{Text: e})
	}
	derived := len(cands) == 0
	if derived {
		cands = claims.DeriveExamples(db, exampleCount)
	}
	ix := newIndex(db)
	seen := map[string]bool{}
	db.Examples = nil
	for _, e := range cands {
		if seen[e.Text] {
			continue
		}
		seen[e.Text] = true
		v := ix.CheckText(e.Text).Verdict
		keep := v != match.Unverified
		if derived {
			keep = v == match.Supported && !e.Altered || v == match.Contradicted && e.Altered
		}
		if !keep {
			fmt.Fprintf(w, "example dropped (%s against this database): %q\n", v, e.Text)
			continue
		}
		db.Examples = append(db.Examples, e.Text)
	}
	return nil
}
