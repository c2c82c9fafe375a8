//go:build !wasm

package site

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
)

// TestLighthouseEmbed (make bench-embed) measures what embedding costs a
// host page, in one run: Lighthouse mobile performance of the demo article
// with the embed (/) and without it (/plain), median of 3 each, taken in
// turns; and the first verdict after the first interaction, cold (a fresh
// browser profile each time), median of 3. It reports; it asserts nothing
// about time.
func TestLighthouseEmbed(t *testing.T) {
	if os.Getenv("FACTCHECK_LIGHTHOUSE") == "" {
		t.Skip("make bench-embed runs it (FACTCHECK_LIGHTHOUSE=1)")
	}
	testRoutes.Do(app.Routes)
	s, err := newServer(Config{Web: "../web"})
	if err != nil {
		t.Fatal(err)
	}
	wsrv := listen(t, s)
	defer wsrv.Close()
	widget := demoWidgetOrigin(wsrv.Addr) // another site than the host, as in make demo
	dsrv := listen(t, demoHandler(widget))
	defer dsrv.Close()
	host := "http://" + dsrv.Addr.String()

	type run = lighthouseRun
	runs := map[string][]run{}
	for i := 0; i < 3; i++ {
		for _, page := range []string{"/", "/plain"} {
			r, err := lighthouse(t, host+page)
			if err != nil {
				t.Fatal(err)
			}
			runs[page] = append(runs[page], r)
		}
	}
	var verdicts []time.Duration
	for i := 0; i < 3; i++ {
		verdicts = append(verdicts, firstVerdict(t, host))
	}
	sort.Slice(verdicts, func(i, j int) bool { return verdicts[i] < verdicts[j] })
	out := fmt.Sprintf("Lighthouse 12.8.2 mobile, demo article, median of 3 (%s):\n", time.Now().UTC().Format("2006-01-02"))
	out += fmt.Sprintf("%-22s %6s %8s %8s %6s\n", "page", "perf", "TBT ms", "LCP ms", "CLS")
	for _, page := range []string{"/", "/plain"} {
		name := map[string]string{"/": "with the embed (/)", "/plain": "without it (/plain)"}[page]
		rs := runs[page]
		out += fmt.Sprintf("%-22s %6.0f %8.0f %8.0f %6.3f\n", name, 100*medianOf(rs, func(r run) float64 { return r.score }),
			medianOf(rs, func(r run) float64 { return r.tbt }), medianOf(rs, func(r run) float64 { return r.lcp }), medianOf(rs, func(r run) float64 { return r.cls }))
	}
	out += fmt.Sprintf("first verdict after the first interaction, cold: median %v (%v)\n", verdicts[1].Round(time.Millisecond), verdicts)
	fmt.Print(out)
	t.Log("\n" + out)
}

// lighthouseRun is what one Lighthouse run measured: the performance score
// (0 to 1), total blocking time and largest contentful paint in ms, the
// cumulative layout shift, and the bytes the page transferred.
type lighthouseRun struct{ score, tbt, lcp, cls, bytes float64 }

// medianOf returns the median of f over Lighthouse runs, or -1 when there
// are none.
func medianOf(rs []lighthouseRun, f func(lighthouseRun) float64) float64 {
	if len(rs) == 0 {
		return -1
	}
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// A loopback server serves on a loopback port.
type loopback struct {
	Addr net.Addr
	srv  *http.Server
}

func (b loopback) Close() { b.srv.Close() }

// listen serves h on a loopback port with the production timeouts.
func listen(t *testing.T, h http.Handler) loopback {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(h, serverTimeouts)
	go srv.Serve(ln)
	return loopback{ln.Addr(), srv}
}

// lighthouse runs Lighthouse 12.8.2 (through npx, cached outside the
// repository) on url with the default mobile settings.
func lighthouse(t *testing.T, url string) (r lighthouseRun, err error) {
	dir := t.TempDir()
	report := filepath.Join(dir, "report.json")
	cmd := exec.Command("npx", "--yes", "lighthouse@12.8.2", url, "--quiet", "--output=json", "--output-path="+report,
		"--only-categories=performance",
		"--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --user-data-dir="+filepath.Join(dir, "profile"))
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromiumPath())
	if out, err := cmd.CombinedOutput(); err != nil {
		return r, fmt.Errorf("lighthouse %s: %v\n%s", url, err, out)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		return r, err
	}
	var lh struct {
		Categories map[string]struct{ Score float64 }
		Audits     map[string]struct{ NumericValue float64 }
	}
	if err := json.Unmarshal(data, &lh); err != nil {
		return r, err
	}
	r.score = lh.Categories["performance"].Score
	r.tbt = lh.Audits["total-blocking-time"].NumericValue
	r.lcp = lh.Audits["largest-contentful-paint"].NumericValue
	r.cls = lh.Audits["cumulative-layout-shift"].NumericValue
	r.bytes = lh.Audits["total-byte-weight"].NumericValue
	return r, nil
}

// firstVerdict opens the demo article in a fresh browser context, pastes
// a statement into the facade and times it to the verdict, in the page
// (performance.now(), from the focus to the factcheck:result event).
func firstVerdict(t *testing.T, host string) time.Duration {
	ctx := tab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(400, 640), chromedp.Navigate(host+"/")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('[data-factcheck] textarea')`); err != nil {
		t.Fatal(err)
	}
	return timedPaste(ctx, t, "Russia does not have an extradition treaty with the U.S.")
}

// timedPaste focuses the facade's box, pastes statement and waits for the
// widget's first factcheck:result; it returns the time between the two
// as the page measured it.
func timedPaste(ctx context.Context, t *testing.T, statement string) time.Duration {
	t.Helper()
	js := fmt.Sprintf(`(() => {
		window.__results = [];
		const div = document.querySelector('[data-factcheck]'), box = div.querySelector('textarea');
		div.addEventListener('factcheck:result', e => { __results.push(e.detail); window.__t1 = window.__t1 || performance.now(); });
		window.__t0 = performance.now();
		box.focus();
		box.value = %q;
		box.dispatchEvent(new Event('input', {bubbles: true}));
		return true;
	})()`, statement)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `__results.length > 0`); err != nil {
		t.Fatal("the text typed before the frame was ready was never checked")
	}
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`__t1 - __t0`))
	if err != nil {
		t.Fatal(err)
	}
	return time.Duration(ms * float64(time.Millisecond))
}
