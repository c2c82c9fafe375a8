package text

import "strings"

// Number words written as several words are one number: "twenty-eight"
// is 28 (not 20 and 8), "one hundred and five" 105, "two dozen" 24,
// "thirty-five thousand" 35,000. A number read word by word would put a
// figure the text never gives in the reader's statement or in the
// source ("eight close contacts" read out of "twenty-eight close
// contacts"), and a figure decides a badge.
//
// The grammar is English's for cardinals (a sketch of the usual
// written-number parsers):
//
//	number  = group { scale [ "and" ] group } [ scale ]
//	group   = small [ "hundred" [ "and" ] [ below100 ] ] | "hundred" ...
//	small   = unit | teen | tens [ unit ]
//
// with "dozen" multiplying what is before it, and an ordinal ("first",
// "eighth") allowed as the last word only ("twenty-first"). Words are
// numberWords' (data/number-words.txt). Hyphenated compounds are read by
// ParseNumber (the hyphen filter keeps them whole); words apart by
// NumberFilter, which joins a run of them into its first token.

// wordClass is what a number word may join.
type wordClass uint8

const (
	notNumber wordClass = iota
	unitWord            // one .. nine
	teenWord            // ten .. nineteen
	tensWord            // twenty, thirty .. ninety
	hundredWord
	scaleNumberWord // thousand, million, billion
	dozenWord
)

// classOf returns the class of a normalised number word and whether it is
// an ordinal ("eighth", "twentieth"); zero and half join nothing.
func classOf(term string) (wordClass, float64, bool) {
	v, ok := numberWords[term]
	if !ok {
		return notNumber, 0, false
	}
	ordinal := term == "first" || term == "second" || term == "third" || strings.HasSuffix(term, "th")
	switch {
	case term == "dozen":
		return dozenWord, v, false
	case v >= 1 && v <= 9:
		return unitWord, v, ordinal
	case v >= 10 && v <= 19:
		return teenWord, v, ordinal
	case v >= 20 && v <= 90:
		return tensWord, v, ordinal
	case v == 100:
		return hundredWord, v, ordinal
	case v >= 1000:
		return scaleNumberWord, v, ordinal
	}
	return notNumber, 0, false
}

// numberReader reads the words of one written number, one at a time.
type numberReader struct {
	total, group float64
	prev         wordClass // the class of the last word read, notNumber before the first
	afterAnd     bool
	lastScale    float64 // the last scale word's value: scales only decrease
	done         bool    // an ordinal or "dozen" ended the number
}

// add reads the next word; it returns false, changing nothing, when the
// word cannot continue the number.
func (r *numberReader) add(term string) bool {
	if r.done {
		return false
	}
	if term == "and" {
		if r.afterAnd || (r.prev != hundredWord && r.prev != scaleNumberWord) {
			return false
		}
		r.afterAnd = true
		return true
	}
	c, v, ordinal := classOf(term)
	below100 := r.group - float64(int(r.group/100))*100 // what the group has below its hundreds
	ok := false
	switch c {
	case unitWord:
		ok = r.prev == notNumber || r.prev == hundredWord || r.prev == scaleNumberWord || r.prev == tensWord && int(below100)%10 == 0
	case teenWord, tensWord:
		ok = r.prev == notNumber || r.prev == hundredWord || r.prev == scaleNumberWord
	case hundredWord:
		ok = !r.afterAnd && (r.prev == notNumber || (r.prev == unitWord || r.prev == teenWord || r.prev == tensWord) && r.group < 100)
	case scaleNumberWord:
		ok = !r.afterAnd && r.prev != scaleNumberWord && (r.lastScale == 0 || v < r.lastScale)
	case dozenWord:
		ok = !r.afterAnd && (r.prev == unitWord || r.prev == teenWord || r.prev == tensWord) && r.total == 0 && r.group < 100
	}
	if r.afterAnd && (c == notNumber || c == dozenWord) {
		return false
	}
	if !ok {
		return false
	}
	switch c {
	case unitWord, teenWord, tensWord:
		r.group += v
	case hundredWord:
		r.group = max(r.group, 1) * 100
	case scaleNumberWord:
		r.total += max(r.group, 1) * v
		r.group, r.lastScale = 0, v
	case dozenWord:
		r.group *= 12
		r.done = true
	}
	r.prev, r.afterAnd = c, false
	r.done = r.done || ordinal
	return true
}

// value is the number read so far.
func (r *numberReader) value() float64 { return r.total + r.group }

// parseCompound reads a number written as hyphenated words: "twenty-eight",
// "twenty-first", "ninety-nine".
func parseCompound(term string) (float64, bool) {
	parts := strings.Split(term, "-")
	if len(parts) < 2 {
		return 0, false
	}
	var r numberReader
	for _, p := range parts {
		if !r.add(p) || p == "and" {
			return 0, false
		}
	}
	return r.value(), true
}

// numberRun returns the index of the last token of the written number
// that starts at token i (i itself when no word after it joins), and its
// value. Only words one character apart (a space) join: "twenty, eight"
// are two numbers. "Second" does not end a run ("twenty second delay"
// counts seconds); an "and" at the end is not the number's, nor is a
// last scale word, which the number filter scales the number by, as
// after digits ("thirty-five thousand").
func numberRun(tokens []Token, i int) (int, float64) {
	var r numberReader
	if !r.add(tokens[i].Term) {
		return i, 0
	}
	last, value := i, r.value()
	for j := i + 1; j < len(tokens) && tokens[j].Start-tokens[j-1].End == 1; j++ {
		if tokens[j].Term == "second" || !r.add(tokens[j].Term) {
			break
		}
		if tokens[j].Term != "and" {
			last, value = j, r.value()
		}
	}
	// "Three hundred and five hundred": a scale word the run cannot take
	// begins the next number at the "and".
	if k := last + 1; k < len(tokens) && last > i && tokens[k].Start-tokens[last].End == 1 {
		if c, _, _ := classOf(tokens[k].Term); c == hundredWord || c == scaleNumberWord {
			for a := last; a > i; a-- {
				if tokens[a].Term == "and" {
					last = a - 1
					var again numberReader
					for k := i; k <= last; k++ {
						again.add(tokens[k].Term)
					}
					value = again.value()
					break
				}
			}
		}
	}
	if last > i {
		if c, _, _ := classOf(tokens[last].Term); c == scaleNumberWord || c == hundredWord && last == i+1 {
			// Leave a last scale word to the scaling, as after digits.
			last--
			for last > i && tokens[last].Term == "and" {
				last--
			}
			var again numberReader
			for k := i; k <= last; k++ {
				again.add(tokens[k].Term)
			}
			value = again.value()
		}
	}
	return last, value
}

// IsNumberPart reports whether a token is a later word of a number
// written in words, joined into the number's first token ("eight" of
// "twenty eight", "and five" of "one hundred and five"): a stop word that
// keeps its place and span for highlighting.
func IsNumberPart(t Token) bool {
	if t.Kind != Word || !t.Stop {
		return false
	}
	_, ok := numberWords[t.Term]
	return ok || t.Term == "point" // "six point six" (number.go, decimalDigits)
}
