package claims

import (
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// RatingClass is what a fact-checker's rating says of the claim it rates.
type RatingClass int

// Rating classes. The zero value is RatedUnknown: a rating we cannot read
// says nothing.
const (
	RatedUnknown  RatingClass = iota // no rating, or words we do not know
	RatedTrue                        // true, mostly true, correct, accurate…
	RatedFalse                       // false, mostly false, pants on fire, fake, baseless, satire…
	RatedMixed                       // half true, misleading, partly false, mixture, missing context…
	RatedUnproven                    // unproven, no evidence, unverifiable…
)

var ratingClassNames = [...]string{"unknown", "true", "false", "mixed", "unproven"}

func (c RatingClass) String() string {
	if c < 0 || int(c) >= len(ratingClassNames) {
		return fmt.Sprintf("RatingClass(%d)", int(c))
	}
	return ratingClassNames[c]
}

// ratingsData holds the word lists: fact-checkers' rating words by class,
// in English (data/ratings.txt) and in the other languages they publish
// in (data/ratings-languages.txt: Spanish, Portuguese, French, German,
// Italian), each with its source and licence in its header.
//
//go:embed data/ratings.txt data/ratings-languages.txt
var ratingsData embed.FS

// ratingWords maps a phrase (words joined by spaces) to its class;
// ratingNegations are the words that negate the phrase after them, and
// ratingCopulas the words that may stand between ("no es verdad").
var ratingWords, ratingNegations, ratingCopulas, ratingMaxWords = loadRatings(ratingsData, "data/ratings.txt", "data/ratings-languages.txt")

// loadRatings reads the rating lists' sections (wordlist.Sections): a
// [class] of phrases, [negation] and [copula] words. A mistake in a file
// panics: the lists are embedded, so that is a build mistake.
func loadRatings(fsys fs.FS, names ...string) (words map[string]RatingClass, negations, copulas map[string]bool, longest int) {
	words, negations, copulas, longest = map[string]RatingClass{}, map[string]bool{}, map[string]bool{}, 1
	classes := map[string]RatingClass{"true": RatedTrue, "false": RatedFalse, "mixed": RatedMixed, "unproven": RatedUnproven}
	for _, name := range names {
		for _, sec := range wordlist.Sections(fsys, name) {
			if _, ok := classes[sec.Name]; !ok && sec.Name != "negation" && sec.Name != "copula" {
				panic(fmt.Sprintf("%s:%d: unknown section %q", name, sec.Line, sec.Name))
			}
			for i, line := range sec.Entries {
				phrase := strings.Join(ratingTokens(line), " ")
				switch sec.Name {
				case "negation":
					negations[phrase] = true
				case "copula":
					copulas[phrase] = true
				default:
					if c, dup := words[phrase]; dup && c != classes[sec.Name] {
						panic(fmt.Sprintf("%s:%d: %q is already %v", name, sec.Lines[i], phrase, c))
					}
					words[phrase] = classes[sec.Name]
					longest = max(longest, len(strings.Fields(phrase)))
				}
			}
		}
	}
	return words, negations, copulas, longest
}

// ratingTokens splits s into words of letters and digits as the text
// pipeline normalises them (text.Normalize: case folded, accents and
// compatibility forms gone, so "FALSO", "Sátira" and "Größtenteils" read
// as "falso", "satira", "grosstenteils"), dropping apostrophes ("isn't"
// is "isnt", "c'eri" "ceri").
func ratingTokens(s string) []string {
	s = strings.ReplaceAll(text.Normalize(s), "'", "")
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// findNumericRating finds a numeric rating at the end of s as the
// importer stores it: "1/5", or "0/4, worst 0" when the scale does not
// start at 1, on its own or in brackets after words ("Falso (1/5)");
// case and white space around its parts do not matter. start is where it
// begins (its bracket's, when it has one); worst is "" when it names
// none. It reads what the expression
//
//	(?i)(?:^|\()\s*(-?\d+(?:\.\d+)?)\s*/\s*(-?\d+(?:\.\d+)?)(?:\s*,\s*worst\s+(-?\d+(?:\.\d+)?))?\s*\)?$
//
// matches, leftmost first, as plain loops: the browser classifies the
// rating of every claim it indexes, and a regular expression cost it the
// compiling of package regexp's code before its first verdict
// (TestFindNumericRatingIsTheExpression holds the two equal).
func findNumericRating(s string) (start int, value, best, worst string, ok bool) {
	for p := 0; p < len(s); p++ {
		i := p
		switch {
		case s[p] == '(':
			i++
		case p > 0:
			continue
		}
		if value, best, worst, ok = numericRatingAt(s, i); ok {
			return p, value, best, worst, true
		}
	}
	return 0, "", "", "", false
}

// numericRatingAt reads "value/best", optionally ", worst W", then an
// optional ')' and nothing more, from s[i:], with white space between.
func numericRatingAt(s string, i int) (value, best, worst string, ok bool) {
	i = skipRatingSpace(s, i)
	if value, i, ok = ratingNumber(s, i); !ok {
		return "", "", "", false
	}
	if i = skipRatingSpace(s, i); i == len(s) || s[i] != '/' {
		return "", "", "", false
	}
	if best, i, ok = ratingNumber(s, skipRatingSpace(s, i+1)); !ok {
		return "", "", "", false
	}
	if j := skipRatingSpace(s, i); j < len(s) && s[j] == ',' {
		j = skipRatingSpace(s, j+1)
		if n := foldedWorst(s[j:]); n > 0 {
			if k := skipRatingSpace(s, j+n); k > j+n {
				if w, k, ok := ratingNumber(s, k); ok && ratingEnd(s, k) {
					return value, best, w, true
				}
			}
		}
	}
	if !ratingEnd(s, i) {
		return "", "", "", false
	}
	return value, best, "", true
}

// ratingNumber reads -?\d+(?:\.\d+)? at s[i:], returning it and where it
// ends. (This and the helpers below are not inlined: each copy would cost
// app.wasm more than the call.)
//
//go:noinline
func ratingNumber(s string, i int) (num string, end int, ok bool) {
	digits := func(j int) int {
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		return j
	}
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	k := digits(j)
	if k == j {
		return "", i, false
	}
	if k+1 < len(s) && s[k] == '.' {
		if f := digits(k + 1); f > k+1 {
			k = f
		}
	}
	return s[i:k], k, true
}

// ratingEnd reports whether s[i:] is white space, an optional ')' and
// white space before it only: \s*\)?$.
//
//go:noinline
func ratingEnd(s string, i int) bool {
	i = skipRatingSpace(s, i)
	if i < len(s) && s[i] == ')' {
		i++
	}
	return i == len(s)
}

// skipRatingSpace skips what \s matches: ASCII space, tab, new line,
// form feed and carriage return.
//
//go:noinline
func skipRatingSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// foldedWorst is the length of "worst" at the start of s in any case (as
// (?i) matches it: the long s, U+017F, is an s), or 0.
func foldedWorst(s string) int {
	i := 0
	for _, want := range []byte("worst") {
		switch {
		case i < len(s) && s[i]|0x20 == want:
			i++
		case want == 's' && strings.HasPrefix(s[i:], "\u017f"):
			i += len("\u017f")
		default:
			return 0
		}
	}
	return i
}

// NumericRating writes a ratingValue on a scale from worst to best as the
// importer stores it: "1/5" when the scale starts at 1 (schema.org's
// default worstRating), else "0/4, worst 0". worst is "" when unknown. A
// scale may run either way: "5/1, worst 5" is the worst rating of a scale
// whose best is 1.
func NumericRating(value, best, worst string) string {
	s := value + "/" + best
	if worst != "" && worst != "1" {
		s += ", worst " + worst
	}
	return s
}

// ReadNumericRating splits a rating as the importer stores it ("Falso
// (1/5)", "1/5", "0/4, worst 0": see NumericRating) into the words before
// its number and the number on its scale; worst is "" when the rating
// names none. ok is false, and name the whole rating, when it holds no
// number.
func ReadNumericRating(rating string) (name, value, best, worst string, ok bool) {
	start, value, best, worst, ok := findNumericRating(rating)
	if !ok {
		return rating, "", "", "", false
	}
	return strings.TrimSpace(rating[:start]), value, best, worst, true
}

// ClassifyRating reads a fact-checker's rating: the ClaimReview
// alternateName words ("False", "Mostly true", "Pants on Fire", "This is
// misleading") or a numeric rating ("1/5", "0/4, worst 0"). Words are
// matched against data/ratings.txt and data/ratings-languages.txt (the
// Spanish, Portuguese, French, German and Italian words), whatever their
// case, accents and spacing, longest phrase first; several phrases
// combine: any mixed one, or true beside false, makes RatedMixed; false
// beside unproven stays RatedFalse. A numeric rating is placed on its
// scale, which may run from worst to best either way (bestRating 1,
// worstRating 5): the quarter nearest the worst is RatedFalse, the
// quarter nearest the best RatedTrue, the rest RatedMixed. Anything else
// is RatedUnknown, which the matcher never reads as support.
func ClassifyRating(rating string) RatingClass {
	if c := classifyWords(rating); c != RatedUnknown {
		return c
	}
	return classifyNumeric(rating)
}

func classifyWords(rating string) RatingClass {
	toks := ratingTokens(rating)
	found := map[RatingClass]bool{}
	for i := 0; i < len(toks); {
		n, class := 0, RatedUnknown
		for k := min(ratingMaxWords, len(toks)-i); k > 0; k-- {
			if c, ok := ratingWords[strings.Join(toks[i:i+k], " ")]; ok {
				n, class = k, c
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		if negated(toks, i) {
			switch class {
			case RatedTrue:
				class = RatedFalse
			case RatedFalse:
				class = RatedMixed
			}
		}
		found[class] = true
		i += n
	}
	switch {
	case found[RatedMixed], found[RatedTrue] && found[RatedFalse], found[RatedTrue] && found[RatedUnproven]:
		return RatedMixed
	case found[RatedTrue]:
		return RatedTrue
	case found[RatedFalse]:
		return RatedFalse
	case found[RatedUnproven]:
		return RatedUnproven
	}
	return RatedUnknown
}

// negated reports whether the phrase at toks[i] follows a negation,
// directly ("not true", "pas vrai") or across a copula ("no es verdad",
// "non è vero").
func negated(toks []string, i int) bool {
	return i > 0 && ratingNegations[toks[i-1]] || i > 1 && ratingCopulas[toks[i-1]] && ratingNegations[toks[i-2]]
}

func classifyNumeric(rating string) RatingClass {
	_, v, b, w, ok := findNumericRating(strings.Join(strings.Fields(rating), " "))
	if !ok {
		return RatedUnknown
	}
	value, err1 := strconv.ParseFloat(v, 64)
	best, err2 := strconv.ParseFloat(b, 64)
	worst := 1.0
	var err3 error
	if w != "" {
		worst, err3 = strconv.ParseFloat(w, 64)
	}
	if err1 != nil || err2 != nil || err3 != nil || best == worst || value < min(best, worst) || value > max(best, worst) {
		return RatedUnknown
	}
	switch r := (value - worst) / (best - worst); { // 0 at the worst, 1 at the best, whichever way the scale runs
	case r <= 0.25:
		return RatedFalse
	case r >= 0.75:
		return RatedTrue
	}
	return RatedMixed
}
