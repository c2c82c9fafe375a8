package text

import (
	"strconv"
	"strings"
)

// FractionFilter reads a fraction written in words as one term: "a third
// of the staff", "one-third of", "two thirds of", "three quarters of"
// become "1/3", "1/3", "2/3", "3/4" on the denominator's token, a Number
// whose value is the share (1/3), and the numerator becomes a stop Symbol
// that keeps its span. Quantities counts a share of what follows ("share
// of member"), never the thing itself. Without it the number filter
// reads "a third of the voters" as the ordinal 3, the same term and
// figure as "three voters": a share would support or contradict a count.
//
// Only a numerator ("a", "an", "one" .. or digits) before a denominator
// word before "of" is read: "the third quarter" and "a third term" stay
// ordinals. Denominators are data/fraction-words.txt.
type FractionFilter struct{}

// denominators maps a denominator word, singular, to its value.
var denominators = numbers(table("fraction-words.txt"))

func (FractionFilter) Filter(tokens []Token) []Token {
	for i := 0; i+2 < len(tokens); i++ {
		num, ok := numerator(tokens[i])
		if !ok || tokens[i+2].Term != "of" {
			continue
		}
		den, ok := denominators[strings.TrimSuffix(Normalize(tokens[i+1].Text), "s")]
		if !ok || tokens[i+1].Kind != Word {
			continue
		}
		// "The twenty fourth of June" is an ordinal: a numerator of tens
		// takes its denominator in the plural ("twenty fifths of").
		if c, _, _ := classOf(tokens[i].Term); c == tensWord && !strings.HasSuffix(Normalize(tokens[i+1].Text), "s") {
			continue
		}
		if tokens[i].Term != "a" && tokens[i].Term != "an" {
			tokens[i].Stop = true
			tokens[i].Kind = Symbol // (so that the number filter leaves it)
		}
		tokens[i+1].Kind = Number
		tokens[i+1].Num = num / den
		tokens[i+1].Term = strconv.FormatFloat(num, 'f', -1, 64) + "/" + strconv.FormatFloat(den, 'f', -1, 64)
		i++
	}
	return tokens
}

// numerator returns the value of a fraction's numerator: "a" and "an"
// are one; else a whole number word or digits below 100.
func numerator(t Token) (float64, bool) {
	if t.Kind != Word {
		return 0, false
	}
	if t.Term == "a" || t.Term == "an" {
		return 1, true
	}
	if _, _, ord := classOf(t.Term); ord {
		return 0, false
	}
	if _, word := numberWords[t.Term]; !word && !allDigits(t.Term) {
		return 0, false
	}
	v, ok := ParseNumber(t.Term)
	if !ok || v < 1 || v >= 100 || v != float64(int(v)) {
		return 0, false
	}
	return v, true
}

// IsFraction reports whether a token is a fraction FractionFilter read.
func IsFraction(t Token) bool { return t.Kind == Number && strings.Contains(t.Term, "/") }

// shareOf is the unit of a fraction of what a unit counts: "a third of
// the voters" is a third of "share of voter", which no count of voters is.
func shareOf(unit string) string { return strings.TrimSpace("share of " + unit) }

// Counted returns the word a unit counts: "voter" for "share of voter"
// as for "voter".
func Counted(unit string) string { return strings.TrimPrefix(unit, "share of ") }
