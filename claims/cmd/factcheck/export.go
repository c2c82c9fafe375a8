package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/factcheck/factcheck/claims"
)

func runExport(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("export-claimreview", "export-claimreview [-db FILE] [-base URL] [-o FILE]", stdout, stderr)
	dbPath := cmd.String("db", "", "claims database or collection (default: the seed database)")
	base := cmd.String("base", "", "address where the app is served, for each claim's url (e.g. https://factcheck.example.org)")
	out := cmd.String("o", "", "file to write (default: stdout)")
	if err := cmd.parse(args); err != nil {
		return err
	}
	db, err := openDB(*dbPath, stderr)
	if err != nil {
		return err
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
	return enc.Encode(claims.ClaimReviews(db, *base))
}
