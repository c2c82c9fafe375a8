package match

import (
	"fmt"
	"github.com/factcheck/factcheck/claims/text"
	"sort"
	"strings"
)

// Stance is how one claim stands towards a statement.
type Stance string

// Stances.
const (
	Supports    Stance = "supports"
	Contradicts Stance = "contradicts"
	Related     Stance = "related" // about the statement, but it does not settle it
)

// stance turns an alignment into supports, contradicts or related, with
// the reason in plain words. In order: something the claim never speaks
// to leaves the statement unsettled; a conflict contradicts it when the
// claim covers enough of the rest; a statement that goes beyond its source
// is not supported; else enough coverage supports it.
func stance(al alignment) (Stance, string) {
	var missingSpans, conflicts, beyonds []finding
	contextOnly := false
	for _, f := range al.findings {
		switch f.kind {
		case contextual:
			contextOnly = true
		case missing:
			missingSpans = append(missingSpans, f)
		case conflict:
			conflicts = append(conflicts, f)
		case beyond:
			beyonds = append(beyonds, f)
		}
	}
	for _, f := range beyonds {
		if f.rule == ruleRating { // a fact-check that settles nothing overrides the words
			return Related, f.reason
		}
	}
	switch {
	case len(missingSpans) > 0:
		var words []string
		seen := map[string]bool{}
		for _, w := range mergeAdjacent(missingSpans, al.statement) {
			if !seen[strings.ToLower(w)] {
				seen[strings.ToLower(w)] = true
				words = append(words, w)
			}
		}
		return Related, fmt.Sprintf("the closest source says nothing about %s", joinAnd(words))
	case len(conflicts) > 0 && onlyNegations(conflicts) && anyRule(beyonds, ruleAttributes):
		// "X is not a football player" against "X is an actor": the
		// negation is about words the source does not have.
		return Related, reasons(beyonds)
	case len(conflicts) > 0 && onlyNegations(conflicts) && anyRule(beyonds, ruleNames):
		// "The Harbour Party did not lose the election" against "the
		// Harbour Party won the election, while the Green Alliance
		// lost…": the source's verb is another name's, so its negation
		// is not the source's to settle.
		return Related, reasons(beyonds)
	case len(conflicts) > 0 && onlyNegations(conflicts) && negatesUnsaidPredicate(conflicts, beyonds, al.statement, al.matched):
		// "Mojang declined to comment" against a source that never has
		// Mojang comment or decline, "the attack left thousands without
		// electricity" against one that never says what the attack left:
		// the source has no word for what the statement denies of, so it
		// says neither that nor its opposite.
		return Related, reasons(beyonds)
	case len(conflicts) > 0 && onlyOpposites(conflicts) && anyRule(beyonds, ruleIntended):
		// "relations warmed" against "sought to cool tensions": the source
		// does not say they cooled either.
		return Related, reasons(beyonds)
	case len(conflicts) > 0 && onlyDates(conflicts) && anyRule(beyonds, ruleHappened):
		// "Drinkman was extradited in 2015" against "arrested in 2012 and
		// charged in February 2015": the source's dates are of other
		// events than the one the statement dates.
		return Related, reasons(beyonds)
	case len(conflicts) > 0 && onlyRule(conflicts, ruleSpeakers) && anyRule(beyonds, ruleHappened):
		// "Krutskikh said the talks would conclude by the end of the
		// year" against "Schmidt said all three mechanisms would be
		// established by year's end": the source's speaker said other
		// words than the statement's, which the one it names may have
		// said too.
		return Related, reasons(beyonds)
	case len(conflicts) > 1 && deniesADetail(conflicts):
		// "Thatcher was not the first woman to lead…" against "the
		// second woman": the negation may deny just the detail the source
		// gives otherwise.
		return Related, "your statement denies something the source gives otherwise: it may deny just that difference (" + reasons(conflicts) + ")"
	case len(conflicts) > 0 && contextOnly && onlyPolarity(conflicts) && !onlyOpposites(conflicts) && !namesItsOwn(al):
		// A negation in a claim that takes the statement's name from its
		// paragraph may deny a detail of its own ("It will sell for
		// $31,000, not including a delivery fee"); an opposite word says
		// the other thing of what the claim speaks of, as its same word
		// would support it ("The rates … nearly doubled" against
		// "Brenmoor's arson rate went down"), and contradicts below.
		return Related, "the closest source disagrees, but about what its paragraph names, not what it says itself"
	case len(conflicts) > 0 && al.rest >= minContradictCoverage:
		return Contradicts, capitalise(reasons(conflicts))
	case len(conflicts) > 0:
		return Related, "the closest source disagrees on a detail but covers too little of your statement to decide"
	case len(beyonds) > 0:
		return Related, reasons(beyonds)
	case al.coverage >= minSupportCoverage:
		return Supports, fmt.Sprintf("The source states this (it covers %.0f%% of your statement's key words)", 100*al.coverage)
	}
	return Related, fmt.Sprintf("the closest source covers only %.0f%% of your statement's key words", 100*al.coverage)
}

// namesItsOwn reports whether the claim text of a conflict opens with a
// name the statement has ("(Besecker does not currently supply Whole
// Foods.)" against "Tyler Besecker's company, the biggest Pacific halibut
// buyer, currently supplies Whole Foods"): what it says it says of the
// statement's own, whatever else the statement takes from its paragraph.
func namesItsOwn(al alignment) bool {
	for _, g := range al.findings {
		if g.kind != conflict || g.cText == "" {
			continue
		}
		for _, ct := range text.Analyze(g.cText) {
			if ct.Stop || ct.Neg || ct.Kind != text.Word && ct.Kind != text.Entity {
				continue
			}
			if !ct.Cap {
				break
			}
			if al.claimTerms[ct.Term] {
				return true
			}
			break
		}
	}
	return false
}

// undecided is the reason of a claim whose stance does not decide the
// statement (a closer claim or the decision overruled it), in words that
// claim no more than that: a support's "The source states this" becomes
// what it rests on, how much of the statement the claim covers. A reader
// shown "the source states this" on a statement with no badge would take
// it for true; it may be false.
func undecided(f *weighed) string {
	if f.stance == Supports {
		return fmt.Sprintf("it covers %.0f%% of your statement's key words", 100*f.al.coverage)
	}
	return lowerFirst(f.why)
}

// anyRule reports whether a rule found one of fs.
func anyRule(fs []finding, rule ruleID) bool {
	for _, f := range fs {
		if f.rule == rule {
			return true
		}
	}
	return false
}

// maxPredicateGap is how many words may stand between the verb a
// negation belongs to and its cue: "left about 230,000 Ukrainians
// without".
const maxPredicateGap = 5

// negatesUnsaidPredicate reports whether every conflict is a negation on
// the statement's side whose verb the source has no word for: a finding
// of what happened (predicates.go) on the cue itself ("declined to
// comment") or on a verb shortly before it in the same clause ("left …
// without electricity").
func negatesUnsaidPredicate(conflicts, beyonds []finding, s string, matched map[string]string) bool {
	for _, f := range conflicts {
		if f.cSpan != [2]int{} || f.qSpan == [2]int{} {
			return false // the source's negation, or no cue to place
		}
		found := false
		for _, b := range beyonds {
			if b.rule != ruleHappened || b.qSpan[0] > f.qSpan[0] {
				continue
			}
			if b.qSpan[1] >= f.qSpan[0] {
				// The cue is the verb ("declined to comment"): so when
				// the verb it denies is unsaid too ("refused to pay"
				// against "paid" is a contradiction).
				found = !deniedMatched(f.qSpan, s, matched)
				break
			}
			if words, ok := sameClauseGap(s[b.qSpan[1]:f.qSpan[0]]); ok && words <= maxPredicateGap {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// deniedMatched reports whether the first content word after a
// negation cue in the statement (what "declined to", "refused to"
// denies) matched a word of the claim.
func deniedMatched(cue [2]int, s string, matched map[string]string) bool {
	for _, t := range text.Analyze(s) {
		if t.Start < cue[1] || t.Stop || t.Neg || t.Kind != text.Word {
			continue
		}
		_, ok := matched[t.Term]
		return ok
	}
	return false
}

// sameClauseGap counts the words between two spans of a sentence, and
// reports whether no clause ends between them: no mark of punctuation
// after a word or around one (a comma inside a figure, "230,000", ends
// nothing).
func sameClauseGap(gap string) (int, bool) {
	words := strings.Fields(gap)
	for _, w := range words {
		if strings.ContainsAny(w, "()—–!?") || strings.TrimRight(w, ",;:.") != w || strings.TrimLeft(w, ",;:.") != w {
			return len(words), false
		}
	}
	return len(words), true
}

// onlyNegations reports whether every conflict is a negation on one side
// (polarity.go), not an opposite word: an opposite is the difference
// itself, a negation may be about words the source does not have.
func onlyNegations(fs []finding) bool {
	for _, f := range fs {
		if f.rule != rulePolarity || f.opposite {
			return false
		}
	}
	return true
}

// deniesADetail reports whether the conflicts are a negation of the
// statement's together with a differing detail (a name, a date, a figure,
// a word in another's place).
func deniesADetail(fs []finding) bool {
	negation, detail := false, false
	for _, f := range fs {
		switch {
		case f.rule == rulePolarity && !f.opposite && f.cSpan == [2]int{}:
			negation = true // the statement's side is negated
		case f.rule != rulePolarity:
			detail = true
		}
	}
	return negation && detail
}

// onlyRule reports whether every conflict is one rule's.
func onlyRule(fs []finding, rule ruleID) bool {
	for _, f := range fs {
		if f.rule != rule {
			return false
		}
	}
	return true
}

// onlyDates reports whether every conflict is a differing date
// (figures.go). A figure is tied to what it counts ("three hours of
// talks"), a date only to its context.
func onlyDates(fs []finding) bool {
	for _, f := range fs {
		if f.rule != ruleDates {
			return false
		}
	}
	return true
}

// onlyOpposites reports whether every conflict is an opposite word
// (polarity.go): "warmed" against "cool".
func onlyOpposites(fs []finding) bool {
	for _, f := range fs {
		if f.rule != rulePolarity || !f.opposite {
			return false
		}
	}
	return true
}

// onlyPolarity reports whether every conflict is a negation or an
// opposite word (polarity.go), not a differing name, date or figure.
func onlyPolarity(fs []finding) bool {
	for _, f := range fs {
		if f.rule != rulePolarity {
			return false
		}
	}
	return true
}

func reasons(fs []finding) string {
	var rs []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.reason] {
			seen[f.reason] = true
			rs = append(rs, f.reason)
		}
	}
	return strings.Join(rs, "; ")
}

// mergeAdjacent joins the words of findings that stand next to each other
// in the statement ("Eiffel" "Tower" -> "Eiffel Tower"), in statement order.
func mergeAdjacent(fs []finding, s string) []string {
	sorted := append([]finding(nil), fs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].qSpan[0] < sorted[j].qSpan[0] })
	var out []string
	for i := 0; i < len(sorted); i++ {
		start, end := sorted[i].qSpan[0], sorted[i].qSpan[1]
		for i+1 < len(sorted) && sorted[i+1].qSpan[0] >= end && strings.TrimSpace(s[end:sorted[i+1].qSpan[0]]) == "" {
			i++
			end = sorted[i].qSpan[1]
		}
		if end > start && end <= len(s) {
			out = append(out, s[start:end])
		}
	}
	return out
}

// joinAnd quotes words and joins them with "or": what a source says
// nothing about.
func joinAnd(xs []string) string { return joinQuoted(xs, "or") }

// joinQuoted quotes words and joins them: "“a”, “b” and “c”".
func joinQuoted(xs []string, conj string) string {
	for i := range xs {
		xs[i] = "“" + xs[i] + "”"
	}
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " " + conj + " " + xs[len(xs)-1]
}

// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
