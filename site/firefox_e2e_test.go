//go:build !wasm && linux

package site

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// The end-to-end core in Firefox ESR (Debian's firefox-esr), driven
// through WebDriver BiDi, the W3C protocol Firefox speaks natively
// (--remote-debugging-port): check a statement, the embed across sites,
// an offline reload. The client below is the few BiDi commands these
// tests need, over golang.org/x/net/websocket. When Firefox is not
// installed the tests skip and say how to get it (.ci/run installs it).

// bidi is a WebDriver BiDi session with one Firefox.
type bidi struct {
	ws      *websocket.Conn
	mu      sync.Mutex
	next    int
	pending map[int]chan bidiReply
}

type bidiReply struct {
	Type    string          `json:"type"` // success, error
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

// call sends a command and waits for its answer (60 s at most).
func (b *bidi) call(method string, params any, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan bidiReply, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg, _ := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err := websocket.Message.Send(b.ws, string(msg)); err != nil {
		return err
	}
	select {
	case r := <-ch:
		if r.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, r.Error, r.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-time.After(60 * time.Second):
		return fmt.Errorf("%s: no answer in 60 s", method)
	}
}

// read delivers answers to their callers; events are not used.
func (b *bidi) read() {
	for {
		var raw string
		if err := websocket.Message.Receive(b.ws, &raw); err != nil {
			b.mu.Lock()
			for id, ch := range b.pending {
				ch <- bidiReply{Type: "error", Error: "connection closed", Message: err.Error()}
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var m struct {
			ID *int `json:"id"`
			bidiReply
		}
		if json.Unmarshal([]byte(raw), &m) != nil || m.ID == nil {
			continue
		}
		b.mu.Lock()
		if ch, ok := b.pending[*m.ID]; ok {
			ch <- m.bidiReply
			delete(b.pending, *m.ID)
		}
		b.mu.Unlock()
	}
}

var (
	firefoxOnce sync.Once
	firefoxB    *bidi
	firefoxErr  error
	firefoxSkip string
)

// firefoxPath is Debian's Firefox ESR, or another Firefox.
func firefoxPath() string {
	for _, name := range []string{os.Getenv("FIREFOX_PATH"), "firefox-esr", "firefox"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// firefox starts one headless Firefox for the suite and opens a BiDi
// session with it; it ends when the test binary does.
func firefox(t *testing.T) *bidi {
	t.Helper()
	requireE2E(t)
	firefoxOnce.Do(func() {
		path := firefoxPath()
		if path == "" {
			firefoxSkip = "Firefox ESR is not installed: apt-get install firefox-esr (.ci/run does) to run the Firefox end-to-end tests"
			return
		}
		profile, err := os.MkdirTemp("", "factcheck-firefox-")
		if err != nil {
			firefoxErr = err
			return
		}
		prefs := strings.Join([]string{
			`user_pref("browser.shell.checkDefaultBrowser", false);`,
			`user_pref("datareporting.policy.dataSubmissionEnabled", false);`,
			`user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);`,
			`user_pref("browser.startup.homepage_override.mstone", "ignore");`,
			`user_pref("app.update.disabledForTesting", true);`,
			`user_pref("remote.prefs.recommended", true);`,
		}, "\n")
		if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(prefs), 0o644); err != nil {
			firefoxErr = err
			return
		}
		cmd := exec.Command(path, "--headless", "--no-remote", "--profile", profile,
			"--remote-debugging-port=0", "--remote-allow-hosts=127.0.0.1,localhost", "--remote-allow-origins=http://127.0.0.1")
		cmd.Env = append(os.Environ(), "MOZ_HEADLESS=1")
		// Firefox ends with the test binary (its content processes with it).
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		stderr, err := cmd.StderrPipe()
		if err != nil {
			firefoxErr = err
			return
		}
		if err := cmd.Start(); err != nil {
			firefoxErr = err
			return
		}
		// Firefox says where BiDi listens on stderr.
		found := make(chan string, 1)
		go func() {
			listening := regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				if m := listening.FindStringSubmatch(sc.Text()); m != nil {
					found <- m[1]
				}
			}
		}()
		var url string
		select {
		case url = <-found:
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			firefoxErr = fmt.Errorf("firefox did not start WebDriver BiDi within 60 s")
			return
		}
		ws, err := websocket.Dial(strings.TrimSuffix(url, "/")+"/session", "", "http://127.0.0.1")
		if err != nil {
			cmd.Process.Kill()
			firefoxErr = err
			return
		}
		firefoxB = &bidi{ws: ws, pending: map[int]chan bidiReply{}}
		go firefoxB.read()
		firefoxErr = firefoxB.call("session.new", map[string]any{"capabilities": map[string]any{}}, nil)
		var version string
		if out, err := exec.Command(path, "--version").Output(); err == nil {
			version = strings.TrimSpace(string(out))
		}
		fmt.Fprintln(os.Stderr, "Firefox end-to-end tests in", version)
	})
	if firefoxSkip != "" {
		t.Skip(firefoxSkip)
	}
	if firefoxErr != nil {
		t.Fatal(firefoxErr)
	}
	return firefoxB
}

// ffTab is one tab of the Firefox session.
type ffTab struct {
	b   *bidi
	ctx string
	t   *testing.T
}

// newTab opens a tab, closed when the test ends.
func newFirefoxTab(t *testing.T) *ffTab {
	t.Helper()
	b := firefox(t)
	var out struct {
		Context string `json:"context"`
	}
	if err := b.call("browsingContext.create", map[string]any{"type": "tab"}, &out); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.call("browsingContext.close", map[string]any{"context": out.Context}, nil) })
	return &ffTab{b, out.Context, t}
}

func (f *ffTab) navigate(url string) {
	f.t.Helper()
	if err := f.b.call("browsingContext.navigate", map[string]any{"context": f.ctx, "url": url, "wait": "complete"}, nil); err != nil {
		f.t.Fatal(err)
	}
}

func (f *ffTab) reload() error {
	return f.b.call("browsingContext.reload", map[string]any{"context": f.ctx, "wait": "complete"}, nil)
}

// eval runs expr (awaiting a promise) in context ctx and returns it as a
// string.
func (f *ffTab) evalIn(ctx, expr string) (string, error) {
	var out struct {
		Type   string `json:"type"`
		Result struct {
			Value any `json:"value"`
		} `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := f.b.call("script.evaluate", map[string]any{
		"expression": "(async () => String(await (" + expr + ")))()", "target": map[string]any{"context": ctx},
		"awaitPromise": true, "resultOwnership": "none",
	}, &out)
	if err != nil {
		return "", err
	}
	if out.Type == "exception" {
		return "", fmt.Errorf("%s: %s", expr, out.ExceptionDetails.Text)
	}
	s, _ := out.Result.Value.(string)
	return s, nil
}

func (f *ffTab) eval(expr string) string {
	s, _ := f.evalIn(f.ctx, expr)
	return s
}

// wait polls a condition in the tab for 40 s.
func (f *ffTab) wait(cond string) bool {
	deadline := time.Now().Add(40 * time.Second)
	for time.Now().Before(deadline) {
		if f.eval(cond) == "true" {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

// frame is the context of the tab's first frame.
func (f *ffTab) frame() string {
	var out struct {
		Contexts []struct {
			Children []struct {
				Context string `json:"context"`
			} `json:"children"`
		} `json:"contexts"`
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if err := f.b.call("browsingContext.getTree", map[string]any{"root": f.ctx}, &out); err == nil && len(out.Contexts) > 0 && len(out.Contexts[0].Children) > 0 {
			return out.Contexts[0].Children[0].Context
		}
		time.Sleep(100 * time.Millisecond)
	}
	f.t.Fatal("no frame in the tab")
	return ""
}

// typeKeys types s in the focused element, a key at a time.
func (f *ffTab) typeKeys(s string) {
	f.t.Helper()
	var actions []map[string]any
	for _, r := range s {
		actions = append(actions, map[string]any{"type": "keyDown", "value": string(r)}, map[string]any{"type": "keyUp", "value": string(r)})
	}
	if err := f.b.call("input.performActions", map[string]any{"context": f.ctx, "actions": []any{map[string]any{"type": "key", "id": "keyboard", "actions": actions}}}, nil); err != nil {
		f.t.Fatal(err)
	}
}

// checkStatement types statement into the page's box (as a paste does)
// and waits for a result with the badge want.
func (f *ffTab) checkStatement(statement, want string) bool {
	f.eval(fmt.Sprintf(`(() => { const e = document.getElementById('statement'); e.focus(); e.value = %q; e.dispatchEvent(new Event('input', {bubbles: true})); return true })()`, statement))
	return f.wait(fmt.Sprintf(`[...document.querySelectorAll('#results .result .badge-word')].some(e => e.textContent === %q)`, want))
}

func TestE2EFirefoxCheckStatement(t *testing.T) {
	ts, _ := serve(t)
	f := newFirefoxTab(t)
	start := time.Now()
	f.navigate(ts.URL + "/")
	if !f.wait(started(`document.body.dataset.factcheck === 'ready'`)) {
		t.Fatal("the widget never became ready in Firefox:", f.eval(`document.body.innerText`))
	}
	t.Logf("Firefox: ready %v after navigation", time.Since(start).Round(time.Millisecond))
	if !f.checkStatement("Russia does not have an extradition treaty with the U.S.", "Supported") {
		t.Fatal("no Supported badge:", f.eval(`document.querySelector('#results') && document.querySelector('#results').innerText`))
	}
	if !f.checkStatement("Drinkman was arrested in Amsterdam in 2014.", "Contradicted") {
		t.Fatal("no Contradicted badge:", f.eval(`document.querySelector('#results') && document.querySelector('#results').innerText`))
	}
}

func TestE2EFirefoxEmbedAcrossSites(t *testing.T) {
	_, host := crossSite(t, false)
	f := newFirefoxTab(t)
	f.navigate(host + "/")
	if !f.wait(`!!document.querySelector('[data-factcheck] textarea')`) {
		t.Fatal("no facade")
	}
	// Typed into the facade, taken over by the frame.
	f.eval(`document.querySelector('[data-factcheck] textarea').focus(), true`)
	const statement = "Roman Seleznev was arrested in 2014."
	f.typeKeys(statement)
	res := f.eval(`factcheck.check('Russia does not have an extradition treaty with the U.S.').then(r => r.verdict, e => 'rejected: ' + e.message)`)
	if res != "supported" {
		t.Errorf("factcheck.check() across sites in Firefox: %q", res)
	}
	if !f.wait(`!document.querySelector('[data-factcheck] textarea')`) {
		t.Fatal("the frame never took over from the facade")
	}
	frame := f.frame()
	got, err := f.evalIn(frame, `document.getElementById('statement').value`)
	if err != nil || got != statement {
		t.Errorf("the frame has %q (%v), want %q", got, err, statement)
	}
}

func TestE2EFirefoxOfflineReload(t *testing.T) {
	ts, _ := serve(t)
	f := newFirefoxTab(t)
	f.navigate(ts.URL + "/")
	if !f.wait(started(`document.body.dataset.factcheck === 'ready'`)) {
		t.Fatal("not ready")
	}
	list, _ := json.Marshal([]string{"/", "/web/claims.json", "/web/app.wasm"})
	cached := fmt.Sprintf(`(async () => {
		const want = %s, urls = [];
		for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) urls.push(new URL(r.url).pathname);
		return want.every(p => urls.includes(p)) && !!navigator.serviceWorker.controller;
	})()`, list)
	if !f.wait(cached) {
		// A first visit's page is not yet controlled by the worker: one
		// reload while online makes it so.
		if err := f.reload(); err != nil {
			t.Fatal(err)
		}
		if !f.wait(cached) {
			t.Fatal("the service worker never cached the app in Firefox")
		}
	}
	ts.Close()
	start := time.Now()
	if err := f.reload(); err != nil {
		t.Fatal("offline reload:", err)
	}
	if !f.wait(started(`document.body.dataset.factcheck === 'ready'`)) {
		t.Fatal("offline reload did not start the app:", f.eval(`document.body.innerText`))
	}
	t.Logf("Firefox offline reload: ready after %v", time.Since(start).Round(time.Millisecond))
	if !f.checkStatement("Russia does not have an extradition treaty with the U.S.", "Supported") {
		t.Fatal("offline check failed in Firefox")
	}
}
