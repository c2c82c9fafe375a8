package match

import (
	"fmt"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// Stance is how one claim stands towards a statement.
type Stance string

// Stances.
const (
	Supports    Stance = "supports"
	Contradicts Stance = "contradicts"
	Related     Stance = "related" // about the statement, but it does not settle it
)

// Thresholds on coverage: the IDF-weighted share of the statement's
// content words found in a claim and its quotes. Chosen on our own
// statements (claims/match/testdata) and the development set: a paraphrase
// keeps well over half its weighted words; a statement that only shares a
// topic keeps under a third.
const (
	minRelatedCoverage    = 0.25 // below this a claim is not about the statement at all
	minSupportCoverage    = 0.55 // a claim supports only a statement it mostly covers
	minContradictCoverage = 0.45 // a contradiction needs the rest of the statement to line up
)

// scoreBeta weighs coverage of the statement against precision (how much
// of the claim the statement covers) in the F-measure that ranks claims:
// van Rijsbergen's F_beta, beta > 1 favouring coverage (2: best on our
// statements against 1.5 and 2.5). A claim must fit
// the statement as a whole: a long sentence that happens to hold every
// word of it ranks below an atomic claim that says just that.
const scoreBeta = 2

// contextNameWeight is how much a statement's name counts when only the
// paragraph around the claim's source has it.
const contextNameWeight = 0.5

// contextWindow is how many content words either side of a date, number or
// name count as its context when aligning it with the claim.
const contextWindow = 4

// negationScope is how many words after a negation cue it can reach
// before a clause boundary ends it.
const negationScope = 10

// Span marks part of a text to highlight.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"` // match, differ or missing
}

// conflict is one thing the statement and the claim disagree on.
type conflict struct {
	reason string
	qSpan  [2]int // in the statement
	cText  string // which text of the claim (statement or a quote) it is in
	cSpan  [2]int
}

// alignment is how a statement lines up with one claim.
type alignment struct {
	coverage, precision, score float64
	statement                  string            // the statement's text
	matched                    map[string]string // statement term -> claim term it matched
	claimTerms                 map[string]bool   // the claim terms in matched: what the two share
	missing                    []text.Token      // key statement tokens the claim does not have
	conflicts                  []conflict
}

// key reports whether a statement token is key content: a name, an
// entity, or a word the sources write with a capital.
func (ix *Index) key(s string, t text.Token) bool {
	if t.Stop || t.Neg {
		return false
	}
	if t.Kind == text.Entity {
		return true
	}
	if t.Kind != text.Word || !t.Cap {
		return false
	}
	if atSentenceStart(s, t.Start) {
		return ix.proper[t.Text]
	}
	return true
}

func atSentenceStart(s string, at int) bool {
	before := strings.TrimRight(s[:at], " \"'“‘(")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, ":")
}

// align compares an analysed statement with one claim.
func (ix *Index) align(q analysed, qs []queryTerm, d *doc) alignment {
	al := alignment{matched: map[string]string{}, statement: q.text}
	al.coverage = ix.coverage(qs, d, al.matched)
	al.claimTerms = make(map[string]bool, len(al.matched))
	for _, m := range al.matched {
		al.claimTerms[m] = true
	}
	// Precision over the claim's own statement.
	var ctot, cgot float64
	seen := map[string]bool{}
	for _, t := range d.stmt.tokens {
		if t.Stop || t.Neg || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		w := ix.IDF(t.Term)
		ctot += w
		if al.claimTerms[t.Term] {
			cgot += w
		}
	}
	if ctot > 0 {
		al.precision = cgot / ctot
	}
	al.score = fScore(al.coverage, al.precision, scoreBeta)

	texts := d.all()
	// Key content the claim lacks: a name it never mentions, unless the
	// claim names another of the same kind in its place (a swap).
	for _, t := range q.tokens {
		if !ix.key(q.text, t) {
			continue
		}
		if _, ok := al.matched[t.Term]; ok || d.context[t.Term] {
			continue
		}
		if c, ok := ix.swap(q, t, texts, al.matched); ok {
			al.conflicts = append(al.conflicts, c)
			continue
		}
		al.missing = append(al.missing, t)
	}
	al.conflicts = append(al.conflicts, dateConflicts(q, texts, &al)...)
	al.conflicts = append(al.conflicts, quantityConflicts(q, texts)...)
	al.missing = append(al.missing, unquantified(q, texts, d)...)
	if c, ok := ix.polarity(q, texts, al.matched, al.claimTerms); ok {
		al.conflicts = append(al.conflicts, c)
	}
	return al
}

// coverage is the IDF-weighted share of the statement's content terms that
// the claim has (typo stand-ins count at their weight). It records in
// matched, when given, which claim term each statement term matched.
func (ix *Index) coverage(qs []queryTerm, d *doc, matched map[string]string) float64 {
	var total, got float64
	for _, qt := range qs {
		total += qt.weight
		found := false
		for _, alt := range qt.alts {
			if d.terms[alt.term] {
				got += qt.weight * alt.weight
				if matched != nil {
					matched[qt.term] = alt.term
				}
				found = true
				break
			}
		}
		// A name the claim leaves to its context ("he said", "the two
		// leaders") is half there when the source's paragraph has it.
		if !found && qt.name && d.context[qt.term] {
			got += qt.weight * contextNameWeight
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// fScore is the weighted harmonic mean of recall r and precision p.
func fScore(r, p, beta float64) float64 {
	b2 := beta * beta
	if r == 0 || p == 0 {
		return 0
	}
	return (1 + b2) * p * r / (b2*p + r)
}

// all returns the claim's statement and quotes.
func (d *doc) all() []analysed {
	return append([]analysed{d.stmt}, d.quotes...)
}

// contentContext returns the content terms within contextWindow content
// words of token index i.
func contentContext(toks []text.Token, i int) map[string]bool {
	out := map[string]bool{}
	for j, n := i-1, 0; j >= 0 && n < contextWindow; j-- {
		if !toks[j].Stop && !toks[j].Neg {
			out[toks[j].Term] = true
			n++
		}
	}
	for j, n := i+1, 0; j < len(toks) && n < contextWindow; j++ {
		if !toks[j].Stop && !toks[j].Neg {
			out[toks[j].Term] = true
			n++
		}
	}
	return out
}

func overlap(a, b map[string]bool, matched map[string]string) int {
	n := 0
	for t := range a {
		if b[t] || b[matched[t]] {
			n++
		}
	}
	return n
}

func tokenAt(toks []text.Token, start int) int {
	for i, t := range toks {
		if t.Start >= start {
			return i
		}
	}
	return len(toks) - 1
}

// swap looks for a name of the same kind standing where the statement's
// missing name stands: "met in Moscow" against "met in Washington".
func (ix *Index) swap(q analysed, t text.Token, texts []analysed, matched map[string]string) (conflict, bool) {
	qi := tokenAt(q.tokens, t.Start)
	qctx := contentContext(q.tokens, qi)
	qTerms := map[string]bool{}
	for _, x := range q.tokens {
		qTerms[x.Term] = true
	}
	qPlace := isPlace(t.Term)
	for _, a := range texts {
		for ci, c := range a.tokens {
			if !c.Cap || c.Stop || qTerms[c.Term] || c.Kind == text.Number || c.Kind == text.Year {
				continue
			}
			cPlace := isPlace(c.Term)
			if qPlace && !cPlace || !cPlace && c.Kind == text.Entity {
				continue
			}
			ov := overlap(qctx, contentContext(a.tokens, ci), matched)
			// A place swaps in a locative slot ("met in Moscow" / "met in
			// Washington", "at the Osaka summit" / "at the Hamburg
			// summit"), also when the statement's name is one the
			// gazetteer does not know; a subject that differs ("China and
			// the US signed…") is missing, not contradicted. A person
			// swaps when the words around both names agree.
			if cPlace && ov >= 1 && locativeSlot(q.tokens, qi, a.tokens, ci) || !cPlace && ov >= 2 && sameSlot(q.tokens, qi, a.tokens, ci) {
				return conflict{
					reason: fmt.Sprintf("the source says %s, you wrote %s", c.Text, t.Text),
					qSpan:  [2]int{t.Start, t.End}, cText: a.text, cSpan: [2]int{c.Start, c.End},
				}, true
			}
		}
	}
	return conflict{}, false
}

// locatives introduce a place.
var locatives = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "outside": true, "into": true}

// sameSlot reports whether two names stand between the same words: the
// same word before them ("met Putin" / "met Lavrov"), or the same content
// word after them.
func sameSlot(a []text.Token, i int, b []text.Token, j int) bool {
	if i > 0 && j > 0 && a[i-1].Term == b[j-1].Term {
		return true
	}
	return i+1 < len(a) && j+1 < len(b) && a[i+1].Term == b[j+1].Term && !a[i+1].Stop
}

// determiners may stand between a preposition and a place.
var determiners = map[string]bool{"the": true, "a": true, "an": true}

// locativeSlot reports whether two names both follow the same locative
// preposition ("in Moscow", "in Washington"; "at the Hamburg summit").
func locativeSlot(a []text.Token, i int, b []text.Token, j int) bool {
	before := func(toks []text.Token, k int) string {
		for k--; k >= 0 && determiners[toks[k].Term]; k-- {
		}
		if k < 0 {
			return ""
		}
		return toks[k].Term
	}
	p := before(a, i)
	return p != "" && p == before(b, j) && locatives[p]
}

// dateConflicts aligns each date of the statement with the claim's date
// in the most similar context; a statement date the claim cannot speak to
// is missing key content.
func dateConflicts(q analysed, texts []analysed, al *alignment) []conflict {
	var out []conflict
	for _, qd := range q.dates {
		qctx := contentContext(q.tokens, tokenAt(q.tokens, qd.Start))
		bestOv, agree, found := -1, false, false
		var best text.Date
		var bestText string
		for _, a := range texts {
			for _, cd := range a.dates {
				if !qd.Comparable(cd) {
					continue
				}
				found = true
				ov := overlap(qctx, contentContext(a.tokens, tokenAt(a.tokens, cd.Start)), al.matched)
				ok := !qd.Conflict(cd)
				if ov > bestOv || ov == bestOv && ok && !agree {
					bestOv, agree, best, bestText = ov, ok, cd, a.text
				}
			}
		}
		switch {
		case !found:
			al.missing = append(al.missing, text.Token{Text: q.text[qd.Start:qd.End], Start: qd.Start, End: qd.End})
		case !agree:
			out = append(out, conflict{
				reason: fmt.Sprintf("the source says %s, you wrote %s", bestText[best.Start:best.End], q.text[qd.Start:qd.End]),
				qSpan:  [2]int{qd.Start, qd.End}, cText: bestText, cSpan: [2]int{best.Start, best.End},
			})
		}
	}
	return out
}

// quantityConflicts finds statement quantities that every claim quantity
// of the same unit rules out.
func quantityConflicts(q analysed, texts []analysed) []conflict {
	var out []conflict
	for _, qq := range q.qty {
		if qq.Unit == "" {
			continue
		}
		var clash *text.Quantity
		var clashText string
		agree := false
		for _, a := range texts {
			for i, cq := range a.qty {
				if cq.Unit != qq.Unit {
					continue
				}
				if qq.Conflict(cq) {
					if clash == nil {
						clash, clashText = &a.qty[i], a.text
					}
				} else {
					agree = true
				}
			}
		}
		if clash != nil && !agree {
			out = append(out, conflict{
				reason: fmt.Sprintf("the source says %q, you wrote %q", clashText[clash.Start:clash.End], q.text[qq.Start:qq.End]),
				qSpan:  [2]int{qq.Start, qq.End}, cText: clashText, cSpan: [2]int{clash.Start, clash.End},
			})
		}
	}
	return out
}

// unquantified returns the statement's quantities whose unit the claim
// speaks of without any figure ("within five years" against "by year's
// end"): the statement is more precise than its source, so the figure is
// missing key content.
func unquantified(q analysed, texts []analysed, d *doc) []text.Token {
	var out []text.Token
	for _, qq := range q.qty {
		if qq.Unit == "" || !d.terms[qq.Unit] {
			continue
		}
		quantified := false
		for _, a := range texts {
			for _, cq := range a.qty {
				quantified = quantified || cq.Unit == qq.Unit
			}
		}
		if !quantified {
			out = append(out, text.Token{Text: q.text[qq.Start:qq.End], Start: qq.Start, End: qq.End})
		}
	}
	return out
}

// clauseBreak reports whether a clause ends between tokens i and i+1.
func clauseBreak(s string, toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	if toks[i+1].Start > toks[i].End && strings.ContainsAny(s[toks[i].End:toks[i+1].Start], ",;:()—–.!?") {
		return true
	}
	switch toks[i+1].Term {
	case "but", "though", "although", "while", "whereas", "however", "because":
		return true
	}
	return false
}

// implicitNegations are verbs that deny what follows them: "failed to
// attribute", "lacks a treaty"; and "stopped/fell short of".
var implicitNegations = map[string]bool{"fail": true, "lack": true}

// isNegation reports whether token i of toks is a negation cue.
func isNegation(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Neg || implicitNegations[t.Term] {
		return true
	}
	return t.Term == "short" && i > 0 && (toks[i-1].Term == "stop" || toks[i-1].Term == "fall")
}

// minNegatedShare is how much of what two texts share (IDF-weighted) the
// clause of a negation must hold for it to flip their agreement: a "not" in
// a side clause ("they were not participating in the talks, which were
// confined to mid-level officials") says nothing about the words outside it.
const minNegatedShare = 0.25

// negated returns, for a text, the negation cues whose scope reaches
// enough of the terms the other side shares (weight gives a term's
// importance).
func negated(a analysed, shared func(string) bool, weight func(string) float64) []text.Token {
	total := 0.0
	seen := map[string]bool{}
	for _, t := range a.tokens {
		if !t.Stop && !seen[t.Term] && shared(t.Term) {
			seen[t.Term] = true
			total += weight(t.Term)
		}
	}
	var cues []text.Token
	for i, t := range a.tokens {
		if !isNegation(a.tokens, i) {
			continue
		}
		// The cue's clause: back to the last clause break, forward to the
		// next one (within negationScope words).
		lo := i
		for lo > 0 && i-lo < negationScope && !clauseBreak(a.text, a.tokens, lo-1) {
			lo--
		}
		reached, after := 0.0, false
		inClause := map[string]bool{}
		for j := lo; j < len(a.tokens) && j <= i+negationScope; j++ {
			if term := a.tokens[j].Term; j != i && shared(term) && !a.tokens[j].Stop && !inClause[term] {
				inClause[term] = true
				reached += weight(term)
				after = after || j > i
			}
			if j >= i && clauseBreak(a.text, a.tokens, j) {
				break
			}
		}
		// The negation must reach a shared word after it, and its clause
		// must hold enough of what the texts share.
		if !after {
			continue
		}
		if reached > 0 && reached >= minNegatedShare*total {
			cues = append(cues, t)
		}
	}
	return cues
}

// oppositeOf finds a word in a claim text opposed to a statement word that
// the claim itself lacks, near words the two share.
func oppositeOf(q analysed, a analysed, shared map[string]bool) (text.Token, text.Token, bool) {
	for _, qt := range q.tokens {
		opp := antonym[qt.Term]
		if opp == nil || a.terms[qt.Term] || qt.Stop {
			continue
		}
		for ci, ct := range a.tokens {
			if !opp[ct.Term] {
				continue
			}
			for j := max(0, ci-6); j < min(len(a.tokens), ci+7); j++ {
				if j != ci && shared[a.tokens[j].Term] && !a.tokens[j].Stop {
					return qt, ct, true
				}
			}
		}
	}
	return text.Token{}, text.Token{}, false
}

// polarity compares what the statement and the claim assert: a negation
// reaching shared words on one side only, or opposite words ("easy" against
// "difficult"), flips the meaning. Two flips cancel ("not easy" and
// "difficult" agree). The claim text that best covers the statement
// decides.
func (ix *Index) polarity(q analysed, texts []analysed, matched map[string]string, inClaim map[string]bool) (conflict, bool) {
	qNeg := negated(q, func(t string) bool { _, ok := matched[t]; return ok }, ix.IDF)
	// Pick the claim text sharing the most words with the statement.
	best, bestN := 0, -1
	for i, a := range texts {
		n := 0
		for _, t := range a.tokens {
			if inClaim[t.Term] {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	a := texts[best]
	cNeg := negated(a, func(t string) bool { return inClaim[t] }, ix.IDF)
	flips := len(qNeg)%2 != len(cNeg)%2
	// Opposite words count in any of the claim's texts (a quote may say
	// "deny" where the claim's own statement does not).
	var qa, ca text.Token
	opposite := false
	for _, t := range append([]analysed{a}, texts...) {
		if qa, ca, opposite = oppositeOf(q, t, inClaim); opposite {
			a = t
			break
		}
	}
	if flips == opposite {
		return conflict{}, false
	}
	if opposite {
		return conflict{
			reason: fmt.Sprintf("the source says %q, you wrote %q", ca.Text, qa.Text),
			qSpan:  [2]int{qa.Start, qa.End}, cText: a.text, cSpan: [2]int{ca.Start, ca.End},
		}, true
	}
	if len(cNeg) > len(qNeg) {
		n := cNeg[0]
		return conflict{
			reason: fmt.Sprintf("the source says the opposite: it is negated (%q) where your statement is not", phraseAround(a, n)),
			qSpan:  [2]int{0, 0}, cText: a.text, cSpan: [2]int{n.Start, n.End},
		}, true
	}
	n := qNeg[0]
	return conflict{
		reason: fmt.Sprintf("your statement is negated (%q) where the source is not", phraseAround(q, n)),
		qSpan:  [2]int{n.Start, n.End}, cText: a.text,
	}, true
}

// phraseAround returns the negation cue with the word before and after it.
func phraseAround(a analysed, cue text.Token) string {
	i := tokenAt(a.tokens, cue.Start)
	lo, hi := a.tokens[max(0, i-1)].Start, a.tokens[min(len(a.tokens)-1, i+2)].End
	if lo > cue.Start {
		lo = cue.Start
	}
	if hi < cue.End {
		hi = cue.End
	}
	return a.text[lo:hi]
}

// stance turns an alignment into supports, contradicts or related, with
// the reason in plain words.
func stance(al alignment) (Stance, string) {
	var missing []string
	seen := map[string]bool{}
	for _, t := range mergeAdjacent(al.missing, al.statement) {
		if !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			missing = append(missing, t)
		}
	}
	switch {
	case len(missing) > 0:
		return Related, fmt.Sprintf("the closest source says nothing about %s", joinAnd(missing))
	case len(al.conflicts) > 0 && al.coverage >= minContradictCoverage:
		var rs []string
		for _, c := range al.conflicts {
			rs = append(rs, c.reason)
		}
		return Contradicts, capitalise(strings.Join(rs, "; "))
	case len(al.conflicts) > 0:
		return Related, "the closest source disagrees on a detail but covers too little of your statement to decide"
	case al.coverage >= minSupportCoverage:
		return Supports, fmt.Sprintf("The source states this (it covers %.0f%% of your statement's key words)", 100*al.coverage)
	}
	return Related, fmt.Sprintf("the closest source covers only %.0f%% of your statement's key words", 100*al.coverage)
}

// mergeAdjacent joins missing words that stand next to each other in the
// statement ("Eiffel" "Tower" -> "Eiffel Tower"), in statement order.
func mergeAdjacent(toks []text.Token, s string) []string {
	sorted := append([]text.Token(nil), toks...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var out []string
	for i := 0; i < len(sorted); i++ {
		start, end := sorted[i].Start, sorted[i].End
		for i+1 < len(sorted) && sorted[i+1].Start >= end && strings.TrimSpace(s[end:sorted[i+1].Start]) == "" {
			i++
			end = sorted[i].End
		}
		if end > start && end <= len(s) {
			out = append(out, s[start:end])
		}
	}
	return out
}

func joinAnd(xs []string) string {
	for i := range xs {
		xs[i] = "“" + xs[i] + "”"
	}
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
