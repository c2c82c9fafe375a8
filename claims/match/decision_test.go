package match

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/text"
)

// TestDecisionIsCurrent: the trained decision this package embeds reads
// the features it computes (else make model is due), says what it was
// trained on, and asks a badge of at least a coin's toss.
func TestDecisionIsCurrent(t *testing.T) {
	dm := defaultDecision()
	if dm == nil {
		_, err := ParseDecision(decisionJSON)
		t.Fatalf("data/decision.json is not used: %v", err)
	}
	if dm.Trained == "" || dm.Split == "" || len(dm.Sets) == 0 {
		t.Errorf("the decision does not say what it was trained on: %q, %q, %d sets", dm.Trained, dm.Split, len(dm.Sets))
	}
	for _, m := range dm.Models {
		th := m.Thresholds
		// SupportsAmongOthers only ever raises a threshold (Thresholds.supports):
		// below Supports it asks nothing more.
		if th.Supports < 0.5 || th.Contradicts < 0.3 {
			t.Errorf("%s: thresholds %+v", m.Regime, th)
		}
	}
}

// TestConfidenceIsTheBadgesProbability: a badge's percentage is the
// calibrated probability that it is right, at least its threshold; a
// statement with no badge states none; and the trained decision only
// confirms what the rules found (a badge it shows is the rules' stance).
func TestConfidenceIsTheBadgesProbability(t *testing.T) {
	ix, rules := seedIndex(t), rulesIndex(t)
	m := defaultDecision().model(RegimeArchive)
	for _, s := range []string{
		"Roman Seleznev was extradited to Russia.",
		"Russia has no extradition treaty with the U.S.",
		"Biden and Putin met in Geneva.",
		"The moon landing happened in 1969.",
		"Vladimir Drinkman was arrested in Amsterdam in 2012.",
	} {
		r := ix.Check(s)
		switch r.Verdict {
		case Supported:
			if lowest := min(m.Thresholds.Supports, m.Thresholds.SupportsPlain); r.Confidence < lowest || r.Confidence > 1 {
				t.Errorf("%q: supported at %.2f, threshold %.2f", s, r.Confidence, lowest)
			}
		case Contradicted:
			if r.Confidence < m.Thresholds.Contradicts || r.Confidence > 1 {
				t.Errorf("%q: contradicted at %.2f, threshold %.2f", s, r.Confidence, m.Thresholds.Contradicts)
			}
		default:
			if r.Confidence != 0 {
				t.Errorf("%q: unverified with a confidence of %.2f", s, r.Confidence)
			}
			continue
		}
		if h := rules.Check(s); h.Verdict != r.Verdict {
			t.Errorf("%q: %s, but the rules say %s", s, r.Verdict, h.Verdict)
		}
	}
}

// A reason never claims more than the verdict: a statement the decision
// leaves without a badge is not one "the source states", whatever the
// rules made of it (a newcomer saw "the source states this" under a false
// statement with no badge). Here the decision is made unable to give any
// badge; the sentences are written for this test.
func TestReasonClaimsNoMoreThanTheVerdict(t *testing.T) {
	d := *defaultDecision()
	d.Models = append([]Model(nil), d.Models...)
	for i := range d.Models {
		d.Models[i].Thresholds = Thresholds{Supports: 2, Contradicts: 2, ContradictsPlain: 2, SupportsPlain: 2, SupportsAmongOthers: 2}
	}
	ix := imported(t,
		"Health officials said 28 close contacts of the patient had been traced by Friday.",
		"The council said 105 families were moved out of the flooded district on Tuesday.")
	ix.Decision = &d
	for _, stmt := range []string{
		"Twenty-eight close contacts of the patient had been traced.",
		"Health officials said 28 close contacts of the patient had been traced by Friday.",
		"The council said 105 families were moved out of the flooded district.",
	} {
		r := ix.Check(stmt)
		if r.Verdict != Unverified {
			t.Fatalf("%q: %s with thresholds no probability reaches", stmt, r.Verdict)
		}
		for _, why := range append([]string{r.Reason}, reasonsOf(r.Matches)...) {
			if strings.Contains(strings.ToLower(why), "states this") {
				t.Errorf("%q: no badge, yet the reason says %q", stmt, why)
			}
		}
	}
}

func reasonsOf(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Reason)
	}
	return out
}

// TestPrepare: Prepare builds the tables a first check reads (what the
// browser's worker runs while the database downloads).
func TestPrepare(t *testing.T) {
	Prepare()
	if !text.IsVerb("abandon") || len(antonym()) == 0 || defaultDecision() == nil {
		t.Errorf("verbs %v, antonyms %d, decision %v", text.IsVerb("abandon"), len(antonym()), defaultDecision() != nil)
	}
}

// checkReadDecision fails t when readDecision reads data otherwise than
// json.Unmarshal; it reports whether it read it.
func checkReadDecision(t *testing.T, data string) bool {
	t.Helper()
	got, ok := readDecision(data)
	if !ok {
		return false
	}
	var want Decision
	if err := json.Unmarshal([]byte(data), &want); err != nil {
		t.Fatalf("readDecision read what encoding/json rejects (%v): %s", err, data)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("readDecision read\n%+v\nencoding/json\n%+v", got, want)
	}
	return true
}

var decisionCases = []string{
	`{"models": [{"regime": "few", "weights": [[], [1, -2.5e-3]], "thresholds": {"supports": 0.9}, "out_of_fold": []}]}`,
	`{"sets": [{"name": "a", "dev": 3}, {}], "features": null, "classes": []}`,
	`{"models": [null]}`, `{"models": [{"mean": null}]}`, `{"models": [{"Regime": "few"}]}`, `{"sets": [{"dev": 1.5}]}`,
	`{"trained": "x", "trained": "y"}`, `{"models": [{"temperature": 1e999}]}`, `{"observe": 1}`, `[]`,
}

// TestReadDecisionIsUnmarshal: the committed decision is read without
// reflection, to what encoding/json reads; so is every case it reads.
func TestReadDecisionIsUnmarshal(t *testing.T) {
	if !checkReadDecision(t, string(decisionJSON)) {
		t.Error("readDecision gave up on data/decision.json: the browser's worker parses it with encoding/json")
	}
	for _, s := range decisionCases {
		checkReadDecision(t, s)
	}
}

// FuzzReadDecisionIsUnmarshal searches for a decision readDecision reads
// otherwise than encoding/json.
func FuzzReadDecisionIsUnmarshal(f *testing.F) {
	for _, s := range decisionCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkReadDecision(t, s) })
}
