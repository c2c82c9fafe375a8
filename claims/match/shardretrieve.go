package match

import "sort"

// retrieve is Index.retrieve over shards, with the same claims, scores
// and order. The postings of a term too common to keep them in its record
// come in blocks from its highest-scoring claims down (shard.go), and
// retrieval fetches no more of them than it must, in the manner of
// threshold algorithms (Fagin, Lotem and Naor, "Optimal aggregation
// algorithms for middleware", 2001) and block-max indexes (Ding and
// Suel, SIGIR 2011): once the k best claims, scored on what was fetched,
// score more than any other claim could with every block not fetched,
// they are the top k; their exact scores then come from their fragments,
// which the verdict reads anyway.
func (s *shards) retrieve(ix *Index, qs []queryTerm, k int) []candidate {
	type pair struct {
		term string
		w    float64
	}
	var pairs []pair
	var terms []string
	for _, q := range qs {
		for _, alt := range q.alts {
			if !alt.synonym {
				terms = append(terms, alt.term)
			}
		}
	}
	s.loadTerms(terms)
	for _, q := range qs {
		for _, alt := range q.alts {
			if !alt.synonym {
				pairs = append(pairs, pair{alt.term, ix.IDF(alt.term) * alt.weight})
			}
		}
	}
	// What is known of each term: its record, the blocks fetched, the
	// postings seen.
	type termState struct {
		rec  *termRecord
		next int
		seen map[int32]spost
	}
	state := map[string]*termState{}
	var order []*termState
	for _, p := range pairs {
		if state[p.term] != nil {
			continue
		}
		ts := &termState{rec: s.record(p.term), seen: map[int32]spost{}}
		if ts.rec != nil {
			for _, p := range ts.rec.inline {
				ts.seen[p.doc] = p
			}
		}
		state[p.term] = ts
		order = append(order, ts)
	}
	done := func(ts *termState) bool { return ts.rec == nil || ts.next >= len(ts.rec.blocks) }
	// bound is the most a claim not seen in a term can get from it, with
	// room for rounding.
	bound := func(ts *termState, w float64) float64 {
		if done(ts) {
			return 0
		}
		return w * float64(ts.rec.blocks[ts.next].max) * (1 + 1e-9)
	}
	fetchNext := func() {
		var files []string
		var which []*termState
		for _, ts := range order {
			if !done(ts) {
				files = append(files, ts.rec.blocks[ts.next].file)
				which = append(which, ts)
			}
		}
		s.load(files, s.decodeBlock)
		s.mu.Lock()
		for i, ts := range which {
			for _, p := range s.blocks[files[i]] {
				ts.seen[p.doc] = p
			}
			ts.next++
		}
		s.mu.Unlock()
	}
	avg := s.man.AvgLen
	var top []candidate
	var exact bool
	for {
		fetchNext()
		// Each claim seen: its score from what was seen (a lower bound)
		// and the most the rest could add.
		lower := map[int32]float64{}
		for _, p := range pairs {
			for d := range state[p.term].seen {
				lower[d] += 0 // every claim seen, in no particular order yet
			}
		}
		if s.man.Claims <= k { // as Index.retrieve: every claim is a candidate
			for d := range s.man.Claims {
				lower[int32(d)] += 0
			}
		}
		unseen := 0.0
		for _, p := range pairs {
			unseen += bound(state[p.term], p.w)
		}
		// Scored claims, best first (ties by claim), sorted as a slice:
		// a comparator that reads a map is most of a large check's time.
		type scored struct {
			doc   int32
			score float64
		}
		docs := make([]scored, 0, len(lower))
		for d := range lower {
			sum := 0.0
			for _, p := range pairs {
				if sp, ok := state[p.term].seen[d]; ok {
					sum += bm25(float64(sp.tf), float64(sp.dl), avg, p.w)
				}
			}
			docs = append(docs, scored{d, sum})
		}
		sort.Slice(docs, func(i, j int) bool {
			if docs[i].score != docs[j].score {
				return docs[i].score > docs[j].score
			}
			return docs[i].doc < docs[j].doc
		})
		if unseen == 0 { // every posting seen: the scores are exact
			exact = true
			for _, d := range docs[:min(k, len(docs))] {
				top = append(top, candidate{int(d.doc), d.score})
			}
			break
		}
		if len(docs) >= k {
			theta := docs[k-1].score
			certain := unseen < theta
			for _, sd := range docs[k:] {
				if !certain {
					break
				}
				d := sd.doc
				upper := sd.score
				for _, p := range pairs {
					if _, ok := state[p.term].seen[d]; !ok {
						upper += bound(state[p.term], p.w)
					}
				}
				certain = upper < theta
			}
			if certain {
				for _, d := range docs[:k] {
					top = append(top, candidate{doc: int(d.doc)})
				}
				break
			}
		}
	}
	// The candidates' fragments, for their exact scores and the verdict.
	groups := make([]int, 0, len(top))
	for _, c := range top {
		groups = append(groups, c.doc/s.man.Group)
	}
	s.loadGroups(groups)
	if !exact {
		for i, c := range top {
			d := int32(c.doc)
			sum := 0.0
			for _, p := range pairs {
				ts := state[p.term]
				sp, ok := ts.seen[d]
				if !ok && !done(ts) {
					sp.tf, sp.dl = s.stats(c.doc, p.term)
					ok = sp.tf > 0
				}
				if ok {
					sum += bm25(float64(sp.tf), float64(sp.dl), avg, p.w)
				}
			}
			top[i].score = sum
		}
		sort.Slice(top, func(i, j int) bool {
			if top[i].score != top[j].score {
				return top[i].score > top[j].score
			}
			return top[i].doc < top[j].doc
		})
	}
	return top
}

func (s *shards) decodeBlock(name string, data []byte) error {
	r, err := newShardReader(data, blockMagic)
	if err != nil {
		return err
	}
	ps := r.postings(r.upTo(s.man.Claims), s.man.Claims)
	if r.err != nil {
		return r.err
	}
	s.blocks[name] = ps
	return nil
}
