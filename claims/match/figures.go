package match

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims/text"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// dates aligns each date of the statement with the claim's date in the
// most similar context: one that differs is a conflict; a statement date
// the claim cannot speak to is missing.
func dates(c *comparison) []finding {
	var out []finding
	q := c.q
	own := clausedDates(q)
	for _, qd := range q.dates {
		qctx := dateContext(q, qd, own)
		bestOv, agree, found := -1, false, false
		var best text.Date
		var bestText string
		var bestA analysed
		end := endDated(q)
		ev := c.eventWords(qd)
		bestApart := true // best is said of another event (eventdate.go)
		bestFig := false  // best dates a figure of the unit the statement's date does
		qFig, qDates := datedFigure(q, qd)
		for _, a := range c.texts {
			for _, cd := range a.dates {
				if !qd.Comparable(cd) {
					continue
				}
				found = true
				ov := overlap(qctx, dateContext(a, cd, own), c.al.matched)
				apart := dateOfAnotherEvent(a, cd, ev) || c.relativeOfAnother(a, cd)
				// "Began filming in September 1994" is about where
				// "from September 1994 to August 1995" starts.
				if end != 0 {
					if d, ok := endOfSpan(a, cd, end); ok {
						cd = d
					}
				}
				ok := !qd.Conflict(cd)
				// The date of a figure of the unit the statement's date
				// dates, when it agrees, answers before any closer context
				// (figuredates.go); when it does not, it is another
				// time's.
				fig := ok && datesFigureOfUnit(qFig, qDates, a, cd)
				if bestApart && !apart || apart == bestApart && (fig && !bestFig || fig == bestFig && (ov > bestOv || ov == bestOv && ok && !agree)) {
					bestOv, agree, best, bestText, bestApart, bestA, bestFig = ov, ok, cd, a.text, apart, a, fig
				}
			}
		}
		if found && !agree && end == 0 && listedWithAgreeing(c.texts, bestText, best, qd) {
			agree = true
		}
		if found && !agree && !bestApart && c.answersOtherDate(qd, bestA, best, bestOv) {
			// The source's date is the statement's other one: "was fined
			// in 2023 over its 2021 breach" against "was fined … in 2023"
			// gives the breach no date, and no other.
			found = false
		}
		switch {
		case found && bestApart:
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source gives %s of something else, in a clause of its own", bestText[best.Start:best.End]),
				qSpan:  [2]int{qd.Start, qd.End}, cText: bestText, cSpan: [2]int{best.Start, best.End}, unsure: true,
			})
		case !found:
			out = append(out, finding{kind: missing, qSpan: [2]int{qd.Start, qd.End}})
		case !agree:
			out = append(out, finding{
				kind:   conflict,
				reason: fmt.Sprintf("the source says %s, you wrote %s", bestText[best.Start:best.End], q.text[qd.Start:qd.End]),
				qSpan:  [2]int{qd.Start, qd.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		}
	}
	out = append(out, c.whenAgainstHowLong()...)
	return append(out, c.otherNow()...)
}

// answersOtherDate reports whether claim date cd, which qd's conflicts
// with, agrees with another date of the statement said in as much of the
// same context (ov, qd's overlap with it): each date of the source answers
// one of the statement's.
func (c *comparison) answersOtherDate(qd text.Date, a analysed, cd text.Date, ov int) bool {
	own := clausedDates(c.q)
	for _, other := range c.q.dates {
		if other.Start == qd.Start || !other.Comparable(cd) || other.Conflict(cd) {
			continue
		}
		if overlap(dateContext(c.q, other, own), dateContext(a, cd, own), c.al.matched) >= ov {
			return true
		}
	}
	return false
}

// otherNow finds a time counted from now that the statement and the
// source count differently: "by the end of this year" against "in the
// first half of next year". The two were written at different times, so
// one's "this year" may be the other's "last year": not supported. A
// reader writes after the source, though, so a period the reader counts
// later than the source counts it can never be the source's ("will close
// next year" against "will close this year"; "this year" against "last
// year"): that contradicts, when both count surely (not "the coming
// weeks", not "the next year" of a story) and the source's period dates
// the statement's event (eventdate.go). A year the source gives is
// counted from the year it was published ("in 2026", in an article of
// 2026, is its "this year": nowAgainstYear).
func (c *comparison) otherNow() []finding {
	var out []finding
	q := c.q
	for i, t := range q.tokens {
		if i == 0 || !nowIs(text.Normalize(t.Text), "units") {
			continue
		}
		d, ok := countAt(q.tokens, i-1)
		if !ok {
			continue
		}
		d.sure = d.sure && !definite(q.tokens, i-1)
		qSpan := [2]int{q.tokens[i-1].Start, t.End}
		m, ok := c.al.matched[t.Term]
		if !ok {
			if f, ok := c.nowAgainstYear(i, d); ok {
				out = append(out, f)
			}
			continue
		}
		ev := c.eventWords(text.Date{Start: qSpan[0], End: qSpan[1]})
		same := false
		var other text.Token
		var cText string
		var cd count
		var oa analysed // the claim text of other, at token oi
		oi := 0
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != m || ci == 0 {
					continue
				}
				n, ok := countAt(a.tokens, ci-1)
				switch {
				case !ok || dateOfAnotherEvent(a, text.Date{Start: a.tokens[ci-1].Start, End: ct.End}, ev):
				case n.periods == d.periods:
					same = true
				case cText == "":
					other, cText, cd, oa, oi = a.tokens[ci-1], a.text, n, a, ci
					cd.sure = cd.sure && !definite(a.tokens, ci-1)
					other.End = ct.End
				}
			}
		}
		if same || cText == "" {
			continue
		}
		f := finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says %q (counted from when it was written), you wrote %q", cText[other.Start:other.End], q.text[qSpan[0]:qSpan[1]]),
			qSpan:  qSpan, cText: cText, cSpan: [2]int{other.Start, other.End},
		}
		if d.sure && cd.sure && d.periods > cd.periods && ofEvent(oa, oi, ev) {
			f.kind = conflict
			f.reason += ", which comes after it"
		}
		out = append(out, f)
	}
	return out
}

// nowAgainstYear sets the statement's "next year" (token i, counted d)
// against the year the claim gives in its place, counted from the year
// its sources were published: later surely contradicts ("will close next
// year" against "will close in 2026", published in 2026), earlier or
// loosely is not supported. The claim's year is its first in a clause of
// the statement's event (eventdate.go: "the mill, built in 1960" dates no
// closing), a year on its own, not one that bounds a span ("since 2019").
func (c *comparison) nowAgainstYear(i int, d count) (finding, bool) {
	q := c.q
	pub := c.publishedYear()
	if text.Normalize(q.tokens[i].Text) != "year" || pub == 0 {
		return finding{}, false
	}
	qSpan := [2]int{q.tokens[i-1].Start, q.tokens[i].End}
	ev := c.eventWords(text.Date{Start: qSpan[0], End: qSpan[1]})
	for _, a := range c.texts {
		for _, cd := range a.dates {
			cSpan := [2]int{cd.Start, cd.End}
			if cd.Year == 0 || cd.YearEnd != 0 || cd.Decade != 0 || spanDate(finding{cText: a.text, cSpan: cSpan}) || !ofEvent(a, tokenAt(a.tokens, cd.Start), ev) {
				continue
			}
			if cd.Year-pub == d.periods {
				return finding{}, false
			}
			f := finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %s (written in %d), you wrote %q", a.text[cd.Start:cd.End], pub, q.text[qSpan[0]:qSpan[1]]),
				qSpan:  qSpan, cText: a.text, cSpan: cSpan,
			}
			if d.sure && d.periods > cd.Year-pub {
				f.kind = conflict
			}
			return f, true
		}
	}
	return finding{}, false
}

// definite reports whether the word of counting at token i follows "the"
// or "a": "the next year" is the year after a time the text tells of, not
// after now.
//
//go:noinline
func definite(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch text.Normalize(toks[i-1].Text) {
	case "the", "a", "that", "its", "their", "his", "her":
		return true
	}
	return false
}

// whenAgainstHowLong finds a time the reader counts from their own now
// ("this year", "last month") whose word the claim has only as a length
// of time ("over two years", "for three months"): the source says how
// long, not when. Not supported; not contradicted either (the two years
// may include this one).
func (c *comparison) whenAgainstHowLong() []finding {
	var out []finding
	q := c.q
	for i, t := range q.tokens {
		if !nowIs(text.Normalize(t.Text), "units") || !deictic(q.tokens, i) {
			continue
		}
		m, ok := c.al.matched[t.Term]
		if !ok {
			continue
		}
		var length text.Token
		lengthOnly, cText := true, ""
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != m {
					continue
				}
				if ci == 0 || a.tokens[ci-1].Kind != text.Number || deictic(a.tokens, ci) {
					lengthOnly = false
				} else if cText == "" {
					length, cText = a.tokens[ci-1], a.text
					length.End = ct.End
				}
			}
		}
		if !lengthOnly || cText == "" {
			continue
		}
		from := t.Start
		if i > 0 && q.tokens[i-1].End <= t.Start {
			from = q.tokens[i-1].Start // "this year", not "year"
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source's %q is how long, not when (%q)", cText[length.Start:length.End], q.text[from:t.End]),
			qSpan:  [2]int{from, t.End}, cText: cText, cSpan: [2]int{length.Start, length.End},
		})
	}
	return out
}

// spanEnds are the stems of the verbs that date the start of a span of
// time (-1: "began filming in…") or its end (+1: "finished in…").
var spanEnds = map[string]int{}

func init() {
	for _, w := range []string{"begin", "began", "start", "started", "commence", "commenced"} {
		spanEnds[text.Stem(w)] = -1
	}
	for _, w := range []string{"finish", "finished", "complete", "completed", "conclude", "concluded", "ended"} {
		spanEnds[text.Stem(w)] = 1
	}
}

// endDated returns which end of a span of time the statement dates: -1
// its start, +1 its end, 0 neither.
func endDated(q analysed) int {
	for _, t := range q.tokens {
		if e := spanEnds[t.Term]; e != 0 && t.Kind == text.Word {
			return e
		}
	}
	return 0
}

// endOfSpan returns, when date d of text a is one end of a span ("from
// September 1994 to August 1995", "1968–1973"), the span's start (end -1)
// or its end (+1).
func endOfSpan(a analysed, d text.Date, end int) (text.Date, bool) {
	for _, o := range a.dates {
		lo, hi := d, o
		if o.Start < d.Start {
			lo, hi = o, d
		}
		if o.Start == d.Start || !spanJoiner(a.text[lo.End:hi.Start]) {
			continue
		}
		if end < 0 {
			return lo, true
		}
		return hi, true
	}
	return d, false
}

// spanJoiner reports whether the words between two dates make them the
// ends of one span.
func spanJoiner(between string) bool {
	switch strings.ToLower(strings.TrimSpace(between)) {
	case "to", "until", "till", "through", "–", "—", "-", "--":
		return true
	}
	return false
}

// claimSpansTime reports whether a claim text gives a span of time
// between two dates: what a "began" or "finished" of the statement's is
// about.
func (c *comparison) claimSpansTime() bool {
	for _, a := range c.texts {
		for i := 0; i+1 < len(a.dates); i++ {
			if spanJoiner(a.text[a.dates[i].End:a.dates[i+1].Start]) {
				return true
			}
		}
	}
	return false
}

// dateContext is the content words around a date, not its own; with own
// (a statement whose dates each have a clause: clausedDates), not those of
// another date's clause either (dateClause). In "had stopped paying for
// the program by 1969, and the agency was disbanded in 1979" the agency
// and its disbanding are 1979's context, not 1969's, and in "by 1969,
// Congress stopped paying for the program, and in 1979, the agency was
// disbanded" the program is 1969's, not 1979's. Dates of one clause
// ("from 2019 to 2021") share their context.
func dateContext(a analysed, d text.Date, own bool) map[string]bool {
	i, k := tokenAt(a.tokens, d.Start), tokenAt(a.tokens, d.Start)
	for k+1 < len(a.tokens) && a.tokens[k+1].Start < d.End {
		k++
	}
	lo, hi := 0, len(a.tokens)-1
	if own && len(a.dates) > 1 {
		dl, dh := dateClause(a, d)
		for _, o := range a.dates {
			l, h := dateClause(a, o)
			switch {
			case o.Start == d.Start || l <= dh && h >= dl:
			case h < dl:
				lo = max(lo, h+1)
			case l > dh:
				hi = min(hi, l-1)
			}
		}
	}
	return contextOf(a.tokens[lo:hi+1], i-lo, k-lo)
}

// clausedDates reports whether a statement gives each of its dates a
// clause of its own (dateClause), as one date always has: "stopped paying
// by 1969, and the agency was disbanded in 1979". Then each is set against
// the source's date of the same clause. Dates the reading finds in one
// clause ("a 2012 study counted 17 and the 2019 count found 88") keep the
// words around them, whichever date's they are, and so do the source's.
func clausedDates(q analysed) bool {
	for i, d := range q.dates {
		dl, dh := dateClause(q, d)
		for _, o := range q.dates[i+1:] {
			if l, h := dateClause(q, o); l <= dh && h >= dl {
				return false
			}
		}
	}
	return true
}

// dateClause returns the first and last tokens of the clause date d
// dates: its own (eventClause), and when that has no word but the date's
// ("but by 1969, Congress stopped paying"), the clause after it too, or
// the one before it when none follows ("Congress stopped paying, by
// 1969").
func dateClause(a analysed, d text.Date) (int, int) {
	lo, hi := eventClause(a, tokenAt(a.tokens, d.Start))
	for k := lo; k <= hi; k++ {
		if t := a.tokens[k]; !t.Stop && (t.Start < d.Start || t.End > d.End) {
			return lo, hi
		}
	}
	if hi+1 < len(a.tokens) {
		_, h := eventClause(a, hi+1)
		return lo, h
	}
	if lo > 0 {
		l, _ := eventClause(a, lo-1)
		return l, hi
	}
	return lo, hi
}

// listedWithAgreeing reports whether the claim's date d stands in a list
// or range with one that agrees with the statement's ("developed in the
// late 1960s and early 1970s" against "in the early 1970s"): the dates
// are said together, so the closest one alone does not contradict.
func listedWithAgreeing(texts []analysed, in string, d text.Date, qd text.Date) bool {
	for _, a := range texts {
		if a.text != in {
			continue
		}
		for _, o := range a.dates {
			if o.Start == d.Start || qd.Conflict(o) {
				continue
			}
			lo, hi := min(d.End, o.End), max(d.Start, o.Start)
			if hi-lo <= maxListGap && lo <= hi {
				return true
			}
		}
	}
	return false
}

// maxListGap is how many bytes may stand between two dates said together:
// " and early ", " to ", "–".
const maxListGap = 12

// quantities compares each quantity of the statement with the claim's
// quantity of the same unit in the most similar context: the figure in
// the same role ("three hours of talks, including two hours alone": "the
// talks lasted two hours" is set against the three hours). One that
// cannot be true with it is a conflict; on a tie of context, an agreeing
// figure wins.
func quantities(c *comparison) []finding {
	var out []finding
	q := c.q
	for _, qq := range q.qty {
		if qq.Unit == "" {
			// A bare figure of a list takes the list's unit ("Halloran
			// received 1,402 votes and Brereton received 1,874"), and
			// the figure the source gives its holder answers it.
			if l := listed(q, qq); l.Unit != "" {
				if f, ok := heldFinding(q, l, c.heldAnswers(l)); ok {
					out = append(out, f)
					continue
				}
			}
			if f, ok := c.rankAgainst(qq); ok {
				out = append(out, f)
			} else if f, ok := c.rankAbsent(qq); ok {
				out = append(out, f)
			} else if f, ok := c.bareFigureElsewhere(qq); ok {
				out = append(out, f)
			}
			continue
		}
		qctx := quantityContext(q, qq, "")
		bestOv, agree, found := -1, false, false
		var best text.Quantity
		var bestText string
		var bestChange bool // best is set against qq in the same place of a change
		var bestSlot bool   // best stands after the word the statement's figure does
		var bestTimed bool  // best is dated by the statement's figure's time
		qd, qDated := figureDate(q, qq)
		qHead := headBefore(q, qq)
		agreeOv := -1 // the context shared with the closest figure that agrees
		ranges := qq.Cmp == text.Between && c.hasRange(qq.Unit)
		// A figure of the same unit answers; only when the claim has none,
		// one whose possessive names the unit ("Boeing's 30 jets" counts
		// what "30 Boeing jets" does), or whose unit the statement's
		// possessive names.
		byOwner := !c.hasUnit(qq.Unit)
		change := changeFigures(q, qq.Unit)
		// The statement says which end of a change it gives: both ("to
		// 4.1% from 4.6%"), or its later figure ("fell to 4.6%").
		end := change || toFigure(q, qq)
		qRank := rankFigure(q, qq)
		qAge := ageOf(q, qq)
		for _, a := range c.texts {
			sourceChange := end && changeFigures(a, qq.Unit)
			ages := c.apposedAges(a, qq)
			own := append(withSpans(a, qq), ages...)
			ps, wholes := parts(a)
			for k, cq := range append(own, ps...) {
				at := cq // where the figure is said: a part where its whole is
				if k >= len(own) {
					at = wholes[k-len(own)]
				}
				if qAge && !ageOf(a, cq) && !slices.ContainsFunc(ages, func(x text.Quantity) bool { return x.Start == cq.Start }) {
					continue // an age is no other span of years ("faces up to ten years in prison")
				}
				if !(cq.Unit == qq.Unit || byOwner && (text.SameUnit(cq, qq) || c.sameNoun(qq, a, cq) || c.agreesElsewhere(qq, a, cq))) || ranges && cq.Cmp != text.Between {
					continue // a range answers a range, when the source gives one
				}
				if sourceChange && fromFigure(a, cq) != fromFigure(q, qq) {
					continue // a change's earlier figure answers the earlier one
				}
				if qRank != rankFigure(a, cq) {
					continue // a rank is no count: "the third-largest city" against "the ten largest cities"
				}
				if qRank && c.rankOfNamed(a, cq) {
					continue // another's rank: "the first woman … was Anne Armstrong" against "she's the third woman"
				}
				if qq.Conflict(cq) && k < len(own) && !end && c.answeredElsewhere(qq, cq) {
					// The statement gives this figure elsewhere: it is
					// that one's answer ("4% from january, then 3% the
					// next january" against "4 percent from January, 3
					// percent the following January"). Not the ends of a
					// change, which its own pairing places ("fell to $50
					// million from $40 million").
					continue
				}
				cq.Unit = qq.Unit
				found = true
				// A part is said where its whole is: "only 12 of the
				// company's usual 840 daily trains ran" ran 12 trains.
				ov := overlap(qctx, quantityContext(a, cq, ""), c.al.matched)
				if k >= len(own) {
					ov = max(ov, overlap(qctx, quantityContext(a, at, ""), c.al.matched))
				}
				ok := !looseConflict(q, qq, a, cq)
				// Another time's figure (figuredates.go) does not make
				// the statement's ambiguous: "5.9 percent in February"
				// is no "5.9% in March".
				if ok && !sourceChange && !(k < len(own) && sameTime(qd, qDated, a, cq) < 0) {
					agreeOv = max(agreeOv, ov)
				}
				// A figure in the statement's slot (after the word its figure
				// stands after: "asked for $14 million" against "…flat at
				// $9.5 million, disappointing advocates who had asked for
				// $14 million") answers before one that only shares more
				// words around it.
				slot := qHead != "" && slotMatch(qHead, headBefore(a, at), c.al.matched)
				// The figure of the statement's time answers before any
				// other (figuredates.go).
				timed := k < len(own) && sameTime(qd, qDated, a, cq) > 0
				if timed && !bestTimed || timed == bestTimed && (slot && !bestSlot || slot == bestSlot && (ov > bestOv || ov == bestOv && ok && !agree)) {
					bestOv, agree, best, bestText, bestChange, bestSlot, bestTimed = ov, ok, cq, a.text, sourceChange, slot, timed
				}
			}
		}
		// The figure the source gives the statement's holder answers
		// before any other of the unit (heldfigures.go): "Tom Brereton
		// got 1,874 votes" is set against Brereton's 1,402, not against
		// Halloran's 1,874 beside the same words.
		answers := c.heldAnswers(qq)
		if f, ok := heldFinding(q, qq, answers); ok {
			out = append(out, f)
			continue
		}
		if len(answers) == 1 {
			best, bestText, found, agree, bestChange = answers[0].fig, answers[0].text, true, true, false
		}
		if found && !agree && !bestChange && (c.accountedFor(qq, best) || c.restatedGiven(qq, bestText, best)) { // restated.go
			continue
		}
		if !found && qRank {
			if f, ok := c.rankAgainst(qq); ok {
				out = append(out, f)
				continue
			}
			if f, ok := c.rankAbsent(qq); ok {
				out = append(out, f)
				continue
			}
		}
		if !found {
			if f, ok := c.unitChanged(qq); ok {
				out = append(out, f)
				continue
			}
		}
		switch {
		case !found && !c.givesValue(qq) && c.otherInSlot(qq):
			// No figure of the source counts what the statement's does,
			// nor gives its value in another unit, and the source has
			// another word where the statement has its figure:
			// "sentenced to 30 years" against "sentenced to life".
			out = append(out, finding{kind: missing, qSpan: [2]int{qq.Start, qq.End}})
		case found && !agree && !end && !bestTimed && otherOfChange(c.textOf(bestText), qq, best):
			// The source gives a change ("13%, down from 19%") and the
			// statement one of its two figures: which of them it means
			// ("was 19% a week earlier") is not for the context to settle.
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source gives %q as one end of a change", q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		case found && !agree && overlap(quantityContext(q, qq, qq.Unit), quantityContext(c.textOf(bestText), best, qq.Unit), c.al.matched) == 0:
			// The source's closest figure of this unit shares no word of
			// context with the statement's but the unit: it counts
			// something else ("another 30 people had been injured"
			// against "three people were killed"). The source does not
			// give the statement's.
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source's %q is about something else than your %q", bestText[best.Start:best.End], q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		case found && !agree && agreeOv >= 3 && agreeOv >= bestOv-1:
			// The source gives the statement's figure too, in a context
			// almost as close ("keeping track of numbers to six decimal
			// places, but the printer … rounded them to three decimal
			// places" against "the printer rounded them to three decimal
			// places"): which of its figures the statement means is not
			// for one word of context more to settle. (Three words of
			// context at least: "talks lasted two hours" against "more
			// than three hours of talks, including two hours alone" is
			// still contradicted.)
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source gives %q, and also another figure there (%q)", q.text[qq.Start:qq.End], bestText[best.Start:best.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		case found && !agree && qq.Value > best.Value && ordinal(strings.ToLower(q.tokens[tokenAt(q.tokens, qq.Start)].Text)) && prospective(q, qq) && !prospective(c.textOf(bestText), best):
			// "Will hold a second summit" against "held their first
			// summit": a second one to come is not the first one held.
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source's %q is another than the %q you say is to come", bestText[best.Start:best.End], q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		case found && !agree && c.countsUnnamed(qq):
			// The statement's figure counts what the source never names
			// ("a $55 million severance package" against "a termination
			// fee of $15 million"): the source's sum is another one.
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source does not say what your %q counts", q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		case found && !agree && c.givesBareValue(qq, bestText, best):
			// The source gives the statement's value too, with no unit of
			// its own: a figure of a list that takes the unit of the one
			// before it ("Halloran received 1,874 votes, ahead of Tom
			// Brereton on 1,402" against "Brereton got 1,402 votes").
			// Which of its figures the statement means is not for the
			// unit alone to settle.
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source gives %q without a unit, and %q", q.text[qq.Start:qq.End], bestText[best.Start:best.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		case found && !agree:
			out = append(out, finding{
				kind:   conflict,
				reason: fmt.Sprintf("the source says %q, you wrote %q", bestText[best.Start:best.End], q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		case found && agree && bestOv > 0 && wholeOf(q, qq) && partText(c.textOf(bestText), best) != "":
			// "All five" of them against the source's "four of the five".
			part, _ := partOf(c.textOf(bestText), best)
			out = append(out, finding{
				kind:   conflict,
				reason: fmt.Sprintf("the source says %q, you wrote %q", bestText[part.Start:best.End], q.text[wholeWord(q, qq).Start:qq.End]),
				qSpan:  [2]int{wholeWord(q, qq).Start, qq.End}, cText: bestText, cSpan: [2]int{part.Start, best.End},
			})
		case found && agree && bestOv > 0 && changeDirection(q, qq)*changeDirection(c.textOf(bestText), best) < 0:
			// The same figure, changed the other way: "shares are down
			// about 40%" against "shares are up about 40%".
			qd, cd := directionWord(q, qq), directionWord(c.textOf(bestText), best)
			out = append(out, finding{
				kind:   conflict,
				reason: fmt.Sprintf("the source says %q, you wrote %q", bestText[cd.Start:best.End], q.text[qd.Start:qq.End]),
				qSpan:  [2]int{qd.Start, qq.End}, cText: bestText, cSpan: [2]int{cd.Start, best.End},
				opposite: true,
			})
		case found && !looseWithin(q, qq, c.textOf(bestText), best):
			// Both can be true, but the source's figure does not make the
			// statement's: "more than three hours" is not "more than five".
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %q, which does not make it %q", bestText[best.Start:best.End], q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		}
	}
	out = append(out, joinedFigures(c)...)
	out = append(out, c.looseFindings()...)
	if f, ok := c.crossedFigures(); ok {
		out = append(out, f)
	}
	if f, ok := c.rankDropped(); ok {
		out = append(out, f)
	}
	if f, ok := c.figureOfAnother(); ok {
		out = append(out, f)
	}
	return out
}

// figureOfAnother finds the statement's one figure of a unit that the
// source says of another name, or another subject, than the statement's
// (a name of the statement's, or a word of its first run of content
// words): "the Farmers'
// Party got 34.2%" against "The Liberal Alliance won … with 34.2% of the
// vote, narrowly ahead of the Farmers' Party on 31.8%"; "the airline has
// offered a 15% pay rise" against "the union is demanding a 15% pay rise;
// the airline has offered 9%". The statement's word stands, in the
// source, only in the clause of another figure of the unit, never in the
// clause of the figure the statement gives. Not
// supported; not read as a contradiction (the clauses are read, not
// parsed).
func (c *comparison) figureOfAnother() (finding, bool) {
	q := c.q
	for _, qq := range q.qty {
		if qq.Unit == "" || countUnit(q, qq.Unit) != 1 {
			continue
		}
		for _, a := range c.texts {
			var same, other []text.Quantity
			for _, cq := range a.qty {
				switch {
				case cq.Unit != qq.Unit:
				case qq.Conflict(cq):
					other = append(other, cq)
				default:
					same = append(same, cq)
				}
			}
			if len(same) != 1 {
				continue
			}
			// With no other figure, the statement's subject may still stand
			// only across a contrast from it ("Container traffic grew,
			// rising 12%, while oil shipments fell").
			across := len(other) == 0
			seg := segments(a)
			if across {
				seg = contrastSides(a)
			}
			segOf := func(x text.Quantity) int { return seg[tokenAt(a.tokens, x.Start)] }
			mine := segOf(same[0])
			// The statement's subject: its first run of content words, up
			// to a function word or a verb in the past ("the Tolland port
			// authority has offered", "the airline offered").
			subject, started := true, false
			for _, t := range q.tokens {
				if t.Stop || t.Neg || pastTense(t) {
					subject = subject && !started
					continue
				}
				started = true
				if !c.ix.isName(q, t) && !(subject && t.Kind == text.Word) || t.Kind == text.Number || t.Kind == text.Year || t.Start >= qq.Start && t.End <= qq.End {
					continue
				}
				m, ok := c.al.matched[t.Term]
				if !ok {
					continue
				}
				inSame, elsewhere := false, false
				var theirs text.Quantity // the other figure whose clause has it
				for ci, ct := range a.tokens {
					if ct.Term != m {
						continue
					}
					inSame = inSame || seg[ci] == mine
					elsewhere = elsewhere || across && seg[ci] != mine
					for _, o := range other {
						if seg[ci] == segOf(o) {
							theirs, elsewhere = o, true
						}
					}
				}
				switch {
				case inSame || !elsewhere:
					continue
				case across:
					return finding{
						kind:   beyond,
						reason: fmt.Sprintf("the source gives %q of something else than %q", a.text[same[0].Start:same[0].End], t.Text),
						qSpan:  span(t), cText: a.text, cSpan: [2]int{same[0].Start, same[0].End},
					}, true
				}
				return finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source gives %q where it names %q", a.text[theirs.Start:theirs.End], t.Text),
					qSpan:  span(t), cText: a.text, cSpan: [2]int{theirs.Start, theirs.End},
				}, true
			}
		}
	}
	return finding{}, false
}

// contrastSides numbers each token of a text by the side of a contrast
// it stands on: "A rose 12%, | while B fell". Only the words of a
// contrast part them (contrastWords), not a full stop: "SCMagazineUK.com"
// is one name.
func contrastSides(a analysed) []int {
	out := make([]int, len(a.tokens))
	s := 0
	for i := range a.tokens {
		out[i] = s
		if i+1 < len(a.tokens) && contrastWords[a.tokens[i+1].Term] {
			s++
		}
	}
	return out
}

// rankDropped finds a superlative the statement gives alone ("the
// country's largest utility") that the source only ranks ("the country's
// second-largest utility"): the source's is not the first. Not supported;
// not read as a contradiction (the statement may mean another ranking).
func (c *comparison) rankDropped() (finding, bool) {
	q := c.q
	for i, t := range q.tokens {
		if !superlative(t) || i > 0 && q.tokens[i-1].Kind == text.Number {
			continue // "the second-largest" ranks it too
		}
		m, ok := c.al.matched[t.Term]
		if !ok {
			continue
		}
		var rank text.Token
		var cText string
		alone := false
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != m {
					continue
				}
				if ci == 0 || a.tokens[ci-1].Kind != text.Number || !ordinal(strings.ToLower(a.tokens[ci-1].Text)) {
					alone = true
				} else if cText == "" {
					rank, cText = a.tokens[ci-1], a.text
					rank.End = ct.End
				}
			}
		}
		if alone || cText == "" {
			continue
		}
		return finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says %q, you wrote %q", cText[rank.Start:rank.End], t.Text),
			qSpan:  span(t), cText: cText, cSpan: [2]int{rank.Start, rank.End},
		}, true
	}
	return finding{}, false
}

// superlative reports whether a token is a superlative: "most", "least",
// "best", "worst", or a word of six letters or more in -est ("largest",
// "biggest"; a word that only looks like one, "protest", is read as one
// only after an ordinal, where rankDropped looks).
func superlative(t text.Token) bool {
	switch w := text.Normalize(t.Text); {
	case w == "most" || w == "least" || w == "best" || w == "worst":
		return true
	default:
		return t.Kind == text.Word && len(w) >= 6 && strings.HasSuffix(w, "est")
	}
}

// maxOwnWords is how many content words next to a figure, on the side its
// sentence puts them, say what the figure counts: "99% for foreigners",
// "foreign visitors 96%".
const maxOwnWords = 3

// crossedFigures finds two figures of one unit that the statement and a
// claim text both give, each said of the other's words: "occupancy fell
// 99% for locals and 96% for visitors" against "99% for visitors and 96%
// for locals". Each figure owns the few content words beside it on the
// side its sentence puts them (figureOwners). The source has the
// statement's figures and words, not what it says of them: not supported
// (beyond; figures may be read of the wrong words, so it is no difference
// to contradict with).
func (c *comparison) crossedFigures() (finding, bool) {
	q := c.q
	for i, qa := range q.qty {
		for _, qb := range q.qty[i+1:] {
			if qa.Unit == "" || qb.Unit != qa.Unit || qa.Value == qb.Value || countUnit(q, qa.Unit) != 2 {
				continue
			}
			qOwn := figureOwners(q, qa, qb)
			for _, a := range c.texts {
				if countUnit(a, qa.Unit) != 2 {
					continue
				}
				var ca, cb text.Quantity
				for _, cq := range a.qty {
					switch {
					case cq.Unit != qa.Unit:
					case cq.Value == qa.Value:
						ca = cq
					case cq.Value == qb.Value:
						cb = cq
					}
				}
				if ca.End == 0 || cb.End == 0 {
					continue
				}
				cOwn := figureOwners(a, ca, cb)
				for _, t := range q.tokens {
					v, ok := qOwn[t.Term]
					m, matched := c.al.matched[t.Term]
					if !ok || !matched {
						continue
					}
					if w, ok := cOwn[m]; ok && w != v {
						theirs := ca
						if w == cb.Value {
							theirs = cb
						}
						return finding{
							kind:   beyond,
							reason: fmt.Sprintf("the source says %q of other words than %q", a.text[theirs.Start:theirs.End], t.Text),
							qSpan:  span(t), cText: a.text, cSpan: [2]int{theirs.Start, theirs.End},
						}, true
					}
				}
			}
		}
	}
	return finding{}, false
}

// countUnit is how many of a text's quantities are of unit.
func countUnit(a analysed, unit string) int {
	n := 0
	for _, x := range a.qty {
		if x.Unit == unit {
			n++
		}
	}
	return n
}

// figureOwners maps the content words beside two figures of a text (x
// before y or after it) to the value of the figure each is said of. When
// content words follow the later figure in its clause ("99% for visitors
// and 96% for locals"), each figure owns the words after it; else the
// words before it ("visitors 99% and locals 96%"). The words between the
// figures are one figure's; the other's are as many on its outer side,
// at most maxOwnWords, as the two halves of a list run parallel ("… 96%
// for locals had …": "had" is no local's). A word on both figures' sides
// is neither's. Figures in two clauses ("5% in Europe, while in Asia they
// rose 3%") are no list: nothing is read of them.
func figureOwners(a analysed, x, y text.Quantity) map[string]float64 {
	first, second := x, y
	if y.Start < x.Start {
		first, second = y, x
	}
	inFigure := func(t text.Token) bool {
		return t.Start >= x.Start && t.End <= x.End || t.Start >= y.Start && t.End <= y.End
	}
	own := func(t text.Token) bool {
		return contextWord(t) && t.Kind != text.Year && t.Term != x.Unit && !inFigure(t)
	}
	var between []text.Token // the content words between the figures
	for k := tokenAt(a.tokens, first.End); k < len(a.tokens) && a.tokens[k].Start < second.Start; k++ {
		if clauseBreak(a.text, a.tokens, k) && k+1 < len(a.tokens) && a.tokens[k+1].Start < second.Start {
			return nil // "5% in Europe, while in Asia they rose 3%": no two halves of one list
		}
		if t := a.tokens[k]; own(t) {
			between = append(between, t)
		}
	}
	n := min(len(between), maxOwnWords)
	var outer []text.Token // as many on the other side, within its clause
	after := false
	for k := tokenAt(a.tokens, second.End); k < len(a.tokens) && len(outer) < n; k++ {
		t := a.tokens[k]
		if t.Start < second.End || !own(t) && !t.Stop {
			continue
		}
		if own(t) {
			outer = append(outer, t)
			after = true
		}
		if clauseBreak(a.text, a.tokens, k) {
			break
		}
	}
	if !after {
		for k := tokenAt(a.tokens, first.Start) - 1; k >= 0 && len(outer) < n && !clauseBreak(a.text, a.tokens, k); k-- {
			if t := a.tokens[k]; own(t) {
				outer = append(outer, t)
			}
		}
	}
	mine, theirs := first.Value, second.Value // between's owner, outer's
	if !after {
		between = between[max(0, len(between)-n):]
		mine, theirs = theirs, mine
	} else {
		between = between[:n]
	}
	out := map[string]float64{}
	both := map[string]bool{}
	add := func(ts []text.Token, v float64) {
		for _, t := range ts {
			if w, ok := out[t.Term]; ok && w != v {
				both[t.Term] = true
			}
			out[t.Term] = v
		}
	}
	add(between, mine)
	add(outer, theirs)
	for t := range both {
		delete(out, t)
	}
	return out
}

// measures are units of the same measure, by their terms: a figure in one
// is never the same figure in another ("21 weeks" is not "21 months").
// Source: the SI and the units of time and length of everyday English,
// written for factcheck; licence: that of factcheck. ("Pound" is left
// out: a weight and a currency.)
var measures = func() map[string]string {
	out := map[string]string{}
	for measure, words := range map[string][]string{
		"time":   {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries"},
		"length": {"millimetre", "millimetres", "millimeter", "millimeters", "centimetre", "centimetres", "centimeter", "centimeters", "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers", "inch", "inches", "foot", "feet", "yard", "yards", "mile", "miles"},
		"mass":   {"milligram", "milligrams", "gram", "grams", "kilogram", "kilograms", "ounce", "ounces", "ton", "tons", "tonne", "tonnes"},
	} {
		for _, w := range words {
			out[text.Stem(w)] = measure
		}
	}
	return out
}()

// unitChanged finds the statement's figure qq where the source gives the
// same number in another unit of the same measure, in a shared context:
// "wrote the post 21 weeks after reporting the bug" against "21 months
// after privately reporting the bug". No figure of the source counts
// what the statement's does, and its own figure in that place counts
// something else: a conflict.
func (c *comparison) unitChanged(qq text.Quantity) (finding, bool) {
	measure := measures[qq.Unit]
	if measure == "" {
		return finding{}, false
	}
	qctx := quantityContext(c.q, qq, qq.Unit)
	for _, a := range c.texts {
		for _, cq := range a.qty {
			if cq.Value != qq.Value || cq.Unit == qq.Unit || measures[cq.Unit] != measure || slices.ContainsFunc(c.q.qty, func(o text.Quantity) bool { return o.Unit == cq.Unit }) {
				continue
			}
			// The same bound ("more than three hours" is no "three days")
			// and two words of context at least: the same figure's place.
			if cq.Cmp != qq.Cmp || overlap(qctx, quantityContext(a, cq, cq.Unit), c.al.matched) < 2 {
				continue
			}
			return finding{
				kind:   conflict,
				reason: fmt.Sprintf("the source says %q, you wrote %q", a.text[cq.Start:cq.End], c.q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: a.text, cSpan: [2]int{cq.Start, cq.End},
			}, true
		}
	}
	return finding{}, false
}

// joinedFigure reads a figure written together with its unit ("60fps",
// "5km", "10mg"): its value and its unit.
var joinedFigure = lazyre.New(`^([0-9]+(?:\.[0-9]+)?)([a-z]{1,4})$`)

// joinedNoUnit are the endings of a figure written as one word that are
// no unit: ordinals ("3rd") and decades ("1990s").
var joinedNoUnit = wordSet("st nd rd th s")

// joinedFigures sets each figure the statement writes together with its
// unit against the source's of the same unit in a shared context: "at
// 60fps" against "a 30fps experience" is contradicted. A source that also
// gives the statement's figure settles nothing here.
func joinedFigures(c *comparison) []finding {
	var out []finding
	for qi := range c.q.tokens {
		if f, ok := joinedConflict(c, qi); ok {
			out = append(out, f)
		}
	}
	return out
}

// joined is joinedFigure's submatches of a word, compiling the pattern
// only for a word that opens with a digit.
func joined(w string) []string {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return nil
	}
	return joinedFigure.FindStringSubmatch(w)
}

// joinedConflict is joinedFigures' finding for the statement's token qi.
// (The names rule leaves such a figure to this one: names.go.)
func joinedConflict(c *comparison, qi int) (finding, bool) {
	qt := c.q.tokens[qi]
	m := joined(text.Normalize(qt.Text))
	if m == nil || joinedNoUnit[m[2]] || qt.Kind != text.Word { // ("$4.2m" is a quantity's)
		return finding{}, false
	}
	var other text.Token
	var otherText string
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			cm := joined(text.Normalize(ct.Text))
			if cm == nil || cm[2] != m[2] || ct.Kind != text.Word {
				continue
			}
			if cm[1] == m[1] {
				return finding{}, false
			}
			if otherText == "" && overlap(contextOf(c.q.tokens, qi, qi), contextOf(a.tokens, ci, ci), c.al.matched) > 0 {
				other, otherText = ct, a.text
			}
		}
	}
	if otherText == "" {
		return finding{}, false
	}
	return finding{
		kind:   conflict,
		reason: fmt.Sprintf("the source says %q, you wrote %q", other.Text, qt.Text),
		qSpan:  span(qt), cText: otherText, cSpan: span(other), claim: span(qt),
	}, true
}

// givesBareValue reports whether the claim text of best, the source's
// figure of the statement's unit (written with it: "1,874 votes"), gives
// figure qq's value after it with no unit ("on 1,402"): a later figure of
// a list, which takes the unit of the one before it. A bare figure before
// it, or after a figure without its unit ("Al Kim, 68, …; Bo Park, 52"),
// is no such list.
func (c *comparison) givesBareValue(qq text.Quantity, bestText string, best text.Quantity) bool {
	if !strings.ContainsFunc(bestText[best.Start:best.End], unicode.IsLetter) {
		return false
	}
	for _, cq := range c.textOf(bestText).qty {
		if cq.Unit == "" && cq.Value == qq.Value && cq.Start >= best.End {
			return true
		}
	}
	return false
}

// givesValue reports whether a claim text gives figure qq's value, in
// whatever unit.
func (c *comparison) givesValue(qq text.Quantity) bool {
	for _, a := range c.texts {
		for _, cq := range a.qty {
			if cq.Value == qq.Value || cq.Cmp == text.Between && cq.High == qq.Value {
				return true
			}
		}
	}
	return false
}

// otherInSlot reports whether a claim text has a word of its own where
// the statement has figure qq: after the same word and the same function
// words ("sentenced to 30 years" / "sentenced to life"), a content word
// the statement does not have.
func (c *comparison) otherInSlot(qq text.Quantity) bool {
	i := tokenAt(c.q.tokens, qq.Start)
	k := i - 1
	var between []string
	for k >= 0 && c.q.tokens[k].Stop && len(between) < 2 {
		between = append([]string{c.q.tokens[k].Term}, between...)
		k--
	}
	if k < 0 || len(between) == 0 || c.q.tokens[k].Kind != text.Word || clauseBreak(c.q.text, c.q.tokens, k) {
		return false
	}
	head := c.al.matched[c.q.tokens[k].Term]
	if head == "" {
		return false
	}
	mine := inverse(c.al.matched)
	for _, a := range c.texts {
		for j, t := range a.tokens {
			if t.Term != head || j+len(between)+1 >= len(a.tokens) {
				continue
			}
			same := true
			for n, w := range between {
				if a.tokens[j+1+n].Term != w {
					same = false
				}
			}
			if next := a.tokens[j+1+len(between)]; same && next.Kind == text.Word && !next.Stop && !mine[next.Term] {
				return true
			}
		}
	}
	return false
}

// parts returns, for each figure of a text that counts a whole a smaller
// figure is part of ("lost nine of its 40 seats"), that part as a figure
// of the whole's unit ("nine seats"), and beside it that whole.
func parts(a analysed) (ps, wholes []text.Quantity) {
	for _, cq := range a.qty {
		m, cmp := partOf(a, cq)
		if m.Text == "" {
			m, cmp = frontedPartOf(a, cq), text.Exactly
		}
		if m.Text != "" && cq.Unit != "" {
			ps = append(ps, text.Quantity{Value: m.Num, Unit: cq.Unit, Cmp: cmp, Start: m.Start, End: m.End})
			wholes = append(wholes, cq)
		}
	}
	return ps, wholes
}

// frontedPartOf returns, when figure q of text a counts a whole said
// first ("Of the 17 patients, 11 have infections": q is "17 patients"),
// the smaller figure right after its phrase and comma; else a token of no
// kind.
func frontedPartOf(a analysed, q text.Quantity) text.Token {
	k := tokenAt(a.tokens, q.Start) - 1
	for k >= 0 && frontedDeterminers[text.Normalize(a.tokens[k].Text)] {
		k--
	}
	if k < 0 || text.Normalize(a.tokens[k].Text) != "of" || k > 0 && !clauseBreak(a.text, a.tokens, k-1) {
		return text.Token{}
	}
	j := tokenAt(a.tokens, q.End) // the token after the whole, past the rest of its phrase ("in the Halden chain")
	if j == 0 || a.tokens[j].Start < q.End {
		return text.Token{}
	}
	for n := 0; n < maxWholeTail && j < len(a.tokens)-1 && !clauseBreak(a.text, a.tokens, j-1); n++ {
		if a.tokens[j].Kind == text.Number {
			return text.Token{}
		}
		j++
	}
	if !clauseBreak(a.text, a.tokens, j-1) || a.tokens[j].Kind != text.Number || a.tokens[j].Num >= q.Value {
		return text.Token{}
	}
	return a.tokens[j]
}

// maxWholeTail is how many words a fronted whole's phrase may go on
// after its figure ("of the 40 stores in the Halden chain,").
const maxWholeTail = 5

// frontedDeterminers may stand between a fronted "of" and its whole:
// "Of the 17 patients", "Of its 40 stores".
var frontedDeterminers = wordSet("the its their these those his her our")

// partText is the text of partOf's token, "" when q is no whole.
func partText(a analysed, q text.Quantity) string {
	m, _ := partOf(a, q)
	return m.Text
}

// partOf returns, when figure q of text a counts the whole that a smaller
// figure is part of ("predicted the votes of three of the four judges":
// q is "four"), that smaller figure's token and how it is bounded ("some
// 212 of Veldra Rail's 1,050 daily trains": about 212 of exactly 1,050);
// else a token of no kind.
func partOf(a analysed, q text.Quantity) (text.Token, text.Cmp) {
	// Back over the words that say whose whole it is ("the", "its", "the
	// company's usual": a few words, no figure, within the clause).
	k := tokenAt(a.tokens, q.Start) - 1
	for n := 0; k >= 0 && n < 4 && text.Normalize(a.tokens[k].Text) != "of" && a.tokens[k].Kind != text.Number && !clauseBreak(a.text, a.tokens, k); n++ {
		k--
	}
	if k < 1 || text.Normalize(a.tokens[k].Text) != "of" || a.tokens[k-1].Kind != text.Number {
		return text.Token{}, text.Exactly
	}
	m := a.tokens[k-1]
	for _, o := range a.qty {
		if o.Start <= m.Start && m.Start < o.End && o.Value < q.Value && (o.Cmp == q.Cmp || q.Cmp == text.Exactly) {
			return m, o.Cmp
		}
	}
	return text.Token{}, text.Exactly
}

// wholeWords say a figure counts every one of what it counts: "all five
// participants", "all of the four judges", "both teams".
var wholeWords = wordSet("all every each")

// wholeFillers may stand between a word of wholeWords and its figure:
// "all of its 120 stations".
var wholeFillers = wordSet("the of its their his her our")

// wholeWord returns the word of wholeWords that opens figure q of text a
// ("all five", "all of the five", "all of its 120"), or a token of no
// kind.
func wholeWord(a analysed, q text.Quantity) text.Token {
	k := tokenAt(a.tokens, q.Start) - 1
	for k >= 0 && wholeFillers[text.Normalize(a.tokens[k].Text)] {
		k--
	}
	if k >= 0 && wholeWords[text.Normalize(a.tokens[k].Text)] {
		return a.tokens[k]
	}
	return text.Token{}
}

// wholeOf reports whether figure q of text a counts every one of them
// (wholeWord).
func wholeOf(a analysed, q text.Quantity) bool { return wholeWord(a, q).Text != "" }

// changeWords are the words that say which way a figure changed, just
// before it ("up about 40%", "fell 3 percent", "rose by $2 billion",
// "gained 12 points"): +1 a rise, -1 a fall.
var changeWords = map[string]int{}

func init() {
	for _, w := range []string{"up", "rose", "risen", "rise", "rises", "rising", "increase", "increased", "increases", "gain", "gained", "gains", "grew", "grown", "grow", "climbed", "climb", "jumped", "jump", "surged", "soared", "higher"} {
		changeWords[w] = 1
	}
	for _, w := range []string{"down", "fell", "fallen", "fall", "falls", "falling", "decrease", "decreased", "decreases", "declined", "decline", "dropped", "drop", "drops", "lost", "shrank", "shrunk", "slid", "slumped", "plunged", "tumbled", "lower"} {
		changeWords[w] = -1
	}
}

// directionWord returns the word of changeWords that opens figure q, past
// at most one hedge or "by" ("up about 40%", "rose by 5%"), or a token of
// no kind when none does. "Up to 40%" is a most, not a rise; "went up to
// 40%" a rise (text.MovedTo).
func directionWord(a analysed, q text.Quantity) text.Token {
	i := tokenAt(a.tokens, q.Start)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := a.tokens[k]
		w := text.Normalize(t.Text)
		if changeWords[w] != 0 {
			if k+1 < len(a.tokens) && text.Normalize(a.tokens[k+1].Text) == "to" && (w == "up" || w == "down") && !(k > 0 && text.MovedTo(strings.ToLower(a.tokens[k-1].Text))) {
				break // "up to 40%" is a most; "went up to 40%" a rise
			}
			return t
		}
		switch w {
		case "about", "around", "nearly", "almost", "roughly", "some", "by", "more", "than", "over", "just", "another", "a", "further":
			continue
		}
		break
	}
	return text.Token{}
}

// changeDirection is +1 when figure q is a rise, -1 a fall, 0 neither
// (directionWord).
func changeDirection(a analysed, q text.Quantity) int {
	t := directionWord(a, q)
	if t.Text == "" {
		return 0
	}
	return changeWords[text.Normalize(t.Text)]
}

// fromFigure reports whether a quantity is a change's earlier figure: the
// one "from" opens ("13%, down from 19%", "rose to $50 million from $40
// million").
func fromFigure(a analysed, q text.Quantity) bool {
	i := tokenAt(a.tokens, q.Start)
	return i > 0 && a.tokens[i-1].Term == "from"
}

// toFigure reports whether a quantity is a change's later figure as a
// change verb opens it: "fell to 4.1%", "rose to $50 million", "down to
// 3%" ("up to 40%" is a most, no change).
func toFigure(a analysed, q text.Quantity) bool {
	i := tokenAt(a.tokens, q.Start)
	if i < 2 || a.tokens[i-1].Term != "to" {
		return false
	}
	w := text.Normalize(a.tokens[i-2].Text)
	return changeWords[w] != 0 && w != "up"
}

// changeFigures reports whether a text gives a change of a unit: one
// figure of it opened by "from" and another not. When both the statement
// and a source do, each figure is set against the source's figure in the
// same place, so "at 19%, up from 13%" meets "at 13%, down from 19%" as
// 19% against 13%: the same two figures, the other way round. A statement
// with one figure is left to the context ("was 19% a week earlier").
func changeFigures(a analysed, unit string) bool {
	var from, other bool
	for _, q := range a.qty {
		if q.Unit != unit || q.Cmp == text.Between {
			continue
		}
		if fromFigure(a, q) {
			from = true
		} else {
			other = true
		}
	}
	return from && other
}

// otherOfChange reports whether a source text gives a change of qq's unit
// whose figure other than best agrees with qq.
func otherOfChange(a analysed, qq, best text.Quantity) bool {
	if !changeFigures(a, qq.Unit) {
		return false
	}
	for _, cq := range a.qty {
		if cq.Unit == qq.Unit && cq.Start != best.Start && cq.Cmp != text.Between && !qq.Conflict(cq) {
			return true
		}
	}
	return false
}

// maxRankWords is how many content words after a rank name what is
// ranked: "the third 90-day extension", "the second-largest city".
const maxRankWords = 3

// rankAgainst finds a rank the statement gives ("the second 90-day
// extension") where a claim text ranks the same thing otherwise ("the
// third 90-day extension"): the content words after each rank, up to
// maxRankWords in its clause, are the same (the statement's all among
// the claim's). Another rank of the same thing cannot be true with it.
func (c *comparison) rankAgainst(qq text.Quantity) (finding, bool) {
	if !rankFigure(c.q, qq) {
		return finding{}, false
	}
	qi := tokenAt(c.q.tokens, qq.Start)
	ranked := rankedWords(c.q, qi)
	if qi < 0 || len(ranked) == 0 {
		return finding{}, false
	}
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if ct.Kind != text.Number || ct.Num == c.q.tokens[qi].Num || !rankFigure(a, text.Quantity{Start: ct.Start, End: ct.End}) || c.rankOfNamed(a, text.Quantity{Start: ct.Start, End: ct.End}) {
				continue
			}
			theirs := map[string]bool{}
			for _, w := range rankedWords(a, ci) {
				theirs[w] = true
			}
			same := true
			for _, w := range ranked {
				if m, ok := c.al.matched[w]; !theirs[w] && !(ok && theirs[m]) {
					same = false
				}
			}
			if same {
				return finding{
					kind:   conflict,
					reason: fmt.Sprintf("the source says %q, you wrote %q", a.text[ct.Start:ct.End], c.q.text[qq.Start:qq.End]),
					qSpan:  [2]int{qq.Start, qq.End}, cText: a.text, cSpan: [2]int{ct.Start, ct.End},
				}, true
			}
		}
	}
	return finding{}, false
}

// rankOfNamed reports whether the source's rank cq of text a is held by
// someone it names in cq's clause whom the statement does not name, while
// the statement names no holder, only a pronoun ("she's only the third
// woman to be named counselor" against "The first woman to be named
// counselor was Anne Armstrong"). A rank is someone's: the source's first
// is Armstrong's, and who the reader's "she" is, the statement does not
// say. Two ranks of two holders contradict nothing.
func (c *comparison) rankOfNamed(a analysed, cq text.Quantity) bool {
	if len(c.q.tokens) == 0 {
		return false
	}
	if _, ok := subjectPronouns[c.q.tokens[0].Term]; !ok { // "she", "she's"
		return false
	}
	for _, t := range c.q.tokens[1:] {
		if c.ix.isName(c.q, t) {
			return false
		}
	}
	ci := tokenAt(a.tokens, cq.Start)
	for _, dir := range []int{-1, 1} {
		for j := ci + dir; j >= 0 && j < len(a.tokens); j += dir {
			if dir < 0 && clauseBreak(a.text, a.tokens, j) || dir > 0 && clauseBreak(a.text, a.tokens, j-1) {
				break
			}
			if t := a.tokens[j]; j > 0 && c.ix.isName(a, t) && !c.q.terms[t.Term] {
				return true
			}
		}
	}
	return false
}

// rankedWords returns the terms of the content words after token i (a
// rank), up to maxRankWords, within its clause: what the rank ranks.
func rankedWords(a analysed, i int) []string {
	var out []string
	for j := i + 1; i >= 0 && j < len(a.tokens) && len(out) < maxRankWords && !clauseBreak(a.text, a.tokens, j-1); j++ {
		if t := a.tokens[j]; !t.Stop {
			out = append(out, t.Term)
		}
	}
	return out
}

// rankAbsent finds a rank the statement gives alone ("James is third in NBA
// history") that no figure of the claim has ("moved into fifth place"):
// the claim does not give it, so it does not support it. A rank is an
// ordinal as written ("third", "3rd", "fifth"), also before a unit ("the
// third-largest city", whose "ten largest cities" is no rank: rankFigure);
// a bare count ("one of the biggest") is left alone.
func (c *comparison) rankAbsent(qq text.Quantity) (finding, bool) {
	if !rankFigure(c.q, qq) {
		return finding{}, false
	}
	for _, a := range c.texts {
		for _, t := range a.tokens {
			if t.Kind == text.Number && t.Num == qq.Value {
				return finding{}, false
			}
		}
	}
	return finding{
		kind:   beyond,
		reason: fmt.Sprintf("the source does not rank it %q", c.q.text[qq.Start:qq.End]),
		qSpan:  [2]int{qq.Start, qq.End},
	}, true
}

// minBareContext is how many words of context a figure with no unit must
// share with the source's figure in its place before that place counts
// (bareFigureElsewhere).
const minBareContext = 2

// bareContext is what places a figure with no unit: the last two content
// words before it ("Boston went 2-for-10": "boston", "went"), other
// figures passed over. With no unit to say what it counts, the words
// before it (who went, who won) tell one such figure from another; the
// words after run on into the next figure's.
func bareContext(a analysed, q text.Quantity) map[string]bool {
	out := map[string]bool{}
	for j := tokenAt(a.tokens, q.Start) - 1; j >= 0 && len(out) < minBareContext; j-- {
		if t := a.tokens[j]; contextWord(t) {
			out[t.Term] = true
		}
	}
	return out
}

// bareFigureElsewhere reports, for a figure with no unit ("went 0-for-10",
// "won 3-1"), a source whose figure in the same place, the one with the
// most context words in common, is another number, while the statement's
// number stands in the source only in a place with fewer: "The Sixers went
// 0-for-10 …, while Boston went 2-for-10" against "The Sixers went 0-for-9
// …, while Boston went 2-for-10" (a figure of the source whose number the
// statement gives elsewhere is that one's place, not a candidate). The
// number is the source's, but not where the statement puts it, so the source does not make the statement:
// beyond (never a contradiction: which figure is in which place is read
// from context words alone). So is a number the source gives nowhere,
// where the source has another figure with a word of its context: "the
// 12-1 second choice" against "the 8-1 second choice" (the number is no
// word the coverage counts, so the rest of the sentence would support it).
// A pair of numbers ("won 2-0") is placed against the source's pairs also
// where the source says what the pair is ("got a 2-2 draw"): its unit is
// the result's name, and the statement's score stands in its place.
func (c *comparison) bareFigureElsewhere(qq text.Quantity) (finding, bool) {
	if ordinal(strings.ToLower(c.q.text[qq.Start:qq.End])) {
		return finding{}, false
	}
	qctx := bareContext(c.q, qq)
	bestOv, sameOv := -1, -1
	var best text.Quantity
	var bestText string
	later := toFigure(c.q, qq) // "rose to 1.1 million" is no "up from 1.1 million"
	// The word right before the figure in its clause, its verb or noun
	// (headBefore), places it before any count of context words:
	// "killed more than 40,000" is not the source's "killed more than
	// 1,200 … and left 40,000 homeless", though the number is there.
	qHead := headBefore(c.q, qq)
	sameSlot, otherSlot := false, false
	var slotted text.Quantity
	var slottedText string
	for _, a := range c.texts {
		for _, cq := range a.qty {
			if cq.Unit != "" && !(qq.Cmp == text.Between && cq.Cmp == text.Between) {
				continue // a pair of numbers ("won 2-0") is a score, also where the source names it ("a 2-2 draw")
			}
			if later && fromFigure(a, cq) {
				continue
			}
			ov := overlap(qctx, bareContext(a, cq), c.al.matched)
			slot := qHead != "" && slotMatch(qHead, headBefore(a, cq), c.al.matched)
			if sameNumbers(cq, qq) {
				sameOv = max(sameOv, ov)
				sameSlot = sameSlot || slot
				continue
			}
			if slot && !otherSlot && !c.statementHas(cq) {
				otherSlot, slotted, slottedText = true, cq, a.text
			}
			if ov > bestOv && !c.statementHas(cq) {
				bestOv, best, bestText = ov, cq, a.text
			}
		}
	}
	if otherSlot && !sameSlot && sameOv >= 0 {
		// Another number stands in the statement's slot, its own number
		// elsewhere: the slot places it, whatever the counts of context.
		best, bestText = slotted, slottedText
	} else if sameOv < 0 && bestOv < 1 || sameOv >= 0 && bestOv < minBareContext || bestOv <= sameOv {
		// No figure of the source in its place, or its own place fits
		// best. A number the source never gives needs one word of
		// context only: no place of the source has it.
		return finding{}, false
	}
	return finding{
		kind:   beyond,
		reason: fmt.Sprintf("the source has %q where you wrote %q", bestText[best.Start:best.End], c.q.text[qq.Start:qq.End]),
		qSpan:  [2]int{qq.Start, qq.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
	}, true
}

// answeredElsewhere reports whether another figure of the statement than
// qq agrees with claim figure cq in its unit: cq is that one's answer.
func (c *comparison) answeredElsewhere(qq, cq text.Quantity) bool {
	for _, o := range c.q.qty {
		if o.Start != qq.Start && o.Unit == cq.Unit && sameNumbers(o, cq) && !o.Conflict(cq) {
			return true
		}
	}
	return false
}

// statementHas reports whether the statement gives figure cq's number
// (then cq's place is that figure's, not another's).
func (c *comparison) statementHas(cq text.Quantity) bool {
	for _, qq := range c.q.qty {
		if sameNumbers(qq, cq) {
			return true
		}
	}
	return false
}

// sameNumbers reports whether two figures give the same numbers: a pair
// ("won 1-0", a range down to 0) is not its first number alone (the
// "first" of "the first half"), though both have High 0.
func sameNumbers(a, b text.Quantity) bool {
	return a.Value == b.Value && a.High == b.High && (a.Cmp == text.Between) == (b.Cmp == text.Between)
}

// rankFigure reports whether a figure of a text is a rank: its number is
// an ordinal ("third", "3rd", "twenty-first", the "third" of
// "third-largest"), not a count ("ten largest", "about a month") nor a
// share ("a third of").
func rankFigure(a analysed, q text.Quantity) bool {
	for _, t := range a.tokens {
		if t.Start < q.Start || t.Kind != text.Number {
			continue
		}
		if t.Start >= q.End || text.IsFraction(t) {
			return false // "a third of the members" is a share, no rank
		}
		w := strings.ToLower(t.Text)
		last := w[strings.LastIndex(w, "-")+1:]
		return spelledOrdinals[w] || spelledOrdinals[last] || w[0] >= '0' && w[0] <= '9' && ordinal(w)
	}
	return false
}

// spelledOrdinals are the ordinals written in words.
var spelledOrdinals = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth") {
		out[w] = true
	}
	return out
}()

// ordinal reports whether a figure is written as an ordinal: "third",
// "twentieth", "3rd", "21st".
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third":
		return true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n := strings.TrimSuffix(w, suf); n != w && n != "" {
			if n[0] >= '0' && n[0] <= '9' || suf == "th" && len(n) >= 3 {
				return true
			}
		}
	}
	return false
}

// dayUnit is the unit of a count of days ("five days").
var dayUnit = text.Stem("days")

// withSpans returns a text's quantities and, when the statement counts
// days exactly and the text gives none, the length of each of its spans
// of days: "June 21-23" lasts three days, so "spent five days" differs
// from it. ("Over three days" may be "during" them: it is left alone.)
func withSpans(a analysed, qq text.Quantity) []text.Quantity {
	if qq.Unit != dayUnit || qq.Cmp != text.Exactly {
		return a.qty
	}
	for _, cq := range a.qty {
		if cq.Unit == dayUnit {
			return a.qty
		}
	}
	out := a.qty
	for _, d := range a.dates {
		if d.DayEnd > d.Day && d.Day > 0 {
			out = append(out[:len(out):len(out)], text.Quantity{Value: float64(d.DayEnd - d.Day + 1), Unit: dayUnit, Start: d.Start, End: d.End})
		}
	}
	return out
}

// quantityContext is the content words around a quantity, within
// contextWindow of them either side of its first token and within its
// side of a contrast (contrastBreak: "Copperline shares jumped 22% …,
// while Brightwell's fell 3%" says nothing of Brightwell's 22%), leaving out
// numbers and figure signs, and when unit is set, that word: a figure's
// value and its neighbours' ("growth of 1.8 percent and comparable sales
// growth of 3.5 percent") would make any figure look like the one meant.
func quantityContext(a analysed, q text.Quantity, unit string) map[string]bool {
	i := tokenAt(a.tokens, q.Start)
	out := map[string]bool{}
	skip := func(t text.Token) bool { return !contextWord(t) || unit != "" && t.Term == unit }
	for j, n := i-1, 0; j >= 0 && n < contextWindow && !contrastBreak(a, j); j-- {
		if !skip(a.tokens[j]) {
			out[a.tokens[j].Term] = true
			n++
		}
	}
	for j, n := i+1, 0; j < len(a.tokens) && n < contextWindow && !contrastBreak(a, j-1); j++ {
		if !skip(a.tokens[j]) {
			out[a.tokens[j].Term] = true
			n++
		}
	}
	return out
}

// headBefore returns the term of the content word a figure stands right
// after in its clause ("asked" in "had asked for $14 million"; "fell" in
// "fell 3% to $55"), passing over stop words and other figures, within
// contextWindow tokens; "" when there is none.
func headBefore(a analysed, q text.Quantity) string {
	i := tokenAt(a.tokens, q.Start)
	for j := i - 1; j >= 0 && i-j <= contextWindow && !clauseBreak(a.text, a.tokens, j); j-- {
		if t := a.tokens[j]; contextWord(t) {
			return t.Term
		}
	}
	return ""
}

// slotMatch reports whether a statement's head word (headBefore) is the
// source's, as the alignment matched them.
func slotMatch(qHead, cHead string, matched map[string]string) bool {
	return cHead != "" && (qHead == cHead || matched[qHead] == cHead)
}

// prospective reports whether figure q is what the verb after "will",
// "would" or "shall", or after a verb of intention or agreement and its
// "to", takes as its object: what is to come ("will hold a second
// summit", "agreed to hold a second summit", "plans to open a third
// store"), not a figure said beside an intention ("sought to ease
// tensions at their first summit").
func prospective(a analysed, q text.Quantity) bool {
	toks := a.tokens
	verb := false // a content word between the figure and the cue: the verb
	for j := tokenAt(toks, q.Start) - 1; j >= 0 && !clauseBreak(a.text, toks, j); j-- {
		w := text.Normalize(toks[j].Text)
		if w == "will" || w == "would" || w == "shall" || w == "to" && j > 0 && (intentionVerbs[toks[j-1].Term] || toks[j-1].Term == "agre") {
			return verb
		}
		if !toks[j].Stop {
			if verb {
				return false
			}
			verb = true
		}
	}
	return false
}

// contextWord reports whether a token can tell one figure from another:
// a content word, not a stop word, a negation, a number or a figure's sign.
//
// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func contextWord(t text.Token) bool {
	return !(t.Stop || t.Neg || t.Kind == text.Number || text.IsFigureSign(t))
}

// hasUnit reports whether the claim gives a figure of unit.
func (c *comparison) hasUnit(unit string) bool {
	for _, a := range c.texts {
		for _, cq := range a.qty {
			if cq.Unit == unit {
				return true
			}
		}
	}
	return false
}

// hasRange reports whether the claim gives a range of unit.
func (c *comparison) hasRange(unit string) bool {
	for _, a := range c.texts {
		for _, cq := range a.qty {
			if cq.Unit == unit && cq.Cmp == text.Between {
				return true
			}
		}
	}
	return false
}

// textOf returns the analysed text of the claim whose text is s.
func (c *comparison) textOf(s string) analysed {
	for _, a := range c.texts {
		if a.text == s {
			return a
		}
	}
	return analysed{}
}

// accountedFor reports whether the claim's figure best, which the
// statement's qq conflicts with, is one the statement gives elsewhere
// while another of the claim's figures agrees with qq: "talked for over
// three hours, two of them alone" against "more than three hours of talks,
// including two hours alone" pairs three with three and two with two.
func (c *comparison) accountedFor(qq, best text.Quantity) bool {
	given := false
	for _, t := range c.q.tokens {
		if t.Kind == text.Number && t.Num == best.Value && t.Start != qq.Start {
			given = true
		}
	}
	if !given {
		return false
	}
	for _, a := range c.texts {
		for _, cq := range a.qty {
			if cq.Unit == qq.Unit && cq.Start != best.Start && !qq.Conflict(cq) {
				return true
			}
		}
	}
	return false
}

// unquantified finds the statement's quantities the claim gives no
// figure for: those whose unit the claim speaks of without any figure
// ("within five years" against "by year's end"), and those whose figure
// the claim and its paragraph never have, whatever the words around it
// ("more than $200 million on TV ads" against "spending way more than the
// other candidates on television ads", "the two killings were connected"
// against "the shooting was connected"). The statement is more precise
// than its source: the figure is missing, or, where the claim has no
// word for its unit, beyond it. A claim with words enough in common does
// not vouch for a figure it never gives.
func unquantified(c *comparison) []finding {
	var out []finding
	for _, qq := range c.q.qty {
		// "One official", "one of the measures": one is seldom a figure
		// the source must give.
		// ("A third of the voters": a share of what the claim counts.)
		if qq.Value == 1 && qq.Cmp == text.Exactly {
			continue
		}
		if qq.Unit == "" || !c.d.terms[text.Counted(qq.Unit)] {
			// A figure the claim never gives, where the claim has no word
			// for its unit either: the statement goes beyond the claim.
			// (Not missing: a claim silent on a figure is no best fit
			// (check.go, silentOnFigures), and a figure of another claim
			// that counts something else would then settle it.)
			if c.figureUnsourced(qq) {
				out = append(out, finding{kind: beyond, reason: fmt.Sprintf("the source gives no figure for %q", c.q.text[qq.Start:qq.End]), qSpan: [2]int{qq.Start, qq.End}})
			}
			continue
		}
		quantified := false
		for _, a := range c.texts {
			for _, cq := range a.qty {
				quantified = quantified || text.SameUnit(cq, qq) || c.sameNoun(qq, a, cq) || c.agreesElsewhere(qq, a, cq)
			}
		}
		if !quantified {
			out = append(out, finding{kind: missing, qSpan: [2]int{qq.Start, qq.End}})
		}
	}
	return out
}

// countsUnnamed reports whether the noun right after a statement's sum or
// share ("$55 million severance package", "a 15% stake") is one the claim
// has no word for, in its texts or its paragraphs: the figure counts
// something the source does not speak of, so a figure of the source in its
// place is no difference (the unit, a sign's word, says only how it is
// counted). A figure whose unit is a word ("five days", "52 years old")
// counts what its unit says, which the quantities rule has matched.
func (c *comparison) countsUnnamed(qq text.Quantity) bool {
	i := tokenAt(c.q.tokens, qq.Start)
	if i < 0 {
		return false
	}
	for i+1 < len(c.q.tokens) && c.q.tokens[i+1].End <= qq.End {
		i++
	}
	if t := c.q.tokens[i]; !(t.Kind == text.Number || text.IsFigureSign(t) || t.Stop) {
		return false // the unit is a word of the figure's own
	}
	noun := figureNoun(c.q, qq)
	if len(noun) == 0 {
		return false
	}
	for _, w := range noun {
		t := text.Stem(w)
		if _, ok := c.al.matched[t]; ok || c.d.terms[t] || c.d.context[t] {
			return false
		}
	}
	return true
}

// figureUnsourced reports whether the number of a statement's quantity
// stands nowhere in the claim: no word of the claim matched it, and
// neither the claim, its quotes, nor the paragraphs they stand in have
// the number, as a figure of any unit (a span of days its length, "June
// 21-23" three days; an age after a name) or as a word.
func (c *comparison) figureUnsourced(qq text.Quantity) bool {
	number := false
	for _, t := range c.q.tokens {
		if t.Start < qq.Start || t.End > qq.End || t.Kind != text.Number {
			continue
		}
		number = true
		if _, ok := c.al.matched[t.Term]; ok || c.d.terms[t.Term] || c.d.context[t.Term] {
			return false
		}
	}
	if !number {
		return false
	}
	exact := qq // ("over three days": a span gives a length whatever the bound)
	exact.Cmp = text.Exactly
	for _, a := range c.texts {
		for _, cq := range append(withSpans(a, exact), c.apposedAges(a, qq)...) {
			if cq.Value == qq.Value || cq.Cmp == text.Between && cq.High == qq.Value {
				return false
			}
		}
		if restatesShare(a, qq) { // restated.go
			return false
		}
	}
	return true
}

// maxNounWords is how many words after a figure its noun phrase may have:
// "4,400 individual aluminium panels".
const maxNounWords = 4

// figureNoun returns the words of the noun phrase a figure counts: the
// run of content words from its unit word on, one space apart ("2,000
// aluminium panels": aluminium, panels), as written, not stemmed ("the
// $4 billion it asked" counts no "asking price"). A rank counts nothing
// ("first asked").
func figureNoun(a analysed, q text.Quantity) []string {
	i := tokenAt(a.tokens, q.Start)
	if i < 0 || ordinal(strings.ToLower(a.tokens[i].Text)) {
		return nil
	}
	// The noun starts at the figure's unit word, the last word of its
	// span ("around 3,100 individual"), or after the span.
	for i+1 < len(a.tokens) && a.tokens[i+1].End <= q.End {
		i++
	}
	if t := a.tokens[i]; t.Kind == text.Number || text.IsFigureSign(t) || t.Stop {
		i++
	}
	var out []string
	for k := i; k < len(a.tokens) && len(out) < maxNounWords; k++ {
		t := a.tokens[k]
		if t.Stop || t.Neg || t.Kind != text.Word || k > i && t.Start-a.tokens[k-1].End != 1 {
			break
		}
		out = append(out, text.Normalize(t.Text))
	}
	return out
}

// nounHead is the last word of a figure's noun phrase, or "".
//
// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func nounHead(a analysed, q text.Quantity) string {
	n := figureNoun(a, q)
	if len(n) == 0 {
		return ""
	}
	return n[len(n)-1]
}

// sameNoun reports whether two figures whose units differ count the same
// thing: their noun phrases end in the same word and the source's has
// every word of the statement's ("2,000 aluminium panels" and "4,400
// individual aluminium panels"; "47 points" and "27 combined points"), so
// the adjectives between figure and noun do not hide the figure the
// source gives for it. ("2,000 steel panels" does not count "aluminium
// panels": the figure would stand for a word the source does not have.) Only when neither side gives
// another figure of that noun: which of two the statement's stands for
// is not for the words between them to settle.
func (c *comparison) sameNoun(qq text.Quantity, a analysed, cq text.Quantity) bool {
	// A share ("a third of the voters") counts no voters.
	if strings.HasPrefix(qq.Unit, "share of") || strings.HasPrefix(cq.Unit, "share of") {
		return false
	}
	head := nounHead(c.q, qq)
	if head == "" || nounHead(a, cq) != head || !within(figureNoun(c.q, qq), figureNoun(a, cq)) {
		return false
	}
	return c.soleFigureOf(head)
}

// agreesElsewhere reports whether the source gives the statement's figure
// for the statement's noun with fewer words before it, the others said
// elsewhere in the claim ("more than 500 whale strandings" against
// "overseen more than 500 strandings … the leading whale expert"). Only a
// figure that agrees counts so: the words around a figure that differs
// may count something else, so it is no contradiction (read as one too,
// it added a wrong badge on a held-out part). sameNoun's other conditions
// hold: the same last word, one such figure on either side.
func (c *comparison) agreesElsewhere(qq text.Quantity, a analysed, cq text.Quantity) bool {
	if strings.HasPrefix(qq.Unit, "share of") || strings.HasPrefix(cq.Unit, "share of") {
		return false
	}
	same := cq
	same.Unit = qq.Unit
	if qq.Conflict(same) {
		return false
	}
	qn, cn := figureNoun(c.q, qq), figureNoun(a, cq)
	if len(cn) == 0 || len(qn) <= len(cn) || qn[len(qn)-1] != cn[len(cn)-1] || !within(cn, qn) {
		return false
	}
	for _, w := range qn {
		if !slices.Contains(cn, w) && c.al.matched[text.Stem(w)] == "" {
			return false
		}
	}
	return c.soleFigureOf(cn[len(cn)-1])
}

// soleFigureOf reports whether the statement and the claim each give one
// figure whose noun ends in head.
func (c *comparison) soleFigureOf(head string) bool {
	count := func(b analysed) int {
		n := 0
		for _, o := range b.qty {
			if nounHead(b, o) == head {
				n++
			}
		}
		return n
	}
	n := 0
	for _, b := range c.texts {
		n += count(b)
	}
	return n == 1 && count(c.q) == 1
}

// within reports whether every word of a is in b.
func within(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// yearUnit is the unit of a count of years ("61 years old").
var yearUnit = text.Stem("years")

// ageOf reports whether a statement's figure is an age: "61 years old".
func ageOf(a analysed, qq text.Quantity) bool {
	if qq.Unit != yearUnit {
		return false
	}
	for _, t := range a.tokens {
		if t.Start >= qq.End {
			return text.Normalize(t.Text) == "old"
		}
	}
	return false
}

// apposedAges returns, for a statement's age ("Han Lee is 41 years
// old"), the ages a claim sets between commas after the name of someone
// the statement names ("the ringleader Han Lee, 41, of Cambridge"), as
// years: the newsroom's way to give an age.
func (c *comparison) apposedAges(a analysed, qq text.Quantity) []text.Quantity {
	return apposedAges(c.q, a, qq)
}

// apposedAges returns the ages claim text a sets between commas after a
// name statement q gives, for q's age qq (comparison.apposedAges).
func apposedAges(q, a analysed, qq text.Quantity) []text.Quantity {
	if !ageOf(q, qq) {
		return nil
	}
	var out []text.Quantity
	for k := 1; k < len(a.tokens); k++ {
		t, name := a.tokens[k], a.tokens[k-1]
		if t.Kind != text.Number || t.Num < 1 || t.Num > 120 || t.Num != float64(int(t.Num)) ||
			a.text[name.End:t.Start] != ", " || t.End >= len(a.text) || a.text[t.End] != ',' || !name.Cap {
			continue
		}
		// The surname and the given name before it, when there is one,
		// are the statement's: "Han Lee, 41" is not "James Lee, 68".
		named := q.terms[name.Term]
		if k >= 2 {
			if g := a.tokens[k-2]; g.Cap && !g.Stop && g.Kind == text.Word && name.Start-g.End == 1 {
				named = named && q.terms[g.Term]
			}
		}
		if named {
			out = append(out, text.Quantity{Value: t.Num, Unit: qq.Unit, Start: t.Start, End: t.End})
		}
	}
	return out
}
