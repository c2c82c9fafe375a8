//go:build !wasm

package app

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
)

// Issue 22, point 5: an article of a million one-line paragraphs renders
// a window of at most maxParagraphs, which holds the quote, and says which
// part is shown; the quote far down is marked and scrolled to.
func TestLongArticleIsCapped(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 1_000_000; i++ {
		b.WriteString("x\n")
	}
	text := b.String()
	quote := "The quote is here."
	at := 600_000 * 2
	text = text[:at] + quote + "\n" + text[at:]
	for _, tc := range []struct {
		start, end int
		first      string
	}{
		{-1, -1, "paragraphs 1 to 1,000 of 1,000,001 are shown"},
		{at, at + len(quote), "paragraphs 599,501 to 600,500 of 1,000,001 are shown"},
	} {
		html := goapp.HTMLString(goapp.Div().Body(paragraphs(text, tc.start, tc.end)...))
		if n := strings.Count(html, "<p"); n > maxParagraphs+2 { // and the notice, above and below
			t.Errorf("%d paragraphs rendered, cap %d", n, maxParagraphs)
		}
		if !strings.Contains(html, tc.first) {
			t.Errorf("no %q in the notice", tc.first)
		}
		if tc.start >= 0 && !strings.Contains(html, `id="quote"`) {
			t.Errorf("the quote's paragraph is not in the window")
		}
	}
	// One paragraph of more than the byte cap is shown, with the notice
	// when more follows.
	long := strings.Repeat("word ", maxShownBytes/4) + "\nsecond\n"
	if html := goapp.HTMLString(goapp.Div().Body(paragraphs(long, -1, -1)...)); !strings.Contains(html, "paragraphs 1 to 1 of 2") {
		t.Errorf("past the byte cap: %.200s", html[len(html)-300:])
	}
	// A short article is whole, with no notice.
	if html := goapp.HTMLString(goapp.Div().Body(paragraphs("One.\n\nTwo.\n", -1, -1)...)); strings.Contains(html, "too long") || strings.Count(html, "<p>") != 2 {
		t.Errorf("short article: %s", html)
	}
}

// Issue 22, point 1: text for an attribute holds nothing go-app's
// strconv.Quote would turn into a backslash escape, so it cannot end the
// attribute; the words stay readable.
func TestAttrText(t *testing.T) {
	for in, want := range map[string]string{
		`The bridge is closed"><meta http-equiv=refresh content=0;url=http://x/>`: `The bridge is closed”><meta http-equiv=refresh content=0;url=http://x/>`,
		`He said "no" \ twice`:      `He said “no” ⧵ twice`,
		"tab\there\u2028and\x00nul": "tab here andnul", // controls dropped, line separators a space
		"plain text":                "plain text",
	} {
		got := attrText(in)
		if got != want {
			t.Errorf("attrText(%q) = %q, want %q", in, got, want)
		}
		if q := strconv.Quote(got); q[1:len(q)-1] != got {
			t.Errorf("strconv.Quote escapes %q: %s", got, q)
		}
	}
	for _, u := range []string{`https://fc.example/review?a="><meta/http-equiv='refresh'>`, "https://x.example/a b", "https://x.example/\u00e9?q=\u2028"} {
		got := safeURL(u)
		if q := strconv.Quote(got); q[1:len(q)-1] != got || strings.ContainsAny(got, `"'<>\`) {
			t.Errorf("safeURL(%q) = %q: not safe in an attribute", u, got)
		}
		for _, r := range got {
			if r > unicode.MaxASCII {
				t.Errorf("safeURL(%q) = %q: not ASCII", u, got)
			}
		}
	}
}

// Issue 23: the site's configuration names the site in its header, its
// about page and its pages' titles; nothing says "factcheck".
func TestSiteNameEverywhere(t *testing.T) {
	SetSite(Site{Name: "Gazette Fact Check", ShortName: "Fact Check", Publisher: "The Gazette", Logo: "/web/site-logo.svg",
		ThemeColor: "#8a1538", Language: "en-GB", About: "Gazette Fact Check holds every claim the Gazette printed."})
	defer SetSite(DefaultSite)
	db := seedDB(t)
	for name, html := range map[string]string{
		"about":     render(t, &aboutPage{db: db}),
		"not found": render(t, newNotFoundPage()),
		"embed":     render(t, &embedPage{checkPage{db: db, framed: true}}),
	} {
		if strings.Contains(strings.ToLower(html), "factcheck") {
			t.Errorf("%s page names factcheck:\n%s", name, html)
		}
		if !strings.Contains(html, "Gazette Fact Check") {
			t.Errorf("%s page does not name the site", name)
		}
	}
	if html := render(t, &aboutPage{db: db}); !strings.Contains(html, "Gazette Fact Check holds every claim the Gazette printed.") || !strings.Contains(html, `src="/web/site-logo.svg"`) {
		t.Errorf("about page: no configured paragraph or logo")
	}
	if got := pageTitle(`A "quoted" claim`); got != "A “quoted” claim · Gazette Fact Check" {
		t.Errorf("pageTitle = %q", got)
	}
	r := db.Index.Check("Drinkman was arrested in Amsterdam in 2014.")
	if got := resultText(r, db.Coverage, "https://fc.example"); !strings.Contains(got, "Checked with Gazette Fact Check: https://fc.example/") {
		t.Errorf("share text: %s", got)
	}
}

// The about page lists at most maxListedArticles sources by name.
func TestAboutPageListsAFewArticles(t *testing.T) {
	var articles []*claims.Article
	for i := range maxListedArticles + 50 {
		articles = append(articles, &claims.Article{ID: "a" + strconv.Itoa(i), Headline: "Article " + strconv.Itoa(i), Text: "Text."})
	}
	db := loadedDatabase(newIndex(claims.NewDB("many", articles, nil)), nil)
	html := render(t, &aboutPage{db: db})
	if n := strings.Count(html, `href="/article/`); n != maxListedArticles {
		t.Errorf("%d articles listed, want %d", n, maxListedArticles)
	}
	if !strings.Contains(html, "and 50 more articles") {
		t.Errorf("no line for the others")
	}
}

// TestSiteConfigIsReadAsJSON: the site's configuration the browser reads
// is what json.Unmarshal reads over the default, field by field, and
// JSON the reader does not take goes to encoding/json.
func TestSiteConfigIsReadAsJSON(t *testing.T) {
	full := SiteEnv(Site{Name: "The Gazette \"fact\" checker", ShortName: "Gazette", Publisher: "Gazette & Co", Base: "https://g.example",
		Logo: "/web/logo.png", ThemeColor: "#000", Language: "en-GB", About: "<b>About</b>\n\u2028"})[siteEnv]
	for _, env := range []string{full, SiteEnv(DefaultSite)[siteEnv], `{"name": "Only the name"}`, `{"name": null, "about": "x"}`,
		`{"Name": "another case"}`, `{"name": "a", "name": "b"}`, `{"unknown": 1}`, `not json`, `{"name": 3}`} {
		want := DefaultSite
		json.Unmarshal([]byte(env), &want)
		if got := decodeSite(env, DefaultSite); got != want {
			t.Errorf("%s: read %+v, json.Unmarshal %+v", env, got, want)
		}
	}
}
