package claims

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ImportTSV reads a CheckThat!-style claim collection: a header row, then
// id<TAB>claim<TAB>title, with CSV quoting ("" for a quote inside a
// quoted field). Every row becomes an imported claim; a bad row is
// reported with its line and the rest still read.
func ImportTSV(name string, r io.Reader) ([]Claim, error) {
	cr := csv.NewReader(r)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var (
		out  []Claim
		errs ErrorList
		seen = map[string]bool{}
	)
	for row := 0; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			errs.Add(Pos{name, line}, "read TSV: %v", err)
			if len(errs) > 20 {
				break
			}
			continue
		}
		if row == 0 {
			continue // header
		}
		if len(rec) < 2 {
			errs.Add(Pos{name, line}, "want id<TAB>claim[<TAB>title], got %d field(s)", len(rec))
			continue
		}
		id, text := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		switch {
		case id == "":
			errs.Add(Pos{name, line}, "empty claim id")
			continue
		case text == "":
			errs.Add(Pos{name, line}, "claim %s has no text", id)
			continue
		case seen[id]:
			errs.Add(Pos{name, line}, "claim id %s already used", id)
			continue
		}
		seen[id] = true
		c := Claim{ID: id, Text: text, Kind: KindImported}
		if len(rec) > 2 {
			c.Title = strings.TrimSpace(rec[2])
		}
		out = append(out, c)
	}
	return out, errs.Err()
}

// ImportClaimReview reads schema.org ClaimReview JSON-LD: one object, an
// array of them, or an object with an @graph. It keeps claimReviewed, the
// rating (alternateName, else ratingValue of bestRating), the reviewed
// claim's author and first appearance, the review's author, datePublished
// and url.
func ImportClaimReview(name string, data []byte) ([]Claim, error) {
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: not JSON: %w", name, err)
	}
	var reviews []map[string]any
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			if hasType(x, "ClaimReview") {
				reviews = append(reviews, x)
				return
			}
			if g, ok := x["@graph"]; ok {
				walk(g)
			}
		}
	}
	walk(root)
	if len(reviews) == 0 {
		return nil, fmt.Errorf("%s: no object with \"@type\": \"ClaimReview\"", name)
	}
	var (
		out  []Claim
		errs ErrorList
	)
	for i, r := range reviews {
		pos := Pos{File: fmt.Sprintf("%s: ClaimReview #%d", name, i+1)}
		text := str(r["claimReviewed"])
		if text == "" {
			errs.Add(pos, "no claimReviewed")
			continue
		}
		c := Claim{Kind: KindImported, Text: text, URL: str(r["url"]), Reviewed: str(r["datePublished"])}
		c.ID = str(r["@id"])
		if c.ID == "" {
			c.ID = c.URL
		}
		if c.ID == "" {
			c.ID = fmt.Sprintf("%s#%d", stem(name), i+1)
		}
		c.Reviewer = name0(r["author"])
		if rating, ok := first(r["reviewRating"]).(map[string]any); ok {
			c.Rating = str(rating["alternateName"])
			if c.Rating == "" && str(rating["ratingValue"]) != "" {
				c.Rating = str(rating["ratingValue"])
				if b := str(rating["bestRating"]); b != "" {
					c.Rating += "/" + b
				}
			}
		}
		if item, ok := first(r["itemReviewed"]).(map[string]any); ok {
			src := Source{Quote: text, Outlet: name0(item["author"]), Published: str(item["datePublished"])}
			app := first(item["appearance"])
			if app == nil {
				app = first(item["firstAppearance"])
			}
			switch a := app.(type) {
			case map[string]any:
				src.URL = str(a["url"])
				if src.Published == "" {
					src.Published = str(a["datePublished"])
				}
			case string:
				src.URL = a
			}
			c.Speaker = src.Outlet
			c.Sources = []Source{src}
		}
		out = append(out, c)
	}
	return out, errs.Err()
}

func hasType(m map[string]any, t string) bool {
	switch v := m["@type"].(type) {
	case string:
		return v == t || strings.HasSuffix(v, "/"+t)
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok && (s == t || strings.HasSuffix(s, "/"+t)) {
				return true
			}
		}
	}
	return false
}

func first(v any) any {
	if a, ok := v.([]any); ok {
		if len(a) == 0 {
			return nil
		}
		return a[0]
	}
	return v
}

func str(v any) string {
	switch x := first(v).(type) {
	case string:
		return strings.TrimSpace(x)
	case float64:
		return fmt.Sprint(x)
	case map[string]any:
		if s := str(x["@value"]); s != "" {
			return s
		}
		return str(x["url"])
	}
	return ""
}

// name0 reads a schema.org Person or Organization (or a plain string).
func name0(v any) string {
	switch x := first(v).(type) {
	case string:
		return x
	case map[string]any:
		return str(x["name"])
	}
	return ""
}

// ImportFile imports a claim collection, choosing the reader by extension:
// .tsv for CheckThat!-style TSV, .json or .jsonld for ClaimReview.
func ImportFile(path string) ([]Claim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("import claims %s: %w", path, err)
	}
	defer f.Close()
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tsv":
		return ImportTSV(path, f)
	case ".json", ".jsonld":
		data, err := io.ReadAll(f)
		if err != nil {
			return nil, fmt.Errorf("import claims %s: %w", path, err)
		}
		return ImportClaimReview(path, data)
	}
	return nil, fmt.Errorf("import claims %s: unknown format (want .tsv, .json or .jsonld)", path)
}

// FromClaims makes a database of imported claims alone.
func FromClaims(name string, cs []Claim) *DB {
	return &DB{Format: Format, Version: Version, Name: name, Articles: []*Article{}, Claims: cs}
}
