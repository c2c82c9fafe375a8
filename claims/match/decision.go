package match

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/plainjson"
)

// The decision: which of the claims weighed for a statement settles it,
// and how surely.
//
// Each claim weighed (check.go) is read as numbers (features.go) by a
// multinomial logistic regression, trained on our labelled statements
// (claims/match/train, `make model`): it gives the probability that the
// claim supports the statement, contradicts it, or neither. The claim with
// the highest probability of a badge decides, and shows one only when
// that probability reaches the threshold of its kind. The thresholds were
// chosen on predictions for statements the model was not fitted on
// (cross-validation within the development part of every labelled set),
// as the lowest that keep wrong badges at or under 1% of them and, in a
// database of articles (the archive regime), at 0.96 or more: the rules
// were written against the development parts' wrong badges, so text
// nobody tuned on gets more than those predictions show, and a badge the
// model is not sure of is not given on the rules' word alone (not 0.97:
// a statement its source says word for word gets 0.969). Below them,
// the statement is unverified and the closest claim is shown as related.
// The probability is calibrated (one temperature, fitted on the
// same predictions): a badge's percentage (Result.Confidence) says how
// often statements weighed like it were labelled so.
//
// The rules still give every reason and highlight: a claim can support a
// statement only when no rule found a conflict with it, and contradict it
// only when a rule found a difference (a conflict, or something the
// statement says beyond the source), which the reason then names.
//
// The model's data file (data/decision.json) says what it was trained on:
// when, which sets and how many statements of each, the split, and the
// features in order. A data file whose features are not FeatureNames()
// is not used: the hand-written stance (stance.go) decides instead, and
// TestDecisionIsCurrent fails.

// The classes of the decision, in the order of the model's weights.
const (
	classSupports = iota
	classContradicts
	classRelated
	numClasses
)

// Decision is a trained decision: the content of its data file.
type Decision struct {
	Trained  string   `json:"trained"` // the day it was trained
	How      string   `json:"how"`     // the command that made it
	Config   string   `json:"config"`  // the index it read: the browser's
	Split    string   `json:"split"`   // which statements it was fitted on
	Sets     []Set    `json:"sets"`
	Features []string `json:"features"`
	Classes  []string `json:"classes"`
	// Models holds one model for each kind of database (Regime).
	Models []Model `json:"models"`
	// Observe, when set, is called with the claims weighed for each
	// statement a check decides, in the order the checks are made: how
	// the training command sees what CheckText weighs (not safe for
	// checks made at once).
	Observe func([]Weighed) `json:"-"`
}

// Model is the decision for one kind of database.
type Model struct {
	// Regime is the kind of database: "archive", of more claims than a
	// check weighs (retrieveK), or "few", of no more, where retrieval
	// tells nothing and each claim is weighed (a one-claim collection, as
	// FEVER's sentences are checked).
	Regime string `json:"regime"`
	// Mean and Scale standardise each feature; Weights hold, for each
	// class, the bias and then one weight per feature.
	Mean        []float64   `json:"mean"`
	Scale       []float64   `json:"scale"`
	Weights     [][]float64 `json:"weights"`
	Temperature float64     `json:"temperature"`
	Thresholds  Thresholds  `json:"thresholds"`
	// OutOfFold is what the thresholds gave on the predictions they were
	// chosen on, for the record.
	OutOfFold []Tally `json:"out_of_fold,omitempty"`
}

// Regimes of Model.
const (
	RegimeArchive = "archive"
	RegimeFew     = "few"
)

// RegimeOf returns the kind of database a claim's features were read in.
func RegimeOf(x []float64) string {
	if x[xSmallDB] > 0 {
		return RegimeFew
	}
	return RegimeArchive
}

// model returns the decision's model for a regime, or nil.
func (dm *Decision) model(regime string) *Model {
	for i := range dm.Models {
		if dm.Models[i].Regime == regime {
			return &dm.Models[i]
		}
	}
	return nil
}

// Set is a labelled set a decision was trained on.
type Set struct {
	Name      string `json:"name"`
	SHA256    string `json:"sha256"`
	Dev       int    `json:"dev"`      // statements in its development part
	HeldOut   int    `json:"held_out"` // statements in its held-out part, never read in training
	Weighed   int    `json:"weighed"`  // statements of the development part weighed (one sentence each)
	Instances int    `json:"instances"`
}

// Thresholds are the probabilities a badge needs.
type Thresholds struct {
	Supports    float64 `json:"supports"`
	Contradicts float64 `json:"contradicts"`
	// ContradictsPlain is what a plain contradiction needs
	// (Candidate.PlainContradiction).
	ContradictsPlain float64 `json:"contradicts_plain"`
	// SupportsPlain is what a plain support needs (Candidate.Plain).
	SupportsPlain float64 `json:"supports_plain"`
	// SupportsAmongOthers is what a sentence of a text of several needs
	// to be supported (plain or not). The text is supported only when all
	// its sentences are (OverallVerdict).
	SupportsAmongOthers float64 `json:"supports_among_others"`
}

// Candidate is a claim weighed for a statement as Badge reads it.
type Candidate struct {
	P [numClasses]float64 // the probabilities of supports, contradicts, related
	// CanSupport and CanContradict say what the rules allow (canSupport,
	// canContradict).
	CanSupport, CanContradict bool
	// Plain marks a plain support: the rules say the claim supports the
	// statement, found nothing to differ (a name the source's paragraph
	// has does not), and it covers nine tenths or more of it.
	Plain bool
	// PlainContradiction marks a plain contradiction: the rules say the
	// claim contradicts the statement, found one difference and nothing
	// else (but names the source's paragraph has), and the claim covers nine tenths or more of the rest ("arrested
	// in Amsterdam in 2014" against "in 2012").
	PlainContradiction bool
}

// Tally counts the verdicts on a set's statements.
type Tally struct {
	Set        string `json:"set"`
	Statements int    `json:"statements"`
	Right      int    `json:"right"`       // verdict right (and, for a badge, the claim with the key)
	Badges     int    `json:"badges"`      // supported or contradicted
	WrongBadge int    `json:"wrong_badge"` // a badge where the label says otherwise
}

//go:embed data/decision.json
var decisionJSON []byte

var defaultDecision = sync.OnceValue(func() *Decision {
	d, err := ParseDecision(decisionJSON)
	if err != nil {
		return nil
	}
	return d
})

// ParseDecision reads a decision's data file, and checks that it reads
// the features this package computes.
func ParseDecision(data []byte) (*Decision, error) {
	d, ok := readDecision(string(data))
	if !ok {
		d = Decision{}
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, fmt.Errorf("decision: %w", err)
		}
	}
	if !slices.Equal(d.Features, FeatureNames()) {
		return nil, fmt.Errorf("decision: trained on other features than these (run make model)")
	}
	for _, regime := range []string{RegimeArchive, RegimeFew} {
		m := d.model(regime)
		if m == nil {
			return nil, fmt.Errorf("decision: no model for the regime %q", regime)
		}
		if len(m.Mean) != numFeatures || len(m.Scale) != numFeatures || len(m.Weights) != numClasses || m.Temperature <= 0 {
			return nil, fmt.Errorf("decision: malformed")
		}
		for _, w := range m.Weights {
			if len(w) != numFeatures+1 {
				return nil, fmt.Errorf("decision: malformed weights")
			}
		}
	}
	return &d, nil
}

// readDecision reads a decision's data file without reflection
// (claims/plainjson), or gives up (ok false) on what encoding/json might
// read otherwise (FuzzReadDecisionIsUnmarshal): the browser's check
// worker reads it before its first check, and encoding/json's decoder
// with the reflection it calls would be compiled for it alone.
func readDecision(data string) (d Decision, ok bool) {
	r := plainjson.NewReader(data)
	floats := func(to *[]float64) {
		*to = []float64{}
		r.Array(func() { *to = append(*to, r.Float()) })
	}
	objects := func(each func()) {
		r.Array(func() {
			if r.Null() {
				r.Fail() // encoding/json leaves the element zero
				return
			}
			each()
		})
	}
	r.Object([]plainjson.Field{
		{Key: "trained", Str: &d.Trained},
		{Key: "how", Str: &d.How},
		{Key: "config", Str: &d.Config},
		{Key: "split", Str: &d.Split},
		{Key: "sets", Read: func() {
			d.Sets = []Set{}
			objects(func() {
				d.Sets = append(d.Sets, Set{})
				s := &d.Sets[len(d.Sets)-1]
				r.Object([]plainjson.Field{{Key: "name", Str: &s.Name}, {Key: "sha256", Str: &s.SHA256}, {Key: "dev", Int: &s.Dev},
					{Key: "held_out", Int: &s.HeldOut}, {Key: "weighed", Int: &s.Weighed}, {Key: "instances", Int: &s.Instances}})
			})
		}},
		{Key: "features", Strs: &d.Features},
		{Key: "classes", Strs: &d.Classes},
		{Key: "models", Read: func() {
			d.Models = []Model{}
			objects(func() {
				d.Models = append(d.Models, Model{})
				m := &d.Models[len(d.Models)-1]
				th := &m.Thresholds
				r.Object([]plainjson.Field{
					{Key: "regime", Str: &m.Regime},
					{Key: "mean", Read: func() { floats(&m.Mean) }},
					{Key: "scale", Read: func() { floats(&m.Scale) }},
					{Key: "weights", Read: func() {
						m.Weights = [][]float64{}
						r.Array(func() {
							m.Weights = append(m.Weights, nil)
							floats(&m.Weights[len(m.Weights)-1])
						})
					}},
					{Key: "temperature", Float: &m.Temperature},
					{Key: "thresholds", Read: func() {
						r.Object([]plainjson.Field{{Key: "supports", Float: &th.Supports}, {Key: "contradicts", Float: &th.Contradicts},
							{Key: "contradicts_plain", Float: &th.ContradictsPlain}, {Key: "supports_plain", Float: &th.SupportsPlain},
							{Key: "supports_among_others", Float: &th.SupportsAmongOthers}})
					}},
					{Key: "out_of_fold", Read: func() {
						m.OutOfFold = []Tally{}
						objects(func() {
							m.OutOfFold = append(m.OutOfFold, Tally{})
							t := &m.OutOfFold[len(m.OutOfFold)-1]
							r.Object([]plainjson.Field{{Key: "set", Str: &t.Set}, {Key: "statements", Int: &t.Statements},
								{Key: "right", Int: &t.Right}, {Key: "badges", Int: &t.Badges}, {Key: "wrong_badge", Int: &t.WrongBadge}})
						})
					}},
				})
			})
		}},
	})
	return d, r.Done()
}

// decision returns the index's decision: its own, else the trained one
// this package embeds (nil when that is out of date).
func (ix *Index) decision() *Decision {
	if ix.Decision != nil {
		return ix.Decision
	}
	return defaultDecision()
}

// Predict returns the calibrated probabilities of supports, contradicts
// and related for a claim's features.
func (m *Model) Predict(x []float64) [numClasses]float64 {
	var z [numClasses]float64
	for k := range z {
		w := m.Weights[k]
		s := w[0]
		for j, v := range x {
			s += w[j+1] * (v - m.Mean[j]) / m.Scale[j]
		}
		z[k] = s / m.Temperature
	}
	return softmax(z)
}

func softmax(z [numClasses]float64) [numClasses]float64 {
	top := math.Inf(-1)
	for _, v := range z {
		top = math.Max(top, v)
	}
	var p [numClasses]float64
	sum := 0.0
	for k, v := range z {
		p[k] = math.Exp(v - top)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}

// decided is the verdict on a statement and how sure it is.
type decided struct {
	verdict    Verdict
	confidence float64
}

// Badge is the decision on one statement from the claims weighed for it:
// which claim decides (-1: none), its verdict and the verdict's
// probability. The claim with the highest probability of a badge the rules
// allow decides, when it reaches its threshold; among says the statement
// is one sentence of several.
func (th Thresholds) Badge(cands []Candidate, among bool) (int, Verdict, float64) {
	best, bestP, bestClass := -1, 0.0, classRelated
	for i, c := range cands {
		if c.CanSupport && c.P[classSupports] > bestP {
			best, bestP, bestClass = i, c.P[classSupports], classSupports
		}
		if c.CanContradict && c.P[classContradicts] > bestP {
			best, bestP, bestClass = i, c.P[classContradicts], classContradicts
		}
	}
	switch {
	case bestClass == classSupports && bestP >= th.supports(cands[best], among):
		return best, Supported, bestP
	case bestClass == classContradicts && bestP >= th.contradicts(cands[best]):
		return best, Contradicted, bestP
	}
	return best, Unverified, 0
}

// contradicts is the threshold a claim's contradiction must reach.
func (th Thresholds) contradicts(c Candidate) float64 {
	if c.PlainContradiction {
		return th.ContradictsPlain
	}
	return th.Contradicts
}

// supports is the threshold a claim's support must reach.
func (th Thresholds) supports(c Candidate, among bool) float64 {
	t := th.Supports
	if c.Plain {
		t = th.SupportsPlain
	}
	if among {
		t = max(t, th.SupportsAmongOthers)
	}
	return t
}

// canSupport reports whether the rules let a weighed claim support the
// statement: the hand-written stance (stance.go), weighed against the
// other claims (check.go), says it does.
func canSupport(f *weighed) bool { return f.stance == Supports }

// canContradict reports whether the rules let a weighed claim contradict
// the statement: the hand-written stance says it does, or a rule found a
// difference it names (markDiffering, check.go).
func canContradict(f *weighed) bool { return f.stance == Contradicts || f.differs }

// plain reports whether a weighed claim is a plain support (Candidate).
func plain(f *weighed) bool {
	return f.stance == Supports && len(differences(f.al)) == 0 && f.al.coverage >= plainCoverage
}

// differences are a claim's findings but the names its source's paragraph
// has (contextual): what differs from the statement.
func differences(al alignment) []finding {
	var out []finding
	for _, f := range al.findings {
		if f.kind != contextual {
			out = append(out, f)
		}
	}
	return out
}

// plainCoverage is the coverage of a plain support, and of the rest of a
// plain contradiction.
const plainCoverage = 0.9

// plainContradiction reports whether a weighed claim is a plain
// contradiction (Candidate).
func plainContradiction(f *weighed) bool {
	d := differences(f.al)
	return f.stance == Contradicts && len(d) == 1 && d[0].kind == conflict && f.al.rest >= plainCoverage
}

// badgeCandidate is what Badge reads of a weighed claim.
func badgeCandidate(f *weighed) Candidate {
	return Candidate{P: f.p, CanSupport: canSupport(f), CanContradict: canContradict(f), Plain: plain(f), PlainContradiction: plainContradiction(f)}
}

// decide settles a statement from the claims weighed for it (with no
// trained decision, by the hand-written stance), puts the deciding claim
// first and the rest by fit, and says each claim's stance and why.
func (dm *Decision) decide(found []weighed, among bool) decided {
	if dm == nil || len(dm.Models) == 0 {
		return handDecide(found)
	}
	m := dm.model(RegimeOf(found[0].x))
	cands := make([]Candidate, len(found))
	for i := range found {
		f := &found[i]
		f.p = m.Predict(f.x)
		cands[i] = badgeCandidate(f)
	}
	decider, verdict, prob := m.Thresholds.Badge(cands, among)
	for i := range found {
		f := &found[i]
		switch {
		case verdict == Supported && f.stance == Supports, verdict == Contradicted && f.stance == Contradicts:
			// The rules' stance and reason, confirmed.
		case verdict == Contradicted && i == decider && f.differs:
			// A difference the rules named, which the decision finds
			// sure enough to contradict.
			f.stance, f.why = Contradicts, capitalise(reasons(namedDifferences(f.al)))
		case f.stance != Related:
			// The rules' stance, which the model did not confirm.
			// Its reason says what the claim shows, never the verdict it
			// did not get (undecided).
			if f.stance == Contradicts {
				f.why = fmt.Sprintf("the closest source seems to contradict it, but not surely enough for a badge (%.0f%% likely): %s", 100*f.p[classContradicts], lowerFirst(f.why))
			} else {
				f.why = fmt.Sprintf("the closest source seems to support it, but not surely enough for a badge (%.0f%% likely): %s", 100*f.p[classSupports], undecided(f))
			}
			f.stance = Related
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		a, b := found[i], found[j]
		if da, db := a.stance != Related, b.stance != Related; da != db {
			return da
		}
		if a.al.score != b.al.score {
			return a.al.score > b.al.score
		}
		if a.bm25 != b.bm25 {
			return a.bm25 > b.bm25
		}
		return a.doc < b.doc
	})
	return decided{verdict, math.Round(prob*100) / 100}
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// HandWritten is the decision of the hand-written stance alone, for
// comparison: a Decision with no weights.
func HandWritten() *Decision { return &Decision{How: "the hand-written stance (stance.go)"} }

// handDecide is the hand-written decision: the claims that settle the
// statement first, the closest of them decides, and its coverage is the
// confidence.
func handDecide(found []weighed) decided {
	decisive := func(s Stance) bool { return s != Related }
	sort.SliceStable(found, func(i, j int) bool {
		a, b := found[i], found[j]
		if da, db := decisive(a.stance), decisive(b.stance); da != db {
			return da
		}
		if a.al.score != b.al.score {
			return a.al.score > b.al.score
		}
		if a.bm25 != b.bm25 {
			return a.bm25 > b.bm25
		}
		return a.doc < b.doc
	})
	top := found[0]
	switch top.stance {
	case Supports:
		return decided{Supported, math.Round(math.Min(top.al.coverage, 1)*100) / 100}
	case Contradicts:
		return decided{Contradicted, math.Round(math.Min(top.al.coverage, 1)*100) / 100}
	}
	return decided{Unverified, 0}
}

// Weighed is a claim weighed for a statement, as the training command
// (claims/match/train) reads it.
type Weighed struct {
	ClaimID  string
	Quotes   []string // the claim's source quotes, or its own words when it has none
	Features []float64
	// CanSupport and CanContradict say what the rules' findings allow
	// (see Badge).
	CanSupport, CanContradict, Plain, PlainContradiction bool
	Hand                                                 Stance // the hand-written stance, weighed against the other claims
	Among                                                bool   // the statement is one sentence of several (see Thresholds)
	// Alone is the hand-written stance of the claim alone, before it was
	// weighed against the others, and Why its reason after: what the
	// training command's -misses shows of a claim that lost.
	Alone Stance
	Why   string
}

// Weigh weighs the claims a text of one checkable statement may be about,
// as CheckText reads it; ok is false for any other text (several
// sentences, not checkable, longer than maxSentence).
func (ix *Index) Weigh(s string) (ws []Weighed, ok bool) {
	segs := claims.SplitStatements(s)
	if len(segs) != 1 || segs[0].Reason != "" {
		return nil, false
	}
	stmt := s[segs[0].Start:segs[0].End]
	if outOfScope(stmt) != "" || len(stmt) > maxSentence {
		return nil, false
	}
	if rs, ok := existential(stmt); ok {
		stmt = rs.text
	}
	return exported(ix.weigh(analyse(stmt), false), false), true
}

// Retrieved returns the claims retrieval hands the verdict for a
// statement of one sentence (before any is left out for covering too
// little of it), with their coverage: what the training command's
// -misses shows of a claim that was never weighed.
func (ix *Index) Retrieved(s string) (ids [][]string, coverage []float64) {
	q := analyse(s)
	qs := ix.withoutMisspeltStopWords(ix.queryTerms(q.tokens))
	for _, c := range ix.retrieve(qs, retrieveK) {
		d := ix.doc(c.doc)
		var quotes []string
		for _, src := range d.claim.Sources {
			quotes = append(quotes, src.Quote)
		}
		if len(quotes) == 0 {
			quotes = []string{d.claim.Text}
		}
		ids = append(ids, quotes)
		coverage = append(coverage, ix.coverage(qs, d, nil, nil))
	}
	return ids, coverage
}

func exported(found []weighed, among bool) []Weighed {
	var ws []Weighed
	for _, f := range found {
		w := Weighed{ClaimID: f.d.claim.ID, Features: f.x, CanSupport: canSupport(&f), CanContradict: canContradict(&f), Plain: plain(&f), PlainContradiction: plainContradiction(&f), Hand: f.stance, Among: among, Alone: f.hand, Why: f.why}
		for _, src := range f.d.claim.Sources {
			w.Quotes = append(w.Quotes, src.Quote)
		}
		if len(w.Quotes) == 0 {
			w.Quotes = []string{f.d.claim.Text}
		}
		ws = append(ws, w)
	}
	return ws
}
