package match

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// The verdict on one claim is read by rules. Each rule looks at one aspect
// of how a statement lines up with the claim (names, dates, figures,
// polarity, …) and reports findings; resolve settles findings that claim
// the same words of the statement, and stance (stance.go) and the learned
// decision (decision.go) turn what is left and the coverage into supports,
// contradicts or related, with the reason.
//
// A rule reads only the comparison: the statement, the claim and how their
// words line up. It never reads another rule's findings or any state a
// rule before it left: a finding says which words of the statement it
// explains (claim) and which words, explained already by an earlier rule,
// make it moot (block), and resolve decides, in the order of the table.
//
// A new rule is a function of this signature in the file of its family, a
// ruleID, and one line in rules.

// comparison is a statement set against one claim: what every rule reads.
// Rules only read it.
type comparison struct {
	ix    *Index
	q     analysed   // the statement
	d     *doc       // the claim
	texts []analysed // the claim's own statement, then its distinct quotes
	al    *alignment // how their words line up (alignment.go)
}

// findingKind says what a finding does to the verdict.
type findingKind uint8

const (
	// missing: the statement says something the claim never speaks to (a
	// name, a date, a figure), so the claim cannot settle it.
	missing findingKind = iota
	// conflict: the claim says otherwise; it contradicts the statement if
	// it covers enough of the rest.
	conflict
	// beyond: the statement says more than the source (a narrower or wider
	// scope, another order): not supported, yet not contradicted either.
	beyond
	// contextual: a name of the statement stands only in the paragraph
	// around the claim's source ("he said" after "Lavrov"). It does not
	// block a support, but a negation alone, in a claim that does not
	// name it, contradicts nothing about it (an opposite word does:
	// stance).
	contextual
)

// findingKinds names the kinds, for features and tests.
var findingKinds = [...]string{missing: "missing", conflict: "conflict", beyond: "beyond", contextual: "contextual"}

func (k findingKind) String() string { return findingKinds[k] }

// finding is what a rule reports.
type finding struct {
	rule   ruleID // the rule that found it (set by runRules)
	kind   findingKind
	reason string // plain words, for conflict and beyond
	qSpan  [2]int // the words in the statement
	cText  string // the claim text (its statement or a quote) the words it differs from stand in
	cSpan  [2]int // those words, in cText
	// opposite marks a polarity conflict of opposite words ("easy" /
	// "difficult") rather than a negation.
	opposite bool
	// unsure marks a beyond finding read from a word order that may be
	// misread (activeSwapped, objectAsSubject): it withholds support and
	// names no difference the decision may contradict with
	// (namedDifferences).
	unsure bool
	// claim is the statement's words the finding explains: once it is
	// kept, a later finding blocked by them is dropped (resolve). Empty:
	// it explains no words for the others.
	claim [2]int
	// block is the statement's words whose explanation by an earlier
	// finding makes this one moot. Empty: nothing makes it moot.
	block [2]int
}

// ruleID names a rule. The order of the constants is no order of
// anything: the table (rules) orders the rules.
type ruleID uint8

// The rules.
const (
	ruleSpeakers ruleID = iota + 1
	ruleRoles
	ruleDestinations
	rulePossessions
	ruleDoers
	ruleTitles
	ruleTitleRuns
	ruleNationality
	ruleNames
	ruleDates
	ruleQuantities
	ruleUnquantified
	ruleScope
	ruleHappened
	ruleAgents
	ruleLastWord
	ruleObjects
	ruleOccasion
	ruleReferent
	ruleKinds
	ruleAttributes
	ruleSubstitutions
	rulePolarity
	ruleIntended
	ruleRating
	ruleOrder
	numRules // one past the last rule
)

// rule is one check of a statement against a claim.
type rule struct {
	id    ruleID
	key   string // its name in the decision's data file (features.go)
	name  string // in plain words, for reports
	check func(c *comparison) []finding
	// first: of the rule's findings that resolve keeps, only the first
	// counts (the rule reports one thing, the first it can).
	first bool
	// wordnet: the rule reads the dictionary (Index.Dictionary), which
	// the browser does not have.
	wordnet bool
}

// rules are run in this order; resolve settles their findings in it, and
// the reason lists them in it.
var rules = []rule{
	{id: ruleSpeakers, key: "speakers", name: "who said it", check: speakers},                                  // speakers.go
	{id: ruleRoles, key: "roles", name: "whose it is", check: roles},                                           // roles.go
	{id: ruleDestinations, key: "destinations", name: "where to, where from", check: destinations},             // roles.go
	{id: ruleDoers, key: "doers", name: "who did it", check: doers},                                            // roles.go
	{id: rulePossessions, key: "possessions", name: "whose it is: people", check: possessions, first: true},    // roles.go
	{id: ruleTitles, key: "titles", name: "titles", check: titles},                                             // titles.go
	{id: ruleTitleRuns, key: "title_runs", name: "names of works", check: titleRuns},                           // names.go
	{id: ruleNationality, key: "nationality", name: "nationality", check: nationalities},                       // nationality.go
	{id: ruleNames, key: "names", name: "names the claim lacks or swaps", check: names},                        // names.go
	{id: ruleDates, key: "dates", name: "dates", check: dates},                                                 // figures.go
	{id: ruleQuantities, key: "quantities", name: "quantities", check: quantities},                             // figures.go
	{id: ruleUnquantified, key: "unquantified", name: "figures the source does not give", check: unquantified}, // figures.go
	{id: ruleScope, key: "scope", name: "scope: only, all, first", check: scope},                               // scope.go
	{id: ruleOrder, key: "order", name: "which way round", check: order},                                       // order.go
	{id: ruleHappened, key: "happened", name: "what happened", check: predicates},                              // predicates.go
	{id: ruleAgents, key: "agents", name: "by whom", check: agents},                                            // predicates.go
	{id: ruleLastWord, key: "last_word", name: "what it ends on", check: lastWord},                             // predicates.go
	{id: ruleObjects, key: "objects", name: "where, with whom, about what", check: objects},                    // predicates.go
	{id: ruleOccasion, key: "occasion", name: "where it was said", check: occasion, first: true},               // occasion.go
	{id: ruleReferent, key: "referent", name: "what \"it\" is", check: referent},                               // referent.go
	{id: ruleKinds, key: "kinds", name: "what kind of thing", check: kinds, wordnet: true},                     // kinds.go
	{id: ruleAttributes, key: "attributes", name: "what it is", check: attributes},                             // predicates.go
	{id: ruleSubstitutions, key: "substitutions", name: "a word in another's place", check: substitutions},     // predicates.go
	{id: rulePolarity, key: "polarity", name: "negation and opposites", check: polarity},                       // polarity.go
	{id: ruleIntended, key: "intended", name: "what was only intended", check: intended},                       // intent.go
	{id: ruleRating, key: "rating", name: "fact-checkers' rating", check: rating},                              // rating.go
}

// ruleByID indexes the table.
var ruleByID = func() [numRules]*rule {
	var out [numRules]*rule
	for i := range rules {
		out[rules[i].id] = &rules[i]
	}
	return out
}()

func (id ruleID) String() string {
	if id > 0 && id < numRules && ruleByID[id] != nil {
		return ruleByID[id].name
	}
	return "no rule"
}

// runRules collects every rule's findings, then settles them (resolve).
func runRules(c *comparison) []finding {
	var out []finding
	reads := len(c.q.tokens)
	for _, a := range c.texts {
		reads += len(a.tokens)
	}
	verbatim := repeats(c)
	for _, r := range rules {
		step(reads) // what a rule's pass over the statement and the claim reads
		for _, f := range r.check(c) {
			if verbatim && r.id != ruleRating {
				continue // two readings of one sentence (see repeats)
			}
			f.rule = r.id
			out = append(out, f)
		}
	}
	return additiveFigures(c, resolve(c, out))
}

// repeats reports whether the statement is, word for word, the claim or
// one of its quotes. A sentence neither contradicts nor goes beyond
// itself: what a rule finds there is the rule reading the same words two
// ways (a speaker taken from an appositive on one side and not the other;
// "was" read as the doer of "was unveiled"), never a difference, so it is
// not kept. A fact-checker's rating is: "rated False" contradicts the
// claim's very words.
func repeats(c *comparison) bool {
	for _, a := range c.texts {
		if len(a.tokens) != len(c.q.tokens) {
			continue
		}
		same := true
		for i, t := range a.tokens {
			if t.Term != c.q.tokens[i].Term {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// resolve settles the findings, in the order of the rules table: a
// finding is dropped when an earlier finding kept explains words it is
// blocked by (two rules never report the same words twice: a nationality
// swapped is not also a name missing); of a rule marked first, only its
// first finding kept counts. Last, a fact-checker's rating "false" is no
// contradiction of a statement that differs from the claim in another
// way (ratedAgainst, rating.go).
func resolve(c *comparison, fs []finding) []finding {
	toks := c.q.tokens
	claimed := make([]bool, len(toks)) // statement tokens explained
	// within returns the indices of the tokens starting in sp.
	within := func(sp [2]int) (int, int) {
		if sp[1] <= sp[0] {
			return 0, 0
		}
		lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp[0] })
		hi := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp[1] })
		return lo, hi
	}
	out := fs[:0:0]
	var kept [numRules]bool
	for _, f := range fs {
		if ruleByID[f.rule].first && kept[f.rule] {
			continue
		}
		lo, hi := within(f.block)
		if slices.Contains(claimed[lo:hi], true) {
			continue
		}
		kept[f.rule] = true
		lo, hi = within(f.claim)
		for i := lo; i < hi; i++ {
			claimed[i] = true
		}
		out = append(out, f)
	}
	return ratedAgainst(c, atAnotherTime(c, out))
}

// atAnotherTime turns a date the claim gives otherwise, with a figure it
// also gives otherwise (and the opposite way the figure went), into no
// contradiction at all: "the city's unemployment rate fell to 4.1% in
// April" says nothing of "unemployment rose to 5% in October". A figure
// beside another date is most likely another time's, and does not deny
// the statement's. A date alone still contradicts ("the summit was held
// in June" against "in July"), and so does one with an opposite ("a day
// after" against "a day before").
//
// So does a negation at another time: "the plant will not reopen in 2025"
// says nothing of "the plant will reopen in 2026", nor "Halvard would not
// cut jobs this year" of "Halvard will cut jobs in 2026" (a time counted
// from when the source was written, in the negated clause, against a date
// of the statement's the clause does not give). A negation before a span
// of time still contradicts ("has not made a profit since 2019" against
// "made a profit in 2021": a date after since, until, before, after, from
// or by is no point in time).
func atAnotherTime(c *comparison, fs []finding) []finding {
	date, span, figure, negation := false, false, false, false
	for _, f := range fs {
		switch {
		case f.kind != conflict:
		case f.rule == ruleDates:
			date = true
			span = span || spanDate(f)
		case f.rule == ruleQuantities:
			figure = true
		case f.rule == rulePolarity && !f.opposite:
			negation = true
		}
	}
	negatedThen := false
	if negation && !figure {
		for _, f := range fs {
			if f.kind == conflict && f.rule == rulePolarity && !f.opposite && (date && !span || !date && c.relativeTimeAgainstDate(f)) {
				negatedThen = true
			}
		}
	}
	if !(date && figure) && !negatedThen {
		return fs
	}
	for i, f := range fs {
		if f.kind == conflict && (f.rule == ruleDates || f.rule == ruleQuantities || f.rule == rulePolarity && (figure || !f.opposite)) {
			fs[i].kind = beyond
			fs[i].reason = f.reason + " (of another time)"
			fs[i].opposite = false
		}
	}
	return fs
}

// spanDate reports whether a date conflict's date in the claim bounds a
// span of time ("since 2019", "until March", "by 2030") rather than
// naming a point in it.
func spanDate(f finding) bool {
	before := strings.Fields(strings.ToLower(f.cText[:max(0, min(f.cSpan[0], len(f.cText)))]))
	if len(before) == 0 {
		return false
	}
	switch before[len(before)-1] {
	case "since", "until", "till", "before", "after", "from", "by", "through", "throughout":
		return true
	}
	return false
}

// relativeTimeAgainstDate reports whether a negation conflict's clause in
// the claim gives a time counted from when it was written ("would not cut
// jobs this year", "will not open tomorrow") where the statement gives a
// date ("in 2026") that the clause does not.
func (c *comparison) relativeTimeAgainstDate(f finding) bool {
	if len(c.q.dates) == 0 {
		return false
	}
	a := c.textOf(f.cText) // analysed already
	i := tokenAt(a.tokens, f.cSpan[0])
	if i < 0 {
		return false
	}
	for j := i; j < len(a.tokens); j++ {
		if fromNowAt(a.tokens, j) {
			for _, d := range a.dates {
				if d.Start >= a.tokens[i].Start && d.Start < a.tokens[j].Start {
					return false // the clause has a date of its own
				}
			}
			return true
		}
		if clauseBreak(a.text, a.tokens, j) {
			return false
		}
	}
	return false
}

// ratedAgainst turns the contradiction of a claim fact-checkers rated
// false into no contradiction at all when the statement differs from the
// claim in another way: a false claim's opposite is not thereby true.
func ratedAgainst(c *comparison, fs []finding) []finding {
	rated, differs := -1, false
	for i, f := range fs {
		switch {
		case f.rule == ruleRating && f.kind == conflict:
			rated = i
		case f.kind == conflict:
			differs = true
		}
	}
	if rated >= 0 && differs {
		fs[rated] = finding{rule: ruleRating, kind: beyond, reason: fmt.Sprintf("fact-checkers rated the closest claim %q, and your statement differs from it: that does not make it true", c.d.claim.Rating)}
	}
	return fs
}
