package match

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// ShardOptions say how a sharded index is cut (shard.go). The zero value
// takes the defaults, measured on the CheckThat! collection and its 100k
// and 1M variations (README, "Archive scale").
type ShardOptions struct {
	// TermShardBytes and VocabShardBytes are the raw size a term or
	// vocabulary shard is cut at.
	TermShardBytes, VocabShardBytes int
	// InlinePostings is the most postings a term keeps in its record;
	// a term with more has them in blocks, by impact, the first
	// FirstBlock long and each next one twice the last.
	InlinePostings, FirstBlock int
	// GroupClaims is how many claims (in database order) share a
	// fragment file.
	GroupClaims int
	// Progress, when set, is told how many claims' fragments are written.
	Progress func(done, total int)
}

func (o ShardOptions) withDefaults() ShardOptions {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.TermShardBytes, 4<<10)
	def(&o.VocabShardBytes, 8<<10)
	def(&o.InlinePostings, 64)
	def(&o.FirstBlock, 256)
	def(&o.GroupClaims, 8)
	return o
}

// ShardStats say what WriteShards wrote.
type ShardStats struct {
	Files int
	Bytes int64 // compressed, as sent
}

// WriteShards writes ix (built by NewIndex) in its sharded form: each file
// is handed to write under its name ("index.json", "t/…"), compressed.
// Every file but the manifest is named by a hash of its content, so a
// host may cache it for ever.
func WriteShards(ix *Index, write func(name string, data []byte) error, opts ShardOptions) (ShardStats, error) {
	opts = opts.withDefaults()
	w := shardWriter{write: write}
	db := ix.DB
	m := shardManifest{
		Format: shardFormat, Version: shardVersion, Name: db.Name, Examples: db.Examples,
		Claims: ix.n, Articles: len(db.Articles), AvgLen: ix.avgLen,
		Fingerprint: fmt.Sprintf("%016x", Fingerprint(db)), Group: opts.GroupClaims,
	}
	m.Global = global(ix)
	cv, imported := ix.Coverage()
	m.Coverage, m.Imported = &cv, imported
	var err error
	if m.Terms, err = w.terms(ix, opts); err != nil {
		return w.stats, err
	}
	if m.Vocab, err = w.vocab(ix, opts); err != nil {
		return w.stats, err
	}
	if m.GroupTag, err = w.fragments(ix, opts); err != nil {
		return w.stats, err
	}
	if m.IDs, err = w.ids(ix, opts); err != nil {
		return w.stats, err
	}
	// Every file's name, for a reader who makes the index available
	// offline: fetched only then.
	list := strings.Join(w.names, "\n") + "\n"
	if m.List, err = w.putHashed("l", []byte(list)); err != nil {
		return w.stats, err
	}
	m.Bytes = w.stats.Bytes
	m.Files = w.stats.Files + 1
	data, err := json.Marshal(m)
	if err != nil {
		return w.stats, err
	}
	return w.stats, w.put(manifestName, data)
}

type shardWriter struct {
	write func(string, []byte) error
	stats ShardStats
	names []string
	wrote map[string]bool // by name: a hashed file of the same content is written once
}

// put compresses data and writes it under name.
func (w *shardWriter) put(name string, data []byte) error {
	if w.wrote[name] {
		return nil
	}
	if w.wrote == nil {
		w.wrote = map[string]bool{}
	}
	w.wrote[name] = true
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return err
	}
	w.stats.Files++
	w.stats.Bytes += int64(b.Len())
	w.names = append(w.names, name)
	return w.write(name, b.Bytes())
}

// putHashed writes data under dir/HASH.bin and returns that name.
func (w *shardWriter) putHashed(dir string, data []byte) (string, error) {
	sum := sha256.Sum256(data)
	name := dir + "/" + hex.EncodeToString(sum[:8]) + ".bin"
	return name, w.put(name, data)
}

// global is what every check reads whole, in the manifest: the words that
// are names, the proper nouns of the articles and the lexical opposites.
func global(ix *Index) globalData {
	g := globalData{Names: sortedSet(ix.names), Proper: sortedSet(ix.proper)}
	if ix.DB.Lexical != nil {
		g.Opposites = ix.DB.Lexical.Opposites
	}
	return g
}

func sortedSet(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// terms writes the term shards: every term with postings or lexical
// relations, in order, cut at TermShardBytes, and the posting blocks of
// the terms too common to keep their postings in their record.
func (w *shardWriter) terms(ix *Index, opts ShardOptions) ([]shardRef, error) {
	keys := make(map[string]bool, len(ix.postings))
	for t := range ix.postings {
		keys[t] = true
	}
	syns := standIns(ix)
	for t := range syns {
		keys[t] = true
	}
	p := w.packer("t", termMagic, opts.TermShardBytes)
	for _, t := range sortedSet(keys) {
		rec, err := w.record(ix, t, syns[t], opts)
		if err != nil {
			return nil, err
		}
		if err := p.add(t, rec, len(rec)); err != nil {
			return nil, err
		}
	}
	return p.close()
}

// standIns are the terms a term's record lists as its synonyms: WordNet's
// (claims.Lexical.Synonyms), then PPDB's paraphrases unless the index
// leaves them out, in the order Index.lexical offers them.
func standIns(ix *Index) map[string][]string {
	lx := ix.DB.Lexical
	if lx == nil {
		return nil
	}
	if ix.NoParaphrases || len(lx.Paraphrases) == 0 {
		return lx.Synonyms
	}
	out := make(map[string][]string, len(lx.Synonyms)+len(lx.Paraphrases))
	for t, s := range lx.Synonyms {
		out[t] = s
	}
	for t, p := range lx.Paraphrases {
		out[t] = append(append([]string(nil), out[t]...), p...)
	}
	return out
}

// separator returns the shortest prefix of next that sorts after prev, as
// Pagefind names its index chunks: any key from it on belongs to next's
// shard.
func separator(prev, next string) string {
	for i := 1; i <= len(next); i++ {
		if next[:i] > prev {
			return next[:i]
		}
	}
	return next
}

// record encodes one term's record: its document frequency, its
// synonyms with theirs, and its postings, inline or as blocks by impact.
func (w *shardWriter) record(ix *Index, t string, syns []string, opts ShardOptions) ([]byte, error) {
	ps := ix.postings[t]
	b := appendStr(nil, t)
	b = binary.AppendUvarint(b, uint64(len(ps)))
	b = binary.AppendUvarint(b, uint64(len(syns)))
	for _, s := range syns {
		b = appendStr(b, s)
		b = binary.AppendUvarint(b, uint64(len(ix.postings[s])))
	}
	if len(ps) <= opts.InlinePostings {
		b = binary.AppendUvarint(b, 0)
		return appendPostings(b, ix, ps), nil
	}
	// Blocks by impact: the postings a term contributes most to come
	// first, so that retrieval may stop before the rest (shard.go).
	byImpact := append([]posting(nil), ps...)
	impact := func(p posting) float64 {
		return saturation(float64(p.tf), float64(ix.lengths[p.doc]), ix.avgLen)
	}
	sort.SliceStable(byImpact, func(i, j int) bool { return impact(byImpact[i]) > impact(byImpact[j]) })
	var blocks [][]posting
	for size, rest := opts.FirstBlock, byImpact; len(rest) > 0; size *= 2 {
		n := min(size, len(rest))
		blocks = append(blocks, rest[:n])
		rest = rest[n:]
	}
	b = binary.AppendUvarint(b, uint64(len(blocks)))
	for _, blk := range blocks {
		top := float32(impact(blk[0]))
		top = math.Nextafter32(top, float32(math.Inf(1))) // a bound, never below
		sort.Slice(blk, func(i, j int) bool { return blk[i].doc < blk[j].doc })
		data := appendPostings(binary.AppendUvarint([]byte(blockMagic), uint64(len(blk))), ix, blk)
		name, err := w.putHashed("p", data)
		if err != nil {
			return nil, err
		}
		b = binary.AppendUvarint(b, uint64(len(blk)))
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(top))
		b = appendStr(b, name)
	}
	return b, nil
}

// appendPostings encodes postings in claim order: each claim's distance
// from the previous, the term's frequency and the claim's length, in
// tenths.
func appendPostings(b []byte, ix *Index, ps []posting) []byte {
	prev := int32(0)
	for _, p := range ps {
		b = binary.AppendUvarint(b, uint64(p.doc-prev))
		b = binary.AppendUvarint(b, tenths(p.tf))
		b = binary.AppendUvarint(b, tenths(ix.lengths[p.doc]))
		prev = p.doc
	}
	return b
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// vocab writes the vocabulary typo search reads (the terms without a
// digit, with their document frequencies), ordered by length then term,
// so that a typo fetches only the words of its length and first letter.
func (w *shardWriter) vocab(ix *Index, opts ShardOptions) ([]shardRef, error) {
	var keys []string
	for l, ts := range ix.byLen {
		for _, t := range ts {
			keys = append(keys, vocabKey(l, t))
		}
	}
	sort.Strings(keys)
	p := w.packer("v", vocabMagic, opts.VocabShardBytes)
	for _, k := range keys {
		t := k[vocabPrefix:]
		rec := binary.AppendUvarint(appendStr(nil, t), uint64(len(ix.postings[t])))
		if err := p.add(k, rec, len(t)+4); err != nil {
			return nil, err
		}
	}
	return p.close()
}

// fragments writes the claims, GroupClaims a file in database order,
// each with what a check reads of it besides its text: its length and
// term frequencies, the document frequency of every term it has, and the
// metadata and paragraph of each article it quotes. It returns the tag
// in the files' names: a hash of them all.
func (w *shardWriter) fragments(ix *Index, opts ShardOptions) (string, error) {
	db := ix.DB
	n := len(db.Claims)
	tag, err := contentTag(db)
	if err != nil {
		return "", err
	}
	// Groups are made on every CPU, a batch at a time, and written in order.
	ngroups := (n + opts.GroupClaims - 1) / opts.GroupClaims
	const batch = 256
	out := make([][]byte, batch)
	errs := make([]error, batch)
	for b0 := 0; b0 < ngroups; b0 += batch {
		b1 := min(b0+batch, ngroups)
		inParallel(b1-b0, func(k int) {
			lo := (b0 + k) * opts.GroupClaims
			out[k], errs[k] = fragment(ix, lo, min(lo+opts.GroupClaims, n))
		})
		for k := range b1 - b0 {
			if errs[k] != nil {
				return "", errs[k]
			}
			if err := w.put(groupName(b0+k, tag), out[k]); err != nil {
				return "", err
			}
		}
		if opts.Progress != nil {
			opts.Progress(min(b1*opts.GroupClaims, n), n)
		}
	}
	return tag, nil
}

// fragment encodes the fragment of claims lo to hi-1.
func fragment(ix *Index, lo, hi int) ([]byte, error) {
	db := ix.DB
	g := fragmentGroup{DF: map[string]int{}}
	seenArticle := map[string]bool{}
	for i := lo; i < hi; i++ {
		c := db.Claims[i]
		g.Claims = append(g.Claims, c)
		eachField(&c, func(toks []text.Token, _ float64) {
			for _, t := range toks {
				if t.Term != "" {
					g.DF[t.Term] = len(ix.postings[t.Term])
				}
			}
		})
		g.Stats = append(g.Stats, claimStats{Len: tenths(ix.lengths[i]), TF: map[string]uint64{}})
		var paras []fragmentParagraph
		for _, s := range c.Sources {
			a := db.Article(s.Article)
			if a == nil {
				paras = append(paras, fragmentParagraph{Start: -1})
				continue
			}
			if !seenArticle[a.ID] {
				seenArticle[a.ID] = true
				meta := *a
				meta.Text = ""
				g.Articles = append(g.Articles, &meta)
			}
			start, para, ok := paragraphOf(a.Text, s)
			if !ok {
				start = -1
			}
			next := nextParagraphOf(a.Text, s)
			if !mentionsDispute(strings.ToLower(next)) {
				next = ""
			}
			paras = append(paras, fragmentParagraph{Start: start, Text: para, Next: next})
		}
		g.Paragraphs = append(g.Paragraphs, paras)
	}
	// The claims' term frequencies, from the postings.
	for t := range g.DF {
		for _, p := range postingsIn(ix.postings[t], int32(lo), int32(hi)) {
			g.Stats[int(p.doc)-lo].TF[t] = tenths(p.tf)
		}
	}
	return json.Marshal(g)
}

// contentTag is a hash of every claim and article, which the fragment
// files are named by (there are too many to list each in the manifest).
func contentTag(db *claims.DB) (string, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for i := range db.Claims {
		if err := enc.Encode(&db.Claims[i]); err != nil {
			return "", err
		}
	}
	for _, a := range db.Articles {
		if err := enc.Encode(a); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:6]), nil
}

// postingsIn returns the postings of claims lo to hi-1 (postings are in
// claim order).
func postingsIn(ps []posting, lo, hi int32) []posting {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= lo })
	j := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= hi })
	return ps[i:j]
}

func groupName(i int, tag string) string { return fmt.Sprintf("c/%d-%s.bin", i, tag) }

func vocabKey(l int, term string) string { return fmt.Sprintf("%04d", l) + term }

const vocabPrefix = 4

// ids writes what finds a claim or an article by its ID (a claim's or an
// article's own page): the ID shards, every ID in order ("a:ID" for an
// article, "c:ID" for a claim), cut at TermShardBytes, each with the
// claim's number or the name of the article's file, a/HASH.bin (the
// article whole, as JSON).
func (w *shardWriter) ids(ix *Index, opts ShardOptions) ([]shardRef, error) {
	db := ix.DB
	type entry struct {
		key   string
		claim int
		file  string
	}
	entries := make([]entry, 0, len(db.Claims)+len(db.Articles))
	for i := range db.Claims {
		entries = append(entries, entry{key: idClaim + db.Claims[i].ID, claim: i})
	}
	for _, a := range db.Articles {
		data, err := json.Marshal(a)
		if err != nil {
			return nil, err
		}
		name, err := w.putHashed("a", data)
		if err != nil {
			return nil, err
		}
		entries = append(entries, entry{key: idArticle + a.ID, file: name})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	p := w.packer("i", idMagic, opts.TermShardBytes)
	for _, e := range entries {
		rec := appendStr(nil, e.key)
		if e.file != "" {
			rec = appendStr(rec, e.file)
		} else {
			rec = binary.AppendUvarint(rec, uint64(e.claim))
		}
		if err := p.add(e.key, rec, len(e.key)+len(e.file)+8); err != nil {
			return nil, err
		}
	}
	return p.close()
}

// shardPacker packs records, added in key order, into shards of about
// limit bytes: each shard is the magic, its count of records and the
// records, written as dir/HASH.bin, and its reference names the shortest
// key prefix it begins at (separator), the first shard's none.
type shardPacker struct {
	w          *shardWriter
	dir, magic string
	limit      int
	buf        []byte
	count      int
	first      string // the current shard's key prefix
	prev       string // the last key added
	refs       []shardRef
}

func (w *shardWriter) packer(dir, magic string, limit int) *shardPacker {
	return &shardPacker{w: w, dir: dir, magic: magic, limit: limit}
}

// add appends rec, the record of key, reckoned to take size bytes: a
// shard that holds records already is written first when size would
// take it past limit.
func (p *shardPacker) add(key string, rec []byte, size int) error {
	if p.count > 0 && len(p.buf)+size > p.limit {
		if err := p.flush(); err != nil {
			return err
		}
	}
	if p.count == 0 {
		p.first = separator(p.prev, key)
	}
	p.buf = append(p.buf, rec...)
	p.count++
	p.prev = key
	return nil
}

// flush writes the current shard, if it holds any record.
func (p *shardPacker) flush() error {
	if p.count == 0 {
		return nil
	}
	data := append(binary.AppendUvarint([]byte(p.magic), uint64(p.count)), p.buf...)
	name, err := p.w.putHashed(p.dir, data)
	if err != nil {
		return err
	}
	p.refs = append(p.refs, shardRef{From: p.first, File: name})
	p.buf, p.count = p.buf[:0], 0
	return nil
}

// close writes the last shard and returns the shards' references.
func (p *shardPacker) close() ([]shardRef, error) {
	if err := p.flush(); err != nil {
		return nil, err
	}
	if len(p.refs) > 0 {
		p.refs[0].From = ""
	}
	return p.refs, nil
}
