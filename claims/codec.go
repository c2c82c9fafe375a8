package claims

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The database's JSON, read without reflection. encoding/json reads a
// database by reflection, after a first pass that validates the whole
// input; under WebAssembly that is most of the time between a page
// receiving the seed database and its first check. decodeJSON reads, in
// one pass, the JSON that Encode writes (and any JSON as strict): the
// keys of DB, Article, Claim, Source and Lexical exactly as their tags
// spell them, each at most once per object, strings, whole numbers,
// arrays and objects, never null. Anything else, valid or not (another
// key, a key in another case, a repeated key, null, a fraction, an
// escape that is not a whole character, bytes that are not UTF-8),
// makes it give up, and Decode leaves the input to encoding/json, whose
// answer (a database, or the error) is then the one returned: what
// decodeJSON returns is always what json.Unmarshal would
// (FuzzDecodeJSONIsUnmarshal).
func decodeJSON(data []byte) (*DB, bool) {
	// One copy of the input, of which every string read without an
	// escape is a part: no allocation for each.
	r := jsonReader{b: string(data)}
	var db DB
	r.object(func(key string) bool {
		switch key {
		case "format":
			db.Format = r.str()
		case "version":
			db.Version = r.int()
		case "name":
			db.Name = r.str()
		case "examples":
			db.Examples = r.strs()
		case "articles":
			db.Articles = []*Article{}
			r.array(func() {
				a := &Article{}
				r.article(a)
				db.Articles = append(db.Articles, a)
			})
		case "claims":
			db.Claims = []Claim{}
			r.array(func() {
				db.Claims = append(db.Claims, Claim{})
				r.claim(&db.Claims[len(db.Claims)-1])
			})
		case "lexical":
			db.Lexical = &Lexical{}
			r.lexical(db.Lexical)
		default:
			return false
		}
		return true
	})
	r.space()
	if r.bad || r.i != len(r.b) {
		return nil, false
	}
	return &db, true
}

func (r *jsonReader) article(a *Article) {
	r.object(func(key string) bool {
		switch key {
		case "id":
			a.ID = r.str()
		case "outlet":
			a.Outlet = r.str()
		case "headline":
			a.Headline = r.str()
		case "byline":
			a.Byline = r.str()
		case "published":
			a.Published = r.str()
		case "url":
			a.URL = r.str()
		case "inferred":
			a.Inferred = r.strs()
		case "note":
			a.Note = r.str()
		case "lang":
			a.Lang = r.str()
		case "text":
			a.Text = r.str()
		default:
			return false
		}
		return true
	})
}

func (r *jsonReader) claim(c *Claim) {
	r.object(func(key string) bool {
		switch key {
		case "id":
			c.ID = r.str()
		case "text":
			c.Text = r.str()
		case "kind":
			c.Kind = r.str()
		case "sources":
			c.Sources = []Source{}
			r.array(func() {
				c.Sources = append(c.Sources, Source{})
				r.source(&c.Sources[len(c.Sources)-1])
			})
		case "speaker":
			c.Speaker = r.str()
		case "date":
			c.Date = r.str()
		case "entities":
			c.Entities = r.strs()
		case "numbers":
			c.Numbers = r.strs()
		case "dates":
			c.Dates = r.strs()
		case "title":
			c.Title = r.str()
		case "rating":
			c.Rating = r.str()
		case "url":
			c.URL = r.str()
		case "reviewer":
			c.Reviewer = r.str()
		case "reviewed":
			c.Reviewed = r.str()
		default:
			return false
		}
		return true
	})
}

func (r *jsonReader) source(s *Source) {
	r.object(func(key string) bool {
		switch key {
		case "article":
			s.Article = r.str()
		case "start":
			s.Start = r.int()
		case "end":
			s.End = r.int()
		case "quote":
			s.Quote = r.str()
		case "outlet":
			s.Outlet = r.str()
		case "published":
			s.Published = r.str()
		case "url":
			s.URL = r.str()
		default:
			return false
		}
		return true
	})
}

func (r *jsonReader) lexical(l *Lexical) {
	r.object(func(key string) bool {
		switch key {
		case "synonyms":
			l.Synonyms = r.lists()
		case "paraphrases":
			l.Paraphrases = r.lists()
		case "opposites":
			l.Opposites = r.lists()
		default:
			return false
		}
		return true
	})
}

// lists reads an object of arrays of strings. A key given twice keeps its
// last value, as encoding/json does in a map.
func (r *jsonReader) lists() map[string][]string {
	m := map[string][]string{}
	r.members(func(key string) bool {
		m[key] = r.strs()
		return true
	})
	return m
}

// jsonReader reads JSON from b at i; bad says it gave up.
type jsonReader struct {
	b   string
	i   int
	bad bool
}

func (r *jsonReader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// next skips white space and takes byte c, or gives up.
func (r *jsonReader) next(c byte) {
	r.space()
	if r.bad || r.i >= len(r.b) || r.b[r.i] != c {
		r.bad = true
		return
	}
	r.i++
}

// peek skips white space and reports whether byte c is next.
func (r *jsonReader) peek(c byte) bool {
	r.space()
	return !r.bad && r.i < len(r.b) && r.b[r.i] == c
}

// object reads an object whose keys field reads (it reports false for a
// key it does not know): a key given twice gives up, since encoding/json
// would merge the two values into one field.
func (r *jsonReader) object(field func(key string) bool) {
	var buf [16]string // the keys seen: a struct has fewer fields
	seen := buf[:0]
	r.members(func(key string) bool {
		for _, k := range seen {
			if k == key {
				return false
			}
		}
		seen = append(seen, key)
		return field(key)
	})
}

// members reads an object, handing each key to member, which reads its
// value (or reports false: give up).
func (r *jsonReader) members(member func(key string) bool) {
	r.next('{')
	if r.peek('}') {
		r.i++
		return
	}
	for !r.bad {
		key := r.str()
		r.next(':')
		if r.bad || !member(key) {
			r.bad = true
			return
		}
		if r.peek(',') {
			r.i++
			continue
		}
		r.next('}')
		return
	}
}

// array reads an array, each element by elem.
func (r *jsonReader) array(elem func()) {
	r.next('[')
	if r.peek(']') {
		r.i++
		return
	}
	for !r.bad {
		elem()
		if r.peek(',') {
			r.i++
			continue
		}
		r.next(']')
		return
	}
}

// strs reads an array of strings: [] is an empty list, not none.
func (r *jsonReader) strs() []string {
	out := []string{}
	r.array(func() { out = append(out, r.str()) })
	return out
}

// int reads a whole number, as encoding/json reads one into an int.
func (r *jsonReader) int() int {
	r.space()
	start := r.i
	if r.i < len(r.b) && r.b[r.i] == '-' {
		r.i++
	}
	digits := r.i
	for r.i < len(r.b) && r.b[r.i] >= '0' && r.b[r.i] <= '9' {
		r.i++
	}
	// One digit at least; no leading zero (not JSON); no fraction or
	// exponent after it (not an int).
	if n := r.i - digits; n == 0 || n > 1 && r.b[digits] == '0' ||
		r.i < len(r.b) && (r.b[r.i] == '.' || r.b[r.i] == 'e' || r.b[r.i] == 'E') {
		r.bad = true
		return 0
	}
	v, err := strconv.ParseInt(r.b[start:r.i], 10, strconv.IntSize)
	if err != nil {
		r.bad = true
		return 0
	}
	return int(v)
}

// str reads a string. Escapes are read as encoding/json reads them, but
// for a \u escape of half a surrogate pair without its other half (which
// it would replace with U+FFFD): that gives up, as do control characters
// (not JSON) and bytes that are not UTF-8.
func (r *jsonReader) str() string {
	r.next('"')
	if r.bad {
		return ""
	}
	start := r.i
	ascii := true
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			s := r.b[start:r.i]
			r.i++
			if !ascii && !utf8.ValidString(s) {
				r.bad = true
				return ""
			}
			return s
		case c == '\\':
			return r.escaped(start)
		case c < 0x20:
			r.bad = true
			return ""
		case c >= utf8.RuneSelf:
			ascii = false
		}
		r.i++
	}
	r.bad = true
	return ""
}

// escaped reads the rest of a string from r.i, a backslash; the string
// started at start.
func (r *jsonReader) escaped(start int) string {
	out := append([]byte(nil), r.b[start:r.i]...)
	if !utf8.ValidString(r.b[start:r.i]) {
		r.bad = true
		return ""
	}
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			r.i++
			return string(out)
		case c < 0x20:
			r.bad = true
			return ""
		case c != '\\':
			// A run of plain bytes, checked as UTF-8 as a whole.
			j := r.i
			for j < len(r.b) && r.b[j] != '"' && r.b[j] != '\\' && r.b[j] >= 0x20 {
				j++
			}
			if !utf8.ValidString(r.b[r.i:j]) {
				r.bad = true
				return ""
			}
			out = append(out, r.b[r.i:j]...)
			r.i = j
			continue
		}
		if r.i+1 >= len(r.b) {
			break
		}
		e := r.b[r.i+1]
		r.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			c := r.hex4()
			if utf16.IsSurrogate(c) {
				// Only a high half followed by a low one is a character.
				if c >= 0xdc00 || r.i+1 >= len(r.b) || r.b[r.i] != '\\' || r.b[r.i+1] != 'u' {
					r.bad = true
					return ""
				}
				r.i += 2
				c = utf16.DecodeRune(c, r.hex4())
				if c == utf8.RuneError {
					r.bad = true
					return ""
				}
			}
			out = utf8.AppendRune(out, c)
		default:
			r.bad = true
			return ""
		}
		if r.bad {
			return ""
		}
	}
	r.bad = true
	return ""
}

// hex4 reads the four hex digits of a \u escape.
func (r *jsonReader) hex4() rune {
	if r.i+4 > len(r.b) {
		r.bad = true
		return 0
	}
	var c rune
	for _, h := range []byte(r.b[r.i : r.i+4]) {
		switch {
		case h >= '0' && h <= '9':
			h -= '0'
		case h >= 'a' && h <= 'f':
			h -= 'a' - 10
		case h >= 'A' && h <= 'F':
			h -= 'A' - 10
		default:
			r.bad = true
			return 0
		}
		c = c<<4 | rune(h)
	}
	r.i += 4
	return c
}
