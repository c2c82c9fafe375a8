package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold maps typographic variants to one plain form: curly quotes, primes
// and the many dashes all become their ASCII equivalent.
var fold = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "`", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u00a0", " ", "\u2026", "...",
)

// caseSpecial maps the few letters whose Unicode case folding differs
// from lower-casing and that English text meets: ß folds to ss, final
// sigma to sigma. (x/text/cases would do it all but brings its language
// tables into app.wasm, about a megabyte.)
var caseSpecial = strings.NewReplacer("ß", "ss", "ẞ", "ss", "ς", "σ", "ſ", "s")

// Normalize returns s in NFKC form, with quotes and dashes folded to ASCII,
// case folded (lower case, ß as ss), accents and invisible format
// characters removed (the soft hyphen of "Vladi\u00admir", zero-width
// spaces and joiners, byte-order marks: isInvisible) and every space
// (no-break, thin, ideographic) a plain one. It is what every comparison
// of words goes through.
func Normalize(s string) string {
	if isASCII(s) { // the common case: no compatibility forms, quotes or dashes to fold
		s = strings.ReplaceAll(s, "`", "'")
		return strings.ToLower(s)
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case isInvisible(r):
			return -1
		case r >= 0x80 && unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
	s = norm.NFKC.String(s)
	s = fold.Replace(s)
	s = caseSpecial.Replace(strings.ToLower(s))
	// Accents go ("Noël" is "Noel", "Bolívar" "Bolivar": readers type
	// them or not), then NFKC again: lower-casing can leave a letter and a
	// combining mark it composes ("Ǌ̌" -> "nj" + caron), and Normalize must
	// be stable on its own output; and NFKC can itself leave a bare mark
	// ("ͺ" -> " " + ypogegrammeni), which goes too.
	return stripMarks(norm.NFKC.String(stripMarks(norm.NFD.String(s))))
}

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

// stripMarks drops combining marks (Unicode category Mn) from decomposed
// text: the accents of "é" written as "e" + "´".
func stripMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
