package text

import (
	"strconv"
	"strings"
)

// NumberFilter gives numbers a value: digits ("2014", "10,375", "3.5"),
// ordinals ("24th", "first") and number words ("three", "twenty"). A
// four-digit number from 1000 to 2199 is a Year. Their Term becomes the
// canonical number, so "three" and "3" match (data/number-words.txt).
type NumberFilter struct{}

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
