package match

import (
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// A figure dated by the words right after it ("slowed to 4.2 percent in
// March from 5.9 percent in February") is the figure of that time: each
// of the source's figures answers the statement's of its own time, and
// each of its dates the statement's of its own figure. Without this
// pairing the closest context decides, and "was 5.9 percent in
// February" was set against March (a wrong contradiction), "grew 5.9% in
// March" against February's 5.9 (a support nearly given).

// figureDate returns the date that dates figure q of text a: said right
// after it, with at most one word and a preposition of time between
// ("4.2 percent in March", "$3 billion for 2024"); ok is false when none
// does.
func figureDate(a analysed, q text.Quantity) (text.Date, bool) {
	for _, d := range a.dates {
		if d.Start < q.End || d.Start-q.End > maxFigureDateGap {
			continue
		}
		words := strings.Fields(strings.ToLower(a.text[q.End:d.Start]))
		if len(words) == 2 && q.Unit != "" { // the unit written after the number ("4.2 percent in")
			words = words[1:]
		}
		if len(words) == 1 && timePrepositions[words[0]] {
			return d, true
		}
	}
	return text.Date{}, false
}

// maxFigureDateGap is how many bytes may stand between a figure and the
// date that dates it: " percent in ".
const maxFigureDateGap = 16

// timePrepositions are the words that make the date after a figure that
// figure's time.
var timePrepositions = map[string]bool{"in": true, "for": true, "during": true}

// otherTime reports whether the source's figure cq of text a is dated by
// another time than the statement's figure qq: that figure is another
// time's, and answers nothing of qq's.
func (c *comparison) otherTime(qq text.Quantity, a analysed, cq text.Quantity) bool {
	qd, ok := figureDate(c.q, qq)
	if !ok {
		return false
	}
	cd, ok := figureDate(a, cq)
	return ok && qd.Comparable(cd) && qd.Conflict(cd)
}

// sameTime reports whether the source's figure cq of text a is dated by
// the time that dates the statement's qq.
func (c *comparison) sameTime(qq text.Quantity, a analysed, cq text.Quantity) bool {
	qd, ok := figureDate(c.q, qq)
	if !ok {
		return false
	}
	cd, ok := figureDate(a, cq)
	return ok && qd.Comparable(cd) && !qd.Conflict(cd)
}

// datedFigure returns, when date d of text a dates a figure, that figure.
func datedFigure(a analysed, d text.Date) (text.Quantity, bool) {
	for _, q := range a.qty {
		if fd, ok := figureDate(a, q); ok && fd.Start == d.Start {
			return q, true
		}
	}
	return text.Quantity{}, false
}

// datesFigureOfUnit reports whether the statement's date qd and the
// source's date cd of text a each date a figure of one unit: the source's
// date of the statement's figure's kind ("5.9 percent in February"
// answers "4.2 percent in february" by its date, and the figures differ).
func (c *comparison) datesFigureOfUnit(qd text.Date, a analysed, cd text.Date) bool {
	qq, ok := datedFigure(c.q, qd)
	if !ok {
		return false
	}
	cq, ok := datedFigure(a, cd)
	return ok && qq.Unit == cq.Unit
}
