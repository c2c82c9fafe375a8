//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"
	"time"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// A large deployment serves its index sharded (match.WriteShards: a
// manifest, term and vocabulary shards, claim fragments), so that a check
// fetches the few parts it needs. The shards are written by `factcheck
// build -shards DIR`, once, as the database is: the server serves that
// folder as it is under /web/shards/ (never building shards at start-up,
// which takes minutes at 100,000 claims) and the static generator copies
// it into the site. loadShards is the one place both get them.
//
// The page learns that the deployment is sharded, and where, from go-app's
// environment (server.env, app.ShardsEnv), and the service worker's
// precache lists the manifest instead of the two single files
// (app.StartFiles).

// shardsPath is where the shards are served: the page's (app.ShardsPath).
const shardsPath = app.ShardsPath

// shardManifest is the manifest's name in the folder.
const shardManifest = "index.json"

// shardSet is a sharded index as deployed: its files, read when asked
// for (a million claims' shards are hundreds of megabytes).
type shardSet struct {
	dir   string // where it was read from, for messages
	files fs.FS  // the folder (os.Root's FS: no name leads outside it)
	hash  string // of the manifest, which names every other file by its hash
}

// loadShards opens the sharded index in dir ("": none) and checks that it
// indexes db, so that a site never serves shards of another database.
func loadShards(dir string, db *claims.DB) (*shardSet, error) {
	if dir == "" {
		return nil, nil
	}
	sh, m, err := openShardSet(dir)
	if err != nil {
		return nil, err
	}
	if want := fmt.Sprintf("%016x", match.Fingerprint(db)); m.Fingerprint != want {
		return nil, fmt.Errorf("shards: %s index another database (%d claims) than the one served (%d claims): build both with one `factcheck build -o FILE -shards DIR`", dir, m.Claims, len(db.Claims))
	}
	return sh, nil
}

// shardsAlone opens the sharded index in dir as the whole deployment,
// with no database file (an archive of a million claims has none: over
// claims.MaxClaims): the pages render from the index, which fetches from
// the folder only what a page shows (match.OpenShards), and the browser
// gets the folder alone.
func shardsAlone(dir string) (*shardSet, *match.Index, error) {
	sh, _, err := openShardSet(dir)
	if err != nil {
		return nil, nil, err
	}
	ix, err := match.OpenShards(match.FSFetcher(sh.files))
	if err != nil {
		return nil, nil, fmt.Errorf("shards: %s: %w", dir, err)
	}
	return sh, ix, nil
}

// shardsManifest is what the site reads of a manifest itself.
type shardsManifest struct {
	Fingerprint string `json:"fingerprint"`
	Claims      int    `json:"claims"`
}

// openShardSet opens the folder dir and reads its manifest.
func openShardSet(dir string) (*shardSet, shardsManifest, error) {
	var m shardsManifest
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, m, fmt.Errorf("shards: %w", err)
	}
	files := root.FS()
	manifest, err := fs.ReadFile(files, shardManifest)
	if err != nil {
		return nil, m, fmt.Errorf("shards: %s is not a sharded index (written by factcheck build -shards DIR): %w", dir, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(manifest))
	if err == nil {
		err = json.NewDecoder(io.LimitReader(zr, 64<<20)).Decode(&m)
	}
	if err != nil {
		return nil, m, fmt.Errorf("shards: %s/%s: %w", dir, shardManifest, err)
	}
	sum := sha256.Sum256(manifest)
	return &shardSet{dir: dir, files: files, hash: hex.EncodeToString(sum[:])[:16]}, m, nil
}

// serve sends the shard file name (relative to the folder) as it is:
// gzip bytes the page decompresses itself, so with no Content-Encoding.
// Every file but the manifest is named by a hash of its content, and
// cached for ever.
func (sh *shardSet) serve(w http.ResponseWriter, r *http.Request, name string) {
	if !fs.ValidPath(name) || name == "." {
		http.NotFound(w, r)
		return
	}
	f, err := sh.files.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	rs, ok := f.(io.ReadSeeker)
	if err != nil || !st.Mode().IsRegular() || !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	if name == shardManifest {
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", `"`+sh.hash+`"`)
	} else {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	http.ServeContent(w, r, "", time.Time{}, rs)
}

// write copies every file of the sharded index into a static site, under
// web/shards/, as the server sends them.
func (sh *shardSet) write(w *staticWriter) error {
	dir := strings.TrimPrefix(shardsPath, "/")
	return fs.WalkDir(sh.files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("shards %s: %w", sh.dir, err)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := fs.ReadFile(sh.files, name)
		if err != nil {
			return fmt.Errorf("shards %s: %w", sh.dir, err)
		}
		w.write(path.Join(dir, name), data)
		return w.err
	})
}

// env is go-app's environment for the page (Handler.Env): the site's
// configuration and, when the deployment is sharded, where its shards are.
func (s *server) env() map[string]string {
	env := app.SiteEnv(s.site)
	sharded := s.shardsEnv
	if s.shards != nil {
		sharded = app.ShardsEnv()
	}
	for k, v := range sharded {
		env[k] = v
	}
	return env
}

// hashOf combines version hashes into one.
func hashOf(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%s\n", p)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
