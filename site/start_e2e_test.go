//go:build !wasm

package site

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The page is a static page until it is used (issue 21, point 1): the page
// the server sent fetches no app.wasm until the reader uses it, a #q= link
// opens it, or the page has been idle after its load (web/app-start.js);
// what the reader typed or chose before is kept and checked once it runs.

// wasmFetched is whether the page has fetched app.wasm (the service
// worker's precache is not the page's).
const wasmFetched = `performance.getEntriesByType('resource').some(e => /\/app\.wasm(\?|$)/.test(e.name))`

// contradicted is true once a result card says Contradicted.
const contradicted = `[...document.querySelectorAll('.result .badge-word')].some(e => e.textContent === 'Contradicted')`

// startAppJS starts the app in a page as a reader's first interaction
// does, without waiting for the page to be idle.
const startAppJS = `dispatchEvent(new Event('pointerdown'))`

// started is a condition to poll on a page once a reader's first
// interaction has started its app.
func started(cond string) string { return "(" + startAppJS + ", " + cond + ")" }

func startApp(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](startAppJS)); err != nil {
		t.Error(err)
	}
}

func TestE2EStaticUntilUsed(t *testing.T) {
	const statement = "Drinkman was arrested in Amsterdam in 2014."
	ts, _ := serve(t)

	t.Run("typed before the start", func(t *testing.T) {
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		if got := text(ctx, `[document.documentElement.dataset.start, document.body.dataset.factcheck || '', `+wasmFetched+`].join(' ')`); got != "waiting  false" {
			t.Fatalf("before any use the page should wait, with no wasm fetched: %q", got)
		}
		if evalBool(t, ctx, `getComputedStyle(document.getElementById('app-wasm-loader')).display !== 'none' || getComputedStyle(document.body, '::after').display !== 'none'`) {
			t.Error("a start-up line shows while nothing is starting")
		}
		// Key by key: the first key starts the app, the rest arrive while it starts.
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#statement"), statement)); err != nil {
			t.Fatal(err)
		}
		if got := text(ctx, `document.documentElement.dataset.startReason`); got != "use" {
			t.Errorf("start reason %q, want use", got)
		}
		if err := waitJS(ctx, contradicted); err != nil {
			t.Fatal("what was typed before the start was not checked:", text(ctx, `document.querySelector('#statement').value + ' | ' + (document.querySelector('#results') || document.body).innerText`))
		}
		if got := text(ctx, `document.getElementById('statement').value`); got != statement {
			t.Errorf("the box holds %q, want %q", got, statement)
		}
		if id := text(ctx, `document.activeElement.id`); id != "statement" {
			t.Errorf("focus lost at start: %q", id)
		}
	})

	t.Run("example pressed before the start", func(t *testing.T) {
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
			t.Fatal(err)
		}
		example := text(ctx, `document.querySelector('button.example').textContent`)
		if example == "" || evalBool(t, ctx, `document.body.hasAttribute('data-factcheck')`) {
			t.Fatalf("no example on the page the server sent, or the app already runs (%q)", example)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("button.example"))); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `!!document.querySelector('#results .result .badge-word')`); err != nil {
			t.Fatal("the example pressed before the start was not checked:", text(ctx, `document.querySelector('#statement').value`))
		}
		if got := text(ctx, `document.getElementById('statement').value`); got != example {
			t.Errorf("the box holds %q, want the example %q", got, example)
		}
	})

	t.Run("a #q= link starts it", func(t *testing.T) {
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#q="+url.QueryEscape(statement))); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, contradicted); err != nil {
			t.Fatal("a #q= link gave no verdict:", text(ctx, `document.body.innerText`))
		}
		if got := text(ctx, `document.documentElement.dataset.startReason`); got != "link" {
			t.Errorf("start reason %q, want link", got)
		}
	})

	t.Run("idle after load", func(t *testing.T) {
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/about")); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.factcheck === 'ready'`, chromedp.WithPollingTimeout(50*time.Second), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
			t.Fatal("the app did not start by itself once the page was idle")
		}
		if got := text(ctx, `document.documentElement.dataset.startReason`); got != "idle" {
			t.Errorf("start reason %q, want idle", got)
		}
	})

	t.Run("claims filter typed before the start", func(t *testing.T) {
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/claims")); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#claim-filter"), "extradition")); err != nil {
			t.Fatal(err)
		}
		if _, err := ready(ctx); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.getElementById('claim-count').textContent.includes('match “extradition”')`); err != nil {
			t.Error("the filter typed before the start was not applied:", text(ctx, `document.getElementById('claim-filter').value + ' | ' + document.getElementById('claim-count').textContent`))
		}
		if got := text(ctx, `document.getElementById('claim-filter').value`); !strings.EqualFold(got, "extradition") {
			t.Errorf("the filter holds %q", got)
		}
	})
}
