package main

import (
	"encoding/gob"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/claims/match"
)

// feature returns a feature's index by name.
func feature(t *testing.T, name string) int {
	for j, n := range match.FeatureNames() {
		if n == name {
			return j
		}
	}
	t.Fatalf("no feature %q", name)
	return -1
}

// text is a one-sentence text of a set with one claim weighed: its
// features set by index, and the class it teaches.
func text(s *set, id string, y int, on ...int) stmt {
	x := make([]float64, len(match.FeatureNames()))
	for _, j := range on {
		x[j] = 1
	}
	verdict := map[int]string{0: "supported", 1: "contradicted", 2: "unverified"}[y]
	w := match.Weighed{Features: x, CanSupport: true, CanContradict: true}
	return stmt{set: s, c: labelled{ID: id, Verdict: verdict}, fold: int(fnv1a(id)/5) % folds, sents: [][]match.Weighed{{w}}, ys: []int{y}, key: []bool{true}}
}

// A set whose writers happened to find a conflict mostly in true
// statements teaches a plain fit that a conflict means "supported"; with
// the orders, a conflict found never raises the probability of supports.
func TestOrdersKeepAConflictFromRaisingSupport(t *testing.T) {
	conflict, coverage := feature(t, "rule_dates_conflict"), feature(t, "coverage")
	s := &set{name: "odd"}
	var stmts []stmt
	for i := range 60 {
		id := string(rune('a'+i%26)) + string(rune('a'+i/26))
		switch i % 3 {
		case 0:
			stmts = append(stmts, text(s, id, 0, conflict, coverage)) // supported, with a conflict
		case 1:
			stmts = append(stmts, text(s, id, 1, coverage))
		default:
			stmts = append(stmts, text(s, id, 2))
		}
	}
	r := committedRecipe(match.RegimeArchive)
	plain := r.fit(stmts, func(stmt) bool { return true }, 0.01)
	if w := plain.w; w[0][conflict+1] <= w[1][conflict+1] {
		t.Fatalf("the plain fit does not learn the set's quirk (weights %v, %v): the test shows nothing", w[0][conflict+1], w[1][conflict+1])
	}
	r.orders = "conflicts"
	m := r.fit(stmts, func(stmt) bool { return true }, 0.01)
	w := m.w
	if w[0][conflict+1] > w[1][conflict+1] || w[0][conflict+1] > w[2][conflict+1] {
		t.Errorf("orders not kept: supports %v, contradicts %v, related %v", w[0][conflict+1], w[1][conflict+1], w[2][conflict+1])
	}
	with, without := make([]float64, len(match.FeatureNames())), make([]float64, len(match.FeatureNames()))
	with[coverage], without[coverage] = 1, 1
	with[conflict] = 1
	pw, po := softmaxT(m.logits(with), 1), softmaxT(m.logits(without), 1)
	if pw[0] > po[0]+1e-9 {
		t.Errorf("a conflict raises P(supports) %.3f -> %.3f", po[0], pw[0])
	}
}

// Leaving a set out, its texts are predicted by a model that never saw
// them: two sets that teach opposite things predict each other wrong.
func TestLeaveSetsOutNeverSeesTheLeftOutSet(t *testing.T) {
	cue := feature(t, "coverage")
	a, b := &set{name: "a"}, &set{name: "b"}
	var stmts []stmt
	for i := range 40 {
		id := string(rune('a'+i%26)) + string(rune('a'+i/26))
		if i%2 == 0 {
			stmts = append(stmts, text(a, "a"+id, 0, cue), text(b, "b"+id, 1, cue))
		} else {
			stmts = append(stmts, text(a, "a"+id, 2), text(b, "b"+id, 2))
		}
	}
	r := committedRecipe(match.RegimeArchive)
	z := leaveSetsOut(stmts, r, 0.01)
	for i, s := range stmts {
		if s.ys[0] == 2 {
			continue
		}
		p := softmaxT(z[i][0], 1)
		want := 1 - s.ys[0] // the other set's class
		if p[want] < p[s.ys[0]] {
			t.Errorf("%s %s: predicted %v, as if the model had seen its own set", s.set.name, s.c.ID, p)
		}
	}
}

// The cache gives back the texts it was given, and only while the sets
// are as they were (else gatherCached weighs them again).
func TestCacheReadsBackWhileTheSetsAreTheSame(t *testing.T) {
	s := &set{name: "a", sum: "1"}
	stmts := []stmt{text(s, "x", 0, 1), text(s, "y", 2)}
	path := filepath.Join(t.TempDir(), "texts.gob")
	if err := saveCache(path, []*set{s}, stmts, map[*set]int{s: 2}); err != nil {
		t.Fatal(err)
	}
	got, weighed, err := gatherCached([]*set{s}, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].set != s || got[0].c.ID != "x" || got[0].sents[0][0].Features[1] != 1 || got[1].ys[0] != 2 || weighed[s] != 2 {
		t.Errorf("read back %+v, %v", got, weighed)
	}
	var c cached
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := gob.NewDecoder(f).Decode(&c); err != nil {
		t.Fatal(err)
	}
	if !fresh(c, []*set{s}) || fresh(c, []*set{{name: "a", sum: "2"}}) || fresh(c, []*set{s, {name: "b", sum: "3"}}) {
		t.Errorf("fresh: a cache of the same sets, of a set since changed, of fewer sets")
	}
}

// With balance, a set of few statements teaches as much as a set of
// many: two sets that teach opposite things, one four times the other,
// leave the model undecided between them.
func TestBalanceMakesEverySetCountAlike(t *testing.T) {
	cue := feature(t, "coverage")
	big, small := &set{name: "big"}, &set{name: "small"}
	var stmts []stmt
	for i := range 50 {
		id := string(rune('a'+i%26)) + string(rune('a'+i/26))
		stmts = append(stmts, text(big, "b"+id, 0, cue), text(big, "c"+id, 2))
		if i%4 == 0 {
			stmts = append(stmts, text(small, "s"+id, 1, cue), text(small, "t"+id, 2))
		}
	}
	x := make([]float64, len(match.FeatureNames()))
	x[cue] = 1
	r := committedRecipe(match.RegimeArchive)
	plain := softmaxT(r.fit(stmts, func(stmt) bool { return true }, 0.01).logits(x), 1)
	r.balance = true
	balanced := softmaxT(r.fit(stmts, func(stmt) bool { return true }, 0.01).logits(x), 1)
	if plain[0] < 3*plain[1] {
		t.Fatalf("without balance, the big set should outweigh the small one: %v", plain)
	}
	if math.Abs(balanced[0]-balanced[1]) > 0.05 {
		t.Errorf("balanced, supports %.3f and contradicts %.3f should be alike", balanced[0], balanced[1])
	}
}

// A floor of contradictions (-floor-contradicts) keeps every threshold of
// a contradiction at or above it, and leaves supports at the floor of
// every badge: contradictions at 0.965 go without a badge, supports at
// 0.965 keep theirs.
func TestFloorOfContradictionsLeavesSupportsAlone(t *testing.T) {
	s := &set{name: "a"}
	var stmts []stmt
	var probs [][][classes]float64
	for i := range 100 {
		id := string(rune('a'+i%26)) + string(rune('a'+i/26))
		y := i % 3
		stmts = append(stmts, text(s, id, y))
		var p [classes]float64
		switch y {
		case 0:
			p = [classes]float64{0.965, 0.005, 0.03}
		case 1:
			p = [classes]float64{0.005, 0.965, 0.03}
		default:
			p = [classes]float64{0.2, 0.2, 0.6}
		}
		probs = append(probs, [][classes]float64{p})
	}
	pol := cautious
	th, _, _ := choose(stmts, probs, pol)
	if th.Contradicts > 0.965 || th.Supports > 0.965 {
		t.Fatalf("without a floor of contradictions, both should get badges: %+v", th)
	}
	pol.floorC = 0.98
	th, tallies, _ := choose(stmts, probs, pol)
	if th.Contradicts < 0.98 || th.ContradictsPlain < 0.98 {
		t.Errorf("a contradiction's threshold under the floor: %+v", th)
	}
	if th.Supports > 0.965 || th.SupportsPlain > 0.965 {
		t.Errorf("supports lost their badges: %+v", th)
	}
	if got := tallies[0].Badges; got != 34 {
		t.Errorf("%d badges, want the 34 supports'", got)
	}
}

// A feature the recipe drops is read as 0 by every claim, so that the
// model it fits gives it no weight at all: a claim's value of it, when
// the decision checks, changes nothing. A trailing * drops every feature
// of a prefix.
func TestDroppedFeaturesGetNoWeight(t *testing.T) {
	clean, coverage := feature(t, "clean_support"), feature(t, "coverage")
	s := &set{name: "plain"}
	var stmts []stmt
	for i := range 60 {
		id := string(rune('a'+i%26)) + string(rune('a'+i/26))
		switch i % 3 {
		case 0:
			stmts = append(stmts, text(s, id, 0, clean, coverage))
		case 1:
			stmts = append(stmts, text(s, id, 1, coverage))
		default:
			stmts = append(stmts, text(s, id, 2))
		}
	}
	dropped(stmts, "clean_support,rule_dates_*", io.Discard)
	m := committedRecipe(match.RegimeArchive).fit(stmts, func(stmt) bool { return true }, 0.01)
	dates := feature(t, "rule_dates_conflict")
	for k := range classes {
		if m.w[k][clean+1] != 0 || m.w[k][dates+1] != 0 {
			t.Errorf("class %d: dropped features weigh %v, %v", k, m.w[k][clean+1], m.w[k][dates+1])
		}
	}
	if m.w[0][coverage+1] == m.w[2][coverage+1] {
		t.Error("the features kept learn nothing")
	}
	for _, st := range stmts {
		if x := st.sents[0][0].Features; x[clean] != 0 {
			t.Fatalf("clean_support reads %v", x[clean])
		}
	}
}
