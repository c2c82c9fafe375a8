package match

import "testing"

// Each date of a statement is set against the source's date of the same
// clause: the words of another date's clause are that date's context, not
// this one's ("stopped funding the program by 1988, and the library was
// closed in 1996" gives 1988 no library and no closing). The dates swapped
// between the clauses still contradict. The sentences are written for
// this test.
func TestContextOfADatesClause(t *testing.T) {
	const fronted = "The town did eventually open a central library, but by 1988, the council stopped funding the branch program, and in 1996, that library was formally closed."
	const trailing = "The council stopped funding the branch program in 1988, and the central library was formally closed in 1996."
	checkOneClaimCases(t, []oneClaimCase{
		{fronted, "the council had stopped funding the branch program by 1988, and the library was formally closed in 1996", Supported},
		{fronted, "the council had stopped funding the branch program by 1996, and the library was formally closed in 1988", Contradicted},
		{fronted, "the library was formally closed in 1988", Contradicted},
		{fronted, "the council stopped funding the branch program in 1996", Contradicted},
		{trailing, "by 1988, the council had stopped funding the branch program, and in 1996, the library was formally closed", Supported},
		{trailing, "by 1996, the council had stopped funding the branch program, and in 1988, the library was formally closed", Contradicted},
	})
}
