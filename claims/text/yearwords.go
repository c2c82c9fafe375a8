package text

import (
	"strconv"
	"strings"
)

// YearWordsFilter reads a year said in words as the Year it is, where a
// year can stand: after a month ("december twenty fifteen", "june 24
// nineteen ninety-eight") or after a preposition of time
// (data/year-prepositions.txt: "in nineteen ninety", "the class of twenty
// twenty"). Two forms are read:
//
//   - a year said as two numbers, hundreds then the rest: "twenty
//     fifteen" (2015), "nineteen ninety-eight" (1998), "twenty twenty-one";
//     the first from thirteen to twenty-one (twelve and below say the
//     time: "until eleven thirty"), the second from ten to ninety-nine,
//     neither an ordinal;
//   - a year said as one number from 1000 to 2199: "two thousand and nine"
//     (2009), "nineteen hundred"; since such a number may count ("a crowd
//     of two thousand"), only after a month or the "any" prepositions.
//
// Nothing counted may follow the year: a word right after it that is not
// a stop word ("twenty fifteen-year-olds", "in two thousand homes") leaves
// the numbers as numbers. The year takes the first token, as a number in
// several words does (number.go); the second number of a pair becomes a
// stop word that keeps its span. It runs after the number and stop stages
// and before the calendar stage, which reads dates.
type YearWordsFilter struct{}

// yearPrepositions are the words after which each form of a year in words
// is read (data/year-prepositions.txt): "pair" and "any".
var yearPrepositions = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, e := range table("year-prepositions.txt") {
		out[e.Key] = map[string]bool{}
		for _, it := range e.Items {
			out[e.Key][it] = true
		}
	}
	return out
}()

func (YearWordsFilter) Filter(tokens []Token) []Token {
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		if t.Kind != Number || !inWords(t) || t.Num != float64(int(t.Num)) {
			continue
		}
		month := afterMonth(tokens, i)
		var prep string
		if i > 0 {
			prep = tokens[i-1].Term
		}
		end := numberEnd(tokens, i)
		// "twenty fifteen": a number of one word, then one of two digits.
		if end == i+1 && end < len(tokens) && (month || yearPrepositions["pair"][prep]) {
			s := tokens[end]
			next := numberEnd(tokens, end)
			if t.Num >= 13 && t.Num <= 21 && !isOrdinalAt(tokens, i) &&
				s.Kind == Number && inWords(s) && s.Start-t.End == 1 && s.Num >= 10 && s.Num <= 99 && s.Num == float64(int(s.Num)) &&
				!isOrdinalAt(tokens, end) && countsNothing(tokens, next) {
				tokens[i].Kind = Year
				tokens[i].Num = t.Num*100 + s.Num
				tokens[i].Term = strconv.Itoa(int(tokens[i].Num))
				for k := end; k < next; k++ {
					tokens[k].Kind, tokens[k].Term, tokens[k].Num, tokens[k].Stop = Word, Normalize(tokens[k].Text), 0, true
				}
				i = next - 1
				continue
			}
		}
		// "two thousand and nine": one number.
		if end > i+1 && t.Num >= 1000 && t.Num < 2200 && (month || yearPrepositions["any"][prep]) && countsNothing(tokens, end) {
			tokens[i].Kind = Year
			i = end - 1
		}
	}
	return tokens
}

// inWords reports whether a number token is written in words ("twenty"),
// not digits.
func inWords(t Token) bool { return t.Text != "" && (t.Text[0] < '0' || t.Text[0] > '9') }

// numberEnd returns the index after the number that starts at token i:
// past the later words of a number in words ("thousand and nine" of "two
// thousand and nine"), which the number filter made stop words.
func numberEnd(tokens []Token, i int) int {
	j := i + 1
	for j < len(tokens) && tokens[j].Stop && (IsNumberPart(tokens[j]) ||
		tokens[j].Term == "and" && j+1 < len(tokens) && IsNumberPart(tokens[j+1])) {
		j++
	}
	return j
}

// countsNothing reports whether the token at j, right after a number,
// leaves the number counting nothing: there is none, punctuation stands
// between, or it is a stop word.
func countsNothing(tokens []Token, j int) bool {
	return j >= len(tokens) || tokens[j].Start-tokens[j-1].End != 1 || tokens[j].Stop && tokens[j].Kind == Word
}

// afterMonth reports whether token i follows a month, or a day after a
// month ("june 24", "june twenty-fourth"), where a year stands.
func afterMonth(tokens []Token, i int) bool {
	if i == 0 {
		return false
	}
	p := i - 1
	if monthOf(tokens[p]) > 0 {
		return true
	}
	for p > 0 && (IsNumberPart(tokens[p]) || tokens[p].Term == "and") {
		p--
	}
	return p > 0 && isDay(tokens[p]) && monthOf(tokens[p-1]) > 0
}

// isOrdinalAt reports whether the number that starts at token i is an
// ordinal: "24th", "fourth", "twenty-fourth", "twenty fourth".
func isOrdinalAt(tokens []Token, i int) bool {
	t := tokens[i]
	if !inWords(t) {
		return hasOrdinalSuffix(t.Text)
	}
	last := Normalize(tokens[numberEnd(tokens, i)-1].Text)
	if k := strings.LastIndexByte(last, '-'); k >= 0 {
		last = last[k+1:]
	}
	_, _, ordinal := classOf(last)
	return ordinal
}
