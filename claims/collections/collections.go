// Package collections reads and writes collections of claims from
// outside the newsroom's articles: CheckThat!-style TSV and schema.org
// ClaimReview JSON-LD (import.go), the one table of claim files that
// `factcheck build -import`, `check -db` and `rank -db` open alike
// (Collections, which also reads a factcheck database), and the
// structured data every page carries and `factcheck export-claimreview`
// writes (claimreview.go). What a fact-checker's rating says
// (claims.ClassifyRating) stays in the model package: the matcher reads it
// when it checks a statement, and imports no importer.
package collections

import (
	"bytes"
	"cmp"
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// A Collection is one kind of file of claims: it reads a file into a
// database (of claims alone, or with articles).
type Collection struct {
	Name  string                 // what the file is, for messages
	Exts  []string               // file extensions, lower case with the dot
	Sniff func(data []byte) bool // nil: the extension decides; else the content must fit too
	Read  func(name string, data []byte) (*claims.DB, claims.ErrorList)
	// MaxBytes is the largest file of this kind (0: claims.MaxFileBytes).
	MaxBytes int
}

// Collections is the one table of claim files, used alike by `factcheck
// build -import`, `check -db` and `rank -db`. For a file, the first row
// with its extension whose Sniff accepts the content reads it: a .json
// file is a factcheck database when its "format" says so, else
// ClaimReview.
var Collections = []Collection{
	{Name: "factcheck claims database", Exts: []string{".json"}, Sniff: isDatabase, Read: readDatabase, MaxBytes: claims.MaxDatabaseBytes},
	{Name: "schema.org ClaimReview JSON-LD", Exts: []string{".json", ".jsonld"}, Read: readClaimReview},
	{Name: "CheckThat!-style TSV", Exts: []string{".tsv"}, Read: readTSV},
}

// databaseHeadRE is how claims.Encode starts a database, so that a truncated
// one is still known for what it is (and claims.Decode says it is truncated).
var databaseHeadRE = lazyre.New(`^\s*\{\s*"format"\s*:\s*"` + claims.Format + `"`)

// isDatabase reports whether a file is a factcheck database: a JSON
// object whose "format" is Format.
func isDatabase(data []byte) bool {
	if databaseHeadRE.Match(data[:min(len(data), 256)]) {
		return true
	}
	var head struct {
		Format string `json:"format"`
	}
	return json.Unmarshal(data, &head) == nil && head.Format == claims.Format
}

func readDatabase(name string, data []byte) (*claims.DB, claims.ErrorList) {
	db, err := claims.Decode(data)
	if err != nil {
		var errs claims.ErrorList
		errs.Add(claims.Pos{File: name}, "load claims db: %v", err)
		return nil, errs
	}
	return db, nil
}

func readClaimReview(name string, data []byte) (*claims.DB, claims.ErrorList) {
	cs, errs := ReadClaimReview(name, data)
	return claims.FromClaims(filepath.Base(name), cs), errs
}

func readTSV(name string, data []byte) (*claims.DB, claims.ErrorList) {
	cs, errs := ReadTSV(name, bytes.NewReader(data))
	return claims.FromClaims(filepath.Base(name), cs), errs
}

// AcceptedCollections lists the extensions Collections reads and what
// each may be, for messages and usage.
func AcceptedCollections() string {
	var parts []string
	seen := map[string]bool{}
	for _, c := range Collections {
		for _, ext := range c.Exts {
			if seen[ext] {
				continue
			}
			seen[ext] = true
			var names []string
			for _, d := range collectionsFor(ext) {
				names = append(names, d.Name)
			}
			parts = append(parts, ext+" ("+strings.Join(names, " or ")+")")
		}
	}
	return strings.Join(parts, ", ")
}

func collectionsFor(ext string) []Collection {
	var out []Collection
	for _, c := range Collections {
		for _, e := range c.Exts {
			if e == ext {
				out = append(out, c)
			}
		}
	}
	return out
}

// OpenCollection reads a claim file into a database, choosing the reader
// from Collections by extension (and content). The problems hold
// warnings and errors (problems.Err() is the failure); the database is
// nil when the file could not be read at all. An unknown extension is an
// error listing the accepted ones.
func OpenCollection(path string) (*claims.DB, claims.ErrorList) {
	var errs claims.ErrorList
	ext := strings.ToLower(filepath.Ext(path))
	rows := collectionsFor(ext)
	if len(rows) == 0 {
		errs.Add(claims.Pos{File: path}, "unknown kind of claims file %q: accepted are %s", ext, AcceptedCollections())
		return nil, errs
	}
	// A database may be larger than any other file (MaxDatabaseBytes);
	// what turns out to be another kind is held to claims.MaxFileBytes.
	data, err := claims.ReadFileUpTo(path, claims.MaxDatabaseBytes)
	if err != nil {
		errs.Add(claims.Pos{File: path}, "read claims file: %v", err)
		return nil, errs
	}
	var names []string
	for _, c := range rows {
		if c.Sniff == nil || c.Sniff(data) {
			if limit := cmp.Or(c.MaxBytes, claims.MaxFileBytes); len(data) > limit {
				errs.Add(claims.Pos{File: path}, "read claims file: the file is over the limit of %d bytes (%d MiB) for a %s", limit, limit>>20, c.Name)
				return nil, errs
			}
			return c.Read(path, data)
		}
		names = append(names, c.Name)
	}
	errs.Add(claims.Pos{File: path}, "the file is none of: %s", strings.Join(names, ", "))
	return nil, errs
}

// ImportFile reads the claims of a claim file (see OpenCollection),
// failing on any error; warnings are not returned.
//
// Deprecated: use OpenCollection, which also says what was dropped.
func ImportFile(path string) ([]claims.Claim, error) {
	db, problems := OpenCollection(path)
	if err := problems.Err(); err != nil {
		return nil, err
	}
	return db.Claims, nil
}
