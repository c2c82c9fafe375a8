package match

import "testing"

// archive10DangerousBudget: the wrong badges allowed on archive-10's
// development (false) and held-out (true) parts. archive-10 (12 English
// news pages of go-htmldate's test files that no other set and no page
// audit used, 140 statements) was written blind on 2026-12-06; it is
// measured, never learned from (README in testdata/archive-10).
var archive10DangerousBudget = map[bool]int{false: 99, true: 99}

// TestArchive10Statements runs archive-10.jsonl against its pages, read
// from the module cache (github.com/markusmobius/go-htmldate's test files).
func TestArchive10Statements(t *testing.T) {
	readerStatements(t, htmldateIndex(t, "testdata/archive-10/pages.txt"), "testdata/archive-10/archive-10.jsonl", archive10DangerousBudget)
}
