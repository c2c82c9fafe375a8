//go:build !wasm

package site

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
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
	if _, err := newServer(Config{Web: web, Shards: writeTestShards(t, other)}); err == nil || !strings.Contains(err.Error(), "another database") {
		t.Errorf("shards of another database: %v", err)
	}
	if _, err := newServer(Config{Web: web, Shards: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "not a sharded index") {
		t.Errorf("an empty folder: %v", err)
	}
}
