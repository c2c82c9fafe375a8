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

// sameTime compares the time that dates a statement's figure (qd, dated
// false when none does: figureDate) with the time that dates the source's
// figure cq of text a: +1 the same time, -1 another time (that figure is
// another time's, and answers nothing of the statement's), 0 when either
// is not dated or the two cannot be compared.
func sameTime(qd text.Date, dated bool, a analysed, cq text.Quantity) int {
	if !dated {
		return 0
	}
	cd, ok := figureDate(a, cq)
	switch {
	case !ok || !qd.Comparable(cd):
		return 0
	case qd.Conflict(cd):
		return -1
	}
	return 1
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

// datesFigureOfUnit reports whether the statement's dated figure qq (ok
// false when its date dates none: datedFigure) and the source's date cd
// of text a each date a figure of one unit: the source's date of the
// statement's figure's kind ("5.9 percent in February" answers "4.2
// percent in february" by its date, and the figures differ).
func datesFigureOfUnit(qq text.Quantity, ok bool, a analysed, cd text.Date) bool {
	if !ok {
		return false
	}
	cq, ok := datedFigure(a, cd)
	return ok && qq.Unit == cq.Unit
}
