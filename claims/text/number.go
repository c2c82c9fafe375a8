package text

import (
	"strconv"
	"strings"
)

// NumberFilter gives numbers a value: digits ("2014", "10,375", "3.5"),
// ordinals ("24th", "first") and number words ("three", "twenty"), and a
// number written in several words ("twenty-eight", "one hundred and five",
// "two dozen": compoundnumber.go) the value of the whole, in its first
// token; the words after it become stop words (IsNumberPart). A
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
	if v, ok := parseCompound(term); ok { // "twenty-eight"
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
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		if t.Kind != Word {
			continue
		}
		if strings.Contains(t.Term, "/") { // 24/7, 9/11: a name, not a value
			tokens[i].Kind = Symbol
			continue
		}
		money := i > 0 && isCurrency(tokens[i-1]) || i+1 < len(tokens) && (isCurrency(tokens[i+1]) || moneyWords[Stem(tokens[i+1].Term)])
		v, ok := ParseNumber(t.Term)
		scaled := false
		if !ok {
			// "13.7bn", and after a currency sign "4.2m", "300k".
			v, ok = parseScaled(t.Term, i > 0 && isCurrency(tokens[i-1]))
			if !ok && strings.HasSuffix(t.Term, "k") && countFollows(tokens, i) {
				v, ok = parseScaled(t.Term, true) // "10k people", "5k votes"
			}
			scaled = ok
		}
		if !ok {
			continue
		}
		// "Twenty eight", "one hundred and five": the later words join
		// the first, as stop words that keep their spans.
		last := i
		if _, word := numberWords[t.Term]; word {
			if j, w := numberRun(tokens, i); j > i {
				last, v = j, w
				for k := i + 1; k <= j; k++ {
					tokens[k].Stop = true
				}
			}
			if j, frac := decimalDigits(tokens, last); j > last && v == float64(int64(v)) {
				v += frac
				for k := last + 1; k <= j; k++ {
					tokens[k].Stop = true
				}
				last = j
			}
		}
		tokens[i].Num = v
		tokens[i].Kind = Number
		if i > 0 && tokens[i-1].Term == "negative" {
			tokens[i-1].Term = "minus" // "negative six degrees" is "minus six degrees"
		}
		isDigits := allDigits(t.Term)
		if isDigits && len(t.Term) == 4 && v >= 1000 && v < 2200 && !money {
			tokens[i].Kind = Year
		}
		// "4.2 million" is 4,200,000, and "$5 m" after a currency sign
		// 5,000,000: the number takes the scale's value, the scale word
		// becomes a stop word (its span stays for highlighting).
		if last+1 < len(tokens) && !scaled && tokens[i].Kind == Number {
			f, ok := scales[tokens[last+1].Term]
			if !ok && i > 0 && isCurrency(tokens[i-1]) {
				f, ok = moneyScales[tokens[last+1].Term]
			}
			if ok {
				tokens[i].Num *= f
				tokens[last+1].Stop = true
			}
		}
		tokens[i].Term = strconv.FormatFloat(tokens[i].Num, 'f', -1, 64)
		i = last
	}
	return tokens
}

// decimalDigits reads the decimals of a number said in words after token
// last: "point" and a digit word each ("six point six", "six-point-six",
// "three point one four" are 6.6 and 3.14, not 6 and 3). It returns the
// last token of them and their value, or last itself when none follow.
func decimalDigits(tokens []Token, last int) (int, float64) {
	j := last + 1
	if j+1 >= len(tokens) || tokens[j].Term != "point" || tokens[j].Start-tokens[last].End != 1 {
		return last, 0
	}
	if _, _, ordinal := classOf(tokens[last].Term); ordinal {
		return last, 0 // "first point": no number goes on after an ordinal
	}
	digits := []byte("0.")
	end := last
	for k := j + 1; k < len(tokens) && tokens[k].Start-tokens[k-1].End == 1; k++ {
		c, d, ordinal := classOf(tokens[k].Term)
		if tokens[k].Term == "zero" {
			c, d = unitWord, 0
		}
		if c != unitWord || ordinal {
			break
		}
		digits = append(digits, '0'+byte(d))
		end = k
	}
	if end == last {
		return last, 0
	}
	frac, _ := strconv.ParseFloat(string(digits), 64)
	return end, frac
}

// moneyScales are the abbreviated scales read after a currency sign alone
// (data/money-scales.txt): "$5m", "£300k".
var moneyScales = numbers(table("money-scales.txt"))

// moneyWords are the stems of the words figure signs stand for
// (data/figure-signs.txt): a four-digit number before one ("1500 euros",
// "2000 percent") is an amount, not a year.
var moneyWords = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range signWords {
		out[Stem(w)] = true
	}
	return out
}()

// countFollows reports whether the word after token i is a plural noun a
// figure counts ("10k people", "5k votes"): a reader's "k" there is a
// thousand, while before a singular ("a 10k race") it is a run's length.
func countFollows(tokens []Token, i int) bool {
	if i+1 >= len(tokens) || tokens[i+1].Kind != Word || tokens[i+1].Start-tokens[i].End != 1 {
		return false
	}
	w := tokens[i+1].Term
	return w == "people" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3
}

// parseScaled reads a number written with its scale: "13.7bn", "2tn", and
// when money is set (a currency sign before it) "4.2m", "300k", "2b".
func parseScaled(term string, money bool) (float64, bool) {
	k := strings.IndexFunc(term, func(r rune) bool { return !(r >= '0' && r <= '9' || r == ',' || r == '.') })
	if k <= 0 || term[0] < '0' || term[0] > '9' {
		return 0, false
	}
	f, ok := scales[term[k:]]
	if !ok && money {
		f, ok = moneyScales[term[k:]]
	}
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(term[:k], ",", ""), 64)
	return v * f, err == nil
}
