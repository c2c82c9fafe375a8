//go:build !wasm

package site

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// axeClean runs axe-core's WCAG 2.1 AA rules on the page (injected
// through DevTools) and fails on any violation.
func axeClean(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	axe, err := os.ReadFile("../node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("axe-core not installed (npm ci): %v", err)
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[string](string(axe)+`;
		axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
		  .then(r => JSON.stringify(r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.html.slice(0, 120))}))))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if res != "[]" {
		t.Errorf("%s: axe violations: %s", what, res)
	}
}

// TestE2EResultsReadRight (issue 20, point 4) at both sizes, with a
// screenshot of each state and axe-core on each: the sentence being
// typed, red only on the words in conflict, the closest source of an
// unsettled statement, a long paste's counts that show their sentences,
// and the article view's way back.
func TestE2EResultsReadRight(t *testing.T) {
	ctx, _, _ := openApp(t, "/")
	if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	for _, sz := range sizes {
		t.Run(sz.name, func(t *testing.T) {
			viewport(t, ctx, sz.w, sz.h, sz.mobile)
			if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(strings.TrimSuffix(text(ctx, `location.origin`), "/"))); err != nil {
				t.Fatal(err)
			}
			if _, err := ready(ctx); err != nil {
				t.Fatal(err)
			}
			// The sentence being typed: "checking…", no badge.
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#statement"))); err != nil {
				t.Fatal(err)
			}
			if _, err := typeKeys(ctx, "Roman Seleznev was arrested in 2014 and extradited to the U", 20*time.Millisecond, nil); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!!document.querySelector('#results .result-pending')`); err != nil {
				t.Fatal("no pending card while typing:", text(ctx, `document.querySelector('#results').innerText`))
			}
			if evalBool(t, ctx, `!!document.querySelector('#results .result:not(.result-pending) .badge')`) {
				t.Errorf("a badge on the sentence being typed: %s", text(ctx, `document.querySelector('#results').innerText`))
			}
			viewScreenshot(t, ctx, "issue20/typing-"+sz.name+".png")
			// Red only on the words in conflict; the closest source.
			if err := setText(ctx, "#statement", "Biden and Putin talked for less than an hour. Rob Joyce is the White House press secretary."); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `document.querySelectorAll('#results .result').length === 2`); err != nil {
				t.Fatal(text(ctx, `document.querySelector('#results').innerText`))
			}
			if red := text(ctx, `[...document.querySelectorAll('#results .statement-text mark.hl-differ')].map(m => m.textContent).join('|')`); red != "less than an hour" {
				t.Errorf("red on %q, want only \"less than an hour\"", red)
			}
			if got := text(ctx, `document.querySelector('#results').innerText`); !strings.Contains(got, "The closest source says “Rob Joyce is the White House cyber coordinator” — it does not settle your statement.") || strings.Contains(got, "None of the") {
				t.Errorf("the unsettled statement's card: %s", got)
			}
			axeClean(t, ctx, "results")
			writeScreenshot(t, ctx, "issue20/results-"+sz.name+".png")
			// A long paste: its counts show their sentences.
			long := strings.Repeat("The Eiffel Tower is in Paris. Bananas are yellow fruit grown in Ecuador. Russia does not have an extradition treaty with the U.S. ", 4) +
				"Drinkman was arrested in Amsterdam in 2014. Roman Seleznev was arrested in 2016. The hotline remains in force. Putin talked with Biden in Geneva for hours. Officials met in Geneva in June. Lavrov spoke in Moscow."
			if err := setText(ctx, "#statement", long); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!!document.querySelector('#results .summary') && document.querySelector('#results .summary').innerText.includes('8 sentences repeated') && !!document.querySelector('#results .share')`); err != nil {
				t.Fatal("no counts:", text(ctx, `document.querySelector('#results').innerText`))
			}
			evalBool(t, ctx, `(document.querySelector('#results .summary .count-contradicted').click(), true)`)
			if err := waitJS(ctx, `[...document.querySelectorAll('#results .result')].every(r => r.classList.contains('result-contradicted'))`); err != nil {
				t.Errorf("the contradicted count does not show the contradicted sentences alone: %s", text(ctx, `[...document.querySelectorAll('#results .result')].map(r => r.className).join(', ')`))
			}
			axeClean(t, ctx, "long paste, filtered")
			viewScreenshot(t, ctx, "issue20/long-paste-filtered-"+sz.name+".png")
			// The article view from a result, and back.
			if err := setText(ctx, "#statement", "Russia does not have an extradition treaty with the U.S."); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `document.querySelectorAll('#results .result').length === 1 && !document.querySelector('#results .summary') && !!document.querySelector('#results a.open-article')`); err != nil {
				t.Fatal(err)
			}
			evalBool(t, ctx, `(document.querySelector('#results a.open-article').click(), true)`)
			if err := waitJS(ctx, `!!document.querySelector('mark#quote') && scrollY > 0`); err != nil {
				t.Fatal("the article view did not open at the quote")
			}
			time.Sleep(300 * time.Millisecond)
			if !evalBool(t, ctx, `(() => { const b = document.querySelector('.source-bar').getBoundingClientRect(), q = document.querySelector('mark#quote').getBoundingClientRect(); return q.top >= b.bottom })()`) {
				t.Errorf("the sticky source line covers the quote: bar bottom %s, quote top %s", text(ctx, `String(document.querySelector('.source-bar').getBoundingClientRect().bottom)`), text(ctx, `String(document.querySelector('mark#quote').getBoundingClientRect().top)`))
			}
			if !evalBool(t, ctx, `!!document.querySelector('.back-to-result button')`) {
				t.Fatal("no way back to the result")
			}
			axeClean(t, ctx, "article view")
			viewScreenshot(t, ctx, "issue20/article-"+sz.name+".png")
			evalBool(t, ctx, `(document.querySelector('.back-to-result button').click(), true)`)
			if err := waitJS(ctx, `location.pathname === '/' && !!document.querySelector('#results .result')`); err != nil {
				t.Errorf("back did not return to the result: %s", text(ctx, `location.href`))
			}
		})
	}
}

// TestE2EEmbedReadsRight (issue 20): the embed keeps its heading once
// loaded, and the selection's Check button stands beside the selection,
// never over it; at both sizes, screenshotted.
func TestE2EEmbedReadsRight(t *testing.T) {
	_, host := crossSite(t, false)
	for _, sz := range sizes {
		t.Run(sz.name, func(t *testing.T) {
			ctx := tab(t)
			viewport(t, ctx, sz.w, sz.h, sz.mobile)
			if err := chromedp.Do(ctx, chromedp.Navigate(host+"/")); err != nil {
				t.Fatal(err)
			}
			if _, err := apiCheck(ctx, "Russia does not have an extradition treaty with the U.S."); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!document.querySelector('[data-factcheck] textarea')`); err != nil {
				t.Fatal("the frame never replaced the facade")
			}
			label := text(frameTab(ctx, t), `document.querySelector('label[for=statement]').textContent`)
			if label != "Check a statement against its sources" {
				t.Errorf("the embed's heading became %q", label)
			}
			// Select the first lines of a paragraph.
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const p = document.getElementById('p1'); p.scrollIntoView({block: 'center'}); const r = document.createRange(); r.setStart(p.firstChild, 0); r.setEnd(p.firstChild, Math.min(60, p.firstChild.length)); getSelection().removeAllRanges(); getSelection().addRange(r); return true })()`)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!!document.querySelector('.factcheck-select-button')`); err != nil {
				t.Fatal("no Check button")
			}
			over := text(ctx, `(() => { const b = document.querySelector('.factcheck-select-button').getBoundingClientRect(); const rs = [...getSelection().getRangeAt(0).getClientRects()];
				return String(rs.some(r => b.left < r.right - 1 && b.right > r.left + 1 && b.top < r.bottom - 1 && b.bottom > r.top + 1)) })()`)
			if over != "false" {
				t.Errorf("the Check button covers the selection")
			}
			viewScreenshot(t, ctx, "issue20/embed-selection-"+sz.name+".png")
		})
	}
}
