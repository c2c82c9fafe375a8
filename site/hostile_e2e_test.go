//go:build !wasm

package site

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
)

// TestE2EHostileArchive (issue 22): the hostile archive (testdata/hostile:
// a feed, a ClaimReview and saved pages whose every field carries a meta
// refresh, a <base>, a script or an event handler) served by the server
// and as the static site, every page opened in Chromium, the app started
// on it: each ends where it was opened, on the same origin, with no other
// navigation, no dialog, and no <meta http-equiv>, <base> or script that
// the data put in the document.
func TestE2EHostileArchive(t *testing.T) {
	requireE2E(t)
	testRoutes.Do(app.Routes)
	file := hostileFile(t)
	t.Run("server", func(t *testing.T) {
		s, err := newServer(Config{Web: "../web", DB: file})
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(s)
		defer ts.Close()
		routes, _ := s.routes()
		openEveryPage(t, ts.URL, routes, serverLayout)
	})
	t.Run("static", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "dist")
		if err := generateStatic(Config{Web: "../web", DB: file}, dir, nopWriter{}); err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
		defer ts.Close()
		s := listedServer(t, mustLoad(t, file), folderLayout, 0)
		routes, _ := s.routes()
		openEveryPage(t, ts.URL, routes, folderLayout)
	})
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }

// openEveryPage opens each route of the site at origin in one tab, in
// turn, and checks that nothing the data holds moved or changed it.
func openEveryPage(t *testing.T, origin string, routes []string, l layout) {
	ctx := tab(t)
	var mu sync.Mutex
	var navigations, dialogs []string
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventFrameNavigated:
			if ev.Frame.ParentID == "" {
				mu.Lock()
				navigations = append(navigations, ev.Frame.URL)
				mu.Unlock()
			}
		case *page.EventJavascriptDialogOpening:
			mu.Lock()
			dialogs = append(dialogs, ev.Message)
			mu.Unlock()
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range routes {
		want := origin + l.page(r)
		mu.Lock()
		navigations = nil
		mu.Unlock()
		if err := chromedp.Do(ctx, chromedp.Navigate(want)); err != nil {
			t.Fatalf("%s: %v", r, err)
		}
		// The app has started (on a first interaction: the page is static
		// until used) and drawn the page (or said it could not); then a
		// moment for anything scheduled (a refresh of 0 s).
		startApp(t, ctx)
		waitCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		_, err := chromedp.Run(waitCtx, chromedp.Poll[bool](`document.body && ['ready', 'error'].includes(document.body.dataset.factcheck)`,
			chromedp.WithPollingInterval(50*time.Millisecond)))
		cancel()
		if err != nil {
			t.Errorf("%s: the app did not start: %v", r, err)
		}
		time.Sleep(300 * time.Millisecond)
		type pageState struct {
			Href, Origin          string
			Refresh, Base, Inline int
			Handlers              int
		}
		js := `({href: location.href, origin: location.origin,
			refresh: document.querySelectorAll('meta[http-equiv]:not([http-equiv="Content-Security-Policy"])').length,
			base: document.querySelectorAll('base').length,
			inline: [...document.scripts].filter(s => !s.src && s.type !== 'application/ld+json').length,
			handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length})`
		state, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](js))
		if err != nil {
			t.Errorf("%s: %v", r, err)
			continue
		}
		mu.Lock()
		navs := append([]string(nil), navigations...)
		mu.Unlock()
		// (In a static site the app takes the folder's slash off the
		// address, with history.replaceState: no navigation.)
		if state.Href != want && state.Href != origin+r || state.Origin != origin {
			t.Errorf("%s: the page moved to %s", r, state.Href)
		}
		if len(navs) != 1 || navs[0] != want {
			t.Errorf("%s: navigations %v, want only %s", r, navs, want)
		}
		if state.Refresh+state.Base+state.Inline+state.Handlers > 0 {
			t.Errorf("%s: the data put markup in the page: %+v", r, state)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	if n := len(routes); n < 10 {
		t.Errorf("only %d pages opened", n)
	}
	t.Logf("%d pages opened at %s, each stayed where it was", len(routes), strings.TrimPrefix(origin, "http://"))
}

func mustLoad(t *testing.T, file string) *claims.DB {
	t.Helper()
	db, err := claims.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	return db
}
