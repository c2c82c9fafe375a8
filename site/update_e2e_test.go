//go:build !wasm

package site

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// swapHandler lets a test deploy a new version behind the same address.
type swapHandler struct{ h atomic.Pointer[http.Handler] }

func (s *swapHandler) set(h http.Handler) { s.h.Store(&h) }
func (s *swapHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	(*s.h.Load()).ServeHTTP(w, r)
}

// TestE2EUpdateNotice: a reader with the app open sees a notice when a
// new version is deployed, and the Reload button brings it in.
func TestE2EUpdateNotice(t *testing.T) {
	ts0, v1 := serve(t)
	ts0.Close()
	// Version 2: the same assets with a changed stylesheet.
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../web")); err != nil {
		t.Fatal(err)
	}
	css := filepath.Join(dir, "app.css")
	data, _ := os.ReadFile(css)
	os.WriteFile(css, append(data, []byte("\n/* v2 */\n")...), 0o644)
	v2, err := newServer(Config{Web: dir})
	if err != nil {
		t.Fatal(err)
	}
	if v1.version == v2.version {
		t.Fatal("a changed asset did not change the version")
	}
	var sw swapHandler
	sw.set(v1)
	ts := httptest.NewServer(&sw)
	defer ts.Close()

	ctx := tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `navigator.serviceWorker.controller !== null`); err != nil {
		t.Fatal("no service worker took control")
	}
	if err := waitJS(ctx, `!!document.querySelector('.update-notice.hidden')`); err != nil {
		t.Fatal("update notice shown before any update")
	}
	sw.set(v2) // deploy
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`goappTryUpdate(), true`)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('.update-notice:not(.hidden) button')`); err != nil {
		t.Fatal("no update notice after a new version was deployed")
	}
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS(".update-notice button")))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, started(`document.body.dataset.factcheck === 'ready' && !!document.querySelector('.update-notice.hidden')`)); err != nil {
		t.Fatal("reload did not bring the new version in: ", text(ctx, `JSON.stringify({ready: document.body.dataset.factcheck, notice: document.querySelector(".update-notice") && document.querySelector(".update-notice").className, url: location.href})`))
	}
	if err := waitJS(ctx, `caches.keys().then(k => window.__keys = k.join(',')), window.__keys === 'app-`+v2.version+`'`); err != nil {
		t.Errorf("caches after the update: %s, want only app-%s", text(ctx, `window.__keys`), v2.version)
	}
}
