package text

//go:generate go run ./internal/foldgen

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Normalize returns s in NFKC form, with quotes and dashes folded to ASCII,
// case folded (lower case, ß as ss), accents and invisible format
// characters removed (the soft hyphen of "Vladi\u00admir", zero-width
// spaces and joiners, byte-order marks: isInvisible) and every space
// (no-break, thin, ideographic) a plain one. It is what every comparison
// of words goes through.
//
// It works a character at a time: a character of foldTable becomes its
// form there ("é" e, "ﬁ" fi, "“" ", "①" 1), any other is lower-cased,
// or dropped if invisible or a combining mark (accents written apart).
// The table is generated from x/text's normalisation (internal/foldref,
// the pipeline Normalize ran before), which stays out of app.wasm (35 kB
// of brotli); TestNormalizeMatchesReference holds the two equal on every
// character of the table's blocks and on text made of them. Outside those
// blocks a character is only lower-cased, where NFKC would also map CJK
// and Hangul compatibility forms, Arabic presentation forms and halfwidth
// forms, and compose Hangul jamo and Indic vowel signs written in parts.
func Normalize(s string) string {
	if isASCII(s) { // the common case: no compatibility forms, quotes or dashes to fold
		s = strings.ReplaceAll(s, "`", "'")
		return strings.ToLower(s)
	}
	folds := foldMap()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if form, ok := folds[r]; ok {
			b.WriteString(form)
			continue
		}
		switch {
		case isInvisible(r), unicode.Is(unicode.Mn, r):
		case r >= 0x80 && unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldMap is foldTable read into a map, on the first text that needs it.
var foldMap = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string, strings.Count(foldTable, "\n"))
	for line := range strings.Lines(foldTable) {
		r, n := utf8.DecodeRuneInString(line)
		m[r] = line[n : len(line)-1]
	}
	return m
})

// NormalizeFilter sets each token's Term to its normalised surface.
type NormalizeFilter struct{}

func (NormalizeFilter) Filter(tokens []Token) []Token {
	for i := range tokens {
		tokens[i].Term = Normalize(tokens[i].Text)
	}
	return tokens
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
