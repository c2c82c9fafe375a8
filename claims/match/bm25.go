package match

import "math"

// BM25 parameters: the standard values from Robertson & Zaragoza, "The
// Probabilistic Relevance Framework: BM25 and Beyond" (2009), §3.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Field weights for BM25F-style scoring (Robertson et al., "Simple BM25
// extension to multiple weighted fields", CIKM 2004): the claim's own
// statement and an imported fact-check's headline count fully (1.0 for the
// headline was best on CheckThat! 2020 train and dev, against 0.5 and 1.5);
// verbatim source quotes less (they are longer and say more than the
// claim), and the speaker less again.
const (
	weightClaim   = 1.0
	weightQuote   = 0.6
	weightTitle   = 1.0
	weightSpeaker = 0.5
)

// Typo expansions count less than the word itself: a guess may be wrong.
const (
	weightEdit1       = 0.8 // one wrong, missing, extra or swapped letter
	weightEdit2       = 0.6 // two of them, in long words
	weightSubsequence = 0.7 // letters omitted (sahilm/fuzzy subsequence)
)

// minCorpus is the smallest collection IDF is worked out over. In a
// collection of a handful of claims every word of it looks rare and every
// other word rarer still, so a reader's one extra word would outweigh all
// the words the claim shares; a collection is taken to be at least this
// large, as if padded with claims that share none of the statement's words.
var minCorpus = 100

// idf is the BM25 inverse document frequency, floored at a small positive
// value so that very common terms still count a little.
func idf(n, df int) float64 {
	n = max(n, minCorpus)
	v := math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
	return math.Max(v, 0.01)
}

// bm25 scores one term's (weighted) frequency in a document of length dl
// against the average length avgdl.
func bm25(tf, dl, avgdl, idf float64) float64 {
	return idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*dl/avgdl))
}

// saturation is bm25 of a term of weight 1: what a posting contributes
// before the term's weight, by which a sharded index orders postings
// (shard.go).
func saturation(tf, dl, avgdl float64) float64 {
	return tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*dl/avgdl))
}
