package match

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// A sharded index is an Index cut into files that a check fetches as it
// needs them, as Pagefind does for a static site's search: a database of
// a million claims answers a statement with a few hundred kilobytes.
// WriteShards writes it; OpenShards reads it through a Fetcher (files on
// disk, or the browser's fetch). Every file is gzip-compressed (a host
// sends it as it is); all but the manifest are named by a hash of their
// content, so they can be cached for ever.
//
//	index.json   the manifest (shardManifest, JSON): the database's name,
//	             examples and size, the average claim length, the first
//	             key of every term and vocabulary shard, and what every
//	             check reads whole (globalData): the words that are
//	             names, the articles' proper nouns, the lexical opposites
//	t/H.bin      term shards: the records of a range of terms, in order.
//	             A record: the term, its document frequency, its
//	             synonyms (claims.Lexical) with theirs, and its postings
//	             (claim, frequency, claim length), inline when there are
//	             few, else as blocks in p/
//	p/H.bin      a block of a common term's postings. A term's blocks
//	             go from the postings it scores highest on (BM25
//	             saturation: frequency against length) down; each block's
//	             record holds the highest, so retrieval stops fetching
//	             once no claim left could enter the top k
//	v/H.bin      vocabulary shards: the terms without a digit, by length
//	             then term, with their frequencies: a typo fetches the
//	             words of its length (±2) and first letter
//	i/H.bin      ID shards: every claim's and article's ID in order
//	             ("c:ID", "a:ID"), with the claim's number or the name of
//	             the article's file: what a claim's or an article's own
//	             page reads (ClaimByID, ArticleByID)
//	a/H.bin      an article whole (claims.Article, JSON)
//	l/H.bin      the name of every file but the manifest, one a line: what
//	             a reader fetches to have the index offline
//	c/N-TAG.bin  fragment N: claims N×G to N×G+G-1 (G in the manifest) as
//	             JSON, with each claim's length and term frequencies, the
//	             document frequency of every term they have, and the
//	             metadata and paragraph of each article they quote:
//	             everything the verdict reads of a candidate claim
//
// Binary records are unsigned varints, strings as length and bytes. A
// check fetches the term shards of its words at once, then the blocks it
// needs, then the fragments of its candidates: with the manifest, three
// to five rounds (a typo adds one, a term common enough to need more
// than its first block one or two).
// Scores are those of the whole index to the bit (lengths and
// frequencies are whole tenths in every form).
const (
	shardFormat  = "factcheck-shards"
	shardVersion = 1
	manifestName = "index.json"
	termMagic    = "FCT1"
	blockMagic   = "FCP1"
	vocabMagic   = "FCV1"
	idMagic      = "FCI1"
	idClaim      = "c:"
	idArticle    = "a:"
)

// A Fetcher reads a file of a sharded index by its name ("index.json",
// "t/0123abcd.bin"). Fetch may be called from several goroutines at once.
type Fetcher interface {
	Fetch(name string) ([]byte, error)
}

// FetchFunc is a function as a Fetcher.
type FetchFunc func(name string) ([]byte, error)

// Fetch calls f.
func (f FetchFunc) Fetch(name string) ([]byte, error) { return f(name) }

// FSFetcher reads a sharded index from a file system (os.DirFS(dir)).
func FSFetcher(fsys fs.FS) Fetcher {
	return FetchFunc(func(name string) ([]byte, error) {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return claims.ReadLimited(f)
	})
}

type shardManifest struct {
	Format      string   `json:"format"`
	Version     int      `json:"version"`
	Name        string   `json:"name,omitempty"`
	Examples    []string `json:"examples,omitempty"`
	Claims      int      `json:"claims"`
	Articles    int      `json:"articles"`
	AvgLen      float64  `json:"avg_len"`
	Fingerprint string   `json:"fingerprint"`
	// What the database covers (claims.DB.Coverage), and how many of its
	// claims were imported from collections: what a page says of it
	// without its claims. Absent in indexes written before it.
	Coverage *claims.Coverage `json:"coverage,omitempty"`
	Imported int              `json:"imported,omitempty"`
	Global   globalData       `json:"global"`
	Terms    []shardRef       `json:"terms"`
	Vocab    []shardRef       `json:"vocab"`
	IDs      []shardRef       `json:"ids,omitempty"` // absent in indexes written before them
	Group    int              `json:"group"`         // claims a fragment
	GroupTag string           `json:"group_tag"`     // in fragments' names
	List     string           `json:"list"`          // the file that names every other
	Files    int              `json:"files"`         // every file, this one too
	Bytes    int64            `json:"bytes"`         // of every file but this one
}

// shardRef is a shard and the first key it holds (every key from it to
// the next shard's).
type shardRef struct {
	From string `json:"from"`
	File string `json:"file"`
}

type globalData struct {
	Names     []string            `json:"names"`
	Proper    []string            `json:"proper"`
	Opposites map[string][]string `json:"opposites,omitempty"`
}

type fragmentGroup struct {
	Claims     []claims.Claim        `json:"claims"`
	Stats      []claimStats          `json:"stats"`
	DF         map[string]int        `json:"df"`
	Articles   []*claims.Article     `json:"articles,omitempty"`
	Paragraphs [][]fragmentParagraph `json:"paragraphs"`
}

// claimStats are a claim's length and term frequencies, in tenths.
type claimStats struct {
	Len uint64            `json:"len"`
	TF  map[string]uint64 `json:"tf"`
}

// fragmentParagraph is the paragraph a source stands in (Start -1 when
// its article is not in the database), and the paragraph after it when
// that may dispute what the source says (mentionsDispute: the one
// reading of the next paragraph, disputed), so that a fragment does not
// carry every article twice.
type fragmentParagraph struct {
	Start int    `json:"start"`
	Text  string `json:"text,omitempty"`
	Next  string `json:"next,omitempty"`
}

// spost is a posting as shards hold it, with its claim's length.
type spost struct {
	doc    int32
	tf, dl float32
}

type termRecord struct {
	df     int
	syns   []string
	inline []spost
	blocks []blockRef
}

type blockRef struct {
	count int
	max   float32 // the highest saturation of its postings, rounded up
	file  string
}

// shards is what a sharded index has fetched so far. Fetched files are
// decoded once and never change, so checks share them; the mutex guards
// the maps.
type shards struct {
	fetch Fetcher
	man   shardManifest

	mu       sync.Mutex
	loaded   map[string]bool // files fetched and decoded
	records  map[string]*termRecord
	dfs      map[string]int // known document frequencies, from any file
	vocab    map[string][]vocabEntry
	blocks   map[string][]spost
	ids      map[string]idEntry
	groups   map[int]*fragmentGroup
	articles map[string]*claims.Article
	paras    map[sourceKey]fragmentParagraph
	err      error // the first failed fetch
	fetched  int   // files and bytes fetched
	fetchedB int64
}

type vocabEntry struct {
	term string
	df   int
}

type sourceKey struct {
	article    string
	start, end int
}

// OpenShards opens a sharded index: it fetches the manifest and what
// every check reads whole; the rest comes as checks need it.
func OpenShards(f Fetcher) (*Index, error) {
	s := &shards{fetch: f, loaded: map[string]bool{}, records: map[string]*termRecord{},
		dfs: map[string]int{}, vocab: map[string][]vocabEntry{}, blocks: map[string][]spost{},
		groups: map[int]*fragmentGroup{}, ids: map[string]idEntry{}, articles: map[string]*claims.Article{}, paras: map[sourceKey]fragmentParagraph{}}
	data, err := s.get(manifestName)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &s.man); err != nil {
		return nil, fmt.Errorf("sharded index: %s: %w", manifestName, err)
	}
	m := &s.man
	switch {
	case m.Format != shardFormat:
		return nil, fmt.Errorf("sharded index: %s is not a factcheck index", manifestName)
	case m.Version != shardVersion:
		return nil, fmt.Errorf("sharded index version %d, this factcheck reads version %d", m.Version, shardVersion)
	case m.Claims < 0 || m.Group <= 0 || m.AvgLen < 0 || math.IsNaN(m.AvgLen):
		return nil, fmt.Errorf("sharded index: %s is damaged", manifestName)
	}
	g := m.Global
	db := &claims.DB{Format: claims.Format, Version: claims.Version, Name: m.Name, Examples: m.Examples,
		Articles: []*claims.Article{}, Lexical: &claims.Lexical{Opposites: g.Opposites}}
	ix := &Index{DB: db, sh: s, n: m.Claims, avgLen: m.AvgLen, proper: setOf(g.Proper), names: setOf(g.Names)}
	ix.maxIDF = idf(ix.n, 0)
	return ix, nil
}

// wordSet is the set of the space-separated words of a word list written in
// the code. A map literal of n words compiles to n map assignments in the
// package's init (about 80 bytes of WebAssembly each); one string and one
// loop cost far less in app.wasm, with the same set.
func wordSet(words string) map[string]bool { return setOf(strings.Fields(words)) }

func setOf(words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[w] = true
	}
	return out
}

// Coverage says what the database covers and how many of its claims were
// imported from fact-check collections (drawn from no article). A
// sharded index holds no claims until a check fetches them: it says what
// its manifest says (nothing, in indexes written before it did).
func (ix *Index) Coverage() (cv claims.Coverage, imported int) {
	if ix.sh != nil {
		if c := ix.sh.man.Coverage; c != nil {
			cv = *c
		}
		return cv, ix.sh.man.Imported
	}
	for _, c := range ix.DB.Claims {
		if c.Kind == claims.KindImported {
			imported++
		}
	}
	return ix.DB.Coverage(), imported
}

// Sharded tells whether ix is a sharded index (OpenShards), whose claims
// and articles are fetched as checks need them: ix.DB holds none.
func (ix *Index) Sharded() bool { return ix.sh != nil }

// FetchStats says how many files and bytes (as sent) a sharded index has
// fetched since it was opened; zero for a whole index.
func (ix *Index) FetchStats() (files int, bytes int64) {
	if ix.sh == nil {
		return 0, 0
	}
	ix.sh.mu.Lock()
	defer ix.sh.mu.Unlock()
	return ix.sh.fetched, ix.sh.fetchedB
}

// ShardFiles returns the name of every file of a sharded index, the
// manifest first, and how many bytes they hold: what to fetch to have it
// all offline. A whole index has none.
func (ix *Index) ShardFiles() ([]string, int64, error) {
	if ix.sh == nil {
		return nil, 0, nil
	}
	data, err := ix.sh.get(ix.sh.man.List)
	if err != nil {
		return nil, 0, err
	}
	names := []string{manifestName, ix.sh.man.List}
	for _, n := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if n != "" {
			names = append(names, n)
		}
	}
	if len(names) != ix.sh.man.Files {
		return nil, 0, fmt.Errorf("sharded index: %s names %d files, the manifest %d", ix.sh.man.List, len(names), ix.sh.man.Files)
	}
	return names, ix.sh.man.Bytes, nil
}

// ClaimByID returns the claim of an ID, or nil. A sharded index fetches
// it (its ID shard, then its fragment): call it where a fetch may block,
// never on the page's UI goroutine.
func (ix *Index) ClaimByID(id string) *claims.Claim {
	if ix.sh == nil {
		return ix.DB.Claim(id)
	}
	e, ok := ix.sh.id(idClaim + id)
	if !ok {
		return nil
	}
	if c := ix.sh.claim(e.claim); c.ID == id {
		return c
	}
	return nil
}

// ArticleByID returns the article of an ID, with its text, or nil. A
// sharded index fetches it, as ClaimByID does.
func (ix *Index) ArticleByID(id string) *claims.Article {
	if ix.sh == nil {
		return ix.DB.Article(id)
	}
	e, ok := ix.sh.id(idArticle + id)
	if !ok || e.file == "" {
		return nil
	}
	data, err := ix.sh.get(e.file)
	if err != nil {
		ix.sh.fail(err)
		return nil
	}
	var a claims.Article
	if err := json.Unmarshal(data, &a); err != nil || a.ID != id {
		ix.sh.fail(fmt.Errorf("sharded index: %s is not article %q", e.file, id))
		return nil
	}
	return &a
}

// FetchErr returns the first fetch that failed, if any: a check made
// after it may have missed claims, and says nothing reliable.
func (ix *Index) FetchErr() error {
	if ix.sh == nil {
		return nil
	}
	ix.sh.mu.Lock()
	defer ix.sh.mu.Unlock()
	return ix.sh.err
}

// get fetches one file and decompresses it.
func (s *shards) get(name string) ([]byte, error) {
	data, err := s.fetch.Fetch(name)
	if err != nil {
		return nil, fmt.Errorf("sharded index: fetch %s: %w", name, err)
	}
	s.mu.Lock()
	s.fetched++
	s.fetchedB += int64(len(data))
	s.mu.Unlock()
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		if data, err = gunzip(data); err != nil {
			return nil, fmt.Errorf("sharded index: %s: %w", name, err)
		}
	}
	return data, nil
}

// load fetches the files not loaded yet, at once, and decodes each with
// decode under the lock. A failure is remembered (FetchErr).
func (s *shards) load(names []string, decode func(name string, data []byte) error) {
	s.mu.Lock()
	var todo []string
	seen := map[string]bool{}
	for _, n := range names {
		if !s.loaded[n] && !seen[n] {
			seen[n] = true
			todo = append(todo, n)
		}
	}
	s.mu.Unlock()
	datas := make([][]byte, len(todo))
	errs := make([]error, len(todo))
	var wg sync.WaitGroup
	for i, n := range todo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			datas[i], errs[i] = s.get(n)
		}()
	}
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, n := range todo {
		err := errs[i]
		if err == nil && !s.loaded[n] {
			if err = decode(n, datas[i]); err != nil {
				err = fmt.Errorf("sharded index: %s: %w", n, err)
			}
		}
		if err != nil {
			if s.err == nil {
				s.err = err
			}
			continue
		}
		s.loaded[n] = true
	}
}

// fail remembers the first error (FetchErr).
func (s *shards) fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = err
	}
}

// idEntry is what an ID shard says of an ID: the claim's number, or the
// article's file.
type idEntry struct {
	claim int
	file  string
}

// id looks up a key of the ID shards ("c:ID", "a:ID").
func (s *shards) id(key string) (idEntry, bool) {
	f := shardOf(s.man.IDs, key)
	if f == "" {
		return idEntry{}, false
	}
	s.load([]string{f}, s.decodeIDs)
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.ids[key]
	return e, ok
}

func (s *shards) decodeIDs(name string, data []byte) error {
	keys, entries, err := s.parseIDs(data)
	if err != nil {
		return err
	}
	for i, k := range keys {
		s.ids[k] = entries[i]
	}
	return nil
}

// parseIDs reads an ID shard: its keys in order, and what each says.
func (s *shards) parseIDs(data []byte) (keys []string, entries []idEntry, err error) {
	r, err := newShardReader(data, idMagic)
	if err != nil {
		return nil, nil, err
	}
	n := r.count(len(data))
	for i := 0; i < n && r.err == nil; i++ {
		key := r.str()
		var e idEntry
		if strings.HasPrefix(key, idArticle) {
			e.file = r.str()
			if !strings.HasPrefix(e.file, "a/") || strings.Contains(e.file, "..") {
				r.fail()
			}
		} else {
			e.claim = r.upTo(s.man.Claims - 1)
		}
		keys = append(keys, key)
		entries = append(entries, e)
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	return keys, entries, nil
}

// ClaimAt returns the claim numbered i in the database's order (0 to
// Claims()-1), or nil. A sharded index fetches its fragment, as ClaimByID
// does, and keeps it: a static site's generator reads the first claims
// this way, never all of a million.
func (ix *Index) ClaimAt(i int) *claims.Claim {
	if i < 0 || i >= ix.Claims() {
		return nil
	}
	if ix.sh == nil {
		return &ix.DB.Claims[i]
	}
	if c := ix.sh.claim(i); c.ID != emptyClaim.ID {
		return c
	}
	return nil
}

// ArticleIDs returns the ID of every article of the database: in its
// order for a whole index; in ID order for a sharded one, read from its
// ID shards (articles' keys come before claims', so it reads only the
// shards that hold articles), without the articles' text.
func (ix *Index) ArticleIDs() ([]string, error) {
	if ix.sh == nil {
		ids := make([]string, len(ix.DB.Articles))
		for i, a := range ix.DB.Articles {
			ids[i] = a.ID
		}
		return ids, nil
	}
	s := ix.sh
	if len(s.man.IDs) == 0 && s.man.Claims+s.man.Articles > 0 {
		return nil, errors.New("sharded index: written before it had ID shards (i/): build it again with this factcheck")
	}
	var ids []string
	for _, ref := range s.man.IDs {
		if ref.From >= idClaim {
			break
		}
		data, err := s.get(ref.File)
		if err != nil {
			return nil, err
		}
		keys, _, err := s.parseIDs(data)
		if err != nil {
			return nil, fmt.Errorf("sharded index: %s: %w", ref.File, err)
		}
		for _, k := range keys {
			if id, ok := strings.CutPrefix(k, idArticle); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids, nil
}

// termShard returns the term shard a key falls in, or "".
func (s *shards) termShard(key string) string {
	return shardOf(s.man.Terms, key)
}

func shardOf(refs []shardRef, key string) string {
	i := sort.Search(len(refs), func(i int) bool { return refs[i].From > key }) - 1
	if i < 0 {
		return ""
	}
	return refs[i].File
}

// loadTerms fetches the term shards of keys.
func (s *shards) loadTerms(keys []string) {
	var files []string
	for _, k := range keys {
		if f := s.termShard(k); f != "" {
			files = append(files, f)
		}
	}
	s.load(files, s.decodeTerms)
}

func (s *shards) decodeTerms(name string, data []byte) error {
	r, err := newShardReader(data, termMagic)
	if err != nil {
		return err
	}
	n := r.count(len(data))
	recs := make(map[string]*termRecord, n)
	for i := 0; i < n && r.err == nil; i++ {
		key := r.str()
		rec := &termRecord{df: r.upTo(s.man.Claims)}
		syns := map[string]int{}
		for j, ns := 0, r.count(len(data)); j < ns && r.err == nil; j++ {
			t := r.str()
			syns[t] = r.upTo(s.man.Claims)
			rec.syns = append(rec.syns, t)
		}
		nb := r.count(len(data))
		if nb == 0 {
			rec.inline = r.postings(rec.df, s.man.Claims)
		}
		for j := 0; j < nb && r.err == nil; j++ {
			b := blockRef{count: r.upTo(s.man.Claims)}
			b.max = r.float32()
			b.file = r.str()
			rec.blocks = append(rec.blocks, b)
		}
		recs[key] = rec
		for t, df := range syns {
			if _, ok := recs[t]; !ok {
				s.dfs[t] = df
			}
		}
	}
	if r.err != nil {
		return r.err
	}
	for k, rec := range recs {
		s.records[k] = rec
		s.dfs[k] = rec.df
	}
	return nil
}

// record returns a term's record (nil when the index has no such term),
// fetching its shard if need be.
func (s *shards) record(term string) *termRecord {
	f := s.termShard(term)
	s.mu.Lock()
	ok := f == "" || s.loaded[f]
	rec := s.records[term]
	s.mu.Unlock()
	if ok {
		return rec
	}
	s.loadTerms([]string{term})
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.records[term]
}

// df returns a term's document frequency.
func (s *shards) df(term string) int {
	s.mu.Lock()
	n, ok := s.dfs[term]
	s.mu.Unlock()
	if ok {
		return n
	}
	if rec := s.record(term); rec != nil {
		return rec.df
	}
	return 0
}

func (s *shards) synonyms(term string) []string {
	if rec := s.record(term); rec != nil {
		return rec.syns
	}
	return nil
}

// prefetchStatement fetches at once the term shards of a statement's
// words and of what queryTerms derives from them, then the vocabulary
// its unknown words' typo search reads.
func (s *shards) prefetchStatement(toks []text.Token) {
	var keys []string
	for _, t := range toks {
		if t.Term == "" {
			continue
		}
		keys = append(keys, t.Term)
		if w := text.Normalize(t.Text); t.Kind == text.Word && len(w) >= 5 && strings.HasSuffix(w, "in") {
			keys = append(keys, text.Stem(w+"g"))
		}
	}
	s.loadTerms(keys)
	var files []string
	for _, t := range toks {
		if t.Stop || t.Neg || t.Kind != text.Word || len(t.Term) < minFuzzyLen || s.df(t.Term) > 0 {
			continue
		}
		for _, r := range typoRanges(t.Term) {
			files = append(files, s.vocabFiles(r.l, r.first)...)
		}
	}
	s.load(files, s.decodeVocab)
}

type vocabRange struct {
	l     int
	first byte
}

// typoRanges are the vocabulary typoExpansions reads for a term.
func typoRanges(term string) []vocabRange {
	maxDist, first := maxTypoEdits(term), term[0]
	if maxDist > 1 {
		first = 0 // two edits may change the first letter
	}
	var out []vocabRange
	for l := len(term) - maxDist; l <= len(term)+maxDist; l++ {
		out = append(out, vocabRange{l, first})
	}
	return append(out, vocabRange{len(term) + 1, term[0]}, vocabRange{len(term) + 2, term[0]})
}

// vocabFiles returns the vocabulary shards that hold terms of length l
// (beginning with first, unless it is 0).
func (s *shards) vocabFiles(l int, first byte) []string {
	lo := vocabKey(l, "")
	if first != 0 {
		lo += string(first)
	}
	hi := lo + "\xff"
	refs := s.man.Vocab
	var out []string
	for i, r := range refs {
		end := "\xff\xff\xff\xff\xff"
		if i+1 < len(refs) {
			end = refs[i+1].From
		}
		if r.From < hi && end > lo {
			out = append(out, r.File)
		}
	}
	return out
}

func (s *shards) decodeVocab(name string, data []byte) error {
	r, err := newShardReader(data, vocabMagic)
	if err != nil {
		return err
	}
	n := r.count(len(data))
	var out []vocabEntry
	for i := 0; i < n && r.err == nil; i++ {
		e := vocabEntry{term: r.str()}
		e.df = r.upTo(s.man.Claims)
		out = append(out, e)
	}
	if r.err != nil {
		return r.err
	}
	s.vocab[name] = out
	for _, e := range out {
		s.dfs[e.term] = e.df
	}
	return nil
}

// vocabulary returns the terms of length l without a digit (those that
// begin with first, and maybe a few more, when first is not 0).
func (s *shards) vocabulary(l int, first byte) []string {
	if l <= 0 {
		return nil
	}
	files := s.vocabFiles(l, first)
	s.load(files, s.decodeVocab)
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, f := range files {
		for _, e := range s.vocab[f] {
			if len(e.term) == l && (first == 0 || e.term[0] == first) {
				out = append(out, e.term)
			}
		}
	}
	return out
}

// group returns fragment g, fetching it if need be (nil if it cannot).
func (s *shards) group(g int) *fragmentGroup {
	s.mu.Lock()
	fg := s.groups[g]
	s.mu.Unlock()
	if fg == nil {
		s.loadGroups([]int{g})
		s.mu.Lock()
		fg = s.groups[g]
		s.mu.Unlock()
	}
	return fg
}

// loadGroups fetches the fragments of claims' groups at once.
func (s *shards) loadGroups(gs []int) {
	names := make([]string, 0, len(gs))
	index := map[string]int{}
	for _, g := range gs {
		n := groupName(g, s.man.GroupTag)
		names = append(names, n)
		index[n] = g
	}
	s.load(names, func(name string, data []byte) error {
		g := index[name]
		var fg fragmentGroup
		if err := json.Unmarshal(data, &fg); err != nil {
			return err
		}
		want := min(s.man.Group, s.man.Claims-g*s.man.Group)
		if len(fg.Claims) != want || len(fg.Stats) != want || len(fg.Paragraphs) != want {
			return errors.New("fragment does not hold the claims the manifest says")
		}
		s.groups[g] = &fg
		for t, df := range fg.DF {
			s.dfs[t] = df
		}
		for _, a := range fg.Articles {
			if a != nil {
				s.articles[a.ID] = a
			}
		}
		for i, c := range fg.Claims {
			for j, src := range c.Sources {
				if j < len(fg.Paragraphs[i]) {
					s.paras[sourceKey{src.Article, src.Start, src.End}] = fg.Paragraphs[i][j]
				}
			}
		}
		return nil
	})
}

// emptyClaim stands for a claim whose fragment could not be fetched
// (FetchErr says why): it matches nothing.
var emptyClaim = claims.Claim{ID: "unavailable"}

func (s *shards) claim(i int) *claims.Claim {
	if i < 0 || i >= s.man.Claims {
		return &emptyClaim
	}
	fg := s.group(i / s.man.Group)
	if fg == nil {
		c := emptyClaim
		return &c
	}
	return &fg.Claims[i%s.man.Group]
}

func (s *shards) article(id string) *claims.Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.articles[id]
}

func (s *shards) nextParagraph(src claims.Source) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.paras[sourceKey{src.Article, src.Start, src.End}].Next
}

func (s *shards) paragraph(src claims.Source) (int, string, bool) {
	s.mu.Lock()
	p, ok := s.paras[sourceKey{src.Article, src.Start, src.End}]
	s.mu.Unlock()
	if !ok || p.Start < 0 {
		return 0, "", false
	}
	return p.Start, p.Text, true
}

// stats returns a claim's length and frequency of term, in tenths as the
// postings hold them.
func (s *shards) stats(i int, term string) (tf, dl float32) {
	fg := s.group(i / s.man.Group)
	if fg == nil {
		return 0, 0
	}
	st := fg.Stats[i%s.man.Group]
	return float32(st.TF[term]) / 10, float32(st.Len) / 10
}

// shardReader reads the binary records of term, block and vocabulary
// files, remembering the first error.
type shardReader struct{ indexReader }

func newShardReader(data []byte, magic string) (*shardReader, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("not a factcheck index shard")
	}
	return &shardReader{indexReader{data: data, at: len(magic)}}, nil
}

// upTo reads a number that may not exceed bound (a frequency, a claim).
func (r *shardReader) upTo(bound int) int {
	v := r.uv()
	if v > uint64(bound) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *shardReader) float32() float32 {
	if r.err != nil || r.at+4 > len(r.data) {
		r.fail()
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(r.data[r.at:]))
	r.at += 4
	return v
}

// postings reads n postings of claims below claims.
func (r *shardReader) postings(n, nclaims int) []spost {
	out := make([]spost, 0, min(n, len(r.data)))
	doc := uint64(0)
	for k := 0; k < n && r.err == nil; k++ {
		doc += r.uv()
		if doc >= uint64(nclaims) {
			r.fail()
			break
		}
		tf := float32(r.uv()) / 10
		dl := float32(r.uv()) / 10
		out = append(out, spost{int32(doc), tf, dl})
	}
	return out
}
