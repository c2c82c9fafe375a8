package match

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"sort"

	"github.com/factcheck/factcheck/claims"
)

// The index's binary form, written beside a database so that the browser
// decodes an index instead of building one (factcheck's start-up cost grew
// with the database: 1.1 s at 10,000 claims in WebAssembly). Layout, all
// integers unsigned varints:
//
//	"FCIX" version
//	fingerprint (8 bytes, little-endian): of the database it indexes
//	claims; each claim's length ×10
//	terms; each term: its bytes' length, its bytes, its postings; each
//	  posting: the claim's distance from the previous one, tf ×10
//	proper words; each: length, bytes
//	name terms; each: length, bytes
//
// Field weights are tenths (bm25.go), so lengths and frequencies are whole
// tenths and round-trip exactly.
const (
	indexMagic   = "FCIX"
	indexVersion = 1
)

// ErrIndexMismatch is returned for an index written for another database.
var ErrIndexMismatch = errors.New("index does not match the database")

// EncodeIndex writes the index in its binary form. (A function, not a
// MarshalBinary method: the linker keeps every exported method of a type
// in a program that looks methods up by name, as go-app does, so a
// method would stay in app.wasm, which only decodes.)
func EncodeIndex(ix *Index) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(indexMagic)
	uv := func(v uint64) { b.Write(binary.AppendUvarint(nil, v)) }
	str := func(s string) { uv(uint64(len(s))); b.WriteString(s) }
	uv(indexVersion)
	b.Write(binary.LittleEndian.AppendUint64(nil, Fingerprint(ix.DB)))
	uv(uint64(len(ix.lengths)))
	for _, l := range ix.lengths {
		uv(tenths(l))
	}
	terms := make([]string, 0, len(ix.postings))
	for t := range ix.postings {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	uv(uint64(len(terms)))
	for _, t := range terms {
		str(t)
		ps := ix.postings[t]
		uv(uint64(len(ps)))
		prev := int32(0)
		for _, p := range ps {
			uv(uint64(p.doc - prev))
			uv(tenths(p.tf))
			prev = p.doc
		}
	}
	for _, set := range []map[string]bool{ix.proper, ix.names} {
		words := make([]string, 0, len(set))
		for w := range set {
			words = append(words, w)
		}
		sort.Strings(words)
		uv(uint64(len(words)))
		for _, w := range words {
			str(w)
		}
	}
	return b.Bytes(), nil
}

func tenths(v float32) uint64 { return uint64(math.Round(float64(v) * 10)) }

// DecodeIndex reads an index written by EncodeIndex for db. An index of
// another database, another version or a damaged file is an error, never
// a panic: the caller builds the index instead (NewIndex).
func DecodeIndex(db *claims.DB, data []byte) (*Index, error) {
	r := indexReader{data: data}
	if len(data) < len(indexMagic) || string(data[:len(indexMagic)]) != indexMagic {
		return nil, errors.New("not a factcheck index")
	}
	r.at = len(indexMagic)
	if v := r.uv(); v != indexVersion {
		return nil, fmt.Errorf("index version %d, this factcheck reads version %d", v, indexVersion)
	}
	if r.at+8 > len(data) {
		return nil, errors.New("index is truncated")
	}
	if fp := binary.LittleEndian.Uint64(data[r.at:]); fp != Fingerprint(db) {
		return nil, ErrIndexMismatch
	}
	r.at += 8
	n := r.count(len(db.Claims) + 1)
	if r.err == nil && n != len(db.Claims) {
		return nil, ErrIndexMismatch
	}
	ix := &Index{DB: db, lengths: make([]float32, n)}
	for i := range ix.lengths {
		ix.lengths[i] = float32(r.uv()) / 10
	}
	nt := r.count(len(data))
	ix.postings = make(map[string][]posting, nt)
	for i := 0; i < nt && r.err == nil; i++ {
		t := r.str()
		np := r.count(n)
		ps := make([]posting, np)
		doc := uint64(0)
		for k := range ps {
			doc += r.uv()
			if doc >= uint64(n) {
				r.fail()
				break
			}
			ps[k] = posting{int32(doc), float32(r.uv()) / 10}
		}
		ix.postings[t] = ps
	}
	ix.proper, ix.names = r.set(), r.set()
	if r.err != nil {
		return nil, r.err
	}
	ix.finish()
	return ix, nil
}

// Fingerprint identifies a database's claims as the index sees them: an
// FNV-1a hash of every claim's ID, text, quotes, title and speaker, and of
// the articles' IDs and lengths.
func Fingerprint(db *claims.DB) uint64 {
	h := fnv.New64a()
	w := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	for _, a := range db.Articles {
		w(a.ID)
		w(fmt.Sprint(len(a.Text)))
	}
	for _, c := range db.Claims {
		w(c.ID)
		w(c.Text)
		w(c.Title)
		w(c.Speaker)
		for _, s := range c.Sources {
			w(s.Quote)
		}
	}
	return h.Sum64()
}

// indexReader reads the binary form, remembering the first error.
type indexReader struct {
	data []byte
	at   int
	err  error
}

func (r *indexReader) fail() {
	if r.err == nil {
		r.err = errors.New("index is truncated or corrupt")
	}
}

func (r *indexReader) uv() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data[r.at:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.at += n
	return v
}

// count reads a count and checks it against a bound, so that a corrupt
// file cannot make the reader allocate without limit.
func (r *indexReader) count(bound int) int {
	v := r.uv()
	if v > uint64(bound) || v > uint64(len(r.data)) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *indexReader) str() string {
	n := r.count(len(r.data))
	if r.err != nil || r.at+n > len(r.data) {
		r.fail()
		return ""
	}
	s := string(r.data[r.at : r.at+n])
	r.at += n
	return s
}

func (r *indexReader) set() map[string]bool {
	n := r.count(len(r.data))
	out := make(map[string]bool, n)
	for i := 0; i < n && r.err == nil; i++ {
		out[r.str()] = true
	}
	return out
}
