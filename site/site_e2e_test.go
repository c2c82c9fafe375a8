//go:build !wasm

package site

import (
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
)

// TestE2ENewsroomSite (issue 23; issue 22, point 5): a newsroom's site
// (testdata/newsroom-site) in Chromium once the app has started: its name
// and logo in the header, in the title and on the about page; the
// not-found page; a long article shown in part with a line saying so.
// Each view has no axe-core violation (WCAG 2.1 AA, light and dark) and
// is photographed at 1280×800 and 390×844.
func TestE2ENewsroomSite(t *testing.T) {
	requireE2E(t)
	axe, err := os.ReadFile("../node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("axe-core not installed (npm ci): %v", err)
	}
	testRoutes.Do(app.Routes)
	s, err := newServer(Config{Web: "../web", DB: seedWithLongArticle(t), SiteFile: newsroomSite})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	saved := allowedErrors
	t.Cleanup(func() { allowedErrors = saved })
	allowedErrors = append(allowedErrors, "/nowhere") // the 404 of the not-found page's own address
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil { // for axe
		t.Fatal(err)
	}
	for _, view := range []struct{ path, name, want string }{
		{"/", "home", "Gazette Fact Check"},
		{"/about", "about", "Gazette Fact Check holds the claims of every article"},
		{"/nowhere", "not-found", "Page not found"},
		{"/article/long-read", "long-article", "This article is too long to show whole here: paragraphs 1 to 1,000 of 2,400 are shown."},
	} {
		t.Run(view.name, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+view.path)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, started(`document.body.dataset.factcheck === 'ready' && !document.body.innerText.includes('Loading…')`)); err != nil {
				t.Fatal(err)
			}
			if !evalBool(t, ctx, fmt.Sprintf(`document.body.innerText.includes(%q)`, view.want)) {
				t.Errorf("%s does not show %q", view.path, view.want)
			}
			if err := waitJS(ctx, `document.querySelector('.brand span').textContent === 'Gazette Fact Check' && document.querySelector('.brand img').complete && document.querySelector('.brand img').naturalWidth > 0`); err != nil {
				t.Errorf("the header does not show the newsroom's name and logo: %v", err)
			}
			if title := text(ctx, `document.title`); strings.Contains(strings.ToLower(title), "factcheck") || !strings.Contains(title, "Gazette Fact Check") {
				t.Errorf("title %q", title)
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
			for _, size := range sizes {
				viewport(t, ctx, size.w, size.h, size.mobile)
				viewScreenshot(t, ctx, "newsroom-"+view.name+"-"+size.name+".png")
			}
			viewport(t, ctx, 1100, 900, false)
		})
	}
}

// seedWithLongArticle is the seed with an article of 2,400 paragraphs,
// more than a page shows.
func seedWithLongArticle(t *testing.T) string {
	t.Helper()
	db, err := claims.Load("../claims/seed/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	first := "The long read opens with this sentence about the harbour."
	b.WriteString(first + "\n\n")
	for i := 1; i < 2400; i++ {
		fmt.Fprintf(&b, "Paragraph %d of the long read.\n\n", i+1)
	}
	a := &claims.Article{ID: "long-read", Headline: "A very long read", Outlet: "The Example Gazette", Published: "2024-05", Text: b.String()}
	db.Articles = append(db.Articles, a)
	db.Claims = append(db.Claims, claims.Claim{ID: "long-read-s01", Text: first, Kind: claims.KindSentence,
		Sources: []claims.Source{{Article: a.ID, Start: 0, End: len(first), Quote: first}}})
	file := filepath.Join(t.TempDir(), "long.json")
	if err := claims.Save(file, claims.NewDB(db.Name, db.Articles, db.Claims)); err != nil {
		t.Fatal(err)
	}
	return file
}
