package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims/match"
)

// stmt is a development text weighed for training: for each of its
// checkable sentences, the claims weighed for it (features, what the
// rules allow each). A text of one checkable sentence also gives each of
// its claims a class to learn: the text's verdict for the claim it is
// about (with the key phrase), related for a claim that settles nothing,
// none for another claim that settles it too (ys -1: not learned from).
type stmt struct {
	set   *set
	c     labelled
	fold  int
	sents [][]match.Weighed
	ys    []int  // for a text of one sentence
	key   []bool // for every sentence's claims: the claim the text is about
}

var classOf = map[string]int{"supported": 0, "contradicted": 1}

// stanceOf is the hand-written stance that agrees with a verdict.
var stanceOf = map[string]match.Stance{"supported": match.Supports, "contradicted": match.Contradicts}

// gather weighs the development texts as CheckText reads them.
func gather(sets []*set) ([]stmt, map[*set]int, error) {
	seedIx, err := seedIndex()
	if err != nil {
		return nil, nil, err
	}
	var out []stmt
	weighed := map[*set]int{}
	for _, s := range sets {
		if !learnsFrom(s) {
			continue // measured only
		}
		for _, c := range s.cases {
			if heldOut(c) {
				continue
			}
			ix, err := s.indexFor(c, seedIx)
			if err != nil {
				return nil, nil, err
			}
			st := stmt{set: s, c: c, fold: cvFold(c)}
			rec := match.HandWritten()
			rec.Observe = func(ws []match.Weighed) { st.sents = append(st.sents, ws) }
			ix.Decision = rec
			ix.CheckText(c.Text)
			for _, ws := range st.sents {
				for _, w := range ws {
					st.key = append(st.key, s.kind == "fever" || keyed(c, w.Quotes))
				}
			}
			if len(st.sents) == 1 {
				weighed[s]++
				for i, w := range st.sents[0] {
					y := 2
					if cls, decisive := classOf[c.Verdict]; decisive {
						switch {
						case st.key[i]:
							y = cls
						case w.Hand == stanceOf[c.Verdict]:
							y = -1 // another claim that may settle it as well
						}
					}
					st.ys = append(st.ys, y)
				}
			}
			out = append(out, st)
		}
	}
	return out, weighed, nil
}

// instances returns the features and classes learned from, of the texts
// that pass keep, and how much each counts (weightOf).
func instances(stmts []stmt, keep func(stmt) bool) ([][]float64, []int, []float64) {
	var xs [][]float64
	var ys []int
	var ws []float64
	for _, s := range stmts {
		if len(s.ys) == 0 || !keep(s) {
			continue
		}
		for i, w := range s.sents[0] {
			if s.ys[i] >= 0 {
				xs = append(xs, w.Features)
				ys = append(ys, s.ys[i])
				ws = append(ws, weightOf(s.set))
			}
		}
	}
	return xs, ys, ws
}

// newsWeight is how much an instance of a set of statements about real
// news pages (kind "archive") counts in the fit against one of the other
// sets: the pages a newsroom saves are what the decision meets most.
var newsWeight = 1.0

func weightOf(s *set) float64 {
	if s.kind == "archive" {
		return newsWeight
	}
	return 1
}

// lambdas are the strengths of the L2 penalty tried; the one with the
// lowest out-of-fold log-loss is kept.
var lambdas = []float64{0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1}

// train fits the decision, one model for each kind of database, and
// chooses each model's temperature and thresholds on out-of-fold
// predictions.
func train(sets []*set, shared, date string, w io.Writer) (*match.Decision, error) {
	if err := loadArticles(shared); err != nil {
		return nil, err
	}
	stmts, weighed, err := gatherCached(sets, cachePath)
	if err != nil {
		return nil, err
	}
	dm := &match.Decision{
		Trained:  date,
		How:      "make model (go run ./claims/match/train): for each kind of database, a multinomial logistic regression fitted on the claims weighed for every development statement of one sentence, its L2 penalty, temperature and thresholds chosen on 5-fold out-of-fold predictions of the development parts (wrong badges within 1% of each set's statements; in the archive regime, no badge below 0.96)",
		Config:   "the browser's: no dictionary (WordNet off)",
		Split:    "held out when FNV-1a 32-bit of the id (else the text) mod 5 is 0 or 1; the rest is the development part, the only part read here",
		Features: match.FeatureNames(),
		Classes:  []string{"supports", "contradicts", "related"},
	}
	if r := archiveRecipe; fmt.Sprint(r) != fmt.Sprint(committedRecipe(match.RegimeArchive)) {
		dm.How = fmt.Sprintf("go run ./claims/match/train %s: for each kind of database, a multinomial logistic regression fitted on the claims weighed for every development statement of one sentence; the archive regime by the recipe: %s; the few regime as make model trains it (5-fold, wrong badges within 1%%)", strings.Join(trainArgs, " "), r)
	}
	if learnBlind != "" {
		dm.How += "; the development parts of " + learnBlind + " learned from too"
	}
	for _, regime := range []string{match.RegimeArchive, match.RegimeFew} {
		var sub []stmt
		for _, s := range stmts {
			if regimeOf(s.set) == regime {
				sub = append(sub, s)
			}
		}
		if regime == match.RegimeArchive {
			dropped(sub, archiveRecipe.drop, w)
		}
		fmt.Fprintf(w, "## Training: %s\n\n", regime)
		dm.Models = append(dm.Models, trainRegime(regime, sub, w))
	}
	for _, s := range sets {
		if !learnsFrom(s) {
			continue // not trained on
		}
		ts := match.Set{Name: s.name, SHA256: s.sum, Weighed: weighed[s]}
		for _, c := range s.cases {
			if heldOut(c) {
				ts.HeldOut++
			} else {
				ts.Dev++
			}
		}
		sx, _, _ := instances(stmts, func(st stmt) bool { return st.set == s })
		ts.Instances = len(sx)
		dm.Sets = append(dm.Sets, ts)
	}
	// What is written is what is used: read it back.
	data, err := marshalDecision(dm)
	if err != nil {
		return nil, err
	}
	return match.ParseDecision(data)
}

// regimeOf is the kind of database a set's statements are checked
// against: FEVER's, one claim; ours, the seed's (more claims than a check
// weighs).
func regimeOf(s *set) string {
	if s.kind == "fever" { // (the archive's database has 939 claims)
		return match.RegimeFew
	}
	return match.RegimeArchive
}

// trainRegime fits one model on the texts of one kind of database, by
// the regime's recipe.
func trainRegime(regime string, stmts []stmt, w io.Writer) match.Model {
	xs, _, _ := instances(stmts, func(stmt) bool { return true })
	fmt.Fprintf(w, "%d development texts; those of one sentence give %d claims weighed to learn from; %d features.\n\n", len(stmts), len(xs), len(match.FeatureNames()))
	r := recipeOf(regime)
	fmt.Fprintf(w, "Recipe: %s\n\n", r)
	f := r.train(regime, stmts, w)
	if exploring {
		probs, th := f.probs, f.th
		explorePolicies(stmts, probs, w)
		exploreClean(stmts, probs, w)
		exploreWrong(stmts, probs, max(policyOf(regime).floor, 0.30), w)
		exploreCurve(stmts, probs, th, w)
		exploreFloor(stmts, probs, w)
		if path := os.Getenv("FACTCHECK_DUMP"); path != "" {
			if err := exploreDump(stmts, probs, path+"."+regime+".tsv"); err != nil {
				fmt.Fprintln(w, "dump:", err)
			}
		}
	}
	m := f.m
	out := match.Model{Regime: regime, Mean: round(m.mean), Scale: round(m.scale), Temperature: f.temp, Thresholds: f.th, OutOfFold: f.tallies}
	for _, wk := range m.w {
		out.Weights = append(out.Weights, round(wk))
	}
	return out
}

// outOfFold returns, for each text, the logits of every claim weighed
// for its sentences (in order) by a model fitted on the other folds.
func outOfFold(stmts []stmt, r recipe, lambda float64) [][][classes]float64 {
	out := make([][][classes]float64, len(stmts))
	for k := 0; k < folds; k++ {
		m := r.fit(stmts, func(s stmt) bool { return s.fold != k }, lambda)
		for i, s := range stmts {
			if s.fold == k {
				out[i] = m.predict(s)
			}
		}
	}
	return out
}

// logLoss is the mean negative log-likelihood of the claims' classes at
// temperature t.
func logLoss(stmts []stmt, z [][][classes]float64, t float64) float64 {
	total, n := 0.0, 0
	for i, s := range stmts {
		for j, y := range s.ys {
			if y < 0 {
				continue
			}
			p := softmaxT(z[i][j], t)
			total -= math.Log(math.Max(p[y], 1e-15))
			n++
		}
	}
	return total / float64(n)
}

var exploring = false

// maxWrongShare is the share of a set's statements that may get a wrong
// badge.
const maxWrongShare = 0.01

// A policy is how thresholds are chosen on out-of-fold predictions.
type policy struct {
	name string
	// budget is the share of each set's statements that may get a wrong
	// badge.
	budget float64
	// expected, when above 0, is the share of each set's statements the
	// badges' expected wrong ones may reach: the sum, over the badges, of
	// one less the probability the badge was given at. The rules were
	// written against the development parts' wrong badges, so those parts
	// show fewer than unseen text gets; the model's probability is what
	// says how sure a badge is on unseen text.
	expected float64
	// plainFloor is the lowest threshold a plain support or contradiction
	// may be given (0.30: as low as any).
	plainFloor float64
	// floor is the lowest threshold any badge may be given, plain or not;
	// floorC, when higher, that of a contradiction; floorS, when higher,
	// that of a support.
	floor, floorC, floorS float64
	// lowestFloor, when above 0, is as low as lowerFloor may take floor.
	lowestFloor float64
	// tieHigh: of thresholds that give the same out of fold, the higher
	// (else the lower). Between two development statements' probabilities
	// the development parts cannot tell thresholds apart; a statement
	// nobody tuned on that falls there is less sure than those above it.
	tieHigh bool
}

// todays is the policy of the decision trained before archive-3 and
// archive-5 were learned from, and still of the "few" regime (FEVER's
// one-claim collections).
//
// In that regime no floor keeps a threshold from sinking through a stretch
// of probabilities that no development statement has: FEVER-Symmetric's
// development part gives the same out of fold with supports at any
// threshold from 0.30 to 0.78, and the lowest, once chosen, gave a
// held-out statement a wrong badge the committed 0.86 did not (retrained
// at c84fafa). On a tie, the higher thresholds (tieHigh).
var todays = policy{name: "wrong ≤1%", budget: maxWrongShare, plainFloor: 0.30, tieHigh: true}

// cautious is the policy of the "archive" regime: besides the budget, no
// badge, plain or not, below the floor. The rules were written against the
// wrong badges of the development parts, so out of fold those parts
// show almost none (1 of 872 texts), while text nobody tuned on gets
// them: the held-out parts of the real news pages' sets got 5-8% at
// 60fcc2d (supports 0.97, contradicts 0.91, a plain support or
// contradiction 0.30). The development wrong badges of two earlier
// commits (0f239f8, a8b6fdb), mistakes the rules later fixed one by one,
// were given at 94-98%; a plain badge at 30% trusted the rules alone.
// Not 0.97: the calibrated probability of a statement its source says
// word for word tops out there ("The Harbour Tunnel will close for three
// weekends in June." against that very sentence: 96.9%), so a floor of
// 0.97 would leave the plainest supports without a badge.
//
// The floor stays 0.96. lowerFloor (lowestFloor) would take it down to
// the lowest, from 0.96 to 0.90 a hundredth at a time, at which one
// threshold for every badge gives no set more wrong badges out of fold
// than 0.96 does: at the merge of 2026-12-06 (c8e1b79), with archive-6 and
// archive-7 learned from, that was 0.95 (the real news pages' five sets:
// 269 of their 553 development statements right out of fold against 259
// at 0.96; 0.94 gave archive-6 a wrong support, 0.90 three wrong badges,
// 0.80 eleven; -explore: FLOOR). Measured once on the held-out parts, that
// decision added wrong badges (archive-3 1 -> 3, archive-5 4 -> 5,
// archive-1 4 -> 3) and was not taken: out of fold is not unseen text.
var cautious = policy{name: "wrong ≤1%, every badge ≥0.96", budget: maxWrongShare, floor: 0.96}

// lowerFloor returns the lowest floor, from pol.floor down to
// pol.lowestFloor a hundredth at a time, at which one threshold for every
// badge gives no set more wrong badges out of fold than pol.floor does.
func lowerFloor(stmts []stmt, probs [][][classes]float64, pol policy) float64 {
	wrong := func(t float64) []int {
		th := match.Thresholds{Supports: t, SupportsPlain: t, Contradicts: t, ContradictsPlain: t, SupportsAmongOthers: t}
		ts, _ := tallyExpected(stmts, probs, th)
		out := make([]int, len(ts))
		for k, tl := range ts {
			out[k] = tl.WrongBadge
		}
		return out
	}
	ref := wrong(pol.floor)
	floor := pol.floor
	for t := pol.floor - 0.01; t >= pol.lowestFloor-1e-9; t -= 0.01 {
		t = math.Round(t*100) / 100
		for k, n := range wrong(t) {
			if n > ref[k] {
				return floor
			}
		}
		floor = t
	}
	return floor
}

// policyOf is the policy a regime's thresholds are chosen by.
func policyOf(regime string) policy {
	if regime == match.RegimeArchive {
		return cautious
	}
	return todays
}

// chooseThresholds picks the probabilities a badge needs with a policy,
// and prints what they give out of fold.
func chooseThresholds(stmts []stmt, probs [][][classes]float64, pol policy, w io.Writer) (match.Thresholds, []match.Tally) {
	best, bestTallies, feasible := choose(stmts, probs, pol)
	fmt.Fprintf(w, "\nThresholds (out of fold, policy %q): supports %.2f (plain %.2f, among other sentences %.2f), contradicts %.2f (plain %.2f) (feasible: %v)\n\n", pol.name, best.Supports, best.SupportsPlain, best.SupportsAmongOthers, best.Contradicts, best.ContradictsPlain, feasible)
	fmt.Fprintln(w, "| set (development, out of fold) | statements | right | badges | wrong badges |\n|---|---|---|---|---|")
	for _, t := range bestTallies {
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d |\n", t.Set, t.Statements, t.Right, t.Badges, t.WrongBadge)
	}
	return best, bestTallies
}

// choose picks the probabilities a badge needs: of the thresholds that
// keep every set's wrong badges (and, with pol.expected, its expected
// wrong badges) within the policy's budget (out of fold), those that get
// the most statements right; on a tie, those with the fewest wrong
// badges, then the most badges, then the lower.
func choose(stmts []stmt, probs [][][classes]float64, pol policy) (match.Thresholds, []match.Tally, bool) {
	var grid []float64
	for t := max(0.30, min(pol.floor, pol.floorC)); t < 0.9951; t += 0.01 {
		grid = append(grid, math.Round(t*100)/100)
	}
	grid = append(grid, 1.01) // no badge of that kind at all
	best := match.Thresholds{Supports: 1.01, SupportsPlain: 1.01, Contradicts: 1.01, ContradictsPlain: 1.01, SupportsAmongOthers: 1.01}
	bestRight, bestWrong, bestBadges, feasible := -1, 0, 0, false
	var bestTallies []match.Tally
	try := func(th match.Thresholds) {
		floorC, floorS := max(pol.floor, pol.floorC), max(pol.floor, pol.floorS)
		if th.SupportsPlain < max(pol.plainFloor, floorS) || th.ContradictsPlain < max(pol.plainFloor, floorC) || th.Supports < floorS || th.Contradicts < floorC {
			return
		}
		tallies, expected := tallyExpected(stmts, probs, th)
		ok, right, wrong, badges := true, 0, 0, 0
		for k, t := range tallies {
			ok = ok && float64(t.WrongBadge) <= pol.budget*float64(t.Statements)
			if pol.expected > 0 {
				ok = ok && expected[k] <= pol.expected*float64(t.Statements)
			}
			right, wrong, badges = right+t.Right, wrong+t.WrongBadge, badges+t.Badges
		}
		better := right > bestRight || right == bestRight && (wrong < bestWrong || wrong == bestWrong && badges > bestBadges)
		// A tie, with pol.tieHigh: the higher thresholds (th comes after
		// best in the grid's order), but never "no badge" for a tie.
		tie := right == bestRight && wrong == bestWrong && badges == bestBadges && nones(th) <= nones(best)
		better = better || pol.tieHigh && tie
		if ok && better {
			best, bestRight, bestWrong, bestBadges, bestTallies, feasible = th, right, wrong, badges, tallies, true
		}
	}
	// At first, a plain support or contradiction and a sentence among
	// others need what any support or contradiction does; then each
	// threshold is chosen in turn, twice.
	plain, plainC, among := -1.0, -1.0, 0.0
	for range 2 {
		for _, ts := range grid {
			for _, tc := range grid {
				p, pc := plain, plainC
				if p < 0 {
					p, pc = max(ts, pol.plainFloor), max(tc, pol.plainFloor)
				}
				try(match.Thresholds{Supports: ts, SupportsPlain: p, Contradicts: tc, ContradictsPlain: pc, SupportsAmongOthers: max(among, ts)})
			}
		}
		for _, tp := range grid {
			th := best
			th.SupportsPlain = tp
			try(th)
		}
		for _, tp := range grid {
			th := best
			th.ContradictsPlain = tp
			try(th)
		}
		for _, ta := range grid {
			th := best
			th.SupportsAmongOthers = ta
			try(th)
		}
		plain, plainC, among = best.SupportsPlain, best.ContradictsPlain, best.SupportsAmongOthers
	}
	return best, bestTallies, feasible
}

// nones counts the kinds of badge thresholds give none of (1.01).
func nones(th match.Thresholds) int {
	n := 0
	for _, t := range []float64{th.Supports, th.SupportsPlain, th.Contradicts, th.ContradictsPlain, th.SupportsAmongOthers} {
		if t > 1 {
			n++
		}
	}
	return n
}

// tallyExpected decides each text from its claims' probabilities, as
// CheckText would (each sentence by Badge, the text by OverallVerdict),
// and counts the outcomes by set, with each set's expected wrong badges:
// the sum, over its badges, of one less the probability each was given
// at.
func tallyExpected(stmts []stmt, probs [][][classes]float64, th match.Thresholds) ([]match.Tally, []float64) {
	var out []match.Tally
	var expected []float64
	at := map[*set]int{}
	for i, s := range stmts {
		k, ok := at[s.set]
		if !ok {
			k = len(out)
			at[s.set] = k
			out = append(out, match.Tally{Set: s.set.name})
			expected = append(expected, 0)
		}
		t := &out[k]
		t.Statements++
		verdict, keyOK, p := textVerdictP(s, probs[i], th)
		switch verdict {
		case "unverified":
			if s.c.Verdict == "unverified" {
				t.Right++
			}
		default:
			t.Badges++
			expected[k] += 1 - p
			if verdict != s.c.Verdict {
				t.WrongBadge++
			} else if keyOK {
				t.Right++
			}
		}
	}
	return out, expected
}

// textVerdictP decides a text from its sentences' claims' probabilities
// (in the order of s.sents), read as the scorers read it, and whether the
// deciding sentence's first claim is the one the text is about.
// With it, the probability of the badge: the deciding sentence's, or for
// a text of several supported sentences, the product of theirs.
func textVerdictP(s stmt, probs [][classes]float64, th match.Thresholds) (string, bool, float64) {
	at := 0
	bestP, allP := 0.0, 1.0
	bestRank, bestKey := -1, false
	var first match.Verdict
	sup, con, unv := 0, 0, 0
	for _, ws := range s.sents {
		cands := make([]match.Candidate, len(ws))
		for j, wd := range ws {
			cands[j] = match.Candidate{P: probs[at+j], CanSupport: wd.CanSupport, CanContradict: wd.CanContradict, Plain: wd.Plain, PlainContradiction: wd.PlainContradiction}
		}
		among := len(ws) > 0 && ws[0].Among
		best, v, p := th.Badge(cands, among)
		r := map[match.Verdict]int{match.Contradicted: 2, match.Supported: 1}[v]
		if r > bestRank {
			bestRank, first, bestP = r, v, p
			bestKey = best >= 0 && v != match.Unverified && s.key[at+best]
		}
		if v == match.Supported {
			allP *= p
		}
		switch v {
		case match.Supported:
			sup++
		case match.Contradicted:
			con++
		default:
			unv++
		}
		at += len(ws)
	}
	v := first
	if len(s.sents) > 1 {
		v = match.OverallVerdict(sup, con, unv)
		if v == match.Supported {
			bestP = allP
		}
	}
	if len(s.sents) == 0 {
		v = match.Unverified
	}
	return decisive[v], bestKey, bestP
}

func round(xs []float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i], _ = strconv.ParseFloat(strconv.FormatFloat(x, 'g', 6, 64), 64)
	}
	return out
}

// marshalDecision writes a decision as its data file: indented, one
// feature or weight vector a line.
func marshalDecision(dm *match.Decision) ([]byte, error) {
	return json.MarshalIndent(dm, "", " ")
}
