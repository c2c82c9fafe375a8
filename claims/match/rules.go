package match

// The verdict on one claim is read by rules. Each rule looks at one aspect
// of how a statement lines up with the claim (names, dates, figures,
// polarity, …) and reports findings; stance (stance.go) turns the findings
// and the coverage into supports, contradicts or related, with the reason.
//
// A new rule is a function of this signature in the file of its family,
// and one line in rules.

// comparison is a statement set against one claim: what every rule reads.
type comparison struct {
	ix    *Index
	q     analysed   // the statement
	d     *doc       // the claim
	texts []analysed // the claim's own statement, then its distinct quotes
	al    *alignment // how their words line up (alignment.go)
	// handled holds the statement tokens (by start offset) an earlier rule
	// has explained, so that a later one does not report them again.
	handled map[int]bool
	// found holds what the rules before the running one found.
	found []finding
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
	// block a support, but a negation or an opposite word alone, in a
	// claim that does not name it, contradicts nothing about it.
	contextual
)

// finding is what a rule reports.
type finding struct {
	rule   string // the name of the rule that found it (set by runRules)
	kind   findingKind
	reason string // plain words, for conflict and beyond
	qSpan  [2]int // the words in the statement
	cText  string // the claim text (its statement or a quote) the words it differs from stand in
	cSpan  [2]int // those words, in cText
	// opposite marks a polarity conflict of opposite words ("easy" /
	// "difficult") rather than a negation.
	opposite bool
}

// rule is one check of a statement against a claim.
type rule struct {
	name  string
	check func(c *comparison) []finding
}

// rules are run in this order; the reason lists their findings in it.
var rules = []rule{
	{"who said it", speakers},                    // speakers.go
	{"whose it is", roles},                       // roles.go
	{"where to, where from", destinations},       // roles.go
	{"whose it is: people", possessions},         // roles.go
	{"titles", titles},                           // titles.go
	{"names of works", titleRuns},                // names.go
	{"nationality", nationalities},               // nationality.go
	{"names the claim lacks or swaps", names},    // names.go
	{ruleDates, dates},                           // figures.go
	{ruleQuantities, quantities},                 // figures.go
	{ruleUnquantified, unquantified},             // figures.go
	{"scope: only, all, first", scope},           // scope.go
	{ruleHappened, predicates},                   // predicates.go
	{"by whom", agents},                          // predicates.go
	{"what it ends on", lastWord},                // predicates.go
	{"where, with whom, about what", objects},    // predicates.go
	{"where it was said", occasion},              // occasion.go
	{"what \"it\" is", referent},                 // referent.go
	{"what kind of thing", kinds},                // kinds.go
	{ruleAttributes, attributes},                 // predicates.go
	{"a word in another's place", substitutions}, // predicates.go
	{rulePolarity, polarity},                     // polarity.go
	{ruleIntended, intended},                     // intent.go
	{ruleRating, rating},                         // rating.go (after every other rule)
}

// Rule names other code refers to.
const (
	ruleDates        = "dates"
	ruleQuantities   = "quantities"
	ruleHappened     = "what happened"
	ruleUnquantified = "figures the source does not give"
	rulePolarity     = "negation and opposites"
	ruleRating       = "fact-checkers' rating"
	ruleAttributes   = "what it is"
	ruleIntended     = "what was only intended"
)

// runRules collects every rule's findings.
func runRules(c *comparison) []finding {
	var out []finding
	for _, r := range rules {
		for _, f := range r.check(c) {
			f.rule = r.name
			out = append(out, f)
		}
		c.found = out
	}
	return out
}
