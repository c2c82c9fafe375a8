package match

import "testing"

// archive18DangerousBudget: the wrong badges allowed on archive-18's
// development (false) and held-out (true) parts. archive-18 (150
// statements about 12 more English news articles of newspaper3k's test
// data, after archive-17's in its FNV-1a order, one page per site and no
// site of archive-17, kept in testdata/archive-18/pages) was written blind
// on 2026-12-07 (stop 42) and is measured by counts only (`go test -run
// TestArchive18Statements -v`'s "verdicts right" line): at 2dfef24 (main
// at 50a0da1, the stop's start, with the set), 65/150 right, 1 wrong
// badge on the development part and none on the held-out part. Nobody
// develops on it.
var archive18DangerousBudget = map[bool]int{false: 1, true: 0}

// TestArchive18Statements runs archive-18.jsonl against its articles,
// built as text articles (textIndex, archive17_test.go).
func TestArchive18Statements(t *testing.T) {
	readerStatements(t, textIndex(t, "testdata/archive-18/pages.txt"), "testdata/archive-18/archive-18.jsonl", archive18DangerousBudget)
}
