//go:build !wasm

package site

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/importers"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

// testRoutes registers the app's routes once for every test of the
// package: the same once as the site's own (newSite).
var testRoutes = &routes

// testWeb makes a web folder as `make wasm` leaves it, with a stand-in
// app.wasm of size bytes (the server only sends it), so these tests need
// no wasm build.
func testWeb(t testing.TB, size int) string {
	t.Helper()
	testRoutes.Do(app.Routes)
	dir := t.TempDir()
	entries, err := os.ReadDir("../web")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, "app.wasm") || strings.HasPrefix(n, "claims.json") || strings.HasPrefix(n, ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join("../web", n))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, n), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "app.wasm"), fakeWasm(size, "v1"), 0o644)
	return dir
}

// fakeWasm is a wasm header and size bytes of compressible filler.
func fakeWasm(size int, tag string) []byte {
	b := bytes.NewBufferString("\x00asm\x01\x00\x00\x00")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(b, "%s filler %d\n", tag, i)
	}
	return b.Bytes()[:size]
}

func testServer(t *testing.T, cfg Config) (*server, *httptest.Server) {
	t.Helper()
	if cfg.Web == "" {
		cfg.Web = testWeb(t, 4096)
	}
	s, err := newServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// get fetches path with the given request headers, without following
// redirects or decompressing.
func get(t *testing.T, ts *httptest.Server, method, path string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	if req.Header.Get("Accept-Encoding") == "" {
		req.Header.Set("Accept-Encoding", "identity")
	}
	resp, err := ts.Client().Transport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func decode(t *testing.T, enc string, body []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	switch enc {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestServeEveryRouteConcurrently hammers every route at once right after
// start (run it with -race: make test-race). Every page must come back
// whole: no crash, no "Loading…" placeholder, the right status.
// FACTCHECK_TEST_DB names another database (see the 10k test below).
func TestServeEveryRouteConcurrently(t *testing.T) {
	cfg := Config{DB: os.Getenv("FACTCHECK_TEST_DB")}
	s, ts := testServer(t, cfg)
	type probe struct {
		path   string
		status int
		want   string
	}
	probes := []probe{
		{"/", 200, `<textarea`}, {"/claims", 200, "</main>"}, {"/about", 200, "</main>"}, {"/embed", 200, `<textarea`},
		{"/claims/", 200, "</main>"}, {"/claim/no-such-claim", 404, "not found"}, {"/article/no-such-article", 404, "not found"},
		{"/web/claims.json", 200, `"factcheck-claims"`}, {"/web/app.wasm", 200, "\x00asm"}, {"/app.js", 200, "goapp"},
		{"/app-worker.js", 200, "resourcesToCache"}, {"/manifest.webmanifest", 200, "factcheck"}, {"/web/embed.js", 200, "factcheck"},
		{"/nowhere", 404, ""},
	}
	for i, a := range s.db.Articles {
		if i < 50 {
			probes = append(probes, probe{"/article/" + a.ID, 200, "</article>"})
		}
	}
	// Every claim of a small database; a spread of a large one's.
	step := max(1, len(s.db.Claims)/300)
	for i := 0; i < len(s.db.Claims); i += step {
		c := s.db.Claims[i]
		probes = append(probes, probe{"/claim/" + pathEscape(c.ID), 200, `"@type":"Claim`}) // Claim, or ClaimReview for a fact-check
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(probes)*2)
	work := make(chan probe)
	for w := 0; w < 32; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client := &http.Client{Timeout: 60 * time.Second}
			for p := range work {
				resp, err := client.Get(ts.URL + p.path)
				if err != nil {
					errs <- fmt.Sprintf("%s: %v", p.path, err)
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				switch {
				case resp.StatusCode != p.status:
					errs <- fmt.Sprintf("%s: status %d, want %d", p.path, resp.StatusCode, p.status)
				case !bytes.Contains(body, []byte(p.want)):
					errs <- fmt.Sprintf("%s: no %q in %.200s", p.path, p.want, body)
				case bytes.Contains(body, []byte("Loading…")):
					errs <- fmt.Sprintf("%s: a placeholder page", p.path)
				}
			}
		}()
	}
	for round := 0; round < 2; round++ {
		for _, p := range probes {
			work <- p
		}
	}
	close(work)
	wg.Wait()
	close(errs)
	n := 0
	for e := range errs {
		if n++; n <= 10 {
			t.Error(e)
		}
	}
	t.Logf("%d requests, %d claims in the database, %d failed", 2*len(probes), len(s.db.Claims), n)
}

// TestServeEveryRouteConcurrently10k: the same on the seed plus the
// CheckThat! 2020 collection (10,518 claims), when ../shared is there. It
// runs in a child process, as a fresh server does: the app keeps the first
// database it indexes for the life of the process.
func TestServeEveryRouteConcurrently10k(t *testing.T) {
	tsv := filepath.Join("..", "..", "shared", "bench", "checkthat2020", "verified_claims.docs.tsv")
	if _, err := os.Stat(tsv); err != nil {
		t.Skipf("%s not beside the project", tsv)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	imported, problems := importers.OpenCollection(tsv)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	big := claims.DB{Format: db.Format, Version: db.Version, Name: "seed+checkthat", Articles: db.Articles,
		Claims: append(append([]claims.Claim{}, db.Claims...), imported.Claims...)}
	file := filepath.Join(t.TempDir(), "claims-10k.json")
	if err := claims.Save(file, &big); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestServeEveryRouteConcurrently$", "-test.count", "1", "-test.v")
	cmd.Env = append(os.Environ(), "FACTCHECK_TEST_DB="+file)
	out, err := cmd.CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("--- PASS")) {
		t.Fatalf("%v\n%s", err, out)
	}
	t.Logf("%s", bytes.TrimSpace(out))
}

func pathEscape(id string) string {
	return strings.ReplaceAll(strings.ReplaceAll(id, "%", "%25"), "#", "%23")
}

// TestHTTPEdges: what the server answers to requests a reader's browser
// does not make, and to the ones a hostile client does.
func TestHTTPEdges(t *testing.T) {
	web := testWeb(t, 4096)
	os.WriteFile(filepath.Join(web, ".env"), []byte("SECRET=1"), 0o644)
	os.MkdirAll(filepath.Join(web, ".git"), 0o755)
	os.WriteFile(filepath.Join(web, ".git", "config"), []byte("secret"), 0o644)
	_, ts := testServer(t, Config{Web: web})
	for _, c := range []struct {
		method, path string
		status       int
	}{
		{"GET", "/web/", 404},
		{"GET", "/web", 404},
		{"GET", "/web/.env", 404},
		{"GET", "/web/.git/config", 404},
		{"GET", "/web/../go.mod", 404},
		{"GET", "/web/%2e%2e/go.mod", 404},
		{"GET", "/web/" + strings.Repeat("a", 300), 404},
		{"GET", "/robots.txt", 200},
		{"GET", "/sitemap.xml", 404}, // no base address: no absolute URLs to list
		{"GET", "/ads.txt", 404},
		{"GET", "/claim/no-such-claim", 404},
		{"GET", "/article/no-such-article", 404},
		{"HEAD", "/", 200},
		{"POST", "/", 405},
		{"PUT", "/web/embed.js", 405},
		{"DELETE", "/claims", 405},
		{"OPTIONS", "/", 405},
	} {
		resp, body := get(t, ts, c.method, c.path)
		if resp.StatusCode != c.status {
			t.Errorf("%s %s: %d, want %d", c.method, c.path, resp.StatusCode, c.status)
		}
		if c.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", c.method, c.path, resp.Header.Get("Allow"))
		}
		if bytes.Contains(body, []byte("SECRET")) || bytes.Contains(body, []byte("secret")) || bytes.Contains(body, []byte("module ")) {
			t.Errorf("%s %s: leaked %q", c.method, c.path, body)
		}
		if c.status == 404 && strings.HasPrefix(c.path, "/claim") || strings.HasPrefix(c.path, "/article") {
			if !bytes.Contains(body, []byte("not found")) || !bytes.Contains(body, []byte("<main")) {
				t.Errorf("%s: not the app's not-found page: %.300s", c.path, body)
			}
		}
	}
	// app.wasm to a client that accepts no compression, brotli, gzip.
	raw, _ := os.ReadFile(filepath.Join(web, "app.wasm"))
	for _, enc := range []string{"identity", "br", "gzip", "gzip;q=0, br;q=0"} {
		resp, body := get(t, ts, "GET", "/web/app.wasm", "Accept-Encoding", enc)
		got := resp.Header.Get("Content-Encoding")
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/wasm" || !bytes.Equal(decode(t, got, body), raw) {
			t.Errorf("app.wasm with Accept-Encoding %q: %d %s, %q", enc, resp.StatusCode, resp.Header.Get("Content-Type"), got)
		}
		if (enc == "br" && got != "br") || (enc == "gzip" && got != "gzip") || (strings.Contains(enc, "q=0") && got != "") {
			t.Errorf("Accept-Encoding %q answered with %q", enc, got)
		}
	}
	// Long URLs: 414 up to the header limit, then Go's 431; never echoed.
	for _, n := range []int{9 << 10, 1 << 20} {
		long := "/claim/" + strings.Repeat("x", n)
		resp, body := get(t, ts, "GET", long)
		if resp.StatusCode != http.StatusRequestURITooLong && resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("%d-byte URL: status %d", n, resp.StatusCode)
		}
		if len(body) > 200 || bytes.Contains(body, []byte("xxxxxxxx")) {
			t.Errorf("%d-byte URL: %d-byte answer echoing it", n, len(body))
		}
	}
}

// TestBaseURLNotFromHost: the canonical link, og:url and JSON-LD
// addresses come from -base, never from the Host header, and og:url is
// never "https:///…". A base under a path is refused: the site is served
// at the root of its host.
func TestBaseURLNotFromHost(t *testing.T) {
	web := testWeb(t, 4096)
	for _, base := range []string{"", "https://factcheck.example", "http://news.example/"} {
		_, ts := testServer(t, Config{Web: web, Base: base})
		for _, p := range []string{"/claim/no-extradition-treaty", "/claims", "/"} {
			_, body := get(t, ts, "GET", p, "Host", "evil.example")
			page := string(body)
			if strings.Contains(page, "evil.example") || strings.Contains(page, "https:///") || strings.Contains(page, `content="https://"`) {
				t.Errorf("base %q %s: host reflected or empty og URL:\n%.1500s", base, p, page)
			}
			want := strings.TrimSuffix(base, "/") + p
			if base == "" {
				if strings.Contains(page, `property="og:url"`) || strings.Contains(page, `rel="canonical"`) {
					t.Errorf("no base, %s: og:url or a canonical link given", p)
				}
			} else if !strings.Contains(page, `<meta property="og:url" content="`+want+`">`) || !strings.Contains(page, `<link rel="canonical" href="`+want+`">`) {
				t.Errorf("base %q %s: og:url or canonical not %s", base, p, want)
			}
			if strings.HasPrefix(p, "/claim/") && !strings.Contains(page, `"@id":"`+want+`"`) {
				t.Errorf("base %q: JSON-LD @id not %s", base, want)
			}
		}
	}
	for _, bad := range []string{"http://news.example/factcheck/", "ftp://x.example", "https://x.example/?a=1", "//x.example"} {
		if _, err := newServer(Config{Web: web, Base: bad}); err == nil {
			t.Errorf("-base %q accepted", bad)
		}
	}
}

// TestNoStaleCompressedFiles: what a client gets never depends on its
// Accept-Encoding. A stale app.wasm.br/.gz beside a rebuilt app.wasm is
// not sent, and neither is a web/claims.json (or its twins) left beside
// the database the server was given.
func TestNoStaleCompressedFiles(t *testing.T) {
	const size = smallAsset + 1000 // large: the server looks for twins
	web := testWeb(t, size)
	oldWasm, newWasm := fakeWasm(size, "old"), fakeWasm(size, "new")
	writeTwins(t, filepath.Join(web, "app.wasm"), oldWasm)
	os.WriteFile(filepath.Join(web, "app.wasm"), newWasm, 0o644) // rebuilt, not recompressed
	stale := []byte(`{"format":"factcheck-claims","stale":true}`)
	os.WriteFile(filepath.Join(web, "claims.json"), stale, 0o644)
	writeTwins(t, filepath.Join(web, "claims.json"), stale)
	dbFile := filepath.Join(t.TempDir(), "claims.json")
	os.WriteFile(dbFile, seed.JSON, 0o644)
	_, ts := testServer(t, Config{Web: web, DB: dbFile})
	for _, enc := range []string{"identity", "br", "gzip"} {
		resp, body := get(t, ts, "GET", "/web/app.wasm", "Accept-Encoding", enc)
		if !bytes.Equal(decode(t, resp.Header.Get("Content-Encoding"), body), newWasm) {
			t.Errorf("app.wasm, Accept-Encoding %s: not the rebuilt file", enc)
		}
		resp, body = get(t, ts, "GET", "/web/claims.json", "Accept-Encoding", enc)
		if !bytes.Equal(decode(t, resp.Header.Get("Content-Encoding"), body), seed.JSON) {
			t.Errorf("claims.json, Accept-Encoding %s: not the database given with -db", enc)
		}
	}
	// A twin that matches is used as it is (make wasm's best compression).
	twinBr := writeTwins(t, filepath.Join(web, "app.wasm"), newWasm)
	_, ts = testServer(t, Config{Web: web, DB: dbFile})
	if _, body := get(t, ts, "GET", "/web/app.wasm", "Accept-Encoding", "br"); !bytes.Equal(body, twinBr) {
		t.Error("a matching app.wasm.br was not used")
	}
}

// writeTwins writes file.br and file.gz of data (fast levels, unlike
// precompress) and returns the .br.
func writeTwins(t *testing.T, file string, data []byte) []byte {
	t.Helper()
	var br, gz bytes.Buffer
	bw := brotli.NewWriterLevel(&br, 1)
	bw.Write(data)
	bw.Close()
	gw := gzip.NewWriter(&gz)
	gw.Write(data)
	gw.Close()
	if err := os.WriteFile(file+".br", br.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file+".gz", gz.Bytes(), 0o644)
	return br.Bytes()
}

// TestDatabaseDrivesEverything: -db FILE is what /web/claims.json sends,
// what the precache lists, and what pages are answered for; the seed's
// are not found.
func TestDatabaseDrivesEverything(t *testing.T) {
	db := newsroomDB(t)
	file := filepath.Join(t.TempDir(), "newsroom.json")
	if err := claims.Save(file, db); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(file)
	s, ts := testServer(t, Config{DB: file})
	if _, body := get(t, ts, "GET", "/web/claims.json"); !bytes.Equal(body, data) {
		t.Error("/web/claims.json is not the -db file")
	}
	// Its search index, which the browser decodes rather than builds.
	_, index := get(t, ts, "GET", app.IndexPath)
	if _, err := match.DecodeIndex(s.db, index); err != nil {
		t.Errorf("%s is not this database's index: %v", app.IndexPath, err)
	}
	if resp, _ := get(t, ts, "GET", "/claim/newsroom-bridge"); resp.StatusCode != 200 {
		t.Errorf("the database's claim: %d", resp.StatusCode)
	}
	if resp, _ := get(t, ts, "GET", "/claim/no-extradition-treaty"); resp.StatusCode != 404 {
		t.Errorf("a seed claim on a newsroom's server: %d", resp.StatusCode)
	}
	_, worker := get(t, ts, "GET", "/app-worker.js")
	for _, want := range []string{`"/claim/newsroom-bridge"`, `"/article/newsroom-1"`, `"/web/claims.json"`, `"/web/claims.index"`, `"/claims"`} {
		if !bytes.Contains(worker, []byte(want)) {
			t.Errorf("precache lacks %s", want)
		}
	}
	if bytes.Contains(worker, []byte("no-extradition-treaty")) || bytes.Contains(worker, []byte(`"/claim/../`)) {
		t.Error("precache lists a page that is not in the database")
	}
	// Every path the service worker precaches is there (one 404 and the
	// offline copy would stay empty).
	for _, p := range s.precache() {
		if resp, _ := get(t, ts, "GET", p); resp.StatusCode != 200 {
			t.Errorf("precached %s: %d", p, resp.StatusCode)
		}
	}
}

// newsroomDB is a small database of one article and one claim.
func newsroomDB(t *testing.T) *claims.DB {
	t.Helper()
	a, errs := claims.ParseArticle("newsroom-1.md", []byte("---\nid: newsroom-1\nheadline: The bridge reopens\noutlet: The Newsroom\npublished: 2024-05-01\n---\nThe city's main bridge reopened on Monday after two years of repairs.\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	text := a.Text
	q := "The city's main bridge reopened on Monday after two years of repairs."
	i := strings.Index(text, q)
	if i < 0 {
		t.Fatalf("quote not in %q", text)
	}
	src := claims.Source{Article: a.ID, Quote: q, Start: i, End: i + len(q)}
	return &claims.DB{Format: claims.Format, Version: claims.Version, Name: "newsroom", Articles: []*claims.Article{a}, Claims: []claims.Claim{
		{ID: "newsroom-bridge", Text: "The main bridge reopened on Monday", Kind: claims.KindCurated, Sources: []claims.Source{src}},
	}}
}

// TestTimeouts: the limits every server sets, with the production values
// shortened: an idle keep-alive connection is closed, a trickled request
// body and a reader too slow for the response are cut off.
func TestTimeouts(t *testing.T) {
	for _, tm := range []time.Duration{serverTimeouts.ReadHeader, serverTimeouts.Read, serverTimeouts.Write, serverTimeouts.Idle} {
		if tm <= 0 {
			t.Fatalf("a production timeout is not set: %+v", serverTimeouts)
		}
	}
	const wasmSize = 3 << 20
	web := testWeb(t, wasmSize)
	writeTwins(t, filepath.Join(web, "app.wasm"), fakeWasm(wasmSize, "v1")) // no compressing at start-up
	s, err := newServer(Config{Web: web})
	if err != nil {
		t.Fatal(err)
	}
	short := timeouts{ReadHeader: 300 * time.Millisecond, Read: 500 * time.Millisecond, Write: 500 * time.Millisecond, Idle: 300 * time.Millisecond}
	for name, h := range map[string]http.Handler{"widget": s, "demo": demoHandler("http://127.0.0.1:1")} {
		t.Run(name, func(t *testing.T) {
			srv := newHTTPServer(h, short)
			if srv.MaxHeaderBytes != maxHeaderBytes || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 || srv.ReadHeaderTimeout == 0 {
				t.Fatalf("server lacks a limit: %+v", srv)
			}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			go srv.Serve(ln)
			defer srv.Close()
			addr := ln.Addr().String()
			// closedWithin reads from c until the server closes it (EOF, or
			// a reset when it closes with our bytes unread).
			closedWithin := func(c net.Conn, d time.Duration) bool {
				c.SetReadDeadline(time.Now().Add(d))
				_, err := io.Copy(io.Discard, c)
				return !errors.Is(err, os.ErrDeadlineExceeded)
			}
			// Idle keep-alive.
			c, _ := net.Dial("tcp", addr)
			fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
			resp, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			if !closedWithin(c, 5*time.Second) {
				t.Error("idle keep-alive connection not closed")
			}
			c.Close()
			// Headers trickled in (slowloris).
			c, _ = net.Dial("tcp", addr)
			fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\n")
			stop := trickle(c, "X-Slow: a\r\n")
			if !closedWithin(c, 5*time.Second) {
				t.Error("trickled headers held the connection")
			}
			close(stop)
			c.Close()
			// A body trickled in.
			c, _ = net.Dial("tcp", addr)
			fmt.Fprintf(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n")
			stop = trickle(c, "a")
			if !closedWithin(c, 5*time.Second) {
				t.Error("trickled body held the connection")
			}
			close(stop)
			c.Close()
		})
	}
	// A reader too slow for app.wasm (3 MB, no compression) is cut off.
	srv := newHTTPServer(s, short)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv.Serve(smallBuffers{ln}) // so what the kernel holds is not mistaken for serving
	defer srv.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.(*net.TCPConn).SetReadBuffer(4096)
	fmt.Fprintf(c, "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n")
	var got int
	buf := make([]byte, 4096)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		n, err := c.Read(buf)
		got += n
		if err != nil {
			break
		}
		time.Sleep(5 * time.Millisecond) // 800 KB/s at most: 4 s for the file
	}
	if got >= wasmSize {
		t.Errorf("a slow reader got all of app.wasm (%d bytes)", got)
	}
	if time.Now().After(deadline) {
		t.Errorf("a slow reader was still being served after 10 s (%d bytes)", got)
	}
}

// smallBuffers gives accepted connections a small send buffer.
type smallBuffers struct{ net.Listener }

func (l smallBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(16 << 10)
	}
	return c, err
}

// trickle writes s to c every 100 ms until stop is closed or a write fails.
func trickle(c net.Conn, s string) chan struct{} {
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				if _, err := io.WriteString(c, s); err != nil {
					return
				}
			}
		}
	}()
	return stop
}
