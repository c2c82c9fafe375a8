package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/claims/lexical"
	"github.com/factcheck/factcheck/claims/match"
)

// outcome counts what checking a part of a set gave, as the shared
// scorers count it.
type outcome struct {
	cases, strict, verdicts, badges, wrong int
	falseSupport, falseContra              int
}

// withWordNet checks with WordNet's kinds of nouns (-wordnet).
var withWordNet = false

// withoutParaphrases checks without PPDB's paraphrases (-noppdb,
// factcheck check -ppdb=false).
var withoutParaphrases = false

// showMisses lists the misses of the development parts of a set named
// so (-misses NAME), with the closest claim.
var showMisses = ""

// showWrong lists the wrong badges of the development parts (-show;
// never the held-out ones).
var showWrong = false

// neverRead names the sets blind in both parts: -show and -misses list
// none of their statements, nor what was said of them; -coverage and
// training never read them (learnsFrom refuses them whatever
// -learn-blind says).
var neverRead = []string{"archive-9", "archive-12", "archive-14", "archive-15", "archive-16", "archive-17", "archive-18", "archive-19", "archive-20", "archive-21", "archive-22"}

// showWhy prints, with -misses, what kept each miss's closest claim from
// its verdict (-why).
var showWhy = false

// devOnly measures the development parts only (-dev).
var devOnly = false

// decisive reads a text's verdict as the scorers do: mixed is
// contradicted.
var decisive = map[match.Verdict]string{match.Supported: "supported", match.Contradicted: "contradicted", match.Mixed: "contradicted", match.Unverified: "unverified"}

// bin is one row of the reliability table: badges whose stated
// confidence falls in [lo, hi).
type bin struct {
	lo, hi     float64
	badges, ok int
	sumStated  float64
}

// check runs every case of a part of a set through CheckText with a
// decision, and counts.
func check(s *set, held bool, dm *match.Decision, bins []bin) (outcome, error) {
	var o outcome
	seedIx, err := seedIndex()
	if err != nil {
		return o, err
	}
	for _, c := range s.cases {
		if heldOut(c) != held {
			continue
		}
		ix, err := s.indexFor(c, seedIx)
		if err != nil {
			return o, err
		}
		ix.Decision = dm // (the seed's index is shared, and checks run one at a time)
		if withWordNet {
			ix.Dictionary = lexical.Kinds{}
		}
		ix.NoParaphrases = withoutParaphrases
		r := ix.CheckText(c.Text)
		got := decisive[r.Verdict]
		o.cases++
		vOK := got == c.Verdict
		rOK := true
		if c.Verdict != "unverified" && s.kind != "fever" {
			// (the archive's keys are checked against the pages' true bodies)
			rOK = len(r.Matches) > 0 && keyed(c, quotes(r.Matches[0]))
		}
		if vOK {
			o.verdicts++
		}
		if !vOK && !held && slices.Contains(strings.Split(showMisses, ","), s.name) && len(bins) == 0 && len(dm.Models) > 0 {
			closest := ""
			if len(r.Matches) > 0 {
				closest = r.Matches[0].Claim
			}
			fmt.Printf("MISS %s %s %s -> %s (key quoted: %v): %q\n   %s\n   closest: %q\n", s.name, c.ID, c.Verdict, got, rOK, c.Text, r.Reason, closest)
			if showWhy {
				why(ix, dm, c.Text, c.Verdict)
			}
			if !rOK && c.Verdict != "unverified" {
				keyRank(ix, c)
			}
		}
		if got != "unverified" && !held && slices.Contains(strings.Split(showMisses, ","), s.name) && len(bins) == 0 && len(dm.Models) > 0 && len(r.Matches) > 0 {
			// A badge decided by a claim that is not the best fit: how
			// often the decision over the candidates reads past the
			// closest, and how often rightly.
			if ws, ok := ix.Weigh(c.Text); ok && len(ws) > 0 {
				score := slices.Index(match.FeatureNames(), "score")
				best := 0
				for i := range ws {
					if ws[i].Features[score] > ws[best].Features[score] {
						best = i
					}
				}
				if ws[best].ClaimID != r.Matches[0].ClaimID {
					fmt.Printf("BADGE NOT BY THE BEST FIT %s %s %s (right %v, %.2f)\n", s.name, c.ID, got, vOK, r.Confidence)
				}
			}
		}
		if vOK && rOK {
			o.strict++
		}
		if got != "unverified" {
			o.badges++
			if !vOK {
				if showWrong && !held && !slices.Contains(neverRead, s.name) {
					who := "trained"
					if len(dm.Models) == 0 {
						who = "hand-written"
					}
					fmt.Printf("WRONG (%s) %s %s: got %s (%.2f) want %s: %q\n   %s\n", who, s.name, c.ID, got, r.Confidence, c.Verdict, c.Text, r.Reason)
					if len(r.Matches) > 0 {
						fmt.Printf("   claim: %q\n", r.Matches[0].Claim)
						for _, q := range quotes(r.Matches[0]) {
							fmt.Printf("   quote: %q\n", q)
						}
					}
				}
				o.wrong++
				if got == "supported" {
					o.falseSupport++
				} else {
					o.falseContra++
				}
			}
			for i := range bins {
				if r.Confidence >= bins[i].lo && r.Confidence < bins[i].hi {
					bins[i].badges++
					bins[i].sumStated += r.Confidence
					if vOK {
						bins[i].ok++
					}
				}
			}
		}
	}
	return o, nil
}

func quotes(m match.Match) []string {
	var out []string
	for _, s := range m.Sources {
		out = append(out, s.Quote)
	}
	return out
}

// measure checks both parts of every set with the hand-written decision
// (before) and the trained one (after), and tabulates them, with the
// reliability of the trained one's badges on the held-out parts.
func measure(sets []*set, dm *match.Decision, w io.Writer) error {
	fmt.Fprintln(w, "\n## Measured (CheckText, the browser's configuration)")
	fmt.Fprintln(w, "\n| set | part | cases | strict before | strict after | badges before | badges after | wrong badges before | wrong badges after |\n|---|---|---|---|---|---|---|---|---|")
	var bins []bin
	for lo := 0.5; lo < 1; lo += 0.1 {
		bins = append(bins, bin{lo: math.Round(lo*10) / 10, hi: math.Round((lo+0.1)*10) / 10})
	}
	bins[len(bins)-1].hi = 1.01
	var none []bin
	for _, s := range sets {
		for _, held := range []bool{false, true} {
			if held && devOnly {
				continue
			}
			before, err := check(s, held, match.HandWritten(), none)
			if err != nil {
				return err
			}
			var b []bin
			if held {
				b = bins
			}
			after, err := check(s, held, dm, b)
			if err != nil {
				return err
			}
			part := "development"
			if held {
				part = "held-out"
			}
			fmt.Fprintf(w, "| %s | %s | %d | %s | %s | %d | %d | %d (%s) | %d (%s) |\n", s.name, part, before.cases,
				ratio(before.strict, before.cases), ratio(after.strict, after.cases), before.badges, after.badges,
				before.wrong, pct(before.wrong, before.cases), after.wrong, pct(after.wrong, after.cases))
		}
	}
	if devOnly {
		return nil
	}
	fmt.Fprintln(w, "\n## Reliability of the badges on the held-out parts (every set)\n\n| stated confidence | badges | mean stated | observed right |\n|---|---|---|---|")
	for _, b := range bins {
		if b.badges == 0 {
			fmt.Fprintf(w, "| %.1f–%.1f | 0 | – | – |\n", b.lo, math.Min(b.hi, 1))
			continue
		}
		fmt.Fprintf(w, "| %.1f–%.1f | %d | %.2f | %.2f |\n", b.lo, math.Min(b.hi, 1), b.badges, b.sumStated/float64(b.badges), float64(b.ok)/float64(b.badges))
	}
	return nil
}

func ratio(a, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(n))
}

func pct(a, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(n))
}

// why prints, for the first claim weighed for a missed statement, its
// probability of the verdict wanted, what the rules allow, and the six
// features that pulled that probability down most against related, each
// with its value and its share of the logit (-why).
func why(ix *match.Index, dm *match.Decision, text, want string) {
	ws, ok := ix.Weigh(text)
	if !ok || len(ws) == 0 {
		return
	}
	w := ws[0]
	var m *match.Model
	for i := range dm.Models {
		if dm.Models[i].Regime == match.RegimeOf(w.Features) {
			m = &dm.Models[i]
		}
	}
	if m == nil {
		return
	}
	k := 0 // supports, contradicts, related: the order of decision.json's classes
	if want == "contradicted" {
		k = 1
	}
	type pull struct {
		name       string
		x, towards float64
	}
	var ps []pull
	names := match.FeatureNames()
	for j, x := range w.Features {
		ps = append(ps, pull{names[j], x, (m.Weights[k][j+1] - m.Weights[2][j+1]) * (x - m.Mean[j]) / m.Scale[j] / m.Temperature})
	}
	sort.Slice(ps, func(a, b int) bool { return ps[a].towards < ps[b].towards })
	fmt.Printf("   p=%.2f can support %v, contradict %v, plain %v:", m.Predict(w.Features)[k], w.CanSupport, w.CanContradict, w.Plain)
	for _, p := range ps[:min(6, len(ps))] {
		fmt.Printf(" %s=%.2f (%+.2f)", p.name, p.x, p.towards)
	}
	fmt.Println()
}

// keyRank prints, for a miss whose closest claim does not quote the
// statement's key, where the claims that do stand among those weighed:
// their place by retrieval and by fit (the score weighAgainstOthers and
// decide order by), with coverage, precision and fit, beside the
// best-fitting claim's ("KEY not weighed" when no claim weighed quotes it).
func keyRank(ix *match.Index, c labelled) {
	ws, ok := ix.Weigh(c.Text)
	if !ok {
		return
	}
	names := match.FeatureNames()
	at := func(name string) int { return slices.Index(names, name) }
	cov, prec, score := at("coverage"), at("precision"), at("score")
	byFit := make([]int, len(ws))
	for i := range byFit {
		byFit[i] = i
	}
	sort.SliceStable(byFit, func(a, b int) bool { return ws[byFit[a]].Features[score] > ws[byFit[b]].Features[score] })
	found := false
	for fitRank, i := range byFit {
		if !keyed(c, ws[i].Quotes) {
			continue
		}
		found = true
		b := ws[byFit[0]]
		fmt.Printf("   KEY retrieved %d/%d, fit %d, hand %v: cov %.2f prec %.2f fit %.2f; best fit (hand %v) cov %.2f prec %.2f fit %.2f\n   key claim: %q\n", i+1, len(ws), fitRank+1, ws[i].Hand,
			ws[i].Features[cov], ws[i].Features[prec], ws[i].Features[score], b.Hand, b.Features[cov], b.Features[prec], b.Features[score], ws[i].Quotes[0])
		fmt.Printf("   key alone %v, can support %v, contradict %v: %s\n", ws[i].Alone, ws[i].CanSupport, ws[i].CanContradict, ws[i].Why)
		if dm := ix.Decision; dm != nil {
			for _, m := range dm.Models {
				if m.Regime == match.RegimeOf(ws[i].Features) {
					p := m.Predict(ws[i].Features)
					fmt.Printf("   key p supports %.2f contradicts %.2f;", p[0], p[1])
					k := 0
					if c.Verdict == "contradicted" {
						k = 1
					}
					// The ranking features' pull, then the six that pull down most.
					type pull struct {
						name    string
						x, t    float64
						ranking bool
					}
					var ps []pull
					for j, x := range ws[i].Features {
						n := names[j]
						ps = append(ps, pull{n, x, (m.Weights[k][j+1] - m.Weights[2][j+1]) * (x - m.Mean[j]) / m.Scale[j] / m.Temperature,
							strings.Contains(n, "share") || strings.Contains(n, "margin") || n == "rank" || strings.HasPrefix(n, "others_") || n == "candidates"})
					}
					for _, p := range ps {
						if p.ranking {
							fmt.Printf(" %s=%.2f (%+.2f)", p.name, p.x, p.t)
						}
					}
					sort.Slice(ps, func(a, b int) bool { return ps[a].t < ps[b].t })
					fmt.Printf("\n   key pulled down by:")
					for _, p := range ps[:min(6, len(ps))] {
						fmt.Printf(" %s=%.2f (%+.2f)", p.name, p.x, p.t)
					}
					fmt.Println()
				}
			}
		}
		break
	}
	if !found {
		fmt.Printf("   KEY not weighed (%d weighed)", len(ws))
		ids, covs := ix.Retrieved(c.Text)
		for i, q := range ids {
			if keyed(c, q) {
				fmt.Printf(": retrieved %d/%d, coverage %.2f\n   key claim: %q", i+1, len(ids), covs[i], q[0])
				break
			}
		}
		fmt.Println()
	}
}
