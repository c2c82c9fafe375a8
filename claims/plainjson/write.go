package plainjson

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// A Writer writes JSON as json.Marshal writes it: the caller writes the
// fields in their struct's order, leaving out the empty ones tagged
// omitempty, and a nil list as Null. Commas come by themselves. (Its
// small methods are not inlined: a call is a few bytes of app.wasm where
// each inlined append is a hundred.)
type Writer struct {
	b   []byte
	bad bool
}

// Bytes is what was written; ok is false when a number was not finite,
// which json.Marshal refuses (an error, and no bytes).
func (w *Writer) Bytes() (b []byte, ok bool) {
	if w.bad {
		return nil, false
	}
	return w.b, true
}

// sep writes the comma before a value or key, unless it is the first of
// its object or array or follows its key.
func (w *Writer) sep() {
	if n := len(w.b); n > 0 {
		switch w.b[n-1] {
		case '{', '[', ':':
		default:
			w.b = append(w.b, ',')
		}
	}
}

// value writes a value written already (a number, a literal, the start
// of an object or array) after its comma.
//
//go:noinline
func (w *Writer) value(s string) {
	w.sep()
	w.b = append(w.b, s...)
}

// Open starts an object ('{') or an array ('[').
func (w *Writer) Open(c byte) { w.value(string(rune(c))) }

// Close ends an object ('}') or an array (']').
//
//go:noinline
func (w *Writer) Close(c byte) { w.b = append(w.b, c) }

// Key writes the key of the next value of an object.
//
//go:noinline
func (w *Writer) Key(k string) {
	w.Str(k)
	w.b = append(w.b, ':')
}

// Null writes null.
func (w *Writer) Null() { w.value("null") }

// Bool writes true or false.
func (w *Writer) Bool(v bool) { w.value(strconv.FormatBool(v)) }

// Int writes a whole number.
func (w *Writer) Int(n int) { w.value(strconv.Itoa(n)) }

// Float writes a float64 as json.Marshal does (as ES6 writes a number:
// exponents below 1e-6 and from 1e21, without padding).
func (w *Writer) Float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.bad = true
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(nil, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1] // e-09 is e-9
		b = b[:n-1]
	}
	w.value(string(b))
}

// Str writes a string as json.Marshal does: quotes, backslashes and
// control characters escaped, and <, >, &, U+2028 and U+2029 as \u
// escapes; a byte that is not UTF-8 becomes U+FFFD.
func (w *Writer) Str(s string) {
	const hex = "0123456789abcdef"
	w.sep()
	b := append(w.b, '"')
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		var esc [6]byte // a \u escape, or a shorter one when e[2] is 0
		switch {
		case c == '"' || c == '\\':
			esc = [6]byte{'\\', byte(c)}
		case c < 0x20 && shortEscapes[c] != 0:
			esc = [6]byte{'\\', shortEscapes[c]}
		case c < 0x20 || c == '<' || c == '>' || c == '&':
			esc = [6]byte{'\\', 'u', '0', '0', hex[c>>4], hex[c&0xF]}
		case c == '\u2028' || c == '\u2029':
			esc = [6]byte{'\\', 'u', '2', '0', '2', hex[c&0xF]}
		case c == utf8.RuneError && size == 1:
			esc = [6]byte{'\\', 'u', 'f', 'f', 'f', 'd'}
		default:
			b = append(b, s[i:i+size]...)
			i += size
			continue
		}
		n := 6
		if esc[2] == 0 {
			n = 2
		}
		b = append(b, esc[:n]...)
		i += size
	}
	w.b = append(b, '"')
}

// shortEscapes are the control characters JSON writes as a backslash
// and a letter.
var shortEscapes = [0x20]byte{'\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't'}
