package match

import (
	"strings"
	"testing"
)

// TestWhoDidWhatToWhom: three readings of who does what that used to give
// wrong badges on statements about real news pages (archive-3's
// development part; the sentences here are written for this test):
//   - "Not only is X not Y" denies Y once: "not only" adds, it does not deny;
//   - a name the commas set apart before the verb ("Maria Lopez, the
//     sister of the leader, Tom Reyes, has told") is not the speaker;
//   - what is sold stands before "to", who buys it after, in the active
//     and the passive alike.
func TestWhoDidWhatToWhom(t *testing.T) {
	checkOneClaimCases(t, []oneClaimCase{
		{"Not only is the new tablet not waterproof, it also overheats in the sun.", "The new tablet isnt waterproof.", Supported},
		{"Not only is the new tablet not waterproof, it also overheats in the sun.", "The new tablet is waterproof.", Contradicted},
		{"Maria Lopez, the younger sister of the party's leader, Tom Reyes, has told reporters that the vote was a great success.", "Maria Lopez has told reporters that the vote was a great success.", Supported},
		{"Tom Reyes told reporters that the vote was a great success.", "Maria Lopez told reporters that the vote was a great success.", Contradicted},
		{"The founder made his fortune by selling Brightline Media to Corvex Holdings in 2015.", "Brightline Media was sold to Corvex Holdings in 2015.", Supported},
		{"The founder made his fortune by selling Brightline Media to Corvex Holdings in 2015.", "The founder sold Brightline Media to Corvex Holdings.", Supported},
		// A comma parts a country from the word after it: "to Russia,
		// officials said" says nothing of Russian officials.
		{"Senior U.S. security officials believe Russia was behind the attack.", "Senior U.S. security officials believe the attack came from Russia, officials said.", Supported},
	})
	// The other way round is not supported (the order rule's finding; the
	// decision may make it a contradiction where it is sure).
	source, statement := "The founder made his fortune by selling Brightline Media to Corvex Holdings in 2015.", "Corvex Holdings was sold to Brightline Media in 2015."
	if r := oneClaim(t, source).Check(statement); r.Verdict == Supported || !strings.Contains(r.Reason, "on the other side of") {
		t.Errorf("%q against %q: %s (%s), want the other way round", statement, source, r.Verdict, r.Reason)
	}
}
