package lexicon

import (
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
	if err := eachString(data, b.line); err != nil {
		return nil, err
	}
	return b.done()
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

// eachString calls fn with every string of a JSON array of strings, in
// order, without decoding the array through reflection: a string without
// escapes (every line the format writes) is passed as a slice of data.
func eachString(data []byte, fn func([]byte) error) error {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return errNotArray
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return checkEnd(data, i+1)
	}
	for n := 1; ; n++ {
		if i >= len(data) || data[i] != '"' {
			return errNotArray
		}
		j, escaped := i+1, false
		for j < len(data) && data[j] != '"' {
			if data[j] == '\\' {
				escaped = true
				j++
			} else if data[j] < 0x20 {
				return fmt.Errorf("line %d: control character in a JSON string", n)
			}
			j++
		}
		if j >= len(data) {
			return errors.New("truncated JSON string")
		}
		s := data[i+1 : j]
		if escaped {
			u, err := strconv.Unquote(string(data[i : j+1]))
			if err != nil { // JSON escapes strconv does not know (\/): let encoding/json decode it
				if err := json.Unmarshal(data[i:j+1], &u); err != nil {
					return fmt.Errorf("line %d: %w", n, err)
				}
			}
			s = []byte(u)
		}
		if err := fn(s); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		i = skipSpace(data, j+1)
		if i >= len(data) {
			return errNotArray
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case ']':
			return checkEnd(data, i+1)
		default:
			return errNotArray
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
