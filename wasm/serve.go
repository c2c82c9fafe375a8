//go:build !wasm

package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

// config is what the server and the static-site generator are given.
type config struct {
	Web            string // static assets folder (app.wasm, icons, CSS, scripts)
	DB             string // the claims database file; "" is the seed compiled in
	FrameAncestors string // extra origins allowed to frame the widget
	// Base is the public address the site is served at
	// ("https://factcheck.example"), for the claim pages' JSON-LD and
	// og:url; "" leaves the one relative and omits the other. It is never
	// taken from a request's Host header, which the client chooses.
	Base string
}

// server is the widget's HTTP handler. Everything it sends is decided at
// start-up: the database, every file under /web/ (compressed once) and
// go-app's own files; only pages are rendered per request, by go-app,
// from that database.
type server struct {
	cfg     config
	version string
	layout  layout
	app     *goapp.Handler
	db      *claims.DB
	web     assets            // /web/NAME
	appJS   map[string]*asset // go-app's files: /app.js, /app-worker.js, …
}

// layout is how page addresses are written: as the server answers them
// (/claims) or as a static site's folders (/claims/, the folder's
// index.html, which any file server finds).
type layout bool

const (
	serverLayout layout = false
	folderLayout layout = true
)

func (l layout) page(route string) string {
	if l == folderLayout && route != "/" {
		return route + "/"
	}
	return route
}

// gitVersion is the source's `git describe`, set by the Makefile with
// -ldflags "-X main.gitVersion=…"; empty outside a checkout.
var gitVersion string

var zeroTime time.Time

// goappFiles are the files go-app generates, served from memory.
var goappFiles = []string{"/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css"}

// maxPrecachedPages caps the pages the service worker stores on install.
// A claim page is about 9 KB: the seed's 137 pages are 1.3 MB; a
// 10,000-claim archive's would be 90 MB, fetched by every new reader. Past the cap (articles first, then
// claims in database order) a page opened offline is the cached app shell,
// which renders any route from the cached database.
const maxPrecachedPages = 400

//go:embed app-worker.js
var appWorkerJS string

// loadDatabase reads the database file (the seed compiled in when none is
// named) and decodes it once; the bytes are what /web/claims.json sends,
// and its search index, built here, what /web/claims.index sends (the
// browser decodes it instead of building it).
func loadDatabase(file string) ([]byte, *claims.DB, error) {
	data := seed.JSON
	if file != "" {
		var err error
		if data, err = os.ReadFile(file); err != nil {
			return nil, nil, fmt.Errorf("claims database: %w", err)
		}
	}
	db, err := claims.Decode(data)
	if err != nil {
		if file == "" {
			file = "the seed database"
		}
		return nil, nil, fmt.Errorf("claims database %s: %w", file, err)
	}
	return data, db, nil // decoded with its look-up maps built: safe for concurrent readers
}

func newServer(cfg config) (*server, error) { return newSite(cfg, serverLayout) }

// newSite loads everything once (app.SetDatabase indexes the database for
// server-side rendering) and renders / once, so that concurrent first
// requests find it all built and a site that cannot render fails here.
func newSite(cfg config, l layout) (*server, error) {
	data, db, err := loadDatabase(cfg.DB)
	if err != nil {
		return nil, err
	}
	index, err := match.NewIndex(db).MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("claims index: %w", err)
	}
	web, err := loadAssets(cfg.Web, data, index)
	if err != nil {
		return nil, err
	}
	version := web.hash()
	if gitVersion != "" {
		version = gitVersion + "-" + version[:8]
	}
	s := &server{cfg: cfg, version: version, layout: l, db: db, web: web}
	s.app = s.appHandler()
	app.SetDatabase(db)
	s.appJS = map[string]*asset{}
	for _, p := range goappFiles {
		rec := httptest.NewRecorder()
		s.app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return nil, fmt.Errorf("go-app did not generate %s: %d", p, rec.Code)
		}
		s.appJS[p] = newAsset(p, rec.Body.Bytes(), "")
		s.appJS[p].ctype = rec.Header().Get("Content-Type")
	}
	if _, _, err := s.render("/"); err != nil {
		return nil, err
	}
	return s, nil
}

// appHandler configures go-app: local icons (the default ones are remote
// and break the offline cache), the routes and the database cached for
// offline use, the version pinned, the raw wasm size for the progress.
func (s *server) appHandler() *goapp.Handler {
	h := &goapp.Handler{
		Name:                  "factcheck",
		ShortName:             "factcheck",
		Title:                 "factcheck — check a statement against its sources",
		Description:           "Checks what you paste against claims from news articles, in your browser. Nothing you type leaves your device.",
		Lang:                  "en",
		Icon:                  goapp.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg", Maskable: "/web/icon-512.png"},
		BackgroundColor:       "#ffffff",
		ThemeColor:            "#1d4ed8",
		LoadingLabel:          "Loading factcheck… {progress}%",
		Styles:                []string{"/web/app.css"},
		Scripts:               []string{"/web/embed-frame.js", "/web/app-start.js"},
		CacheableResources:    s.precache(),
		Version:               s.version,
		WasmContentLength:     strconv.Itoa(len(s.web["app.wasm"].raw)),
		Resources:             goapp.LocalDir(""),
		ServiceWorkerTemplate: appWorkerJS,
	}
	if u, err := url.Parse(s.cfg.Base); err == nil && u.Scheme == "https" && strings.Trim(u.Path, "/") == "" {
		h.Domain = u.Host // go-app writes og:url as https://DOMAIN/PATH
	}
	return h
}

// routes are every page of the site for this database, as the app links
// them: the fixed pages, then each article and each claim whose ID is a
// safe path segment (claims.ValidID; others are left out, and listed).
func (s *server) routes() (routes []string, skipped []string) {
	routes = append([]string{"/"}, app.StaticPaths...)
	for _, a := range s.db.Articles {
		if safeID(a.ID) {
			routes = append(routes, "/article/"+a.ID)
		} else {
			skipped = append(skipped, "article "+strconv.Quote(a.ID))
		}
	}
	for _, c := range s.db.Claims {
		if safeID(c.ID) {
			routes = append(routes, "/claim/"+c.ID)
		} else {
			skipped = append(skipped, "claim "+strconv.Quote(c.ID))
		}
	}
	return routes, skipped
}

// precache is what the service worker stores on install: the database
// and its index, the scripts and icons the pages use, and the pages (up to
// maxPrecachedPages), each as this layout addresses it.
func (s *server) precache() []string {
	list := []string{app.DBPath, app.IndexPath, "/web/icon.svg", "/web/embed.js"}
	routes, _ := s.routes()
	if len(routes) > maxPrecachedPages {
		routes = routes[:maxPrecachedPages]
	}
	for _, r := range routes {
		list = append(list, s.layout.page(r))
	}
	return list
}

// safeID: an ID that may become a path segment and a file name. The
// database refuses others at decode (claims.Validate); this is checked
// again where an ID becomes a path.
func safeID(id string) bool { return claims.ValidID(id) }

// csp is the Content-Security-Policy the app runs under: its own scripts
// and WebAssembly, its own styles, images and data, nothing else. Only the
// /embed page may be framed by other sites: by the -frame-ancestors list
// when one is given, else by any site.
func (s *server) csp(path string) string {
	ancestors := "'self'"
	if path == "/embed" || path == "/embed/" {
		if s.cfg.FrameAncestors != "" {
			ancestors += " " + s.cfg.FrameAncestors
		} else {
			ancestors = "*"
		}
	}
	return baseCSP + "; frame-ancestors " + ancestors
}

// baseCSP is the policy without frame-ancestors, which a <meta> cannot set
// (the static site's pages carry this one; see README, "Static hosting").
var baseCSP = strings.Join([]string{
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
}, "; ")

// maxURL is the longest request target served; longer ones get 414
// (and past the server's MaxHeaderBytes, Go's own 431), never echoed.
const maxURL = 8 << 10

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", s.csp(r.URL.Path))
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if len(r.RequestURI) > maxURL || len(r.URL.Path) > maxURL {
		http.Error(w, "request URI too long", http.StatusRequestURITooLong)
		return
	}
	p := s.unversioned(r.URL.Path)
	switch {
	case p == "/app.wasm" || p == "/goapp.wasm":
		s.web["app.wasm"].serve(w, r)
	case p == "/favicon.ico": // browsers ask for it whatever the page links
		s.web["icon.svg"].serve(w, r)
	case strings.HasPrefix(p, "/web/"):
		if a, ok := s.web[strings.TrimPrefix(p, "/web/")]; ok {
			a.serve(w, r)
		} else {
			http.NotFound(w, r)
		}
	case s.appJS[p] != nil:
		s.appJS[p].serve(w, r)
	case p == "/goapp.js" || p == "/manifest.json": // go-app's old names
		s.appJS[map[string]string{"/goapp.js": "/app.js", "/manifest.json": "/manifest.webmanifest"}[p]].serve(w, r)
	case p == "/robots.txt" || p == "/sitemap.xml" || p == "/ads.txt":
		// go-app would fetch these from the address in the Host header.
		if a, ok := s.web[strings.TrimPrefix(p, "/")]; ok {
			a.serve(w, r)
		} else {
			http.NotFound(w, r)
		}
	default:
		gzipText(http.HandlerFunc(s.servePage)).ServeHTTP(w, r)
	}
}

// servePage renders a page from the database. A missing article or claim
// is 404 with the app's not-found page; a path that is no route, a plain
// 404. A static site's folder form (/claims/) is the same page.
func (s *server) servePage(w http.ResponseWriter, r *http.Request) {
	route := r.URL.Path
	if len(route) > 1 {
		route = strings.TrimSuffix(route, "/")
	}
	if r.Header.Get("If-None-Match") == `"`+s.version+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body, status, err := s.render(route)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	if status == http.StatusOK {
		h.Set("ETag", `"`+s.version+`"`)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// render returns the page at route as go-app renders it from the
// database, with the page metadata fixed (see fixHead), and its status:
// 404 for a route that is not in the database.
func (s *server) render(route string) ([]byte, int, error) {
	rec := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
	s.app.ServeHTTP(rec, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: route}, Header: http.Header{}, Host: "factcheck.invalid"})
	status := rec.status
	if status != http.StatusOK {
		if status == http.StatusNotFound {
			return []byte("404 page not found\n"), status, nil
		}
		return nil, status, fmt.Errorf("render %s: status %d", route, status)
	}
	body := s.fixHead(rec.body.Bytes(), route)
	if id, ok := strings.CutPrefix(route, "/claim/"); ok {
		if c := s.db.Claim(id); c != nil {
			body = injectJSONLD(body, claims.ClaimReview(s.db, c, strings.TrimSuffix(s.cfg.Base, "/")))
		} else {
			status = http.StatusNotFound
		}
	}
	if id, ok := strings.CutPrefix(route, "/article/"); ok && s.db.Article(id) == nil {
		status = http.StatusNotFound
	}
	return body, status, nil
}

// go-app's og:url and og:image tags (in either attribute order); an
// og:image without an image is "https://".
var (
	ogURL   = regexp.MustCompile(`[ \t]*<meta [^>]*property="og:url"[^>]*>\n?`)
	ogImage = regexp.MustCompile(`[ \t]*<meta (content="https://" property="og:image"|property="og:image" content="https://")>\n?`)
)

// fixHead corrects what go-app writes from its Domain setting: og:url is
// the configured base and the page's path, or left out (never
// "https:///claim/…"); an og:image with no image is left out.
func (s *server) fixHead(page []byte, route string) []byte {
	og := []byte(nil)
	if base := strings.TrimSuffix(s.cfg.Base, "/"); base != "" {
		og = fmt.Appendf(nil, `    <meta property="og:url" content="%s">`+"\n", htmlAttr(base+s.layout.page(route)))
	}
	page = ogURL.ReplaceAllLiteral(page, og)
	return ogImage.ReplaceAllLiteral(page, nil)
}

func htmlAttr(s string) string {
	return strings.NewReplacer(`&`, "&amp;", `"`, "&quot;", `<`, "&lt;", `>`, "&gt;").Replace(s)
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

// unversioned strips the "/VERSION" prefix go-app may put on resources.
func (s *server) unversioned(p string) string {
	if v := "/" + s.version; strings.HasPrefix(p, v+"/") {
		return strings.TrimPrefix(p, v)
	}
	return p
}
