package app

import (
	"fmt"
	"net/url"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// articlePage shows a source article in full, with the quote named in the
// fragment (#q=start-end, byte offsets) highlighted and scrolled to a
// third of the way down the screen, under a line that keeps the outlet,
// date and headline in view.
type articlePage struct {
	goapp.Compo

	db         database
	id         string
	start, end int
	sharded    byID[claims.Article] // the article, fetched from a sharded index
}

func newArticlePage() *articlePage { return &articlePage{db: initialDatabase(), start: -1, end: -1} }

// OnInit reads the address in the browser, so that go-app's first render
// draws the article the server sent, not an empty page.
func (p *articlePage) OnInit() {
	if goapp.IsClient {
		p.readURL(goapp.Window().URL())
	}
}

func (p *articlePage) readURL(u *url.URL) {
	p.id = strings.TrimPrefix(u.Path, "/article/")
	p.start, p.end = -1, -1
	if frag := u.Fragment; strings.HasPrefix(frag, "q=") {
		leadingInts(frag[2:], &p.start, &p.end)
	}
}

func (p *articlePage) OnNav(ctx goapp.Context) {
	p.readURL(ctx.Page().URL())
	observeDatabase(ctx, &p.db, func(ctx goapp.Context) {
		lookUp(ctx, p.db.Index, p.id, (*match.Index).ArticleByID, &p.sharded, func(ctx goapp.Context) {
			a, _ := p.article()
			if a == nil {
				return
			}
			ctx.Page().SetTitle(pageTitle(firstNonEmpty(a.Headline, a.ID)))
			if p.start >= 0 {
				ctx.Defer(func(goapp.Context) { scrollToThird("quote") })
			}
		})
	})
}

// article returns the page's article, and whether it is known yet (a
// sharded index fetches it: lookUp).
func (p *articlePage) article() (*claims.Article, bool) {
	if p.db.Status != loaded {
		return nil, false
	}
	if p.db.Index.Sharded() {
		return p.sharded.get(p.id)
	}
	return p.db.Index.DB.Article(p.id), true
}

func (p *articlePage) Render() goapp.UI {
	a, known := p.article()
	if a == nil {
		return loadingOrMissing(statusUnless(known, p.db.Status), "article", p.id)
	}
	headline := firstNonEmpty(a.Headline, a.ID)
	return newPageShell("",
		goapp.Article().Class("source-article").Body(
			goapp.P().Class("source-bar").Aria("hidden", "true").Body(
				goapp.Span().Class("source-bar-outlet").Text(byline(a)),
				goapp.Span().Text(headline),
			),
			newBackToResult(),
			goapp.H1().Text(headline),
			goapp.P().Class("byline").Text(byline(a)),
			goapp.If(a.Note != "", func() goapp.UI {
				return goapp.P().Class("note").Text(a.Note)
			}),
			goapp.If(safeURL(a.URL) != "", func() goapp.UI {
				return goapp.P().Class("original").Body(externalLink(a.URL, "Read it where it was published"))
			}),
			goapp.Div().Class("article-body").Body(paragraphs(a.Text, p.start, p.end)...),
		),
	)
}

// What one article page renders at most: a page of a million one-line
// paragraphs cost the server seconds of CPU and megabytes per request
// (issue 22), and a reader's tab as much. Past either cap the page shows a
// window of the article, the quote's paragraph in it, and says so.
const (
	maxParagraphs = 1000    // paragraphs on one page
	maxShownBytes = 1 << 20 // bytes of text on one page
)

// paragraphs renders text line by line, marking the bytes start to end
// (the quote); offsets outside the text mark nothing. Of a text longer
// than the caps it renders a window that holds the start of the quote
// (else the beginning), and says which part is shown, above and below it.
func paragraphs(text string, start, end int) []goapp.UI {
	valid := start >= 0 && end > start && end <= len(text)
	// Count the paragraphs and find the quote's; on a long text, start the
	// window so that it holds the quote, by both caps.
	total, quoteAt := 0, -1
	eachLine(text, func(lo, hi int) {
		if valid && quoteAt < 0 && start < hi+1 {
			quoteAt = total
		}
		total++
	})
	from := 0
	if quoteAt >= maxParagraphs/2 && total > maxParagraphs {
		from = min(quoteAt-maxParagraphs/2, total-maxParagraphs)
	}
	if quoteAt > from {
		i, before := 0, 0
		eachLine(text, func(lo, hi int) {
			if i >= from && i < quoteAt {
				before += hi - lo
			}
			i++
		})
		if before > maxShownBytes/2 {
			from = quoteAt
		}
	}
	var out []goapp.UI
	n, shown, bytes := 0, 0, 0
	eachLine(text, func(lo, hi int) {
		i := n
		n++
		if i < from || shown == maxParagraphs || bytes >= maxShownBytes {
			return
		}
		shown++
		bytes += hi - lo
		body := text[lo:hi]
		if !valid || end <= lo || start >= hi {
			out = append(out, goapp.P().Text(body))
			return
		}
		s, e := max(start, lo)-lo, min(end, hi)-lo
		var parts []goapp.UI
		if s > 0 {
			parts = append(parts, goapp.Text(body[:s]))
		}
		mark := goapp.Mark().Class("quote-mark").Text(body[s:e])
		if start >= lo {
			mark = mark.ID("quote")
		}
		parts = append(parts, mark)
		if e < len(body) {
			parts = append(parts, goapp.Text(body[e:]))
		}
		out = append(out, goapp.P().Body(parts...))
	})
	if shown < total {
		// Said where the page starts and where the text stops.
		say := fmt.Sprintf("This article is too long to show whole here: paragraphs %s to %s of %s are shown.",
			thousands(from+1), thousands(from+shown), thousands(total))
		out = append([]goapp.UI{goapp.P().Class("notice").Role("note").Text(say)}, out...)
		out = append(out, goapp.P().Class("notice").Text(say))
	}
	return out
}

// eachLine calls f with the byte range of every line of text that is not
// blank, without its line ending; it allocates nothing.
func eachLine(text string, f func(lo, hi int)) {
	for lo := 0; lo < len(text); {
		hi := strings.IndexByte(text[lo:], '\n')
		next := lo + hi + 1
		if hi < 0 {
			hi, next = len(text)-lo, len(text)
		}
		end := lo + hi
		for end > lo && text[end-1] == '\r' {
			end--
		}
		if strings.TrimSpace(text[lo:end]) != "" {
			f(lo, end)
		}
		lo = next
	}
}
