package build

import (
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
)

// Outlet boilerplate: a paragraph an outlet prints in several of its
// articles that otherwise differ is the outlet's, not a story's: its
// author's standing bio, its newsletter or e-book plug, its request for
// comments, "Originally published on Live Science.", "This article has
// been adapted from its original source." Whatever its words and
// whichever the outlet, it is found by repetition alone, in the archive
// being built.
//
// Copies of one story (an update, a reprint, a page saved twice) repeat
// most of their paragraphs: they are not distinct, and what they share
// is reporting. An article is distinct when at most maxSharedParas of
// its paragraphs, or a fifth of them, stand in another article of its
// outlet; a paragraph is the outlet's boilerplate when two distinct
// articles of that outlet or more hold it, and it is then no claim in
// any distinct article that holds it.
const maxSharedParas = 2

// ReasonOutletBoilerplate marks a sentence of such a paragraph.
const ReasonOutletBoilerplate = "boilerplate: a paragraph the outlet repeats in its other articles"

// outletRepeats counts, per paragraph of an outlet (paragraphKey), the
// articles that hold it, and the distinct ones among them.
type outletRepeats struct {
	holders, distinct map[uint64]int32
}

// findOutletRepeats reads every article's paragraphs twice: once to
// count their holders, once to count the distinct ones. It holds one
// entry a paragraph (a hash), not the text.
func findOutletRepeats(articles []*claims.Article) *outletRepeats {
	r := &outletRepeats{holders: map[uint64]int32{}, distinct: map[uint64]int32{}}
	for _, a := range articles {
		for _, k := range uniqueKeys(paragraphKeys(a)) {
			r.holders[k]++
		}
	}
	for _, a := range articles {
		keys := paragraphKeys(a)
		if r.isDistinct(keys) {
			for _, k := range uniqueKeys(keys) {
				if r.holders[k] > 1 {
					r.distinct[k]++
				}
			}
		}
	}
	return r
}

// isDistinct reports whether an article (its paragraphs' keys) shares
// few of its paragraphs with its outlet's other articles.
func (r *outletRepeats) isDistinct(keys []uint64) bool {
	shared := 0
	for _, k := range keys {
		if r.holders[k] > 1 {
			shared++
		}
	}
	return shared <= max(maxSharedParas, len(keys)/5)
}

// boilerplate returns, for an article's paragraphs (claims.SegmentText's
// numbering), which are its outlet's boilerplate.
func (r *outletRepeats) boilerplate(a *claims.Article) map[int]bool {
	keys := paragraphKeys(a)
	if !r.isDistinct(keys) {
		return nil
	}
	var out map[int]bool
	for i, k := range keys {
		if r.distinct[k] >= 2 {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// paragraphKeys are the hashes of an article's paragraphs (its non-blank
// lines, as claims.SegmentText numbers them), each with the article's outlet:
// letters and digits only, lower case.
func paragraphKeys(a *claims.Article) []uint64 {
	var keys []uint64
	for _, line := range strings.Split(a.Text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(strings.ToLower(strings.TrimSpace(a.Outlet))))
		h.Write([]byte{0})
		for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		keys = append(keys, h.Sum64())
	}
	return keys
}

// uniqueKeys is keys, each once.
func uniqueKeys(keys []uint64) []uint64 {
	seen := make(map[uint64]bool, len(keys))
	out := keys[:0:0]
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
