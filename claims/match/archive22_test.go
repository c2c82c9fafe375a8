package match

import "testing"

// archive22DangerousBudget: the wrong badges allowed on archive-22's
// development (false) and held-out (true) parts. archive-22 (150
// statements about 6 English news articles: New York magazine's and
// CNBC's pages of Postlight Parser's test data that archive-21 left unread,
// ISC licence, and four of Giveme5W1H's gold-standard articles, news-please's
// output of real articles of November 2016, Apache licence: the files whose
// "REPO/PATH" has an even FNV-1a hash, in that order, one page per publisher
// and no publisher of an earlier set, kept in testdata/archive-22/pages) was
// written blind on 2026-12-08 (stop 46) and is measured by counts only (`go
// test -run TestArchive22Statements -v`'s "verdicts right" line): at
// 4d04cfb (main at 1abebd1, the stop's start, with the set), 66/150 right,
// 1 wrong badge on the development part and 1 on the held-out part.
// Nobody develops on it.
var archive22DangerousBudget = map[bool]int{false: 1, true: 1}

// TestArchive22Statements runs archive-22.jsonl against its articles,
// built as text articles (textIndex, archive17_test.go).
func TestArchive22Statements(t *testing.T) {
	readerStatements(t, textIndex(t, "testdata/archive-22/pages.txt"), "testdata/archive-22/archive-22.jsonl", archive22DangerousBudget)
}
