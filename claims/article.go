package claims

import (
	"embed"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// Article is one source text with what we know of where it comes from.
type Article struct {
	ID        string   `json:"id"`                  // stable: the file's stem unless front matter sets it
	Outlet    string   `json:"outlet,omitempty"`    // who published it, when the text says so
	Headline  string   `json:"headline,omitempty"`  // as published, or a description when Inferred says so
	Byline    string   `json:"byline,omitempty"`    // the author(s), as the page names them
	Published string   `json:"published,omitempty"` // YYYY-MM or YYYY-MM-DD
	URL       string   `json:"url,omitempty"`       // only when known; never invented
	Inferred  []string `json:"inferred,omitempty"`  // which of outlet, headline, published were inferred
	Note      string   `json:"note,omitempty"`      // how the inferred fields were worked out
	Lang      string   `json:"lang,omitempty"`      // ISO 639-1 code of the text's language, when known
	Text      string   `json:"text"`                // the body; every offset points into it

	// Examples are statements the newsroom names for readers to try
	// (front matter "examples"); the builder gathers them into DB.Examples.
	Examples []string `json:"-"`

	// Extraction says how a page's text was chosen and how much of the
	// page it kept, for `factcheck build -v` ("" for text files).
	Extraction string `json:"-"`
	// LeftOut are the lines of a page left out of Text as furniture,
	// each as `(reason): "line"`, for `factcheck build -v`.
	LeftOut []string `json:"-"`

	path     string // file it was read from
	bodyLine int    // line of the file where Text begins (1-based); 0 when Text was extracted from markup
}

// Path is the file the article was read from ("" when built in memory).
func (a *Article) Path() string { return a.path }

// SetPath records the file the article was read from, for messages.
func (a *Article) SetPath(path string) { a.path = path }

// BodyLine is the file line where Text begins (0 when Text was extracted
// from markup); SetBodyLine restores it (a build's cache keeps it).
func (a *Article) BodyLine() int        { return a.bodyLine }
func (a *Article) SetBodyLine(line int) { a.bodyLine = line }

// LineOf returns the file line of a byte offset in Text, or 0 when the
// text was extracted from markup (an HTML page, a feed), whose lines are
// not the text's.
func (a *Article) LineOf(offset int) int {
	if a.bodyLine == 0 {
		return 0
	}
	offset = max(0, min(offset, len(a.Text)))
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

var publishedRE = lazyre.New(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// ValidDate reports whether s is a date as an article's front matter and
// a curated claim give it: YYYY, YYYY-MM or YYYY-MM-DD.
func ValidDate(s string) bool { return publishedRE.MatchString(s) }

// frontMatterFields are the keys an article's front matter may set.
var frontMatterFields = map[string]bool{"id": true, "outlet": true, "headline": true, "byline": true, "published": true, "url": true, "inferred": true, "note": true, "examples": true, "lang": true}

const frontMatterList = "id, outlet, headline, byline, published, url, inferred, note, examples, lang"

// staticSiteKeys maps the front matter keys of static site generators to
// what this package reads them as (data/front-matter-keys.txt): a field,
// "draft" or "ignored".
var staticSiteKeys = sync.OnceValue(func() map[string]string { return wordlist.Map(frontMatterKeys, "data/front-matter-keys.txt") })

//go:embed data/front-matter-keys.txt
var frontMatterKeys embed.FS

// timestampRE is a date with a time after it ("2019-11-19T10:00:00Z",
// "2019-11-19 10:00:00 +0000"): its date is the day published.
var timestampRE = lazyre.New(`^(\d{4}-\d{2}-\d{2})[T ]\d`)

// ParseArticle reads an article: plain text, or Markdown whose optional
// front matter (between two "---" lines) sets id, outlet, headline,
// byline, published (YYYY-MM or YYYY-MM-DD), url (http or https only),
// inferred (a comma-separated list of the fields that were inferred),
// note, and examples (statements for readers to try: one a line, each
// on an indented "- " line under "examples:", or several on the
// "examples:" line separated by " | "). The body is kept byte for byte.
// Problems carry the file name and line; an unsafe url is left out with a
// warning, a file name that is no valid ID gives a derived one (SafeID)
// with a warning.
func ParseArticle(name string, data []byte) (*Article, ErrorList) {
	var errs ErrorList
	s := string(data)
	s = strings.TrimPrefix(s, "\ufeff")
	a := &Article{path: name, bodyLine: 1}
	// YAML front matter between "---" lines, or TOML between "+++" lines
	// (Hugo's), "key = value".
	fence, sep := "", ":"
	switch {
	case strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n"):
		fence = "---"
	case strings.HasPrefix(s, "+++\n") || strings.HasPrefix(s, "+++\r\n"):
		fence, sep = "+++", "="
	}
	if fence != "" {
		rest := s[strings.Index(s, "\n")+1:]
		end := -1
		line := 2
		list := ""        // the key whose "- item" lines follow
		skipping := false // inside an ignored key's indented lines, or a TOML table
		draft := false
		var authors []string
		for offset := 0; offset < len(rest); line++ {
			raw, _, _ := strings.Cut(rest[offset:], "\n")
			offset += len(raw) + 1
			l := strings.TrimRight(raw, "\r")
			if l == fence {
				end = offset
				break
			}
			trimmed := strings.TrimSpace(l)
			if trimmed == "" || strings.HasPrefix(trimmed, "#") {
				continue
			}
			pos := Pos{name, line}
			indented := l[0] == ' ' || l[0] == '\t'
			if skipping && (indented || fence == "+++" || strings.HasPrefix(trimmed, "- ")) {
				continue
			}
			skipping = false
			if item, ok := strings.CutPrefix(trimmed, "- "); ok && list != "" {
				if list == "byline" {
					authors = append(authors, unquote(strings.TrimSpace(item)))
				} else {
					a.set(list, unquote(strings.TrimSpace(item)), pos, &errs)
				}
				continue
			}
			list = ""
			if fence == "+++" && strings.HasPrefix(trimmed, "[") { // a TOML table: [params]
				skipping = true
				continue
			}
			k, v, ok := strings.Cut(l, sep)
			k = strings.TrimSpace(strings.ToLower(k))
			v = unquote(strings.TrimSpace(v))
			if as, alias := staticSiteKeys()[k]; alias && !frontMatterFields[k] || k == "published" && (v == "true" || v == "false") {
				switch {
				case k == "published": // Jekyll's: whether it is published
					draft = draft || v == "false"
					continue
				case as == "ignored":
					skipping = true
					continue
				case as == "draft":
					draft = draft || v == "true"
					continue
				case as == "byline" && strings.HasPrefix(v, "["): // authors: ["A", "B"]
					for _, n := range strings.Split(strings.Trim(v, "[]"), ",") {
						if n = unquote(strings.TrimSpace(n)); n != "" {
							authors = append(authors, n)
						}
					}
					continue
				case as == "published":
					if m := timestampRE.FindStringSubmatch(v); m != nil {
						v = m[1]
					}
				}
				k = as
			}
			switch {
			case !ok:
				errs.Add(pos, "front matter line is not key%s value: %q", map[string]string{":": ":", "=": " ="}[sep], l)
			case !frontMatterFields[k]:
				errs.Add(pos, "unknown front matter field %q (want one of %s, or a static site generator's: see data/front-matter-keys.txt)", k, frontMatterList)
			case len(v) > MaxTextBytes:
				errs.Add(pos, "%s", TooBig("front matter field "+k, len(v), MaxTextBytes, "bytes"))
			case (k == "examples" || k == "byline") && v == "":
				list = k
			default:
				a.set(k, v, pos, &errs)
			}
		}
		if end < 0 {
			errs.Add(Pos{name, 1}, "front matter opened with %s is never closed", fence)
			return a, errs
		}
		if len(authors) > 0 && a.Byline == "" {
			a.Byline = strings.Join(authors, ", ")
		}
		if draft {
			errs.Warn(Pos{name, 1}, "a draft (draft: true, or published: false): left out")
			return nil, errs
		}
		a.bodyLine = line + 1
		s = rest[min(end, len(rest)):]
	}
	a.Text = ValidText(s)
	if a.Text != s {
		errs.Warn(Pos{name, a.bodyLine}, "the text is not valid UTF-8; each invalid byte sequence is replaced by U+FFFD")
	}
	switch {
	case strings.TrimSpace(a.Text) == "":
		errs.Add(Pos{name, a.bodyLine}, "article has no text")
	case CheckArticleText(a.Text) != "":
		errs.Add(Pos{name, a.bodyLine}, "%s", CheckArticleText(a.Text))
		a.Text = ""
	}
	a.ID = articleID(a.ID, name, &errs)
	return a, errs
}

// articleID returns the article's ID: the one its metadata sets, which
// must be valid, else the file name's stem, made valid when it is not.
func articleID(set, name string, errs *ErrorList) string {
	if set != "" {
		if !ValidID(set) {
			errs.Add(Pos{name, 0}, "article id %q must be letters, digits, '.', '_' or '-' (at most %d bytes, no \"..\")", set, MaxIDBytes)
		}
		return set
	}
	id := SafeID(stem(name))
	if id != stem(name) {
		errs.Warn(Pos{name, 0}, "file name %q is not a valid article id; using %q (set id in the front matter to choose one)", stem(name), id)
	}
	return id
}

func (a *Article) set(k, v string, pos Pos, errs *ErrorList) {
	switch k {
	case "id":
		a.ID = v
	case "outlet":
		a.Outlet = v
	case "headline":
		a.Headline = v
	case "byline":
		a.Byline = v
	case "published":
		if !publishedRE.MatchString(v) {
			errs.Add(pos, "published %q is not YYYY, YYYY-MM or YYYY-MM-DD", v)
		}
		a.Published = v
	case "url":
		a.URL = SafeURLField(errs, pos, "url", v)
	case "note":
		a.Note = v
	case "lang":
		a.Lang = strings.ToLower(v)
	case "examples":
		for _, e := range strings.Split(v, " | ") {
			if e = strings.TrimSpace(e); e != "" {
				a.Examples = append(a.Examples, e)
			}
		}
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

// ValidText returns s with every invalid UTF-8 sequence replaced by
// U+FFFD. An article's text must be valid UTF-8: the database is JSON,
// which would replace them itself and move every offset after them.
func ValidText(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

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

// TextExts are the extensions of the article files ParseArticle reads:
// plain text, and Markdown with front matter. (importers.Kinds, the one
// table of the files factcheck reads, names them as its text articles.)
var TextExts = []string{".txt", ".md", ".markdown"}

// LoadArticles reads every text and Markdown article of dir (TextExts),
// sorted by name; other files are left alone. Problems in one file do not
// stop the others from being read; they are returned with file and line,
// warnings among them (problems.Err() is the failure, if any). The
// factcheck command reads saved pages too: see importers.LoadArticles.
func LoadArticles(dir string) ([]*Article, ErrorList) {
	var errs ErrorList
	entries, err := os.ReadDir(dir)
	if err != nil {
		errs.Add(Pos{dir, 0}, "read articles folder: %v", err)
		return nil, errs
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && slices.Contains(TextExts, strings.ToLower(filepath.Ext(e.Name()))) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		errs.Add(Pos{dir, 0}, "read articles folder: no %s files", strings.Join(TextExts, ", "))
		return nil, errs
	}
	if len(names) > articleLimit {
		errs.Add(Pos{dir, 0}, "read articles folder: %s", TooBig("the number of articles", len(names), articleLimit, "files"))
		return nil, errs
	}
	var (
		out  []*Article
		seen = map[string]string{}
	)
	for _, n := range names {
		p := filepath.Join(dir, n)
		data, err := ReadFile(p)
		if err != nil {
			errs.Add(Pos{p, 0}, "read: %v", err)
			continue
		}
		a, perrs := ParseArticle(p, data)
		errs = append(errs, perrs...)
		if a == nil {
			continue
		}
		a.path = p
		if prev, dup := seen[strings.ToLower(a.ID)]; dup {
			errs.Add(Pos{p, 0}, "article id %q already used by %s (IDs are compared ignoring case: they name files)", a.ID, prev)
			continue
		}
		seen[strings.ToLower(a.ID)] = p
		out = append(out, a)
	}
	errs.Sort()
	return out, errs
}
