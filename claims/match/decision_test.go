package match

import (
	"testing"
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
