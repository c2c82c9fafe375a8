package match

import "sync/atomic"

// The work of a check is bounded: every stage reads a statement in time
// linear in its length (each token a bounded number of times), and a
// sentence longer than maxSentence is cut into parts checked one by one
// (check.go), so that no stage that compares words pairwise can cost more
// than a part allows. A pasted page of 20,000 characters, or one word
// repeated that long, costs about as much as the same length of ordinary
// sentences.
//
// work counts the steps the matcher takes, so that a test can hold a check
// to a budget of work instead of a time (FuzzCheckWork): the tokens each
// rule's pass reads, and each step of the scans that walk from one token
// to its neighbours (clauseBreak and the loops that look back or ahead for
// a name, a title, a copula's reach…). It is a count of operations, the
// same on every machine; nothing reads it but tests.
var work atomic.Int64

// step counts n steps of work.
func step(n int) { work.Add(int64(n)) }
