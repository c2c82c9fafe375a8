package text

import (
	"unicode"
	"unicode/utf8"
)

// WordTokenizer cuts text into words and numbers. It keeps together what a
// reader sees as one word: "Russia's", "don't", "U.S.", "co-operation",
// "24/7", "10,375", "3.5", and "Vladi\u00admir", whose soft hyphen a
// browser does not show. Byte offsets point into the original text; the
// invisible characters stay in Token.Text and leave Token.Term
// (Normalize).
type WordTokenizer struct{}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInvisible reports whether r is a format character a reader never sees
// (Unicode category Cf): the soft hyphen, zero-width space, joiner and
// non-joiner, the word joiner, the byte-order mark, direction marks.
// Pages carry them inside words ("Vladi\u00admir" to allow a line break);
// what the reader sees is the word without them.
func isInvisible(r rune) bool { return r >= 0xAD && unicode.Is(unicode.Cf, r) }

// pastInvisible returns the index after the run of invisible characters
// at i (i itself when there is none).
func pastInvisible(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isInvisible(r) {
			break
		}
		i += w
	}
	return i
}

func runeAt(s string, i int) rune {
	if i < 0 || i >= len(s) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func (WordTokenizer) Tokenize(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if isFigureSign(s, i, r, w) {
				out = append(out, Token{Text: s[i : i+w], Start: i, End: i + w})
			}
			i += w
			continue
		}
		start := i
		i += w
		for i < len(s) {
			r, w = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += w
				continue
			}
			// Invisible characters inside a word are part of it.
			if isInvisible(r) {
				if j := pastInvisible(s, i); isWordRune(runeAt(s, j)) {
					i = j
					continue
				}
				break
			}
			if j, ok := joiner(s, start, i, r, w); ok {
				i = j
				continue
			}
			break
		}
		tok := s[start:i]
		first, _ := utf8.DecodeRuneInString(tok)
		var tag byte
		if start > 0 && (s[start-1] == '#' || s[start-1] == '@') {
			tag = s[start-1]
		}
		out = append(out, Token{Text: tok, Start: start, End: i, Cap: unicode.IsUpper(first), Tag: tag})
	}
	return out
}

// joiner decides whether the punctuation rune r at i (width w) continues the
// token that began at start; it returns the index after what it consumed.
func joiner(s string, start, i int, r rune, w int) (int, bool) {
	next := runeAt(s, i+w)
	prev, _ := utf8.DecodeLastRuneInString(s[start:i])
	switch r {
	case '\'', '\u2019': // Russia's, don't
		if unicode.IsLetter(prev) && unicode.IsLetter(next) {
			return i + w, true
		}
	case '-', '\u2010', '\u2011': // co-operation, U.S.-Russia; not 50-60 (isFigureSign)
		if isWordRune(next) && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
			return i + w, true
		}
	case '/': // 24/7, 9/11
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return i + w, true
		}
	case ',': // 10,375
		if unicode.IsDigit(prev) && i-start <= maxNumberLen && i+4 <= len(s) && allDigits(s[i+1:i+4]) && !unicode.IsDigit(runeAt(s, i+4)) && onlyDigitsAndCommas(s[start:i]) {
			return i + w, true
		}
	case '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) && i-start <= maxNumberLen && onlyDigitsAndCommas(s[start:i]) { // 3.5
			return i + w, true
		}
		// Initialisms: U.S., U.K., a.m. — a single letter, a dot, and
		// either another single letter or the end of the initialism.
		if i-start <= maxInitialismLen && isInitialism(s[start:i]) {
			if unicode.IsLetter(next) && !isWordRune(runeAt(s, i+w+utf8.RuneLen(next))) {
				return i + w, true
			}
			if len([]rune(s[start:i])) >= 3 { // "U.S" + "." closes it
				return i + w, true
			}
		}
	}
	return i, false
}

// isFigureSign reports whether the rune r at i (width w) is a sign that
// belongs to a figure beside it, which the tokenizer keeps as a token of
// its own (the sign filter gives it its word, data/figure-signs.txt):
//   - a currency sign before or after a number: "$5", "€4.2m", "5 €";
//   - a percent sign after one: "15%", "15 %";
//   - a dash between two figures, read "to": "50-60", "$14–$18", "5% - 6%".
//
// A space may stand between sign and number (on both sides of a dash).
func isFigureSign(s string, i int, r rune, w int) bool {
	prev, next := lastRuneBefore(s, i), runeAt(s, i+w)
	prevSpaced, nextSpaced := prev == ' ', next == ' '
	if prevSpaced {
		prev = lastRuneBefore(s, i-1)
	}
	if nextSpaced {
		next = runeAt(s, i+w+1)
	}
	switch {
	case isCurrencySign(r):
		return unicode.IsDigit(next) || unicode.IsDigit(prev)
	case isPercentSign(r):
		return unicode.IsDigit(prev)
	case isDash(r):
		return prevSpaced == nextSpaced && (unicode.IsDigit(prev) || isPercentSign(prev) || isCurrencySign(prev)) &&
			(unicode.IsDigit(next) || isCurrencySign(next))
	}
	return false
}

func isCurrencySign(r rune) bool { return r > ' ' && unicode.Is(unicode.Sc, r) }

func isPercentSign(r rune) bool { return r == '%' || r == '\u066a' || r == '\uff05' }

// isDash reports whether r is a hyphen, a dash or a minus sign.
func isDash(r rune) bool {
	return r == '-' || r >= '\u2010' && r <= '\u2015' || r == '\u2212'
}

func lastRuneBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// Bounds on what the tokenizer re-reads at each dot or comma, so that
// its cost stays linear in the text ("a.a.a.a…" or "1,000,000,…" for pages).
const (
	maxNumberLen     = 32 // bytes of a number with separators: 1,000,000,000,000.5
	maxInitialismLen = 16 // bytes of an initialism: U.S.A., U.K., a.m.
)

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func onlyDigitsAndCommas(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != ',' {
			return false
		}
	}
	return true
}

// isInitialism reports whether s is "U" or "U.S" style: single letters
// separated by dots.
func isInitialism(s string) bool {
	rs := []rune(s)
	for k, r := range rs {
		if k%2 == 0 && !unicode.IsLetter(r) {
			return false
		}
		if k%2 == 1 && r != '.' {
			return false
		}
	}
	return len(rs)%2 == 1
}
