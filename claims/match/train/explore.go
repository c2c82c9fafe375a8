package main

import (
	"fmt"
	"io"

	"github.com/factcheck/factcheck/claims/match"
)

// explore prints, for thresholds around the chosen ones, what the
// out-of-fold decisions give, and lists the wrong badges at one pair.
func explore(stmts []stmt, probs [][][classes]float64, th match.Thresholds, w io.Writer) {
	fmt.Fprintln(w, "\nExplore: supports threshold (contradicts fixed) -> per set wrong/right")
	for _, ts := range []float64{0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99} {
		t := tally(stmts, probs, match.Thresholds{Supports: ts, Contradicts: th.Contradicts, SupportsPlain: th.SupportsPlain, ContradictsPlain: th.ContradictsPlain, SupportsAmongOthers: max(ts, th.SupportsAmongOthers)})
		fmt.Fprintf(w, "S %.2f:", ts)
		for _, x := range t {
			fmt.Fprintf(w, " %s %d/%d/%d", x.Set, x.WrongBadge, x.Right, x.Statements)
		}
		fmt.Fprintln(w)
	}
	for _, tc := range []float64{0.6, 0.7, 0.8, 0.84, 0.9, 0.95} {
		t := tally(stmts, probs, match.Thresholds{Supports: th.Supports, SupportsPlain: th.SupportsPlain, ContradictsPlain: th.ContradictsPlain, Contradicts: tc, SupportsAmongOthers: th.SupportsAmongOthers})
		fmt.Fprintf(w, "C %.2f:", tc)
		for _, x := range t {
			fmt.Fprintf(w, " %s %d/%d/%d", x.Set, x.WrongBadge, x.Right, x.Statements)
		}
		fmt.Fprintln(w)
	}
	for _, ta := range []float64{0.9, 0.95, 0.97, 0.98, 0.99, 1.01} {
		t := tally(stmts, probs, match.Thresholds{Supports: th.Supports, SupportsPlain: th.SupportsPlain, ContradictsPlain: th.ContradictsPlain, Contradicts: th.Contradicts, SupportsAmongOthers: ta})
		fmt.Fprintf(w, "A %.2f:", ta)
		for _, x := range t {
			fmt.Fprintf(w, " %s %d/%d/%d", x.Set, x.WrongBadge, x.Right, x.Statements)
		}
		fmt.Fprintln(w)
	}
	for i, s := range stmts {
		v, _ := textVerdict(s, probs[i], match.Thresholds{Supports: exploreS, SupportsPlain: exploreS, Contradicts: exploreC, SupportsAmongOthers: exploreA})
		if v != "unverified" && v != s.c.Verdict {
			fmt.Fprintf(w, "OOF WRONG %s %s got %s want %s: %q\n", s.set.name, s.c.ID, v, s.c.Verdict, s.c.Text)
			at := 0
			for si, ws := range s.sents {
				for j, wd := range ws {
					p := probs[i][at+j]
					fmt.Fprintf(w, "    sentence %d claim %s hand %s can %v/%v p=%.2f/%.2f/%.2f key=%v\n", si, wd.ClaimID, wd.Hand, wd.CanSupport, wd.CanContradict, p[0], p[1], p[2], s.key[at+j])
				}
				at += len(ws)
			}
		}
	}
}

var exploreS, exploreC, exploreA = 0.99, 0.5, 1.01

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
			fmt.Fprintf(w, "CLEAN %.0f cov %.2f prec %.2f p %.3f label %s key %v | %s\n", x[idx["clean_support"]], x[idx["coverage"]], x[idx["precision"]], probs[i][j][0], s.c.Verdict, s.key[j], s.c.Text)
		}
	}
}
