package match

import (
	"fmt"
	"sort"

	"github.com/factcheck/factcheck/claims/text"
)

// The order rule: words that order what they join ("visited Nevada before
// South Carolina", "a 2-1 win over Russia", "bubonic affects the lymph
// nodes whereas pneumonic affects the lungs") put the statement's words on
// the sides the source puts them. A statement that has them the other way
// round ("visited South Carolina before Nevada", "Russia beat Spain",
// "bubonic affects the lungs whereas pneumonic…") goes beyond its source:
// not supported, and (as a word order may be misread) not contradicted
// either.
//
// Two tests, on the words the statement and the claim share (in the
// claim's terms), each side of the same kind of pivot in both:
//   - pairing (pivots that pair, "whereas"): on each side of the
//     statement's pivot, two words stand on either side of the source's:
//     words exchanged (the two sides may change places: "pneumonic affects
//     the lungs whereas bubonic…" says the same);
//   - crossing (pivots that order, "before", "than", "beat"): a name on
//     one side of the statement's pivot stands on the other side of the
//     source's, and a word of the statement's other side on the first, where neither pivot opens its clause ("Before Iowa,
//     Patrick visited Nevada" says the same as "Patrick visited Nevada
//     before Iowa"). Names only: a date, a figure or a place of the event
//     may stand anywhere ("Spain beat Russia 2-1" against "a 2-1 win over
//     Russia").
//
// Figures count for neither test, nor do words on both sides of a pivot in
// either text.

// pivotClass is a kind of pivot: its pivots order (or pair) the same way.
type pivotClass struct {
	name    string
	ordered bool // the two sides are not interchangeable: crossing counts
	// inverse names the class whose pivot orders the other way round
	// ("after" for "before").
	inverse string
}

// pivotClasses are the pivots by word (lower case, as written). Source:
// written for factcheck; licence: that of factcheck.
var pivotClasses = map[string]pivotClass{
	"before":   {name: "before", ordered: true, inverse: "after"},
	"after":    {name: "after", ordered: true, inverse: "before"},
	"than":     {name: "than", ordered: true},
	"beat":     {name: "beat", ordered: true},
	"beats":    {name: "beat", ordered: true},
	"beating":  {name: "beat", ordered: true},
	"defeat":   {name: "beat", ordered: true},
	"defeats":  {name: "beat", ordered: true},
	"defeated": {name: "beat", ordered: true},
	"over":     {name: "beat", ordered: true},     // only after a win (pivotAt)
	"to":       {name: "transfer", ordered: true}, // only after a sale or a handover (pivotAt)
	"whereas":  {name: "whereas"},
	"unlike":   {name: "whereas"},
}

// winWords make "over" a pivot of the class "beat": "a 2-1 win over".
var winWords = map[string]bool{"win": true, "wins": true, "won": true, "victory": true, "victories": true}

// transferWords make "to" a pivot of the class "transfer": what changes
// hands stands before "to", who gets it after, in the active ("selling
// Hipcricket to Augme") and the passive ("Hipcricket was sold to Augme")
// alike. So does who addresses whom: "the cast made a public announcement
// to Mike Pence" is not "Mike Pence made a public announcement to the
// cast". transferReach is how many words before "to" the verb may stand
// ("sold its stake in the company to").
var transferWords = map[string]bool{
	"sell": true, "sells": true, "sold": true, "selling": true,
	"transfer": true, "transfers": true, "transferred": true, "transferring": true,
	"hand": true, "hands": true, "handed": true, "handing": true,
	"lease": true, "leases": true, "leased": true, "leasing": true,
	"lend": true, "lends": true, "lent": true, "lending": true,
	"donate": true, "donates": true, "donated": true, "donating": true,
	"announcement": true, "announcements": true, "apology": true, "apologies": true,
	"apologise": true, "apologised": true, "apologize": true, "apologized": true,
	"letter": true, "letters": true, "message": true, "messages": true,
	"speech": true, "appeal": true, "appealed": true, "plea": true,
}

const transferReach = 6

// pivotAt returns the class of token i of a text as a pivot.
func pivotAt(toks []text.Token, i int) (pivotClass, bool) {
	w := text.Normalize(toks[i].Text)
	pc, ok := pivotClasses[w]
	if !ok {
		return pivotClass{}, false
	}
	if w == "over" {
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if winWords[text.Normalize(toks[j].Text)] {
				return pc, true
			}
		}
		return pivotClass{}, false
	}
	if w == "to" {
		for j := i - 1; j >= 0 && j >= i-transferReach; j-- {
			if transferWords[text.Normalize(toks[j].Text)] {
				return pc, true
			}
		}
		return pivotClass{}, false
	}
	return pc, true
}

// clauses returns the tokens of the clauses either side of the pivot at p:
// "the difference being bubonic affects the lymph nodes whereas pneumonic
// affects the lungs", not what the sentence says before it.
func clauses(a analysed, p int) (lo, hi int) {
	lo, hi = p, p+1
	for lo > 0 && (lo == p || !clauseBreak(a.text, a.tokens, lo-1)) {
		lo--
	}
	for hi < len(a.tokens) && !clauseBreak(a.text, a.tokens, hi-1) {
		hi++
	}
	return lo, hi
}

// opensClause reports whether token i of a text opens its sentence or
// clause ("Before the summit, …").
func opensClause(a analysed, i int) bool { return i == 0 || clauseBreak(a.text, a.tokens, i-1) }

// sides returns the terms of tokens lo to hi of a text before and after its
// pivot at p (in the claim's terms: term maps a token to it, "" for none),
// each without the terms on both sides.
func sides(a analysed, p, lo, hi int, term func(text.Token) string, keep func(text.Token) bool) (left, right map[string]text.Token) {
	left, right = map[string]text.Token{}, map[string]text.Token{}
	for i := lo; i < hi; i++ {
		t := a.tokens[i]
		if i == p || t.Stop || t.Neg || t.Kind != text.Word && t.Kind != text.Entity || !keep(t) {
			continue
		}
		m := term(t)
		if m == "" {
			continue
		}
		if i < p {
			if _, ok := left[m]; !ok {
				left[m] = t
			}
		} else if _, ok := right[m]; !ok {
			right[m] = t
		}
	}
	for m := range left {
		if _, ok := right[m]; ok {
			delete(left, m)
			delete(right, m)
		}
	}
	return left, right
}

// order finds the statement's words on other sides of a pivot than the
// source's.
func order(c *comparison) []finding {
	q := c.q
	qTerm := func(t text.Token) string { return c.al.matched[t.Term] }
	cTerm := func(t text.Token) string {
		if c.al.claimTerms[t.Term] {
			return t.Term
		}
		return ""
	}
	any := func(text.Token) bool { return true }
	for p := range q.tokens {
		qpc, ok := pivotAt(q.tokens, p)
		if !ok {
			continue
		}
		qName := func(t text.Token) bool { return t.Cap || c.ix.key(q.text, t) } // (a name opening the sentence too)
		for _, a := range c.texts {
			for cp := range a.tokens {
				cpc, ok := pivotAt(a.tokens, cp)
				if !ok {
					continue
				}
				inverse := false
				switch {
				case cpc.name == qpc.name:
				case qpc.inverse != "" && cpc.name == qpc.inverse:
					inverse = true
				default:
					continue
				}
				var moved text.Token
				found := false
				if qpc.ordered {
					if opensClause(q, p) || opensClause(a, cp) {
						continue
					}
					cl, cr := sides(a, cp, 0, len(a.tokens), cTerm, any)
					if inverse {
						cl, cr = cr, cl
					}
					ql, qr := sides(q, p, 0, len(q.tokens), qTerm, any)
					qlNames, qrNames := sides(q, p, 0, len(q.tokens), qTerm, qName)
					if moved, found = crossed(qlNames, qr, cl, cr); !found {
						moved, found = crossed(qrNames, ql, cr, cl)
					}
					if found {
						return []finding{c.orderFinding(moved, a, cp)}
					}
					continue
				}
				lo, hi := clauses(a, cp)
				cl, cr := sides(a, cp, lo, hi, cTerm, any)
				lo, hi = clauses(q, p)
				ql, qr := sides(q, p, lo, hi, qTerm, any)
				if m, ok := paired(ql, cl, cr); ok {
					// Both sides: words exchanged, not one word said once for
					// the two ("store acorns in the ground, whereas … store
					// them in tree holes").
					_, both := paired(qr, cl, cr)
					moved, found = m, both
				}
				if found {
					return []finding{c.orderFinding(moved, a, cp)}
				}
			}
		}
	}
	return nil
}

// orderFinding says that a word of the statement stands on the other side
// of the pivot at cp of claim text a.
func (c *comparison) orderFinding(moved text.Token, a analysed, cp int) finding {
	return finding{
		kind:   beyond,
		reason: fmt.Sprintf("the source has %q on the other side of %q", moved.Text, a.tokens[cp].Text),
		qSpan:  span(moved),
		cText:  a.text,
		cSpan:  span(a.tokens[cp]),
	}
}

// inOrder lists a side's terms in the order of the text.
func inOrder(side map[string]text.Token) []string {
	out := make([]string, 0, len(side))
	for m := range side {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return side[out[i]].Start < side[out[j]].Start })
	return out
}

// paired returns two words of one side of the statement's pivot that stand
// on either side of the source's.
// (the second: the word that moved).
func paired(side, cl, cr map[string]text.Token) (moved text.Token, ok bool) {
	terms := inOrder(side)
	for _, m := range terms {
		if _, inL := cl[m]; !inL {
			continue
		}
		for _, n := range terms {
			if _, inR := cr[n]; inR && n != m {
				return side[n], true
			}
		}
	}
	return moved, false
}

// crossed returns a name on one side of the statement's pivot (from) that
// stands on the source's other side (cTo), where a word of the statement's
// other side (to) stands on the source's first side (cFrom).
func crossed(from, to, cFrom, cTo map[string]text.Token) (moved text.Token, ok bool) {
	for _, m := range inOrder(from) {
		if _, ok := cTo[m]; !ok {
			continue
		}
		for _, n := range inOrder(to) {
			if _, ok := cFrom[n]; ok {
				return from[m], true
			}
		}
	}
	return moved, false
}
