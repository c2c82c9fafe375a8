//go:build !wasm

package site

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
)

// waitSlow is waitJS for what waits on the app's start (a cold compile of
// app.wasm, which takes over 20 s on a loaded two-core machine).
func waitSlow(ctx context.Context, cond string) error {
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(50*time.Millisecond)))
	return err
}

// TestE2EArchiveStaticSiteOpensPagesNotPrerendered: a static site of a
// sharded index alone (an archive with no database file) prerenders the
// first pages only (-pages, here 2 of the 5 articles); a claim's link
// past them still opens, with the claim's source, and an article's too:
//   - cold, on a host that sends 404.html for a missing file: the app
//     starts at once there and renders the address from the shards;
//   - on a plain file server that sends no 404.html (http.FileServer, as
//     python3 -m http.server), once a page of the site was opened: the
//     service worker answers the host's 404 with its copy of 404.html.
//
// Neither fetches the database whole.
func TestE2EArchiveStaticSiteOpensPagesNotPrerendered(t *testing.T) {
	requireE2E(t)
	keepShardsEnv(t)
	testRoutes.Do(app.Routes)
	data, err := os.ReadFile(shardedDatabase(t, app.ShardAbove+100))
	if err != nil {
		t.Fatal(err)
	}
	db, err := claims.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	// The first pages are the articles' (5, in ID order): with 2, three
	// articles and every claim are left to the app.
	dir := filepath.Join(t.TempDir(), "dist")
	if err := generateStatic(Config{Web: "../web", Shards: writeTestShards(t, db), MaxPages: 2}, dir, os.Stderr); err != nil {
		t.Fatal(err)
	}
	var lateArticle *claims.Article
	for _, a := range db.Articles {
		if _, err := os.Stat(filepath.Join(dir, "article", a.ID)); err != nil {
			lateArticle = a
		}
	}
	if lateArticle == nil || lateArticle.Headline == "" {
		t.Fatal("every article was prerendered, or the one left has no headline")
	}
	// Two claims past the cap, each with an article as its source, and an
	// article past it when there is one.
	var late []claims.Claim
	for _, c := range db.Claims[40:] {
		if len(c.Sources) > 0 && db.Article(c.Sources[0].Article) != nil && len(late) < 2 {
			late = append(late, c)
		}
	}
	if len(late) < 2 {
		t.Fatal("the database has no claims with sources past the cap")
	}
	for _, c := range late {
		if _, err := os.Stat(filepath.Join(dir, "claim", c.ID)); err == nil {
			t.Fatalf("claim %s was prerendered: the test needs one that is not", c.ID)
		}
	}
	saved := allowedErrors
	t.Cleanup(func() { allowedErrors = saved })
	allowedErrors = append(allowedErrors, "/claim/", "404 (Not Found)") // the host's 404 status for the page

	// shows is true once the page shows claim c with its source's words.
	shows := func(c claims.Claim) string {
		src := c.Sources[0]
		quote := db.Article(src.Article).Text[src.Start:src.End]
		return fmt.Sprintf(`!!document.querySelector('h1') && document.querySelector('h1').textContent.includes(%q) && !!document.querySelector('.sources') && document.querySelector('.sources').textContent.includes(%q)`,
			c.Text, strings.Fields(quote)[0])
	}

	t.Run("host with 404.html", func(t *testing.T) {
		served := &servedFiles{}
		ts := httptest.NewServer(served.record(StaticHost(dir)))
		defer ts.Close()
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/claim/"+late[0].ID)); err != nil {
			t.Fatal(err)
		}
		// No interaction: the app starts by itself on such an address.
		if err := waitSlow(ctx, shows(late[0])); err != nil {
			t.Fatalf("/claim/%s, cold: %s", late[0].ID, text(ctx, `document.body.innerText.slice(0, 400)`))
		}
		if why := text(ctx, `document.documentElement.getAttribute('data-start-reason')`); why != "route" {
			t.Errorf("the app started on %q, not at once for the address", why)
		}
		fetched, _ := served.paths()
		if !strings.Contains(fetched, "/web/shards/i/") || strings.Contains(fetched, app.DBPath) {
			t.Errorf("the page did not read the claim from the shards: %s", fetched)
		}
	})

	t.Run("article, host with 404.html", func(t *testing.T) {
		ts := httptest.NewServer(StaticHost(dir))
		defer ts.Close()
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/article/"+lateArticle.ID)); err != nil {
			t.Fatal(err)
		}
		shown := fmt.Sprintf(`!!document.querySelector('h1') && document.querySelector('h1').textContent.includes(%q)`, lateArticle.Headline)
		if err := waitSlow(ctx, shown); err != nil {
			t.Fatalf("/article/%s, cold: %s", lateArticle.ID, text(ctx, `document.body.innerText.slice(0, 400)`))
		}
	})

	t.Run("plain file server", func(t *testing.T) {
		ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
		defer ts.Close()
		ctx := tab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
			t.Fatal(err)
		}
		if _, err := ready(ctx); err != nil {
			t.Fatal("the page did not get ready:", err)
		}
		if missing, err := waitPrecached(ctx, []string{"/", "/" + notFoundFile}); err != nil {
			t.Fatalf("the service worker did not keep %s", missing)
		}
		// Installed is not yet active: a navigation before that goes to the host.
		if err := waitSlow(ctx, `(navigator.serviceWorker.ready.then(() => window.__active = true), window.__active === true)`); err != nil {
			t.Fatal("the service worker did not become active")
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/claim/"+late[1].ID)); err != nil {
			t.Fatal(err)
		}
		if err := waitSlow(ctx, shows(late[1])); err != nil {
			t.Fatalf("/claim/%s on a plain file server: %s", late[1].ID, text(ctx, `document.body.innerText.slice(0, 400)`))
		}
		if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
			t.Fatal(err)
		}
		if err := waitSlow(ctx, shows(late[1])); err != nil {
			t.Fatalf("/claim/%s reloaded: %s", late[1].ID, text(ctx, `document.body.innerText.slice(0, 400)`))
		}
	})
}
