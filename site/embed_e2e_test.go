//go:build !wasm

package site

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// embedSetup serves the widget and the demo host on two loopback ports
// (two origins), opens the host page and waits until the widget answers.
// Each of scripts runs first in every document of the tab.
func embedSetup(t *testing.T, scripts ...string) (ctx context.Context, widget, host string) {
	t.Helper()
	ts, _ := serve(t)
	demo := httptest.NewServer(demoHandler(ts.URL))
	t.Cleanup(demo.Close)
	ctx = tab(t)
	for _, s := range scripts {
		if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: s}); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(demo.URL+"/")); err != nil {
		t.Fatal(err)
	}
	// The reader reaches for the widget: the facade's box takes focus and
	// the frame loads.
	if err := waitJS(ctx, `!!document.querySelector('[data-factcheck] textarea') && (document.querySelector('[data-factcheck] textarea').focus(), true)`); err != nil {
		t.Fatal("no facade:", text(ctx, `document.body.innerHTML`))
	}
	if err := waitJS(ctx, `!!document.querySelector('[data-factcheck] iframe')`); err != nil {
		t.Fatal("no iframe:", text(ctx, `document.body.innerHTML`))
	}
	// Results the widget reports to the host page, in order.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__results = []; document.querySelector('[data-factcheck]').addEventListener('factcheck:result', e => __results.push(e.detail)); true`)); err != nil {
		t.Fatal(err)
	}
	return ctx, ts.URL, demo.URL
}

// apiCheck calls factcheck.check(text) on the host page.
func apiCheck(ctx context.Context, statement string) (map[string]any, error) {
	js := fmt.Sprintf(`factcheck.check(%q).then(r => JSON.stringify(r))`, statement)
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, err
	}
	var out map[string]any
	return out, json.Unmarshal([]byte(s), &out)
}

func TestE2EEmbedAPIAndResize(t *testing.T) {
	ctx, widget, _ := embedSetup(t)
	if src := text(ctx, `document.querySelector('[data-factcheck] iframe').src`); !strings.HasPrefix(src, widget+"/embed#origin=") {
		t.Errorf("iframe src %q", src)
	}
	if sb := text(ctx, `document.querySelector('[data-factcheck] iframe').getAttribute('sandbox')`); sb != "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" {
		t.Errorf("sandbox %q", sb)
	}
	res, err := apiCheck(ctx, "Russia does not have an extradition treaty with the U.S.")
	if err != nil {
		t.Fatal(err)
	}
	if res["verdict"] != "supported" {
		t.Fatalf("factcheck.check: %v", res)
	}
	m := res["matches"].([]any)[0].(map[string]any)
	src := m["sources"].([]any)[0].(map[string]any)
	if !strings.Contains(src["quote"].(string), "extradition treaty") || m["claim_id"] == "" || res["reason"] == "" {
		t.Errorf("factcheck.check JSON: %v", res)
	}
	// The frame reports its height once its content is there; the host
	// sizes the iframe to it and drops the reserved space.
	if err := waitJS(ctx, `document.querySelector('[data-factcheck]').style.minHeight === ''`); err != nil {
		t.Fatal("never resized")
	}
	before := text(ctx, `document.querySelector('[data-factcheck] iframe').style.height`)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('[data-factcheck] iframe').contentWindow.postMessage({type: 'factcheck:check', text: 'Roman Seleznev was arrested in 2016.'}, new URL(document.querySelector('[data-factcheck] iframe').src).origin), true`)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, fmt.Sprintf(`document.querySelector('[data-factcheck] iframe').style.height !== %q && parseInt(document.querySelector('[data-factcheck] iframe').style.height) > 300`, before)); err != nil {
		t.Errorf("iframe did not grow with a result: %s -> %s", before, text(ctx, `document.querySelector('[data-factcheck] iframe').style.height`))
	}
}

func TestE2EEmbedSelectionCheck(t *testing.T) {
	ctx, _, _ := embedSetup(t)
	if _, err := apiCheck(ctx, "warm up"); err != nil { // the widget is ready
		t.Fatal(err)
	}
	selectText := func(id string) {
		t.Helper()
		js := fmt.Sprintf(`(() => { const p = document.getElementById(%q); const r = document.createRange(); r.selectNodeContents(p); const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true })()`, id)
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `!!document.querySelector('.factcheck-select-button')`); err != nil {
			t.Fatal("no Check button beside the selection")
		}
	}
	// With the mouse.
	selectText("p1")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".factcheck-select-button"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `__results.length === 1`); err != nil {
		t.Fatal("selection not checked")
	}
	if v := text(ctx, `__results[0].verdict`); v != "contradicted" {
		t.Errorf("selection verdict %q, want contradicted (%s)", v, text(ctx, `__results[0].reason`))
	}
	// With the keyboard: the button follows the selection in tab order.
	selectText("p2")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('.factcheck-select-button').focus(), true`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
			if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: typ, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, Text: "\r"}); err != nil {
				return err
			}
		}
		return nil
	})); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `__results.length === 2`); err != nil {
		t.Fatal("keyboard press did not check")
	}
	if v := text(ctx, `__results[1].verdict`); v != "supported" {
		t.Errorf("keyboard selection verdict %q, want supported", v)
	}
}

func TestE2EEmbedIgnoresForeignOrigins(t *testing.T) {
	ctx, widget, host := embedSetup(t)
	if _, err := apiCheck(ctx, "warm up"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector('[data-factcheck]').style.minHeight === ''`); err != nil {
		t.Fatal(err)
	}
	// The host ignores a resize that does not come from the widget.
	h := text(ctx, `document.querySelector('[data-factcheck] iframe').style.height`)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.postMessage({type: 'factcheck:resize', height: 4321}, '*'), true`)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if got := text(ctx, `document.querySelector('[data-factcheck] iframe').style.height`); got != h {
		t.Errorf("a message from the host's own origin resized the widget: %s -> %s", h, got)
	}
	// The widget ignores a page of another origin that frames it while
	// claiming to be the host: it neither checks nor answers.
	foreign := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><title>foreign</title><iframe id="w" src="%s/embed#origin=%s"></iframe>
<script>window.__replies = []; addEventListener('message', e => __replies.push(e.data));</script>`, widget, host)
	}))
	defer foreign.Close()
	fctx := tab(t)
	if err := chromedp.Do(fctx, chromedp.Navigate(foreign.URL+"/")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(4 * time.Second) // let the framed widget load
	if _, err := chromedp.Run(fctx, chromedp.Evaluate[bool](fmt.Sprintf(`document.getElementById('w').contentWindow.postMessage({type: 'factcheck:api', id: 1, text: 'Russia has no extradition treaty'}, %q), true`, widget))); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	if got := text(fctx, `JSON.stringify(window.__replies)`); got != "[]" {
		t.Errorf("the widget answered a foreign page: %s", got)
	}
}

// TestE2EEmbedStrictCSP: the demo host's strict policy, plus the snippet's
// documented needs, reports no violation (tab() also fails on any console
// error, which is where Chromium reports violations).
func TestE2EEmbedStrictCSP(t *testing.T) {
	requireE2E(t)
	ts, _ := serve(t)
	demo := httptest.NewServer(demoHandler(ts.URL))
	defer demo.Close()
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__violations = []; document.addEventListener('securitypolicyviolation', e => __violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(demo.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if _, err := apiCheck(ctx, "The hotline remains in force."); err != nil {
		t.Fatal(err)
	}
	// Select text so the Check button (styled from script) is drawn too.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('p3')); getSelection().removeAllRanges(); getSelection().addRange(r); return true })()`)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('.factcheck-select-button')`); err != nil {
		t.Fatal(err)
	}
	if v := text(ctx, `JSON.stringify(window.__violations)`); v != "[]" {
		t.Errorf("CSP violations on the host: %s", v)
	}
	if csp := text(ctx, `document.querySelector('iframe') ? 'ok' : ''`); csp != "ok" {
		t.Error("no iframe")
	}
}

// TestE2EClaimPageJSONLD: a claim's page, as the server sends it (what a
// crawler reads), carries its ClaimReview with the sources.
func TestE2EClaimPageJSONLD(t *testing.T) {
	ts, _ := serve(t)
	resp, err := http.Get(ts.URL + "/claim/no-extradition-treaty")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	html := b.String()
	start := strings.Index(html, `<script type="application/ld+json">`)
	if start < 0 {
		t.Fatalf("no JSON-LD in the claim page")
	}
	start += len(`<script type="application/ld+json">`)
	end := strings.Index(html[start:], "</script>")
	var claim map[string]any
	if err := json.Unmarshal([]byte(html[start:start+end]), &claim); err != nil {
		t.Fatal(err)
	}
	// A claim drawn from an article is a schema.org Claim (issue 23), its
	// quote in the article where it appears.
	app := claim["appearance"].([]any)[0].(map[string]any)
	quote, _ := app["hasPart"].(map[string]any)
	if claim["@type"] != "Claim" || claim["text"] != "Russia has no extradition treaty with the United States" || app["@type"] != "NewsArticle" ||
		quote["text"] != "Russia does not have an extradition treaty with the U.S." || claim["url"] != "/claim/no-extradition-treaty" { // relative: no -base
		t.Errorf("Claim: %v", claim)
	}
}

// TestE2EEmbedFacade: until the reader uses it, the embed is a plain text
// box in the host page (no frame, no wasm, nothing from the widget but
// embed.js); the first focus loads the frame, text pasted meanwhile is
// checked once it is ready, and focus and caret move into it.
func TestE2EEmbedFacade(t *testing.T) {
	ts, _ := serve(t)
	demo := httptest.NewServer(demoHandler(ts.URL))
	defer demo.Close()
	ctx := tab(t)
	// A phone's window: the widget is below the fold, so idleness alone
	// loads nothing.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(400, 640)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(demo.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('[data-factcheck] textarea')`); err != nil {
		t.Fatal("no facade:", text(ctx, `document.body.innerHTML`))
	}
	if got := text(ctx, `(() => { const l = document.querySelector('[data-factcheck] label'), b = document.querySelector('[data-factcheck] textarea'); return l.htmlFor === b.id ? l.textContent : 'unlabelled' })()`); got != "Check a statement against its sources" {
		t.Errorf("facade label: %q", got)
	}
	// The facade passes axe-core's WCAG 2.1 AA rules (injected through
	// DevTools; the host's strict CSP stays on for the page).
	if axe, err := os.ReadFile("../node_modules/axe-core/axe.min.js"); err == nil {
		res, err := chromedp.Run(ctx, chromedp.Evaluate[string](string(axe)+`;
			axe.run(document.querySelector('[data-factcheck]'), {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
			  .then(r => JSON.stringify(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.html.slice(0, 80)).join(' | '))))`, chromedp.EvalAwaitPromise))
		if err != nil || res != "[]" {
			t.Errorf("axe on the facade: %s %v", res, err)
		}
	}
	time.Sleep(3500 * time.Millisecond) // idle, not visible
	fetched := `performance.getEntriesByType('resource').map(e => e.name).filter(n => n.startsWith(` + fmt.Sprintf("%q", ts.URL) + `)).join(' ')`
	if got := text(ctx, fetched); got != ts.URL+"/web/embed.js" || text(ctx, `String(!!document.querySelector('[data-factcheck] iframe'))`) != "false" {
		t.Fatalf("before any use the host fetched %q from the widget", got)
	}
	// First use: focus, then a paste while the frame loads.
	const statement = "Russia does not have an extradition treaty with the U.S."
	d := timedPaste(ctx, t, statement)
	t.Logf("first verdict after the first interaction (cold): %v", d.Round(time.Millisecond))
	if v, got := text(ctx, `__results[0].verdict`), text(ctx, `__results[0].text`); v != "supported" || got != statement {
		t.Errorf("checked %q: %s", got, v)
	}
	if text(ctx, `String(!!document.querySelector('[data-factcheck] textarea'))`) != "false" || text(ctx, `document.activeElement.tagName`) != "IFRAME" {
		t.Errorf("the frame did not take over: active %s", text(ctx, `document.activeElement.tagName`))
	}
	frame := frameNode(ctx, t)
	if v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#statement"), chromedp.FromNode(frame))); err != nil || v != statement {
		t.Errorf("text in the frame %q (%v)", v, err)
	}
	if n, err := chromedp.Run(ctx, chromedp.JavascriptAttribute[int](chromedp.CSS("#statement"), "selectionStart", chromedp.FromNode(frame))); err != nil || n != len(statement) {
		t.Errorf("caret at %d, want %d (%v)", n, len(statement), err)
	}
	// Typing goes on in the frame's box.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("!")); err != nil {
		t.Fatal(err)
	}
	if v, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#statement"), chromedp.FromNode(frame))); v != statement+"!" {
		t.Errorf("a key typed after the swap went elsewhere: frame has %q", v)
	}
	// A link in the widget opens a new tab; the frame stays on /embed.
	tabs := func() int {
		ts, _ := chromedp.Targets(ctx)
		n := 0
		for _, tg := range ts {
			if tg.Type == "page" {
				n++
			}
		}
		return n
	}
	before := tabs()
	// The "!" typed above checks the text again, and the new result may
	// replace the link between finding it and clicking it: try again on a
	// freshly found node.
	var clickErr error
	for try := 0; try < 5; try++ {
		if clickErr = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a[href^="/claim/"]`), chromedp.FromNode(frameNode(ctx, t)))); clickErr == nil {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if clickErr != nil {
		t.Fatal(clickErr)
	}
	time.Sleep(time.Second)
	if n := tabs(); n != before+1 {
		t.Errorf("a link in the widget opened %d tabs", n-before)
	}
	if v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#statement"), chromedp.FromNode(frame))); err != nil || v != statement+"!" {
		t.Errorf("the frame left the widget after a link was followed: %q %v", v, err)
	}
}

// TestE2EEmbedCheckLoadsTheFrame: factcheck.check() on a page whose
// widget was never touched loads it and answers.
func TestE2EEmbedCheckLoadsTheFrame(t *testing.T) {
	ts, _ := serve(t)
	demo := httptest.NewServer(demoHandler(ts.URL))
	defer demo.Close()
	ctx := tab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(400, 640), chromedp.Navigate(demo.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!window.factcheck && !document.querySelector('[data-factcheck] iframe')`); err != nil {
		t.Fatal(err)
	}
	res, err := apiCheck(ctx, "Russia does not have an extradition treaty with the U.S.")
	if err != nil || res["verdict"] != "supported" {
		t.Errorf("factcheck.check on an untouched widget: %v %v", res, err)
	}
}

// TestE2EEmbedRejectsWhenTheFrameFails: factcheck.check() rejects, with
// the reason, when the widget's page does not load; no 20 s wait.
func TestE2EEmbedRejectsWhenTheFrameFails(t *testing.T) {
	requireE2E(t)
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/embed.js" {
			http.ServeFile(w, r, "../web/embed.js")
			return
		}
		http.Error(w, "gone", http.StatusBadGateway)
	}))
	defer broken.Close()
	allowedErrors = append(allowedErrors, broken.URL)
	demo := httptest.NewServer(demoHandler(broken.URL))
	defer demo.Close()
	ctx := tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(demo.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!window.factcheck`); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	msg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`factcheck.check('Russia has no extradition treaty').then(() => 'resolved', e => e.message)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg, "no widget could be loaded from "+broken.URL) {
		t.Errorf("factcheck.check on a broken widget: %q", msg)
	}
	t.Logf("rejected after %v", time.Since(start).Round(time.Millisecond))
	if got := text(ctx, `document.querySelector('[data-factcheck] [role=status]').textContent`); got != "The checker could not load." {
		t.Errorf("facade status %q", got)
	}
}

// TestE2EEmbedLoadsWhenIdleInView: with nobody touching it, a widget in
// view loads once the page has settled (10 s after load, in idle time), so
// the first check is instant.
func TestE2EEmbedLoadsWhenIdleInView(t *testing.T) {
	ts, _ := serve(t)
	demo := httptest.NewServer(demoHandler(ts.URL))
	defer demo.Close()
	ctx := tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(demo.URL+"/")); err != nil { // 1100x900: the widget is in view
		t.Fatal(err)
	}
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector('[data-factcheck] iframe') && !document.querySelector('[data-factcheck] textarea')`,
		chromedp.WithPollingTimeout(40*time.Second), chromedp.WithPollingInterval(100*time.Millisecond)))
	if err != nil {
		t.Fatal("a widget in view never loaded by itself")
	}
	if res, err := apiCheck(ctx, "Russia does not have an extradition treaty with the U.S."); err != nil || res["verdict"] != "supported" {
		t.Errorf("check after the idle load: %v %v", res, err)
	}
}
