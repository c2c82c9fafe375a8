//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
)

// config is what the server is given.
type config struct {
	Web            string // static assets folder
	FrameAncestors string // extra origins allowed to frame the widget
}

// server is the widget's HTTP handler: go-app's page handler behind
// security headers and a precompressed-asset layer.
type server struct {
	cfg     config
	version string
	app     *goapp.Handler
	next    http.Handler
	files   http.Handler // the web folder, for what has no precompressed twin
	db      *claims.DB   // the deployed database, for claim pages' JSON-LD
}

// versionedFiles decide the app version: a change to any of them is an
// update for installed copies; nothing else is.
var versionedFiles = []string{"app.wasm", "claims.json", "app.css", "embed.js", "embed-frame.js"}

// gitVersion is the source's `git describe`, set by the Makefile with
// -ldflags "-X main.gitVersion=…"; empty outside a checkout.
var gitVersion string

// appVersion pins the version to the source (git) and to what is served
// (a hash of the deployed assets, so a rebuilt database is an update too);
// restarting the server is not an update.
func appVersion(web string) (string, error) {
	h, err := assetHash(web)
	if err != nil || gitVersion == "" {
		return h, err
	}
	return gitVersion + "-" + h[:8], nil
}

// assetHash hashes the files in versionedFiles.
func assetHash(web string) (string, error) {
	h := sha256.New()
	for _, f := range versionedFiles {
		data, err := os.ReadFile(filepath.Join(web, f))
		if err != nil {
			if os.IsNotExist(err) && f != "app.wasm" && f != "claims.json" {
				continue
			}
			if f == "app.wasm" {
				return "", fmt.Errorf("%s is missing: run `make wasm` first", filepath.Join(web, f))
			}
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", f, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

// appHandler loads the deployed database and configures go-app: local
// icons (the default ones are remote and break the offline cache), every
// route and the database cached for offline use, the version pinned, and
// the raw wasm size for the progress.
func appHandler(cfg config) (*goapp.Handler, *claims.DB, error) {
	version, err := appVersion(cfg.Web)
	if err != nil {
		return nil, nil, err
	}
	wasmInfo, err := os.Stat(filepath.Join(cfg.Web, "app.wasm"))
	if err != nil {
		return nil, nil, fmt.Errorf("%s is missing: run `make wasm` first", filepath.Join(cfg.Web, "app.wasm"))
	}
	db, err := claims.Load(filepath.Join(cfg.Web, "claims.json"))
	if err != nil {
		return nil, nil, err
	}
	cache := []string{app.DBPath, "/web/icon.svg", "/web/embed.js"}
	cache = append(cache, app.StaticPaths...)
	for _, a := range db.Articles {
		cache = append(cache, "/article/"+a.ID)
	}
	return &goapp.Handler{
		Name:               "factcheck",
		ShortName:          "factcheck",
		Title:              "factcheck — check a statement against its sources",
		Description:        "Checks what you paste against claims from news articles, in your browser. Nothing you type leaves your device.",
		Lang:               "en",
		Icon:               goapp.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg", Maskable: "/web/icon-512.png"},
		BackgroundColor:    "#ffffff",
		ThemeColor:         "#1d4ed8",
		LoadingLabel:       "Loading factcheck… {progress}%",
		Styles:             []string{"/web/app.css"},
		Scripts:            []string{"/web/embed-frame.js"},
		CacheableResources: cache,
		Version:            version,
		WasmContentLength:  strconv.FormatInt(wasmInfo.Size(), 10),
		Resources:          goapp.LocalDir(""),
	}, db, nil
}

func newServer(cfg config) (*server, error) {
	h, db, err := appHandler(cfg)
	if err != nil {
		return nil, err
	}
	return &server{cfg: cfg, version: h.Version, app: h, next: gzipText(h), db: db, files: http.FileServer(http.Dir(cfg.Web))}, nil
}

// csp is the Content-Security-Policy the app runs under: its own scripts
// and WebAssembly, its own styles, images and data, nothing else. Only the
// /embed page may be framed by other sites: by the -frame-ancestors list
// when one is given, else by any site.
func (s *server) csp(path string) string {
	ancestors := "'self'"
	if path == "/embed" {
		if s.cfg.FrameAncestors != "" {
			ancestors += " " + s.cfg.FrameAncestors
		} else {
			ancestors = "*"
		}
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"frame-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors " + ancestors,
	}, "; ")
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", s.csp(r.URL.Path))
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	if r.URL.Path == "/favicon.ico" { // browsers ask for it whatever the page links
		http.ServeFile(w, r, filepath.Join(s.cfg.Web, "icon.svg"))
		return
	}
	if s.servePrecompressed(w, r) {
		return
	}
	// The web folder is served from cfg.Web whatever its place, so go-app
	// resolves static resources as /web/… in every setting.
	if p := s.unversioned(r.URL.Path); strings.HasPrefix(p, "/web/") || p == "/app.wasm" {
		r2 := *r
		u := *r.URL
		u.Path = strings.TrimPrefix(strings.Replace(p, "/app.wasm", "/web/app.wasm", 1), "/web")
		r2.URL = &u
		w.Header().Set("Cache-Control", "no-cache")
		s.files.ServeHTTP(w, &r2)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/claim/") {
		gzipText(http.HandlerFunc(s.serveClaimPage)).ServeHTTP(w, r)
		return
	}
	s.next.ServeHTTP(w, r)
}

// serveClaimPage serves /claim/ID with the claim's schema.org ClaimReview
// JSON-LD in its head, for search engines and publishers' tools.
func (s *server) serveClaimPage(w http.ResponseWriter, r *http.Request) {
	id, err := url.PathUnescape(strings.TrimPrefix(r.URL.Path, "/claim/"))
	c := s.db.Claim(id)
	if err != nil || c == nil {
		s.app.ServeHTTP(w, r)
		return
	}
	rec := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
	s.app.ServeHTTP(rec, r)
	body := rec.body.Bytes()
	if rec.status == http.StatusOK {
		body = injectJSONLD(body, claims.ClaimReview(s.db, c, s.base(r)))
	}
	for k, v := range rec.header {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(rec.status)
	w.Write(body)
}

// base is the address the app is served at, as the request saw it.
func (s *server) base(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// injectJSONLD puts a JSON-LD script before </head>. encoding/json escapes
// <, > and &, so the data cannot close the script element.
func injectJSONLD(page []byte, v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		return page
	}
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return page
	}
	tag := append([]byte(`<script type="application/ld+json">`), data...)
	tag = append(tag, []byte("</script>\n")...)
	return append(page[:i:i], append(tag, page[i:]...)...)
}

// bufferedWriter holds a response so it can be changed before it is sent.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header         { return b.header }
func (b *bufferedWriter) WriteHeader(code int)        { b.status = code }
func (b *bufferedWriter) Write(p []byte) (int, error) { return b.body.Write(p) }

// servePrecompressed serves app.wasm and files under /web/ from their .br
// or .gz twin when the client accepts it (go-app would send app.wasm raw).
func (s *server) servePrecompressed(w http.ResponseWriter, r *http.Request) bool {
	p := s.unversioned(r.URL.Path)
	var rel string
	switch {
	case p == "/app.wasm" || p == "/goapp.wasm":
		rel = "app.wasm"
	case strings.HasPrefix(p, "/web/"):
		rel = path.Clean(strings.TrimPrefix(p, "/web/"))
	default:
		return false
	}
	if strings.Contains(rel, "..") {
		return false
	}
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ ext, name string }{{".br", "br"}, {".gz", "gzip"}} {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		f, err := os.Open(filepath.Join(s.cfg.Web, filepath.FromSlash(rel)+enc.ext))
		if err != nil {
			continue
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return false
		}
		ctype := mime.TypeByExtension(path.Ext(rel))
		if path.Ext(rel) == ".wasm" {
			ctype = "application/wasm"
		}
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("Content-Encoding", enc.name)
		h.Set("Vary", "Accept-Encoding")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", `"`+s.version+"-"+enc.name+`"`)
		http.ServeContent(w, r, "", info.ModTime(), f)
		return true
	}
	return false
}

// unversioned strips the "/VERSION" prefix go-app may put on resources.
func (s *server) unversioned(p string) string {
	if v := "/" + s.version; strings.HasPrefix(p, v+"/") {
		return strings.TrimPrefix(p, v)
	}
	return p
}

func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), enc) && !strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") {
			return true
		}
	}
	return false
}

// precompress writes FILE.br (brotli, best) and FILE.gz (gzip, best).
func precompress(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("compress %s: %w", file, err)
	}
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
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

// generateStatic writes the site as files: the pages go-app renders, and
// the web folder with its precompressed twins.
func generateStatic(cfg config, dir string) error {
	h, db, err := appHandler(cfg)
	if err != nil {
		return err
	}
	pages := append([]string{}, app.StaticPaths...)
	for _, a := range db.Articles {
		pages = append(pages, "/article/"+a.ID)
	}
	for _, c := range db.Claims {
		pages = append(pages, "/claim/"+c.ID)
	}
	if err := goapp.GenerateStaticWebsite(dir, h, pages...); err != nil {
		return fmt.Errorf("generate static site: %w", err)
	}
	// go-app makes the web folder but leaves it empty: copy the assets.
	if err := os.CopyFS(filepath.Join(dir, "web"), os.DirFS(cfg.Web)); err != nil {
		return fmt.Errorf("generate static site: copy %s: %w", cfg.Web, err)
	}
	// Claim pages carry their ClaimReview JSON-LD, as the server adds it.
	for i := range db.Claims {
		c := &db.Claims[i]
		path := filepath.Join(dir, "claim", c.ID+".html")
		page, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("generate static site: %w", err)
		}
		if err := os.WriteFile(path, injectJSONLD(page, claims.ClaimReview(db, c, "")), 0o644); err != nil {
			return fmt.Errorf("generate static site: %w", err)
		}
	}
	return nil
}
