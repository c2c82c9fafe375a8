package claims

import (
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
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

// numericRatingRE is a numeric rating as the importer stores it: "1/5",
// or "0/4, worst 0" when the scale does not start at 1, on its own or in
// brackets after words ("Falso (1/5)"); case and white space do not
// matter.
var numericRatingRE = lazyre.New(`(?i)(?:^|\()\s*(-?\d+(?:\.\d+)?)\s*/\s*(-?\d+(?:\.\d+)?)(?:\s*,\s*worst\s+(-?\d+(?:\.\d+)?))?\s*\)?$`)

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
	m := numericRatingRE.FindStringSubmatchIndex(rating)
	if m == nil {
		return rating, "", "", "", false
	}
	part := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return rating[m[2*i]:m[2*i+1]]
	}
	return strings.TrimSpace(rating[:m[0]]), part(1), part(2), part(3), true
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
	m := numericRatingRE.FindStringSubmatch(strings.Join(strings.Fields(rating), " "))
	if m == nil {
		return RatedUnknown
	}
	value, err1 := strconv.ParseFloat(m[1], 64)
	best, err2 := strconv.ParseFloat(m[2], 64)
	worst := 1.0
	var err3 error
	if m[3] != "" {
		worst, err3 = strconv.ParseFloat(m[3], 64)
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
