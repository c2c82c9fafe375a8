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
// key, a key in another case, a repeated key, null, a fraction), makes it
// give up, and Decode leaves the input to encoding/json, whose answer (a
// database, or the error) is then the one returned: what decodeJSON
// returns is always what json.Unmarshal would
// (FuzzDecodeJSONIsUnmarshal).
func decodeJSON(data []byte) (*DB, bool) {
	// One copy of the input, of which every string read without an
	// escape is a part: no allocation for each.
	r := jsonReader{b: string(data)}
	var db DB
	r.object([]field{
		{key: "format", str: &db.Format},
		{key: "version", num: &db.Version},
		{key: "name", str: &db.Name},
		{key: "examples", strs: &db.Examples},
		{key: "articles", read: func() {
			db.Articles = []*Article{}
			for more := r.open('['); more; more = r.next(']') {
				a := &Article{}
				r.article(a)
				db.Articles = append(db.Articles, a)
			}
		}},
		{key: "claims", read: func() {
			db.Claims = []Claim{}
			for more := r.open('['); more; more = r.next(']') {
				db.Claims = append(db.Claims, Claim{})
				r.claim(&db.Claims[len(db.Claims)-1])
			}
		}},
		{key: "lexical", read: func() {
			l := &Lexical{}
			r.object([]field{
				{key: "synonyms", lists: &l.Synonyms},
				{key: "paraphrases", lists: &l.Paraphrases},
				{key: "opposites", lists: &l.Opposites},
			})
			db.Lexical = l
		}},
	})
	r.space()
	if r.bad || r.i != len(r.b) {
		return nil, false
	}
	return &db, true
}

func (r *jsonReader) article(a *Article) {
	r.object([]field{
		{key: "id", str: &a.ID},
		{key: "outlet", str: &a.Outlet},
		{key: "headline", str: &a.Headline},
		{key: "byline", str: &a.Byline},
		{key: "published", str: &a.Published},
		{key: "url", str: &a.URL},
		{key: "inferred", strs: &a.Inferred},
		{key: "note", str: &a.Note},
		{key: "lang", str: &a.Lang},
		{key: "text", str: &a.Text},
	})
}

func (r *jsonReader) claim(c *Claim) {
	r.object([]field{
		{key: "id", str: &c.ID},
		{key: "text", str: &c.Text},
		{key: "kind", str: &c.Kind},
		{key: "sources", read: func() {
			c.Sources = []Source{}
			for more := r.open('['); more; more = r.next(']') {
				c.Sources = append(c.Sources, Source{})
				r.source(&c.Sources[len(c.Sources)-1])
			}
		}},
		{key: "speaker", str: &c.Speaker},
		{key: "date", str: &c.Date},
		{key: "entities", strs: &c.Entities},
		{key: "numbers", strs: &c.Numbers},
		{key: "dates", strs: &c.Dates},
		{key: "title", str: &c.Title},
		{key: "rating", str: &c.Rating},
		{key: "url", str: &c.URL},
		{key: "reviewer", str: &c.Reviewer},
		{key: "reviewed", str: &c.Reviewed},
	})
}

func (r *jsonReader) source(s *Source) {
	r.object([]field{
		{key: "article", str: &s.Article},
		{key: "start", num: &s.Start},
		{key: "end", num: &s.End},
		{key: "quote", str: &s.Quote},
		{key: "outlet", str: &s.Outlet},
		{key: "published", str: &s.Published},
		{key: "url", str: &s.URL},
	})
}

// field is a field of a struct of the database: its key, as its tag
// spells it, and where its value goes (a string, a list of strings, a
// whole number or lists by key), or what reads a value of another shape.
type field struct {
	key   string
	str   *string
	strs  *[]string
	num   *int
	lists *map[string][]string
	read  func()
}

// object reads an object of the fields given: another key gives up, and
// so does a key given twice, since encoding/json would merge both values
// into one field.
func (r *jsonReader) object(fields []field) {
	var seen uint64
	for more := r.open('{'); more; more = r.next('}') {
		key := r.str()
		r.take(':')
		i := 0
		for i < len(fields) && fields[i].key != key {
			i++
		}
		if r.bad || i == len(fields) || seen&(1<<i) != 0 {
			r.bad = true
			return
		}
		seen |= 1 << i
		switch f := &fields[i]; {
		case f.str != nil:
			*f.str = r.str()
		case f.strs != nil:
			*f.strs = r.strs()
		case f.num != nil:
			*f.num = r.int()
		case f.lists != nil:
			*f.lists = r.lists()
		default:
			f.read()
		}
	}
}

// lists reads an object of arrays of strings. A key given twice keeps its
// last value, as encoding/json does in a map.
func (r *jsonReader) lists() map[string][]string {
	m := map[string][]string{}
	for more := r.open('{'); more; more = r.next('}') {
		k := r.str()
		r.take(':')
		m[k] = r.strs()
	}
	return m
}

// strs reads an array of strings: [] is an empty list, not none.
func (r *jsonReader) strs() []string {
	out := []string{}
	for more := r.open('['); more; more = r.next(']') {
		out = append(out, r.str())
	}
	return out
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

// take skips white space and takes byte c, or gives up.
func (r *jsonReader) take(c byte) {
	r.space()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return
	}
	r.bad = true
}

// open takes the '{' or '[' that starts an object or array and reports
// whether an element follows (not the closing byte).
func (r *jsonReader) open(c byte) bool {
	r.take(c)
	r.space()
	if r.bad || r.i < len(r.b) && r.b[r.i] == c+2 { // '}' is '{'+2, ']' is '['+2
		r.i++
		return false
	}
	return true
}

// next reads what follows an element: a comma (another element follows)
// or the closing byte.
func (r *jsonReader) next(end byte) bool {
	r.space()
	if r.bad || r.i >= len(r.b) {
		r.bad = true
		return false
	}
	switch r.b[r.i] {
	case ',':
		r.i++
		return true
	case end:
		r.i++
		return false
	}
	r.bad = true
	return false
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
	}
	return int(v)
}

// str reads a string: a part of the input when it is plain UTF-8 with no
// escape, else what encoding/json reads the string as.
func (r *jsonReader) str() string {
	r.take('"')
	if r.bad {
		return ""
	}
	start := r.i
	escaped, ascii := false, true
	for r.i < len(r.b) {
		switch c := r.b[r.i]; {
		case c == '"':
			r.i++
			s := r.b[start : r.i-1]
			if !escaped && (ascii || utf8.ValidString(s)) {
				return s
			}
			return r.unquote(start - 1)
		case c == '\\':
			escaped = true
			r.i++ // the escaped byte cannot end the string
		case c < 0x20:
			r.bad = true // not JSON
			return ""
		case c >= utf8.RuneSelf:
			ascii = false
		}
		r.i++
	}
	r.bad = true
	return ""
}

// unquote reads the string literal from start to r.i as encoding/json
// does (its unquoteBytes, after its scanner): its escapes, a surrogate
// pair as one character, and a surrogate half or a byte that is not UTF-8
// as U+FFFD; an escape JSON does not have makes it give up. (It once
// called json.Unmarshal for each such string: encoding/json's reflection
// decoder, which V8 compiled in the browser's check worker before its
// first verdict, for the seed's lines with "\n".)
func (r *jsonReader) unquote(start int) string {
	s := r.b[start+1 : r.i-1] // between the quotes
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			ch, size := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, ch) // U+FFFD for a byte that is not UTF-8
			i += size
			continue
		}
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		if ch := jsonEscape(s[i+1]); ch != 0 { // str: a backslash is never last
			b = append(b, ch)
			i += 2
			continue
		}
		ch, ok := hex4(s[i+1:])
		if !ok {
			r.bad = true // not JSON
			return ""
		}
		i += 6
		if utf16.IsSurrogate(ch) {
			// With the \u escape after it, a pair; else a half, as U+FFFD.
			ch2, ok := hex4(s[min(i+1, len(s)):])
			if d := utf16.DecodeRune(ch, ch2); ok && s[i] == '\\' && d != utf8.RuneError {
				ch = d
				i += 6
			} else {
				ch = utf8.RuneError
			}
		}
		b = utf8.AppendRune(b, ch)
	}
	return string(b)
}

// jsonEscape is the character a one-character JSON escape stands for, by
// the character after its backslash, or 0.
func jsonEscape(e byte) byte {
	switch e {
	case '"', '\\', '/':
		return e
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return 0
}

// hex4 reads a \u escape's character from s, which starts after the
// backslash: u and four hex digits.
func hex4(s string) (rune, bool) {
	if len(s) < 5 || s[0] != 'u' {
		return 0, false
	}
	var c rune
	for _, d := range []byte(s[1:5]) {
		switch {
		case '0' <= d && d <= '9':
			d -= '0'
		case 'a' <= d && d <= 'f':
			d = d - 'a' + 10
		case 'A' <= d && d <= 'F':
			d = d - 'A' + 10
		default:
			return 0, false
		}
		c = c<<4 | rune(d)
	}
	return c, true
}
