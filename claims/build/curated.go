package build

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Curated is an atomic claim written by hand from the articles, for a
// sentence that holds several facts or a fact spread over sentences. Each
// quote must stand verbatim in its article.
//
// The curated file is JSON Lines: one object a line; blank lines and lines
// starting with # are ignored:
//
//	{"id": "no-extradition-treaty", "claim": "Russia has no extradition treaty with the United States",
//	 "sources": [{"article": "000_e5b01c607c127f20", "quote": "Russia does not have an extradition treaty with the U.S."}]}
//
// Optional fields: "speaker", "date" (YYYY[-MM[-DD]]), and per source
// "occurrence" (1-based, when the quote stands more than once).
type Curated struct {
	ID      string          `json:"id"`
	Claim   string          `json:"claim"`
	Speaker string          `json:"speaker,omitempty"`
	Date    string          `json:"date,omitempty"`
	Sources []CuratedSource `json:"sources"`

	pos claims.Pos
}

// CuratedSource names an article and the verbatim quote in it.
type CuratedSource struct {
	Article    string `json:"article"`
	Quote      string `json:"quote"`
	Occurrence int    `json:"occurrence,omitempty"`
}

// ParseCurated reads a curated-claims file.
func ParseCurated(name string, data []byte) ([]Curated, error) {
	var (
		out  []Curated
		errs claims.ErrorList
		seen = map[string]int{}
	)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		pos := claims.Pos{File: name, Line: line}
		var c Curated
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			errs.Add(pos, "curated claim: %v", err)
			continue
		}
		c.pos = pos
		switch {
		case !claims.ValidID(c.ID):
			errs.Add(pos, "curated claim id %q must be letters, digits, '.', '_' or '-' (at most %d bytes, no \"..\")", c.ID, claims.MaxIDBytes)
		case strings.TrimSpace(c.Claim) == "":
			errs.Add(pos, "curated claim %s has no claim text", c.ID)
		case len(c.Sources) == 0:
			errs.Add(pos, "curated claim %s has no sources", c.ID)
		case c.Date != "" && !claims.ValidDate(c.Date):
			errs.Add(pos, "curated claim %s: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", c.ID, c.Date)
		}
		if prev, dup := seen[c.ID]; dup {
			errs.Add(pos, "curated claim id %q already used on line %d", c.ID, prev)
		}
		seen[c.ID] = line
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		errs.Add(claims.Pos{File: name, Line: 0}, "read: %v", err)
	}
	return out, errs.Err()
}

// LoadCurated reads a curated-claims file from disk.
func LoadCurated(path string) ([]Curated, error) {
	data, err := claims.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read curated claims %s: %w", path, err)
	}
	return ParseCurated(path, data)
}
