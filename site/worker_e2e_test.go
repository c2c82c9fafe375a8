//go:build !wasm

package site

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceTasks traces the browser while do runs and says how many tasks of
// the renderer main threads (the page's and its frames') ran over 50 ms:
// by the clock (what PerformanceObserver 'longtask' counts, which on a
// loaded machine counts a short task descheduled midway) and by the
// thread's own CPU time (the task's work), with the longest of each.
func traceTasks(t *testing.T, ctx context.Context, do func()) string {
	t.Helper()
	var mu sync.Mutex
	var events []json.RawMessage
	complete := make(chan struct{})
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				events = append(events, json.RawMessage(v))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(complete)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{"toplevel"}}}); err != nil {
		t.Fatal(err)
	}
	do()
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-complete:
	case <-time.After(30 * time.Second):
		t.Fatal("the trace did not complete")
	}
	type event struct {
		Name, Ph  string
		Pid, Tid  int
		Dur, TDur float64
		Args      struct{ Name string }
	}
	main := map[[2]int]bool{}
	var tasks []event
	mu.Lock()
	defer mu.Unlock()
	for _, raw := range events {
		var e event
		if json.Unmarshal(raw, &e) != nil {
			continue
		}
		switch {
		case e.Ph == "M" && e.Name == "thread_name" && e.Args.Name == "CrRendererMain":
			main[[2]int{e.Pid, e.Tid}] = true
		case e.Ph == "X" && e.Name == "ThreadControllerImpl::RunTask":
			tasks = append(tasks, e)
		}
	}
	var wall, cpu int
	var longWall, longCPU float64
	for _, e := range tasks {
		if !main[[2]int{e.Pid, e.Tid}] {
			continue
		}
		if e.Dur > 50_000 {
			wall++
		}
		if e.TDur > 50_000 {
			cpu++
		}
		longWall, longCPU = max(longWall, e.Dur/1000), max(longCPU, e.TDur/1000)
	}
	return fmt.Sprintf("%d tasks over 50 ms by the clock (longest %.0f ms), %d over 50 ms of CPU (longest %.0f ms)", wall, longWall, cpu, longCPU)
}

// ordinaryText is about n characters of ordinary sentences, as
// TestE2ELongPastes pastes them: each checked, none repeated.
func ordinaryText(n int) string {
	sentences := []string{
		"Drinkman was arrested in Amsterdam in 2014.", "Russia does not have an extradition treaty with the U.S.",
		"The hotline remains in force.", "Roman Seleznev was arrested in 2014 in the Maldives.",
		"Officials met in Geneva to discuss cybersecurity.", "The Eiffel Tower is in Paris.",
	}
	var b strings.Builder
	for i := 0; ; i++ {
		s := fmt.Sprintf("%s Report %d says so. ", sentences[i%len(sentences)], i)
		if b.Len()+len(s) > n {
			return b.String()
		}
		b.WriteString(s)
	}
}

// ticks counts the page's own timer turns (a setTimeout chain) from
// window.__ticking = true until it is set false: a page whose main thread
// is held by one long task gets no turn in it.
const ticks = `window.__ticks = 0; window.__ticking = true; (function tick() { if (!window.__ticking) return; __ticks++; setTimeout(tick, 0) })();`

// pasteAndWait pastes text into the check page, as TestE2ELongPastes does,
// and waits until its check is done; it returns the page's long tasks
// (longTasks) and timer turns while it ran.
func pasteAndWait(t *testing.T, ctx context.Context, paste string) (long, turns string) {
	t.Helper()
	long, turns, err := pasteChecked(ctx, paste, 60*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return long, turns
}

// pasteChecked is pasteAndWait's work, waiting at most wait, for callers
// that report a failure rather than stop on it (make bench-web).
func pasteChecked(ctx context.Context, paste string, wait time.Duration) (long, turns string, err error) {
	js := fmt.Sprintf(`(() => {
		window.__long = []; window.__longAt = []; window.__t0 = performance.now(); %s
		const e = document.querySelector('#statement'); e.focus(); e.value = %q; e.dispatchEvent(new Event('input', {bubbles: true}));
		return true })()`, ticks, paste)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
		return "", "", err
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector('#results .share')`, chromedp.WithPollingTimeout(wait), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		return "", "", fmt.Errorf("the check of the paste did not finish: %s", text(ctx, `document.querySelector('#results').innerText.slice(0, 500)`))
	}
	return text(ctx, `window.__ticking = false, __long.length + ' over 50 ms, longest ' + Math.round(Math.max(0, ...__long)) + ' ms: ' + __longAt.join(' ')`), text(ctx, `String(__ticks)`), nil
}

// TestE2EPasteChecksOffTheMainThread (issue 21): the check of a 20,000
// character paste runs in the page's Web Worker (web/check-worker.js, the
// same app.wasm in its engine role), so the page's main thread only renders
// what it sends; the page shows the same results as the in-page check
// (TestE2EPasteFallsBackWithoutAWorker). It logs the main thread's long
// tasks while the check ran (PerformanceObserver 'longtask'; a test
// asserts no time).
func TestE2EPasteChecksOffTheMainThread(t *testing.T) {
	ctx, _, _ := openAppWith(t, "/", longTasks)
	engine := tracedPaste(t, ctx)
	if os.Getenv("FACTCHECK_E2E_BEFORE") != "" { // measuring the code before the worker
		return
	}
	if engine != "worker" {
		t.Errorf("the check ran in %q, want the worker", engine)
	}
	workerShows = text(ctx, `document.querySelector('#results').innerText`)
}

// tracedPaste pastes 20,000 ordinary characters, waits for their check
// and logs what it cost the main thread (a Chrome trace, the timer turns
// while it ran, PerformanceObserver long tasks); it returns which engine
// checked them ("worker" or "page").
func tracedPaste(t *testing.T, ctx context.Context) string {
	t.Helper()
	paste := ordinaryText(20_000)
	var long, turns string
	traced := traceTasks(t, ctx, func() { long, turns = pasteAndWait(t, ctx, paste) })
	engine := text(ctx, `document.body.dataset.factcheckEngine || ''`)
	t.Logf("paste of %d characters, checked by %q: traced: %s; timer turns while it ran: %s; PerformanceObserver long tasks: %s", len(paste), engine, traced, turns, long)
	return engine
}

// workerShows is what the page showed for the paste checked in the
// worker, compared with the in-page check's.
var workerShows string

// TestE2EPasteFallsBackWithoutAWorker: where a Worker cannot start (here
// the constructor throws, as under a policy that forbids workers), the page
// checks in itself, stepped a slice at a time, and shows the same results.
func TestE2EPasteFallsBackWithoutAWorker(t *testing.T) {
	ctx, _, _ := openAppWith(t, "/", longTasks+noWorker)
	engine := tracedPaste(t, ctx)
	if engine != "page" {
		t.Errorf("without a worker the check ran in %q, want the page", engine)
	}
	got := text(ctx, `document.querySelector('#results').innerText`)
	if !strings.Contains(got, "contradicted") || !strings.Contains(got, "Show all") {
		t.Errorf("the in-page check shows:\n%s", got)
	}
	if workerShows != "" && got != workerShows {
		t.Errorf("the page shows other results without the worker:\n%s\nwith it:\n%s", got, workerShows)
	}
}

// TestE2EEmbedCheckKeepsTheHostRunning (issue 22, finding 4): while
// factcheck.check() of 20,000 ordinary characters is pending, the host
// page keeps getting turns: the check runs in the widget's worker, or,
// where no worker starts, in the widget's page a slice at a time. The
// widget's frame is on another port of the same host, so it shares the
// host's process and main thread: a check run in one task (as before it
// was stepped) left the host 3 turns, before it began.
func TestE2EEmbedCheckKeepsTheHostRunning(t *testing.T) {
	for _, tc := range []struct{ name, script string }{
		{"worker", ""},
		{"in the page", noWorker},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, _, _ := embedSetup(t, tc.script)
			if _, err := apiCheck(ctx, "warm up"); err != nil { // the widget is ready
				t.Fatal(err)
			}
			paste := ordinaryText(20_000)
			js := fmt.Sprintf(`(async () => { %s
				const r = await factcheck.check(%q);
				window.__ticking = false;
				return __ticks + ' ' + r.verdict + ' ' + (r.sentences || []).length })()`, ticks, paste)
			got, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatal(err)
			}
			var turns, sentences int
			var verdict string
			fmt.Sscan(got, &turns, &verdict, &sentences)
			t.Logf("factcheck.check of %d characters: %d sentences, %s; the host's timer turns while it was pending: %d", len(paste), sentences, verdict, turns)
			if sentences < 500 {
				t.Fatalf("factcheck.check answered %q: want each sentence's result", got)
			}
			// A turn each time the check yields, at least.
			if turns < 30 {
				t.Errorf("the host page got %d timer turns while the check was pending: the check held its main thread", turns)
			}
		})
	}
}

// noWorker makes the Worker constructor throw, as a policy that forbids
// workers would.
const noWorker = `window.Worker = function () { throw new Error('no workers here (the test)') };`

// silentWorker stands in for a worker that starts and never answers (a
// hang, a database fetch that never ends).
const silentWorker = `window.Worker = function () { return {postMessage() {}, terminate() {}} };`

// TestE2ESilentWorkerFallsBack: when the worker never answers a check,
// the page gives up on it after engineSilence and checks in itself: the
// reader still gets the verdict.
func TestE2ESilentWorkerFallsBack(t *testing.T) {
	ctx, _, _ := openAppWith(t, "/", silentWorker)
	if err := setText(ctx, "#statement", "Drinkman was arrested in Amsterdam in 2014."); err != nil {
		t.Fatal(err)
	}
	contradicted := `[...document.querySelectorAll('.result .badge-word')].some(e => e.textContent === 'Contradicted')`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](contradicted, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		t.Fatalf("no verdict with a silent worker: %s", text(ctx, `document.querySelector('#results').innerText`))
	}
	if engine := text(ctx, `document.body.dataset.factcheckEngine || ''`); engine != "page" {
		t.Errorf("checked by %q, want the page", engine)
	}
}
