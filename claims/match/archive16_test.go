package match

import "testing"

// archive16DangerousBudget: the wrong badges allowed on archive-16's
// development (false) and held-out (true) parts. archive-16 (the last 6
// English news pages of the extraction benchmark no other set used, 77
// statements) was written blind on 2026-12-07 (stop 40) and is measured by
// counts only (`go test -run TestArchive16Statements -v`'s "verdicts right"
// line): at 5d3ae1b, the stop's start, 26/77 right, 1 wrong badge on the
// development part and none on the held-out part. Nobody develops on it.
var archive16DangerousBudget = map[bool]int{false: 1, true: 0}

// TestArchive16Statements runs archive-16.jsonl against its pages, read
// from ../shared/bench/extraction.
func TestArchive16Statements(t *testing.T) {
	readerStatements(t, archiveIndex(t, "testdata/archive-16/pages.txt"), "testdata/archive-16/archive-16.jsonl", archive16DangerousBudget)
}
