//go:build !wasm

package site

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/collections"
	"github.com/factcheck/factcheck/claims/seed"
)

// embedMaxMinified is the size budget of web/embed.js once minified (the
// facade, the text box shown until the frame loads, takes 2.3 KB of it;
// the hand-over that loses no key, about 1 KB).
const embedMaxMinified = 7*1024 + 512

func TestEmbedScriptIsSmall(t *testing.T) {
	terser := "../node_modules/.bin/terser"
	if _, err := os.Stat(terser); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("terser not installed: run npm ci")
		}
		t.Skip("terser not installed (npm ci)")
	}
	out, err := exec.Command(terser, "../web/embed.js", "-c", "-m").Output()
	if err != nil {
		t.Fatal(err)
	}
	if len(out) >= embedMaxMinified {
		t.Errorf("embed.js is %d bytes minified, budget %d", len(out), embedMaxMinified)
	}
	t.Logf("embed.js: %d bytes minified", len(out))
}

func TestEmbedScriptUsesNoInlineStyleOrEval(t *testing.T) {
	src, err := os.ReadFile("../web/embed.js")
	if err != nil {
		t.Fatal(err)
	}
	// A strict host CSP blocks style attributes, inline <style> and eval;
	// CSSOM assignments (el.style.x = …) are allowed.
	for _, bad := range []string{`setAttribute("style"`, "innerHTML", "eval(", "new Function", "document.write", `"*")`} {
		if bytes.Contains(src, []byte(bad)) {
			t.Errorf("embed.js uses %s", bad)
		}
	}
}

func TestInjectJSONLD(t *testing.T) {
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	page := []byte("<html><head><title>x</title></head><body></body></html>")
	c := db.Claims[0]
	c.Text = `</script><script>alert(1)</script>`
	out := string(injectJSONLD(page, collections.ClaimJSONLD(db, &c, "https://fc.example")))
	if strings.Count(out, "</script>") != 1 || !strings.Contains(out, `<script type="application/ld+json">{`) {
		t.Errorf("JSON-LD not safely injected: %s", out)
	}
}

func TestCSPAndFrameAncestors(t *testing.T) {
	s := &server{cfg: Config{}}
	if got := s.csp("/embed"); !strings.Contains(got, "frame-ancestors *") {
		t.Errorf("embed CSP: %s", got)
	}
	if got := s.csp("/"); !strings.Contains(got, "frame-ancestors 'self'") || strings.Contains(got, "unsafe-inline") {
		t.Errorf("page CSP: %s", got)
	}
	s.cfg.FrameAncestors = "https://news.example"
	if got := s.csp("/embed"); !strings.Contains(got, "frame-ancestors 'self' https://news.example") {
		t.Errorf("configured embed CSP: %s", got)
	}
	if got := demoCSP("http://127.0.0.1:8000"); !strings.Contains(got, "frame-src http://127.0.0.1:8000") || strings.Contains(got, "unsafe") {
		t.Errorf("demo CSP: %s", got)
	}
}

func TestDemoHostPage(t *testing.T) {
	ts := httptest.NewServer(demoHandler("http://widget.example"))
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	for _, want := range []string{`<script src="http://widget.example/web/embed.js" async></script>`, `<div data-factcheck`, `data-factcheck-select`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("demo page lacks %s", want)
		}
	}
}
