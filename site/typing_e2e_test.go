//go:build !wasm

package site

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
)

// The embed and the page as readers really use them (issue 20): a
// cross-site embed where the frame gets no storage (private windows,
// strict modes, this Chromium by default), typing through the hand-over
// from the facade to the frame, and the badge while a sentence is typed.

// crossSite serves the widget on localhost and the demo host on
// 127.0.0.1: two sites, as in a real deployment, so the widget's frame is
// third-party. With private, the widget's pages act as a private window
// treats a third-party frame (Chromium here grants it storage whatever its
// settings, so the denial is played by a script that runs first in every
// page of the widget): localStorage and sessionStorage throw
// SecurityError, and a service worker's registration is refused.
func crossSite(t *testing.T, private bool) (widget, host string) {
	t.Helper()
	requireE2E(t)
	testRoutes.Do(app.Routes)
	s, err := newServer(Config{Web: "../web"})
	if err != nil {
		t.Fatal(err)
	}
	var h http.Handler = s
	if private {
		h = denyStorage(s)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	widget = strings.Replace(ts.URL, "127.0.0.1", "localhost", 1)
	demo := httptest.NewServer(demoHandler(widget))
	t.Cleanup(demo.Close)
	return widget, demo.URL
}

// denyStorageJS is what a private window does to a third-party frame.
const denyStorageJS = `(function () {
  function deny() { throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", "SecurityError"); }
  Object.defineProperty(window, "localStorage", { get: deny, configurable: true });
  Object.defineProperty(window, "sessionStorage", { get: deny, configurable: true });
  if (navigator.serviceWorker) navigator.serviceWorker.register = function () { return Promise.reject(new DOMException("Failed to register a ServiceWorker: The user denied permission to use Service Worker.", "SecurityError")); };
})();`

// denyStorage serves h with /test-deny-storage.js run first in every page.
func denyStorage(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/test-deny-storage.js" {
			w.Header().Set("Content-Type", "text/javascript")
			io.WriteString(w, denyStorageJS)
			return
		}
		if r.URL.Path != "/embed" {
			h.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		r.Header.Del("Accept-Encoding")
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(rec.Code)
		io.WriteString(w, strings.Replace(rec.Body.String(), "<head>", `<head><script src="/test-deny-storage.js"></script>`, 1))
	})
}

// TestE2EEmbedPrivateWindow: on the cross-site demo, in a context that
// denies the frame its storage, factcheck.check() answers, and text typed
// into the facade before the frame is ready is taken over by it.
func TestE2EEmbedPrivateWindow(t *testing.T) {
	_, host := crossSite(t, true)
	ctx := tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(host+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('[data-factcheck] textarea')`); err != nil {
		t.Fatal("no facade")
	}
	const statement = "Russia does not have an extradition treaty with the U.S."
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("[data-factcheck] textarea")), chromedp.KeyEvent(statement)); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Promise.race([
		factcheck.check('Roman Seleznev was arrested in 2014.').then(r => r.verdict, e => 'rejected: ' + e.message),
		new Promise(r => setTimeout(() => r('no answer in 20 s'), 20000))])`, chromedp.EvalAwaitPromise))
	t.Logf("factcheck.check() cross-site, storage denied: %q after %v", res, time.Since(start).Round(time.Millisecond))
	if err != nil || res != "supported" {
		t.Errorf("factcheck.check(): %q %v", res, err)
	}
	took := waitJS(ctx, `!document.querySelector('[data-factcheck] textarea')`) == nil
	fctx := frameTab(ctx, t)
	frameText := text(fctx, `document.getElementById('statement') ? document.getElementById('statement').value : ''`)
	storage := text(fctx, `(() => { try { window.localStorage.length; return document.documentElement.dataset.storage || 'granted' } catch (e) { return 'denied: ' + e.name } })()`)
	t.Logf("typed text taken over: %v (frame has %q); the frame's storage: %s", took && frameText == statement, frameText, storage)
	if !took || frameText != statement {
		t.Errorf("typed text not taken over: frame shown %v, frame has %q", took, frameText)
	}
}

// frameTab is the widget's frame as a target of its own: a cross-site
// frame runs in another process, where the host tab's DOM queries do not
// reach.
func frameTab(ctx context.Context, t *testing.T) context.Context {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		targets, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, tg := range targets {
			if tg.Type == "iframe" && strings.Contains(tg.URL, "/embed#") {
				fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(tg.TargetID))
				t.Cleanup(cancel)
				return fctx
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("no frame target")
	return nil
}

// typingRuns is how many times each typing speed runs: once in make test
// (which then takes about 25 s for the three speeds), FACTCHECK_TYPING_RUNS
// (20 for the measure) when set.
func typingRuns() int {
	if n, err := strconv.Atoi(os.Getenv("FACTCHECK_TYPING_RUNS")); err == nil && n > 0 {
		return n
	}
	return 1
}

// typeKeys types s a key at a time, one key every gap; stop ends it early
// when it returns true (checked before each key).
func typeKeys(ctx context.Context, s string, gap time.Duration, stop func() bool) (typed string, err error) {
	next := time.Now()
	for _, r := range s {
		if stop != nil && stop() {
			break
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent(string(r))); err != nil {
			return typed, err
		}
		typed += string(r)
		next = next.Add(gap)
		time.Sleep(time.Until(next))
	}
	return typed, nil
}

// TestE2EEmbedTypingThroughTheHandOver: a reader who starts typing in the
// facade and goes on while the frame takes over loses no key, at 10, 30
// and 120 ms a key.
func TestE2EEmbedTypingThroughTheHandOver(t *testing.T) {
	ts, _ := serve(t)
	demo := httptest.NewServer(demoHandler(ts.URL)) // one site: the frame has storage
	defer demo.Close()
	const long = "Roman Seleznev was arrested in 2014 and extradited to the United States where he was sentenced to 27 years in prison for hacking. Amazon bought Whole Foods. "
	runs := typingRuns()
	for _, gap := range []time.Duration{10 * time.Millisecond, 30 * time.Millisecond, 120 * time.Millisecond} {
		lost := 0
		for run := 0; run < runs; run++ {
			ctx := tab(t)
			if err := chromedp.Do(ctx, chromedp.Navigate(demo.URL+"/")); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!!document.querySelector('[data-factcheck] textarea')`); err != nil {
				t.Fatal("no facade")
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("[data-factcheck] textarea"))); err != nil {
				t.Fatal(err)
			}
			// Type until the frame has taken over, and 15 keys more.
			after := -1
			text := strings.Repeat(long, 40)
			typed, err := typeKeys(ctx, text, gap, func() bool {
				if after < 0 && text2(ctx, `String(!document.querySelector('[data-factcheck] textarea'))`) == "true" {
					after = 0
				}
				if after >= 0 {
					after++
				}
				return after > 15
			})
			if err != nil {
				t.Fatal(err)
			}
			if after < 0 {
				t.Fatalf("%v a key: the frame never took over", gap)
			}
			time.Sleep(500 * time.Millisecond)
			got, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#statement"), chromedp.FromNode(frameNode(ctx, t))))
			if got != typed {
				lost++
				t.Logf("%v a key, run %d: typed %d characters, the frame has %d: %q", gap, run+1, len(typed), len(got), diffAt(typed, got))
			}
		}
		t.Logf("%v a key: %d of %d runs lost a key", gap, lost, runs)
		if lost > 0 {
			t.Errorf("%v a key: %d of %d runs lost a key", gap, lost, runs)
		}
	}
}

// text2 is text without failing: the tab may be navigating.
func text2(ctx context.Context, js string) string {
	s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	return s
}

// diffAt shows where two strings part.
func diffAt(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-15)
	return fmt.Sprintf("typed …%s… got …%s…", a[from:min(len(a), i+15)], b[from:min(len(b), i+15)])
}

// TestE2ECalmBadgeWhileTyping: a true sentence typed at 150 ms a key on
// the widget's page shows no red badge on its way and changes badge at
// most three times.
func TestE2ECalmBadgeWhileTyping(t *testing.T) {
	ctx, _, _ := openApp(t, "/")
	// Every state of the results' badges, as the reader sees them.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		window.__states = [''];
		const read = () => [...document.querySelectorAll('#results .badge')].map(b => b.textContent.trim()).join(' | ');
		new MutationObserver(() => { const s = read(); if (s !== __states[__states.length - 1]) __states.push(s); })
			.observe(document.body, {childList: true, subtree: true, characterData: true});
		return true })()`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#statement"))); err != nil {
		t.Fatal(err)
	}
	const sentence = "Roman Seleznev was arrested in 2014 and extradited to the U.S."
	if _, err := typeKeys(ctx, sentence, 150*time.Millisecond, nil); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `[...document.querySelectorAll('#results .badge')].some(b => b.textContent.includes('Supported'))`); err != nil {
		t.Errorf("no Supported badge at the end: %s", text(ctx, `JSON.stringify(__states)`))
	}
	time.Sleep(time.Second)
	states := text(ctx, `JSON.stringify(__states)`)
	changes := int(evalFloat(ctx, `__states.length - 1`))
	red := strings.Contains(states, "Contradicted")
	t.Logf("typed at 150 ms a key: %d badge changes, red on the way: %v: %s", changes, red, states)
	if red || changes > 3 {
		t.Errorf("%d badge changes (at most 3), red %v: %s", changes, red, states)
	}
}

func evalFloat(ctx context.Context, js string) float64 {
	f, _ := chromedp.Run(ctx, chromedp.Evaluate[float64](js))
	return f
}

// TestE2EEmbedReportsAFailedStart (issue 22, point 8): when the widget's
// page loads but its program cannot start, the frame says so at once and
// factcheck.check() rejects with the reason, long before the host's own
// time limit.
func TestE2EEmbedReportsAFailedStart(t *testing.T) {
	requireE2E(t)
	testRoutes.Do(app.Routes)
	s, err := newServer(Config{Web: "../web"})
	if err != nil {
		t.Fatal(err)
	}
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/web/app.wasm") { // a deploy that went wrong
			w.Header().Set("Content-Type", "application/wasm")
			io.WriteString(w, "this is not WebAssembly")
			return
		}
		s.ServeHTTP(w, r)
	}))
	defer broken.Close()
	demo := httptest.NewServer(demoHandler(broken.URL))
	defer demo.Close()
	allowedErrors = append(allowedErrors, "loading wasm failed", "WebAssembly", "wasm")
	ctx := tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(demo.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!window.factcheck`); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	msg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Promise.race([
		factcheck.check('Russia has no extradition treaty').then(() => 'resolved', e => e.message),
		new Promise(r => setTimeout(() => r('no answer in 20 s'), 20000))])`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("factcheck.check() with a widget that cannot start: %q after %v", msg, time.Since(start).Round(time.Millisecond))
	if !strings.Contains(msg, "could not start") {
		t.Errorf("factcheck.check(): %q, want a rejection saying the widget could not start", msg)
	}
}
