//go:build !wasm

package site

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

// Config is what the server and the static-site generator are given.
type Config struct {
	Web string // static assets folder (app.wasm, icons, CSS, scripts)
	DB  string // the claims database file; "" is the seed compiled in
	// Index is the database's search index as `factcheck build` writes it
	// beside the database (match.Index's binary form): loaded instead of
	// built when it is there and matches the database; "" or a missing
	// file: the index is built, once (index.go).
	Index string
	// Shards is a sharded index of the database, the folder `factcheck
	// build -shards DIR` writes, served under /web/shards/ and copied into
	// a static site (shards.go); "": none.
	Shards string
	// MaxPages caps the claim and article pages a static site prerenders
	// (articles first, then claims in the database's order): 0 is
	// DefaultMaxPages, a negative number none. The server renders any
	// page when asked; it lists at most these in its sitemap and offline
	// cache when it serves a sharded index alone. See static.go.
	MaxPages       int
	FrameAncestors string // extra origins allowed to frame the widget
	// Base is the public address the site is served at
	// ("https://factcheck.example"), for canonical links, og:url, the
	// sitemap and JSON-LD; "" leaves JSON-LD's addresses relative and the
	// others out. It is never taken from a request's Host header, which the
	// client chooses. It overrides the site file's base_url.
	Base string
	// SiteFile is the site's configuration (-site FILE, see site.go); ""
	// is the seed's, app.DefaultSite.
	SiteFile string
	// GitVersion is the source's `git describe` (the command's, set by
	// the Makefile's -ldflags), which the app version starts with; "":
	// the version is the hash of the deployed assets alone.
	GitVersion string
}

// Server is the widget's HTTP handler (New).
type Server struct{ *server }

// server is the widget's HTTP handler. Everything it sends is decided at
// start-up: the database, every file under /web/ (compressed once) and
// go-app's own files; only pages are rendered per request, by go-app,
// from that database.
type server struct {
	cfg     Config
	site    app.Site // the configuration, Base resolved
	version string
	layout  layout
	app     *goapp.Handler
	db      *claims.DB
	index   *match.Index      // the one index of db: the pages' and /web/claims.index's
	shards  *shardSet         // the sharded index served under /web/shards/, or nil (shards.go)
	web     assets            // /web/NAME
	appJS   map[string]*asset // go-app's files: /app.js, /app-worker.js, …
	root    assets            // files at the root: robots.txt, sitemap.xml (and its parts)
	pages   *pageCache        // rendered pages (pages.go)

	sharded   bool              // the index is also served in parts, /web/shards/ (app.ShardedDeployment)
	shardsEnv map[string]string // what tells the page so

	listed pageList // the claim and article pages listed: prerendered, in the sitemap (listPages)
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

var zeroTime time.Time

// routes registers the app's pages with go-app, once per process.
var routes sync.Once

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
// named) and decodes it once; the bytes are what /web/claims.json sends.
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

// New loads the site cfg describes, to be served: everything it sends is
// ready when it returns.
func New(cfg Config) (*Server, error) {
	s, err := newSite(cfg, serverLayout, true)
	if err != nil {
		return nil, err
	}
	return &Server{s}, nil
}

// Version is the app version the site deploys.
func (s *Server) Version() string { return s.version }

// newServer is New with every file compressed before it returns.
func newServer(cfg Config) (*server, error) { return newSite(cfg, serverLayout, false) }

// newSite loads everything once: the database, its index (loaded from
// cfg.Index or built, once: the pages render with it and /web/claims.index
// sends it), the sharded index when there is one, the web folder; and
// renders / once, so that concurrent first requests find it all built
// and a site that cannot render fails here. With later, large files are
// compressed in the background (assets.go), as a server may: requests for
// them wait until they are ready.
func newSite(cfg Config, l layout, later bool) (*server, error) {
	routes.Do(app.Routes)
	st, logo, err := loadSite(cfg.SiteFile, cfg.Base)
	if err != nil {
		return nil, err
	}
	var (
		data, indexData []byte
		db              *claims.DB
		ix              *match.Index
		shards          *shardSet
	)
	if cfg.DB == "" && cfg.Shards != "" {
		// The sharded index alone, with no database file: an archive too
		// large for one (shards.go, shardsAlone).
		if shards, ix, err = shardsAlone(cfg.Shards); err != nil {
			return nil, err
		}
		db = ix.DB
	} else {
		if data, db, err = loadDatabase(cfg.DB); err != nil {
			return nil, err
		}
		if ix, indexData, err = loadIndex(db, cfg.Index); err != nil {
			return nil, err
		}
		if shards, err = loadShards(cfg.Shards, db); err != nil {
			return nil, err
		}
	}
	web, err := loadAssets(cfg.Web, data, indexData, later)
	if err != nil {
		return nil, err
	}
	// A large database with no prebuilt shards (-shards): its index in
	// parts, written now (app.ShardedDeployment; about a minute of CPU at
	// 100,000 claims, so an archive gives the folder factcheck build
	// -shards wrote).
	var builtEnv map[string]string
	if shards == nil {
		var built map[string][]byte
		built, builtEnv, err = app.ShardedDeployment(ix)
		if err != nil {
			return nil, fmt.Errorf("claims index: %w", err)
		}
		for name, data := range built {
			web[name] = newAsset(name, data, "")
		}
	}
	if err := brandAssets(web, st, logo); err != nil {
		return nil, err
	}
	version := web.hash()
	if shards != nil {
		version = hashOf(version, shards.hash)
	}
	if cfg.GitVersion != "" {
		version = cfg.GitVersion + "-" + version[:8]
	}
	s := &server{cfg: cfg, site: st, version: version, layout: l, db: db, index: ix, shards: shards, web: web,
		sharded: shards != nil || len(builtEnv) > 0, shardsEnv: builtEnv}
	app.SetSite(st)
	if s.listed, err = s.listPages(); err != nil {
		return nil, err
	}
	s.app = s.appHandler()
	app.SetIndex(ix)
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
	s.root = crawlerFiles(st.Base, s.layout, s.pageRoutes())
	s.pages = newPageCache(maxCachedPages, s.renderPage)
	if _, _, err := s.render("/"); err != nil {
		return nil, err
	}
	return s, nil
}

// appHandler configures go-app: local icons (the default ones are remote
// and break the offline cache), the routes and the database cached for
// offline use, the version pinned, the raw wasm size for the progress.
func (s *server) appHandler() *goapp.Handler {
	st := s.site
	h := &goapp.Handler{
		Name:                  st.Name,
		ShortName:             st.ShortName,
		Title:                 st.Name + " — check a statement against its sources",
		Description:           "Checks what you paste against claims from news articles, in your browser. Nothing you type leaves your device.",
		Author:                st.Publisher,
		Lang:                  st.Language,
		Icon:                  goapp.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: svgIcon(st), Maskable: "/web/icon-512.png"},
		BackgroundColor:       "#ffffff",
		ThemeColor:            st.ThemeColor,
		LoadingLabel:          "Loading " + st.Name + "… {progress}%",
		Styles:                []string{"/web/app.css", "/web/" + siteCSS},
		Scripts:               []string{"/web/embed-frame.js", "/web/app-start.js"},
		CacheableResources:    s.precache(),
		Version:               s.version,
		WasmContentLength:     strconv.Itoa(len(s.web["app.wasm"].raw)),
		Resources:             goapp.LocalDir(""),
		ServiceWorkerTemplate: appWorkerJS,
		Env:                   s.env(),
	}
	if u, err := url.Parse(st.Base); err == nil && u.Scheme == "https" && strings.Trim(u.Path, "/") == "" {
		h.Domain = u.Host // go-app writes og:url as https://DOMAIN/PATH
	}
	return h
}

// routes are every page of the site listed for this database, as the app
// links them: the fixed pages, then the articles' and the claims' pages
// listPages chose; and those left out for an ID that is no safe path
// segment (claims.ValidID).
func (s *server) routes() (routes []string, skipped []string) {
	routes = append([]string{"/"}, app.StaticPaths...)
	return append(routes, s.listed.routes...), s.listed.skipped
}

// pageList is the claim and article pages a site lists.
type pageList struct {
	routes  []string // "/article/ID", then "/claim/ID"
	skipped []string // "article \"ID\"": IDs that are no safe path segment
	// unlisted counts the claims and articles past the cap
	// (Config.MaxPages): their pages are rendered by the app in the
	// browser (a static site's 404.html) and by the server when asked.
	unlisted int
}

// DefaultMaxPages is how many claim and article pages a static site
// prerenders unless told (-pages): about 170 MB of pages with their
// compressed twins (README, "A static site of a million claims"). A
// database's other pages open through the app: 404.html, which static
// hosts send for a missing file, is its shell and renders any claim's or
// article's address from the sharded index.
const DefaultMaxPages = 10000

// listPages lists the articles' pages, then the claims', in the
// database's order: all of them on a server with the database whole; at
// most Config.MaxPages in a static site, and on a server of a sharded
// index alone (whose claims are fetched, never all held).
func (s *server) listPages() (pageList, error) {
	var pl pageList
	budget := -1 // all
	if s.layout == folderLayout || s.index.Sharded() && len(s.db.Claims) == 0 {
		budget = s.cfg.MaxPages
		if budget == 0 {
			budget = DefaultMaxPages
		}
		budget = max(budget, 0)
	}
	add := func(kind, id string) {
		switch {
		case budget >= 0 && len(pl.routes) >= budget:
			pl.unlisted++
		case !safeID(id):
			pl.skipped = append(pl.skipped, kind+" "+strconv.Quote(id))
		default:
			pl.routes = append(pl.routes, "/"+kind+"/"+id)
		}
	}
	articles, err := s.index.ArticleIDs()
	if err != nil {
		return pl, err
	}
	for _, id := range articles {
		add("article", id)
	}
	n := s.index.Claims()
	for i := 0; i < n; i++ {
		if budget >= 0 && len(pl.routes) >= budget {
			pl.unlisted += n - i // not fetched to be counted
			break
		}
		c := s.index.ClaimAt(i)
		if c == nil {
			return pl, fmt.Errorf("claim number %d: %v", i, s.index.FetchErr())
		}
		add("claim", c.ID)
	}
	return pl, nil
}

// pageRoutes are the routes this layout has a page for: all of them on
// the server; in a static site, not those whose address differs from
// another's only in case (static.go, caseUnique).
func (s *server) pageRoutes() []string {
	routes, _ := s.routes()
	if s.layout == folderLayout {
		routes, _ = caseUnique(routes)
	}
	return routes
}

// precache is what the service worker stores on install: the database
// and its index, the scripts and icons the pages use, and the pages (up to
// maxPrecachedPages), each as this layout addresses it.
func (s *server) precache() []string {
	list := append(app.StartFiles(s.sharded), "/web/icon.svg", "/web/embed.js", s.site.Logo)
	if s.layout == folderLayout {
		// The app's shell for a page not prerendered: the service worker
		// answers with it when the host has no such file (app-worker.js).
		list = append(list, "/"+notFoundFile)
	}
	routes := s.pageRoutes()
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
	case s.shards != nil && strings.HasPrefix(p, shardsPath):
		s.shards.serve(w, r, strings.TrimPrefix(p, shardsPath))
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
	case s.root[strings.TrimPrefix(p, "/")] != nil: // robots.txt, sitemap.xml
		s.root[strings.TrimPrefix(p, "/")].serve(w, r)
	case p == "/robots.txt" || strings.HasPrefix(p, "/sitemap") || p == "/ads.txt":
		// No sitemap without a base address; and go-app would fetch these
		// from the address in the Host header.
		http.NotFound(w, r)
	default:
		s.servePage(w, r)
	}
}

// servePage sends a page from the cache (pages.go), rendering it first if
// needed. A missing article or claim, or any other address, is 404 with
// the app's not-found page. A static site's folder form (/claims/) is the
// same page.
func (s *server) servePage(w http.ResponseWriter, r *http.Request) {
	route := r.URL.Path
	if len(route) > 1 {
		route = strings.TrimSuffix(route, "/")
	}
	if r.Header.Get("If-None-Match") == `"`+s.version+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	p, err := s.pages.get(r.Context(), route)
	switch {
	case errors.Is(err, errBusy):
		w.Header().Set("Retry-After", "2")
		http.Error(w, "the server is busy: try again in a moment", http.StatusServiceUnavailable)
		return
	case r.Context().Err() != nil:
		return // the client went away
	case err != nil:
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	if p.status == http.StatusOK {
		h.Set("ETag", `"`+s.version+`"`)
	}
	body := p.body
	if p.gz != nil {
		h.Set("Vary", "Accept-Encoding")
		if acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
			body = p.gz
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(p.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// renderPage is the page cache's render: the page and its gzip form.
func (s *server) renderPage(route string) (*renderedPage, error) {
	body, status, err := s.render(route)
	if err != nil {
		return nil, err
	}
	return &renderedPage{body: body, gz: gzipPage(body), status: status}, nil
}

// render returns the page at route as go-app renders it from the
// database, with the head completed (headTags: canonical link, og: tags
// and JSON-LD), and its status: 404 for an article or claim that is not in
// the database and for any address that is no route.
func (s *server) render(route string) ([]byte, int, error) {
	status := s.status(route)
	rec := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
	s.app.ServeHTTP(rec, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: route}, Header: http.Header{}, Host: "factcheck.invalid"})
	if rec.status != http.StatusOK {
		return nil, rec.status, fmt.Errorf("render %s: status %d", route, rec.status)
	}
	return s.fixHead(rec.body.Bytes(), route, status == http.StatusOK), status, nil
}

// status is what a request for route answers: 200 for a page of the site
// and this database, else 404.
func (s *server) status(route string) int {
	known := route == "/" || slices.Contains(app.StaticPaths, route)
	if id, ok := strings.CutPrefix(route, "/article/"); ok {
		known = safeID(id) && s.index.ArticleByID(id) != nil
	}
	if id, ok := strings.CutPrefix(route, "/claim/"); ok {
		known = s.index.ClaimByID(id) != nil
	}
	if known {
		return http.StatusOK
	}
	return http.StatusNotFound
}

// goappOG are go-app's og:url, og:image and og:type tags (in either
// attribute order), which the server writes itself (headTags): go-app
// makes og:url and og:image from its Domain setting ("https:///claim/…",
// "https://DOMAIN" with no image) and calls every page a website.
var goappOG = regexp.MustCompile(`[ \t]*<meta [^>]*property="og:(url|image|type)"[^>]*>\n?`)

// fixHead replaces go-app's og:url, og:image and og:type with the tags
// the server writes itself (headTags), before </head>. known is false for
// a not-found page, which gets no canonical address and no JSON-LD.
func (s *server) fixHead(page []byte, route string, known bool) []byte {
	page = goappOG.ReplaceAllLiteral(page, nil)
	if !known {
		return page
	}
	tags := s.headTags(route)
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return page
	}
	return append(page[:i:i], append(tags, page[i:]...)...)
}

// injectJSONLD puts a JSON-LD script before </head>.
func injectJSONLD(page []byte, v any) []byte {
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return page
	}
	return append(page[:i:i], append(jsonLD(v), page[i:]...)...)
}

// jsonLD is v as a JSON-LD script element. encoding/json escapes <, > and
// &, so the data cannot close the element.
func jsonLD(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	tag := append([]byte(`<script type="application/ld+json">`), data...)
	return append(tag, "</script>\n"...)
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
