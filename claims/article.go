package claims

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Article is one source text with what we know of where it comes from.
type Article struct {
	ID        string   `json:"id"`                  // stable: the file's stem unless front matter sets it
	Outlet    string   `json:"outlet,omitempty"`    // who published it, when the text says so
	Headline  string   `json:"headline,omitempty"`  // as published, or a description when Inferred says so
	Published string   `json:"published,omitempty"` // YYYY-MM or YYYY-MM-DD
	URL       string   `json:"url,omitempty"`       // only when known; never invented
	Inferred  []string `json:"inferred,omitempty"`  // which of outlet, headline, published were inferred
	Note      string   `json:"note,omitempty"`      // how the inferred fields were worked out
	Text      string   `json:"text"`                // the body; every offset points into it

	path     string // file it was read from
	bodyLine int    // line of the file where Text begins (1-based)
}

// Path is the file the article was read from ("" when built in memory).
func (a *Article) Path() string { return a.path }

// LineOf returns the file line of a byte offset in Text.
func (a *Article) LineOf(offset int) int {
	if offset > len(a.Text) {
		offset = len(a.Text)
	}
	return a.bodyLine + strings.Count(a.Text[:offset], "\n")
}

// IsInferred reports whether a metadata field was inferred.
func (a *Article) IsInferred(field string) bool {
	for _, f := range a.Inferred {
		if f == field {
			return true
		}
	}
	return false
}

var (
	publishedRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	idRE        = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
)

// frontMatterFields are the keys an article's front matter may set.
var frontMatterFields = map[string]bool{"id": true, "outlet": true, "headline": true, "published": true, "url": true, "inferred": true, "note": true}

// ParseArticle reads an article: plain text, or Markdown whose optional
// front matter (between two "---" lines) sets id, outlet, headline,
// published (YYYY-MM or YYYY-MM-DD), url, inferred (a comma-separated
// list of the fields that were inferred) and note. The body is kept byte
// for byte. Problems carry the file name and line.
func ParseArticle(name string, data []byte) (*Article, ErrorList) {
	var errs ErrorList
	s := string(data)
	s = strings.TrimPrefix(s, "\ufeff")
	a := &Article{ID: stem(name), path: name, bodyLine: 1}
	if strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n") {
		rest := s[strings.Index(s, "\n")+1:]
		end := -1
		line := 2
		sc := bufio.NewScanner(strings.NewReader(rest))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		offset := 0
		for sc.Scan() {
			raw := sc.Text()
			offset += len(raw) + 1
			l := strings.TrimRight(raw, "\r")
			if l == "---" {
				end = offset
				break
			}
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(strings.TrimSpace(l), "#") {
				k, v, ok := strings.Cut(l, ":")
				k = strings.TrimSpace(strings.ToLower(k))
				v = unquote(strings.TrimSpace(v))
				switch {
				case !ok:
					errs.Add(Pos{name, line}, "front matter line is not key: value: %q", l)
				case !frontMatterFields[k]:
					errs.Add(Pos{name, line}, "unknown front matter field %q (want one of id, outlet, headline, published, url, inferred, note)", k)
				default:
					a.set(k, v, Pos{name, line}, &errs)
				}
			}
			line++
		}
		if end < 0 {
			errs.Add(Pos{name, 1}, "front matter opened with --- is never closed")
			return a, errs
		}
		a.bodyLine = line + 1
		s = rest[min(end, len(rest)):]
	}
	a.Text = s
	if strings.TrimSpace(a.Text) == "" {
		errs.Add(Pos{name, a.bodyLine}, "article has no text")
	}
	if !idRE.MatchString(a.ID) {
		errs.Add(Pos{name, 0}, "article id %q must be letters, digits, '.', '_' or '-'", a.ID)
	}
	return a, errs
}

func (a *Article) set(k, v string, pos Pos, errs *ErrorList) {
	switch k {
	case "id":
		a.ID = v
	case "outlet":
		a.Outlet = v
	case "headline":
		a.Headline = v
	case "published":
		if !publishedRE.MatchString(v) {
			errs.Add(pos, "published %q is not YYYY, YYYY-MM or YYYY-MM-DD", v)
		}
		a.Published = v
	case "url":
		a.URL = v
	case "note":
		a.Note = v
	case "inferred":
		for _, f := range strings.Split(v, ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			if f != "outlet" && f != "headline" && f != "published" {
				errs.Add(pos, "inferred lists %q; only outlet, headline and published can be inferred", f)
			}
			a.Inferred = append(a.Inferred, f)
		}
	}
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

func stem(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// LoadArticles reads every .txt, .md and .markdown file in dir, sorted by
// name. Problems in one file do not stop the others from being read.
func LoadArticles(dir string) ([]*Article, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read articles folder %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && (ext == ".txt" || ext == ".md" || ext == ".markdown") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("read articles folder %s: no .txt or .md files", dir)
	}
	var (
		out  []*Article
		errs ErrorList
		seen = map[string]string{}
	)
	for _, n := range names {
		p := filepath.Join(dir, n)
		data, err := os.ReadFile(p)
		if err != nil {
			errs.Add(Pos{p, 0}, "read: %v", err)
			continue
		}
		a, perrs := ParseArticle(p, data)
		errs = append(errs, perrs...)
		if prev, dup := seen[a.ID]; dup {
			errs.Add(Pos{p, 0}, "article id %q already used by %s", a.ID, prev)
			continue
		}
		seen[a.ID] = p
		out = append(out, a)
	}
	return out, errs.Err()
}
