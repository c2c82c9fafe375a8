//go:build !wasm

package site

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
)

// TestE2EStaticSite: `make static` output on a plain file server (no
// rewrite rule): a shared deep link opens and reloads, the offline cache
// fills with every entry of the precache list, and pages open offline,
// precached ones and others alike.
func TestE2EStaticSite(t *testing.T) {
	requireE2E(t)
	testRoutes.Do(app.Routes)
	dir := filepath.Join(t.TempDir(), "dist")
	if err := generateStatic(Config{Web: "../web"}, dir, os.Stderr); err != nil {
		t.Fatal(err)
	}
	worker, _ := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	list := precacheList(t, worker)
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer ts.Close()
	ctx := tab(t)

	const deep, claim = "/claim/no-extradition-treaty", "Russia has no extradition treaty with the United States"
	shows := func(claim string) string {
		return started(fmt.Sprintf(`document.body.dataset.factcheck === 'ready' && !!document.querySelector('h1') && document.querySelector('h1').textContent.includes(%q)`, claim))
	}
	showsClaim := shows(claim)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+deep)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, showsClaim); err != nil {
		t.Fatalf("deep link on a static host: %s at %s", text(ctx, `document.body.innerText.slice(0, 300)`), text(ctx, `location.href`))
	}
	if p := text(ctx, `location.pathname`); p != deep {
		t.Errorf("address %s, want %s", p, deep)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, showsClaim); err != nil {
		t.Fatalf("reload on a static host: %s", text(ctx, `document.body.innerText.slice(0, 300)`))
	}
	// The offline cache holds every entry.
	if missing, err := waitPrecached(ctx, list); err != nil {
		t.Fatalf("offline cache lacks %s of %d entries", missing, len(list))
	}
	t.Logf("offline cache: all %d entries", len(list))

	// Offline: the server is gone, the service worker answers.
	ts.Close()
	allowOffline()
	for _, page := range []struct{ path, want string }{
		{"/claims", "document.querySelectorAll('main a[href^=\"/claim/\"]').length > 50"},
		{deep, showsClaim},
		// A page that is not precached is the cached app shell, which
		// renders it from the cached database (here: no such claim).
		{"/claim/not-in-the-database", started(`document.body.dataset.factcheck === 'ready' && document.body.innerText.includes('not found')`)},
	} {
		if err := chromedp.Do(ctx, chromedp.Navigate(strings.TrimSuffix(ts.URL, "/")+page.path)); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, page.want); err != nil {
			t.Errorf("offline %s: %s", page.path, text(ctx, `document.body.innerText.slice(0, 300)`))
		}
	}
}

// waitPrecached waits until the service worker's cache holds every path
// of its precache list; on a timeout it says which are missing.
func waitPrecached(ctx context.Context, list []string) (missing string, err error) {
	want, _ := json.Marshal(list)
	err = waitJS(ctx, fmt.Sprintf(`(async () => {
		const want = %s, urls = new Set();
		for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) urls.add(new URL(r.url).pathname);
		window.__missing = want.filter(p => !urls.has(p));
	})(), Array.isArray(window.__missing) && window.__missing.length === 0`, want))
	if err != nil {
		missing = text(ctx, `JSON.stringify(window.__missing)`)
	}
	return missing, err
}

// frameNode returns the widget's iframe node on the host page, to query
// inside it (the demo's two origins are one site: one process).
func frameNode(ctx context.Context, t *testing.T) *chromedp.Node {
	t.Helper()
	nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("[data-factcheck] iframe")))
	if err != nil || len(nodes) == 0 {
		t.Fatal("no iframe", err)
	}
	return nodes[0]
}
