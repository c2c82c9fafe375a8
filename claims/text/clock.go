package text

import "strings"

// ClockFilter reads a time of day as the press writes it: "1pm", "1 pm",
// "1PM" and "10:30am" are "1 p.m." and "10:30 a.m.", the style of news
// agencies (AP, Reuters), which readers seldom type. Without it "a 1pm
// start" shares no term with "a 1 p.m. start": "1pm" stays one word that
// is neither the figure nor "p.m.".
//
// A word of one or two digits and "am" or "pm" is cut in two (the figure
// and "a.m."/"p.m.", each keeping its span); a separate "am" or "pm"
// counts only right after such a figure ("3 am", never "I am 5" or "the
// PM said"). It runs right after the sign filter, before the number
// filter reads the figure.
type ClockFilter struct{}

// meridiem maps "am" and "pm" to the terms of "a.m." and "p.m.".
var meridiem = map[string]string{"am": "a.m.", "pm": "p.m."}

func (ClockFilter) Filter(tokens []Token) []Token {
	var out []Token
	for i, t := range tokens {
		if digits, m, ok := clockWord(t); ok {
			if out == nil {
				out = append(make([]Token, 0, len(tokens)+1), tokens[:i]...)
			}
			n, mer := t, t
			n.Text, n.Term, n.End = t.Text[:len(digits)], digits, t.Start+len(digits)
			mer.Text, mer.Term, mer.Start, mer.Cap = t.Text[len(digits):], m, n.End, false
			out = append(out, n, mer)
			continue
		}
		if m, ok := meridiem[t.Term]; ok && i > 0 && hourFigure(tokens[i-1].Text) {
			t.Term = m
		}
		if out != nil {
			out = append(out, t)
		} else {
			tokens[i] = t
		}
	}
	if out == nil {
		return tokens
	}
	return out
}

// clockWord splits a word such as "1pm" or "30am" into its figure and the
// term of its meridiem.
func clockWord(t Token) (digits, m string, ok bool) {
	if t.Kind != Word || len(t.Text) < 3 || len(t.Text) != len(t.Term) {
		return "", "", false
	}
	m, ok = meridiem[t.Term[len(t.Term)-2:]]
	digits = t.Term[:len(t.Term)-2]
	if !ok || !hourFigure(digits) {
		return "", "", false
	}
	return digits, m, true
}

// hourFigure reports whether s is one or two digits, as the hour or the
// minutes of a time of day are written.
func hourFigure(s string) bool {
	return len(s) >= 1 && len(s) <= 2 && strings.Trim(s, "0123456789") == ""
}
