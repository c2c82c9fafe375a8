package text

import (
	"strconv"
	"strings"
)

// NumberFilter gives numbers a value: digits ("2014", "10,375", "3.5"),
// ordinals ("24th", "first") and number words ("three", "twenty"). A
// four-digit number from 1000 to 2199 is a Year. Their Term becomes the
// canonical number, so "three" and "3" match.
type NumberFilter struct{}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"thousand": 1000, "million": 1e6, "billion": 1e9, "dozen": 12, "half": 0.5,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30,
}

// ordinalSuffixes follow digits in "1st", "2nd", "3rd", "24th".
var ordinalSuffixes = []string{"st", "nd", "rd", "th"}

// ParseNumber returns the value of a normalised term, if it is a number.
func ParseNumber(term string) (float64, bool) {
	if v, ok := numberWords[term]; ok {
		return v, true
	}
	s := term
	for _, suf := range ordinalSuffixes {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) && allDigits(s[:len(s)-len(suf)]) {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

func (NumberFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if t.Kind != Word {
			continue
		}
		if strings.Contains(t.Term, "/") { // 24/7, 9/11: a name, not a value
			tokens[i].Kind = Symbol
			continue
		}
		v, ok := ParseNumber(t.Term)
		if !ok {
			continue
		}
		tokens[i].Num = v
		tokens[i].Kind = Number
		isDigits := allDigits(t.Term)
		if isDigits && len(t.Term) == 4 && v >= 1000 && v < 2200 {
			tokens[i].Kind = Year
		}
		tokens[i].Term = strconv.FormatFloat(v, 'f', -1, 64)
	}
	return tokens
}
