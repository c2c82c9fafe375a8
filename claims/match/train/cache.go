package main

import (
	"encoding/gob"
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims/match"
)

// The development texts weighed (gather) take minutes to check; -cache
// keeps them in a file, so that trying ways of training (-loso) does not
// check them again. The file is only read back when it holds every set
// learned from with the same content (SHA-256), and the same features:
// else the texts are weighed again and the file rewritten. It may hold
// more sets (-learn-blind): those not learned from are left aside.

// cached is a gob of gathered texts.
type cached struct {
	Features []string
	Sums     map[string]string // set name -> SHA-256 of its file
	Texts    []cachedText
	Weighed  map[string]int
}

type cachedText struct {
	Set   string
	C     labelled
	Fold  int
	Sents [][]match.Weighed
	Ys    []int
	Key   []bool
}

// gatherCached is gather, through the cache file path ("" for none).
func gatherCached(sets []*set, path string) ([]stmt, map[*set]int, error) {
	if path == "" {
		return gather(sets)
	}
	byName := map[string]*set{}
	for _, s := range sets {
		byName[s.name] = s
	}
	if f, err := os.Open(path); err == nil {
		var c cached
		err := gob.NewDecoder(f).Decode(&c)
		f.Close()
		if err == nil && fresh(c, sets) {
			var out []stmt
			weighed := map[*set]int{}
			for _, t := range c.Texts {
				s := byName[t.Set]
				if s == nil || !learnsFrom(s) {
					continue
				}
				out = append(out, stmt{set: s, c: t.C, fold: t.Fold, sents: t.Sents, ys: t.Ys, key: t.Key})
			}
			for name, n := range c.Weighed {
				if s := byName[name]; s != nil && learnsFrom(s) {
					weighed[s] = n
				}
			}
			return out, weighed, nil
		}
	}
	stmts, weighed, err := gather(sets)
	if err != nil {
		return nil, nil, err
	}
	return stmts, weighed, saveCache(path, sets, stmts, weighed)
}

// saveCache writes texts weighed to the cache file path.
func saveCache(path string, sets []*set, stmts []stmt, weighed map[*set]int) error {
	c := cached{Features: match.FeatureNames(), Sums: map[string]string{}, Weighed: map[string]int{}}
	for _, s := range sets {
		if learnsFrom(s) {
			c.Sums[s.name] = s.sum
		}
	}
	for s, n := range weighed {
		c.Weighed[s.name] = n
	}
	for _, s := range stmts {
		c.Texts = append(c.Texts, cachedText{Set: s.set.name, C: s.c, Fold: s.fold, Sents: s.sents, Ys: s.ys, Key: s.key})
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(f).Encode(c); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// fresh reports whether a cache holds every set learned from as it is
// (and maybe others, left aside).
func fresh(c cached, sets []*set) bool {
	if fmt.Sprint(c.Features) != fmt.Sprint(match.FeatureNames()) {
		return false
	}
	for _, s := range sets {
		if learnsFrom(s) && c.Sums[s.name] != s.sum {
			return false
		}
	}
	return true
}
