//go:build !wasm

package site

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/seed"
)

// TestE2ENewsroomArchive: a news site runs factcheck on its own archive.
// The newsroom test archive (saved pages, a Markdown article, an RSS and
// an Atom feed) is built with `factcheck build`, then served twice, as a
// newsroom would: by the Go server (`-db`) and as the static site
// (`-static`) on a plain file server. On each, every page shows the
// archive and nothing of the seed, the "Try:" examples are the archive's
// and each gets a verdict, the article view highlights the quote and
// scrolls to it, and, the server gone, the offline copy still checks.
func TestE2ENewsroomArchive(t *testing.T) {
	requireE2E(t)
	testRoutes.Do(app.Routes)
	dbFile := buildNewsroom(t)
	want := newsroomContent(t, dbFile)

	t.Run("server", func(t *testing.T) {
		s, err := newServer(Config{Web: "../web", DB: dbFile})
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(s)
		defer ts.Close()
		checkNewsroomSite(t, ts, want)
	})
	t.Run("static", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "dist")
		if err := generateStatic(Config{Web: "../web", DB: dbFile}, dir, io.Discard); err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
		defer ts.Close()
		checkNewsroomSite(t, ts, want)
	})
}

// buildNewsroom runs `factcheck build` on the newsroom archive, as the
// README's "Articles" section does, into a temporary folder.
func buildNewsroom(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("the go command is needed to build the newsroom database:", err)
	}
	out := filepath.Join(t.TempDir(), "newsroom.json")
	cmd := exec.Command(gobin, "run", "../claims/cmd/factcheck", "build",
		"-articles", "../claims/testdata/newsroom", "-articles", "../claims/testdata/real-pages",
		"-feed", "../claims/testdata/feeds/gazette.rss", "-feed", "../claims/testdata/feeds/courier.atom",
		"-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("factcheck build: %v\n%s", err, msg)
	}
	return out
}

// newsroom is what the archive's pages must show.
type newsroom struct {
	raw      []byte       // the database file, as /web/claims.json must send it
	db       *claims.DB   // decoded
	claim    claims.Claim // the last claim of the longest article: its quote is far down
	article  *claims.Article
	seedWord *regexp.Regexp // any word of the seed's that must not show
}

func newsroomContent(t *testing.T, file string) *newsroom {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	db, err := claims.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(db.Examples) < 2 || len(db.Articles) < 5 {
		t.Fatalf("the newsroom database has %d examples and %d articles; want at least 2 and 5", len(db.Examples), len(db.Articles))
	}
	n := &newsroom{raw: raw, db: db, seedWord: seedWords(t)}
	sourced := map[string]bool{}
	for _, c := range db.Claims {
		for _, s := range c.Sources {
			sourced[s.Article] = true
		}
	}
	for _, a := range db.Articles {
		if sourced[a.ID] && (n.article == nil || len(a.Text) > len(n.article.Text)) {
			n.article = a
		}
	}
	for _, c := range db.Claims {
		if len(c.Sources) > 0 && c.Sources[0].Article == n.article.ID {
			n.claim = c
		}
	}
	if m := n.seedWord.Find(raw); m != nil {
		t.Fatalf("the newsroom archive itself has the seed word %q: the test would prove nothing", m)
	}
	return n
}

// seedWords matches what only the seed database has: its outlets, its
// article IDs, its curated claims' IDs and a few of its distinctive words.
func seedWords(t *testing.T) *regexp.Regexp {
	t.Helper()
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Russia", "Seleznev", "Drinkman", "Putin", "Geneva", "hotline", "extradition"}
	for _, a := range db.Articles {
		words = append(words, a.ID)
		if a.Outlet != "" {
			words = append(words, a.Outlet)
		}
	}
	for _, c := range db.Claims {
		if c.Kind == claims.KindCurated {
			words = append(words, c.ID)
		}
	}
	slices.Sort(words)
	words = slices.Compact(words)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	// The same pattern is used in the page, by JavaScript (flag "i").
	return regexp.MustCompile(`(?i)\b(` + strings.Join(words, "|") + `)\b`)
}

// checkNewsroomSite checks one deployment of the archive at ts, then
// closes ts and checks its offline copy.
func checkNewsroomSite(t *testing.T, ts *httptest.Server, n *newsroom) {
	claimPath, articlePath := "/claim/"+n.claim.ID, "/article/"+n.article.ID
	q := n.claim.Sources[0]

	// What the host sends, before any script runs: the prerendered pages,
	// the database and the service worker's list.
	for _, page := range []struct{ path, want string }{
		{"/", n.db.Examples[0]},
		{"/claims", n.claim.Text},
		{claimPath, n.claim.Text},
		{articlePath, n.article.Headline},
		{"/about", n.article.Headline},
		{"/app-worker.js", claimPath},
		// Real saved pages: one in ISO-8859-1 declared after its first
		// 1,024 bytes, one in GB2312 (claims/testdata/real-pages).
		{"/article/kyffhaeuser-nachrichten-regen", "eine äußerst milde Witterung"},
		{"/article/xinhuanet-25340717", "一个约定，信守15年"},
	} {
		body := fetchPage(t, ts.URL+page.path)
		if !bytes.Contains(body, []byte(page.want)) && !bytes.Contains(body, []byte(html.EscapeString(page.want))) {
			t.Errorf("%s as sent lacks %q", page.path, page.want)
		}
		if m := n.seedWord.Find(body); m != nil {
			t.Errorf("%s as sent has the seed's %q", page.path, m)
		}
	}
	if db := fetchPage(t, ts.URL+"/web/claims.json"); !bytes.Equal(db, n.raw) {
		t.Errorf("/web/claims.json is not the newsroom database (%d bytes, want %d)", len(db), len(n.raw))
	}
	list := precacheList(t, fetchPage(t, ts.URL+"/app-worker.js"))

	ctx := tab(t)
	viewport(t, ctx, 390, 600, true) // a phone: the quote is below the fold
	seedJS := fmt.Sprintf(`(() => { const m = document.documentElement.outerHTML.match(new RegExp(%q, 'gi')); return m ? [...new Set(m)].join(', ') : '' })()`,
		strings.TrimPrefix(n.seedWord.String(), "(?i)"))
	open := func(path, cond string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path)); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, started(`document.body.dataset.factcheck === 'ready' && (`+cond+`)`)); err != nil {
			t.Fatalf("%s: %v; the page shows: %.300s", path, err, text(ctx, `document.body.innerText`))
		}
	}
	noSeed := func(path string) {
		t.Helper()
		if found := text(ctx, seedJS); found != "" {
			t.Errorf("%s shows the seed's %s", path, found)
		}
	}
	// verdictOf waits for the first result of the statement in the box.
	verdictOf := func(statement string) string {
		t.Helper()
		cond := fmt.Sprintf(`document.querySelector('#statement').value === %q && !!document.querySelector('#results .result .badge-word')`, statement)
		if err := waitJS(ctx, cond); err != nil {
			t.Fatalf("no verdict for %q: the box has %q; the page shows: %s", statement, text(ctx, `document.querySelector('#statement').value`), text(ctx, `document.querySelector('main').innerText`))
		}
		return text(ctx, `document.querySelector('#results .result .badge-word').textContent`)
	}

	// The check page offers the archive's examples, and each settles.
	open("/", `document.querySelectorAll('.examples button.example').length > 0`)
	noSeed("/")
	examples, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.examples button.example')].map(b => b.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(examples, n.db.Examples) {
		t.Errorf("Try: %q, want the archive's %q", examples, n.db.Examples)
	}
	for i, ex := range examples {
		// The button's own click (as Enter on it does), not a mouse at
		// coordinates that a late layout shift could move to its neighbour.
		if err := click(ctx, fmt.Sprintf(`document.querySelectorAll('.examples button.example')[%d]`, i)); err != nil {
			t.Fatal(err)
		}
		v := verdictOf(ex)
		t.Logf("Try %q: %s", ex, v)
		if v == "No sourced claim" {
			t.Errorf("the example %q gets no sourced claim", ex)
		}
		// Emptying the box brings the examples back.
		if err := setText(ctx, "#statement", ""); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.querySelectorAll('.examples button.example').length > 0`); err != nil {
			t.Fatal("the examples did not come back:", err)
		}
	}

	// Every claim is listed.
	open("/claims", `document.querySelectorAll('main a[href^="/claim/"]').length > 0`)
	noSeed("/claims")
	hrefs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('main a[href^="/claim/"]')].map(a => a.getAttribute('href').replace(/\/$/, ''))`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range n.db.Claims {
		if !slices.Contains(hrefs, "/claim/"+c.ID) {
			t.Errorf("/claims does not list %s", c.ID)
		}
	}

	// A claim page, and from it the source with the quote highlighted.
	open(claimPath, fmt.Sprintf(`!!document.querySelector('h1') && document.querySelector('h1').textContent === %q`, n.claim.Text))
	noSeed(claimPath)
	link := fmt.Sprintf(`document.querySelector('main a[href^=%q]')`, articlePath+"#q=")
	if err := click(ctx, link); err != nil {
		t.Fatal("the claim page has no link to its source:", err)
	}
	// In view: below the top and above the bottom of the screen.
	inView := `(() => { const m = document.querySelector('mark#quote'); if (!m) return false; const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight })()`
	if err := waitJS(ctx, inView); err != nil {
		t.Errorf("the quote is not highlighted in view: %s", text(ctx, `JSON.stringify({mark: document.querySelector('mark#quote')?.textContent, top: document.querySelector('mark#quote')?.getBoundingClientRect().top, scrollY, innerHeight})`))
	}
	if got := text(ctx, `document.querySelector('mark#quote')?.textContent`); got != q.Quote {
		t.Errorf("highlighted %q, want %q", got, q.Quote)
	}
	if text(ctx, `String(scrollY > 0)`) != "true" {
		t.Errorf("the article did not scroll to the quote (the test expects it below the fold on a phone)")
	}
	noSeed(articlePath)

	// The sources are the archive's.
	open("/about", fmt.Sprintf(`document.querySelectorAll('.source-list li').length === %d`, len(n.db.Articles)))
	noSeed("/about")
	about := text(ctx, `document.querySelector('.source-list').innerText`)
	for _, a := range n.db.Articles {
		if !strings.Contains(about, a.Headline) {
			t.Errorf("/about does not list %q", a.Headline)
		}
	}

	// Offline: once the service worker holds everything, stop the host.
	if missing, err := waitPrecached(ctx, list); err != nil {
		t.Fatalf("offline cache lacks %s of %d entries", missing, len(list))
	}
	ts.Close()
	allowOffline()
	open("/", `!!document.querySelector('#statement')`)
	if err := setText(ctx, "#statement", n.db.Examples[0]); err != nil {
		t.Fatal(err)
	}
	if v := verdictOf(n.db.Examples[0]); v == "No sourced claim" {
		t.Errorf("offline, %q gets no sourced claim", n.db.Examples[0])
	}
	open(claimPath, fmt.Sprintf(`!!document.querySelector('h1') && document.querySelector('h1').textContent === %q`, n.claim.Text))
	open(articlePath+fmt.Sprintf("#q=%d-%d", q.Start, q.End), fmt.Sprintf(`document.querySelector('mark#quote')?.textContent === %q`, q.Quote))
}

// click clicks the element the JavaScript expression el finds.
func click(ctx context.Context, el string) error {
	ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const e = `+el+`; if (!e) return false; e.click(); return true })()`))
	if err == nil && !ok {
		err = fmt.Errorf("nothing to click: %s", el)
	}
	return err
}

// fetchPage fetches url (following redirects, as a file server sends
// /claims on to /claims/) and fails the test unless it answers 200.
func fetchPage(t *testing.T, url string) []byte {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, res.StatusCode, err)
	}
	return body
}
