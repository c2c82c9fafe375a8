package claims

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
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

// ratingsFile is the word list: fact-checkers' rating words by class,
// with its source and licence in its header.
//
//go:embed data/ratings.txt
var ratingsFile string

// ratingWords maps a phrase (words joined by spaces) to its class;
// ratingNegations are the words that negate the phrase after them.
var ratingWords, ratingNegations, ratingMaxWords = loadRatings(ratingsFile)

func loadRatings(data string) (map[string]RatingClass, map[string]bool, int) {
	words, negations, longest := map[string]RatingClass{}, map[string]bool{}, 1
	classes := map[string]RatingClass{"true": RatedTrue, "false": RatedFalse, "mixed": RatedMixed, "unproven": RatedUnproven}
	section := ""
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			if _, ok := classes[section]; !ok && section != "negation" {
				panic(fmt.Sprintf("data/ratings.txt:%d: unknown section %q", n+1, section))
			}
		case section == "negation":
			negations[line] = true
		case section == "":
			panic(fmt.Sprintf("data/ratings.txt:%d: phrase before any [class]", n+1))
		default:
			phrase := strings.Join(ratingTokens(line), " ")
			words[phrase] = classes[section]
			longest = max(longest, len(strings.Fields(phrase)))
		}
	}
	return words, negations, longest
}

// ratingTokens lower-cases s and splits it into words of letters and
// digits, dropping apostrophes ("isn't" is "isnt").
func ratingTokens(s string) []string {
	s = strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// numericRatingRE is a numeric rating as the importer stores it: "1/5",
// or "0/4, worst 0" when the scale does not start at 1, on its own or in
// brackets after words ("Falso (1/5)").
var numericRatingRE = regexp.MustCompile(`(?:^|\()\s*(-?\d+(?:\.\d+)?)\s*/\s*(-?\d+(?:\.\d+)?)(?:\s*,\s*worst\s+(-?\d+(?:\.\d+)?))?\s*\)?$`)

// NumericRating writes a ratingValue on a scale from worst to best as the
// importer stores it: "1/5" when the scale starts at 1 (schema.org's
// default worstRating), else "0/4, worst 0". worst is "" when unknown.
func NumericRating(value, best, worst string) string {
	s := value + "/" + best
	if worst != "" && worst != "1" {
		s += ", worst " + worst
	}
	return s
}

// ClassifyRating reads a fact-checker's rating: the ClaimReview
// alternateName words ("False", "Mostly true", "Pants on Fire", "This is
// misleading") or a numeric rating ("1/5", "0/4, worst 0"). Words are
// matched against data/ratings.txt, longest phrase first; several phrases
// combine: any mixed one, or true beside false, makes RatedMixed; false
// beside unproven stays RatedFalse. A numeric rating is placed on its
// scale: the bottom quarter is RatedFalse, the top quarter RatedTrue, the
// rest RatedMixed. Anything else is RatedUnknown.
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
		if i > 0 && ratingNegations[toks[i-1]] {
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

func classifyNumeric(rating string) RatingClass {
	m := numericRatingRE.FindStringSubmatch(strings.TrimSpace(rating))
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
	if err1 != nil || err2 != nil || err3 != nil || best <= worst || value < worst || value > best {
		return RatedUnknown
	}
	switch r := (value - worst) / (best - worst); {
	case r <= 0.25:
		return RatedFalse
	case r >= 0.75:
		return RatedTrue
	}
	return RatedMixed
}
