package app

import (
	"fmt"
	"net/url"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
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
		fmt.Sscanf(frag[2:], "%d-%d", &p.start, &p.end)
	}
}

func (p *articlePage) OnNav(ctx goapp.Context) {
	p.readURL(ctx.Page().URL())
	observeDatabase(ctx, &p.db, func(ctx goapp.Context) {
		a := p.article()
		if a == nil {
			return
		}
		ctx.Page().SetTitle(firstNonEmpty(a.Headline, a.ID) + " · factcheck")
		if p.start >= 0 {
			ctx.Defer(func(goapp.Context) { scrollToThird("quote") })
		}
	})
}

func (p *articlePage) article() *claims.Article {
	if p.db.Status != loaded {
		return nil
	}
	return p.db.Index.DB.Article(p.id)
}

func (p *articlePage) Render() goapp.UI {
	a := p.article()
	if a == nil {
		return loadingOrMissing(p.db.Status, "article", p.id)
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

// paragraphs renders text line by line, marking the bytes start to end
// (the quote); offsets outside the text mark nothing.
func paragraphs(text string, start, end int) []goapp.UI {
	valid := start >= 0 && end > start && end <= len(text)
	var out []goapp.UI
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		lo, hi := off, off+len(line)
		off = hi
		body := strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(body) == "" {
			continue
		}
		hiBody := lo + len(body)
		if !valid || end <= lo || start >= hiBody {
			out = append(out, goapp.P().Text(body))
			continue
		}
		s, e := max(start, lo)-lo, min(end, hiBody)-lo
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
	}
	return out
}
