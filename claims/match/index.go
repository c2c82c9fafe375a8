// Package match finds the claims a statement is about and says whether
// their sources support it, contradict it, or say nothing about it.
//
// Retrieval is BM25F over each claim's statement, source quotes, title and
// speaker, with typo expansion; the verdict then aligns the statement with
// each candidate claim (coverage of its key content, negation, numbers,
// dates, quantities, places, opposite words) and explains itself.
package match

import (
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// doc is one claim as the verdict reads it: its statement and quotes
// analysed. Docs are made for the claims a check retrieves (Index.doc),
// never stored, so an Index holds only what retrieval needs.
type doc struct {
	claim *claims.Claim
	// The analysed claim statement and each source quote: the verdict
	// compares against all of them and highlights in the quotes.
	stmt   analysed
	quotes []analysed // distinct quotes that differ from the statement
	// sources holds each source's analysed quote, in source order, for
	// highlighting.
	sources []analysed
	terms   map[string]bool // every term of stmt, quotes, title and speaker
	// context holds the terms of the paragraphs the quotes stand in: a
	// name there ("he said" after "Lavrov") is not missing from the claim.
	context map[string]bool
	// headline holds the terms of the headlines of the articles its
	// sources stand in: what the article is about, which its sentences
	// leave to it ("It will start at $44,000" under "Ford unveils the
	// Mustang Mach-E").
	headline map[string]bool
	rating   claims.RatingClass // an imported fact-check's verdict on the claim
	// anaphor is the word an imported claim with no title opens with when
	// it points back to a topic the claim does not name: "She", "The
	// film" (anaphora.go).
	anaphor string
	// antecedents holds, for a claim of an article whose "he" or "she"
	// stands for a person named before it, the capitalised words of its
	// paragraph before its source: whom the pronoun may mean
	// (antecedent.go).
	antecedents map[string]bool
	// descriptions are the claim's descriptions that stand for the
	// name its antecedents hold ("the president"), with the word after
	// each, which the statement must say of the name (subject.go).
	descriptions []description
	// exactAntecedent marks antecedents that are one name, the subject
	// of the sentence before (subject.go), not the paragraph's words: the
	// statement's name must be that name, or hold it.
	exactAntecedent bool
}

// analysed is a text with its tokens and what the verdict reads from them.
type analysed struct {
	text   string
	tokens []text.Token
	dates  []text.Date
	qty    []text.Quantity
	terms  map[string]bool // every term of tokens
	copula []copulaReads   // each token's place after a copula (readCopulas, predicates.go)
	// speaker is the words of an attribution with no named speaker that
	// gave the statement's words to someone, left out of it
	// (withoutAttribution): "police say", "officials said", "the finance
	// minister said" (which a source's named speaker may not be:
	// described.go); "" when there is none.
	speaker string
}

func analyse(s string) analysed {
	toks := text.Analyze(s)
	dates, used := text.Dates(toks)
	terms := make(map[string]bool, len(toks))
	for _, t := range toks {
		terms[t.Term] = true
	}
	var qty []text.Quantity
	for _, x := range text.Quantities(toks, used) {
		// "Produced zero films" says it produced none: a negation
		// (isNegation), not a figure to look for.
		if x.Value == 0 && strings.HasPrefix(strings.ToLower(s[x.Start:x.End]), "zero") {
			continue
		}
		qty = append(qty, x)
	}
	return analysed{text: s, tokens: toks, dates: dates, qty: qty, terms: terms, copula: readCopulas(toks)}
}

// Index is a searchable claims database: what retrieval needs of every
// claim, built once, by NewIndex or by DecodeIndex from the form factcheck
// writes beside the database (codec.go), and never written afterwards, so
// any number of checks may read it at once.
type Index struct {
	DB *claims.DB
	// Dictionary, when set before the index is shared, tells what kind
	// of thing a noun names (kinds.go): an option, off by default and in
	// the browser, whose rules marked wordnet (rules.go) read it.
	Dictionary Dictionary
	// Decision, when set before the index is shared, is the decision its
	// checks take (decision.go); nil: the trained one this package embeds.
	Decision *Decision
	lengths  []float32            // each claim's field-weighted length
	postings map[string][]posting // term -> the claims that have it, ascending
	avgLen   float64
	byLen    map[int][]string // vocabulary by term length, for typo search
	proper   map[string]bool  // words capitalised mid-sentence in the sources
	names    map[string]bool  // words the sources only ever write with a capital: names, even when a reader types them in lower case (nameTerms)
	maxIDF   float64

	// n is how many claims the index covers.
	n int
	// sh, when set, is where a sharded index reads what a check needs
	// (shard.go); postings, lengths and byLen are then empty.
	sh *shards

	// analysed keeps the claims checks have analysed (doc), so that a
	// claim retrieved again is not analysed again. It is the one thing in
	// an Index that changes after it is built, and its mutex guards it.
	analysed docCache

	// NoParaphrases, when set before the index is shared, keeps PPDB
	// 2.0's paraphrases of the claims' words (claims.Lexical.Paraphrases)
	// from standing in for a statement's word. By default they do, as
	// WordNet's synonyms do, marked claims.Paraphrase. With the hand-written
	// decision they gave, on the reader statements' held-out half, two
	// more right verdicts and one more wrong badge (claims/lexical), and
	// were off; with the trained decision (data/decision.json) they give 4
	// more right verdicts on the held-out parts (reader 0.629 -> 0.671,
	// reader-6 0.696 -> 0.710 strict), 2 on the development parts, and no
	// wrong badge on any part of any set (archive-1, archive-2,
	// FEVER-Symmetric dev and ../shared/eval unchanged).
	NoParaphrases bool
}

// maxCachedDocs bounds the analysed claims kept: a few thousand claims
// take a few megabytes.
const maxCachedDocs = 4096

type docCache struct {
	sync.Mutex
	docs map[int]*doc
}

// posting is one claim that has a term, with the term's field-weighted
// frequency in it.
type posting struct {
	doc int32
	tf  float32
}

// NewIndex analyses every claim of db for retrieval.
func NewIndex(db *claims.DB) *Index { return BuildIndex(db, nil) }

// BuildIndex is NewIndex telling progress how many claims are analysed.
// Claims are analysed on every CPU, a chunk at a time; the index is the
// same whatever their number.
func BuildIndex(db *claims.DB, progress func(done, total int)) *Index {
	ix := &Index{DB: db, postings: map[string][]posting{}}
	var bodies []string
	for _, a := range db.Articles {
		bodies = append(bodies, a.Text)
	}
	ix.proper = claims.ProperNouns(bodies...)
	for i := range db.Claims {
		bodies = append(bodies, db.Claims[i].Text)
	}
	ix.names = nameTerms(bodies)
	ix.lengths = make([]float32, len(db.Claims))
	type termFreq struct {
		term string
		tf   float64
	}
	const chunk = 4096
	freqs := make([][]termFreq, chunk)
	for lo := 0; lo < len(db.Claims); lo += chunk {
		hi := min(lo+chunk, len(db.Claims))
		inParallel(hi-lo, func(k int) {
			i := lo + k
			tf := map[string]float64{}
			length := 0.0
			eachField(&db.Claims[i], func(toks []text.Token, w float64) {
				for _, t := range toks {
					if t.Stop || t.Neg || t.Term == "" {
						continue
					}
					tf[t.Term] += w
					length += w
				}
			})
			fs := make([]termFreq, 0, len(tf))
			for t, f := range tf {
				fs = append(fs, termFreq{t, f})
			}
			sort.Slice(fs, func(a, b int) bool { return fs[a].term < fs[b].term })
			freqs[k] = fs
			ix.lengths[i] = tenthsOf(length)
		})
		for k := range hi - lo {
			for _, f := range freqs[k] {
				ix.postings[f.term] = append(ix.postings[f.term], posting{int32(lo + k), tenthsOf(f.tf)})
			}
		}
		if progress != nil {
			progress(hi, len(db.Claims))
		}
	}
	ix.finish()
	return ix
}

// inParallel calls f(0) … f(n-1) on as many goroutines as there are CPUs.
func inParallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// eachField calls f with the analysed tokens of each field of a claim that
// retrieval scores, and the field's weight: the claim's statement, its
// distinct quotes, title and speaker.
func eachField(c *claims.Claim, f func(toks []text.Token, weight float64)) {
	f(text.Analyze(c.Text), weightClaim)
	seen := map[string]bool{c.Text: true, "": true}
	for _, s := range c.Sources {
		if !seen[s.Quote] {
			seen[s.Quote] = true
			f(text.Analyze(s.Quote), weightQuote)
		}
	}
	if c.Title != "" {
		f(text.Analyze(c.Title), weightTitle)
	}
	if c.Speaker != "" {
		f(text.Analyze(c.Speaker), weightSpeaker)
	}
}

// finish works out what follows from the postings: the average length,
// the vocabulary by length for typo search, the weight of unknown words.
func (ix *Index) finish() {
	ix.n = len(ix.lengths)
	total := 0.0
	for _, l := range ix.lengths {
		total += float64(l)
	}
	if len(ix.lengths) > 0 {
		ix.avgLen = total / float64(len(ix.lengths))
	}
	ix.byLen = map[int][]string{}
	terms := make([]string, 0, len(ix.postings))
	for t := range ix.postings {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	for _, t := range terms {
		if !strings.ContainsAny(t, "0123456789") {
			ix.byLen[len(t)] = append(ix.byLen[len(t)], t)
		}
	}
	// An unknown word weighs more than any known one: a statement's word
	// no claim has is most often what the statement is about. (Weighing
	// it as the rarest known word answered more of FEVER-Symmetric, 0.22
	// -> 0.31 right, but with 4.4% wrong badges against 1.4%.)
	ix.maxIDF = idf(ix.n, 0)
}

// tenthsOf rounds a field-weighted frequency or length to whole tenths,
// as every form of the index keeps it (field weights are tenths, bm25.go),
// so that a built, a decoded and a sharded index score alike to the bit.
func tenthsOf(v float64) float32 { return float32(math.Round(v*10)) / 10 }

// claimAt returns claim i: from the database, or from the fragment a
// sharded index fetched for it.
func (ix *Index) claimAt(i int) *claims.Claim {
	if ix.sh != nil {
		return ix.sh.claim(i)
	}
	return &ix.DB.Claims[i]
}

// Article returns the article a source stands in, or nil: from the
// database, or, for a sharded index, from the fragment of a claim it
// fetched (its metadata and the paragraphs the claim quotes).
func (ix *Index) Article(id string) *claims.Article {
	if ix.sh != nil {
		return ix.sh.article(id)
	}
	return ix.DB.Article(id)
}

// Claims is how many claims the index covers.
func (ix *Index) Claims() int { return ix.n }

// doc returns claim i analysed for the verdict. Docs are read only once
// made, so the cache hands the same one to every check.
func (ix *Index) doc(i int) *doc {
	ix.analysed.Lock()
	d, ok := ix.analysed.docs[i]
	ix.analysed.Unlock()
	if ok {
		return d
	}
	d = ix.analyseDoc(i)
	ix.analysed.Lock()
	if ix.analysed.docs == nil || len(ix.analysed.docs) >= maxCachedDocs {
		ix.analysed.docs = map[int]*doc{}
	}
	ix.analysed.docs[i] = d
	ix.analysed.Unlock()
	return d
}

// analyseDoc analyses claim i for the verdict.
func (ix *Index) analyseDoc(i int) *doc {
	c := ix.claimAt(i)
	d := &doc{claim: c, terms: map[string]bool{}, rating: claims.ClassifyRating(c.Rating)}
	d.stmt = analyse(c.Text)
	addTerms := func(toks []text.Token) {
		for _, t := range toks {
			if !t.Stop && !t.Neg && t.Term != "" {
				d.terms[t.Term] = true
			}
		}
	}
	addTerms(d.stmt.tokens)
	seenQuote := map[string]int{}
	for _, s := range c.Sources {
		if k, ok := seenQuote[s.Quote]; ok {
			d.sources = append(d.sources, d.sources[k])
			continue
		}
		q := analyse(s.Quote)
		seenQuote[s.Quote] = len(d.sources)
		d.sources = append(d.sources, q)
		if s.Quote != "" && s.Quote != c.Text {
			d.quotes = append(d.quotes, q)
			addTerms(q.tokens)
		}
	}
	if c.Title != "" {
		addTerms(text.Analyze(c.Title))
	}
	if c.Speaker != "" {
		addTerms(text.Analyze(c.Speaker))
	}
	d.context = ix.paragraphTerms(c.Sources)
	d.headline = ix.headlineTerms(c.Sources)
	if len(c.Sources) == 0 && c.Title == "" {
		d.anaphor = anaphorOf(d.stmt)
	} else {
		d.anaphor, d.antecedents, d.descriptions, d.exactAntecedent = ix.antecedents(c, d.stmt)
	}
	return d
}

// IDF returns a term's inverse document frequency; an unknown term gets
// the highest.
func (ix *Index) IDF(term string) float64 {
	if n := ix.df(term); n > 0 {
		return idf(ix.n, n)
	}
	return ix.maxIDF
}

// df is how many claims have a term.
func (ix *Index) df(term string) int {
	if ix.sh != nil {
		return ix.sh.df(term)
	}
	return len(ix.postings[term])
}

// queryTerm is one distinct content term of a statement and how it is
// looked up.
type queryTerm struct {
	term   string
	word   string      // the word as written (normalised), for the decision's features
	weight float64     // IDF-based importance in the statement
	alts   []expansion // the term itself (weight 1) or its typo stand-ins
	name   bool        // a name or entity: found in a source's paragraph, it counts half
}

// queryTerms turns a statement's tokens into lookups.
func (ix *Index) queryTerms(toks []text.Token) []queryTerm {
	if ix.sh != nil { // fetch what the statement's words need, at once
		ix.sh.prefetchStatement(toks)
	}
	seen := map[string]bool{}
	var out []queryTerm
	for _, t := range toks {
		if t.Stop || t.Neg || t.Term == "" || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		q := queryTerm{term: t.Term, word: text.Normalize(t.Text), name: t.Kind == text.Entity || t.Cap && !t.Stop}
		if ix.df(t.Term) > 0 {
			q.alts = []expansion{{term: t.Term, weight: 1}}
			q.weight = ix.IDF(t.Term)
		} else {
			q.weight = ix.maxIDF
		}
		// Words of the same meaning (claims.Lexical) stand in for a word,
		// after the word itself.
		if t.Kind == text.Word {
			if lex := ix.lexical(t.Term); len(lex) > 0 {
				q.alts = append(q.alts, lex...)
				if ix.df(t.Term) == 0 { // a reader's word: as rare as what it stands for
					q.weight = ix.IDF(lex[0].term)
				}
			}
		}
		if len(q.alts) == 0 && t.Kind == text.Word {
			q.alts = ix.typoExpansions(t.Term)
		}
		// A dropped g, as people type it: "leavin", "tryin".
		if w := text.Normalize(t.Text); len(q.alts) == 0 && t.Kind == text.Word && len(w) >= 5 && strings.HasSuffix(w, "in") {
			if g := text.Stem(w + "g"); ix.df(g) > 0 {
				q.alts = []expansion{{term: g, weight: weightEdit1, rel: claims.Typo}}
			}
		}
		out = append(out, q)
	}
	return out
}

// candidate is a claim retrieved for a statement, with its BM25F score.
type candidate struct {
	doc   int
	score float64
}

// retrieve ranks claims by BM25F against the query terms and returns the
// top k (ties broken by claim order, so results are deterministic).
func (ix *Index) retrieve(qs []queryTerm, k int) []candidate {
	if ix.sh != nil {
		return ix.sh.retrieve(ix, qs, k)
	}
	scores := map[int32]float64{}
	for _, q := range qs {
		for _, alt := range q.alts {
			if alt.synonym {
				continue
			}
			w := ix.IDF(alt.term) * alt.weight
			for _, p := range ix.postings[alt.term] {
				scores[p.doc] += bm25(float64(p.tf), float64(ix.lengths[p.doc]), ix.avgLen, w)
			}
		}
	}
	// A database of no more claims than are retrieved has them all as
	// candidates: a claim that shares only a synonym with the statement
	// ("movies" for "film"), or only what its "she" stands for
	// (anaphora.go), is still weighed.
	if n := ix.n; n <= k {
		for d := range n {
			if _, ok := scores[int32(d)]; !ok {
				scores[int32(d)] = 0
			}
		}
	}
	out := make([]candidate, 0, len(scores))
	for d, s := range scores {
		out = append(out, candidate{int(d), s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].doc < out[j].doc
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// Ranked is a claim and its retrieval score, for the rank command.
type Ranked struct {
	Claim *claims.Claim
	Score float64
}

// Rank returns the k claims that best match a query by retrieval score
// alone (no verdict): what the rank command benchmarks.
func (ix *Index) Rank(query string, k int) []Ranked {
	qs := ix.queryTerms(text.Analyze(CleanQuery(query)))
	var out []Ranked
	for _, c := range ix.retrieve(qs, k) {
		out = append(out, Ranked{ix.claimAt(c.doc), c.score})
	}
	return out
}

// paragraphTerms returns the terms of the article paragraphs that hold
// the sources.
func (ix *Index) paragraphTerms(srcs []claims.Source) map[string]bool {
	out := map[string]bool{}
	seen := map[[2]int]bool{}
	for ai, s := range srcs {
		lo, para, ok := ix.paragraph(s)
		if !ok {
			continue
		}
		if key := [2]int{ai, lo}; !seen[key] {
			seen[key] = true
			for _, t := range text.Analyze(para) {
				if !t.Stop {
					out[t.Term] = true
				}
			}
		}
	}
	return out
}

// headlineTerms returns the terms of the headlines of the articles that
// hold the sources.
func (ix *Index) headlineTerms(srcs []claims.Source) map[string]bool {
	out := map[string]bool{}
	for _, s := range srcs {
		if a := ix.Article(s.Article); a != nil {
			for _, t := range text.Analyze(a.Headline) {
				if !t.Stop {
					out[t.Term] = true
				}
			}
		}
	}
	return out
}

// paragraph returns the paragraph of its article that a source stands
// in, and where it starts.
func (ix *Index) paragraph(s claims.Source) (start int, para string, ok bool) {
	if ix.sh != nil {
		return ix.sh.paragraph(s)
	}
	a := ix.DB.Article(s.Article)
	if a == nil {
		return 0, "", false
	}
	return paragraphOf(a.Text, s)
}

// nextParagraph returns the paragraph after the one a source stands in
// ("" when it is the last). A sharded index keeps it only where a reading
// asks for it (see fragmentParagraph).
func (ix *Index) nextParagraph(s claims.Source) string {
	if ix.sh != nil {
		return ix.sh.nextParagraph(s)
	}
	a := ix.DB.Article(s.Article)
	if a == nil {
		return ""
	}
	return nextParagraphOf(a.Text, s)
}

// nextParagraphOf returns the first non-blank line of text after the
// paragraph that holds a source's quote (paragraphOf), or "".
func nextParagraphOf(body string, s claims.Source) string {
	lo, para, ok := paragraphOf(body, s)
	if !ok {
		return ""
	}
	for line := range strings.SplitSeq(body[lo+len(para):], "\n") {
		if strings.TrimSpace(line) != "" {
			return line
		}
	}
	return ""
}

// paragraphOf returns the paragraph of text that holds a source's quote,
// and where it starts.
func paragraphOf(body string, s claims.Source) (start int, para string, ok bool) {
	if s.End > len(body) || s.Start < 0 || s.Start > s.End {
		return 0, "", false
	}
	lo := strings.LastIndexByte(body[:s.Start], '\n') + 1
	hi := strings.IndexByte(body[s.End:], '\n')
	if hi < 0 {
		hi = len(body)
	} else {
		hi += s.End
	}
	return lo, body[lo:hi], true
}

// nameTerms returns the words (nameForm) that the texts write with a
// capital in the middle of a sentence and never in lower case: "putin",
// "geneva", "seleznev", but not "state" (as in "the State Department" and
// "a state"). Words, not stems: "Readiness Teams" makes no name of
// "ready".
func nameTerms(texts []string) map[string]bool {
	// Each line once: an archive repeats its lines (copies and updates
	// of a story, a site's standing lines), and a line says the same of
	// its words wherever it stands.
	var lines []string
	seen := map[string]bool{}
	for _, s := range texts {
		for line := range strings.SplitSeq(s, "\n") {
			if !seen[line] {
				seen[line] = true
				lines = append(lines, line)
			}
		}
	}
	seen = nil
	const chunk = 4096
	type sets struct{ capital, lower map[string]bool }
	parts := make([]sets, (len(lines)+chunk-1)/chunk)
	inParallel(len(parts), func(p int) {
		capital, lower := map[string]bool{}, map[string]bool{}
		for _, line := range lines[p*chunk : min((p+1)*chunk, len(lines))] {
			toks := text.Analyze(line)
			titleCase := isTitleCase(toks)
			for _, t := range toks {
				if t.Stop || t.Kind != text.Word {
					continue
				}
				switch w := nameForm(t.Text); {
				case !t.Cap:
					lower[w] = true
				case !titleCase && !atSentenceStart(line, t.Start):
					capital[w] = true
				}
			}
		}
		parts[p] = sets{capital, lower}
	})
	capital := map[string]bool{}
	for _, p := range parts {
		for w := range p.capital {
			capital[w] = true
		}
	}
	for _, p := range parts {
		for w := range p.lower {
			delete(capital, w)
		}
	}
	return capital
}

// nameForm is a word as nameTerms keeps it: lower case, without a
// possessive ("Putin's" is "putin").
func nameForm(word string) string {
	w := text.Normalize(word)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, suf)
	}
	return w
}

// isNameWord reports whether a token is a word the sources only ever
// capitalise (nameTerms), however the reader typed it: "putin", "putins".
func (ix *Index) isNameWord(t text.Token) bool {
	w := nameForm(t.Text)
	return ix.names[w] || strings.HasSuffix(w, "s") && ix.names[strings.TrimSuffix(w, "s")]
}

// isTitleCase reports whether most content words of a line are
// capitalised, as in a headline ("Russia Wants a Code of Conduct"): its
// capitals say nothing about names.
func isTitleCase(toks []text.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Stop || t.Kind != text.Word {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 3 && 2*caps > words
}

// weightSynonym is how much a synonym from the database's lexical
// relations counts: less than the word itself, as it is a guess at the
// sense. A PPDB paraphrase counts as much (0.8 measured no better).
const weightSynonym = 0.9

// lexical returns the claim terms that mean what term means
// (claims.Lexical), as stand-ins: WordNet's synonyms, then, unless the
// index leaves them out, PPDB's paraphrases. (A sharded index has both in
// its term records, as synonyms: shardwrite.go.)
func (ix *Index) lexical(term string) []expansion {
	lx := ix.DB.Lexical
	if lx == nil {
		return nil
	}
	var out []expansion
	syns := lx.Synonyms[term]
	if ix.sh != nil {
		syns = ix.sh.synonyms(term)
	}
	for _, t := range syns {
		if t != term && ix.df(t) > 0 {
			out = append(out, expansion{term: t, weight: weightSynonym, synonym: true, rel: claims.Synonym})
		}
	}
	for _, t := range lx.Paraphrases[term] {
		if !ix.NoParaphrases && t != term && ix.df(t) > 0 {
			out = append(out, expansion{term: t, weight: weightSynonym, synonym: true, rel: claims.Paraphrase})
		}
	}
	return out
}
