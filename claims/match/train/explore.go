package main

import (
	"fmt"
	"io"

	"github.com/factcheck/factcheck/claims/match"
)

// exploreClean lists, for texts of one sentence whose deciding claim the
// rules call a support, the out-of-fold probability against the label.
func exploreClean(stmts []stmt, probs [][][classes]float64, w io.Writer) {
	names := match.FeatureNames()
	idx := map[string]int{}
	for i, n := range names {
		idx[n] = i
	}
	for i, s := range stmts {
		if len(s.sents) != 1 {
			continue
		}
		for j, wd := range s.sents[0] {
			if wd.Hand != match.Supports {
				continue
			}
			x := wd.Features
			fmt.Fprintf(w, "CLEAN %s %s %.0f cov %.2f prec %.2f p %.3f label %s kind %s key %v | %s\n", s.set.name, s.c.ID, x[idx["clean_support"]], x[idx["coverage"]], x[idx["precision"]], probs[i][j][0], s.c.Verdict, s.c.Kind, s.key[j], s.c.Text)
		}
	}
}

// policies are the ways of choosing thresholds -explore compares.
var policies = []policy{
	todays,
	cautious,
	{name: "wrong ≤0.5%", budget: 0.005, plainFloor: 0.30},
	{name: "wrong ≤1%, plain ≥0.9", budget: 0.01, plainFloor: 0.9},
	{name: "wrong ≤1%, expected ≤1%", budget: 0.01, expected: 0.01, plainFloor: 0.30},
	{name: "wrong ≤1%, every badge ≥0.96", budget: 0.01, floor: 0.96},
	{name: "wrong ≤1%, contradictions ≥0.96", budget: 0.01, floorC: 0.96},
	{name: "wrong ≤1%, contradictions ≥0.97", budget: 0.01, floorC: 0.97},
	{name: "wrong ≤1%, contradictions ≥0.98", budget: 0.01, floorC: 0.98},
	{name: "wrong ≤1%, supports ≥0.96, contradictions ≥0.98", budget: 0.01, floor: 0.96, floorC: 0.98},
	{name: "wrong ≤1%, supports ≥0.97, contradictions ≥0.98", budget: 0.01, floor: 0.97, floorC: 0.98},
	{name: "wrong ≤1%, every badge ≥0.98", budget: 0.01, floor: 0.98},
	{name: "wrong ≤1%, every badge ≥0.99", budget: 0.01, floor: 0.99},
}

// realNews are the sets of statements about real news pages.
var realNews = map[string]bool{"archive-1": true, "archive-3": true, "archive-5": true}

// explorePolicies prints, for each policy, the thresholds it chooses and
// what they give out of fold: every set, and the real news pages' sets.
func explorePolicies(stmts []stmt, probs [][][classes]float64, w io.Writer) {
	fmt.Fprintln(w, "\n| policy | supports (plain, among) | contradicts (plain) | right | badges | wrong | expected wrong | news right | news badges | news wrong | news expected |\n|---|---|---|---|---|---|---|---|---|---|---|")
	for _, pol := range policies {
		th, _, feasible := choose(stmts, probs, pol)
		if !feasible {
			fmt.Fprintf(w, "| %s | infeasible |\n", pol.name)
			continue
		}
		ts, exp := tallyExpected(stmts, probs, th)
		var all, news [4]float64
		for k, t := range ts {
			v := [4]float64{float64(t.Right), float64(t.Badges), float64(t.WrongBadge), exp[k]}
			for j := range v {
				all[j] += v[j]
				if realNews[t.Set] {
					news[j] += v[j]
				}
			}
		}
		fmt.Fprintf(w, "| %s | %.2f (%.2f, %.2f) | %.2f (%.2f) | %.0f | %.0f | %.0f | %.1f | %.0f | %.0f | %.0f | %.1f |\n", pol.name, th.Supports, th.SupportsPlain, th.SupportsAmongOthers, th.Contradicts, th.ContradictsPlain, all[0], all[1], all[2], all[3], news[0], news[1], news[2], news[3])
	}
}
