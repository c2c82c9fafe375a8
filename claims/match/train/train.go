package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

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
// that pass keep.
func instances(stmts []stmt, keep func(stmt) bool) ([][]float64, []int) {
	var xs [][]float64
	var ys []int
	for _, s := range stmts {
		if len(s.ys) == 0 || !keep(s) {
			continue
		}
		for i, w := range s.sents[0] {
			if s.ys[i] >= 0 {
				xs = append(xs, w.Features)
				ys = append(ys, s.ys[i])
			}
		}
	}
	return xs, ys
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
	stmts, weighed, err := gather(sets)
	if err != nil {
		return nil, err
	}
	dm := &match.Decision{
		Trained:  date,
		How:      "make model (go run ./claims/match/train): for each kind of database, a multinomial logistic regression fitted on the claims weighed for every development statement of one sentence, its L2 penalty, temperature and thresholds chosen on 5-fold out-of-fold predictions of the development parts",
		Config:   "the browser's: no dictionary (WordNet off)",
		Split:    "held out when FNV-1a 32-bit of the id (else the text) mod 5 is 0 or 1; the rest is the development part, the only part read here",
		Features: match.FeatureNames(),
		Classes:  []string{"supports", "contradicts", "related"},
	}
	for _, regime := range []string{match.RegimeArchive, match.RegimeFew} {
		var sub []stmt
		for _, s := range stmts {
			if regimeOf(s.set) == regime {
				sub = append(sub, s)
			}
		}
		fmt.Fprintf(w, "## Training: %s\n\n", regime)
		dm.Models = append(dm.Models, trainRegime(regime, sub, w))
	}
	for _, s := range sets {
		ts := match.Set{Name: s.name, SHA256: s.sum, Weighed: weighed[s]}
		for _, c := range s.cases {
			if heldOut(c) {
				ts.HeldOut++
			} else {
				ts.Dev++
			}
		}
		sx, _ := instances(stmts, func(st stmt) bool { return st.set == s })
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

// trainRegime fits one model on the texts of one kind of database.
func trainRegime(regime string, stmts []stmt, w io.Writer) match.Model {
	xs, _ := instances(stmts, func(stmt) bool { return true })
	fmt.Fprintf(w, "%d development texts; those of one sentence give %d claims weighed to learn from; %d features.\n\n", len(stmts), len(xs), len(match.FeatureNames()))
	// Out-of-fold logits for each penalty.
	bestLambda, bestLoss := 0.0, math.Inf(1)
	var oof [][][classes]float64
	for _, lambda := range lambdas {
		z := outOfFold(stmts, lambda)
		loss := logLoss(stmts, z, 1)
		fmt.Fprintf(w, "- L2 %g: out-of-fold log-loss %.4f\n", lambda, loss)
		if loss < bestLoss {
			bestLambda, bestLoss, oof = lambda, loss, z
		}
	}
	// One temperature calibrates the out-of-fold probabilities.
	temp, tempLoss := 1.0, logLoss(stmts, oof, 1)
	for t := 0.5; t <= 3.0001; t += 0.01 {
		if l := logLoss(stmts, oof, t); l < tempLoss-1e-12 {
			temp, tempLoss = t, l
		}
	}
	temp = math.Round(temp*100) / 100
	fmt.Fprintf(w, "\nL2 %g; temperature %.2f (out-of-fold log-loss %.4f)\n", bestLambda, temp, tempLoss)
	probs := make([][][classes]float64, len(stmts))
	for i := range stmts {
		for _, z := range oof[i] {
			probs[i] = append(probs[i], softmaxT(z, temp))
		}
	}
	th, tallies := chooseThresholds(stmts, probs, w)
	if exploring {
		explore(stmts, probs, th, w)
		exploreClean(stmts, probs, w)
	}
	// The model itself: fitted on every development statement.
	xs, ys := instances(stmts, func(stmt) bool { return true })
	m := fit(xs, ys, bestLambda)
	out := match.Model{Regime: regime, Mean: round(m.mean), Scale: round(m.scale), Temperature: temp, Thresholds: th, OutOfFold: tallies}
	for _, wk := range m.w {
		out.Weights = append(out.Weights, round(wk))
	}
	return out
}

// outOfFold returns, for each text, the logits of every claim weighed
// for its sentences (in order) by a model fitted on the other folds.
func outOfFold(stmts []stmt, lambda float64) [][][classes]float64 {
	out := make([][][classes]float64, len(stmts))
	for k := 0; k < folds; k++ {
		xs, ys := instances(stmts, func(s stmt) bool { return s.fold != k })
		m := fit(xs, ys, lambda)
		for i, s := range stmts {
			if s.fold != k {
				continue
			}
			for _, ws := range s.sents {
				for _, wd := range ws {
					out[i] = append(out[i], m.logits(wd.Features))
				}
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

// chooseThresholds picks the probabilities a badge needs: of the
// thresholds that keep every set's wrong badges within maxWrongShare of
// its statements (out of fold), those that get the most statements right;
// on a tie, those with the fewest wrong badges, then the most badges, then
// the lower.
func chooseThresholds(stmts []stmt, probs [][][classes]float64, w io.Writer) (match.Thresholds, []match.Tally) {
	var grid []float64
	for t := 0.30; t < 0.9951; t += 0.01 {
		grid = append(grid, math.Round(t*100)/100)
	}
	grid = append(grid, 1.01) // no badge of that kind at all
	best := match.Thresholds{Supports: 1.01, SupportsPlain: 1.01, Contradicts: 1.01, ContradictsPlain: 1.01, SupportsAmongOthers: 1.01}
	bestRight, bestWrong, bestBadges, feasible := -1, 0, 0, false
	var bestTallies []match.Tally
	try := func(th match.Thresholds) {
		tallies := tally(stmts, probs, th)
		ok, right, wrong, badges := true, 0, 0, 0
		for _, t := range tallies {
			ok = ok && float64(t.WrongBadge) <= maxWrongShare*float64(t.Statements)
			right, wrong, badges = right+t.Right, wrong+t.WrongBadge, badges+t.Badges
		}
		better := right > bestRight || right == bestRight && (wrong < bestWrong || wrong == bestWrong && badges > bestBadges)
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
					p, pc = ts, tc
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
	fmt.Fprintf(w, "\nThresholds (out of fold, every set's wrong badges within %.0f%% of its statements): supports %.2f (plain %.2f, among other sentences %.2f), contradicts %.2f (plain %.2f) (feasible: %v)\n\n", 100*maxWrongShare, best.Supports, best.SupportsPlain, best.SupportsAmongOthers, best.Contradicts, best.ContradictsPlain, feasible)
	fmt.Fprintln(w, "| set (development, out of fold) | statements | right | badges | wrong badges |\n|---|---|---|---|---|")
	for _, t := range bestTallies {
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d |\n", t.Set, t.Statements, t.Right, t.Badges, t.WrongBadge)
	}
	return best, bestTallies
}

// tally decides each text from its claims' probabilities, as CheckText
// would (each sentence by Badge, the text by OverallVerdict), and counts
// the outcomes by set.
func tally(stmts []stmt, probs [][][classes]float64, th match.Thresholds) []match.Tally {
	var out []match.Tally
	at := map[*set]int{}
	for i, s := range stmts {
		k, ok := at[s.set]
		if !ok {
			k = len(out)
			at[s.set] = k
			out = append(out, match.Tally{Set: s.set.name})
		}
		t := &out[k]
		t.Statements++
		verdict, keyOK := textVerdict(s, probs[i], th)
		switch verdict {
		case "unverified":
			if s.c.Verdict == "unverified" {
				t.Right++
			}
		default:
			t.Badges++
			if verdict != s.c.Verdict {
				t.WrongBadge++
			} else if keyOK {
				t.Right++
			}
		}
	}
	return out
}

// textVerdict decides a text from its sentences' claims' probabilities
// (in the order of s.sents), read as the scorers read it, and whether the
// deciding sentence's first claim is the one the text is about.
func textVerdict(s stmt, probs [][classes]float64, th match.Thresholds) (string, bool) {
	at := 0
	bestRank, bestKey := -1, false
	var first match.Verdict
	sup, con, unv := 0, 0, 0
	for _, ws := range s.sents {
		cands := make([]match.Candidate, len(ws))
		for j, wd := range ws {
			cands[j] = match.Candidate{P: probs[at+j], CanSupport: wd.CanSupport, CanContradict: wd.CanContradict, Plain: wd.Plain, PlainContradiction: wd.PlainContradiction}
		}
		among := len(ws) > 0 && ws[0].Among
		best, v, _ := th.Badge(cands, among)
		r := map[match.Verdict]int{match.Contradicted: 2, match.Supported: 1}[v]
		if r > bestRank {
			bestRank, first = r, v
			bestKey = best >= 0 && v != match.Unverified && s.key[at+best]
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
	}
	if len(s.sents) == 0 {
		v = match.Unverified
	}
	return decisive[v], bestKey
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
