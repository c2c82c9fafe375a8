package match

import "testing"

// A name the claim has, but not before the word the statement puts it
// before, where the claim has another name, is not supported: the claim
// has the statement's words, not what it says of them (archive-3
// development, a wrong badge on a real page). Names side by side in the
// claim are no other name in the slot.
func TestOtherNameBeforeTheWord(t *testing.T) {
	const sanborn = "Jeff Sanborn, president of a Spokane and Seattle advertising agency, said South Dakota's campaign, run by a Minneapolis-based firm with a budget of $449,000, was meant to raise eyebrows."
	checkOneClaimCases(t, []oneClaimCase{
		{sanborn, "South Dakota's campaign was run by a Seattle-based firm with a budget of $449,000.", Unverified},
		{sanborn, "South Dakota's campaign was run by a Minneapolis-based firm with a budget of $449,000.", Supported},
		{"Russian and U.S. investigators found the malware on the servers in March.", "Russian investigators found the malware on the servers in March.", Supported},
	})
}
