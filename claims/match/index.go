// Package match finds the claims a statement is about and says whether
// their sources support it, contradict it, or say nothing about it.
//
// Retrieval is BM25F over each claim's statement, source quotes, title and
// speaker, with typo expansion; the verdict then aligns the statement with
// each candidate claim (coverage of its key content, negation, numbers,
// dates, quantities, places, opposite words) and explains itself.
package match

import (
	"sort"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// doc is one claim, analysed once when the index is built.
type doc struct {
	claim  *claims.Claim
	tf     map[string]float64 // field-weighted term frequencies
	length float64            // field-weighted length
	// The analysed claim statement and each source quote: the verdict
	// compares against all of them and highlights in the quotes.
	stmt   analysed
	quotes []analysed // distinct quotes that differ from the statement
	// sources holds each source's analysed quote, in source order, for
	// highlighting.
	sources []analysed
	terms   map[string]bool // every term of stmt and quotes
	// context holds the terms of the paragraphs the quotes stand in: a
	// name there ("he said" after "Lavrov") is not missing from the claim.
	context map[string]bool
}

// analysed is a text with its tokens and what the verdict reads from them.
type analysed struct {
	text   string
	tokens []text.Token
	dates  []text.Date
	qty    []text.Quantity
	terms  map[string]bool // every term of tokens
}

func analyse(s string) analysed {
	toks := text.Analyze(s)
	dates, used := text.Dates(toks)
	terms := make(map[string]bool, len(toks))
	for _, t := range toks {
		terms[t.Term] = true
	}
	return analysed{text: s, tokens: toks, dates: dates, qty: text.Quantities(toks, used), terms: terms}
}

// Index is a searchable claims database.
type Index struct {
	DB       *claims.DB
	docs     []doc
	postings map[string][]int32 // term -> docs containing it, ascending
	df       map[string]int
	avgLen   float64
	byLen    map[int][]string // vocabulary by term length, for typo search
	proper   map[string]bool  // words capitalised mid-sentence in the sources
	names    map[string]bool  // terms the sources only ever write with a capital: names, even when a reader types them in lower case
	maxIDF   float64
}

// NewIndex analyses every claim of db.
func NewIndex(db *claims.DB) *Index {
	ix := &Index{DB: db, postings: map[string][]int32{}, df: map[string]int{}, byLen: map[int][]string{}}
	var bodies []string
	for _, a := range db.Articles {
		bodies = append(bodies, a.Text)
	}
	ix.proper = claims.ProperNouns(bodies...)
	for i := range db.Claims {
		bodies = append(bodies, db.Claims[i].Text)
	}
	ix.names = nameTerms(bodies)
	ix.docs = make([]doc, len(db.Claims))
	paragraphs := map[paragraphKey][]string{}

	total := 0.0
	for i := range db.Claims {
		c := &db.Claims[i]
		d := doc{claim: c, tf: map[string]float64{}, terms: map[string]bool{}}
		d.stmt = analyse(c.Text)
		add := func(toks []text.Token, w float64) {
			for _, t := range toks {
				if t.Stop || t.Neg || t.Term == "" {
					continue
				}
				d.tf[t.Term] += w
				d.length += w
				d.terms[t.Term] = true
			}
		}
		add(d.stmt.tokens, weightClaim)
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
				add(q.tokens, weightQuote)
			}
		}
		d.context = ix.paragraphTerms(c.Sources, paragraphs)
		if c.Title != "" {
			add(text.Analyze(c.Title), weightTitle)
		}
		if c.Speaker != "" {
			add(text.Analyze(c.Speaker), weightSpeaker)
		}
		for t := range d.tf {
			ix.postings[t] = append(ix.postings[t], int32(i))
			ix.df[t]++
		}
		total += d.length
		ix.docs[i] = d
	}
	if len(ix.docs) > 0 {
		ix.avgLen = total / float64(len(ix.docs))
	}
	terms := make([]string, 0, len(ix.df))
	for t := range ix.df {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	for _, t := range terms {
		if !strings.ContainsAny(t, "0123456789") {
			ix.byLen[len(t)] = append(ix.byLen[len(t)], t)
		}
	}
	ix.maxIDF = idf(len(ix.docs), 0)
	return ix
}

// IDF returns a term's inverse document frequency; an unknown term gets the
// highest.
func (ix *Index) IDF(term string) float64 { return idf(len(ix.docs), ix.df[term]) }

// queryTerm is one distinct content term of a statement and how it is
// looked up.
type queryTerm struct {
	term   string
	weight float64     // IDF-based importance in the statement
	alts   []expansion // the term itself (weight 1) or its typo stand-ins
	name   bool        // a name or entity: found in a source's paragraph, it counts half
}

// queryTerms turns a statement's tokens into lookups.
func (ix *Index) queryTerms(toks []text.Token) []queryTerm {
	seen := map[string]bool{}
	var out []queryTerm
	for _, t := range toks {
		if t.Stop || t.Neg || t.Term == "" || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		q := queryTerm{term: t.Term, name: t.Kind == text.Entity || t.Cap && !t.Stop}
		if ix.df[t.Term] > 0 {
			q.alts = []expansion{{t.Term, 1}}
			q.weight = ix.IDF(t.Term)
		} else {
			q.weight = ix.maxIDF
		}
		// Words of the same meaning (claims.Lexical) stand in for a word,
		// after the word itself.
		if t.Kind == text.Word {
			if lex := ix.lexical(t.Term); len(lex) > 0 {
				q.alts = append(q.alts, lex...)
				if ix.df[t.Term] == 0 { // a reader's word: as rare as what it stands for
					q.weight = ix.IDF(lex[0].term)
				}
			}
		}
		if len(q.alts) == 0 && t.Kind == text.Word {
			q.alts = ix.typoExpansions(t.Term)
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
	scores := map[int32]float64{}
	for _, q := range qs {
		for _, alt := range q.alts {
			w := ix.IDF(alt.term) * alt.weight
			for _, d := range ix.postings[alt.term] {
				doc := &ix.docs[d]
				scores[d] += bm25(doc.tf[alt.term], doc.length, ix.avgLen, w)
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
		out = append(out, Ranked{ix.docs[c.doc].claim, c.score})
	}
	return out
}

// paragraphTerms returns the terms of the article paragraphs that hold
// the sources. Many claims come from one paragraph: cache holds each
// paragraph's terms, keyed by its article and offset, so it is analysed once.
func (ix *Index) paragraphTerms(srcs []claims.Source, cache map[paragraphKey][]string) map[string]bool {
	out := map[string]bool{}
	for _, s := range srcs {
		a := ix.DB.Article(s.Article)
		if a == nil || s.End > len(a.Text) || s.Start < 0 || s.Start > s.End {
			continue
		}
		lo := strings.LastIndexByte(a.Text[:s.Start], '\n') + 1
		hi := strings.IndexByte(a.Text[s.End:], '\n')
		if hi < 0 {
			hi = len(a.Text)
		} else {
			hi += s.End
		}
		key := paragraphKey{a.ID, lo}
		terms, ok := cache[key]
		if !ok {
			for _, t := range text.Analyze(a.Text[lo:hi]) {
				if !t.Stop {
					terms = append(terms, t.Term)
				}
			}
			cache[key] = terms
		}
		for _, t := range terms {
			out[t] = true
		}
	}
	return out
}

// paragraphKey names a paragraph: its article and where it starts.
type paragraphKey struct {
	article string
	start   int
}

// nameTerms returns the terms that the texts write with a capital in the
// middle of a sentence and never in lower case: "Putin", "Geneva",
// "Seleznev", but not "State" (as in "the State Department" and "a
// state").
func nameTerms(texts []string) map[string]bool {
	capital, lower := map[string]bool{}, map[string]bool{}
	for _, s := range texts {
		for _, line := range strings.Split(s, "\n") {
			toks := text.Analyze(line)
			titleCase := isTitleCase(toks)
			for _, t := range toks {
				if t.Stop || t.Kind != text.Word {
					continue
				}
				switch {
				case !t.Cap:
					lower[t.Term] = true
				case !titleCase && !atSentenceStart(line, t.Start):
					capital[t.Term] = true
				}
			}
		}
	}
	for t := range lower {
		delete(capital, t)
	}
	return capital
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
// sense.
const weightSynonym = 0.9

// lexical returns the claim terms that mean what term means
// (claims.Lexical), as stand-ins.
func (ix *Index) lexical(term string) []expansion {
	lx := ix.DB.Lexical
	if lx == nil {
		return nil
	}
	var out []expansion
	for _, t := range lx.Synonyms[term] {
		if t != term && ix.df[t] > 0 {
			out = append(out, expansion{t, weightSynonym})
		}
	}
	return out
}
