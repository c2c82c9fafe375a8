package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/lexicon/wordnet"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
	"github.com/factcheck/factcheck/claims/match"
)

// exampleCount is how many examples a database derives when none are
// named.
const exampleCount = 4

// chooseExamples sets db.Examples: those named by the articles' front
// matter and the -examples file, else derived from the claims
// (build.DeriveExamples). Only examples the database settles are kept,
// checked against db itself:
//   - a named one when its verdict is anything but unverified (a text of
//     several sentences may be mixed);
//   - a derived one when it is supported, or contradicted for the one
//     with a changed date or figure.
//
// ix is db's index. It says on w which it dropped, and why.
func chooseExamples(db *claims.DB, ix *match.Index, path string, w io.Writer) error {
	named := db.Examples
	if path != "" {
		data, err := claims.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read examples %s: %w", path, err)
		}
		named = append(named, build.ParseExamples(data)...)
	}
	var cands []build.Example
	for _, e := range named {
		cands = append(cands, build.Example{Text: e})
	}
	derived := len(cands) == 0
	if derived {
		// More candidates than needed: those the database does not settle
		// are dropped below, and the next take their place.
		cands = build.DeriveExamples(db, 3*exampleCount, hasVerb())
	}
	plain, altered := 0, 0
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
		if derived && !e.Altered {
			if plain == exampleCount-1 {
				continue
			}
			plain++
		}
		if derived && e.Altered {
			if altered == 1 {
				continue
			}
			altered++
		}
		db.Examples = append(db.Examples, e.Text)
	}
	return nil
}

// auxiliaries are verbs WordNet does not list as such.
var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"shall": true, "does": true, "did": true, "do": true}

// hasVerb returns a test for a derived example's finite verb: a word
// after the first, written in lower case, that is an auxiliary, or an
// inflected form ("reopened", "signs", "met": not its own lemma) of a
// lemma WordNet tags most often as a verb. A caption, a heading or a
// line of statistics ("Doobie Brothers perform with Santana", "Alexis
// Martinez 1 assist") has none. Without WordNet, every sentence passes.
func hasVerb() func(string) bool {
	lx, err := wordnet.Full()
	if err != nil {
		return nil
	}
	return func(s string) bool {
		words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		for i, w := range words {
			if i == 0 || w != strings.ToLower(w) {
				continue
			}
			if auxiliaries[w] {
				return true
			}
			for _, l := range lx.Lemmas(w) {
				if l != w && lx.MainPOS(l) == lexicon.Verb {
					return true
				}
			}
		}
		return false
	}
}
