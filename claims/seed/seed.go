// Package seed embeds the default claims database, built from the five
// articles in claims/articles and the curated claims in
// claims/curated.jsonl by `make claims`.
package seed

import (
	_ "embed"
	"sync"

	"github.com/factcheck/factcheck/claims"
)

// JSON is the database file as committed (claims/seed/claims.json).
//
//go:embed claims.json
var JSON []byte

var (
	once sync.Once
	db   *claims.DB
	err  error
)

// DB decodes the embedded database once.
func DB() (*claims.DB, error) {
	once.Do(func() { db, err = claims.Decode(JSON) })
	return db, err
}
