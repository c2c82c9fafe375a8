// Package collections reads and writes collections of claims from
// outside the newsroom's articles: CheckThat!-style TSV and schema.org
// ClaimReview JSON-LD (import.go), a factcheck database taken as a
// collection (IsDatabase, ReadDatabase), and the structured data every
// page carries and `factcheck export-claimreview` writes
// (claimreview.go). Which file is which, for `factcheck build -import`,
// `check -db` and `rank -db` alike, is said by the one table of the files
// factcheck reads, importers.Kinds. What a fact-checker's rating says
// (claims.ClassifyRating) stays in the model package: the matcher reads it
// when it checks a statement, and imports no importer.
package collections

import (
	"encoding/json"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// databaseHeadRE is how claims.Encode starts a database, so that a truncated
// one is still known for what it is (and claims.Decode says it is truncated).
var databaseHeadRE = lazyre.New(`^\s*\{\s*"format"\s*:\s*"` + claims.Format + `"`)

// IsDatabase reports whether a file is a factcheck database: a JSON
// object whose "format" is claims.Format.
func IsDatabase(data []byte) bool {
	if databaseHeadRE.Match(data[:min(len(data), 256)]) {
		return true
	}
	var head struct {
		Format string `json:"format"`
	}
	return json.Unmarshal(data, &head) == nil && head.Format == claims.Format
}

// ReadDatabase reads a factcheck database file, as a collection whose
// articles and claims are added.
func ReadDatabase(name string, data []byte) (*claims.DB, claims.ErrorList) {
	db, err := claims.Decode(data)
	if err != nil {
		var errs claims.ErrorList
		errs.Add(claims.Pos{File: name}, "load claims db: %v", err)
		return nil, errs
	}
	return db, nil
}

// OpenCollection reads a claim file as `factcheck build -import` does:
// it is importers.OpenCollection, which sets it when package importers
// is linked in (without it, it is an error). Which file is which is said
// by the one table of the files factcheck reads, importers.Kinds, in
// package importers, which imports this one. New code calls
// importers.OpenCollection; claims/match's tests still call this one.
var OpenCollection = func(path string) (*claims.DB, claims.ErrorList) {
	var errs claims.ErrorList
	errs.Add(claims.Pos{File: path}, "collections.OpenCollection needs package claims/importers linked in: use importers.OpenCollection")
	return nil, errs
}
