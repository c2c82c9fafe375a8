//go:build !wasm

package site

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
		actx, _ := chromedp.NewExecAllocator(context.Background(), chromiumOptions(path, dir)...)
		browserCtx, _ = chromedp.NewContext(actx)
		browserErr = chromedp.Do(browserCtx) // start it
	})
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return browserCtx
}

// chromiumOptions are the flags of every headless Chromium the tests start,
// with profile folder dir.
func chromiumOptions(path, dir string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
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
}

// tab opens a new tab in a fresh browser context (own cache, own service
// workers) and collects its console errors; the test fails if any appear.
func tab(t *testing.T) context.Context {
	t.Helper()
	b := browser(t)
	ctx, cancel := chromedp.NewContext(b, chromedp.WithNewBrowserContext())
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute) // the longest tests take over 90 s on a loaded two-core machine
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

// allowedErrors lists the console errors a test provokes on purpose
// (expectedConsoleError): requests refused while the server is stopped
// for an offline test, a blocked WebAssembly.
var allowedErrors []string

// allowOffline allows what the browser logs once the server is stopped:
// refused requests, and the service worker's failed update check.
func allowOffline() {
	allowedErrors = append(allowedErrors, "net::ERR_CONNECTION_REFUSED", "Failed to fetch", "/app-worker.js")
}

func expectedConsoleError(e string) bool {
	for _, a := range allowedErrors {
		if strings.Contains(e, a) {
			return true
		}
	}
	return false
}

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
	testRoutes.Do(app.Routes)
	s, err := newServer(Config{Web: "../web"})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, s
}

// ready starts the widget as a reader's first interaction does (the page
// is static until used, web/app-start.js) and waits until it has loaded
// its claims database.
func ready(ctx context.Context) (time.Duration, error) {
	start := time.Now()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](startAppJS)); err != nil {
		return 0, err
	}
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.factcheck === 'ready'`, chromedp.WithPollingTimeout(40*time.Second), chromedp.WithPollingInterval(20*time.Millisecond)))
	return time.Since(start), err
}

// openApp serves the widget, opens path in a new tab and waits until the
// widget can check; it returns how long that took.
func openApp(t *testing.T, path string) (context.Context, *httptest.Server, time.Duration) {
	t.Helper()
	return openAppWith(t, path, "")
}

// openAppWith is openApp with script run first in every document the tab
// opens (a PerformanceObserver, a stand-in for Worker).
func openAppWith(t *testing.T, path, script string) (context.Context, *httptest.Server, time.Duration) {
	t.Helper()
	ts, _ := serve(t)
	ctx := tab(t)
	if script != "" {
		if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
			t.Fatal(err)
		}
	}
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
	// The text stays out of the address (and so out of the history).
	if href := text(ctx, `location.href`); strings.Contains(href, "Drinkman") || strings.Contains(href, "#") {
		t.Errorf("the reader's text went into the address: %q", href)
	}
	writeScreenshot(t, ctx, "screenshot.png")
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
	allowOffline()
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
	long := strings.Repeat("Drinkman was arrested in Amsterdam in 2014. The hotline remains in force. The Eiffel Tower is in Paris. ", 3) + "Russia does not have an extradition treaty with the U.S. Is it true? Roman Seleznev was arrested in 2016. Officials met in Geneva. Bananas are yellow. The Moon is far away. Putin talked with Biden in Geneva for hours. Hello!"
	for _, view := range []struct{ path, sel, prepare, wait string }{
		{"/", "", "", ""},
		{"/", "#statement", "Drinkman was arrested in Amsterdam in 2014. Is it true? The hotline remains in force. China signed it too.", `document.querySelectorAll('#results .result').length >= 4`},
		{"/", "#statement", long, `!!document.querySelector('#results .show-more') && !!document.querySelector('#results .share')`},
		{"/claims", "", "", ""},
		{"/claims", "#claim-filter", "hotline", `!!document.querySelector('mark.hl-filter')`},
		{"/about", "", "", ""},
		{"/article/000_e5b01c607c127f20#q=0-40", "", "", ""},
		{"/claim/no-extradition-treaty", "", "", ""},
		{"/embed", "", "", ""},
		{"/embed", "#statement", "Drinkman was arrested in Amsterdam in 2014. Russia does not have an extradition treaty with the U.S.", `document.querySelectorAll('#results .result').length === 2`},
	} {
		t.Run(view.path, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+view.path)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, started(`document.body.dataset.factcheck === 'ready' && !document.body.innerText.includes('Loading…')`)); err != nil {
				t.Fatal(err)
			}
			if view.prepare != "" {
				if err := setText(ctx, view.sel, view.prepare); err != nil {
					t.Fatal(err)
				}
				if err := waitJS(ctx, view.wait); err != nil {
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

// screenshotDir is where the tests write screenshots: FACTCHECK_SCREENSHOTS
// (the make target that refreshes docs/ sets it), else a folder under the
// system's temporary one, so that tests never change tracked files.
func screenshotDir() string {
	if d := os.Getenv("FACTCHECK_SCREENSHOTS"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "factcheck-screenshots")
}

// writeScreenshot saves the whole page as name in screenshotDir.
func writeScreenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(screenshotDir(), name)
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot written to %s", path)
}

// viewport sets the tab's size: a desktop or a phone (touch, mobile
// viewport rules).
func viewport(t *testing.T, ctx context.Context, w, h int64, mobile bool) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: w, Height: h, DeviceScaleFactor: 1, Mobile: mobile}); err != nil {
		t.Fatal(err)
	}
}

// sizes are the two screens every view is checked and photographed at.
var sizes = []struct {
	name   string
	w, h   int64
	mobile bool
}{{"desktop", 1280, 800, false}, {"phone", 390, 844, true}}

// viewScreenshot saves what the screen shows (not the whole page).
func viewScreenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(screenshotDir(), name)
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot written to %s", path)
}

func evalBool(t *testing.T, ctx context.Context, js string) bool {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

const paragraph = "Drinkman was arrested in Amsterdam in 2014. Russia does not have an extradition treaty with the U.S. Is the hotline still used? The Eiffel Tower is in Paris."

// TestE2ECheckPageAtBothSizes (issue 11, point 2): once the reader types,
// the examples fold away and the first result comes into view, the focus
// staying in the text box; a text of several sentences shows its summary
// first; nothing goes into the address.
func TestE2ECheckPageAtBothSizes(t *testing.T) {
	ctx, _, _ := openApp(t, "/")
	for _, sz := range sizes {
		t.Run(sz.name, func(t *testing.T) {
			viewport(t, ctx, sz.w, sz.h, sz.mobile)
			if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
				t.Fatal(err)
			}
			if _, err := ready(ctx); err != nil {
				t.Fatal(err)
			}
			if !evalBool(t, ctx, `!!document.querySelector('.examples .example')`) {
				t.Error("no examples before typing")
			}
			historyBefore := text(ctx, `String(history.length)`)
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#statement"))); err != nil {
				t.Fatal(err)
			}
			if err := setText(ctx, "#statement", paragraph); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `document.querySelectorAll('#results .result').length === 4`); err != nil {
				t.Fatal("want 4 results:", text(ctx, `document.querySelector('#results').innerText`))
			}
			time.Sleep(600 * time.Millisecond) // the smooth scroll
			if evalBool(t, ctx, `!!document.querySelector('.examples')`) {
				t.Error("examples still shown after typing")
			}
			if !evalBool(t, ctx, `(() => { const r = document.querySelector('#results .summary').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight - 40 })()`) {
				t.Errorf("the first result is out of view: top %s of %d", text(ctx, `String(document.querySelector('#results .summary').getBoundingClientRect().top)`), sz.h)
			}
			if id := text(ctx, `document.activeElement.id`); id != "statement" {
				t.Errorf("focus moved to %q", id)
			}
			if got := text(ctx, `[...document.querySelectorAll('#results .summary .badge-word, #results .summary .count:not([hidden])')].map(e => e.textContent).join(', ')`); got != "Mixed, 1 contradicted, 1 supported, 1 with no sourced claim, 1 not checkable" {
				t.Errorf("summary %q", got)
			}
			if h := text(ctx, `location.href`); strings.Contains(h, "#") || text(ctx, `String(history.length)`) != historyBefore {
				t.Errorf("checking wrote to the address or the history: %s", h)
			}
			if !evalBool(t, ctx, `document.documentElement.scrollWidth <= innerWidth`) {
				t.Errorf("the page is wider than the screen: %s", text(ctx, `String(document.documentElement.scrollWidth)`))
			}
			viewScreenshot(t, ctx, "check-"+sz.name+".png")
			if err := setText(ctx, "#statement", ""); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestE2EArticleViewAtBothSizes (issue 11, point 3): the quote stands about
// a third of the way down, its source line in view above it.
func TestE2EArticleViewAtBothSizes(t *testing.T) {
	ts, s := serve(t)
	ctx := tab(t)
	a := s.db.Article("000_e5b01c607c127f20")
	quote := "Russia does not have an extradition treaty with the U.S."
	start := strings.Index(a.Text, quote)
	for _, sz := range sizes {
		t.Run(sz.name, func(t *testing.T) {
			viewport(t, ctx, sz.w, sz.h, sz.mobile)
			if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil { // a fresh load, not a jump within the page
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+app.ArticleLink(a.ID, start, start+len(quote)))); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!!document.querySelector('mark#quote') && scrollY > 0`); err != nil {
				t.Fatal("quote not marked or not scrolled to")
			}
			time.Sleep(200 * time.Millisecond)
			top := text(ctx, `String(document.querySelector('mark#quote').getBoundingClientRect().top / innerHeight)`)
			if !evalBool(t, ctx, `(() => { const f = document.querySelector('mark#quote').getBoundingClientRect().top / innerHeight; return f > 0.2 && f < 0.45 })()`) {
				t.Errorf("the quote stands at %s of the screen, want about a third", top)
			}
			if !evalBool(t, ctx, `(() => { const b = document.querySelector('.source-bar').getBoundingClientRect(); const q = document.querySelector('mark#quote').getBoundingClientRect(); return b.top >= 0 && b.bottom <= q.top && document.querySelector('.source-bar').innerText.includes('SC Magazine') })()`) {
				t.Error("the source line is not in view above the quote")
			}
			viewScreenshot(t, ctx, "article-"+sz.name+".png")
		})
	}
}

// TestE2EClaimsListAtBothSizes (issue 11, point 4): claims grouped by
// article with outlet and date; the filter stays on top and marks what it
// matched.
func TestE2EClaimsListAtBothSizes(t *testing.T) {
	ctx, _, _ := openApp(t, "/claims")
	for _, sz := range sizes {
		t.Run(sz.name, func(t *testing.T) {
			viewport(t, ctx, sz.w, sz.h, sz.mobile)
			if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
				t.Fatal(err)
			}
			if _, err := ready(ctx); err != nil {
				t.Fatal(err)
			}
			if n := text(ctx, `String(document.querySelectorAll('.claim-group').length)`); n != "5" {
				t.Errorf("%s groups, want 5 (one per article)", n)
			}
			if got := text(ctx, `document.querySelector('.claim-group .byline').innerText`); !strings.Contains(got, "SC Magazine, April 2016") {
				t.Errorf("group byline %q", got)
			}
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`scrollTo(0, 0), true`)); err != nil {
				t.Fatal(err)
			}
			viewScreenshot(t, ctx, "claims-"+sz.name+".png")
			if err := setText(ctx, "#claim-filter", "hotline"); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `document.querySelector('#claim-count').innerText.includes('match “hotline”') && !!document.querySelector('.claim-list mark.hl-filter')`); err != nil {
				t.Fatal("filter:", text(ctx, `document.querySelector('#claim-count').innerText`))
			}
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`scrollTo(0, 400), true`)); err != nil {
				t.Fatal(err)
			}
			if !evalBool(t, ctx, `document.querySelector('#claim-filter').getBoundingClientRect().top >= 0`) {
				t.Error("the filter scrolled away")
			}
			setText(ctx, "#claim-filter", "")
		})
	}
}

// longTasks records the page's long tasks (over 50 ms) from its start.
const longTasks = `window.__long = []; window.__longAt = []; new PerformanceObserver(l => l.getEntries().forEach(e => { __long.push(e.duration); __longAt.push(Math.round(e.startTime - (window.__t0 || 0)) + '+' + Math.round(e.duration)) })).observe({type: 'longtask', buffered: true});`

// TestE2ELongPastes (issue 12, point 7): a 100 KB and a 1 MB paste keep
// the whole text in the box, check its first part in slices, show a summary
// and ten results, and say how to check the rest. It logs the longest
// main-thread task and the time to the first result (a test asserts no
// time; the numbers are for the README).
func TestE2ELongPastes(t *testing.T) {
	ctx, _, _ := openAppWith(t, "/", longTasks)
	sentences := []string{
		"Drinkman was arrested in Amsterdam in 2014.", "Russia does not have an extradition treaty with the U.S.",
		"The hotline remains in force.", "Roman Seleznev was arrested in 2014 in the Maldives.",
		"Officials met in Geneva to discuss cybersecurity.", "The Eiffel Tower is in Paris.",
	}
	for _, size := range []int{100 << 10, 1 << 20, 100 << 10} { // the first paste is the page's first check (cold); the last, warm
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "%s Report %d says so. ", sentences[i%len(sentences)], i)
		}
		paste := b.String()
		js := fmt.Sprintf(`(() => {
			window.__long = []; window.__longAt = []; window.__first = 0; const t0 = window.__t0 = performance.now();
			new MutationObserver((_, o) => { if (document.querySelector('#results .result')) { __first = performance.now() - t0; o.disconnect() } }).observe(document.body, {childList: true, subtree: true});
			const e = document.querySelector('#statement'); e.focus(); e.value = %q; e.dispatchEvent(new Event('input', {bubbles: true}));
			return true })()`, paste)
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector('#results .share')`, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil { // the check is done (575 sentences: over 20 s on a loaded machine)
			t.Fatal("check of a long paste did not finish:", text(ctx, `document.querySelector('#results').innerText.slice(0, 500)`))
		}
		if n := text(ctx, `String(document.querySelector('#statement').value.length)`); n != fmt.Sprint(len(paste)) {
			t.Errorf("the text box holds %s characters of %d", n, len(paste))
		}
		got := text(ctx, `document.querySelector('#results').innerText`)
		for _, want := range []string{"more than the 20,000 checked at once", "All of your text stays in the box", "contradicted", "Show all"} {
			if !strings.Contains(got, want) {
				t.Errorf("%d bytes: results lack %q", size, want)
			}
		}
		if n := text(ctx, `String(document.querySelectorAll('#results .result').length)`); n != "10" {
			t.Errorf("%d bytes: %s cards shown, want 10", size, n)
		}
		if first := text(ctx, `document.querySelector('#results .result .badge-word').textContent`); first != "Contradicted" {
			t.Errorf("first card %q, want a contradicted one first", first)
		}
		t.Logf("paste of %d KB: longest main-thread task %s ms, first result after %s ms (typing pause of 150 ms included), %s DOM nodes; long tasks (start+duration, ms): %s",
			size>>10, text(ctx, `String(Math.round(Math.max(0, ...__long)))`), text(ctx, `String(Math.round(__first))`), text(ctx, `String(document.getElementsByTagName('*').length)`), text(ctx, `__longAt.join(' ')`))
		// The next part, on request.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".part-notice .button"))); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.querySelector('.part-notice').innerText.includes('Checked: characters 2')`); err != nil {
			t.Error("the next part was not checked:", text(ctx, `document.querySelector('.part-notice').innerText`))
		}
	}
}

// TestE2ELongWordDoesNotOverflow (issue 12): a long unbroken word wraps.
func TestE2ELongWordDoesNotOverflow(t *testing.T) {
	ctx, _, _ := openApp(t, "/")
	viewport(t, ctx, 390, 844, true)
	if err := setText(ctx, "#statement", "Russia "+strings.Repeat("x", 5000)+" has a treaty."); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('#results .result')`); err != nil {
		t.Fatal(err)
	}
	if w := text(ctx, `String(document.documentElement.scrollWidth)`); w != "390" {
		t.Errorf("page width %s with a long word, want 390", w)
	}
}

// TestE2EWithoutJavaScript (issue 11, point 8): the page the server sent is
// the page, and a line says what needs JavaScript; no loader covers it.
func TestE2EWithoutJavaScript(t *testing.T) {
	ts, _ := serve(t)
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/article/000_e5b01c607c127f20")); err != nil {
		t.Fatal(err)
	}
	// Evaluate still runs with page scripts off.
	got := text(ctx, `document.body.innerText`)
	for _, want := range []string{"Checking a statement needs JavaScript", "U.S. and Russian officials to meet in Geneva on cybersecurity", "Drinkman"} {
		if !strings.Contains(got, want) {
			t.Errorf("without JavaScript the page lacks %q", want)
		}
	}
	if strings.Contains(got, "Loading") || strings.Contains(got, "Starting") {
		t.Errorf("a loader shows without JavaScript:\n%s", got)
	}
	viewScreenshot(t, ctx, "no-javascript.png")
}

// TestE2EWithoutWebAssembly (issue 11, point 8): where WebAssembly is
// missing, or fails to load, a line says so and the page stays readable.
func TestE2EWithoutWebAssembly(t *testing.T) {
	for _, tc := range []struct{ name, script, needs string }{
		{"fails", `WebAssembly.instantiateStreaming = WebAssembly.instantiate = () => Promise.reject(new Error('blocked for the test'))`, ""},
		{"missing", `delete globalThis.WebAssembly`, "/web/app-start.js"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts, _ := serve(t)
			ctx := tab(t)
			allowedErrors = append(allowedErrors, "loading wasm failed", "WebAssembly is not defined", "blocked for the test")
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: tc.script}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
				t.Fatal(err)
			}
			if tc.needs != "" && !evalBool(t, ctx, fmt.Sprintf(`!!document.querySelector('script[src$=%q]')`, tc.needs)) {
				t.Skipf("the page does not load %s yet: the server's handler must list it in Scripts", tc.needs)
			}
			if err := waitJS(ctx, `getComputedStyle(document.querySelector('.no-wasm')).display !== 'none'`); err != nil {
				t.Fatal("no line saying WebAssembly is missing:", text(ctx, `document.body.innerText`))
			}
			if evalBool(t, ctx, `!!document.querySelector('#app-wasm-loader') && getComputedStyle(document.querySelector('#app-wasm-loader')).display !== 'none'`) {
				t.Error("the loader still shows")
			}
			if !strings.Contains(text(ctx, `document.body.innerText`), "Check a statement against its sources") {
				t.Error("the page is not readable")
			}
		})
	}
}

// TestE2EStartKeepsThePage (issue 9, goal 2): while the app starts, the
// page the server sent shows, with no full-screen loader, and go-app's
// start draws the same page; what the reader typed meanwhile is kept, and
// checked.
func TestE2EStartKeepsThePage(t *testing.T) {
	ts, _ := serve(t)
	ctx := tab(t)
	// At DOMContentLoaded, before the wasm can run: note the page, and type.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		document.addEventListener('DOMContentLoaded', () => {
			window.__before = document.querySelector('main').innerText;
			const l = document.getElementById('app-wasm-loader');
			window.__loaderArea = l ? l.getBoundingClientRect().width * l.getBoundingClientRect().height / (innerWidth * innerHeight) : 0;
			const icon = document.getElementById('app-wasm-loader-icon');
			window.__spinner = icon ? getComputedStyle(icon).display : 'none';
			const box = document.getElementById('statement');
			if (box) { box.value = 'Drinkman was arrested in Amsterdam in 2014.'; box.focus(); }
		});`}); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/about", "/claims", "/article/000_e5b01c607c127f20", "/claim/no-extradition-treaty", "/"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path)); err != nil {
			t.Fatal(err)
		}
		if _, err := ready(ctx); err != nil {
			t.Fatal(err)
		}
		if a := text(ctx, `String(__loaderArea)`); !evalBool(t, ctx, `__loaderArea < 0.05`) {
			t.Errorf("%s: the loader covers %s of the screen", path, a)
		}
		if d := text(ctx, `__spinner`); d != "none" { // issue 11, point 9: the spinning logo read as a "<"
			t.Errorf("%s: the spinning logo shows (%s)", path, d)
		}
		if path == "/" {
			if err := waitJS(ctx, `[...document.querySelectorAll('.result .badge-word')].some(e => e.textContent === 'Contradicted')`); err != nil {
				t.Error("what was typed before the start was not checked:", text(ctx, `document.querySelector('#statement').value`))
			}
			if id := text(ctx, `document.activeElement.id`); id != "statement" {
				t.Errorf("focus lost at start: %q", id)
			}
			continue
		}
		if after := text(ctx, `document.querySelector('main').innerText`); after != text(ctx, `__before`) {
			t.Errorf("%s: go-app's start changed the page:\nbefore: %.300s\nafter:  %.300s", path, text(ctx, `__before`), after)
		}
	}
}

// TestE2ECopyShareAndKeyboard (issue 11, point 10): Copy gives the result
// with its sources as text; Share hands a link to the share sheet (else
// copies it); a keyboard reaches every result, with visible focus.
func TestE2ECopyShareAndKeyboard(t *testing.T) {
	ts, _ := serve(t)
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.__copied = []; window.__shared = [];
		Object.defineProperty(navigator, 'clipboard', {value: {writeText: t => (__copied.push(t), Promise.resolve())}});
		navigator.share = d => (__shared.push(d), Promise.resolve());`}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if _, err := ready(ctx); err != nil {
		t.Fatal(err)
	}
	if err := setText(ctx, "#statement", "Drinkman was arrested in Amsterdam in 2014. Russia does not have an extradition treaty with the U.S."); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll('#results .result').length === 2 && !!document.querySelector('.share button')`); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".result .result-actions button"))); err != nil {
		t.Fatal(err)
	}
	copied := text(ctx, `__copied.join('\n')`)
	for _, want := range []string{"Contradicted: “Drinkman was arrested in Amsterdam in 2014.”", "The source says 2012, you wrote 2014", "Source: SC Magazine", "April 2016", ts.URL + "/article/000_e5b01c607c127f20#q="} {
		if !strings.Contains(copied, want) {
			t.Errorf("copied text lacks %q:\n%s", want, copied)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".share button"))); err != nil {
		t.Fatal(err)
	}
	shared := text(ctx, `__shared.length ? __shared[0].url : ''`)
	if !strings.HasPrefix(shared, ts.URL+"/#q=Drinkman+was+arrested") || strings.Contains(text(ctx, `location.href`), "#") {
		t.Errorf("shared %q; address %q", shared, text(ctx, `location.href`))
	}
	// Keyboard: from the text box, Tab reaches the first result, focus visible.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('#statement').focus(), true`)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 8 && !evalBool(t, ctx, `document.activeElement.classList.contains('result')`); i++ {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
	}
	if !evalBool(t, ctx, `document.activeElement.classList.contains('result') && getComputedStyle(document.activeElement).outlineStyle !== 'none'`) {
		t.Errorf("Tab did not reach a result with visible focus: %s", text(ctx, `document.activeElement.outerHTML.slice(0, 120)`))
	}
}

// TestE2EEmbedLinksOpenANewTab (issue 12): links inside the embed never
// navigate the frame.
func TestE2EEmbedLinksOpenANewTab(t *testing.T) {
	ctx, _, _ := openApp(t, "/embed#text="+strings.ReplaceAll("Drinkman was arrested in Amsterdam in 2014.", " ", "+"))
	// Issue 20: the embed keeps the heading its facade showed (web/embed.js)
	// when the widget loads.
	if l := text(ctx, `document.querySelector('label[for=statement]').innerText`); l != "Check a statement against its sources" {
		t.Errorf("embed label %q, the facade's was %q", l, "Check a statement against its sources")
	}
	if err := waitJS(ctx, `!!document.querySelector('#results .result a')`); err != nil {
		t.Fatal("the embed did not check its #text=:", text(ctx, `document.body.innerText`))
	}
	if bad := text(ctx, `[...document.querySelectorAll('a')].filter(a => a.target !== '_blank' || !a.rel.includes('noopener')).map(a => a.outerHTML).join('\n')`); bad != "" {
		t.Errorf("links that navigate the frame:\n%s", bad)
	}
	// Issue 11, point 9: the text box grows with its text (to a limit)
	// rather than clipping it.
	if err := setText(ctx, "#statement", strings.Repeat("Roman Seleznev was arrested in 2014 in the Maldives. ", 6)); err != nil {
		t.Fatal(err)
	}
	if !evalBool(t, ctx, `(() => { const e = document.querySelector('#statement'); return e.scrollHeight <= e.clientHeight + 2 })()`) {
		t.Errorf("the embed's text box clips its text: %s", text(ctx, `(() => { const e = document.querySelector('#statement'); return e.scrollHeight + ' > ' + e.clientHeight })()`))
	}
}
