package lexicon

import "slices"

// Cut says how much of a kept word's surroundings a subset keeps.
type Cut struct {
	// MaxSenseRank keeps a kept word's senses of rank 1..MaxSenseRank
	// (and what they need); 0 keeps every sense.
	MaxSenseRank int
	// Hyponyms keeps, for a kept word's synsets of a part of speech, the
	// synsets up to that many levels below them, so that Hypernyms(w, _, d)
	// of any word w finds the kept word for d up to that depth as in the
	// full lexicon: with {Verb: 1}, "launch" (rank 4, "plunge, launch")
	// finds a kept "begin". None by default: a specific word in a claim
	// ("singer") supports a general one in a reader's text ("performer"),
	// which Hypernyms of the kept word finds, but not the reverse.
	Hyponyms map[POS]int
}

// Subset returns l.SubsetOf(keep, Cut{}): every sense, no hyponyms.
func (l *Lexicon) Subset(keep func(lemma string) bool) *Lexicon {
	return l.SubsetOf(keep, Cut{})
}

// SubsetOf returns the part of l that the kept lemmas need. For every
// lemma k with keep(k), as if k had only its senses of rank up to
// cut.MaxSenseRank (all when 0):
//
//   - every query about k answers as in l: Synonyms, Antonyms, Similar,
//     Derived, Hypernyms (any depth), Entailments, Attributes, Category,
//     Senses; and Lemmas of any inflection of k still gives k;
//   - every query about any other word w finds k when l's does
//     (Hypernyms only up to the depth cut.Hyponyms gives).
//
// So a subset keeps whole k's synsets, their hypernyms up to the top (and
// hyponyms as deep as cut.Hyponyms says), the synsets their attribute and
// entailment pointers link, k's similar-to clusters and those whose head
// has k as antonym (WordNet's indirect antonyms); of the synsets that a
// word-level pointer (antonym, derivation, pertainym) links to k, or to a
// kept head's lemmas, it keeps only the lemma at the other end. It keeps
// only the pointers those answers follow, and the exceptions whose lemmas
// it has.
//
// A query about a word that is not kept may so find fewer words than in
// l, never others. Lemmas keep their sense ranks, so ranks mean the same
// in a subset; the notice is kept.
func (l *Lexicon) SubsetOf(keep func(lemma string) bool, cut Cut) *Lexicon {
	n := len(l.synsets)
	c := cutter{
		l: l, rev: l.reverse(),
		kept: map[int64]bool{}, part: map[int64]bool{},
		own: make([]bool, n), whole: make([]bool, n), chain: make([]bool, n),
		clusterHead: make([]bool, n), antonymHead: make([]bool, n),
	}
	var own []int32
	for id, w := range l.words {
		if !keep(w) {
			continue
		}
		for _, s := range l.senses[l.at[id]:l.at[id+1]] {
			if cut.MaxSenseRank <= 0 || int(s.rank) <= cut.MaxSenseRank {
				c.kept[at(s.synset, s.index)] = true
				if !c.own[s.synset] {
					c.own[s.synset] = true
					own = append(own, s.synset)
				}
			}
		}
	}
	for _, s := range own {
		c.whole[s] = true
		c.cluster(s) // Similar, and Antonyms through the head
		sy := l.synsets[s]
		for _, p := range l.ptrs[sy.p0:sy.p1] {
			if p.rel == Attribute || p.rel == Entailment {
				c.whole[p.target] = true
			}
		}
		for _, r := range c.rev[s] {
			switch {
			case r.rel == Attribute || r.rel == Entailment:
				c.whole[r.source] = true
			case r.rel == Antonym && c.kept[at(s, r.to-1)] && l.synsets[r.source].pos == byte(Adj):
				c.cluster(r.source) // k is the indirect antonym of that head's satellites
			}
		}
	}
	c.ancestors(own)
	c.hyponyms(own, cut.Hyponyms)
	// The word-level pointers the answers follow, and the lemmas at their ends.
	for s, sy := range l.synsets {
		for _, p := range l.ptrs[sy.p0:sy.p1] {
			if c.lexicalNeeded(int32(s), p) {
				c.part[at(int32(s), p.from-1)] = true
				c.part[at(p.target, p.to-1)] = true
			}
		}
	}
	return c.copy()
}

// cutter works out what a subset keeps.
type cutter struct {
	l           *Lexicon
	rev         [][]incoming
	kept        map[int64]bool // synset, lemma index: a kept word's sense
	part        map[int64]bool // synset, lemma index: a lemma kept without the rest of its synset
	own         []bool         // synsets with a kept sense
	whole       []bool         // synsets kept with all their lemmas
	chain       []bool         // synsets whose hypernym pointers are kept
	clusterHead []bool         // heads whose similar-to pointers are kept
	antonymHead []bool         // heads whose lemmas' antonym pointers are kept
}

func at(s int32, index uint8) int64 { return int64(s)<<8 | int64(index) }

// cluster keeps an adjective synset's heads, with their satellites and the
// antonyms of their lemmas.
func (c *cutter) cluster(s int32) {
	for _, h := range c.l.heads(s) {
		c.whole[h], c.clusterHead[h], c.antonymHead[h] = true, true, true
		hs := c.l.synsets[h]
		for _, p := range c.l.ptrs[hs.p0:hs.p1] {
			if p.rel == SimilarTo {
				c.whole[p.target] = true
			}
		}
		for _, r := range c.rev[h] {
			if r.rel == SimilarTo {
				c.whole[r.source] = true
			}
		}
	}
}

// ancestors keeps every synset above the given ones.
func (c *cutter) ancestors(from []int32) {
	stack := slices.Clone(from)
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.chain[s] {
			continue
		}
		c.chain[s], c.whole[s] = true, true
		sy := c.l.synsets[s]
		for _, p := range c.l.ptrs[sy.p0:sy.p1] {
			if p.rel == Hypernym || p.rel == Instance {
				stack = append(stack, p.target)
			}
		}
	}
}

// hyponyms keeps the synsets below the given ones, as deep as depth says
// for their part of speech.
func (c *cutter) hyponyms(from []int32, depth map[POS]int) {
	for _, s := range from {
		p := POS(c.l.synsets[s].pos)
		if p == satellite {
			p = Adj
		}
		level, seen := []int32{s}, map[int32]bool{s: true}
		for d := 0; d < depth[p] && len(level) > 0; d++ {
			var next []int32
			for _, x := range level {
				for _, r := range c.rev[x] {
					if (r.rel == Hypernym || r.rel == Instance) && !seen[r.source] {
						seen[r.source] = true
						c.whole[r.source], c.chain[r.source] = true, true
						next = append(next, r.source)
					}
				}
			}
			level = next
		}
	}
}

// lexicalNeeded reports whether a word-level pointer from synset s links a
// kept word (either way), or is the antonym of a kept head's lemma.
func (c *cutter) lexicalNeeded(s int32, p pointer) bool {
	switch p.rel {
	case Antonym, Derivation, Pertainym, PertainedBy:
		return p.from != 0 && (c.kept[at(s, p.from-1)] || c.kept[at(p.target, p.to-1)] || (p.rel == Antonym && c.antonymHead[s]))
	}
	return false
}

// needed reports whether the subset keeps pointer p of synset s, given
// which lemmas it keeps.
func (c *cutter) needed(s int32, p pointer) bool {
	switch p.rel {
	case Antonym, Derivation, Pertainym, PertainedBy:
		return c.lexicalNeeded(s, p)
	case Attribute, Entailment:
		return c.own[s] || c.own[p.target]
	case Hypernym, Instance:
		return c.chain[s]
	case SimilarTo:
		return c.clusterHead[s] || c.clusterHead[p.target]
	}
	return false
}

// copy makes the subset: the kept lemmas of the kept synsets (renumbered,
// in order), the pointers needed between them, the exceptions whose lemmas
// are still there.
func (c *cutter) copy() *Lexicon {
	l := c.l
	newID := make([]int32, len(l.synsets))
	newIndex := make([][]uint8, len(l.synsets)) // 1-based new lemma numbers; 0: dropped
	n := int32(0)
	for s, sy := range l.synsets {
		newID[s] = -1
		idx := make([]uint8, sy.m1-sy.m0)
		k := uint8(0)
		for i := range idx {
			if c.whole[s] || c.part[at(int32(s), uint8(i))] {
				k++
				idx[i] = k
			}
		}
		if k > 0 {
			newID[s], newIndex[s] = n, idx
			n++
		}
	}
	var b builder
	b.start(int(n))
	b.started = true
	b.l.notice = slices.Clone(l.notice)
	for s, sy := range l.synsets {
		if newID[s] < 0 {
			continue
		}
		ns := synset{pos: sy.pos, lex: sy.lex, m0: int32(len(b.l.members)), p0: int32(len(b.l.ptrs))}
		for i, m := range l.members[sy.m0:sy.m1] {
			if newIndex[s][i] > 0 {
				b.l.members = append(b.l.members, member{word: b.intern(l.words[m.word]), rank: m.rank, count: m.count})
			}
		}
		for _, p := range l.ptrs[sy.p0:sy.p1] {
			t := newID[p.target]
			if t < 0 || !c.needed(int32(s), p) {
				continue
			}
			q := pointer{rel: p.rel, target: t}
			if p.from != 0 {
				q.from, q.to = newIndex[s][p.from-1], newIndex[p.target][p.to-1]
				if q.from == 0 || q.to == 0 {
					continue
				}
			}
			b.l.ptrs = append(b.l.ptrs, q)
		}
		ns.m1, ns.p1 = int32(len(b.l.members)), int32(len(b.l.ptrs))
		b.l.synsets = append(b.l.synsets, ns)
	}
	// An exception stays when the subset has one of its lemmas, or when it
	// keeps the rules from giving a wrong one ("arses" is "arsis", not
	// "arse").
	sub := b.finish()
	for _, form := range sortedKeys(l.exc) {
		for _, e := range l.exc[form] {
			if sub.hasPOS(e.base, e.pos) || slices.ContainsFunc(sub.rules(form, e.pos), func(c string) bool { return sub.hasPOS(c, e.pos) }) {
				sub.exc[form] = append(sub.exc[form], e)
			}
		}
	}
	return sub
}

// incoming is a pointer seen from its target.
type incoming struct {
	source int32
	rel    Relation
	to     uint8
}

// reverse indexes every pointer by its target.
func (l *Lexicon) reverse() [][]incoming {
	rev := make([][]incoming, len(l.synsets))
	for s, sy := range l.synsets {
		for _, p := range l.ptrs[sy.p0:sy.p1] {
			rev[p.target] = append(rev[p.target], incoming{int32(s), p.rel, p.to})
		}
	}
	return rev
}
