package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/claims/match"
)

// What keeps left-out agreements below the thresholds (-loso -loso-misses):
// a statement the rules already settle right (every threshold at 0 gives
// its verdict) that the left-out model leaves unverified is a miss of the
// decision alone. For each, the features that pulled the deciding claim's
// probability down most against related, and over them all, each
// feature's summed pull: a feature that holds many true agreements down,
// against what it does on the statements whose rules' verdict is wrong,
// is the one to read again.

// losoMisses lists the decision's misses of each left-out set (-loso-misses).
var losoMisses = false

// mergeFeatures names pairs of features (FROM:INTO, comma-separated)
// every text's claims read as one (-merge): FROM's value is added to
// INTO's, and FROM reads 0. It measures, with -loso, whether a
// distinction two features draw is worth drawing.
var mergeFeatures = ""

// merged adds, in every weighed claim, each feature -merge names to the
// one it names after it.
func merged(stmts []stmt, w io.Writer) {
	if mergeFeatures == "" {
		return
	}
	at := map[string]int{}
	for j, name := range match.FeatureNames() {
		at[name] = j
	}
	for _, pair := range strings.Split(mergeFeatures, ",") {
		from, into, _ := strings.Cut(pair, ":")
		a, okA := at[from]
		b, okB := at[into]
		if !okA || !okB {
			fmt.Fprintf(w, "-merge %s: no such features\n", pair)
			continue
		}
		fmt.Fprintf(w, "Merged %s into %s\n", from, into)
		for _, s := range stmts {
			for _, ws := range s.sents {
				for k := range ws {
					f := slices.Clone(ws[k].Features)
					f[b] += f[a]
					f[a] = 0
					ws[k].Features = f
				}
			}
		}
	}
}

// dropped zeroes the features drop names (comma-separated; a trailing *
// a prefix) in every weighed claim: an ablation with -loso, and a recipe's
// (-drop) when it trains.
func dropped(stmts []stmt, drop string, w io.Writer) {
	if drop == "" {
		return
	}
	var idx []int
	for j, name := range match.FeatureNames() {
		for _, d := range strings.Split(drop, ",") {
			if name == d || strings.HasSuffix(d, "*") && strings.HasPrefix(name, strings.TrimSuffix(d, "*")) {
				idx = append(idx, j)
			}
		}
	}
	var names []string
	for _, j := range idx {
		names = append(names, match.FeatureNames()[j])
	}
	fmt.Fprintf(w, "Dropped features: %s\n", strings.Join(names, ", "))
	for _, s := range stmts {
		for _, ws := range s.sents {
			for k := range ws {
				f := slices.Clone(ws[k].Features)
				for _, j := range idx {
					f[j] = 0
				}
				ws[k].Features = f
			}
		}
	}
}

// pulls tallies features' pulls over a group of statements.
type pulls struct {
	n   int
	sum []float64
}

func (p *pulls) add(v []float64) {
	if p.sum == nil {
		p.sum = make([]float64, len(v))
	}
	p.n++
	for j := range v {
		p.sum[j] += v[j]
	}
}

// pullOf returns each feature's pull on claim x's logit of class k
// against related, in a model at a temperature.
func pullOf(m *model, temp float64, x []float64, k int) []float64 {
	out := make([]float64, len(x))
	for j, v := range x {
		out[j] = (m.w[k][j+1] - m.w[2][j+1]) * (v - m.mean[j]) / m.scale[j] / temp
	}
	return out
}

// zeroTh gives every badge the rules allow.
var zeroTh = match.Thresholds{}

// decisionMisses prints the left-out set's misses of the decision alone,
// and adds the pulls of misses and of the rules' wrong verdicts (which the
// decision must hold down) to the tallies.
func decisionMisses(test []stmt, probs [][][classes]float64, f fitted, missed, held, hit *pulls, w io.Writer) {
	names := match.FeatureNames()
	for i, s := range test {
		if len(s.sents) != 1 {
			continue
		}
		v0, key0, _ := textVerdictP(s, probs[i], zeroTh)
		if v0 == "unverified" {
			continue
		}
		v, _, _ := textVerdictP(s, probs[i], f.th)
		ws := s.sents[0]
		cands := make([]match.Candidate, len(ws))
		for j, wd := range ws {
			cands[j] = match.Candidate{P: probs[i][j], CanSupport: wd.CanSupport, CanContradict: wd.CanContradict, Plain: wd.Plain, PlainContradiction: wd.PlainContradiction}
		}
		best, bv, p := zeroTh.Badge(cands, len(ws) > 0 && ws[0].Among)
		if best < 0 {
			continue
		}
		k := 0
		if bv == match.Contradicted {
			k = 1
		}
		pl := pullOf(f.m, f.temp, ws[best].Features, k)
		switch {
		case v0 == s.c.Verdict && key0 && v == "unverified":
			missed.add(pl)
			order := make([]int, len(pl))
			for j := range order {
				order[j] = j
			}
			sort.Slice(order, func(a, b int) bool { return pl[order[a]] < pl[order[b]] })
			fmt.Fprintf(w, "LOSO MISS %s %s %s p=%.3f plain %v: %q\n   ", s.set.name, s.c.ID, s.c.Verdict, p, ws[best].Plain, s.c.Text)
			for _, j := range order[:6] {
				fmt.Fprintf(w, " %s=%.2f (%+.2f)", names[j], ws[best].Features[j], pl[j])
			}
			fmt.Fprintln(w)
		case v0 != s.c.Verdict:
			held.add(pl)
		case v == s.c.Verdict:
			hit.add(pl)
		}
	}
}

// printPulls writes the features that pull misses down most, with their
// mean pull on the rules' wrong verdicts.
func printPulls(missed, held, hit pulls, w io.Writer) {
	if missed.n == 0 {
		return
	}
	names := match.FeatureNames()
	order := make([]int, len(missed.sum))
	for j := range order {
		order[j] = j
	}
	mean := func(p pulls, j int) float64 {
		if p.n == 0 {
			return 0
		}
		return p.sum[j] / float64(p.n)
	}
	// What sets the misses apart from the badges given right.
	gap := func(j int) float64 { return mean(missed, j) - mean(hit, j) }
	sort.Slice(order, func(a, b int) bool { return gap(order[a]) < gap(order[b]) })
	fmt.Fprintf(w, "\nFeatures pulling the decision's %d misses down against its %d right badges (mean pull against related: misses, right badges, the rules' %d wrong verdicts):\n", missed.n, hit.n, held.n)
	for _, j := range order[:25] {
		fmt.Fprintf(w, "  %-32s %+.3f   %+.3f   %+.3f\n", names[j], mean(missed, j), mean(hit, j), mean(held, j))
	}
}
