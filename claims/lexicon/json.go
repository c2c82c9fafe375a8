package lexicon

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Marshal returns the lexicon as a JSON array of the text format's lines
// (see Lines), the form a claims database stores.
func (l *Lexicon) Marshal() ([]byte, error) { return json.Marshal(l.Lines()) }

// Unmarshal reads what Marshal wrote.
func Unmarshal(data []byte) (*Lexicon, error) {
	var b builder
	b.start(len(data) / 24)
	end, err := eachString(data, b.line)
	if err != nil {
		return nil, err
	}
	if err := checkEnd(data, end); err != nil {
		return nil, err
	}
	return b.done()
}

// ExtractJSON takes a lexicon out of a JSON object laid out as
// claims.Encode writes a database: one member a line, the lexicon's array
// last, starting on a line of its own with `"key": [`. It returns the
// object without that member, and the lexicon; the object unchanged and
// nil when it has no such line. A raw line break never stands inside a
// JSON string, so such a line is always a member of the object.
//
// Decoding the rest with encoding/json and the lexicon with this package's
// own parser skips encoding/json's two scans of the lexicon's bytes
// (under WebAssembly, three quarters of the time to decode the seed
// database with its lexicon).
func ExtractJSON(data []byte, key string) (rest []byte, l *Lexicon, err error) {
	start := bytes.LastIndex(data, []byte(",\n\""+key+"\": ["))
	if start < 0 {
		return data, nil, nil
	}
	var b builder
	open := start + len(key) + 6
	b.start((len(data) - open) / 24)
	end, err := eachString(data[open:], b.line)
	if err != nil {
		return nil, nil, fmt.Errorf("lexicon: %w", err)
	}
	if l, err = b.done(); err != nil {
		return nil, nil, fmt.Errorf("lexicon: %w", err)
	}
	return append(data[:start:start], data[open+end:]...), l, nil
}

// MarshalJSON makes a Lexicon a JSON value: the array Marshal writes.
func (l *Lexicon) MarshalJSON() ([]byte, error) { return l.Marshal() }

// UnmarshalJSON reads the array Marshal writes.
func (l *Lexicon) UnmarshalJSON(data []byte) error {
	lx, err := Unmarshal(data)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	*l = *lx
	return nil
}

var errNotArray = errors.New("not a JSON array of strings")

// eachString calls fn with every string of the JSON array of strings at
// the start of data, in order, and returns where the array ends. It does
// not decode through reflection: a string without escapes (every line the
// format writes) is passed as a slice of data.
func eachString(data []byte, fn func([]byte) error) (end int, err error) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return 0, errNotArray
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return i + 1, nil
	}
	for n := 1; ; n++ {
		if i >= len(data) || data[i] != '"' {
			return 0, errNotArray
		}
		j, escaped := i+1, false
		for j < len(data) && data[j] != '"' {
			if data[j] == '\\' {
				escaped = true
				j++
			} else if data[j] < 0x20 {
				return 0, fmt.Errorf("line %d: control character in a JSON string", n)
			}
			j++
		}
		if j >= len(data) {
			return 0, errors.New("truncated JSON string")
		}
		s := data[i+1 : j]
		if escaped {
			u, err := strconv.Unquote(string(data[i : j+1]))
			if err != nil { // JSON escapes strconv does not know (\/): let encoding/json decode it
				if err := json.Unmarshal(data[i:j+1], &u); err != nil {
					return 0, fmt.Errorf("line %d: %w", n, err)
				}
			}
			s = []byte(u)
		}
		if err := fn(s); err != nil {
			return 0, fmt.Errorf("line %d: %w", n, err)
		}
		i = skipSpace(data, j+1)
		if i >= len(data) {
			return 0, errNotArray
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case ']':
			return i + 1, nil
		default:
			return 0, errNotArray
		}
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t') {
		i++
	}
	return i
}

func checkEnd(data []byte, i int) error {
	if skipSpace(data, i) != len(data) {
		return errNotArray
	}
	return nil
}
