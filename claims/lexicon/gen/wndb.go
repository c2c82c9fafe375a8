package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// This file reads WordNet 3.0's database files as wndb(5WN) describes them:
//
//	data.POS   synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...]
//	           p_cnt [pointer_symbol synset_offset pos source/target...] [frames...] | gloss
//	index.POS  lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
//	POS.exc    inflected_form base_form [base_form...]
//
// w_cnt is two hex digits, lex_id one, p_cnt three decimal digits;
// source/target is four hex digits, 0000 for a pointer between synsets,
// else the numbers of the source and target words. Lines that start with
// two spaces are the licence. index lists a lemma's synsets by frequency.

// files are WordNet's file suffixes, in the order the lexicon lists synsets.
var files = []struct {
	pos  byte
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

type synKey struct {
	file   byte // n, v, a (adjectives and satellites) or r
	offset int
}

type wnSynset struct {
	key   synKey
	pos   byte // ss_type: n, v, a, s or r
	lex   int
	words []string // lower case, spaces for "_", adjective markers like "(a)" dropped; duplicates kept so word numbers hold
	lexID []int    // each word's lex_id, for its sense key
	ptrs  []wnPointer
	gloss string
}

type wnPointer struct {
	sym      string
	target   synKey
	src, tgt int // 0, 0 for a semantic pointer
}

type wordNet struct {
	synsets []*wnSynset
	byKey   map[synKey]int
	index   map[byte]map[string][]int // file pos -> lemma -> synset offsets by frequency
	counts  map[string]int            // sense key -> times tagged in the semantic concordances (cntlist.rev)
	counted map[string]bool           // the sense keys count found
	exc     map[byte][][]string       // file pos -> lines of the exception list
	licence []string                  // the licence lines at the top of data.noun
}

func readWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{byKey: map[synKey]int{}, index: map[byte]map[string][]int{}, exc: map[byte][][]string{}, counts: map[string]int{}, counted: map[string]bool{}}
	for _, f := range files {
		if err := wn.readData(filepath.Join(dir, "data."+f.name), f.pos); err != nil {
			return nil, err
		}
		if err := wn.readIndex(filepath.Join(dir, "index."+f.name), f.pos); err != nil {
			return nil, err
		}
		if err := wn.readExc(filepath.Join(dir, f.name+".exc"), f.pos); err != nil {
			return nil, err
		}
	}
	if err := wn.readCounts(filepath.Join(dir, "cntlist.rev")); err != nil {
		return nil, err
	}
	if len(wn.licence) == 0 || !strings.Contains(strings.Join(wn.licence, " "), "WordNet 3.0 Copyright 2006 by Princeton University") {
		return nil, fmt.Errorf("%s: data.noun does not start with the WordNet 3.0 licence; is this WordNet 3.0?", dir)
	}
	for _, s := range wn.synsets {
		for _, p := range s.ptrs {
			if _, ok := wn.byKey[p.target]; !ok {
				return nil, fmt.Errorf("synset %c%08d points to missing %c%08d", s.key.file, s.key.offset, p.target.file, p.target.offset)
			}
		}
	}
	return wn, nil
}

// eachLine calls fn with every line of a file.
func eachLine(path string, fn func(line string, n int) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if err := fn(sc.Text(), n); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func (wn *wordNet) readData(path string, file byte) error {
	return eachLine(path, func(line string, n int) error {
		if strings.HasPrefix(line, "  ") {
			if file == 'n' {
				_, text, _ := strings.Cut(strings.TrimSpace(line), " ") // drop the line number
				wn.licence = append(wn.licence, strings.TrimSpace(text))
			}
			return nil
		}
		body, gloss, _ := strings.Cut(line, "|")
		f := strings.Fields(body)
		bad := func(what string) error { return fmt.Errorf("bad %s in %q", what, line) }
		if len(f) < 6 {
			return bad("synset")
		}
		s := &wnSynset{gloss: strings.TrimSpace(gloss)}
		var err error
		if s.key.offset, err = strconv.Atoi(f[0]); err != nil {
			return bad("offset")
		}
		s.key.file = file
		if s.lex, err = strconv.Atoi(f[1]); err != nil {
			return bad("lex_filenum")
		}
		s.pos = f[2][0]
		wc, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || wc < 1 || len(f) < 4+2*int(wc)+1 {
			return bad("w_cnt")
		}
		for i := 0; i < int(wc); i++ {
			w := f[4+2*i]
			if j := strings.IndexByte(w, '('); j > 0 && strings.HasSuffix(w, ")") { // adjective position marker
				w = w[:j]
			}
			s.words = append(s.words, strings.ToLower(strings.ReplaceAll(w, "_", " ")))
			id, err := strconv.ParseInt(f[5+2*i], 16, 32)
			if err != nil {
				return bad("lex_id")
			}
			s.lexID = append(s.lexID, int(id))
		}
		k := 4 + 2*int(wc)
		pc, err := strconv.Atoi(f[k])
		if err != nil || len(f) < k+1+4*pc {
			return bad("p_cnt")
		}
		for i := 0; i < pc; i++ {
			p := f[k+1+4*i : k+5+4*i]
			off, err := strconv.Atoi(p[1])
			if err != nil || len(p[2]) != 1 || len(p[3]) != 4 {
				return bad("pointer")
			}
			tfile := p[2][0]
			if tfile == 's' {
				tfile = 'a'
			}
			src, err1 := strconv.ParseInt(p[3][:2], 16, 32)
			tgt, err2 := strconv.ParseInt(p[3][2:], 16, 32)
			if err1 != nil || err2 != nil {
				return bad("pointer source/target")
			}
			s.ptrs = append(s.ptrs, wnPointer{sym: p[0], target: synKey{tfile, off}, src: int(src), tgt: int(tgt)})
		}
		wn.byKey[s.key] = len(wn.synsets)
		wn.synsets = append(wn.synsets, s)
		return nil
	})
}

func (wn *wordNet) readIndex(path string, file byte) error {
	idx := map[string][]int{}
	wn.index[file] = idx
	return eachLine(path, func(line string, n int) error {
		if strings.HasPrefix(line, "  ") {
			return nil
		}
		f := strings.Fields(line)
		if len(f) < 6 {
			return fmt.Errorf("bad index line %q", line)
		}
		cnt, err1 := strconv.Atoi(f[2])
		pcnt, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || len(f) != 4+pcnt+2+cnt {
			return fmt.Errorf("bad index line %q", line)
		}
		for _, o := range f[len(f)-cnt:] {
			off, err := strconv.Atoi(o)
			if err != nil {
				return fmt.Errorf("bad offset in %q", line)
			}
			lemma := strings.ReplaceAll(f[0], "_", " ")
			idx[lemma] = append(idx[lemma], off)
		}
		return nil
	})
}

func (wn *wordNet) readExc(path string, file byte) error {
	return eachLine(path, func(line string, n int) error {
		f := strings.Fields(line) // "_" joins the words of a multi-word form
		if len(f) < 2 {
			return fmt.Errorf("bad exception line %q", line)
		}
		for i := range f {
			f[i] = strings.ToLower(strings.ReplaceAll(f[i], "_", " "))
		}
		wn.exc[file] = append(wn.exc[file], f)
		return nil
	})
}

// readCounts reads cntlist.rev: "sense_key sense_number tag_cnt" a line.
func (wn *wordNet) readCounts(path string) error {
	return eachLine(path, func(line string, n int) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("bad count line %q", line)
		}
		c, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("bad count in %q", line)
		}
		wn.counts[f[0]] += c
		return nil
	})
}

// senseKey is WordNet's name for word i of a synset (senseidx(5WN)):
// lemma%ss_type:lex_filenum:lex_id:head_word:head_id, where ss_type is 1
// to 5 for n, v, a, r, s, and an adjective satellite names the first word
// of its head synset.
func (wn *wordNet) senseKey(s *wnSynset, i int) string {
	types := map[byte]int{'n': 1, 'v': 2, 'a': 3, 'r': 4, 's': 5}
	head := ":"
	if s.pos == 's' {
		for _, p := range s.ptrs {
			if p.sym == "&" {
				h := wn.synset(p.target)
				head = fmt.Sprintf("%s:%02d", strings.ReplaceAll(h.words[0], " ", "_"), h.lexID[0])
				break
			}
		}
	}
	return fmt.Sprintf("%s%%%d:%02d:%02d:%s", strings.ReplaceAll(s.words[i], " ", "_"), types[s.pos], s.lex, s.lexID[i], head)
}

// count returns how often word i of a synset was tagged in WordNet's
// semantic concordances.
func (wn *wordNet) count(s *wnSynset, i int) int {
	k := wn.senseKey(s, i)
	if _, ok := wn.counts[k]; ok {
		wn.counted[k] = true
	}
	return wn.counts[k]
}

// rank returns lemma's sense number for a synset: its place, from 1, in
// index's list of the lemma's synsets of that part of speech; 0 if missing.
func (wn *wordNet) rank(lemma string, key synKey) int {
	for i, off := range wn.index[key.file][lemma] {
		if off == key.offset {
			return i + 1
		}
	}
	return 0
}

// synset returns the synset with key.
func (wn *wordNet) synset(key synKey) *wnSynset { return wn.synsets[wn.byKey[key]] }

// is reports whether s is, by hypernym or instance hypernym pointers,
// below (or at) a synset of anc.
func (wn *wordNet) is(s *wnSynset, anc map[synKey]bool) bool {
	seen := map[synKey]bool{}
	var walk func(*wnSynset) bool
	walk = func(x *wnSynset) bool {
		if anc[x.key] {
			return true
		}
		if seen[x.key] {
			return false
		}
		seen[x.key] = true
		for _, p := range x.ptrs {
			if (p.sym == "@" || p.sym == "@i") && walk(wn.synset(p.target)) {
				return true
			}
		}
		return false
	}
	return walk(s)
}
