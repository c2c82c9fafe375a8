package match

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// A time counted from now ("yesterday", "last week", "this year") is
// counted from when its text was written: a source's from the day it was
// published, a reader's from the day they write. The words are
// data/now-words.txt, read once here for every rule that reads them.

// count is how a word of counting counts: by how many periods from the
// present one, and whether surely ("next") or loosely ("coming").
type count struct {
	periods int
	sure    bool
}

// nowKey maps each word of data/now-words.txt to its key.
var nowKey = wordlist.Map(data, "data/now-words.txt")

// nowIs reports whether word w is of the list's key k, or of "both" when
// k is "units" or "periods".
func nowIs(w, k string) bool {
	got := nowKey[w]
	return got == k || got == "both" && (k == "units" || k == "periods")
}

// countAt returns how token i counts periods from now ("this", "last",
// "the past"), if it is a word of counting.
//
//go:noinline
func countAt(toks []text.Token, i int) (count, bool) {
	k, about := strings.CutPrefix(nowKey[text.Normalize(toks[i].Text)], "about ")
	p, err := strconv.Atoi(k)
	return count{periods: p, sure: !about}, err == nil
}

// deictic reports whether token i is part of a time the reader counts
// from their own now: "yesterday", "last week", "two years ago".
func deictic(toks []text.Token, i int) bool {
	w := text.Normalize(toks[i].Text)
	if nowIs(w, "days") || nowIs(w, "vague") {
		return true
	}
	if !nowIs(w, "units") {
		return false
	}
	if i > 0 {
		// "The coming weeks" is a span ahead the reader does not count
		// from a day of their own.
		if n, ok := countAt(toks, i-1); ok && (n.sure || n.periods < 0) {
			return true
		}
	}
	return i+1 < len(toks) && text.Normalize(toks[i+1].Text) == "ago"
}

// fromNowAt reports whether token j of toks names a time counted from
// now on its own ("tomorrow") or with the period after it ("this year",
// "next season"): one that has not passed when the text was written, and
// so a time a negation may be of ("would not cut jobs this year").
func fromNowAt(toks []text.Token, j int) bool {
	if nowIs(text.Normalize(toks[j].Text), "days") {
		return true
	}
	n, ok := countAt(toks, j)
	return ok && n.sure && n.periods >= 0 && j+1 < len(toks) && nowIs(text.Normalize(toks[j+1].Text), "periods")
}

// publishedYear returns the year the claim's sources were published in,
// when every source gives one and they agree; 0 otherwise.
func (c *comparison) publishedYear() int {
	y := 0
	for _, s := range c.d.claim.Sources {
		p := s.Published
		if a := c.ix.Article(s.Article); a != nil {
			p = a.Published
		}
		n, err := strconv.Atoi(p[:min(4, len(p))])
		if err != nil || len(p) < 4 || y != 0 && n != y {
			return 0
		}
		y = n
	}
	return y
}
