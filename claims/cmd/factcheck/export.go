package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/factcheck/factcheck/claims/collections"
)

// runExport writes the database's fact-checks as schema.org ClaimReview
// JSON-LD: the imported reviews with their own ratings, exactly as
// imported. A claim drawn from an article is no review (nobody rated it):
// its page carries a schema.org Claim instead (collections.ClaimJSONLD), and it
// is not exported.
func runExport(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("export-claimreview", "export-claimreview [-db FILE] [-o FILE]", stdout, stderr)
	dbPath := cmd.String("db", "", "claims database or collection (default: the seed database)")
	cmd.String("base", "", "ignored (kept for old scripts): a review's url is its own, as imported")
	out := cmd.String("o", "", "file to write (default: stdout)")
	if err := cmd.parse(args); err != nil {
		return err
	}
	if cmd.NArg() > 0 {
		cmd.printUsage(stderr)
		return usageError{fmt.Sprintf("export-claimreview: unexpected argument %q", cmd.Arg(0))}
	}
	db, err := openDB(*dbPath, stderr)
	if err != nil {
		return err
	}
	reviews := collections.ClaimReviews(db)
	if len(reviews) == 0 {
		fmt.Fprintf(stderr, "factcheck: export-claimreview: no imported fact-check with a rating among %d claims; a claim drawn from an article is no review (its page carries a schema.org Claim)\n", len(db.Claims))
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("export-claimreview: %w", err)
		}
		defer f.Close()
		w = f
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(reviews)
}
