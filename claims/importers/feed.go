package importers

import (
	"bytes"
	"fmt"
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/factcheck/factcheck/claims"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// ReadFeed reads an RSS, Atom or JSON Feed file whose items carry their
// full content (content:encoded, Atom content, else description), with
// gofeed. Each item becomes an article:
//
//   - ID: the item's guid (else its link), made file-safe by claims.SafeID;
//   - text: the content's HTML turned into text as ParseHTML does;
//   - headline: the item's title (without a newsroom label, "BREAKING:");
//     outlet: the feed's title; byline: its
//     authors; published: its date (YYYY-MM-DD); url: its link (http and
//     https only; any other is left out with a warning).
//
// An item without content is reported and left out; the others are read.
func ReadFeed(name string, data []byte) ([]*claims.Article, claims.ErrorList) {
	var errs claims.ErrorList
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		errs.Add(claims.Pos{File: name}, "not an RSS, Atom or JSON feed: %v", err)
		return nil, errs
	}
	if len(feed.Items) > articleLimit {
		errs.Add(claims.Pos{File: name}, "%d items, more than %d (the limit for one feed); split the file", len(feed.Items), articleLimit)
		return nil, errs
	}
	var (
		out  []*claims.Article
		seen = map[string]int{}
	)
	for i, it := range feed.Items {
		pos := claims.Pos{File: fmt.Sprintf("%s: item #%d", name, i+1)}
		a, ok := feedArticle(&errs, pos, feed, it)
		if !ok {
			continue
		}
		if prev, dup := seen[a.ID]; dup {
			errs.Add(pos, "article id %s (from guid %.80q) already used by item #%d", a.ID, orLink(it), prev)
			continue
		}
		seen[a.ID] = i + 1
		out = append(out, a)
	}
	return out, errs
}

func feedArticle(errs *claims.ErrorList, pos claims.Pos, feed *gofeed.Feed, it *gofeed.Item) (*claims.Article, bool) {
	a := &claims.Article{Headline: headlineLabelCut(oneLine(it.Title)), Outlet: oneLine(feed.Title)}
	a.SetPath(pos.File)
	raw := orLink(it)
	if raw == "" {
		errs.Add(pos, "item has neither guid nor link to name it by")
		return nil, false
	}
	a.ID = claims.SafeID(raw)
	content := it.Content
	if strings.TrimSpace(content) == "" {
		content = it.Description
	}
	if strings.TrimSpace(content) == "" {
		errs.Add(pos, "item %q has no content (content:encoded, content or description)", a.Headline)
		return nil, false
	}
	doc, err := html.Parse(strings.NewReader(content))
	if err != nil {
		errs.Add(pos, "item %q: content is not readable HTML: %v", a.Headline, err)
		return nil, false
	}
	// An item's content is its article: all of it is kept.
	if body := findElement(doc, "body"); body != nil {
		a.Text = tidyText(render.InnerText(body))
	}
	a.Lang = detectLanguage(a.Text, feed.Language)
	if strings.TrimSpace(a.Text) == "" {
		errs.Add(pos, "item %q has no text in its content", a.Headline)
		return nil, false
	}
	var authors []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			authors = append(authors, oneLine(p.Name))
		}
	}
	a.Byline = strings.Join(authors, ", ")
	if it.PublishedParsed != nil {
		a.Published = it.PublishedParsed.Format("2006-01-02")
	} else if it.UpdatedParsed != nil {
		a.Published = it.UpdatedParsed.Format("2006-01-02")
	}
	if it.Link != "" {
		if u, ok := claims.SafeURL(it.Link); ok {
			a.URL = u
		} else {
			errs.Warn(pos, "link %.80q is not an http or https address; left out", it.Link)
		}
	}
	var ferrs claims.ErrorList
	finishArticle(a, pos.File, &ferrs)
	*errs = append(*errs, ferrs...)
	return a, ferrs.Err() == nil
}

func orLink(it *gofeed.Item) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		return g
	}
	return strings.TrimSpace(it.Link)
}

// declaresFeed reports whether data is a feed that says which version of
// its format it is: RSS and Atom always do, a JSON Feed must. (Any JSON
// parses as a JSON Feed, with no version and no items.)
func declaresFeed(data []byte) bool {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	return err == nil && feed.FeedVersion != ""
}
