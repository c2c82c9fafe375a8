//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
	"github.com/factcheck/factcheck/claims/seed"
)

// shardedDatabase writes the seed with n more claims, imported from a
// generated collection, so that a deployment of it is sharded
// (app.ShardAbove), and returns its file.
func shardedDatabase(t *testing.T, n int) string {
	t.Helper()
	db, err := claims.Decode(seed.JSON) // a copy: seed.DB() is shared by every test
	if err != nil {
		t.Fatal(err)
	}
	towns := []string{"Brookfield", "Ashford", "Millbrook", "Riverton", "Oakdale", "Fairview", "Lakeside", "Greenville", "Hillcrest", "Westport"}
	things := []string{"bus lines", "schools", "bridges", "hospitals", "parks", "libraries", "fire stations", "wind turbines"}
	var tsv strings.Builder
	tsv.WriteString("id\tclaim\ttitle\n")
	for i := range n {
		town, thing := towns[i%len(towns)], things[(i/len(towns))%len(things)]
		fmt.Fprintf(&tsv, "gen-%d\tThe council of %s approved %d new %s in %d.\t%s %s\n", i, town, 3+i%97, thing, 1990+i%33, town, thing)
	}
	imported, err := collections.ImportTSV("generated", strings.NewReader(tsv.String()))
	if err != nil {
		t.Fatal(err)
	}
	db.Claims = append(db.Claims, imported...)
	var b bytes.Buffer
	if err := claims.Encode(&b, db); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "claims.json")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// commandSays runs `factcheck check -jsonl -db file` on the statements
// and returns its results, one a statement.
func commandSays(t *testing.T, file string, statements []string) []map[string]any {
	t.Helper()
	cmd := exec.Command("go", "run", "../claims/cmd/factcheck", "check", "-jsonl", "-db", file)
	cmd.Stdin = strings.NewReader(strings.Join(statements, "\n") + "\n")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatal("factcheck check -jsonl:", err)
	}
	var res []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		res = append(res, m)
	}
	if len(res) != len(statements) {
		t.Fatalf("%d results for %d statements", len(res), len(statements))
	}
	return res
}

// verdictOf is what a reader sees of a check: the verdict, its reason and
// the claim it rests on.
func verdictOf(m map[string]any) string {
	s := fmt.Sprintf("%v: %v", m["verdict"], m["reason"])
	if ms, ok := m["matches"].([]any); ok && len(ms) > 0 {
		if first, ok := ms[0].(map[string]any); ok {
			s += fmt.Sprintf(" [%v]", first["claim_id"])
		}
	}
	return s
}

// TestE2EShardedStaticSite: a database above app.ShardAbove, as a static
// site on a plain file server. The page opens the sharded index instead
// of downloading the database, and each check says what `factcheck check
// -jsonl` says on the same database; after "Make available offline" (the
// about page's button, through window.factcheckOffline), the page reloads and checks with no server,
// a statement checked before and one never checked.
func TestE2EShardedStaticSite(t *testing.T) {
	requireE2E(t)
	keepShardsEnv(t)
	testRoutes.Do(app.Routes)
	file := shardedDatabase(t, app.ShardAbove+100)
	dir := filepath.Join(t.TempDir(), "dist")
	if err := generateStatic(Config{Web: "../web", DB: file}, dir, os.Stderr); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "web", "shards", "index.json")); err != nil {
		t.Fatal("the static site has no sharded index:", err)
	}
	statements := []string{
		"Roman Seleznev was arrested in 2014.",
		"Russia does not have an extradition treaty with the U.S.",
		"The council of Oakdale approved 17 new schools in 2004.",
		"the council of brookfield approved 3 new bus lines in 1990",
	}
	want := commandSays(t, file, statements)

	served := &servedFiles{}
	ts := httptest.NewServer(served.record(http.FileServer(http.Dir(dir))))
	defer ts.Close()
	ctx := tab(t)
	check := func(s string) map[string]any {
		t.Helper()
		js := fmt.Sprintf(`new Promise(done => window.factcheckCheck(%q, done))`, s)
		out, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	readyJS := `document.body.dataset.factcheck === 'ready'`
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, readyJS); err != nil {
		t.Fatalf("the page did not get ready: %s", text(ctx, `document.body.innerText.slice(0, 300)`))
	}
	for i, s := range statements[:3] {
		got := verdictOf(check(s))
		if got != verdictOf(want[i]) {
			t.Errorf("%q: the page says %s, the command %s", s, got, verdictOf(want[i]))
		}
		t.Logf("%q: %s", s, got)
	}
	// What the page and its check engine's worker fetched (the server's
	// log: the worker's requests are not in the page's resource timing):
	// shards, never the database whole.
	fetched, shardBytes := served.paths()
	if !strings.Contains(fetched, "/web/shards/t/") || !strings.Contains(fetched, "/web/shards/c/") {
		t.Errorf("the page fetched no term shards or fragments: %s", fetched)
	}
	t.Logf("fetched for three checks: %d bytes of shards (page and worker)", shardBytes)
	if strings.Contains(fetched, app.DBPath) || strings.Contains(fetched, app.IndexPath) {
		t.Errorf("the page fetched the whole database: %s", fetched)
	}

	// A claim's and an article's own page, opened or reloaded: the page
	// finds them in the sharded index (ID shards).
	pages := []struct{ path, h1 string }{
		{"/claim/gen-42", "The council of Millbrook approved 45 new parks in 1999."},
		{"/claim/no-extradition-treaty", "Russia has no extradition treaty with the United States"},
		{"/article/000_e5b01c607c127f20", "U.S. and Russian officials to meet in Geneva on cybersecurity"},
	}
	for _, pg := range pages {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+pg.path)); err != nil {
			t.Fatal(err)
		}
		shows := fmt.Sprintf(`%s && !!document.querySelector('h1') && document.querySelector('h1').textContent.includes(%q)`, readyJS, pg.h1)
		if err := waitJS(ctx, shows); err != nil {
			t.Errorf("%s: %s", pg.path, text(ctx, `document.body.innerText.slice(0, 300)`))
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, readyJS); err != nil {
		t.Fatal("the page did not get ready again")
	}

	// Make available offline, then check with no server.
	if _, err := waitPrecached(ctx, []string{"/", app.ShardsPath + "index.json"}); err != nil {
		t.Fatal("the service worker did not store the page and the manifest")
	}
	// The claims page searches the archive rather than listing it.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/claims")); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal("the claims page did not get ready:", err)
	}
	if err := setText(ctx, "#claim-filter", "Oakdale schools"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `[...document.querySelectorAll('.claim-group li')].some(e => e.textContent.includes('Oakdale approved 17 new schools'))`); err != nil {
		t.Errorf("the claims page found nothing for “Oakdale schools”: %s", text(ctx, `document.querySelector('main').innerText.slice(0, 600)`))
	}

	// The reader's way: the about page's "Make available offline" button,
	// its progress, and what it says when every file is stored.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/about")); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal("the about page did not get ready:", err)
	}
	if err := waitJS(ctx, `!!document.querySelector('.offline-button')`); err != nil {
		t.Fatalf("the about page has no offline button: %s", text(ctx, `document.body.innerText.slice(0, 600)`))
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".offline-button"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector('.offline').innerText.includes('Every claim is now stored')`); err != nil {
		t.Fatalf("make available offline: %s", text(ctx, `document.querySelector('.offline').innerText`))
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal("the page did not get ready again:", err)
	}
	ts.Close()
	allowOffline()
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatalf("offline, the page did not get ready (%v): %s", err, text(ctx, `document.body.innerText.slice(0, 300)`))
	}
	for _, i := range []int{0, 3} { // one checked before, one never
		if got := verdictOf(check(statements[i])); got != verdictOf(want[i]) {
			t.Errorf("offline, %q: the page says %s, the command %s", statements[i], got, verdictOf(want[i]))
		}
	}
	// A claim page never opened before, offline: the app shell renders it
	// from the index kept.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/claim/gen-7")); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal("offline, a claim page did not get ready:", err)
	}
	shows := fmt.Sprintf(`%s && !!document.querySelector('h1') && document.querySelector('h1').textContent.includes(%q)`, readyJS, "The council of Greenville approved 10 new bus lines in 1997.")
	if err := waitJS(ctx, shows); err != nil {
		t.Errorf("offline /claim/gen-7: %s", text(ctx, `document.body.innerText.slice(0, 300)`))
	}
}

// servedFiles records what a file server sent: each path, and the bytes
// sent under /web/shards/.
type servedFiles struct {
	mu     sync.Mutex
	list   []string
	shards int
}

func (s *servedFiles) record(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingWriter{ResponseWriter: w}
		h.ServeHTTP(cw, r)
		s.mu.Lock()
		defer s.mu.Unlock()
		s.list = append(s.list, r.URL.Path)
		if strings.HasPrefix(r.URL.Path, "/web/shards/") {
			s.shards += cw.n
		}
	})
}

// paths are the paths served so far, space-separated, and the bytes of
// shards.
func (s *servedFiles) paths() (string, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.list, " "), s.shards
}

type countingWriter struct {
	http.ResponseWriter
	n int
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n += n
	return n, err
}
