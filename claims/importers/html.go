package importers

import (
	"bytes"
	"cmp"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// ParseHTML reads a saved news page. Its bytes are decoded as a browser
// decodes them (decodePage); the article's text is the body two
// extractors agree on (extractBody), without the headline where the body
// repeats it, without furniture lines (claims.DropFurniture) and lines
// only the page's captions, asides, notes and link boxes render
// (structuralFurniture), and every quote's offsets point into that text. The
// metadata comes from the page's own markup (metadata.go):
//
//   - headline: JSON-LD headline, og:title or <title>, without the
//     site's or the author's name around it and a newsroom label
//     ("BREAKING:") before it;
//   - outlet: the JSON-LD publisher, og:site_name, application-name,
//     else the page's host as a name ("tmz.com"), spelt as the page's
//     text spells it most ("Moneycontrol", not its JSON-LD's
//     "MoneyControl");
//   - byline: the JSON-LD authors, <meta name="author">, article:author
//     or the byline on the page: people's names only, never a date;
//   - published: article:published_time, JSON-LD datePublished, else the
//     first <time datetime>, as YYYY-MM-DD;
//   - url: <link rel="canonical">, else og:url (http and https only; any
//     other is left out with a warning);
//   - lang: the language of the text (detectLanguage).
//
// The ID is the file name's stem, made valid by claims.SafeID. A page
// with no article text is a warning naming the reason, and no article.
// minArticleWords is the least text an article has: a page that yields
// fewer words ("Home", "Loading…") is no article.
const minArticleWords = 10

func ParseHTML(name string, data []byte) (*claims.Article, claims.ErrorList) {
	var errs claims.ErrorList
	pos := claims.Pos{File: name}
	decoded, enc, err := decodePage(data)
	if err != nil {
		errs.Add(pos, "cannot decode the page as %s: %v", enc, err)
		return nil, errs
	}
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		errs.Add(pos, "not readable HTML: %v", err)
		return nil, errs
	}
	a := &claims.Article{}
	a.SetPath(name)
	meta := readPageMeta(doc)
	openNoscripts(doc)
	dropHoverCards(doc)
	dropLinkLabels(doc)
	joinDropCaps(doc)
	canonical := strings.TrimSpace(meta.canonical)
	pageHost := hostName(cmp.Or(canonical, strings.TrimSpace(meta.ogURL)))
	structural := structuralFurniture(doc, pageHost)
	ex := extractBody(doc, pageHost)
	var relative []string // a path without a site, said only when no other address stands (hpd.de's canonical "/artikel/…" beside og:url's full address is no loss)
	for i, u := range []string{canonical, meta.ogURL} {
		if u = strings.TrimSpace(u); u == "" || i == 1 && u == canonical {
			continue // the same address as canonical link and og:url is one warning
		}
		if strings.HasPrefix(u, "//") { // scheme-relative ("//us.yahoo.com/news/"): a saved page's was https or http, and https reaches both
			u = "https:" + u
		}
		if safe, ok := claims.SafeURL(u); ok {
			a.URL = safe
			break
		}
		if p, err := url.Parse(u); err == nil && p.Scheme == "" && p.Host == "" {
			relative = append(relative, u)
			continue
		}
		errs.Warn(pos, "page url %.80q is not an http or https address; left out", u) // javascript:, data:…
	}
	if a.URL == "" {
		for _, u := range relative {
			errs.Warn(pos, "page url %.80q is not an http or https address; left out", u)
		}
	}
	a.Outlet = meta.siteSpelling(meta.outlet(a.URL), a.URL, ex.pageText, string(decoded))
	host := hostName(a.URL)
	a.Byline = meta.byline(ex.readability.Byline(), textByline(paragraphs(ex.text), a.Outlet, host), a.Outlet, host)
	a.Headline = meta.headline(a.Outlet, a.Byline, a.URL)
	if a.Outlet == "" {
		a.Headline = unnamedSiteCut(a.Headline, ex.readability.Title(), meta.h1)
	}
	published, _ := ex.readability.PublishedTime()
	a.Published = meta.publishedDate(published)
	if a.Published == "" {
		a.Published = pageDate(doc, a.URL)
	}
	a.Text = dropHeadline(ex.text, a.Headline)
	paras, dropped := claims.DropFurniture(paragraphs(a.Text))
	paras, placed := dropStructural(paras, structural)
	paras, bios := dropBios(paras, meta.ldAuthorBios)
	placed = append(placed, bios...)
	paras, self := dropOutletSelf(paras, a.Outlet)
	placed = append(placed, self...)
	paras, credit := dropTrailingCredit(paras)
	a.Text = tidyText(strings.Join(paras, "\n"))
	if a.Published == "" {
		a.Published = textDate(paras)
	}
	ex.furniture = len(dropped) + len(placed)
	for _, d := range dropped {
		a.LeftOut = append(a.LeftOut, fmt.Sprintf("(%s): %.70q", d.Reason, d.Para))
	}
	for _, d := range placed {
		a.LeftOut = append(a.LeftOut, fmt.Sprintf("(%s): %.70q", d[1], d[0]))
	}
	if credit != "" {
		a.LeftOut = append(a.LeftOut, fmt.Sprintf("(a wire credit run into the last sentence): %q", credit))
	}
	ex.keptWords = len(strings.Fields(a.Text))
	a.Lang = detectLanguage(a.Text, meta.ldLanguage, meta.htmlLang)
	a.Extraction = ex.describe() + ", read as " + enc
	if ex.keptWords < minArticleWords && letters(a.Text) < 4*minArticleWords { // Chinese and Japanese write no spaces
		why := "the page has no visible text"
		switch {
		case ex.keptWords == 0 && len(dropped) > 0:
			why = fmt.Sprintf("the %d lines the extractors found are all page furniture (the first: %s, %.40q)", len(dropped), dropped[0].Reason, dropped[0].Para)
		case ex.keptWords > 0:
			why = fmt.Sprintf("the text found is %d words (%.40q), too short for an article", ex.keptWords, a.Text)
		case ex.pageWords > 0:
			why = fmt.Sprintf("neither extractor found an article among its %d words (a list of links, a gallery or a page of another kind)", ex.pageWords)
		}
		errs.Warn(pos, "no article text found: %s; left out", why)
		return nil, errs
	}
	finishArticle(a, name, &errs)
	return a, errs
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// finishArticle checks what every article read from markup must satisfy
// (sizes, paragraphs, ID), as claims.ParseArticle does for text files.
func finishArticle(a *claims.Article, name string, errs *claims.ErrorList) {
	if msg := claims.CheckArticleText(a.Text); msg != "" {
		errs.Add(claims.Pos{File: name}, "%s", msg)
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
		if a.ID != stemOf(name) { // as a text article's file name warns (claims.ParseArticle)
			errs.Warn(claims.Pos{File: name}, "file name %q is not a valid article id; using %q (rename the file to choose one)", stemOf(name), a.ID)
		}
	}
}

// pageDate is the publication date the page shows when its metadata gives
// none ("Published 10:02 AM EST Nov 19, 2019" on a Gannett page): the
// date in its address ("/2019/nov/18/"), else go-htmldate's (the date
// finder of go-trafilatura, github.com/markusmobius/go-htmldate, Apache-2.0)
// in its fast mode (no date parser: English dates), the original date
// rather than an update's. "" when it finds none. It runs only for such
// pages: a few in ten, at about a third of a page's reading time.
func pageDate(doc *html.Node, pageURL string) string {
	if d := urlDate(pageURL); d != "" {
		return d
	}
	res, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, URL: pageURL})
	if err != nil || res.DateTime.IsZero() {
		return ""
	}
	return res.DateTime.Format("2006-01-02")
}

// textDate is the date an article's text sets alone on one of its first
// two lines, where its markup and htmldate's fast mode find none: "January
// 18, 2020" above "PARIS (Reuters) – …" (oann.com), "Published Monday, Jan.
// 6, 2020". "" when neither line is a date alone; an update's date is not
// the publication's ("Updated Jan. 6, 2020").
func textDate(paras []string) string {
	for i, p := range paras {
		if i == 2 {
			break
		}
		loc := monthDateRE.FindStringIndex(p)
		if loc == nil || len(strings.Fields(p)) > 8 {
			continue
		}
		rest := strings.FieldsFunc(strings.ToLower(p[:loc[0]]+" "+p[loc[1]:]), func(r rune) bool { return !unicode.IsLetter(r) })
		if slices.ContainsFunc(rest, func(w string) bool { return !dateLineWords[w] }) {
			continue
		}
		return isoDate(p[loc[0]:loc[1]])
	}
	return ""
}

// dateLineWords are the words a line holding only a publication date may
// have beside it.
var dateLineWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"published": true, "posted": true, "on": true}

// urlDateRE is a date in a page's address: "/2019/11/18/", "/2019/nov/18/".
var urlDateRE = regexp.MustCompile(`(?i)/((?:19|20)\d\d)/(\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(\d{1,2})/`)

// urlDate is the date a page's address holds, "" when none.
func urlDate(pageURL string) string {
	m := urlDateRE.FindStringSubmatch(pageURL)
	if m == nil {
		return ""
	}
	layout := "2006 1 2"
	if len(m[2]) == 3 {
		layout = "2006 Jan 2"
		m[2] = strings.ToUpper(m[2][:1]) + strings.ToLower(m[2][1:])
	}
	t, err := time.Parse(layout, m[1]+" "+m[2]+" "+m[3])
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}
