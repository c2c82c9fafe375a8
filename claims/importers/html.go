package importers

import (
	"bytes"
	"regexp"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ParseHTML reads a saved news page. The article's text is the page's
// readable body (see readableText): navigation, ads, cookie banners,
// sign-ups, share buttons, comments and footers are left out, and every
// quote's offsets point into that text. The metadata comes from the
// page's own markup:
//
//   - headline: JSON-LD headline, og:title or <title> (as go-readability
//     chooses), without a trailing " | Outlet";
//   - outlet: og:site_name or the JSON-LD publisher;
//   - byline: the JSON-LD author, <meta name="author"> or the byline in
//     the page, without a leading "By";
//   - published: article:published_time, JSON-LD datePublished, else the
//     first <time datetime>, as YYYY-MM-DD;
//   - url: <link rel="canonical">, else og:url (http and https only; any
//     other is left out with a warning).
//
// The ID is the file name's stem, made valid by claims.SafeID.
func ParseHTML(name string, data []byte) (*claims.Article, claims.ErrorList) {
	var errs claims.ErrorList
	a := &claims.Article{}
	a.SetPath(name)
	// The page's encoding, from its BOM, <meta charset> or content;
	// UTF-8 by default.
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		errs.Add(claims.Pos{File: name}, "unknown character encoding: %v", err)
		return a, errs
	}
	doc, err := html.Parse(r)
	if err != nil {
		errs.Add(claims.Pos{File: name}, "not readable HTML: %v", err)
		return a, errs
	}
	meta := pageMetadata(doc)
	text, art := readableText(doc)
	a.Text = text
	a.Outlet = oneLine(art.SiteName())
	a.Headline = stripOutlet(oneLine(art.Title()), a.Outlet)
	a.Byline = stripBy(oneLine(art.Byline()))
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t.Format("2006-01-02")
	} else {
		a.Published = isoDate(meta.time)
	}
	for _, u := range []string{meta.canonical, meta.ogURL} {
		if u = strings.TrimSpace(u); u == "" {
			continue
		}
		if safe, ok := claims.SafeURL(u); ok {
			a.URL = safe
			break
		}
		errs.Warn(claims.Pos{File: name}, "page url %.80q is not an http or https address; left out", u)
	}
	finishArticle(a, name, &errs)
	return a, errs
}

// finishArticle checks what every article read from markup must satisfy
// (text, sizes, ID), as claims.ParseArticle does for text files.
func finishArticle(a *claims.Article, name string, errs *claims.ErrorList) {
	switch {
	case strings.TrimSpace(a.Text) == "":
		errs.Add(claims.Pos{File: name}, "no article text found")
	case len(a.Text) > claims.MaxArticleBytes:
		errs.Add(claims.Pos{File: name}, "the article text is %d bytes, over the limit of %d bytes", len(a.Text), claims.MaxArticleBytes)
		a.Text = ""
	}
	for field, v := range map[string]*string{"headline": &a.Headline, "outlet": &a.Outlet, "byline": &a.Byline} {
		if len(*v) > claims.MaxTextBytes {
			errs.Warn(claims.Pos{File: name}, "the %s is %d bytes, over the limit of %d bytes; left out", field, len(*v), claims.MaxTextBytes)
			*v = ""
		}
	}
	if a.ID == "" {
		a.ID = claims.SafeID(stemOf(name))
	}
}

// pageMeta is what the page's markup says that go-readability does not
// read: where the page lives, and a <time datetime>.
type pageMeta struct{ canonical, ogURL, time string }

func pageMetadata(doc *html.Node) pageMeta {
	var m pageMeta
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "link":
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = attr(n, "href")
			}
		case "meta":
			if m.ogURL == "" && strings.EqualFold(attr(n, "property"), "og:url") {
				m.ogURL = attr(n, "content")
			}
		case "time":
			if m.time == "" && isoDate(attr(n, "datetime")) != "" {
				m.time = attr(n, "datetime")
			}
		}
	})
	return m
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == token {
			return true
		}
	}
	return false
}

var isoDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// isoDate returns the YYYY-MM-DD a machine-readable date starts with
// ("2024-03-11T09:30:00Z"), or "" when it is not one.
func isoDate(s string) string {
	d := isoDateRE.FindString(strings.TrimSpace(s))
	if d == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return ""
	}
	return d
}

// oneLine collapses runs of white space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// stripOutlet removes a trailing " | Outlet" (or " - ", " – ", " — ") from
// a page title.
func stripOutlet(title, outlet string) string {
	if outlet == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+outlet); ok && t != "" {
			return t
		}
	}
	return title
}

var byRE = regexp.MustCompile(`(?i)^by\s+`)

// stripBy removes a leading "By " from a byline.
func stripBy(s string) string { return byRE.ReplaceAllString(s, "") }
