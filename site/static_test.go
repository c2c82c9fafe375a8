//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// buildStatic writes the static site of cfg into a fresh folder.
func buildStatic(t *testing.T, cfg Config) (dir string, log string) {
	t.Helper()
	if cfg.Web == "" {
		cfg.Web = testWeb(t, 4096)
	}
	dir = filepath.Join(t.TempDir(), "dist")
	var out bytes.Buffer
	if err := generateStatic(cfg, dir, &out); err != nil {
		t.Fatal(err)
	}
	return dir, out.String()
}

// precacheList reads the service worker's precache list from a site.
func precacheList(t *testing.T, worker []byte) []string {
	t.Helper()
	m := regexp.MustCompile(`const resourcesToCache = (\[.*\]);`).FindSubmatch(worker)
	if m == nil {
		t.Fatalf("no precache list in the worker:\n%s", worker)
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatal(err)
	}
	return list
}

// TestStaticSiteOnPlainFileServer: dist/ served by http.FileServer alone,
// no rewrite rule: every route opens (a shared link or a reload), every
// precached path answers 200 without a redirect (so the offline cache
// fills), no file name has a colon, and every page carries the CSP.
func TestStaticSiteOnPlainFileServer(t *testing.T) {
	dir, _ := buildStatic(t, Config{})
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer ts.Close()
	s, err := newServer(Config{Web: testWeb(t, 4096)})
	if err != nil {
		t.Fatal(err)
	}
	routes, _ := s.routes()
	if len(routes) < 3+5+60 {
		t.Fatalf("only %d routes", len(routes))
	}
	for _, r := range routes {
		resp, err := http.Get(ts.URL + r) // follows the file server's /claims -> /claims/
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			t.Errorf("%s: %d %s", r, resp.StatusCode, resp.Header.Get("Content-Type"))
			continue
		}
		page := string(body)
		if !strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;`) &&
			!strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="default-src 'self'`) {
			t.Errorf("%s: no CSP meta", r)
		}
		if strings.Index(page, "Content-Security-Policy") > strings.Index(page, "<script") {
			t.Errorf("%s: the CSP meta comes after a script", r)
		}
		if strings.Contains(page, "frame-ancestors") {
			t.Errorf("%s: frame-ancestors in a meta (ignored there, and Chromium logs an error)", r)
		}
		if strings.HasPrefix(r, "/claim/") && !strings.Contains(page, `"@type":"Claim`) {
			t.Errorf("%s: no JSON-LD", r)
		}
		if strings.Contains(page, "not found") {
			t.Errorf("%s: a not-found page was written", r)
		}
	}
	worker, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	list := precacheList(t, worker)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, p := range list {
		resp, err := noRedirect.Get(ts.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("precached %s: %d from a plain file server", p, resp.StatusCode)
		}
	}
	for _, want := range []string{"/", "/claims/", "/about/", "/embed/", "/web/claims.json", "/web/claims.index", "/web/app-start.js", "/web/app.wasm", "/app.js", "/article/000_e5b01c607c127f20/", "/claim/no-extradition-treaty/"} {
		if !contains(list, want) {
			t.Errorf("precache lacks %s", want)
		}
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if strings.ContainsAny(d.Name(), `:\*?"<>|`) {
			t.Errorf("file name not safe on every host: %s", p)
		}
		return nil
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestStaticSiteIsTheDatabaseGiven: factcheck static with -db writes that
// database's pages and sends it as claims.json; the seed's are absent.
func TestStaticSiteIsTheDatabaseGiven(t *testing.T) {
	file := filepath.Join(t.TempDir(), "newsroom.json")
	if err := claims.Save(file, newsroomDB(t)); err != nil {
		t.Fatal(err)
	}
	dir, log := buildStatic(t, Config{DB: file})
	data, _ := os.ReadFile(file)
	if got, _ := os.ReadFile(filepath.Join(dir, "web", "claims.json")); !bytes.Equal(got, data) {
		t.Error("dist/web/claims.json is not the -db file")
	}
	db, err := claims.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	index, _ := os.ReadFile(filepath.Join(dir, "web", "claims.index"))
	if _, err := match.DecodeIndex(db, index); err != nil {
		t.Errorf("dist/web/claims.index is not the -db file's index: %v", err)
	}
	for _, p := range []string{"claim/newsroom-bridge/index.html", "article/newsroom-1/index.html", "claims/index.html", "index.html"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("missing %s", p)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "claim", "no-extradition-treaty")); err == nil {
		t.Error("a seed claim's page in a newsroom's site")
	}
	if strings.Contains(log, "left out") {
		t.Errorf("pages left out of a valid database: %s", log)
	}
}

// TestStaticSiteStaysInItsFolder: claim IDs that climb out of the output
// folder (an imported ClaimReview "@id" of "../index" once overwrote
// dist/index.html) never become paths. A database holding them is refused
// before anything is written; were one in memory, its pages would be left
// out; and the writer refuses any path that is not local, symlinks too.
func TestStaticSiteStaysInItsFolder(t *testing.T) {
	db := newsroomDB(t)
	hostile := []string{"../index", "../../victim/owned", "a/../../b", "/etc/x", `..\..\win`, "bridge:s01", ".hidden", "NUL", strings.Repeat("x", 300)}
	for _, id := range hostile {
		db.Claims = append(db.Claims, claims.Claim{ID: id, Text: "hostile " + id, Kind: claims.KindImported})
	}
	var buf bytes.Buffer
	if err := claims.Encode(&buf, db); err != nil { // not Save, which refuses it
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "hostile.json")
	os.WriteFile(file, buf.Bytes(), 0o644)
	parent := t.TempDir()
	dir := filepath.Join(parent, "dist")
	var log bytes.Buffer
	err := generateStatic(Config{Web: testWeb(t, 4096), DB: file}, dir, &log)
	if err == nil || !strings.Contains(err.Error(), `"../index"`) {
		t.Errorf("a database with unsafe IDs was not refused: %v", err)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("written for a refused database: %v", entries)
	}
	s := listedServer(t, db, serverLayout, 0)
	routes, skipped := s.routes()
	if len(skipped) != len(hostile) {
		t.Errorf("left out %d of %d unsafe IDs: %v", len(skipped), len(hostile), skipped)
	}
	for _, r := range routes {
		if id, ok := strings.CutPrefix(r, "/claim/"); ok && id != "newsroom-bridge" {
			t.Errorf("route for an unsafe ID: %q", r)
		}
	}
	// The writer itself refuses paths that are not local, and symlinks out.
	out := t.TempDir()
	outside := t.TempDir()
	os.Symlink(outside, filepath.Join(out, "claim"))
	root, err := os.OpenRoot(out)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for _, name := range []string{"../x.html", "/abs.html", "claim/x/index.html"} {
		if err := writeFile(root, name, []byte("x")); err == nil {
			t.Errorf("wrote %s", name)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("a write followed a symlink out: %v", entries)
	}
}

// TestStaticSiteIDsEqualButForCase (issue 22, point 7): Case-Test and
// case-test would be one folder on macOS and Windows, one page
// overwriting the other. The database decoder refuses such a database
// (claims.Validate compares IDs ignoring case), so nothing is written;
// and were one in memory, the static site's pages, precache list and
// sitemap would leave both out (caseUnique), every other page kept.
func TestStaticSiteIDsEqualButForCase(t *testing.T) {
	skipUnderRace(t)
	db := newsroomDB(t)
	for _, id := range []string{"Case-Test", "case-test"} {
		db.Claims = append(db.Claims, claims.Claim{ID: id, Text: "The claim " + id, Kind: claims.KindImported})
	}
	var buf bytes.Buffer
	if err := claims.Encode(&buf, db); err != nil { // not Save, which refuses it
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "case.json")
	os.WriteFile(file, buf.Bytes(), 0o644)
	parent := t.TempDir()
	err := generateStatic(Config{Web: testWeb(t, 4096), DB: file}, filepath.Join(parent, "dist"), io.Discard)
	if err == nil || !strings.Contains(err.Error(), "case-test") {
		t.Errorf("a database with IDs equal but for case was not refused: %v", err)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("written for a refused database: %v", entries)
	}
	s := listedServer(t, db, folderLayout, 0)
	routes := s.pageRoutes()
	for _, r := range routes {
		if strings.Contains(strings.ToLower(r), "case-test") {
			t.Errorf("a static page for %s", r)
		}
	}
	if !slices.Contains(routes, "/claim/newsroom-bridge") || !slices.Contains(routes, "/article/newsroom-1") {
		t.Errorf("the other pages are left out too: %v", routes)
	}
	kept, clashes := caseUnique([]string{"/claim/A-b", "/claim/x", "/claim/a-B", "/claim/a-b"})
	if !slices.Equal(kept, []string{"/claim/x"}) || len(clashes) != 3 {
		t.Errorf("caseUnique: kept %v, left out %v", kept, clashes)
	}
	// On the server, where the address names the page exactly, both are
	// pages.
	if s := listedServer(t, db, serverLayout, 0); len(s.pageRoutes()) != len(routes)+2 {
		t.Errorf("the server's routes: %v", s.pageRoutes())
	}
}

// listedServer is a server of db with its pages listed (listPages), as
// newSite lists them, at most maxPages in a static site (Config.MaxPages).
func listedServer(t *testing.T, db *claims.DB, l layout, maxPages int) *server {
	t.Helper()
	s := &server{db: db, index: match.NewIndex(db), layout: l, cfg: Config{MaxPages: maxPages}}
	var err error
	if s.listed, err = s.listPages(); err != nil {
		t.Fatal(err)
	}
	return s
}
