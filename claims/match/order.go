package match

import (
	"fmt"
	"slices"
	"sort"
	"strings"

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
	"instead":  {name: "than", ordered: true}, // "raised rates instead of cutting them", as "rather than"
	"beat":     {name: "beat", ordered: true},
	"beats":    {name: "beat", ordered: true},
	"beating":  {name: "beat", ordered: true},
	"defeat":   {name: "beat", ordered: true},
	"defeats":  {name: "beat", ordered: true},
	"defeated": {name: "beat", ordered: true},
	"over":     {name: "beat", ordered: true},                     // only after a win (pivotAt)
	"to":       {name: "transfer", ordered: true},                 // only after a sale or a handover (pivotAt)
	"from":     {name: "source", ordered: true},                   // only after a loan, a purchase or a gift taken (pivotAt)
	"against":  {name: "against", ordered: true},                  // only right after a verb whose sides may not change places (pivotAt)
	"behind":   {name: "behind", ordered: true, inverse: "ahead"}, // "two points behind Eastport"
	"ahead":    {name: "ahead", ordered: true, inverse: "behind"}, // "ahead of Eastport"
	"whereas":  {name: "whereas"},
	"unlike":   {name: "whereas"},
}

// winWords make "over" a pivot of the class "beat": "a 2-1 win over".
var winWords = wordSet("win wins won victory victories")

// transferWords make "to" a pivot of the class "transfer": what changes
// hands stands before "to", who gets it after, in the active ("selling
// Hipcricket to Augme") and the passive ("Hipcricket was sold to Augme")
// alike. So does who addresses whom: "the cast made a public announcement
// to Mike Pence" is not "Mike Pence made a public announcement to the
// cast". transferReach is how many words before "to" the verb may stand
// ("sold its stake in the company to").
var transferWords = wordSet("sell sells sold selling transfer transfers transferred transferring hand hands handed handing lease leases leased leasing lend lends lent lending donate donates donated donating announcement announcements apology apologies apologise apologised apologize apologized letter letters message messages speech appeal appealed plea")

const transferReach = 6

// sourceWords make "from" a pivot of the class "source": who takes stands
// before the verb, whom it is taken from after "from" ("Hartley borrowed
// £20,000 from his parents" is not "his parents borrowed £20,000 from
// Hartley").
var sourceWords = stemSet(slices.Values([]string{
	"borrow", "borrowed", "borrowing", "borrows",
	"buy", "bought", "buying", "buys", "purchase", "purchased", "purchasing",
	"receive", "received", "receiving", "receives",
	"inherit", "inherited", "inheriting", "inherits",
	"steal", "stole", "stolen", "stealing", "steals",
	"accept", "accepted", "accepting", "accepts",
	"obtain", "obtained", "obtaining", "obtains",
	"acquire", "acquired", "acquiring", "acquires",
	"rent", "rented", "renting", "rents",
}))

// determiners before a word make it a noun: "their protest against",
// "a match against".
var determiners = wordSet("a an the his her its their our my your this that")

// againstVerbAt returns the verb right before "against" at token i of a
// text (its index), or -1: who does it stands before the verb, whom it is
// aimed at after "against" ("relatives protested against the hospital
// staff" is not "the hospital staff protested against relatives";
// "testified against", "voted against", "campaigned against"). A verb
// whose two sides may change places ("played against", "fought against":
// reciprocalVerbs) and a noun ("their protest against", "a match
// against") are no pivot.
func againstVerbAt(toks []text.Token, i int) int {
	j := i - 1
	if j >= 0 && toks[j].Kind == text.Word && !toks[j].Stop && strings.HasSuffix(text.Normalize(toks[j].Text), "ly") {
		j-- // "protested loudly against"
	}
	if j < 0 || toks[j].Stop || toks[j].Neg || toks[j].Kind != text.Word || toks[j].Cap && j > 0 {
		return -1
	}
	t := toks[j]
	w := strings.ToLower(text.Normalize(t.Text))
	if reciprocalVerbs[t.Term] || reciprocalVerbs[text.Stem(w)] || !verbForm(w) {
		return -1
	}
	if j > 0 {
		if d := strings.ToLower(text.Normalize(toks[j-1].Text)); determiners[d] || strings.HasSuffix(d, "'s") || strings.HasSuffix(d, "’s") {
			return -1
		}
	}
	return j
}

// roleVerbAt returns the verb that makes token i of a text a pivot of the
// classes "transfer", "source" or "against" (its index), or -1.
func roleVerbAt(toks []text.Token, i int) int {
	words := transferWords
	switch text.Normalize(toks[i].Text) {
	case "against":
		return againstVerbAt(toks, i)
	case "to":
	case "from":
		for j := i - 1; j >= 0 && j >= i-transferReach; j-- {
			if sourceWords[toks[j].Term] || sourceWords[text.Stem(text.Normalize(toks[j].Text))] {
				return j
			}
		}
		return -1
	default:
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-transferReach; j-- {
		if words[text.Normalize(toks[j].Text)] {
			return j
		}
	}
	return -1
}

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
	if w == "to" || w == "from" || w == "against" {
		if roleVerbAt(toks, i) >= 0 {
			return pc, true
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

// degreeWords are the comparatives that say which way a comparison goes
// and that no opposite word pairs (they are function words): more
// (+1) or less (-1). "Higher" and "lower" are the polarity rule's.
var degreeWords = map[string]int{"more": 1, "further": 1, "farther": 1, "less": -1, "fewer": -1}

// degreeBefore returns the way of the comparison whose "than" is token p
// of a (degreeWords), 0 when none or when a figure follows "than" ("more
// than 300 people" bounds a number: the figures rule's).
func degreeBefore(a analysed, p int) int {
	if p == 0 || p+1 < len(a.tokens) && a.tokens[p+1].Kind == text.Number {
		return 0
	}
	return degreeWords[text.Normalize(a.tokens[p-1].Text)]
}

// boundsFigure reports whether pivot p of a text is the "than" of a bound
// on a figure ("killed more than 39,000, according to Palestinian
// tallies"): two such bounds compare no two things, whatever stands on
// either side of them.
func boundsFigure(a analysed, p int) bool {
	return text.Normalize(a.tokens[p].Text) == "than" && p+1 < len(a.tokens) && a.tokens[p+1].Kind == text.Number
}

// shareTerm reports whether two sides (sides) have a term in common.
func shareTerm(x, y map[string]text.Token) bool {
	for m := range x {
		if _, ok := y[m]; ok {
			return true
		}
	}
	return false
}

// orderedEnd returns where the side a pivot orders after it ends: a time
// pivot ("before", "after") opens a clause, and what follows that clause
// is ordered by nothing ("burst its banks after heavy rain, flooding 1,240
// homes": the flooding is not what came before the burst); other pivots
// order the rest of the sentence ("fell further than those of its rival,
// Calder & Finch").
func orderedEnd(a analysed, p int, pc pivotClass) int {
	if pc.name != "before" && pc.name != "after" {
		return len(a.tokens)
	}
	_, hi := clauses(a, p)
	return hi
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
					if opensClause(q, p) || opensClause(a, cp) || boundsFigure(q, p) && boundsFigure(a, cp) {
						continue
					}
					// "Before" against "after" orders the same two things
					// the other way round only when the event after each is
					// the same one (sameEventAfter, polarity.go): "studied
					// biology before he left university" against "was
					// called after the first whale his father named, and
					// left university" orders nothing against it.
					if inverse && !sameEventAfter(q, p, a, cp, c.al.matched) {
						continue
					}
					cEnd, qEnd := orderedEnd(a, cp, cpc), orderedEnd(q, p, qpc)
					cl, cr := sides(a, cp, 0, cEnd, cTerm, any)
					if inverse {
						cl, cr = cr, cl
					}
					ql, qr := sides(q, p, 0, qEnd, qTerm, any)
					qlNames, qrNames := sides(q, p, 0, qEnd, qTerm, qName)
					if moved, found = crossed(qlNames, qr, cl, cr); !found {
						moved, found = crossed(qrNames, ql, cr, cl)
					}
					if !found && (qpc.name == "transfer" || qpc.name == "source" || qpc.name == "against") && !inverse {
						moved, found = c.rolesSwapped(p, a, cp)
					}
					if found {
						return []finding{c.orderFinding(moved, a, cp)}
					}
					if qpc.name == "than" {
						// Two things compared may be any words ("boys
						// reported more of it than girls" against "girls
						// reported more than boys"): not supported, but a
						// comparison may be said the other way round ("less
						// than"), so named as no difference (unsure).
						word := func(t text.Token) bool { return t.Kind == text.Word && !t.Stop && !t.Neg }
						qlWords, qrWords := sides(q, p, 0, len(q.tokens), qTerm, word)
						if moved, found = crossed(qlWords, qr, cl, cr); !found {
							moved, found = crossed(qrWords, ql, cr, cl)
						}
						if found {
							f := c.orderFinding(moved, a, cp)
							f.unsure = true
							return []finding{f}
						}
						// The same two things compared the other way:
						// "fell less than its rival's" against "had fallen
						// further than those of its rival".
						if qd, cd := degreeBefore(q, p), degreeBefore(a, cp); qd != 0 && cd == -qd && !inverse && shareTerm(ql, cl) && shareTerm(qr, cr) {
							return []finding{{
								kind:   conflict,
								reason: fmt.Sprintf("the source says %q, you wrote %q", a.tokens[cp-1].Text+" than", q.tokens[p-1].Text+" than"),
								qSpan:  [2]int{q.tokens[p-1].Start, q.tokens[p].End}, cText: a.text, cSpan: [2]int{a.tokens[cp-1].Start, a.tokens[cp].End},
							}}
						}
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
	if f, ok := c.pathReversed(); ok {
		return []finding{f}
	}
	if f, ok := c.passiveTurned(); ok {
		return []finding{f}
	}
	if f, ok := c.activeSwapped(); ok {
		return []finding{f}
	}
	if f, ok := c.objectAsSubject(); ok {
		return []finding{f}
	}
	return nil
}

// pathReach is how many words a side of "from … to …" may hold.
const pathReach = 5

// pathEnds returns the terms (through term, "" for none) of the two ends of a
// "from X to Y" that opens at token i of a text: the words after "from"
// up to "to", and those after "to" up to a preposition, a stop word after
// them or the clause's end. Terms on both ends ("from door to door") are
// neither's.
func pathEnds(a analysed, i int, term func(text.Token) string) (from, to map[string]text.Token, ok bool) {
	toks := a.tokens
	if text.Normalize(toks[i].Text) != "from" {
		return nil, nil, false
	}
	from, to = map[string]text.Token{}, map[string]text.Token{}
	end := func(k int) bool { return clauseBreak(a.text, toks, k) }
	j := i + 1
	for ; j < len(toks) && j <= i+pathReach && text.Normalize(toks[j].Text) != "to"; j++ {
		if end(j) {
			return nil, nil, false
		}
		if m := term(toks[j]); m != "" && !toks[j].Stop {
			from[m] = toks[j]
		}
	}
	if j >= len(toks) || text.Normalize(toks[j].Text) != "to" || len(from) == 0 || end(j) {
		return nil, nil, false
	}
	for k := j + 1; k < len(toks) && k <= j+pathReach; k++ {
		t := toks[k]
		if prepositions[t.Term] || t.Stop && len(to) > 0 {
			break
		}
		if m := term(t); m != "" && !t.Stop {
			to[m] = t
		}
		if end(k) {
			break
		}
	}
	for m := range from {
		if _, ok := to[m]; ok {
			delete(from, m)
			delete(to, m)
		}
	}
	return from, to, len(from) > 0 && len(to) > 0
}

// pathReversed finds a "from X to Y" of the statement that the source says
// the other way round, "from Y to X": "moved its offices from the north
// wing to Hall 3" against "moved its offices from Hall 3 to the north
// wing". Each end of the statement's path stands at the other end of the
// source's: the statement goes beyond its source (a word order may be
// misread, so it contradicts nothing).
func (c *comparison) pathReversed() (finding, bool) {
	qTerm := func(t text.Token) string { return c.al.matched[t.Term] }
	cTerm := func(t text.Token) string {
		if c.al.claimTerms[t.Term] {
			return t.Term
		}
		return ""
	}
	meets := func(x, y map[string]text.Token) (text.Token, bool) {
		for _, m := range inOrder(x) {
			if _, ok := y[m]; ok {
				return x[m], true
			}
		}
		return text.Token{}, false
	}
	for p := range c.q.tokens {
		qFrom, qTo, ok := pathEnds(c.q, p, qTerm)
		if !ok {
			continue
		}
		for _, a := range c.texts {
			for cp := range a.tokens {
				cFrom, cTo, ok := pathEnds(a, cp, cTerm)
				if !ok {
					continue
				}
				moved, crossedFrom := meets(qFrom, cTo)
				_, crossedTo := meets(qTo, cFrom)
				_, sameFrom := meets(qFrom, cFrom)
				_, sameTo := meets(qTo, cTo)
				if crossedFrom && crossedTo && !sameFrom && !sameTo {
					return c.orderFinding(moved, a, cp), true
				}
			}
		}
	}
	return finding{}, false
}

// partyName reports whether a token of a text is a name that can do or
// undergo what a verb says (a name, not a number or a year): the sides
// passiveTurned, activeSwapped and objectAsSubject read.
//
// A pronoun the check reads as the statement's name (anaphora.go: "He
// dominated the midfield, outshining Caicedo", "He" read as Gallagher) is
// that name on both sides: the claim's pronoun, and the statement's words
// read for it, which the reading made stop words. So a statement that puts
// the two the other way round ("Caicedo outshone Gallagher") is found out.
func (c *comparison) partyName(a analysed, t text.Token) bool {
	return c.ix.isName(a, t) && t.Kind != text.Number && t.Kind != text.Year || c.readAsName(a, t)
}

// readAsName reports whether a token of a text is the name the claim's
// pronoun is read as: in the statement, a word of that name; in the claim,
// the pronoun.
func (c *comparison) readAsName(a analysed, t text.Token) bool {
	rd := c.al.anaphora
	switch {
	case rd.who == "":
		return false
	case a.text == c.q.text:
		return t.Start >= rd.at[0] && t.End <= rd.at[1]
	}
	return strings.EqualFold(t.Text, rd.anaphor)
}

// passiveTurned finds a statement that says in the active what its source
// says in the passive the other way round: "Kowalski struck Ferreira"
// against "Kowalski was struck … by Ferreira". Names on both sides only.
func (c *comparison) passiveTurned() (finding, bool) {
	q := c.q
	name := c.partyName
	for v, vt := range q.tokens {
		mv, ok := c.al.matched[vt.Term]
		if !ok || vt.Stop || vt.Neg || vt.Kind != text.Word || name(q, vt) || v == 0 || beBefore(q, v) {
			continue
		}
		var agent, patient []string // the statement's names before and after the verb, in the claim's terms
		for i := v - 1; i >= 0 && !clauseBreak(q.text, q.tokens, i); i-- {
			if m, ok := c.al.matched[q.tokens[i].Term]; ok && name(q, q.tokens[i]) {
				agent = append(agent, m)
			}
		}
		for i := v + 1; i < len(q.tokens) && i <= v+4; i++ {
			t := q.tokens[i]
			if m, ok := c.al.matched[t.Term]; ok && name(q, t) {
				patient = append(patient, m)
			} else if !t.Stop && len(patient) > 0 {
				break
			}
			if clauseBreak(q.text, q.tokens, i) {
				break
			}
		}
		if len(agent) == 0 || len(patient) == 0 {
			continue
		}
		for _, a := range c.texts {
			for cv, ct := range a.tokens {
				if ct.Term != mv || !beBefore(a, cv) {
					continue
				}
				subject := map[string]bool{}
				for i := cv - 1; i >= 0 && !clauseBreak(a.text, a.tokens, i); i-- {
					subject[a.tokens[i].Term] = true
				}
				for k := cv + 1; k < len(a.tokens) && k <= cv+6 && !clauseBreak(a.text, a.tokens, k-1); k++ {
					if a.tokens[k].Term != "by" || k+1 >= len(a.tokens) {
						continue
					}
					by := map[string]bool{}
					for i := k + 1; i < len(a.tokens) && i <= k+4 && name(a, a.tokens[i]); i++ {
						by[a.tokens[i].Term] = true
					}
					if slices.ContainsFunc(agent, func(m string) bool { return subject[m] && !by[m] }) &&
						slices.ContainsFunc(patient, func(m string) bool { return by[m] && !subject[m] }) {
						return finding{
							kind:   beyond,
							reason: fmt.Sprintf("the source says %s the other way round (%q)", vt.Text, a.text[ct.Start:a.tokens[k].End]),
							qSpan:  span(vt), cText: a.text, cSpan: span(ct),
						}, true
					}
					break
				}
			}
		}
	}
	return finding{}, false
}

// reciprocalVerbs say the same whichever of the two does it: "Biden met
// Putin" is "Putin met Biden". Source: Levin (1993), English Verb Classes
// and Alternations, class 36 (verbs of social interaction: 36.1
// correspond, 36.2 marry, 36.3 meet), with "talk" and "speak" (class
// 37.5); licence: the list is facts of English, written for factcheck.
var reciprocalVerbs = stemSet(slices.Values([]string{
	"agree", "argue", "bargain", "bicker", "clash", "coexist", "collaborate", "collide",
	"compete", "concur", "confer", "consult", "cooperate", "correspond", "debate",
	"disagree", "duel", "feud", "fight", "haggle", "joke", "mate", "meet", "met",
	"negotiate", "play", "quarrel", "reconcile", "skirmish", "spar", "squabble",
	"struggle", "tussle", "vie", "war", "wrangle",
	"court", "cuddle", "date", "divorce", "embrace", "hug", "kiss", "marry", "wed",
	"battle", "box", "wrestle", "face", "ally", "partner", "team", "talk", "speak",
	"chat", "converse", "communicate", "trade", "tie", "draw", "split", "merge",
}))

// activeSwapped finds a statement that says in the active, with names
// either side of a verb, what its source says in the active the other way
// round: "the Palestinian Authority pledged to punish Israel" against
// "Israel … has pledged to punish the Palestinian Authority", "Ortiz sued
// Halvorsen" against "Halvorsen sued Ortiz"; also the passive of either
// ("Okafor was defeated by Brandt" against "Okafor defeated Brandt"). Who
// does it and to whom are turned round: the statement goes beyond its
// source (a word order may be misread: neither the rules nor, unlike the
// order rule's other findings, the decision contradict it:
// finding.unsure). The source's subject is every name
// before its verb, so that a clause between them ("Israel, which controls
// tax receipts, has pledged…") keeps it; its object the names right after
// the verb. A verb whose two sides may change places ("met", "talked
// with": reciprocalVerbs) and a passive the source writes without "be"
// ("Israel, punished by…") say nothing of the order.
func (c *comparison) activeSwapped() (finding, bool) {
	q := c.q
	name := c.partyName
	for v, vt := range q.tokens {
		mv, ok := c.al.matched[vt.Term]
		if !ok || vt.Stop || vt.Neg || vt.Kind != text.Word || name(q, vt) || v == 0 || reciprocalVerbs[vt.Term] || reciprocalVerbs[mv] ||
			!verbForm(strings.ToLower(text.Normalize(vt.Text))) {
			continue
		}
		doers, dones, ok := roleNames(q, v, name, c.al.matched)
		if !ok || len(doers) == 0 || len(dones) == 0 {
			continue
		}
		for _, a := range c.texts {
			for cv, ct := range a.tokens {
				if ct.Term != mv {
					continue
				}
				cDoers, cDones, ok := roleNames(a, cv, name, nil)
				if !ok {
					continue
				}
				var doer, done *text.Token
				for _, m := range inOrder(doers) {
					if _, ok := cDones[m]; ok && !hasTerm(cDoers, m) {
						t := doers[m]
						doer = &t
						break
					}
				}
				for _, m := range inOrder(dones) {
					if _, ok := cDoers[m]; ok && !hasTerm(cDones, m) {
						t := dones[m]
						done = &t
						break
					}
				}
				if doer != nil && done != nil {
					return finding{
						kind:   beyond,
						unsure: true,
						reason: fmt.Sprintf("the source has %q and %q the other way round, either side of %q", doer.Text, done.Text, ct.Text),
						qSpan:  span(*doer), cText: a.text, cSpan: span(ct),
					}, true
				}
			}
		}
	}
	return finding{}, false
}

// hasTerm reports whether a side holds term m.
func hasTerm(set map[string]text.Token, m string) bool { _, ok := set[m]; return ok }

// roleNames returns who does what the verb at v of a text says and to
// whom, as names (through term, when not nil, in its terms): in the
// active, the names before it (in the statement, in its clause; in a
// source, every word before it, so that a clause between ("Israel, which
// controls tax receipts, has pledged…") keeps the subject, and a name
// that opens the sentence counts though its capital proves nothing) and those of
// the phrase right after it; in the passive ("was defeated by Brandt"),
// the names after "by" and those before it. A passive without "by", and
// a participle after a noun ("Lindgren, praised by Achebe"), say nothing.
func roleNames(a analysed, v int, name func(analysed, text.Token) bool, term map[string]string) (doers, dones map[string]text.Token, ok bool) {
	before := map[string]text.Token{}
	for i := v - 1; i >= 0; i-- {
		if term != nil && clauseBreak(a.text, a.tokens, i) {
			break
		}
		t := a.tokens[i]
		m := t.Term
		if term != nil {
			m = term[t.Term]
		}
		if m != "" && (name(a, t) || term == nil && !t.Stop) { // a source's subject may open its sentence ("Halvorsen, who…")
			before[m] = t
		}
	}
	after, passive := namesAfter(a, v, name, term)
	if !passive {
		// "was defeated in the run-off": no doer; "is buying" is active.
		if beBefore(a, v) && !strings.HasSuffix(text.Normalize(a.tokens[v].Text), "ing") {
			return nil, nil, false
		}
		return before, after, true
	}
	if !beBefore(a, v) {
		return nil, nil, false
	}
	for k := v + 1; k < len(a.tokens) && k <= v+3; k++ {
		if text.Normalize(a.tokens[k].Text) == "by" {
			by, _ := namesAfter(a, k, name, term)
			return by, before, true
		}
	}
	return nil, nil, false
}

// objectAsSubject finds the statement's subject standing in the source as
// the object of another verb, before "and" and the statement's verb,
// whose subject is a name of its own: "Ukraine annexed Crimea" against
// "Russia invaded eastern Ukraine and annexed Crimea". Two verbs joined
// by "and" share the first one's subject; the statement gives the second
// verb to the first one's object. Not supported (a word order may be
// misread: neither the rules nor the decision contradict it:
// finding.unsure).
func (c *comparison) objectAsSubject() (finding, bool) {
	q := c.q
	name := c.partyName
	for v, vt := range q.tokens {
		mv, ok := c.al.matched[vt.Term]
		if !ok || v == 0 || vt.Stop || vt.Neg || vt.Kind != text.Word || name(q, vt) || !verbForm(strings.ToLower(text.Normalize(vt.Text))) {
			continue
		}
		s := v - 1
		for s > 0 && helper(q.tokens[s]) {
			s--
		}
		st := q.tokens[s]
		ms, ok := c.al.matched[st.Term]
		if !ok || !name(q, st) || clauseBreak(q.text, q.tokens, s) {
			continue
		}
		for _, a := range c.texts {
			toks := a.tokens
			for cv, ct := range toks {
				if ct.Term != mv || cv < 4 || text.Normalize(toks[cv-1].Text) != "and" {
					continue
				}
				// Back from "and": the statement's subject, then another
				// verb, then that verb's subject, another name.
				k := cv - 2
				for k >= 0 && toks[k].Term != ms && !clauseBreak(a.text, toks, k) && cv-k <= 5 {
					k--
				}
				if k < 1 || toks[k].Term != ms {
					continue
				}
				p := k - 1
				for p >= 0 && !clauseBreak(a.text, toks, p) && k-p <= 3 && !pastTense(toks[p]) {
					p--
				}
				if p < 1 || !pastTense(toks[p]) || clauseBreak(a.text, toks, p) {
					continue
				}
				for r := p - 1; r >= 0 && !clauseBreak(a.text, toks, r) && p-r <= 3; r-- {
					if rt := toks[r]; name(a, rt) && rt.Term != ms {
						return finding{
							kind:   beyond,
							unsure: true,
							reason: fmt.Sprintf("the source says %s %s, and %s only as what it %s", rt.Text, ct.Text, toks[k].Text, toks[p].Text),
							qSpan:  span(st), cText: a.text, cSpan: span(rt),
						}, true
					}
				}
			}
		}
	}
	return finding{}, false
}

// helper reports whether a token may stand between a subject and its
// verb without being either: an auxiliary or a negation ("did not",
// "had never").
func helper(t text.Token) bool {
	return t.Neg || auxiliaries[text.Normalize(t.Text)] || text.Normalize(t.Text) == "not"
}

// objectEnds end the phrase right after a verb, as a preposition other
// than "of" does: what follows is no object of the verb.
var objectEnds = wordSet("to against and or alongside between among than as after before")

// namesAfter returns the names (through term, when not nil, in its terms)
// of the phrase right after the verb at v of a text, up to six words on
// ("ordered the arrest of prominent politicians including Lee"),
// and whether a "by" there makes the verb a passive ("punished by Israel").
func namesAfter(a analysed, v int, name func(analysed, text.Token) bool, term map[string]string) (names map[string]text.Token, passive bool) {
	names = map[string]text.Token{}
	for i := v + 1; i < len(a.tokens) && i <= v+6; i++ {
		t := a.tokens[i]
		w := text.Normalize(t.Text)
		if w == "by" {
			return names, len(names) == 0 // "punished by Israel"; "punish Israel by freezing…" is active
		}
		if (w == "and" || w == "or") && len(names) > 0 && i+1 < len(a.tokens) && name(a, a.tokens[i+1]) {
			continue // "accused China and Russia": one object of two names
		}
		if prepositions[w] && w != "of" || objectEnds[w] {
			break // "discussed the idea with Trump": who else took part, no object
		}
		m := t.Term
		if term != nil {
			m = term[t.Term]
		}
		if m != "" && name(a, t) {
			if _, ok := names[m]; !ok {
				names[m] = t
			}
		} else if !t.Stop && len(names) > 0 {
			break
		}
		if clauseBreak(a.text, a.tokens, i) {
			break
		}
	}
	return names, false
}

// attributeSwapped finds what the statement says of one noun with a
// copula ("her father is Jewish") where the source says it of another
// ("Her mother is Jewish") that the statement names too, in another role
// ("her mother is from the Pueblo tribe"), and never of the first: the
// attribute is bound to the other noun.
func (c *comparison) attributeSwapped() (finding, bool) {
	q := c.q
	said := inverse(c.al.matched)
	for i := range q.tokens {
		x, attr, ok := copulaPair(q, i)
		if !ok || c.ix.isName(q, x) {
			continue
		}
		mA, ok := c.al.matched[attr.Term]
		if !ok {
			continue
		}
		// The nouns the statement binds the word to: "from the Pueblo
		// tribe" binds "Pueblo" to "tribe" too.
		mX := c.al.matched[x.Term]
		binds := map[string]bool{x.Term: true, mX: true}
		for j, t := range q.tokens {
			if t.Start == attr.Start {
				for _, y := range boundNouns(q, j) {
					binds[y.Term], binds[c.al.matched[y.Term]] = true, true
				}
			}
		}
		var other *text.Token
		var otherText analysed
		agrees := false
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != mA {
					continue
				}
				for _, y := range boundNouns(a, ci) {
					switch {
					case binds[y.Term]:
						agrees = true
					case said[y.Term] && !c.ix.isName(a, y) && other == nil:
						other, otherText = &y, a
					}
				}
			}
		}
		if agrees || other == nil {
			continue
		}
		return finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says %s %s, you wrote %s %s", other.Text, attr.Text, x.Text, attr.Text),
			qSpan:  span(x), cText: otherText.text, cSpan: span(*other),
		}, true
	}
	return finding{}, false
}

// boundNouns returns the nouns a text says word i of: the subject of its
// copula ("her mother is Jewish"), the noun it describes ("a Jewish
// mother"), the noun it comes from ("a father from the Pueblo tribe").
func boundNouns(a analysed, i int) []text.Token {
	var out []text.Token
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if x, attr, ok := copulaPair(a, j); ok && attr.Start == a.tokens[i].Start {
			out = append(out, x)
		}
	}
	if i+1 < len(a.tokens) && !clauseBreak(a.text, a.tokens, i) {
		if n := a.tokens[i+1]; !n.Stop && !n.Neg && n.Kind == text.Word && !n.Cap && !pastTense(n) {
			out = append(out, n)
		}
	}
	for j := i - 1; j >= 1 && j >= i-3 && !clauseBreak(a.text, a.tokens, j); j-- {
		if text.Normalize(a.tokens[j].Text) == "from" {
			if n := a.tokens[j-1]; !n.Stop && !n.Neg && n.Kind == text.Word && !n.Cap && !clauseBreak(a.text, a.tokens, j-1) {
				out = append(out, n)
			}
			break
		}
	}
	return out
}

// copulaPair reads token i of a text as a copula with a noun right before
// it and a word it says of that noun after it, past articles ("father is
// Jewish", "the mayor was a lawyer"); a negation reads nothing.
func copulaPair(a analysed, i int) (subject, attr text.Token, ok bool) {
	switch text.Normalize(a.tokens[i].Text) {
	case "is", "was", "are", "were":
	default:
		return subject, attr, false
	}
	if i == 0 || i+1 >= len(a.tokens) || clauseBreak(a.text, a.tokens, i-1) {
		return subject, attr, false
	}
	subject = a.tokens[i-1]
	if subject.Stop || subject.Neg || subject.Kind != text.Word {
		return subject, attr, false
	}
	for j := i + 1; j < len(a.tokens) && j <= i+3; j++ {
		t := a.tokens[j]
		if t.Neg {
			return subject, attr, false
		}
		if !t.Stop && (t.Kind == text.Word || t.Kind == text.Entity) {
			if pastTense(t) || strings.HasSuffix(text.Normalize(t.Text), "ing") {
				break // "was stolen" says what happened to it, no word of it
			}
			return subject, t, true
		}
		if clauseBreak(a.text, a.tokens, j) {
			break
		}
	}
	return subject, attr, false
}

// pairSwapped finds a word and a name the statement joins in one clause
// ("went to law school at the University of New Mexico") that the source
// puts in two clauses, each with a name of its own ("attended University
// of New Mexico for undergrad, then University of Washington for law
// school"), the statement naming nothing of the word's clause: the word is
// attached to the other name.
func (c *comparison) pairSwapped() (finding, bool) {
	q := c.q
	for _, a := range c.texts {
		seg := segments(a)
		where := func(term string) (int, bool) { // the one segment a term stands in
			s := -1
			for ci, ct := range a.tokens {
				if ct.Term != term {
					continue
				}
				if s >= 0 && s != seg[ci] {
					return -1, false
				}
				s = seg[ci]
			}
			return s, s >= 0
		}
		// The segments the statement names something of its own in
		// ("University" of both "University of New Mexico" and "University
		// of Washington" is no one segment's).
		namedSeg := map[int]bool{}
		for _, t := range q.tokens {
			if m, ok := c.al.matched[t.Term]; ok && c.ix.isName(q, t) {
				if s, ok := where(m); ok {
					namedSeg[s] = true
				}
			}
		}
		for i, n := range q.tokens {
			mN, ok := c.al.matched[n.Term]
			if !ok || !c.ix.isName(q, n) || n.Kind == text.Number || n.Kind == text.Year {
				continue
			}
			sN, ok := where(mN)
			if !ok {
				continue
			}
			// The word the name's phrase is joined to by a preposition,
			// past the name's other words: "law school at the University
			// of New Mexico", not "beat the US".
			prep := false
			for j := i - 1; j >= 0 && j >= i-8 && !clauseBreak(q.text, q.tokens, j); j-- {
				w := q.tokens[j]
				if w.Stop || c.ix.isName(q, w) {
					prep = prep || w.Stop && prepositions[text.Normalize(w.Text)]
					continue
				}
				mW, ok := c.al.matched[w.Term]
				if !prep || !ok || w.Neg || w.Kind != text.Word || pastTense(w) {
					break
				}
				sW, ok := where(mW)
				if !ok || sW == sN || namedSeg[sW] || !c.afterName(a, seg, sW, mW) || !c.afterName(a, seg, sN, "") {
					break
				}
				f := finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source has %q with another name than %q", w.Text, n.Text),
					qSpan:  span(w), cText: a.text,
				}
				for _, ct := range a.tokens {
					if ct.Term == mW {
						f.cSpan = span(ct)
						break
					}
				}
				return f, true
			}
		}
	}
	return finding{}, false
}

// segments numbers each token of a text by the clause it stands in.
func segments(a analysed) []int {
	out := make([]int, len(a.tokens))
	s := 0
	for i := range a.tokens {
		out[i] = s
		if clauseBreak(a.text, a.tokens, i) {
			s++
		}
	}
	return out
}

// afterName reports whether claim term m stands after a name in segment
// s of a text, joined to it by a preposition (m "": some word the
// statement does not have does): the word each name is for
// ("University of Washington for law school"), not a verb the two clauses
// share ("studied at Leeds University …, then Durham University") nor a
// word of the name's own phrase ("a Cyber Security unit").
func (c *comparison) afterName(a analysed, seg []int, s int, m string) bool {
	named, joined := false, false
	for ci, ct := range a.tokens {
		if seg[ci] != s {
			continue
		}
		name := c.ix.isName(a, ct) && ct.Kind != text.Number && ct.Kind != text.Year && !ct.Stop
		switch {
		case name:
			named, joined = true, false
		case !named:
		case ct.Stop:
			joined = joined || prepositions[text.Normalize(ct.Text)]
		case ct.Neg || ct.Kind != text.Word:
		case joined && (m == "" && !c.al.claimTerms[ct.Term] || m != "" && ct.Term == m):
			return true
		}
	}
	return false
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

// rolesSwapped finds a word of the statement's subject, before the verb of
// its pivot at p ("Hartley's parents borrowed … from him"), that stands in
// the source after its pivot at cp ("borrowing £20,000 from his parents"),
// where the statement puts something else there: who gives and who takes
// are turned round, names or not. Only the subject's clause and the words
// right after the pivot count: "after the tragedy" may stand anywhere.
func (c *comparison) rolesSwapped(p int, a analysed, cp int) (text.Token, bool) {
	q := c.q
	qv, cv := roleVerbAt(q.tokens, p), roleVerbAt(a.tokens, cp)
	if qv < 0 || cv < 0 {
		return text.Token{}, false
	}
	if m, ok := c.al.matched[q.tokens[qv].Term]; !ok || m != a.tokens[cv].Term {
		return text.Token{}, false // the same verb only: "lent to" is "borrowed from" the other way round
	}
	cObject := map[string]bool{}
	for _, t := range objectAfter(a, cp) {
		cObject[t.Term] = true
	}
	qObject := map[string]bool{}
	for _, t := range objectAfter(q, p) {
		if m, ok := c.al.matched[t.Term]; ok {
			qObject[m] = true
		}
	}
	for i := qv - 1; i >= 0 && !clauseBreak(q.text, q.tokens, i); i-- {
		t := q.tokens[i]
		if t.Stop || t.Neg || t.Kind != text.Word && t.Kind != text.Entity {
			continue
		}
		if m, ok := c.al.matched[t.Term]; ok && cObject[m] && !qObject[m] {
			return t, true
		}
	}
	return text.Token{}, false
}

// objectAfter returns the content words of the phrase right after the
// pivot at p: "from his parents, following…" gives "parents".
func objectAfter(a analysed, p int) []text.Token {
	var out []text.Token
	for i := p + 1; i < len(a.tokens) && i <= p+4; i++ {
		t := a.tokens[i]
		if t.Stop && len(out) > 0 || strings.HasSuffix(text.Normalize(t.Text), "ing") {
			break
		}
		if !t.Stop && !t.Neg && (t.Kind == text.Word || t.Kind == text.Entity) {
			out = append(out, t)
		}
		if clauseBreak(a.text, a.tokens, i) {
			break
		}
	}
	return out
}
