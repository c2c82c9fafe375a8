//go:build !wasm

package site

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// loadIndex returns db's search index and its binary form, which
// /web/claims.index sends: decoded from file (written beside the database
// by `factcheck build`) when it is there and indexes db, else built here,
// once. The pages the server renders and the browser's checks use this
// one index. (Building it was most of the server's start-up: 100,000
// claims took minutes, twice, on a loaded two-core machine.)
func loadIndex(db *claims.DB, file string) (*match.Index, []byte, error) {
	if file != "" {
		data, err := os.ReadFile(file)
		switch {
		case err == nil:
			ix, err := match.DecodeIndex(db, data)
			if err == nil {
				return ix, data, nil
			}
			// Stale (the database was rebuilt without it) or of another
			// version: build it, and say how to make start-up fast again.
			log.Printf("index %s: %v: building the index (rebuild the database to write it again)", file, err)
		case !errors.Is(err, fs.ErrNotExist):
			return nil, nil, fmt.Errorf("claims index: %w", err)
		}
	}
	ix := match.NewIndex(db)
	data, err := match.EncodeIndex(ix)
	if err != nil {
		return nil, nil, fmt.Errorf("claims index: %w", err)
	}
	return ix, data, nil
}
