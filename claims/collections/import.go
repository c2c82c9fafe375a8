package collections

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// The importers below read outside claim collections. They treat every
// file as hostile: IDs are made file-safe (claims.SafeID), only http and https
// URLs are kept (claims.SafeURL; others are dropped with a warning), and sizes
// are capped (claims/limits.go). ReadTSV and ReadClaimReview return the claims
// read and the problems met: warnings for what was changed or dropped,
// errors for claims that could not be read (the others are still
// returned); problems.Err() is nil when nothing was lost. ImportTSV and
// ImportClaimReview return the errors alone.

// ImportTSV is ReadTSV without the warnings: the error is nil unless a
// row could not be read.
func ImportTSV(name string, r io.Reader) ([]claims.Claim, error) {
	cs, problems := ReadTSV(name, r)
	return cs, problems.Err()
}

// ImportClaimReview is ReadClaimReview without the warnings: the error is
// nil unless a review could not be read.
func ImportClaimReview(name string, data []byte) ([]claims.Claim, error) {
	cs, problems := ReadClaimReview(name, data)
	return cs, problems.Err()
}

// ReadTSV reads a CheckThat!-style claim collection: a header row, then
// id<TAB>claim<TAB>title, with CSV quoting ("" for a quote inside a
// quoted field). Every row becomes an imported claim; a bad row is
// reported with its line and the rest still read.
func ReadTSV(name string, r io.Reader) ([]claims.Claim, claims.ErrorList) {
	var (
		out  []claims.Claim
		errs claims.ErrorList
		seen = map[string]int{}
	)
	data, err := claims.ReadLimited(r)
	if err != nil {
		errs.Add(claims.Pos{File: name, Line: 0}, "%v", err)
		return nil, errs
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	for row := 0; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		pos := claims.Pos{File: name, Line: line}
		if err != nil {
			errs.Add(pos, "read TSV: %v", err)
			if len(errs) > 20 {
				errs.Add(claims.Pos{File: name, Line: 0}, "too many bad rows; stopped reading")
				break
			}
			continue
		}
		if row == 0 {
			continue // header
		}
		if len(out) == claims.MaxClaims {
			errs.Add(pos, "more than %d claims (the limit for one collection); split the file", claims.MaxClaims)
			break
		}
		if len(rec) < 2 {
			errs.Add(pos, "want id<TAB>claim[<TAB>title], got %d field(s)", len(rec))
			continue
		}
		raw, text := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		title := ""
		if len(rec) > 2 {
			title = strings.TrimSpace(rec[2])
		}
		switch {
		case raw == "":
			errs.Add(pos, "empty claim id")
			continue
		case text == "":
			errs.Add(pos, "claim %s has no text", raw)
			continue
		case !fieldsFit(&errs, pos, "claim "+raw, "text", text, "title", title):
			continue
		}
		id := claims.SafeID(raw)
		if id != raw {
			errs.Warn(pos, "claim id %.80q is not file-safe; using %q", raw, id)
		}
		if prev, dup := seen[id]; dup {
			errs.Add(pos, "claim id %s already used on line %d", id, prev)
			continue
		}
		seen[id] = line
		out = append(out, claims.Claim{ID: id, Text: text, Kind: claims.KindImported, Title: title})
	}
	return out, errs
}

// fieldsFit reports whether every field (name, value pairs) is within
// claims.MaxTextBytes, adding an error for each that is not.
func fieldsFit(errs *claims.ErrorList, pos claims.Pos, what string, fields ...string) bool {
	ok := true
	for i := 0; i+1 < len(fields); i += 2 {
		if n := len(fields[i+1]); n > claims.MaxTextBytes {
			errs.Add(pos, "%s: %s", what, claims.TooBig("the "+fields[i], n, claims.MaxTextBytes, "bytes"))
			ok = false
		}
	}
	return ok
}

// ReadClaimReview reads schema.org ClaimReview JSON-LD: one object, an
// array of them, or an object with an @graph. It keeps claimReviewed, the
// rating (alternateName; else, or when the words are not ones
// claims.ClassifyRating knows, ratingValue/bestRating with worstRating, see
// claims.NumericRating), the reviewed claim's author and first appearance, the
// review's author, datePublished and url. The claim's ID is the review's
// @id (else its url, else the file's name and the review's place in it),
// made file-safe by claims.SafeID; a URL @id is kept as the claim's URL when the
// review has no url.
func ReadClaimReview(name string, data []byte) ([]claims.Claim, claims.ErrorList) {
	var errs claims.ErrorList
	if msg := claims.CheckFileSize(len(data)); msg != "" {
		errs.Add(claims.Pos{File: name, Line: 0}, "%s", msg)
		return nil, errs
	}
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		errs.Add(claims.Pos{File: name, Line: 0}, "not JSON: %v", err)
		return nil, errs
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
		errs.Add(claims.Pos{File: name, Line: 0}, "no object with \"@type\": \"ClaimReview\"")
		return nil, errs
	}
	if len(reviews) > claims.MaxClaims {
		errs.Add(claims.Pos{File: name, Line: 0}, "%d ClaimReviews, more than %d (the limit for one collection); split the file", len(reviews), claims.MaxClaims)
		return nil, errs
	}
	var (
		out  []claims.Claim
		seen = map[string]int{}
	)
	for i, r := range reviews {
		pos := claims.Pos{File: fmt.Sprintf("%s: ClaimReview #%d", name, i+1)}
		c, ok := claimOfReview(&errs, pos, r)
		if !ok {
			continue
		}
		raw := str(r["@id"])
		if raw == "" {
			raw = str(r["url"])
		}
		if raw == "" {
			raw = fmt.Sprintf("%s-%d", strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), i+1)
		}
		c.ID = claims.SafeID(raw)
		if _, isURL := claims.SafeURL(raw); isURL {
			if c.URL == "" {
				c.URL, _ = claims.SafeURL(raw)
			}
		} else if c.ID != raw {
			errs.Warn(pos, "claim id %.80q is not file-safe; using %q", raw, c.ID)
		}
		if prev, dup := seen[c.ID]; dup {
			errs.Add(pos, "claim id %s (from %.80q) already used by ClaimReview #%d", c.ID, raw, prev)
			continue
		}
		seen[c.ID] = i + 1
		out = append(out, c)
	}
	return out, errs
}

// claimOfReview reads one ClaimReview's fields (all but the ID). Every
// field it keeps is read through a fields reader, which rejects the
// review when one is over claims.MaxTextBytes, naming the field by its JSON path
// ("itemReviewed.datePublished").
func claimOfReview(errs *claims.ErrorList, pos claims.Pos, r map[string]any) (claims.Claim, bool) {
	f := fields{errs: errs, pos: pos}
	text := f.str(r, "claimReviewed")
	if text == "" {
		if !f.bad {
			errs.Add(pos, "no claimReviewed")
		}
		return claims.Claim{}, false
	}
	c := claims.Claim{Kind: claims.KindImported, Text: text, Reviewed: f.str(r, "datePublished"), Reviewer: f.name(r, "author")}
	c.URL = claims.SafeURLField(errs, pos, "url", str(r["url"]))
	if rating, ok := first(r["reviewRating"]).(map[string]any); ok {
		c.Rating = f.str(rating, "reviewRating.alternateName")
		value, best, worst := f.str(rating, "reviewRating.ratingValue"), f.str(rating, "reviewRating.bestRating"), f.str(rating, "reviewRating.worstRating")
		if value != "" && claims.ClassifyRating(c.Rating) == claims.RatedUnknown {
			num := claims.NumericRating(value, orDefault(best, "5"), worst)
			if c.Rating == "" {
				c.Rating = num
			} else {
				c.Rating += " (" + num + ")"
			}
		}
	}
	if item, ok := first(r["itemReviewed"]).(map[string]any); ok {
		src := claims.Source{Quote: text, Outlet: f.name(item, "itemReviewed.author"), Published: f.str(item, "itemReviewed.datePublished")}
		app, where := first(item["appearance"]), "itemReviewed.appearance"
		if app == nil {
			app, where = first(item["firstAppearance"]), "itemReviewed.firstAppearance"
		}
		switch a := app.(type) {
		case map[string]any:
			src.URL = claims.SafeURLField(errs, pos, "appearance url", str(a["url"]))
			if published := f.str(a, where+".datePublished"); src.Published == "" {
				src.Published = published
			}
		case string:
			src.URL = claims.SafeURLField(errs, pos, "appearance url", a)
		}
		c.Speaker = src.Outlet
		c.Sources = []claims.Source{src}
	}
	// The rating joins two fields: it too must fit.
	if f.bad || !fieldsFit(errs, pos, "claim", "rating", c.Rating) {
		return claims.Claim{}, false
	}
	return c, true
}

// fields reads the string fields of a ClaimReview, each named by its JSON
// path, and reports every one over claims.MaxTextBytes: bad is then set and the
// field reads as "".
type fields struct {
	errs *claims.ErrorList
	pos  claims.Pos
	bad  bool
}

// str reads the field at path's last element in m (str's rules).
func (f *fields) str(m map[string]any, path string) string {
	return f.fit(path, str(m[path[strings.LastIndexByte(path, '.')+1:]]))
}

// name reads the Person or Organization at path in m (name0's rules),
// naming its "name" in the error.
func (f *fields) name(m map[string]any, path string) string {
	v := m[path[strings.LastIndexByte(path, '.')+1:]]
	if _, isObject := first(v).(map[string]any); isObject {
		path += ".name"
	}
	return f.fit(path, name0(v))
}

func (f *fields) fit(path, s string) string {
	if n := len(s); n > claims.MaxTextBytes {
		f.errs.Add(f.pos, "%s", claims.TooBig(path, n, claims.MaxTextBytes, "bytes"))
		f.bad = true
		return ""
	}
	return s
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
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
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	}
	return ""
}
