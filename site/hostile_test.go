//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
	"github.com/factcheck/factcheck/claims/importers"
	"github.com/factcheck/factcheck/claims/match"
)

// phish is where every hostile field of testdata/hostile tries to send the
// reader (a meta refresh, a <base>); nothing listens there.
const phish = "127.0.0.1:8799"

// hostileDB builds testdata/hostile as `factcheck build -articles pages
// -feed feed.rss -import claimreview.jsonld` does, once per test binary,
// and returns the database file.
var hostileDB = sync.OnceValues(func() (string, error) {
	dir := "testdata/hostile"
	articles, problems := importers.LoadArticles(filepath.Join(dir, "pages"))
	feed, more := importers.LoadFeed(filepath.Join(dir, "feed.rss"))
	articles, problems = append(articles, feed...), append(problems, more...)
	if err := problems.Err(); err != nil {
		return "", err
	}
	db, _, err := build.Build("hostile", articles, nil)
	if err != nil {
		return "", err
	}
	from, problems := importers.OpenCollection(filepath.Join(dir, "claimreview.jsonld"))
	if from == nil {
		return "", problems.Err()
	}
	if err := db.Merge("claimreview.jsonld", from.Articles, from.Claims).Err(); err != nil {
		return "", err
	}
	// The front matter's example, as the build's example check keeps it:
	// it is the check page's placeholder.
	db.Examples = []string{`The market hall reopened "><meta http-equiv=refresh content=0;url=http://` + phish + `/phish> in April.`}
	tmp, err := os.MkdirTemp("", "factcheck-hostile")
	if err != nil {
		return "", err
	}
	file := filepath.Join(tmp, "hostile.json")
	return file, claims.Save(file, db)
})

func hostileFile(t *testing.T) string {
	t.Helper()
	file, err := hostileDB()
	if err != nil {
		t.Fatalf("building testdata/hostile: %v", err)
	}
	return file
}

// TestHostileArchive (issue 22, high): a database whose feed, saved pages
// and ClaimReview put markup in every field. Every route of the server and
// every page of the static site is parsed as a browser parses it: no
// element and no attribute comes from the data (no meta refresh, no
// <base>, no script, no event handler), and every link is a plain http(s)
// or same-site address.
func TestHostileArchive(t *testing.T) {
	skipUnderRace(t)
	file := hostileFile(t)
	db, err := claims.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	// The archive is hostile where it must be: in the fields the pages put
	// in attributes (titles, links, the placeholder).
	var hostile int
	for _, c := range db.Claims {
		if strings.Contains(c.Text, `"><meta`) {
			hostile++
		}
	}
	for _, a := range db.Articles {
		if strings.Contains(a.Headline, `">`) {
			hostile++
		}
	}
	if hostile < 4 {
		t.Fatalf("only %d hostile claims and headlines in testdata/hostile: the test would prove little", hostile)
	}

	t.Run("server", func(t *testing.T) {
		s, ts := testServer(t, Config{DB: file})
		routes, _ := s.routes()
		routes = append(routes, "/claim/no-such-claim", "/article/no-such-article", "/claims/")
		if len(routes) < 10 {
			t.Fatalf("%d routes", len(routes))
		}
		for _, r := range routes {
			resp, body := get(t, ts, "GET", r)
			if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s: status %d", r, resp.StatusCode)
			}
			checkNoMarkupFromData(t, r, body)
		}
	})
	t.Run("static", func(t *testing.T) {
		dir, _ := buildStatic(t, Config{DB: file})
		n := 0
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
				return err
			}
			page, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			checkNoMarkupFromData(t, rel, page)
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n < 10 {
			t.Fatalf("only %d pages in the static site", n)
		}
	})
}

// checkNoMarkupFromData parses page as a browser does and fails on
// anything the data could have put there: an element or attribute that no
// page of the app has (a <base>, an event handler), a <meta http-equiv>
// other than the static site's Content-Security-Policy, a script that is
// neither one of the app's files nor JSON-LD, a link that is not a plain
// address, or the attacker's address anywhere but in text, in an
// attribute that holds text, or in JSON-LD.
func checkNoMarkupFromData(t *testing.T, name string, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	for _, problem := range markupProblems(doc) {
		t.Errorf("%s: %s", name, problem)
	}
}

// pageTags are the elements the app's pages are made of.
var pageTags = strings.Fields(`html head body meta title link script noscript style div span p a h1 h2 h3 ul ol li
	main header footer nav section article aside figure figcaption blockquote dl dt dd mark img label textarea
	button input details summary strong em small br time abbr code`)

// textAttrs may hold data, as text; hrefAttrs hold an address.
var (
	textAttrs = []string{"content", "placeholder", "title", "aria-label", "alt", "value"}
	hrefAttrs = []string{"href", "src"}
)

func markupProblems(doc *html.Node) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if !slices.Contains(pageTags, n.Data) {
			add("a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			switch {
			case strings.HasPrefix(a.Key, "on"):
				add("<%s %s=%q>: an event handler", n.Data, a.Key, a.Val)
			case a.Key == "http-equiv" && !(a.Val == "Content-Security-Policy" && attr(n, "content") == baseCSP):
				add("<meta http-equiv=%q content=%q>", a.Val, attr(n, "content"))
			case slices.Contains(hrefAttrs, a.Key):
				if !plainAddress(a.Val) {
					add("<%s %s=%q>: not a plain address", n.Data, a.Key, a.Val)
				}
			case strings.Contains(a.Val, phish) && !slices.Contains(textAttrs, a.Key):
				add("<%s %s=%q>: the attacker's address in an attribute", n.Data, a.Key, a.Val)
			}
		}
		if n.Data == "script" {
			if typ := attr(n, "type"); typ == "application/ld+json" {
				if n.FirstChild == nil || !json.Valid([]byte(n.FirstChild.Data)) {
					add("JSON-LD that is not JSON")
				}
			} else if attr(n, "src") == "" || n.FirstChild != nil {
				add("an inline script")
			}
		}
	}
	return problems
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// plainAddress: a same-site path or fragment, or an http(s) URL in the
// form claims.SafeURL gives (printable ASCII, no quote, bracket or
// backslash).
func plainAddress(v string) bool {
	if strings.ContainsAny(v, "\"'<>\\` ") {
		return false
	}
	for _, c := range []byte(v) {
		if c < 0x21 || c >= 0x7f {
			return false
		}
	}
	switch {
	case strings.HasPrefix(v, "#"), strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//"):
		return true
	case strings.HasPrefix(v, "https://"), strings.HasPrefix(v, "http://"):
		u, ok := claims.SafeURL(v)
		return ok && u == v
	}
	return false
}

// skeleton is a page's elements and their attributes' names, in document
// order: what a page's data must never change.
func skeleton(page []byte) ([]string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, err
	}
	var out []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		var names []string
		for _, a := range n.Attr {
			names = append(names, a.Key)
		}
		slices.Sort(names)
		out = append(out, n.Data+"["+strings.Join(names, " ")+"]")
	}
	return out, nil
}

// FuzzRenderClaim: whatever an imported fact-check says (its claim, its
// rating, its reviewer, its URL), its claim page has the same elements and
// attributes as a plain one: the data ends up in text nodes and attribute
// values only, never as markup (issue 22's property).
func FuzzRenderClaim(f *testing.F) {
	skipUnderRace(f)
	for _, seed := range [][4]string{
		{`The harbour bridge is closed"><meta http-equiv=refresh content=0;url=http://127.0.0.1:8799/phish >`, "False", "Fact Checkers", `a="><meta/http-equiv='refresh'content='0;url=http://127.0.0.1:8799/phish'>`},
		{`The ferry \"><base href=//127.0.0.1:8799/> runs`, `False"><script>alert(1)</script>`, `x' onmouseover='alert(1)`, "q=%22%3E"},
		{"A claim with a tab\tand a\u2028line separator\x00", "Mostly\u00a0false", "Checker\u200b", "a=<b>&c='d'"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	s, err := newServer(Config{Web: testWeb(f, 4096)})
	if err != nil {
		f.Fatal(err)
	}
	render := func(text, rating, reviewer, query string) ([]string, []byte) {
		c := claims.Claim{ID: "fuzzed", Kind: claims.KindImported, Text: "x" + text, Rating: "x" + rating, Reviewer: "x" + reviewer,
			Speaker: "x" + reviewer, URL: "https://fc.example/review?" + query}
		if _, ok := claims.SafeURL(c.URL); !ok {
			c.URL = "https://fc.example/review"
		}
		db := claims.FromClaims("fuzz", []claims.Claim{c})
		if err := db.Validate(); err != nil {
			return nil, nil // the database decoder refuses it: no page is ever rendered from it
		}
		s.db, s.index = db, match.NewIndex(db)
		app.SetIndex(s.index)
		page, status, err := s.render("/claim/fuzzed")
		if err != nil || status != http.StatusOK {
			f.Fatalf("render: %d %v", status, err)
		}
		sk, err := skeleton(page)
		if err != nil {
			f.Fatal(err)
		}
		return sk, page
	}
	want, _ := render("The bridge is closed", "False", "Fact Checkers", "a=1")
	f.Fuzz(func(t *testing.T, text, rating, reviewer, query string) {
		got, page := render(text, rating, reviewer, query)
		if got == nil {
			return
		}
		if !slices.Equal(got, want) {
			t.Fatalf("the claim's data changed the page's markup:\n got %v\nwant %v\n%s", got, want, page)
		}
		doc, _ := html.Parse(bytes.NewReader(page))
		if p := markupProblems(doc); len(p) > 0 {
			t.Fatalf("%v\n%s", p, page)
		}
	})
}
