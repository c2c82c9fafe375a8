package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

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
	{name: "wrong ≤1%, every badge ≥0.94", budget: 0.01, floor: 0.94},
	{name: "wrong ≤1%, contradictions ≥0.96", budget: 0.01, floorC: 0.96},
	{name: "wrong ≤1%, contradictions ≥0.97", budget: 0.01, floorC: 0.97},
	{name: "wrong ≤1%, contradictions ≥0.98", budget: 0.01, floorC: 0.98},
	{name: "wrong ≤1%, supports ≥0.96, contradictions ≥0.98", budget: 0.01, floor: 0.96, floorC: 0.98},
	{name: "wrong ≤1%, supports ≥0.97, contradictions ≥0.98", budget: 0.01, floor: 0.97, floorC: 0.98},
	{name: "wrong ≤1%, every badge ≥0.98", budget: 0.01, floor: 0.98},
	{name: "wrong ≤1%, every badge ≥0.99", budget: 0.01, floor: 0.99},
}

// realNews are the sets of statements about real news pages.
var realNews = map[string]bool{"archive-1": true, "archive-3": true, "archive-5": true, "archive-6": true, "archive-7": true}

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

// exploreWrong lists the development texts that get a wrong badge out of
// fold at the policy's floor (every threshold at it): what keeps a
// threshold above the floor.
func exploreWrong(stmts []stmt, probs [][][classes]float64, floor float64, w io.Writer) {
	th := match.Thresholds{Supports: floor, SupportsPlain: floor, Contradicts: floor, ContradictsPlain: floor, SupportsAmongOthers: floor}
	for i, s := range stmts {
		verdict, _, p := textVerdictP(s, probs[i], th)
		if verdict != "unverified" && verdict != s.c.Verdict {
			plain := len(s.sents) == 1 && len(s.sents[0]) > 0 && s.sents[0][0].Plain
			fmt.Fprintf(w, "WRONG-OOF %s %s sentences %d plain? %v: %s (%.3f) want %s, kind %s: %q\n", s.set.name, s.c.ID, len(s.sents), plain, verdict, p, s.c.Verdict, s.c.Kind, s.c.Text)
		}
	}
}

// exploreCurve prints what each threshold gives out of fold with the
// others as chosen: how flat the choice is.
func exploreCurve(stmts []stmt, probs [][][classes]float64, th match.Thresholds, w io.Writer) {
	for _, which := range []string{"supports", "supports_plain", "among", "contradicts", "contradicts_plain"} {
		for t := 0.30; t < 1.0001; t += 0.02 {
			x := th
			switch which {
			case "supports":
				x.Supports = t
			case "supports_plain":
				x.SupportsPlain = t
			case "among":
				x.SupportsAmongOthers = t
			case "contradicts":
				x.Contradicts = t
			case "contradicts_plain":
				x.ContradictsPlain = t
			}
			ts, exp := tallyExpected(stmts, probs, x)
			right, badges, wrong, e := 0, 0, 0, 0.0
			for k, tl := range ts {
				right, badges, wrong, e = right+tl.Right, badges+tl.Badges, wrong+tl.WrongBadge, e+exp[k]
			}
			fmt.Fprintf(w, "CURVE %s %.2f right %d badges %d wrong %d expected %.1f\n", which, t, right, badges, wrong, e)
		}
	}
}

// exploreDump writes, for every claim weighed for a development text of
// one sentence, its set, id, label, key, out-of-fold probabilities and
// features (tab-separated), to the file named by FACTCHECK_DUMP.
func exploreDump(stmts []stmt, probs [][][classes]float64, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fmt.Fprintf(f, "set\tid\tlabel\tkind\tkey\ty\tcan_support\tplain\tp_sup\tp_con\t%s\ttext\n", strings.Join(match.FeatureNames(), "\t"))
	for i, s := range stmts {
		if len(s.sents) != 1 {
			continue
		}
		for j, wd := range s.sents[0] {
			y := -2
			if j < len(s.ys) {
				y = s.ys[j]
			}
			var xs []string
			for _, v := range wd.Features {
				xs = append(xs, strconv.FormatFloat(v, 'g', 4, 64))
			}
			fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%v\t%d\t%v\t%v\t%.4f\t%.4f\t%s\t%s\n", s.set.name, s.c.ID, s.c.Verdict, s.c.Kind, s.key[j], y, wd.CanSupport, wd.Plain, probs[i][j][0], probs[i][j][1], strings.Join(xs, "\t"), s.c.Text)
		}
	}
	return nil
}

// exploreFloor prints what one threshold for every badge gives out of
// fold, on the real news pages' sets and on the others.
func exploreFloor(stmts []stmt, probs [][][classes]float64, w io.Writer) {
	for t := 0.70; t < 1.0001; t += 0.01 {
		th := match.Thresholds{Supports: t, SupportsPlain: t, Contradicts: t, ContradictsPlain: t, SupportsAmongOthers: t}
		ts, _ := tallyExpected(stmts, probs, th)
		var news, other [3]int
		line := ""
		for _, tl := range ts {
			v := &other
			if realNews[tl.Set] {
				v = &news
				line += fmt.Sprintf(" %s %d/%d", tl.Set, tl.Right, tl.WrongBadge)
			}
			v[0], v[1], v[2] = v[0]+tl.Right, v[1]+tl.Badges, v[2]+tl.WrongBadge
		}
		fmt.Fprintf(w, "FLOOR %.2f news right %d badges %d wrong %d | others right %d badges %d wrong %d |%s\n", t, news[0], news[1], news[2], other[0], other[1], other[2], line)
	}
}
