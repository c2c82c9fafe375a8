package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/factcheck/factcheck/claims/lexicon"
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
	// Lexicon is the part of WordNet the claims' words need (synonyms,
	// antonyms...), one line of lexicon text a JSON string.
	Lexicon *lexicon.Lexicon `json:"lexicon,omitempty"`

	byID    map[string]*Article
	byClaim map[string]int
}

// Article returns the article with id, or nil.
func (db *DB) Article(id string) *Article {
	if db.byID == nil {
		db.byID = make(map[string]*Article, len(db.Articles))
		for _, a := range db.Articles {
			db.byID[a.ID] = a
		}
	}
	return db.byID[id]
}

// Claim returns the claim with id, or nil.
func (db *DB) Claim(id string) *Claim {
	if len(db.byClaim) != len(db.Claims) { // built lazily, and again if claims were added
		db.byClaim = make(map[string]int, len(db.Claims))
		for i, c := range db.Claims {
			db.byClaim[c.ID] = i
		}
	}
	i, ok := db.byClaim[id]
	if !ok {
		return nil
	}
	return &db.Claims[i]
}

// Validate checks what every reader of the database relies on: unique
// claim IDs, and every source quote standing verbatim at its offsets.
func (db *DB) Validate() error {
	var errs ErrorList
	ids := map[string]bool{}
	for _, c := range db.Claims {
		pos := Pos{File: "claim " + c.ID}
		if c.ID == "" {
			errs.Add(pos, "claim has no id: %q", c.Text)
		}
		if ids[c.ID] {
			errs.Add(pos, "duplicate claim id")
		}
		ids[c.ID] = true
		for _, s := range c.Sources {
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
	return errs.Err()
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
	if db.Lexicon != nil {
		lines := db.Lexicon.Lines()
		if err := writeList("lexicon", len(lines), func(i int) any { return lines[i] }); err != nil {
			return err
		}
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// ErrUnknownVersion is returned for a database written by a newer
// factcheck, or not a claims database at all.
var ErrUnknownVersion = errors.New("unknown claims database version")

// Decode reads a database, checks its format and version, and validates it.
func Decode(data []byte) (*DB, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, errors.New("empty file")
	}
	var db DB
	if err := json.Unmarshal(trimmed, &db); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected end") {
			return nil, fmt.Errorf("file is truncated or corrupt (%v)", err)
		}
		return nil, fmt.Errorf("not a claims database: %v", err)
	}
	if db.Format != Format {
		return nil, fmt.Errorf("not a claims database: format is %q, want %q", db.Format, Format)
	}
	if db.Version != Version {
		return nil, fmt.Errorf("%w %d (this factcheck reads version %d; rebuild the database or update factcheck)", ErrUnknownVersion, db.Version, Version)
	}
	if err := db.Validate(); err != nil {
		return nil, fmt.Errorf("database is inconsistent: %w", err)
	}
	return &db, nil
}

// Load reads a database file.
func Load(path string) (*DB, error) {
	data, err := os.ReadFile(path)
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
// a database that fails Validate is never written.
func Save(path string, db *DB) error {
	if err := db.Validate(); err != nil {
		return fmt.Errorf("write claims db %s: refusing an inconsistent database: %w", path, err)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, db); err != nil {
		return fmt.Errorf("write claims db %s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write claims db %s: %w", path, err)
	}
	return nil
}
