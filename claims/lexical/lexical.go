// Package lexical works out, when a database is built, what its words mean
// to each other and to the words a reader may use instead (claims.Lexical):
// synonyms and derived forms, opposites, paraphrases. It reads WordNet
// (claims/lexicon/wordnet) and PPDB 2.0 (data/ppdb.txt) and writes the
// answers in the matcher's terms (claims/text), so the browser, which gets
// only the answers in the database, links no dictionary. It is for native
// programs only.
//
// Only usual senses count, to keep WordNet's rare ones out of verdicts:
// a word's senses of rank 1 in its main part of speech (MainPOS: "meet"
// as a verb, not the adjective "fitting"), and for synonyms rank 2 too.
//
// Each relation was measured on every set we have (own statements, reader
// statements and their held-back half, ../shared/eval, FEVER-Symmetric
// dev) and is kept only if it helps without adding wrong badges overall:
// synonyms (dev 39 -> 40 of 40, held-back reader statements 53 -> 56 of
// 85 right with one wrong badge fewer; three more wrong badges on the
// reader statements, one more on FEVER) and opposites (one more right, no
// wrong badge). Broader words (hypernyms: "performer" for "singer") were
// dropped: three more wrong badges on the reader statements, one on the
// held-back ones and two on FEVER, for one more right answer.
//
// PPDB 2.0's lexical paraphrases (data/ppdb.txt, `make ppdb`) were measured
// beside these on the project's split of every labelled set (a case is
// held out when FNV-1a of its id is 0 or 1 mod 5). All 11,365 pairs the
// pipeline does not already equate: on the development half of the reader
// statements and ../shared/eval, three more right verdicts and two more
// wrong badges ("formally" for "officially", whose stem is also
// "officials"'s; "delegations spent five days" for "June 21-23", fixed in
// match/figures.go since). Pairs listed at least four times: no more right
// verdicts, one more wrong badge. Nouns and verbs only (3,647 pairs, kept):
// three more right verdicts and no wrong badge on the development half,
// FEVER-Symmetric dev unchanged (0.461 and 0.441 on its halves); on the
// held-out half two more right verdicts and one more wrong badge
// ("agreement" for "treaty"). So the database carries them
// (Lexical.Paraphrases) and the matcher offers them as stand-ins marked
// claims.Paraphrase, for a decision that weighs each relation, but does not
// count them by default (match.Index.Paraphrases; check -ppdb).
//
// PPDB lists inflected words ("increase rise", "increases raise"): its
// pairs are read as pairs of the pipeline's terms, so each holds for every
// form of both words (a source's "increased" for a reader's "rose"; by
// exact form it held for none). Measured on both parts of every labelled
// set, archive-1 to -5 and FEVER-Symmetric dev: no verdict of the default
// decision changed (the seed's paraphrase entries went from 130 to 248).
//
// A word WordNet's concordances never tagged ("assailant", "botch",
// "adorned": no sense counted, so no MainPOS) had no usual sense and so no
// relation at all: a reader's "attacker" missed a source's "assailant".
// Such a word's first sense of each part of speech now counts for synonyms
// and derived forms, not for opposites (which, tried, paired "towering"
// with "low"). On the development parts: archive-3 48 -> 49 of 97 right,
// archive-1, archive-5, the reader sets, ../shared/eval and FEVER-Symmetric
// dev unchanged, no wrong badge; archive-1's database gains 760 synonym
// pairs (11,107 -> 11,867). The same gap kept PPDB's pairs of a verb's
// past form out (the adjective "decreased", never tagged, made "decreased
// receded" no pair of nouns and verbs): with it closed, data/ppdb.txt has
// 6,554 pairs instead of 3,645 ("demonstrators protesters", "risen
// soared", "armistice truce"), and no verdict of a development part
// changed.
//
// WordNet's verb entailments ("*": who snores sleeps, who buys pays), read
// one way as broader verbs are, were measured on every development part
// on 2026-12-06: no verdict changed, and they were not taken. The verbs
// the archives' true statements use where their sources say it another
// way ("killed" for "three fatalities", "blamed … on" for "said … led to",
// "renamed") are paired neither by WordNet's entailments or derived forms
// nor by PPDB.
//
// Two readings added on 2026-12-07 (stop 45): a broader verb that the
// narrower one's sense excludes said plainly is no reader's word for it
// (data/excluded-broader-verbs.txt: a source's "will lend three masks" no
// longer supports a reader's "will give"), and a verb's irregular forms
// from WordNet's verb.exc that the text pipeline's own list lacks are
// synonyms of the database's forms of that verb (irregularForms: a
// reader's "outshone" for a source's "outshining"), which costs the page
// nothing, where a list in claims/text would.
//
// An adjective's synonyms and opposites hold in the degree the source
// wrote it (sameDegree): WordNet relates lemmas ("large" and "big",
// "short" and "long"), and the pipeline's terms keep the degree endings,
// so a source's "largest" was no reader's "biggest", nor its "shortest"
// against a reader's "longest". Measured on every development part on
// 2026-12-06, with both decisions: archive-10 two more right (one
// support with the hand-written decision, one contradiction), no wrong
// badge, nothing else changed. Tried and dropped the same day: broader
// verbs two levels up (WordNet's hypernym of a hypernym: "talked" for
// "discussed", "hold" for "store"), five more right and four more wrong
// badges with the hand-written decision ("think" for "attributing", then
// read against the source's negation); and broader verbs of a verb's
// third sense too, one more right and two more wrong.
package lexical

import (
	_ "embed"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/lexicon/wordnet"
	"github.com/factcheck/factcheck/claims/text"
)

// Sense ranks each relation reads (see lexicon: rank 1 is a word's most
// frequent sense in its part of speech).
const (
	synonymRank  = 2 // "arrest" ~ "apprehend"; rank 3 brings in "pinch" and "collar"
	oppositeRank = 1 // "easy" / "difficult", not the rarer senses' opposites
	// broaderVerbRank: a verb's senses whose broader verbs (WordNet's
	// hypernyms) a reader may write for it: "left" for "quit" (its second).
	broaderVerbRank = 2
)

// For works out the relations of db's vocabulary: the words of its claims,
// quotes, titles and articles.
func For(db *claims.DB) (*claims.Lexical, error) {
	var texts []string
	for _, a := range db.Articles {
		texts = append(texts, a.Text)
	}
	for _, c := range db.Claims {
		texts = append(texts, c.Text, c.Title)
		for _, s := range c.Sources {
			texts = append(texts, s.Quote)
		}
	}
	return ForTexts(texts...)
}

// ForTexts works out the relations of the words of texts.
func ForTexts(texts ...string) (*claims.Lexical, error) {
	full, err := wordnet.Full()
	if err != nil {
		return nil, err
	}
	words, err := wordnet.Vocabulary(texts...)
	if err != nil {
		return nil, err
	}
	r := relations{syn: map[string]map[string]bool{}, par: map[string]map[string]bool{}, opp: map[string]map[string]bool{}}
	for _, w := range words {
		if strings.Contains(w, " ") {
			continue // phrases are the text pipeline's (phrasal verbs)
		}
		own := term(w)
		if own == "" {
			continue
		}
		for _, lemma := range full.Lemmas(w) {
			main := full.MainPOS(lemma)
			for _, s := range full.Senses(lemma) {
				// A verb's usual senses count even when its noun is
				// commoner ("release"). A word WordNet's concordances never
				// tagged ("assailant", "botch": MainPOS 0) has no main part
				// of speech: its first sense in each counts, for synonyms
				// and derived forms (a source's "assailant" is a reader's
				// "attacker"), not for opposites.
				usual := s.POS() == main || s.POS() == lexicon.Verb && s.Rank() <= synonymRank
				untagged := !usual && main == 0 && s.Rank() == 1
				if !usual && !untagged {
					continue
				}
				if s.Rank() <= synonymRank {
					for _, x := range s.Derived() {
						r.add(r.syn, term(x), own)
					}
				}
				// A synonym counts when the sense is a usual one of the
				// claim's word, or, for verbs, of the reader's: "issued"
				// (whose first sense is "release") stands for a claim's
				// "releasing" (for which it is the fourth).
				for _, x := range s.Synonyms() {
					if s.Rank() <= synonymRank || s.POS() == lexicon.Verb && rankOf(full, x, s) <= synonymRank {
						r.add(r.syn, term(x), own)
						// "largest" is a form of "large": a reader's
						// "biggest", not "big", says what it says.
						if s.POS() == lexicon.Adj {
							r.add(r.syn, term(sameDegree(full, x, w, lemma)), own)
						}
					}
				}
				// A verb's broader verb is a reader's word for it: who
				// quits leaves, who contemplates thinks, so a reader's
				// "left" stands for a source's "quit". One way only: a
				// reader's "quit" says more than a source's "left". Not
				// where the narrower sense excludes the broader verb said
				// plainly: who lends gives only for a while, so a reader's
				// "give" says more than a source's "lend".
				if s.POS() == lexicon.Verb && s.Rank() <= broaderVerbRank {
					for _, x := range s.Hypernyms(1) {
						if !excludedBroader()[[2]string{lemma, x}] {
							r.add(r.syn, term(x), own)
						}
					}
				}
				if s.Rank() <= oppositeRank && !untagged {
					for _, x := range s.Antonyms() {
						t := term(x)
						r.add(r.opp, t, own)
						r.add(r.opp, own, t)
						if s.POS() == lexicon.Adj { // "smallest" against "largest"
							t := term(sameDegree(full, x, w, lemma))
							r.add(r.opp, t, own)
							r.add(r.opp, own, t)
						}
					}
				}
			}
		}
	}
	// A verb's irregular forms are one word with it (irregularForms).
	for _, w := range words {
		if own := term(w); own != "" && !strings.Contains(w, " ") {
			for _, f := range irregularForms(full, w) {
				r.add(r.syn, term(f), own)
			}
		}
	}
	// Opposites a prefix makes ("improper" / "proper"), which WordNet
	// links only in senses the loop above does not read, or not at all
	// (prefix.go).
	for _, w := range words {
		own := term(w)
		if own == "" || strings.Contains(w, " ") {
			continue
		}
		for _, lemma := range full.Lemmas(w) {
			for _, x := range prefixOpposites(full, lemma) {
				r.add(r.opp, term(x), own)
				r.add(r.opp, own, term(x))
			}
		}
	}
	// Words opposed in a usual sense are no synonyms in another: WordNet's
	// verbs "father" and "mother" (to beget) are one sense, so a reader's
	// "her mother" stood for a source's "her father", whose opposite it is
	// (so too "king" and "queen", "come" and "go", "use" and "abuse").
	for a, set := range r.syn {
		for b := range set {
			if r.opp[a][b] || r.opp[b][a] {
				delete(set, b)
			}
		}
		if len(set) == 0 {
			delete(r.syn, a)
		}
	}
	// PPDB's paraphrases of the database's words, where WordNet gives
	// neither a synonym nor an opposite: a reader's "talks" for the
	// source's "negotiations", "representatives" for "delegates".
	// PPDB lists inflected words ("increase raises"): its pairs are read
	// as pairs of terms, so they hold for every form of both words
	// ("raised" for "increased", and back).
	par := paraphrases()
	for _, w := range words {
		own := term(w)
		if own == "" {
			continue
		}
		for _, t := range par[own] {
			if t == own || r.syn[t][own] || r.opp[t][own] || r.opp[own][t] {
				continue
			}
			r.add(r.par, t, own)
		}
	}
	return &claims.Lexical{Synonyms: r.lists(r.syn), Paraphrases: r.lists(r.par), Opposites: r.lists(r.opp)}, nil
}

// excludedFile lists the broader verbs a narrower one's sense excludes
// (data/excluded-broader-verbs.txt: "lend give", who lends gives only for
// a while; its header names source and licence).
//
//go:embed data/excluded-broader-verbs.txt
var excludedFile string

// excludedBroader is excludedFile's pairs of WordNet lemmas, narrower
// first: a source's "lend" is no reader's "give".
var excludedBroader = sync.OnceValue(func() map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, l := range strings.Split(excludedFile, "\n") {
		l, _, _ = strings.Cut(l, "#")
		switch f := strings.Fields(l); len(f) {
		case 0:
		case 2:
			out[[2]string{f[0], f[1]}] = true
		default:
			panic("lexical: excluded-broader-verbs.txt: " + l)
		}
	}
	return out
})

// irregularForms returns the forms of the verbs word is a form of that
// the text pipeline does not stem to word's term: its base and the
// irregular forms WordNet's verb.exc gives it ("outshine" and "outshone"
// for "outshining"). The pipeline's own list of irregular verbs
// (claims/text) has the commonest, and the page has room for no more; the
// rest reach the database's words here, so that a reader's "outshone" is
// a source's "outshining" and a reader's "shine" a source's "shone". A
// form that is a word of its own ("wound", "ground", "bit") is left out,
// either side: a source's "wound" is no reader's "wind".
func irregularForms(full *lexicon.Lexicon, word string) []string {
	var out []string
	forms := verbForms()
	for _, lemma := range full.Lemmas(word) {
		fs := forms[lemma]
		irregular := slices.Contains(fs, word)
		// A form of the lemma: itself, a regular inflection the stemmer
		// reads as it ("outshining"; not "hoping" for "hop", which
		// morphy also offers), or an irregular form that is no word of
		// its own.
		if len(fs) == 0 || !irregular && term(word) != term(lemma) || irregular && full.Has(word) {
			continue
		}
		out = append(out, lemma)
		for _, f := range fs {
			// (The pipeline's own list reads its forms already.)
			if !full.Has(f) && !text.IsIrregularPast(f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// verbForms maps a verb to its irregular forms in WordNet's verb.exc
// ("shine": "shone"), read once from the lexicon's lines ("-v shone
// shine").
var verbForms = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	full, err := wordnet.Full()
	if err != nil {
		return out // ForTexts has failed already
	}
	for _, l := range full.Lines() {
		f := strings.Fields(l)
		if len(f) < 3 || f[0] != "-"+string(byte(lexicon.Verb)) {
			continue
		}
		for _, base := range f[2:] {
			out[base] = append(out[base], f[1])
		}
	}
	return out
})

// ppdbFile is the part of PPDB 2.0 the relations read: its lexical
// paraphrases of English nouns and verbs (data/ppdb.txt, made by `make
// ppdb` from ../shared/data/ppdb; its header names source and licence,
// CC BY 3.0).
//
//go:embed data/ppdb.txt
var ppdbFile string

// paraphrases maps a term to the terms of its PPDB paraphrases, both
// ways, sorted: each pair of words as the pipeline reads them.
var paraphrases = sync.OnceValue(func() map[string][]string { return loadParaphrases(ppdbFile) })

func loadParaphrases(data string) map[string][]string {
	sets := map[string]map[string]bool{}
	add := func(a, b string) {
		if sets[a] == nil {
			sets[a] = map[string]bool{}
		}
		sets[a][b] = true
	}
	for _, l := range strings.Split(data, "\n") {
		f := strings.Fields(l)
		if len(f) != 3 || strings.HasPrefix(l, "#") {
			continue
		}
		a, b := term(f[0]), term(f[1])
		if a == "" || b == "" || a == b {
			continue
		}
		add(a, b)
		add(b, a)
	}
	out := make(map[string][]string, len(sets))
	for k, set := range sets {
		out[k] = slices.Sorted(maps.Keys(set))
	}
	return out
}

// degreeEndings are the endings of an adjective's comparative and
// superlative ("larger", "largest"), as WordNet's morphy(7WN) detaches
// them (claims/lexicon).
var degreeEndings = []string{"est", "er"}

// sameDegree returns adjective x in the degree that form has of its lemma
// ("big" for "largest", a form of "large": "biggest"), or "" when form is
// the lemma itself or x is not a single word. The form is x's irregular
// one when WordNet lists it ("good": "better", "best"), else the regular
// one: the ending added, a final "e" dropped before it ("wide": "widest"),
// a final "y" after a consonant made "i" ("easy": "easiest"), and a final
// consonant after a single vowel doubled in a short word ("big":
// "biggest"). Only a form that WordNet reads back as x is returned.
func sameDegree(full *lexicon.Lexicon, x, form, lemma string) string {
	if form == lemma || strings.ContainsAny(x, " -") {
		return ""
	}
	for _, end := range degreeEndings {
		if !strings.HasSuffix(form, end) {
			continue
		}
		for _, c := range degreeForms(x, end) {
			if slices.Contains(full.Lemmas(c), x) {
				return c
			}
		}
	}
	return ""
}

// degreeForms are the candidate forms of adjective x with a degree
// ending, irregular ones first (they come from WordNet's adj.exc, which
// full.Lemmas reads: "better" -> "good").
func degreeForms(x, end string) []string {
	var out []string
	switch irregular := map[string][2]string{"good": {"better", "best"}, "bad": {"worse", "worst"}, "far": {"farther", "farthest"}, "little": {"less", "least"}, "many": {"more", "most"}, "much": {"more", "most"}}; {
	case irregular[x] != [2]string{}:
		if end == "er" {
			return []string{irregular[x][0]}
		}
		return []string{irregular[x][1]}
	}
	n := len(x)
	switch {
	case strings.HasSuffix(x, "e"):
		out = append(out, x[:n-1]+end)
	case n > 1 && x[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(x[n-2])):
		out = append(out, x[:n-1]+"i"+end)
	case n >= 3 && n <= 4 && !strings.ContainsRune("aeiouwxy", rune(x[n-1])) && strings.ContainsRune("aeiou", rune(x[n-2])) && !strings.ContainsRune("aeiou", rune(x[n-3])):
		out = append(out, x+x[n-1:]+end)
	}
	return append(out, x+end)
}

// rankOf returns the rank, for lemma x, of the sense s is in (the same
// synset), or a large number when x has no such sense.
func rankOf(full *lexicon.Lexicon, x string, s lexicon.Sense) int {
	for _, xs := range full.Senses(x) {
		if xs.POS() == s.POS() && sameSynset(xs, s) {
			return xs.Rank()
		}
	}
	return 1 << 20
}

// sameSynset reports whether two senses share their lemmas (one synset).
func sameSynset(a, b lexicon.Sense) bool {
	la, lb := a.Lemmas(), b.Lemmas()
	if len(la) != len(lb) {
		return false
	}
	for i := range la {
		if la[i] != lb[i] {
			return false
		}
	}
	return true
}

// term is a lemma in the matcher's terms, or "" for a phrase, a stop word
// or a name: one content token.
func term(lemma string) string {
	if strings.Contains(lemma, " ") {
		return ""
	}
	toks := text.Analyze(lemma)
	if len(toks) != 1 || toks[0].Stop || toks[0].Neg || toks[0].Kind != text.Word {
		return ""
	}
	return toks[0].Term
}

type relations struct {
	syn, par, opp map[string]map[string]bool
}

func (r relations) add(m map[string]map[string]bool, from, to string) {
	if from == "" || to == "" || from == to {
		return
	}
	if m[from] == nil {
		m[from] = map[string]bool{}
	}
	m[from][to] = true
}

func (r relations) lists(m map[string]map[string]bool) map[string][]string {
	out := make(map[string][]string, len(m))
	for k, set := range m {
		l := make([]string, 0, len(set))
		for t := range set {
			l = append(l, t)
		}
		sort.Strings(l)
		out[k] = l
	}
	return out
}
