package match

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// Counts said loosely (the quantities rule, figures.go): "several
// percentage points", "a few people", "dozens of cars", "hundreds of
// homes", "a few hundred jobs". Such a count is no number. Read as the
// scale word in it ("a few hundred" as 100), "a few hundred people" was
// supported by a source's 100; read as nothing, "several percentage
// points" was supported by a source's 0.1. It allows a range
// (data/loose-counts.txt): a source's figure below its fewest contradicts
// it, one outside its range does not make it true, and a loose count of
// the source makes no figure of the statement's true.

// looseCount is the range a loose count allows.
type looseCount struct {
	fewest float64 // below it, a figure cannot be the count
	lo, hi float64 // a figure within makes it true (hi +Inf: no most)
}

// scaled is the count with a scale word after it: "several hundred".
func (l looseCount) scaled(s float64) looseCount {
	return looseCount{l.fewest * s, l.lo * s, l.hi * s}
}

// looseTable is data/loose-counts.txt: each phrase's range, by its words
// (normalised, lower case).
var looseTable = sync.OnceValue(func() map[string]looseCount {
	out := map[string]looseCount{}
	for _, e := range wordlist.Table(data, "data/loose-counts.txt") {
		f := strings.Fields(e.Key)
		if len(f) != 3 {
			panic("match: loose-counts.txt: " + e.Key + " is not \"fewest lowest most\"")
		}
		var n [3]float64
		for i, s := range f {
			v, err := strconv.ParseFloat(s, 64)
			if s == "-" {
				v, err = math.Inf(1), nil
			}
			if err != nil {
				panic("match: loose-counts.txt: " + e.Key + ": " + err.Error())
			}
			n[i] = v
		}
		for _, w := range e.Items {
			out[w] = looseCount{n[0], n[1], n[2]}
		}
	}
	return out
})

// maxLooseWords is the most words a loose phrase has ("a handful of").
const maxLooseWords = 3

// looseEndingAt returns the loose phrase whose last word is token i, and
// its first token's index.
func looseEndingAt(toks []text.Token, i int) (looseCount, int, bool) {
	for n := maxLooseWords; n >= 1; n-- {
		first := i - n + 1
		if first < 0 {
			continue
		}
		words := make([]string, 0, n)
		for _, t := range toks[first : i+1] {
			words = append(words, strings.ToLower(text.Normalize(t.Text)))
		}
		if l, ok := looseTable()[strings.Join(words, " ")]; ok {
			return l, first, true
		}
	}
	return looseCount{}, 0, false
}

// loosely returns the range of figure q of text a when it is a count
// said loosely: a scale word after a loose phrase ("a few hundred
// people", "many thousands").
func loosely(a analysed, q text.Quantity) (looseCount, bool) {
	i := tokenAt(a.tokens, q.Start)
	if i < 1 || a.tokens[i].Kind != text.Number || !scaleOnly(a, q, i) || !scaleWordText(strings.ToLower(text.Normalize(a.tokens[i].Text))) {
		return looseCount{}, false
	}
	if l, _, ok := looseEndingAt(a.tokens, i-1); ok {
		return l.scaled(q.Value), true
	}
	return looseCount{}, false
}

// scaleOnly reports whether figure q, from token i, is that one number
// word and the words of its unit ("hundreds of people"), no other number.
func scaleOnly(a analysed, q text.Quantity, i int) bool {
	return i+1 >= len(a.tokens) || a.tokens[i+1].Start >= q.End || a.tokens[i+1].Kind != text.Number
}

// scaleWordText reports whether a word is a scale word said alone:
// "hundred", "thousand", "million" (not "100", "5m").
func scaleWordText(w string) bool {
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion":
		return true
	}
	return false
}

// looseQuantity is a statement's count said loosely with no number at all
// ("several percentage points", "dozens of cars"): its words, as a
// Quantity of what it counts (the word after it), and its range.
type looseQuantity struct {
	q     text.Quantity
	count looseCount
}

// looseCounts finds a text's loose counts with no number: a loose phrase
// and the content word after it, which is what it counts.
func looseCounts(a analysed) []looseQuantity {
	var out []looseQuantity
	for i := 0; i+1 < len(a.tokens); i++ {
		l, first, ok := looseEndingAt(a.tokens, i)
		if !ok {
			continue
		}
		u := a.tokens[i+1]
		if u.Stop || u.Neg || u.Kind != text.Word {
			continue // "several of them", "a few more", "many 2024 models"
		}
		out = append(out, looseQuantity{text.Quantity{Unit: u.Term, Start: a.tokens[first].Start, End: u.End}, l})
	}
	return out
}

// looseConflict reports whether the statement's figure qq and the
// source's cq (of one unit) cannot both be true, reading a loose count on
// either side as its range: only a figure below its fewest conflicts
// with it.
func looseConflict(q analysed, qq text.Quantity, a analysed, cq text.Quantity) bool {
	ql, qLoose := loosely(q, qq)
	cl, cLoose := loosely(a, cq)
	switch {
	case qLoose && cLoose:
		return ql.hi < cl.fewest || cl.hi < ql.fewest
	case qLoose:
		_, hi := cq.Interval()
		return hi < ql.fewest
	case cLoose:
		_, hi := qq.Interval()
		return hi < cl.fewest
	}
	return qq.Conflict(cq)
}

// looseWithin reports whether the source's figure best makes the
// statement's qq true, reading loose counts as their ranges: a loose
// count of the source makes only the same count true, and a figure
// makes a loose count true within its range.
func looseWithin(q analysed, qq text.Quantity, a analysed, best text.Quantity) bool {
	ql, qLoose := loosely(q, qq)
	cl, cLoose := loosely(a, best)
	switch {
	case cLoose:
		return qLoose && ql == cl
	case qLoose:
		return ql.holds(best)
	}
	return best.Within(qq)
}

// holds reports whether every value figure x allows is in the count's
// range.
func (l looseCount) holds(x text.Quantity) bool {
	lo, hi := x.Interval()
	return lo >= l.lo && hi <= l.hi
}

// looseFindings sets each of the statement's loose counts with no number
// against the source's figure of what it counts in the closest context:
// one below the count's fewest contradicts it ("add several percentage
// points" against "just 0.1 percentage points"), one outside its range
// does not make it true. A source that gives no such figure, or one that
// shares no word of context, or a loose one, leaves it as it was.
func (c *comparison) looseFindings() []finding {
	var out []finding
	for _, lq := range looseCounts(c.q) {
		if c.saysLoosely(lq) {
			continue // "several people" against the source's "several people"
		}
		// The words around it but what it counts: a figure of the same
		// unit that shares none counts something else.
		qctx := quantityContext(c.q, lq.q, lq.q.Unit)
		bestOv := 0
		var best text.Quantity
		var bestText string
		for _, a := range c.texts {
			for _, cq := range a.qty {
				if !sameLooseUnit(lq.q.Unit, cq.Unit) {
					continue
				}
				if _, loose := loosely(a, cq); loose {
					continue
				}
				if ov := overlap(qctx, quantityContext(a, cq, cq.Unit), c.al.matched); ov > bestOv {
					bestOv, best, bestText = ov, cq, a.text
				}
			}
		}
		if bestOv == 0 {
			continue
		}
		qs, cs := c.q.text[lq.q.Start:lq.q.End], bestText[best.Start:best.End]
		f := finding{qSpan: [2]int{lq.q.Start, lq.q.End}, cText: bestText, cSpan: [2]int{best.Start, best.End}}
		_, hi := best.Interval()
		switch {
		case hi < lq.count.fewest && best.Unit == lq.q.Unit:
			f.kind, f.reason = conflict, fmt.Sprintf("the source says %q, you wrote %q", cs, qs)
		case !lq.count.holds(best):
			f.kind, f.reason = beyond, fmt.Sprintf("the source says %q, which does not make it %q", cs, qs)
		default:
			continue
		}
		out = append(out, f)
	}
	return out
}

// saysLoosely reports whether a claim text gives the statement's loose
// count in the same words: its own answer, whatever figures it also
// gives.
func (c *comparison) saysLoosely(lq looseQuantity) bool {
	for _, a := range c.texts {
		for _, cl := range looseCounts(a) {
			if cl.count == lq.count && cl.q.Unit == lq.q.Unit {
				return true
			}
		}
	}
	return false
}

// sameLooseUnit reports whether a source's figure of unit cu counts what
// a loose count of unit qu does: the same unit, or percent for percentage
// points, which sources write for one another ("fell 42.7 per cent, or
// just 0.1 more"). Only the same unit contradicts (looseFindings).
func sameLooseUnit(qu, cu string) bool {
	return qu == cu || qu == percentagePoint() && cu == "percent"
}

// percentagePoint is the unit of "percentage points", as Quantity.Unit
// has it (the stem of its first word).
var percentagePoint = sync.OnceValue(func() string { return text.Stem("percentage") })
