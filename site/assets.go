//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
)

// An asset is one file the server sends under /web/, held in memory with
// its compressed forms. Everything is read and compressed once, at
// start-up: what a client gets never depends on files changed after it,
// and a compressed form always matches its original (a stale .br or .gz
// beside a file on disk is never sent). A server (New) compresses its
// large files (app.wasm's twins checked, a large database and index) in
// the background, so that it starts at once: a request for one waits
// until it is ready (compressed).
type asset struct {
	name  string // path under /web/, e.g. "app.wasm"
	ctype string
	raw   []byte
	hash  string        // of raw, for ETags and the app version
	ready chan struct{} // closed once br and gz are set
	// br and gz are read after ready (compressed); nil when the type
	// does not compress.
	br, gz []byte
}

// compressSlot lets one large file be compressed in the background at a
// time, leaving the other CPUs to requests.
var compressSlot = make(chan struct{}, 1)

// assets is the web folder as served: name -> asset.
type assets map[string]*asset

// Compression levels, so start-up stays well under a second: brotli 10
// for files up to 1 MB (on the seed database: 9.6 KB in 0.1 s, where 11
// gives 9.3 KB in 0.9 s); for larger ones (app.wasm without a valid twin
// on disk, a big database) a fast level (app.wasm: 11 takes 20 s, 5 0.4 s).
const (
	smallAsset  = 1 << 20
	smallBrotli = 10
	fastBrotli  = 5
	fastGzip    = 6
)

// loadAssets reads the web folder, skipping dotfiles and dot-folders, the
// .br/.gz twins (checked and used for their original, see newAsset) and
// any claims.json or claims.index (the database is the one given, db, and
// index its search index).
// With later, large files are compressed in the background (asset).
func loadAssets(web string, db, index []byte, later bool) (assets, error) {
	as := assets{}
	err := filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != web && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(web, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if ext := path.Ext(rel); ext == ".br" || ext == ".gz" || rel == "claims.json" || rel == "claims.index" {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		as[rel] = newAssetLater(rel, data, p, later)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web folder: %w", err)
	}
	if _, ok := as["app.wasm"]; !ok {
		return nil, fmt.Errorf("%s is missing: run `make wasm` first", filepath.Join(web, "app.wasm"))
	}
	if db != nil { // nil: a sharded index alone (shards.go, shardsAlone)
		as["claims.json"] = newAssetLater("claims.json", db, "", later)
		as["claims.index"] = newAssetLater("claims.index", index, "", later)
	}
	return as, nil
}

// newAsset holds data with its compressed forms. onDisk, when not empty,
// is the file's path: a large file's .br and .gz twins there are used when
// they decompress to exactly data (make wasm writes them with the best,
// slow, brotli level), else it is compressed here.
func newAsset(name string, data []byte, onDisk string) *asset {
	return newAssetLater(name, data, onDisk, false)
}

// newAssetLater is newAsset, compressing a large file in the background
// when later is set.
func newAssetLater(name string, data []byte, onDisk string, later bool) *asset {
	sum := sha256.Sum256(data)
	a := &asset{name: name, ctype: contentType(name), raw: data, hash: hex.EncodeToString(sum[:])[:16], ready: make(chan struct{})}
	if !compressible(a.ctype) {
		close(a.ready)
		return a
	}
	if later && len(data) > smallAsset {
		go func() {
			compressSlot <- struct{}{}
			defer func() { <-compressSlot }()
			a.compress(onDisk)
		}()
		return a
	}
	a.compress(onDisk)
	return a
}

// compress sets a's compressed forms: its twins on disk when they match,
// else compressed here; then a is ready.
func (a *asset) compress(onDisk string) {
	defer close(a.ready)
	data := a.raw
	if len(data) > smallAsset && onDisk != "" {
		a.br = twin(onDisk+".br", data, func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil })
		a.gz = twin(onDisk+".gz", data, func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) })
	}
	brLevel, gzLevel := smallBrotli, gzip.BestCompression
	if len(data) > smallAsset {
		brLevel, gzLevel = fastBrotli, fastGzip
	}
	if a.br == nil {
		var b bytes.Buffer
		w := brotli.NewWriterLevel(&b, brLevel)
		w.Write(data)
		w.Close()
		a.br = b.Bytes()
	}
	if a.gz == nil {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzLevel)
		w.Write(data)
		w.Close()
		a.gz = b.Bytes()
	}
}

// twin returns the compressed file at p if it decompresses to want, else
// nil (and says so when the file is there but stale).
func twin(p string, want []byte, open func(io.Reader) (io.Reader, error)) []byte {
	z, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	r, err := open(bytes.NewReader(z))
	if err == nil {
		var got []byte
		if got, err = io.ReadAll(io.LimitReader(r, int64(len(want))+1)); err == nil && bytes.Equal(got, want) {
			return z
		}
	}
	log.Printf("%s does not match its original (run `make wasm`): compressing it again in memory", p)
	return nil
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".json":
		return "application/json"
	case ".webmanifest":
		return "application/manifest+json"
	case ".index": // claims.index, match.Index's binary form
		return "application/vnd.factcheck.index"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// compressible content types.
func compressible(ctype string) bool {
	for _, p := range []string{"text/", "application/javascript", "application/json", "application/manifest+json", "application/wasm", "application/vnd.factcheck.index", "image/svg+xml"} {
		if strings.HasPrefix(ctype, p) {
			return true
		}
	}
	return false
}

// hash is one hash of every asset: the deployed version.
func (as assets) hash() string {
	names := make([]string, 0, len(as))
	for n := range as {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s %s\n", n, as[n].hash)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// compressed returns a's compressed forms, once they are ready.
func (a *asset) compressed() (br, gz []byte) {
	<-a.ready
	return a.br, a.gz
}

// serve sends the asset, brotli or gzip when the client accepts it, else
// as it is; ranges and conditional requests as http.ServeContent does.
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	select {
	case <-a.ready:
	case <-r.Context().Done():
		return // the client went away while it was compressed
	}
	body, enc := a.raw, ""
	accept := r.Header.Get("Accept-Encoding")
	switch {
	case a.br != nil && acceptsEncoding(accept, "br"):
		body, enc = a.br, "br"
	case a.gz != nil && acceptsEncoding(accept, "gzip"):
		body, enc = a.gz, "gzip"
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "no-cache")
	if a.br != nil || a.gz != nil {
		h.Set("Vary", "Accept-Encoding")
	}
	if enc != "" {
		h.Set("Content-Encoding", enc)
	}
	h.Set("ETag", `"`+a.hash+"-"+enc+`"`)
	http.ServeContent(w, r, "", zeroTime, bytes.NewReader(body))
}

// acceptsEncoding tells whether an Accept-Encoding header accepts enc
// (and does not refuse it with q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), enc) {
			q := strings.ReplaceAll(params, " ", "")
			return !(strings.HasPrefix(q, "q=0") && strings.Trim(strings.TrimPrefix(q, "q=0"), ".0") == "")
		}
	}
	return false
}

// precompress writes FILE.br (brotli, best) and FILE.gz (gzip, best): the
// twins the server checks and uses for a large file (make wasm).
//
// The brotli twin uses the largest window the format allows (LGWin 24,
// 16 MiB; RFC 7932 section 9.1), which every browser decodes: app.wasm's
// repeats lie further apart than the library's default 4 MiB window
// reaches, and its twin is 1.4% smaller with it (2,031,329 B to 2,003,600 B).
func precompress(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("compress %s: %w", file, err)
	}
	var br bytes.Buffer
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	bw.Write(data)
	if err := bw.Close(); err != nil {
		return fmt.Errorf("compress %s: %w", file, err)
	}
	var gz bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	gw.Write(data)
	if err := gw.Close(); err != nil {
		return fmt.Errorf("compress %s: %w", file, err)
	}
	if err := os.WriteFile(file+".br", br.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(file+".gz", gz.Bytes(), 0o644)
}
