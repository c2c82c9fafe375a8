package match

import (
	"math"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// The learned decision (decision.go) reads a statement weighed against a
// claim as numbers: the features below, in this order, which the model's
// data file names (data/decision.json). Every feature is a share, a count
// cut to a small range, or 0/1, so that no one of them outweighs the rest
// by its scale alone.
//
//   - How much the two cover of each other: the IDF-weighted coverage of
//     the statement's content, the claim's content the statement covers
//     (precision), their F-score, and the coverage of what the conflicts
//     leave (rest).
//   - How the claim ranks among those retrieved: its BM25F score and its
//     fit against the best of the others (share and margin), its rank, how
//     many claims were weighed, and whether the database is no larger than
//     what retrieval hands on (a one-claim collection, where retrieval
//     tells nothing).
//   - What of the statement the claim has no word for, by kind: names,
//     numbers, dates, verbs, nouns and other words (IDF-weighted shares),
//     the largest such word, and the words no claim of the database has.
//   - How the words it has matched: the same word, another form of it (a
//     stem), a typo, a synonym of the database's lexical relations, a
//     word read for the claim's "she" or for a kind (given), a name found
//     only in the source's paragraph, or in its article's headline for a
//     claim that names nothing itself (context).
//   - Each rule's findings, by rule and kind (rules.go), and how many of
//     each kind.
//   - The hand-written stance (stance.go) of this claim, and after it was
//     weighed against the other claims (check.go): supports, contradicts.
//   - Negations on either side, the lengths, the claim's fact-check
//     rating, a reading of its anaphor.
//   - Whether the statement is one sentence of several.
//   - For a claim the rules say supports the statement, its coverage and
//     precision again, and whether it covers nine tenths of it or more
//     with no finding at all: how plain the support is.
const (
	xCoverage = iota
	xPrecision
	xScore
	xRest
	xScoreShare
	xScoreMargin
	xBM25Share
	xBM25Margin
	xRank
	xCandidates
	xSmallDB
	xUnsaidName
	xUnsaidNumber
	xUnsaidDate
	xUnsaidVerb
	xUnsaidNoun
	xUnsaidOther
	xUnsaidMax
	xUnknown
	xViaExact
	xViaStem
	xViaTypo
	xViaSynonym
	xViaGiven
	xViaContext
	xConflicts
	xMissing
	xBeyond
	xContextual
	xHandSupports
	xHandContradicts
	xFinalSupports
	xFinalContradicts
	xOthersSupport
	xOthersContradict
	xStatementNegated
	xClaimNegated
	xStatementWords
	xClaimWords
	xRatedFalse
	xRatedTrue
	xRatedOther
	xAnaphora
	xSilentOnFigures
	xCleanSupport
	xSupportCoverage
	xSupportPrecision
	xAmongOthers
	numBaseFeatures
)

// baseFeatureNames name the features above, in their order.
var baseFeatureNames = [numBaseFeatures]string{
	"coverage", "precision", "score", "rest", "score_share", "score_margin", "bm25_share", "bm25_margin",
	"rank", "candidates", "small_db",
	"unsaid_name", "unsaid_number", "unsaid_date", "unsaid_verb", "unsaid_noun", "unsaid_other", "unsaid_max", "unknown",
	"via_exact", "via_stem", "via_typo", "via_synonym", "via_given", "via_context",
	"conflicts", "missing", "beyond", "contextual",
	"hand_supports", "hand_contradicts", "final_supports", "final_contradicts", "others_support", "others_contradict",
	"statement_negated", "claim_negated", "statement_words", "claim_words",
	"rated_false", "rated_true", "rated_other", "anaphora", "silent_on_figures",
	"clean_support", "support_coverage", "support_precision", "among_others",
}

// numFeatures counts the base features and one per rule and kind of
// finding.
var numFeatures = int(numBaseFeatures) + len(rules)*len(findingKinds)

// ruleFeature is the index of the feature of a rule's findings of a kind.
func ruleFeature(id ruleID, k findingKind) int {
	return int(numBaseFeatures) + ruleIndex[id]*len(findingKinds) + int(k)
}

// ruleIndex is each rule's place in the table.
var ruleIndex = func() map[ruleID]int {
	out := map[ruleID]int{}
	for i, r := range rules {
		out[r.id] = i
	}
	return out
}()

// FeatureNames names the features the decision reads, in order: what the
// model's data file must list (decision.go).
func FeatureNames() []string {
	out := append([]string(nil), baseFeatureNames[:]...)
	for _, r := range rules {
		for _, k := range findingKinds {
			out = append(out, "rule_"+r.key+"_"+k)
		}
	}
	return out
}

// features reads the numbers of one weighed claim; the others are every
// claim weighed for the statement (for ranks and margins).
func (ix *Index) features(q analysed, qs []queryTerm, w *weighed, others []weighed, given map[string]string, among bool) []float64 {
	x := make([]float64, numFeatures)
	al := w.al
	x[xCoverage], x[xPrecision], x[xScore], x[xRest] = al.coverage, al.precision, al.score, al.rest
	bestScore, otherScore, bestBM, otherBM := 0.0, 0.0, 0.0, 0.0
	for i := range others {
		o := &others[i]
		bestScore, bestBM = max(bestScore, o.al.score), max(bestBM, o.bm25)
		if o != w {
			otherScore, otherBM = max(otherScore, o.al.score), max(otherBM, o.bm25)
		}
	}
	x[xScoreShare] = share(al.score, bestScore)
	x[xScoreMargin] = al.score - otherScore
	x[xBM25Share] = share(w.bm25, bestBM)
	x[xBM25Margin] = clamp(share(w.bm25-otherBM, bestBM), -1, 1)
	x[xRank] = float64(w.rank) / retrieveK
	x[xCandidates] = float64(len(others)) / retrieveK
	if ix.n <= retrieveK { // ix.n: a sharded index has no lengths
		x[xSmallDB] = 1
	}
	ix.unsaidByKind(q, qs, al, x)
	ix.relations(qs, w.d, given, x)
	for _, f := range al.findings {
		x[ruleFeature(f.rule, f.kind)] = 1
		switch f.kind {
		case conflict:
			x[xConflicts]++
		case missing:
			x[xMissing]++
		case beyond:
			x[xBeyond]++
		case contextual:
			x[xContextual]++
		}
	}
	for _, k := range []int{xConflicts, xMissing, xBeyond, xContextual} {
		x[k] = min(x[k], 3) / 3
	}
	x[xHandSupports], x[xHandContradicts] = oneHot(w.hand)
	x[xFinalSupports], x[xFinalContradicts] = oneHot(w.stance)
	for i := range others {
		if o := &others[i]; o != w {
			s, c := oneHot(o.hand)
			x[xOthersSupport], x[xOthersContradict] = max(x[xOthersSupport], s), max(x[xOthersContradict], c)
		}
	}
	x[xStatementNegated] = bit(negatedAnywhere(q))
	for _, a := range w.d.all() {
		x[xClaimNegated] = max(x[xClaimNegated], bit(negatedAnywhere(a)))
	}
	x[xStatementWords] = min(float64(len(qs))/20, 2)
	x[xClaimWords] = min(float64(contentWords(w.d.stmt))/20, 2)
	switch w.d.rating {
	case claims.RatedFalse:
		x[xRatedFalse] = 1
	case claims.RatedTrue:
		x[xRatedTrue] = 1
	case claims.RatedMixed, claims.RatedUnproven:
		x[xRatedOther] = 1
	}
	x[xAnaphora] = bit(al.anaphora.who != "")
	x[xSilentOnFigures] = bit(silentOnFigures(al))
	x[xAmongOthers] = bit(among)
	// How well a support the rules found fits: a statement the claim
	// covers whole, with nothing found to differ, is the plainest support.
	if w.stance == Supports {
		x[xSupportCoverage], x[xSupportPrecision] = al.coverage, al.precision
		x[xCleanSupport] = bit(plain(w))
	}
	return x
}

// unsaidByKind sets the IDF-weighted shares of the statement's content
// that the claim has no word for, by the kind of word.
func (ix *Index) unsaidByKind(q analysed, qs []queryTerm, al alignment, x []float64) {
	total := 0.0
	weight := make(map[string]float64, len(qs))
	for _, qt := range qs {
		total += qt.weight
		weight[qt.term] = qt.weight
	}
	if total == 0 {
		return
	}
	seen := map[string]bool{}
	for i, t := range q.tokens {
		w, content := weight[t.Term]
		if !content || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		if _, ok := al.matched[t.Term]; ok {
			continue
		}
		x[ix.wordKind(q, i)] += w / total
		x[xUnsaidMax] = max(x[xUnsaidMax], w/total)
		if ix.df(t.Term) == 0 {
			x[xUnknown] += w / total // a word no claim has: a typo, or what the statement is about
		}
	}
}

// wordKind sorts statement token i into the features of unsaidByKind.
func (ix *Index) wordKind(q analysed, i int) int {
	toks := q.tokens
	t := toks[i]
	switch {
	case t.Kind == text.Year || inDate(q, t) || text.IsMonthOrWeekday(t.Text):
		return xUnsaidDate
	case t.Kind == text.Number:
		return xUnsaidNumber
	case ix.key(q.text, t):
		return xUnsaidName
	case pastTense(t) || afterModal(toks, i) || infinitive(toks, i) || strings.HasSuffix(text.Normalize(t.Text), "ing"):
		return xUnsaidVerb
	case nominal(q, i) || i > 0 && (text.IsDeterminer(toks[i-1].Term) || prepositions[toks[i-1].Term]):
		return xUnsaidNoun
	}
	return xUnsaidOther
}

// relations sets the IDF-weighted shares of the statement's content that
// matched the claim by each relation: the same word, a word of the same
// stem, a typo, a synonym, a word given (the claim's anaphor, a broader
// kind) or a name of the source's paragraph or headline (leftToContext).
func (ix *Index) relations(qs []queryTerm, d *doc, given map[string]string, x []float64) {
	total := 0.0
	for _, qt := range qs {
		total += qt.weight
	}
	if total == 0 {
		return
	}
	var words map[string]bool // the claim's words as written (lower case)
	for _, qt := range qs {
		w := qt.weight / total
		if _, ok := given[qt.term]; ok {
			x[xViaGiven] += w
			continue
		}
		found := false
		for _, alt := range qt.alts {
			if !d.terms[alt.term] {
				continue
			}
			found = true
			switch {
			case alt.synonym:
				x[xViaSynonym] += w
			case alt.term != qt.term:
				x[xViaTypo] += w
			default:
				if words == nil {
					words = map[string]bool{}
					for _, a := range d.all() {
						for _, t := range a.tokens {
							words[text.Normalize(t.Text)] = true
						}
					}
				}
				if words[qt.word] {
					x[xViaExact] += w
				} else {
					x[xViaStem] += w
				}
			}
			break
		}
		if !found && ix.leftToContext(d, qt) {
			x[xViaContext] += w
		}
	}
}

func contentWords(a analysed) int {
	n := 0
	for _, t := range a.tokens {
		if !t.Stop && !t.Neg {
			n++
		}
	}
	return n
}

func oneHot(s Stance) (supports, contradicts float64) {
	switch s {
	case Supports:
		return 1, 0
	case Contradicts:
		return 0, 1
	}
	return 0, 0
}

func bit(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func share(a, b float64) float64 {
	if b <= 0 {
		return 0
	}
	return a / b
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
