//go:build !wasm

package site

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

// TestLoadsPrebuiltIndex: the index written beside the database is what
// the server loads and sends as /web/claims.index; one of another
// database (the database was rebuilt without it) or a damaged one is
// replaced by an index built from the database, and a missing one too.
func TestLoadsPrebuiltIndex(t *testing.T) {
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	built, err := match.EncodeIndex(match.NewIndex(db))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "claims.index")
	os.WriteFile(good, built, 0o644)
	ix, data, err := loadIndex(db, good)
	if err != nil || ix.Claims() != len(db.Claims) || !bytes.Equal(data, built) {
		t.Fatalf("prebuilt index: %v, %d bytes", err, len(data))
	}

	other, _ := match.EncodeIndex(match.NewIndex(db))
	other[len(indexMagicForTest)+1] ^= 0xff // the fingerprint: another database's
	damaged := built[:len(built)/2]
	for name, file := range map[string][]byte{"stale": other, "damaged": damaged, "missing": nil} {
		p := filepath.Join(dir, name+".index")
		if file != nil {
			os.WriteFile(p, file, 0o644)
		}
		ix, data, err := loadIndex(db, p)
		if err != nil || ix.Claims() != len(db.Claims) || !bytes.Equal(data, built) {
			t.Errorf("%s index: %v, %d bytes; want the index built again", name, err, len(data))
		}
	}

	_, ts := testServer(t, Config{Index: good})
	if resp, body := get(t, ts, http.MethodGet, "/web/claims.index"); resp.StatusCode != http.StatusOK || !bytes.Equal(body, built) {
		t.Errorf("/web/claims.index: status %d, %d bytes, want the prebuilt %d", resp.StatusCode, len(body), len(built))
	}
}

const indexMagicForTest = "FCIX"

// TestLargeFilesCompressedInTheBackground: a server (New) returns before
// its large files are compressed; a request for one, at once, gets it
// whole in the encoding it asked for.
func TestLargeFilesCompressedInTheBackground(t *testing.T) {
	const size = 3*smallAsset + 1000
	web := testWeb(t, size)
	s, err := New(Config{Web: web})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	want := fakeWasm(size, "v1")
	for _, enc := range []string{"br", "gzip", "identity"} {
		resp, body := get(t, ts, http.MethodGet, "/web/app.wasm", "Accept-Encoding", enc)
		if got := resp.Header.Get("Content-Encoding"); (enc == "identity") != (got == "") || !bytes.Equal(decode(t, got, body), want) {
			t.Errorf("Accept-Encoding %s: encoding %q, not the file", enc, got)
		}
	}
}
