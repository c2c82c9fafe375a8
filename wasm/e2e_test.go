//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
)

// The end-to-end suite drives a real Chromium against the real server.
// It runs when FACTCHECK_E2E=1 (make test-e2e), after `make wasm`.

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
)

func chromiumPath() string {
	for _, p := range []string{os.Getenv("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// browser starts one headless Chromium for the whole suite.
func browser(t *testing.T) context.Context {
	t.Helper()
	requireE2E(t)
	browserOnce.Do(func() {
		path := chromiumPath()
		if path == "" {
			browserErr = fmt.Errorf("no Chromium found (apt-get install chromium)")
			return
		}
		dir, err := os.MkdirTemp("", "factcheck-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.UserDataDir(dir),
			chromedp.WindowSize(1100, 900),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
		}
		actx, _ := chromedp.NewExecAllocator(context.Background(), opts...)
		browserCtx, _ = chromedp.NewContext(actx)
		browserErr = chromedp.Do(browserCtx) // start it
	})
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return browserCtx
}

// tab opens a new tab in a fresh browser context (own cache, own service
// workers) and collects its console errors; the test fails if any appear.
func tab(t *testing.T) context.Context {
	t.Helper()
	b := browser(t)
	ctx, cancel := chromedp.NewContext(b, chromedp.WithNewBrowserContext())
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	msgs := chromedp.Console(ctx)
	var mu sync.Mutex
	var errs []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" || m.Type == "assert" {
				mu.Lock()
				errs = append(errs, fmt.Sprintf("%s:%d %s", m.URL, m.Line+1, m))
				mu.Unlock()
			}
		}
	}()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		mu.Lock()
		for _, e := range errs {
			if !expectedConsoleError(e) {
				t.Errorf("console error: %s", e)
			}
		}
		mu.Unlock()
		cancelT()
		cancel()
	})
	return ctx
}

// expectedConsoleError lists what a test provokes on purpose: requests
// refused while the server is stopped for the offline test.
var allowedErrors []string

func expectedConsoleError(e string) bool {
	for _, a := range allowedErrors {
		if strings.Contains(e, a) {
			return true
		}
	}
	return false
}

var routesOnce sync.Once

func requireE2E(t *testing.T) {
	t.Helper()
	if os.Getenv("FACTCHECK_E2E") == "" {
		t.Skip("set FACTCHECK_E2E=1 (make test-e2e) to run the browser tests")
	}
}

// serve starts the real handler on a loopback port.
func serve(t *testing.T) (*httptest.Server, *server) {
	t.Helper()
	requireE2E(t)
	routesOnce.Do(app.Routes)
	s, err := newServer(config{Web: "../web"})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, s
}

// ready waits until the widget has loaded its claims database.
func ready(ctx context.Context) (time.Duration, error) {
	start := time.Now()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.factcheck === 'ready'`, chromedp.WithPollingTimeout(40*time.Second), chromedp.WithPollingInterval(20*time.Millisecond)))
	return time.Since(start), err
}

// openApp serves the widget, opens path in a new tab and waits until the
// widget can check; it returns how long that took.
func openApp(t *testing.T, path string) (context.Context, *httptest.Server, time.Duration) {
	t.Helper()
	ts, _ := serve(t)
	ctx := tab(t)
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path)); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx, ts, time.Since(start)
}

// setText replaces the statement box's text the way a paste does.
func setText(ctx context.Context, sel, text string) error {
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.focus(); e.value = %q; e.dispatchEvent(new Event('input', {bubbles: true})); return true })()`, sel, text)
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
	return err
}

// waitJS polls a JavaScript condition.
func waitJS(ctx context.Context, cond string) error {
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(25*time.Millisecond)))
	return err
}

func text(ctx context.Context, js string) string {
	s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	return s
}

func TestE2ETypeStatementSeeVerdictAndSource(t *testing.T) {
	ctx, _, d := openApp(t, "/")
	t.Logf("cold load: navigation to interactive %v", d)
	// Type it key by key, as a reader does.
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#statement"), "Drinkman was arrested in Amsterdam in 2014.")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `[...document.querySelectorAll('.result .badge-word')].some(e => e.textContent === 'Contradicted')`); err != nil {
		t.Fatal("no contradicted verdict:", text(ctx, `document.querySelector('#results').innerText`))
	}
	got := text(ctx, `document.querySelector('.result').innerText`)
	for _, want := range []string{"the source says 2012, you wrote 2014", "SC Magazine", "Vladimir Drinkman, was arrested in Amsterdam in 2012"} {
		if !strings.Contains(strings.ToLower(got), strings.ToLower(want)) {
			t.Errorf("result lacks %q:\n%s", want, got)
		}
	}
	if differ := text(ctx, `[...document.querySelectorAll('.result mark.hl-differ')].map(m => m.textContent).join('|')`); !strings.Contains(differ, "2014") || !strings.Contains(differ, "2012") {
		t.Errorf("differing words not highlighted in statement and quote: %q", differ)
	}
	if href := text(ctx, `location.hash`); !strings.HasPrefix(href, "#q=") {
		t.Errorf("share link not in the fragment: %q", href)
	}
	writeScreenshot(t, ctx)
}

func TestE2EParagraphPerSentence(t *testing.T) {
	ctx, _, _ := openApp(t, "/")
	para := "Hello! The hotline remains in force. Is it used often? Roman Seleznev was arrested in 2013. The Eiffel Tower is in Paris."
	if err := setText(ctx, "#statement", para); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll('#results .result').length === 5`); err != nil {
		t.Fatal("want 5 results:", text(ctx, `document.querySelector('#results').innerText`))
	}
	got := text(ctx, `[...document.querySelectorAll('#results .result')].map(e => e.className.split(' ')[1]).join(' ')`)
	if want := "result-skip result-supported result-skip result-contradicted result-unverified"; got != want {
		t.Errorf("per-sentence results %q, want %q", got, want)
	}
}

func TestE2EArticleViewHighlightsQuote(t *testing.T) {
	ctx, _, _ := openApp(t, "/#q="+strings.ReplaceAll("Russia does not have an extradition treaty with the U.S.", " ", "+"))
	if err := waitJS(ctx, `!!document.querySelector('.result-supported a.open-article')`); err != nil {
		t.Fatal("shared link did not check:", text(ctx, `document.body.innerText`))
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".result-supported a.open-article"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('mark#quote')`); err != nil {
		t.Fatal("no highlighted quote:", text(ctx, `location.href`))
	}
	if q := text(ctx, `document.querySelector('mark#quote').textContent`); q != "Russia does not have an extradition treaty with the U.S." {
		t.Errorf("highlighted %q", q)
	}
	if p := text(ctx, `location.pathname`); p != "/article/000_e5b01c607c127f20" {
		t.Errorf("article path %q", p)
	}
}

func TestE2EOffline(t *testing.T) {
	ctx, ts, _ := openApp(t, "/")
	// Wait for the service worker to have cached everything.
	if err := waitCached(ctx, "/", "/web/claims.json", "/web/app.wasm", "/article/000_e5b01c607c127f20"); err != nil {
		t.Fatal(err)
	}
	// Stop the server: from now on only the offline cache answers.
	ts.Close()
	allowedErrors = append(allowedErrors, "net::ERR_CONNECTION_REFUSED", "Failed to fetch", "/app-worker.js")
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal("offline reload did not load the app:", err)
	}
	t.Logf("offline cache: navigation to interactive %v", time.Since(start))
	if err := setText(ctx, "#statement", "Russia does not have an extradition treaty with the U.S."); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `[...document.querySelectorAll('.result .badge-word')].some(e => e.textContent === 'Supported')`); err != nil {
		t.Fatal("offline check failed:", text(ctx, `document.body.innerText`))
	}
	// An article opened directly, offline.
	if err := chromedp.Do(ctx, chromedp.Navigate(strings.TrimSuffix(ts.URL, "/")+"/article/000_e5b01c607c127f20#q=0-20")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('mark#quote')`); err != nil {
		t.Fatal("offline article view:", text(ctx, `document.body.innerText`))
	}
}

// waitCached waits until the service worker's cache holds every path.
func waitCached(ctx context.Context, paths ...string) error {
	list, _ := json.Marshal(paths)
	return waitJS(ctx, fmt.Sprintf(`(async () => {
		const want = %s;
		const keys = await caches.keys();
		const urls = [];
		for (const k of keys) { for (const r of await (await caches.open(k)).keys()) urls.push(new URL(r.url).pathname); }
		window.__cachedOK = want.every(p => urls.includes(p));
	})(), window.__cachedOK === true`, list))
}

func TestE2EAccessibility(t *testing.T) {
	requireE2E(t)
	axe, err := os.ReadFile("../node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("axe-core not installed (npm ci): %v", err)
	}
	ts, _ := serve(t)
	ctx := tab(t)
	// axe is injected through DevTools; the page's own CSP stays on.
	if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	for _, view := range []struct{ path, prepare string }{
		{"/", ""},
		{"/", "Drinkman was arrested in Amsterdam in 2014. Is it true? The hotline remains in force. China signed it too."},
		{"/claims", ""},
		{"/about", ""},
		{"/article/000_e5b01c607c127f20#q=0-40", ""},
		{"/claim/no-extradition-treaty", ""},
		{"/embed", ""},
	} {
		t.Run(view.path, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+view.path)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `document.body.dataset.factcheck === 'ready' && !document.body.innerText.includes('Loading…')`); err != nil {
				t.Fatal(err)
			}
			if view.prepare != "" {
				if err := setText(ctx, "#statement", view.prepare); err != nil {
					t.Fatal(err)
				}
				if err := waitJS(ctx, `document.querySelectorAll('#results .result').length >= 4`); err != nil {
					t.Fatal(err)
				}
			}
			for _, scheme := range []string{"light", "dark"} {
				if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
					Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
				}); err != nil {
					t.Fatal(err)
				}
				res, err := chromedp.Run(ctx, chromedp.Evaluate[string](string(axe)+`;
					axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
					  .then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.html.slice(0, 120))}))))`,
					chromedp.EvalAwaitPromise))
				if err != nil {
					t.Fatal(err)
				}
				if res != "[]" {
					t.Errorf("%s theme: axe violations: %s", scheme, res)
				}
			}
		})
	}
}

// writeScreenshot saves the main view with a result, for the README.
func writeScreenshot(t *testing.T, ctx context.Context) {
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "docs", "screenshot.png")
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot written to %s", path)
}
