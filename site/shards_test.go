//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

// writeTestShards writes db's sharded index into a new folder, as
// `factcheck build -shards DIR` does, and returns the folder.
func writeTestShards(t *testing.T, db *claims.DB) string {
	t.Helper()
	dir := t.TempDir()
	_, err := match.WriteShards(match.NewIndex(db), func(name string, data []byte) error {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, data, 0o644)
	}, match.ShardOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestServesShards: given the database's sharded index, the server sends
// its files as they are under /web/shards/ (the manifest revalidated, the
// others, named by their content, cached for ever), nothing outside the
// folder, and tells the page where they are; the static site holds the
// same files.
func TestServesShards(t *testing.T) {
	keepShardsEnv(t)
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	dir := writeTestShards(t, db)
	s, ts := testServer(t, Config{Shards: dir})
	for k, v := range app.ShardsEnv() {
		if s.env()[k] != v {
			t.Errorf("the page is not told about the shards: env %v", s.env())
		}
	}
	var hashed string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != shardManifest && hashed == "" {
			hashed, _ = filepath.Rel(dir, p)
		}
		return nil
	})
	for _, name := range []string{shardManifest, filepath.ToSlash(hashed)} {
		want, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		resp, body := get(t, ts, http.MethodGet, shardsPath+name, "Accept-Encoding", "br, gzip")
		if resp.StatusCode != http.StatusOK || !bytes.Equal(body, want) || resp.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: status %d, %d bytes (want %d), encoding %q", name, resp.StatusCode, len(body), len(want), resp.Header.Get("Content-Encoding"))
		}
		immutable := strings.Contains(resp.Header.Get("Cache-Control"), "immutable")
		if immutable == (name == shardManifest) {
			t.Errorf("%s: Cache-Control %q", name, resp.Header.Get("Cache-Control"))
		}
	}
	outside := filepath.Join(filepath.Dir(dir), "outside.txt")
	os.WriteFile(outside, []byte("secret"), 0o644)
	for _, p := range []string{shardsPath + "../outside.txt", shardsPath + "%2e%2e/outside.txt", shardsPath + "t", shardsPath, shardsPath + "nope.bin"} {
		if resp, body := get(t, ts, http.MethodGet, p); resp.StatusCode == http.StatusOK || bytes.Contains(body, []byte("secret")) {
			t.Errorf("%s: status %d", p, resp.StatusCode)
		}
	}

	site, _ := buildStatic(t, Config{Shards: dir})
	for _, name := range []string{shardManifest, filepath.ToSlash(hashed)} {
		got, err := os.ReadFile(filepath.Join(site, "web", "shards", filepath.FromSlash(name)))
		want, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("static site: web/shards/%s: %v", name, err)
		}
	}
}

// TestRefusesShardsOfAnotherDatabase: shards that do not index the
// database served are refused at start-up, with a message that says so,
// and a folder that is no sharded index too.
func TestRefusesShardsOfAnotherDatabase(t *testing.T) {
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	other := claims.NewDB("other", db.Articles[:1], nil)
	for _, c := range db.Claims {
		if c.Sources[0].Article == db.Articles[0].ID {
			other.Claims = append(other.Claims, c)
		}
	}
	web := testWeb(t, 4096)
	if _, err := newServer(Config{Web: web, DB: "../claims/seed/claims.json", Shards: writeTestShards(t, other)}); err == nil || !strings.Contains(err.Error(), "another database") {
		t.Errorf("shards of another database: %v", err)
	}
	if _, err := newServer(Config{Web: web, Shards: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "not a sharded index") {
		t.Errorf("an empty folder: %v", err)
	}
}

// TestStaticSiteOfShardsAlone: a static site of a sharded index with no
// database file (`factcheck static -shards DIR`, an archive of a million
// claims) holds no claims.json; its pages render from the index: the
// articles' then the claims' in the database's order, up to the cap
// (Config.MaxPages), each with its text and JSON-LD, and only those are
// in the sitemap; the service worker keeps 404.html, which opens the
// others; the log says how many are left to the app.
func TestStaticSiteOfShardsAlone(t *testing.T) {
	keepShardsEnv(t)
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	shards := writeTestShards(t, db)
	const cap = 12
	dir, log := buildStatic(t, Config{Shards: shards, MaxPages: cap, Base: "https://factcheck.example"})
	for _, name := range []string{"web/claims.json", "web/claims.index"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s written: the database is the sharded index alone", name)
		}
	}
	for _, name := range []string{"index.html", "404.html", "claims/index.html", "about/index.html", "web/shards/index.json"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	var pages []string
	for _, kind := range []string{"article", "claim"} {
		entries, _ := os.ReadDir(filepath.Join(dir, kind))
		for _, e := range entries {
			pages = append(pages, "/"+kind+"/"+e.Name())
		}
	}
	want := len(db.Articles) + (cap - len(db.Articles))
	if len(pages) != want {
		t.Errorf("%d claim and article pages, want %d: %v", len(pages), want, pages)
	}
	first := db.Claims[0]
	page, err := os.ReadFile(filepath.Join(dir, "claim", first.ID, "index.html"))
	if err != nil {
		t.Fatal("the database's first claim has no page:", err)
	}
	if !bytes.Contains(page, []byte(html.EscapeString(first.Text))) || !bytes.Contains(page, []byte(`"appearance":[{"@type":"NewsArticle"`)) {
		t.Errorf("the claim's page does not show it with its source's article in JSON-LD:\n%s", page)
	}
	if _, err := os.Stat(filepath.Join(dir, "claim", db.Claims[len(db.Claims)-1].ID)); err == nil {
		t.Error("a claim past the cap has a page")
	}
	sitemap, _ := os.ReadFile(filepath.Join(dir, "sitemap.xml"))
	if n := bytes.Count(sitemap, []byte("<loc>")); n != cap+1+len(app.StaticPaths) {
		t.Errorf("the sitemap lists %d pages, want %d", n, cap+1+len(app.StaticPaths))
	}
	worker, _ := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if !slices.Contains(precacheList(t, worker), "/404.html") {
		t.Error("the service worker does not keep 404.html")
	}
	if !strings.Contains(log, fmt.Sprintf("%d claim and article pages past the first %d", len(db.Claims)+len(db.Articles)-cap, cap)) {
		t.Errorf("the log does not say what was left out:\n%s", log)
	}
}

// keepShardsEnv restores the process's environment after a test of a
// sharded site: go-app's handler sets its Env (app.ShardsEnv) with
// os.Setenv, and the pages rendered later in the same process (the about
// page's offline button) would think their site sharded too.
func keepShardsEnv(t *testing.T) {
	t.Helper()
	for k := range app.ShardsEnv() {
		t.Setenv(k, "")
	}
}
