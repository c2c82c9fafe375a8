package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// smallArchive indexes claims of our own among a dozen about other
// things, so that the collection is an archive (more claims than a check
// weighs), where claims compete for a statement.
func smallArchive(t *testing.T, own ...string) *Index {
	t.Helper()
	others := []string{
		"The ferry to the island leaves every morning at seven.",
		"A storm knocked out power to four thousand homes in the valley.",
		"The bakery on Elm Street won a regional prize for its rye bread.",
		"Students at the college voted to keep the old mascot.",
		"The hospital opened a new wing for children with heart disease.",
		"Farmers expect a smaller apple harvest after a dry summer.",
		"The orchestra cancelled its winter tour because of rising costs.",
		"A rare owl was seen nesting in the cathedral tower.",
		"The airport will add two gates before the holiday season.",
		"Fishermen protested against new limits on the cod catch.",
		"The museum returned a stolen painting to its owners.",
		"Engineers found cracks in the old railway bridge.",
		"The marathon drew a record number of runners this spring.",
	}
	var cs []claims.Claim
	for i, s := range append(own, others...) {
		cs = append(cs, claims.Claim{ID: fmt.Sprint(i), Text: s, Sources: []claims.Source{{Quote: s}}})
	}
	return indexOf(t, "clauses", cs)
}

// Sources that disagree settle nothing: not the first source that
// supports the statement, nor a second one that says the same, while one
// nearly as close contradicts it. The sentences are our own.
func TestEverySourceThatDisagreesSettlesNothing(t *testing.T) {
	ix := smallArchive(t,
		"Relations between the two harbour towns have warmed.",
		"Relations between the two harbour towns have warmed, the mayor said.",
		"Relations between the two harbour towns have been icy.",
	)
	r := ix.Check("Relations between the two harbour towns have warmed.")
	if r.Verdict != Unverified || !strings.Contains(r.Reason, "disagree") {
		t.Errorf("got %s (%s), want unverified: the sources disagree", r.Verdict, r.Reason)
	}
}
