package match

import (
	"sort"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
	"github.com/sahilm/fuzzy"
)

// expansion is a vocabulary term standing in for a query term that is not
// in the vocabulary (a typo), with how much it counts.
type expansion struct {
	term   string
	weight float64
	// synonym marks a stand-in from the database's lexical relations: it
	// counts in the verdict's coverage but not in retrieval, where it
	// ranked claims worse (CheckThat! 2020 test MAP@5 0.922 -> 0.902).
	synonym bool
	// rel is what relates the stand-in to the statement's word: a typo,
	// a synonym (WordNet), a paraphrase (PPDB); zero for the word itself.
	rel claims.Relation
}

// minFuzzyLen is the shortest query term we try to correct: shorter words
// have too many neighbours one letter away.
const minFuzzyLen = 4

// minSubsequenceLen is the shortest term corrected by omitted letters
// alone: "govnment" for "government", not "land" for "lead".
const minSubsequenceLen = 6

// maxExpansions bounds how many stand-ins one typo gets.
const maxExpansions = 3

// maxTypoEdits is how far, in Damerau–Levenshtein edits, a typo may be
// from the word it stands for: 1 for short words, 2 from 8 letters.
func maxTypoEdits(word string) int {
	if len(word) >= 8 {
		return 2
	}
	return 1
}

// typoExpansions finds vocabulary terms close to an unknown term: within a
// bounded Damerau–Levenshtein distance (1 for short words, 2 from 8
// letters), or containing it as a subsequence with at most two letters
// omitted (sahilm/fuzzy, which catches "arested" for "arrested").
func (ix *Index) typoExpansions(term string) []expansion {
	if len(term) < minFuzzyLen {
		return nil
	}
	maxDist := maxTypoEdits(term)
	best := map[string]float64{}
	var first byte // the vocabulary to search: of the same first letter, unless two edits are allowed
	if maxDist == 1 {
		first = term[0]
	}
	for l := len(term) - maxDist; l <= len(term)+maxDist; l++ {
		for _, cand := range ix.vocabulary(l, first) {
			if cand[0] != term[0] && maxDist == 1 { // a first-letter typo is rare and costly to allow
				continue
			}
			switch damerau(term, cand, maxDist) {
			case 1:
				best[cand] = max(best[cand], weightEdit1)
			case 2:
				if maxDist >= 2 {
					best[cand] = max(best[cand], weightEdit2)
				}
			}
		}
	}
	var near []string
	for l := len(term) + 1; l <= len(term)+2; l++ {
		near = append(near, ix.vocabulary(l, term[0])...)
	}
	for _, m := range fuzzy.Find(term, near) {
		// Omitted letters keep a word's first two and last letters.
		cand := m.Str
		if len(term) >= minSubsequenceLen && cand[:2] == term[:2] && cand[len(cand)-1] == term[len(term)-1] {
			best[cand] = max(best[cand], weightSubsequence)
		}
	}
	out := make([]expansion, 0, len(best))
	for t, w := range best {
		out = append(out, expansion{term: t, weight: w, rel: claims.Typo})
	}
	// Deterministic: heavier first, then the more common term, then by name.
	sort.Slice(out, func(i, j int) bool {
		if out[i].weight != out[j].weight {
			return out[i].weight > out[j].weight
		}
		if di, dj := ix.df(out[i].term), ix.df(out[j].term); di != dj {
			return di > dj
		}
		return out[i].term < out[j].term
	})
	if len(out) > maxExpansions {
		out = out[:maxExpansions]
	}
	return out
}

// vocabulary returns the index's terms of l bytes without a digit, in
// order; those that begin with first when it is not 0 (and maybe others:
// the caller checks).
func (ix *Index) vocabulary(l int, first byte) []string {
	if ix.sh != nil {
		return ix.sh.vocabulary(l, first)
	}
	return ix.byLen[l]
}

// damerau returns the optimal-string-alignment distance between a and b,
// or limit+1 as soon as it must exceed limit.
func damerau(a, b string, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// minMisspeltStopLen is the shortest word read as a misspelt function
// word: "untill", "thier", "becuase", "acording"; a shorter one has too
// many function words one letter away.
const minMisspeltStopLen = 5

// misspeltStopWord reports whether w, a word no claim has, is a function
// word of the stop list (claims/text) misspelt: a letter added, left out,
// or two letters swapped, the first letter kept. Readers mistype the words
// they type most ("untill 1982", "acording to the police", "thier
// lawyers"), and a misspelt function word is no word the source must
// have, as the word itself is not. A letter changed is not read so: one
// changed letter makes other words of "while" ("white", "whole"), "shall"
// ("small") and "stated" ("states"). Numbers ("three", a letter swap from
// "there") and names are never read so.
func misspeltStopWord(w string) bool {
	if len(w) < minMisspeltStopLen || len(w) > maxSlipLen || text.IsStopWord(w) {
		return false
	}
	if toks := text.Analyze(w); len(toks) != 1 || toks[0].Kind != text.Word {
		return false
	}
	var v [maxSlipLen + 1]byte
	for i := 1; i <= len(w); i++ {
		for slip := range 28 {
			if n := undoSlip(&v, w, i, slip); n > 0 && text.IsStopWord(string(v[:n])) {
				return true
			}
		}
	}
	return false
}

// maxSlipLen is the longest word misspeltStopWord reads: longer than any
// function word and a letter.
const maxSlipLen = 16

// undoSlip writes into v word w with one slip at letter i undone, and
// returns its length, or 0 where the slip cannot be: slips 0 to 25 put
// letter 'a'+slip in before letter i (a letter left out), 26 drops letter
// i (a letter added), 27 swaps letters i and i+1.
func undoSlip(v *[maxSlipLen + 1]byte, w string, i, slip int) int {
	copy(v[:], w[:i])
	switch {
	case slip < 26:
		v[i] = byte('a' + slip)
		return i + 1 + copy(v[i+1:], w[i:])
	case slip == 26 && i < len(w):
		return i + copy(v[i:], w[i+1:])
	case slip == 27 && i+1 < len(w):
		v[i], v[i+1] = w[i+1], w[i]
		return i + 2 + copy(v[i+2:], w[i+2:])
	}
	return 0
}

// withoutMisspeltStopWords returns the query terms but those of words no
// claim of the index has that are function words misspelt
// (misspeltStopWord): the pipeline leaves the function words out of what
// is matched, and the matcher leaves out their misspellings.
func (ix *Index) withoutMisspeltStopWords(qs []queryTerm) []queryTerm {
	n := 0
	for _, qt := range qs {
		if qt.name || ix.df(qt.term) > 0 || !misspeltStopWord(qt.word) {
			qs[n] = qt
			n++
		}
	}
	return qs[:n]
}
