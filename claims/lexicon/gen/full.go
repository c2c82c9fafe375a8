package main

import (
	"fmt"
	"slices"

	"github.com/factcheck/factcheck/claims/lexicon"
)

// relationOf maps the WordNet pointer symbols the lexicon keeps to its
// relations; every other pointer (hyponym, meronym, holonym, verb group,
// also-see, domain...) is left out.
var relationOf = map[string]lexicon.Relation{
	"!":  lexicon.Antonym,
	"&":  lexicon.SimilarTo,
	"+":  lexicon.Derivation,
	`\`:  lexicon.Pertainym,
	"@":  lexicon.Hypernym,
	"@i": lexicon.Instance,
	"=":  lexicon.Attribute,
	"*":  lexicon.Entailment,
}

// fullLexicon converts all of WordNet: every synset with its lemmas, their
// sense ranks and the kept pointers, plus the reverse of every pertainym,
// and the four exception lists.
func fullLexicon(wn *wordNet, notice []string) (*lexicon.Lexicon, stats, error) {
	var st stats
	// Lower-casing can make two lemmas of a synset one ("Mass", "mass"):
	// numbers maps each synset's WordNet word numbers to its lemma numbers.
	numbers := make([][]int, len(wn.synsets))
	synsets := make([]lexicon.Synset, len(wn.synsets))
	for i, s := range wn.synsets {
		num := make([]int, len(s.words)+1)
		var ms []lexicon.Member
		for j, w := range s.words {
			k := slices.IndexFunc(ms, func(m lexicon.Member) bool { return m.Lemma == w })
			if k < 0 {
				r := wn.rank(w, s.key)
				if r == 0 { // not in index (never happens in WordNet 3.0): after its indexed senses
					st.unranked++
					r = len(wn.index[s.key.file][w]) + 1
				}
				ms = append(ms, lexicon.Member{Lemma: w, Rank: r, Count: wn.count(s, j)})
				k = len(ms) - 1
			} else {
				ms[k].Count += wn.count(s, j)
				st.merged++
			}
			if ms[k].Count > 0 {
				st.counted++
			}
			num[j+1] = k + 1
		}
		numbers[i] = num
		synsets[i] = lexicon.Synset{POS: s.pos, Lexname: s.lex, Members: ms}
	}
	st.pointers = map[lexicon.Relation]int{}
	backs := make([][]lexicon.Pointer, len(synsets)) // reverse pertainyms, added after each synset's own pointers
	for i, s := range wn.synsets {
		for _, p := range s.ptrs {
			rel, ok := relationOf[p.sym]
			if !ok {
				continue
			}
			t := wn.byKey[p.target]
			ptr := lexicon.Pointer{Relation: rel, Target: t}
			if p.src != 0 {
				if p.src >= len(numbers[i]) || p.tgt >= len(numbers[t]) || p.tgt == 0 {
					return nil, st, fmt.Errorf("synset %c%08d: pointer %s to word %d of %c%08d out of range", s.key.file, s.key.offset, p.sym, p.tgt, p.target.file, p.target.offset)
				}
				ptr.From, ptr.To = numbers[i][p.src], numbers[t][p.tgt]
			}
			if !slices.Contains(synsets[i].Pointers, ptr) {
				synsets[i].Pointers = append(synsets[i].Pointers, ptr)
				st.pointers[rel]++
			}
			if rel == lexicon.Pertainym { // "russia" is pertained to by "russian"
				back := lexicon.Pointer{Relation: lexicon.PertainedBy, Target: i, From: ptr.To, To: ptr.From}
				if ptr.From == 0 {
					back.From, back.To = 0, 0
				}
				if !slices.Contains(backs[t], back) {
					backs[t] = append(backs[t], back)
					st.pointers[lexicon.PertainedBy]++
				}
			}
		}
	}
	for t, b := range backs {
		synsets[t].Pointers = append(synsets[t].Pointers, b...)
	}
	var exc []lexicon.Exception
	for _, f := range files {
		for _, line := range wn.exc[f.pos] {
			exc = append(exc, lexicon.Exception{POS: lexicon.POS(f.pos), Form: line[0], Bases: line[1:]})
		}
	}
	st.exceptions = len(exc)
	l, err := lexicon.New(notice, synsets, exc)
	return l, st, err
}

type stats struct {
	unranked, merged, counted, exceptions int
	pointers                              map[lexicon.Relation]int
}
