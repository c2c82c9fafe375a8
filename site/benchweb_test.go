//go:build !wasm

package site

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
)

// TestBenchWeb (make bench-web) compares factcheck with the page a news
// site would build instead (MiniSearch over the same claims.json, from
// ../shared/bench/web) at three database sizes, in one run, and prints one
// Markdown table: what each sends, the start-up and check latency a reader
// meets (../shared/bench/web/probe, median of 3 fresh profiles), Lighthouse
// mobile (median of FACTCHECK_LIGHTHOUSE_RUNS, default 3; 0 skips it) and
// the browser's memory once the first result shows. Both pages are served
// from here with the same compression (brotli, as the server sends). A
// page that does not load in time is a result, not a failure. It reports;
// it asserts nothing about time.
//
// FACTCHECK_BENCH_DBS lists the databases, NAME=FILE[+SHARDS],… (an empty
// FILE is the seed; +SHARDS serves the sharded index `factcheck build
// -shards` wrote beside FILE, and an empty FILE with +SHARDS the sharded
// index alone, as a million claims are deployed: no claims.json, so no
// MiniSearch page); FACTCHECK_SHARED is the shared folder (default
// ../../shared). A database whose files are not built is a row saying so.
func TestBenchWeb(t *testing.T) {
	if os.Getenv("FACTCHECK_BENCH_WEB") == "" {
		t.Skip("make bench-web runs it (FACTCHECK_BENCH_WEB=1)")
	}
	shared := envOr("FACTCHECK_SHARED", "../../shared")
	dbs := envOr("FACTCHECK_BENCH_DBS", "seed=,10k=../build/bench/claims-10k.json,"+
		"100k=../build/bench/claims-100k.json,100k sharded=../build/bench/claims-100k.json+../build/bench/shards-100k,"+
		"1M sharded=+../build/bench/shards-1m")
	lhRuns, err := strconv.Atoi(envOr("FACTCHECK_LIGHTHOUSE_RUNS", "3"))
	if err != nil {
		t.Fatalf("FACTCHECK_LIGHTHOUSE_RUNS: %v", err)
	}
	testRoutes.Do(app.Routes)
	minisearchJS := benchTools(t, shared)
	var out strings.Builder
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Fprintf(&out, "factcheck vs MiniSearch, %s, %d cores, load %s, Lighthouse 12.8.2 mobile median of %d\n\n",
		time.Now().UTC().Format("2006-01-02"), runtime.NumCPU(), strings.Join(strings.Fields(string(load))[:3], " "), lhRuns)
	out.WriteString("| database | measure | factcheck | MiniSearch | ratio |\n|---|---|---|---|---|\n")
	for _, spec := range strings.Split(dbs, ",") {
		name, files, _ := strings.Cut(spec, "=")
		file, shards, _ := strings.Cut(files, "+")
		for _, r := range benchDB(t, shared, minisearchJS, file, shards, lhRuns) {
			fmt.Fprintf(&out, "| %s | %s | %s | %s | %s |\n", name, r.measure, r.fc, r.ms, r.ratio)
		}
		fmt.Print(out.String()) // as it goes: a long run shows its progress
		out.Reset()
	}
}

// A benchRow is one measure of one database: factcheck, MiniSearch, and
// factcheck's value over MiniSearch's when both are numbers.
type benchRow struct{ measure, fc, ms, ratio string }

// benchDB serves file (the seed when empty), with its sharded index when
// shards is a folder, with factcheck and with the MiniSearch page, and
// measures both.
func benchDB(t *testing.T, shared, minisearchJS, file, shards string, lhRuns int) []benchRow {
	var rows []benchRow
	add := func(measure string, fc, ms float64, unit func(float64) string) {
		r := benchRow{measure: measure, fc: unit(fc), ms: unit(ms)}
		switch {
		case fc < 0:
			r.fc = "—"
		case ms < 0:
			r.ms = "—"
		case ms > 0 && fc/ms < 0.1:
			r.ratio = fmt.Sprintf("%.2f×", fc/ms)
		case ms > 0:
			r.ratio = fmt.Sprintf("%.1f×", fc/ms)
		}
		if fc < 0 && ms < 0 {
			r.fc, r.ms = "—", "—"
		}
		rows = append(rows, r)
	}
	note := func(measure, fc, ms string) { rows = append(rows, benchRow{measure: measure, fc: fc, ms: ms}) }
	for _, f := range []string{file, shards} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			note("database", "not built: "+err.Error(), "")
			return rows
		}
	}

	start := time.Now()
	s, err := newServer(Config{Web: "../web", DB: file, Shards: shards})
	if err != nil {
		note("server start-up", "failed: "+err.Error(), "")
		return rows
	}
	startup := time.Since(start)
	var fcWire, msWire wireCount
	fc := listen(t, fcWire.wrap(s))
	defer fc.Close()
	fcURL := "http://" + fc.Addr.String()

	// The MiniSearch page gets the database file as claims.json; a sharded
	// index alone has none.
	db := s.web["claims.json"]
	if db == nil && file != "" {
		db = newAsset("claims.json", readFile(t, file), "")
	}
	msURL := ""
	ms := map[string]*asset{
		"index.html":    newAsset("index.html", readFile(t, filepath.Join(shared, "bench/web/minisearch.html")), ""),
		"minisearch.js": newAsset("minisearch.js", readFile(t, minisearchJS), ""),
	}
	if db != nil {
		ms["claims.json"] = db
		msSrv := listen(t, msWire.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			name := strings.TrimPrefix(r.URL.Path, "/")
			if name == "" {
				name = "index.html"
			}
			if a, ok := ms[name]; ok {
				a.serve(w, r)
				return
			}
			http.NotFound(w, r)
		})))
		defer msSrv.Close()
		msURL = "http://" + msSrv.Addr.String() + "/"
	}

	if file == "" && shards != "" { // the sharded index alone: its manifest counts them
		note("claims", manifestClaims(shards), "— (no claims.json)")
	} else {
		note("claims", strconv.Itoa(len(s.db.Claims)), "same claims.json")
	}
	if db != nil {
		note("claims.json raw / brotli (the database, on disk / on the wire)", assetSizes(db), "same file")
	}
	if idx := s.web["claims.index"]; idx != nil && shards == "" {
		note("claims.index raw / brotli (factcheck only)", assetSizes(idx), "—")
	}
	if shards != "" {
		note("sharded index on disk (factcheck only)", folderSize(shards), "—")
	}
	wasm, html, js := s.web["app.wasm"], ms["index.html"], ms["minisearch.js"]
	note("code: app.wasm vs minisearch.js + page, raw / brotli", assetSizes(wasm), fmt.Sprintf("%s / %s", kb(len(js.raw)+len(html.raw)), kb(len(js.br)+len(html.br))))
	note("server start-up (decode, index, compress)", dur(startup.Seconds()*1000), "—")

	// The reader's view: the probe, both pages in turn.
	none := probeResult{err: "—"}
	pf, pm := probe(t, shared, fcURL), none
	if msURL != "" {
		pm = probe(t, shared, msURL)
	}
	for _, m := range []string{"ready cold", "ready warm", "first result cold", "first result warm", "check latency median (factcheck: its 150 ms typing pause included)", "check latency p95"} {
		if pf.err != "" || pm.err != "" {
			note(m, orValue(pf.err, pf.ms[m]), orValue(pm.err, pm.ms[m]))
			continue
		}
		add(m, pf.ms[m], pm.ms[m], dur)
	}

	mf, mm := browserMemory(t, fcURL, &fcWire), memory{pss: -1, heap: -1, wasm: -1, code: -1, data: -1}
	if msURL != "" {
		mm = browserMemory(t, msURL, &msWire)
	}
	add("over the wire to the first result of a cold `#q=` load: code (app.wasm and scripts vs minisearch.js and page)", mf.code, mm.code, func(v float64) string { return kb(int(v)) })
	add("over the wire to the first result of a cold `#q=` load: database and index (claims.json, claims.index or shards)", mf.data, mm.data, func(v float64) string { return kb(int(v)) })
	add("memory after the first result: the page's renderer (PSS)", mf.pss, mm.pss, mib)
	add("JS heap used", mf.heap, mm.heap, mib)
	add("WebAssembly memory (Go's heap)", mf.wasm, 0, mib)
	rows[len(rows)-1].ms, rows[len(rows)-1].ratio = "none", ""
	if mf.err != "" || mm.err != "" {
		note("memory: not measured", mf.err, mm.err)
	}
	note("main thread while a 20,000-character paste is checked: tasks over 50 ms (PerformanceObserver longtask), after the widget is ready", pasteLongTasks(t, fcURL), "—")

	if lhRuns > 0 {
		var lf, lm []lighthouseRun
		var errF, errM string
		for i := 0; i < lhRuns; i++ { // in turns, so a busy spell hits both
			if r, err := lighthouse(t, fcURL+"/"); err == nil {
				lf = append(lf, r)
			} else {
				errF = firstLine(err.Error())
			}
			if msURL == "" {
				continue
			}
			if r, err := lighthouse(t, msURL); err == nil {
				lm = append(lm, r)
			} else {
				errM = firstLine(err.Error())
			}
		}
		score := func(r lighthouseRun) float64 { return 100 * r.score }
		rng := func(rs []lighthouseRun) string {
			if len(rs) == 0 {
				return "—"
			}
			lo, hi := 100.0, 0.0
			for _, r := range rs {
				lo, hi = min(lo, score(r)), max(hi, score(r))
			}
			return fmt.Sprintf("%.0f (%.0f–%.0f)", medianOf(rs, score), lo, hi)
		}
		note("Lighthouse mobile performance (median, range)", rng(lf), rng(lm))
		add("Lighthouse TBT", medianOf(lf, func(r lighthouseRun) float64 { return r.tbt }), medianOf(lm, func(r lighthouseRun) float64 { return r.tbt }), dur)
		add("Lighthouse LCP", medianOf(lf, func(r lighthouseRun) float64 { return r.lcp }), medianOf(lm, func(r lighthouseRun) float64 { return r.lcp }), dur)
		add("Lighthouse total transfer", medianOf(lf, func(r lighthouseRun) float64 { return r.bytes }), medianOf(lm, func(r lighthouseRun) float64 { return r.bytes }), func(v float64) string { return kb(int(v)) })
		if errF != "" || errM != "" {
			note("Lighthouse failed (some runs)", errF, errM)
		}
	}
	return rows
}

// benchTools installs playwright-core and minisearch where the shared
// probe keeps them, as it does, and returns minisearch's browser build.
func benchTools(t *testing.T, shared string) string {
	dir := filepath.Join(envOr("TMPDIR", "/tmp"), "factcheck-bench-web")
	js := filepath.Join(dir, "node_modules/minisearch/dist/umd/index.js")
	if _, err := os.Stat(filepath.Join(dir, "node_modules/playwright-core")); err == nil {
		if _, err := os.Stat(js); err == nil {
			return js
		}
	}
	if _, err := os.Stat(filepath.Join(shared, "bench/web/probe")); err != nil {
		t.Fatalf("the shared bench tools: %v (set FACTCHECK_SHARED)", err)
	}
	os.MkdirAll(dir, 0o755)
	cmd := exec.Command("sh", "-c", "npm init -y >/dev/null && npm install -s minisearch@7 playwright-core@1 >/dev/null")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm install minisearch playwright-core: %v\n%s", err, out)
	}
	return js
}

// probeResult holds the probe's medians in ms by measure, or why it failed.
type probeResult struct {
	ms  map[string]float64
	err string
}

var (
	probeReady   = regexp.MustCompile(`^ready ms: cold median (\d+) .*warm median (\d+)`)
	probeVerdict = regexp.MustCompile(`^first verdict ms: cold median (\d+) .*warm median (\d+)`)
	probeCheck   = regexp.MustCompile(`^check latency ms .*median (\d+) p95 (\d+)`)
)

// probe runs ../shared/bench/web/probe on url, 3 rounds, for at most 8
// minutes (its own wait for a result is 60 s a load).
func probe(t *testing.T, shared, url string) probeResult {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(shared, "bench/web/probe"), url, "3")
	out, err := cmd.CombinedOutput()
	t.Logf("probe %s:\n%s", url, out)
	r := probeResult{ms: map[string]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		for re, names := range map[*regexp.Regexp][2]string{
			probeReady:   {"ready cold", "ready warm"},
			probeVerdict: {"first result cold", "first result warm"},
			probeCheck:   {"check latency median (factcheck: its 150 ms typing pause included)", "check latency p95"},
		} {
			if m := re.FindStringSubmatch(line); m != nil {
				r.ms[names[0]], _ = strconv.ParseFloat(m[1], 64)
				r.ms[names[1]], _ = strconv.ParseFloat(m[2], 64)
			}
		}
	}
	if err != nil || len(r.ms) < 6 {
		r.err = "failed"
		if ctx.Err() != nil {
			r.err = "no result in 8 min"
		} else if bytes.Contains(out, []byte("Timeout")) {
			r.err = "no result in 60 s (probe timeout)"
		} else if err != nil {
			r.err = "failed: " + err.Error()
		}
	}
	return r
}

// memory is what the page holds once the first result shows, in bytes
// (-1 when not measured): the proportional set size of its renderer
// process(es), its JS heap and its WebAssembly memory.
type memory struct {
	pss, heap, wasm float64
	code, data      float64 // bytes sent to the first result (wireCount)
	err             string
}

// wasmMemory keeps the memory of the page's WebAssembly instance (Go's
// linear memory, which the JS heap does not count) in window.__wasmMem.
const wasmMemory = `(() => {
	for (const f of ['instantiateStreaming', 'instantiate']) {
		const orig = WebAssembly[f];
		if (!orig) continue;
		WebAssembly[f] = function (...args) {
			return orig.apply(this, args).then(r => {
				const inst = r.instance || r;
				if (inst.exports && inst.exports.mem) window.__wasmMem = inst.exports.mem;
				return r;
			});
		};
	}
})()`

// browserMemory opens url#q=… in a fresh headless Chromium, waits (up to
// 90 s) for the first result and reads its memory, and what the server
// (counted by wire) sent until then.
func browserMemory(t *testing.T, url string, wire *wireCount) memory {
	m := memory{pss: -1, heap: -1, wasm: -1, code: -1, data: -1}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), chromiumOptions(chromiumPath(), t.TempDir())...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelT()
	q := "Russia has no extradition treaty with the United States."
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: wasmMemory}); err != nil {
		m.err = firstLine(err.Error())
		return m
	}
	wire.reset()
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"#q="+strings.ReplaceAll(q, " ", "%20"))); err != nil {
		m.err = firstLine(err.Error())
		return m
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector('.result')`, chromedp.WithPollingTimeout(90*time.Second), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		m.err = "no result in 90 s"
	} else {
		m.code, m.data = wire.sent()
	}
	time.Sleep(2 * time.Second) // let the start-up's garbage go
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		m.err = firstLine(err.Error())
	}
	if res, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{}); err == nil {
		for _, x := range res.Metrics {
			if x.Name == "JSHeapUsedSize" {
				m.heap = x.Value
			}
		}
	}
	if v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__wasmMem ? window.__wasmMem.buffer.byteLength : -1`)); err == nil {
		m.wasm = v
	}
	if b := chromedp.FromContext(ctx).Browser; b != nil && b.Process() != nil {
		m.pss = renderersPSS(b.Process().Pid)
	}
	return m
}

// renderersPSS sums Pss (from /proc/PID/smaps_rollup) over the renderer
// processes (--type=renderer) among pid's descendants, in bytes; -1 when
// /proc cannot tell.
func renderersPSS(pid int) float64 {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid …: comm may hold spaces, so cut after the last ')'.
		f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(f) > 1 {
			ppid, _ := strconv.Atoi(f[1])
			children[ppid] = append(children[ppid], p)
		}
	}
	total, found := 0.0, false
	for todo := []int{pid}; len(todo) > 0; {
		p := todo[0]
		todo = append(todo[1:], children[p]...)
		if cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", p)); !bytes.Contains(cmdline, []byte("--type=renderer")) {
			continue
		}
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps_rollup", p))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "Pss:" {
				kb, _ := strconv.ParseFloat(f[1], 64)
				total += kb * 1024
				found = true
			}
		}
	}
	if !found {
		return -1
	}
	return total
}

// wireCount counts the response bytes a server writes (brotli when the
// browser asks for it, as every Chromium does), as code (.wasm and .js) or
// data (the database, its index, its shards), from reset to sent. The
// servers are on loopback, so that is what a reader's network would carry,
// less headers.
type wireCount struct {
	mu         sync.Mutex
	code, data int64
}

func (c *wireCount) reset() { c.mu.Lock(); c.code, c.data = 0, 0; c.mu.Unlock() }

func (c *wireCount) sent() (code, data float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return float64(c.code), float64(c.data)
}

func (c *wireCount) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		var n *int64
		switch {
		case strings.HasSuffix(p, ".wasm") || strings.HasSuffix(p, ".js"):
			n = &c.code
		case strings.Contains(p, "claims.json") || strings.Contains(p, "claims.index") || strings.Contains(p, "/shards/"):
			n = &c.data
		}
		if n == nil {
			h.ServeHTTP(w, r)
			return
		}
		cw := &countingWriter{ResponseWriter: w} // shards_e2e_test.go's
		h.ServeHTTP(cw, r)
		c.mu.Lock()
		*n += int64(cw.n)
		c.mu.Unlock()
	})
}

// pasteLongTasks opens url in a fresh headless Chromium, waits until the
// widget is ready, pastes 20,000 ordinary characters (as
// TestE2EPasteChecksOffTheMainThread does) and returns the main thread's
// long tasks until their check is done, or why it could not tell.
func pasteLongTasks(t *testing.T, url string) string {
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), chromiumOptions(chromiumPath(), t.TempDir())...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: longTasks}); err != nil {
		return firstLine(err.Error())
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/")); err != nil {
		return firstLine(err.Error())
	}
	if _, err := ready(ctx); err != nil {
		return "not ready: " + firstLine(err.Error())
	}
	long, _, err := pasteChecked(ctx, ordinaryText(20_000), 2*time.Minute)
	if err != nil {
		return firstLine(err.Error())
	}
	return long + "; checked in the " + text(ctx, `document.body.dataset.factcheckEngine || '?'`)
}

// manifestClaims is the number of claims a sharded index's manifest says
// it holds (read as the server reads it: openShardSet).
func manifestClaims(dir string) string {
	_, m, err := openShardSet(dir)
	if err != nil {
		return firstLine(err.Error())
	}
	return strconv.Itoa(m.Claims)
}

// folderSize is a folder's file count and bytes.
func folderSize(dir string) string {
	files, size := 0, int64(0)
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				files++
				size += fi.Size()
			}
		}
		return nil
	})
	return fmt.Sprintf("%d files, %s", files, mib(float64(size)))
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func readFile(t *testing.T, p string) []byte {
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func orValue(err string, v float64) string {
	if err != "" {
		return err
	}
	return dur(v)
}

func assetSizes(a *asset) string { return kb(len(a.raw)) + " / " + kb(len(a.br)) }

func kb(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1024)
}

func mib(v float64) string {
	if v < 0 {
		return "—"
	}
	if v < 10<<20 {
		return fmt.Sprintf("%.1f MB", v/(1<<20))
	}
	return fmt.Sprintf("%.0f MB", v/(1<<20))
}

func dur(ms float64) string {
	if ms < 0 {
		return "—"
	}
	if ms >= 1000 {
		return fmt.Sprintf("%.2f s", ms/1000)
	}
	return fmt.Sprintf("%.0f ms", ms)
}
