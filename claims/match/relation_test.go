package match

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// Each stand-in for a statement's word says what relates it to the word
// (claims.Relation): a WordNet synonym, a PPDB paraphrase, a typo. The
// decision reads it as a feature.
func TestStandInsSayTheirRelation(t *testing.T) {
	ix := oneClaim(t, "The delegates arrested the hacker after a long inquiry.")
	rel := map[string]claims.Relation{}
	for _, q := range ix.queryTerms(analyse("The representatives apprehended the hackr after a long investigation.").tokens) {
		for _, a := range q.alts {
			if a.term != q.term {
				rel[q.term+">"+a.term] = a.rel
			}
		}
	}
	for pair, want := range map[string]claims.Relation{
		"repres>deleg":     claims.Paraphrase, // PPDB
		"investig>inquiri": claims.Paraphrase, // PPDB
		"hackr>hacker":     claims.Typo,
	} {
		if rel[pair] != want {
			t.Errorf("%s: %v, want %v (all: %v)", pair, rel[pair], want, rel)
		}
	}
	if r := ix.Check("The representatives arrested the hacker after a long investigation."); r.Verdict != Supported {
		t.Errorf("paraphrased: %s (%s)", r.Verdict, r.Reason)
	}
}
