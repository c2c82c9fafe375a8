package match

import "testing"

// A verb of saying whose object is a word, not a clause, within a noun
// phrase ("loved the way Marlow said 'tomato'", "how Marlow said it")
// gives no one's words: the statement names no speaker, and the source's
// speaker does not contradict it. A speaker of the statement's words
// other than the source's still does. The sentences are written for this
// test.
func TestSayingWithinANounPhrase(t *testing.T) {
	const src = "Producer Ana Ortega said that her colleague Dana Price, a sound engineer, loved the way Marlow said ‘tomato’, so they recorded it for the ringtone."
	checkOneClaimCases(t, []oneClaimCase{
		{src, "sound engineer Dana Price loved the way Marlow said tomato, so they recorded it", Supported},
		{src, "Dana Price loved how Marlow said tomato, so they recorded it for the ringtone", Supported},
		{src, "sound engineer Dana Price said that she loved the way Marlow said tomato, so they recorded it", Contradicted},
		{src, "producer Marlow said Dana Price loved the way he said tomato, so they recorded it", Contradicted},
		{src, "producer Marlow said the ringtone was recorded", Contradicted},
	})
}
