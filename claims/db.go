package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// The database file format. See README.md, "The claims database format".
const (
	Format  = "factcheck-claims"
	Version = 1
)

// DB is a claims database: the articles (with their full text, so the app
// can show a source offline) and the claims drawn from them.
type DB struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Name    string `json:"name,omitempty"`
	// Examples are statements a first-time reader can try, each settled by
	// the database: named by the newsroom or derived by the builder.
	Examples []string   `json:"examples,omitempty"`
	Articles []*Article `json:"articles"`
	Claims   []Claim    `json:"claims"`
	// Lexical is what the claims' words mean to each other (synonyms,
	// broader words, opposites), worked out from WordNet when the
	// database is built (package claims/lexical), so that the browser
	// needs no dictionary.
	Lexical *Lexical `json:"lexical,omitempty"`

	// Lookup maps, built by Reindex, and how many articles and claims
	// they were built from.
	byID               map[string]*Article
	byClaim            map[string]int
	nArticles, nClaims int
}

// NewDB makes a database of articles and claims, indexed (see Reindex).
func NewDB(name string, articles []*Article, cs []Claim) *DB {
	if articles == nil {
		articles = []*Article{}
	}
	db := &DB{Format: Format, Version: Version, Name: name, Articles: articles, Claims: cs}
	db.Reindex()
	return db
}

// Reindex builds the lookup maps behind Article and Claim. Every
// constructor (NewDB, Decode, build.Build, FromClaims, Merge) runs it, so a
// database is indexed before it is shared: Article and Claim only read,
// and any number of goroutines may call them at once. Whoever changes
// Articles or Claims by hand calls Reindex again before sharing the
// database.
func (db *DB) Reindex() {
	db.byID = make(map[string]*Article, len(db.Articles))
	for _, a := range db.Articles {
		if a == nil {
			continue
		}
		if _, dup := db.byID[a.ID]; !dup {
			db.byID[a.ID] = a
		}
	}
	db.byClaim = make(map[string]int, len(db.Claims))
	for i, c := range db.Claims {
		if _, dup := db.byClaim[c.ID]; !dup {
			db.byClaim[c.ID] = i
		}
	}
	db.nArticles, db.nClaims = len(db.Articles), len(db.Claims)
}

// Article returns the article with id, or nil. It never writes: on a
// database that was not indexed, or whose articles changed since, it
// looks through the articles.
func (db *DB) Article(id string) *Article {
	if db.byID != nil && db.nArticles == len(db.Articles) {
		return db.byID[id]
	}
	for _, a := range db.Articles {
		if a != nil && a.ID == id {
			return a
		}
	}
	return nil
}

// Claim returns the claim with id, or nil. It never writes: on a database
// that was not indexed, or whose claims changed since, it looks through
// the claims.
func (db *DB) Claim(id string) *Claim {
	if db.byClaim != nil && db.nClaims == len(db.Claims) {
		i, ok := db.byClaim[id]
		if !ok {
			return nil
		}
		if db.Claims[i].ID == id {
			return &db.Claims[i]
		}
	}
	for i := range db.Claims {
		if db.Claims[i].ID == id {
			return &db.Claims[i]
		}
	}
	return nil
}

// Validate checks what every reader of the database relies on: article
// and claim IDs valid (ValidID) and unique, URLs safe (SafeURL), sizes
// within the limits, and every source quote standing verbatim at its
// offsets.
func (db *DB) Validate() error {
	var errs ErrorList
	if len(db.Articles) > articleLimit {
		errs.Add(Pos{File: "database"}, "%s", TooBig("the number of articles", len(db.Articles), articleLimit, "articles"))
	}
	if len(db.Claims) > MaxClaims {
		errs.Add(Pos{File: "database"}, "%s", TooBig("the number of claims", len(db.Claims), MaxClaims, "claims"))
	}
	if errs != nil {
		return errs.Err()
	}
	arts := map[string]bool{}
	for i, a := range db.Articles {
		if a == nil {
			errs.Add(Pos{File: fmt.Sprintf("article #%d", i+1)}, "article is null")
			continue
		}
		pos := Pos{File: "article " + a.ID}
		switch {
		case !ValidID(a.ID):
			errs.Add(pos, "article id %q is not file-safe (letters, digits, '.', '_', '-'; at most %d bytes)", a.ID, MaxIDBytes)
		case arts[strings.ToLower(a.ID)]:
			errs.Add(pos, "duplicate article id (IDs are compared ignoring case: they name files)")
		}
		arts[strings.ToLower(a.ID)] = true
		if len(a.Text) > MaxArticleBytes {
			errs.Add(pos, "%s", TooBig("the text", len(a.Text), MaxArticleBytes, "bytes"))
		}
		checkURL(&errs, pos, "url", a.URL)
	}
	ids := map[string]bool{}
	for _, c := range db.Claims {
		pos := Pos{File: "claim " + c.ID}
		switch {
		case c.ID == "":
			errs.Add(pos, "claim has no id: %q", c.Text)
		case !ValidID(c.ID):
			errs.Add(pos, "claim id %q is not file-safe (letters, digits, '.', '_', '-'; at most %d bytes)", c.ID, MaxIDBytes)
		case ids[strings.ToLower(c.ID)]:
			errs.Add(pos, "duplicate claim id (IDs are compared ignoring case: they name files)")
		}
		ids[strings.ToLower(c.ID)] = true
		checkURL(&errs, pos, "url", c.URL)
		for _, s := range c.Sources {
			checkURL(&errs, pos, "source url", s.URL)
			if s.Article == "" {
				continue
			}
			a := db.Article(s.Article)
			switch {
			case a == nil:
				errs.Add(pos, "source article %q is not in the database", s.Article)
			case s.Start < 0 || s.End > len(a.Text) || s.Start > s.End:
				errs.Add(pos, "source offsets %d:%d are outside article %s (%d bytes)", s.Start, s.End, s.Article, len(a.Text))
			case a.Text[s.Start:s.End] != s.Quote:
				errs.Add(pos, "quote %q does not stand verbatim at %s:%d:%d", s.Quote, s.Article, s.Start, s.End)
			}
		}
	}
	if n := len(errs) - maxValidateProblems; n > 0 {
		errs = errs[:maxValidateProblems]
		errs.Add(Pos{File: "database"}, "and %d more problems", n)
	}
	return errs.Err()
}

// maxValidateProblems is how many problems Validate lists before it
// only counts the rest.
const maxValidateProblems = 20

// checkURL reports a URL that is set but not http or https.
func checkURL(errs *ErrorList, pos Pos, field, u string) {
	if _, ok := SafeURL(u); u != "" && !ok {
		errs.Add(pos, "%s %.80q is not an http or https address", field, u)
	}
}

// Encode writes db in the file format: one JSON object, with one article
// or claim a line so that a changed claim shows as a changed line.
// Encoding the same database twice gives identical bytes.
func Encode(w io.Writer, db *DB) error {
	bw := bufio.NewWriter(w)
	head := struct {
		Format   string   `json:"format"`
		Version  int      `json:"version"`
		Name     string   `json:"name,omitempty"`
		Examples []string `json:"examples,omitempty"`
	}{Format, Version, db.Name, db.Examples}
	h, err := json.Marshal(head)
	if err != nil {
		return err
	}
	bw.Write(h[:len(h)-1])
	writeList := func(key string, n int, item func(i int) any) error {
		fmt.Fprintf(bw, ",\n%q: [", key)
		for i := 0; i < n; i++ {
			b, err := json.Marshal(item(i))
			if err != nil {
				return err
			}
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n")
			bw.Write(b)
		}
		bw.WriteString("\n]")
		return nil
	}
	if err := writeList("articles", len(db.Articles), func(i int) any { return db.Articles[i] }); err != nil {
		return err
	}
	if err := writeList("claims", len(db.Claims), func(i int) any { return db.Claims[i] }); err != nil {
		return err
	}
	if db.Lexical != nil {
		b, err := json.Marshal(db.Lexical)
		if err != nil {
			return err
		}
		bw.WriteString(",\n\"lexical\": ")
		bw.Write(b)
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// ErrUnknownVersion is returned for a database written by a newer
// factcheck, or not a claims database at all.
var ErrUnknownVersion = errors.New("unknown claims database version")

// Decode reads a database, checks its format and version, and validates it.
func Decode(data []byte) (*DB, error) {
	if len(data) > databaseLimit {
		return nil, errors.New(TooBig("the file", len(data), databaseLimit, "bytes"))
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, errors.New("empty file")
	}
	// The JSON Encode writes is read without reflection (codec.go);
	// anything else by encoding/json.
	db, ok := decodeJSON(trimmed)
	if !ok {
		db = &DB{}
		if err := json.Unmarshal(trimmed, db); err != nil {
			var syn *json.SyntaxError
			if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected end") {
				return nil, fmt.Errorf("file is truncated or corrupt (%v)", err)
			}
			return nil, fmt.Errorf("not a claims database: %v", err)
		}
	}
	if db.Format != Format {
		return nil, fmt.Errorf("not a claims database: format is %q, want %q", db.Format, Format)
	}
	if db.Version != Version {
		return nil, fmt.Errorf("%w %d (this factcheck reads version %d; rebuild the database or update factcheck)", ErrUnknownVersion, db.Version, Version)
	}
	db.Reindex()
	if err := db.Validate(); err != nil {
		return nil, fmt.Errorf("database is inconsistent: %w", err)
	}
	return db, nil
}

// Load reads a database file.
func Load(path string) (*DB, error) {
	data, err := ReadFileUpTo(path, databaseLimit)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", path, err)
	}
	db, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", path, err)
	}
	return db, nil
}

// Save writes db to path, first checking that every quote is verbatim:
// a database that fails Validate is never written. It is written as it
// is encoded, into a file beside path renamed into place when whole; one
// over MaxDatabaseBytes, which no reader would load, is an error naming
// the limit and -shards, and leaves path as it was.
func Save(path string, db *DB) error {
	if err := db.Validate(); err != nil {
		return fmt.Errorf("write claims db %s: refusing an inconsistent database: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("write claims db %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after the rename, there is nothing there
	w := &cappedWriter{w: tmp, left: databaseLimit}
	err = Encode(w, db)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if w.over {
		return fmt.Errorf("write claims db %s: the database is over the limit of %d bytes (%d MiB) for one file, which no reader loads (%d articles, %d claims): build it as a sharded index alone (factcheck build -shards DIR, without -o)", path, databaseLimit, databaseLimit>>20, len(db.Articles), len(db.Claims))
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write claims db %s: %w", path, err)
	}
	return nil
}

// cappedWriter writes at most left bytes to w; past that it fails, and
// says so in over.
type cappedWriter struct {
	w    io.Writer
	left int
	over bool
}

func (c *cappedWriter) Write(p []byte) (int, error) {
	if len(p) > c.left {
		c.over = true
		return 0, errors.New("over the limit")
	}
	c.left -= len(p)
	return c.w.Write(p)
}

// FromClaims makes a database of imported claims alone, indexed.
func FromClaims(name string, cs []Claim) *DB { return NewDB(name, nil, cs) }
