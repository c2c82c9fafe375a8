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

// nowWords are data/now-words.txt's words, by key.
var nowWords = func() (w struct {
	days, vague, units, periods map[string]bool
	counts                      map[string]count
}) {
	w.days, w.vague, w.units, w.periods, w.counts = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]count{}
	for _, e := range wordlist.Table(data, "data/now-words.txt") {
		set := map[string]map[string]bool{"days": w.days, "vague": w.vague, "units": w.units, "periods": w.periods}[e.Key]
		var n count
		if set == nil {
			k, about := strings.CutPrefix(e.Key, "about ")
			p, err := strconv.Atoi(k)
			if err != nil {
				panic("match: data/now-words.txt: no such key " + e.Key)
			}
			n = count{periods: p, sure: !about}
		}
		for _, it := range e.Items {
			if set != nil {
				set[it] = true
			} else {
				w.counts[it] = n
			}
		}
	}
	return w
}()

// countAt returns how token i counts periods from now ("this", "last",
// "the past"), if it is a word of counting.
func countAt(toks []text.Token, i int) (count, bool) {
	n, ok := nowWords.counts[text.Normalize(toks[i].Text)]
	return n, ok
}

// deictic reports whether token i is part of a time the reader counts
// from their own now: "yesterday", "last week", "two years ago".
func deictic(toks []text.Token, i int) bool {
	w := text.Normalize(toks[i].Text)
	if nowWords.days[w] || nowWords.vague[w] {
		return true
	}
	if !nowWords.units[w] {
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
	if nowWords.days[text.Normalize(toks[j].Text)] {
		return true
	}
	n, ok := countAt(toks, j)
	return ok && n.sure && n.periods >= 0 && j+1 < len(toks) && nowWords.periods[text.Normalize(toks[j+1].Text)]
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
