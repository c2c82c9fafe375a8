// Package plainjson reads and writes JSON in one pass, without
// reflection, for the few shapes the browser reads and writes on its way
// to a first verdict: the claims database (claims.Decode), the messages
// between the page and its check worker, the site's configuration and
// the matcher's trained decision.
//
// encoding/json reads and writes by reflection. In the browser, V8
// compiles each WebAssembly function the first time it is called, and
// encoding/json's decoder and encoder with the reflection they call are
// some 140 functions the page and its worker compiled before the first
// verdict, for a few small values. A Reader reads strictly: an object's
// keys exactly as the fields list them, each at most once; strings,
// numbers, true and false, arrays, objects and null. On anything else,
// valid JSON or not (another key, a key in another case, a repeated key,
// a fraction where a whole number goes), it gives up (Failed), and its
// caller hands the input to encoding/json, whose answer is then the one:
// what a Reader reads is always what json.Unmarshal reads into the same
// zero value. A Writer writes what json.Marshal writes, byte for byte.
// Each use holds this in a fuzz test against encoding/json.
package plainjson

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// A Reader reads JSON from one string; every string read without an
// escape is a part of it (no allocation for each).
type Reader struct {
	b   string
	i   int
	bad bool
}

// NewReader reads s.
func NewReader(s string) *Reader { return &Reader{b: s} }

// Done reports whether the reader read all of its input, only white
// space after the value, without giving up.
func (r *Reader) Done() bool {
	r.space()
	return !r.bad && r.i == len(r.b)
}

// Failed reports whether the reader gave up.
func (r *Reader) Failed() bool { return r.bad }

// Fail makes the reader give up: what it read is not what encoding/json
// would read.
func (r *Reader) Fail() { r.bad = true }

// Field is a field of an object: its key, as its struct tag spells it,
// and where its value goes (a string, a list of strings, a whole number,
// a number, a bool, lists by key), or what reads a value of another
// shape. A null leaves a string, number or bool as it was (zero: the
// value read into is new) and makes a list or a map nil, as
// encoding/json does; Read is called whatever the value, and may take a
// null (Null).
type Field struct {
	Key   string
	Str   *string
	Strs  *[]string
	Int   *int
	Float *float64
	Bool  *bool
	Lists *map[string][]string
	Read  func()
}

// Object reads an object of the fields given (at most 64): another key
// gives up, and so does a key given twice, which encoding/json would
// merge into one field.
func (r *Reader) Object(fields []Field) {
	var seen uint64
	for more := r.Open('{'); more; more = r.Next('}') {
		key := r.Str()
		r.take(':')
		i := 0
		for i < len(fields) && fields[i].Key != key {
			i++
		}
		if r.bad || i == len(fields) || seen&(1<<i) != 0 {
			r.bad = true
			return
		}
		seen |= 1 << i
		f := &fields[i]
		if f.Read != nil {
			f.Read()
			continue
		}
		if r.Null() {
			switch {
			case f.Strs != nil:
				*f.Strs = nil
			case f.Lists != nil:
				*f.Lists = nil
			}
			continue
		}
		switch {
		case f.Str != nil:
			*f.Str = r.Str()
		case f.Strs != nil:
			*f.Strs = r.Strs()
		case f.Int != nil:
			*f.Int = r.Int()
		case f.Float != nil:
			*f.Float = r.Float()
		case f.Bool != nil:
			*f.Bool = r.Bool()
		case f.Lists != nil:
			*f.Lists = r.Lists()
		}
	}
}

// Array reads an array, calling each to read every element.
func (r *Reader) Array(each func()) {
	for more := r.Open('['); more; more = r.Next(']') {
		each()
	}
}

// Lists reads an object of arrays of strings. A key given twice keeps its
// last value, as encoding/json does in a map.
func (r *Reader) Lists() map[string][]string {
	m := map[string][]string{}
	for more := r.Open('{'); more; more = r.Next('}') {
		k := r.Str()
		r.take(':')
		if r.Null() {
			m[k] = nil
			continue
		}
		m[k] = r.Strs()
	}
	return m
}

// Strs reads an array of strings: [] is an empty list, not none.
func (r *Reader) Strs() []string {
	out := []string{}
	for more := r.Open('['); more; more = r.Next(']') {
		out = append(out, r.Str())
	}
	return out
}

// Null takes a null, and reports whether the next value was one.
func (r *Reader) Null() bool { return r.literal("null") }

// Bool reads true or false.
func (r *Reader) Bool() bool {
	switch {
	case r.literal("true"):
		return true
	case r.literal("false"):
		return false
	}
	r.bad = true
	return false
}

// literal takes word when it is next.
func (r *Reader) literal(word string) bool {
	r.space()
	if len(r.b)-r.i >= len(word) && r.b[r.i:r.i+len(word)] == word {
		r.i += len(word)
		return true
	}
	return false
}

func (r *Reader) space() {
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
func (r *Reader) take(c byte) {
	r.space()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return
	}
	r.bad = true
}

// Open takes the '{' or '[' that starts an object or array and reports
// whether an element follows (not the closing byte).
func (r *Reader) Open(c byte) bool {
	r.take(c)
	r.space()
	if r.bad || r.i < len(r.b) && r.b[r.i] == c+2 { // '}' is '{'+2, ']' is '['+2
		r.i++
		return false
	}
	return true
}

// Next reads what follows an element: a comma (another element follows)
// or the closing byte.
func (r *Reader) Next(end byte) bool {
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

// number takes a JSON number (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)
// and reports whether it is whole (no fraction, no exponent).
func (r *Reader) number() (num string, whole bool) {
	r.space()
	start := r.i
	digits := func() int {
		from := r.i
		for r.i < len(r.b) && r.b[r.i] >= '0' && r.b[r.i] <= '9' {
			r.i++
		}
		return r.i - from
	}
	if r.i < len(r.b) && r.b[r.i] == '-' {
		r.i++
	}
	lead := r.i
	if n := digits(); n == 0 || n > 1 && r.b[lead] == '0' { // one digit at least, no leading zero
		r.bad = true
		return "", false
	}
	whole = true
	if r.i < len(r.b) && r.b[r.i] == '.' {
		r.i++
		whole = false
		if digits() == 0 {
			r.bad = true
		}
	}
	if r.i < len(r.b) && (r.b[r.i] == 'e' || r.b[r.i] == 'E') {
		r.i++
		whole = false
		if r.i < len(r.b) && (r.b[r.i] == '+' || r.b[r.i] == '-') {
			r.i++
		}
		if digits() == 0 {
			r.bad = true
		}
	}
	return r.b[start:r.i], whole
}

// Int reads a whole number, as encoding/json reads one into an int: a
// fraction or an exponent gives up.
func (r *Reader) Int() int {
	num, whole := r.number()
	if r.bad || !whole {
		r.bad = true
		return 0
	}
	v, err := strconv.ParseInt(num, 10, strconv.IntSize)
	if err != nil {
		r.bad = true
	}
	return int(v)
}

// Float reads a number, as encoding/json reads one into a float64.
func (r *Reader) Float() float64 {
	num, _ := r.number()
	if r.bad {
		return 0
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		r.bad = true
	}
	return v
}

// Str reads a string: a part of the input when it is plain UTF-8 with no
// escape, else what encoding/json reads the string as.
func (r *Reader) Str() string {
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
// as U+FFFD; an escape JSON does not have makes it give up.
func (r *Reader) unquote(start int) string {
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
		if ch := escape(s[i+1]); ch != 0 { // Str: a backslash is never last
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

// escape is the character a one-character JSON escape stands for, by the
// character after its backslash, or 0.
func escape(e byte) byte {
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
