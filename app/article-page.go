package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// articlePage shows a source article in full, with the quote named in the
// fragment (#q=start-end, byte offsets) highlighted and scrolled to.
type articlePage struct {
	goapp.Compo

	id         string
	article    *claims.Article
	start, end int
	ready      bool
}

func newArticlePage() *articlePage { return &articlePage{} }

func (p *articlePage) OnNav(ctx goapp.Context) {
	u := ctx.Page().URL()
	p.id = strings.TrimPrefix(u.Path, "/article/")
	p.start, p.end = -1, -1
	if frag := u.Fragment; strings.HasPrefix(frag, "q=") {
		fmt.Sscanf(frag[2:], "%d-%d", &p.start, &p.end)
	}
	withIndex(ctx, func(ix *match.Index, err error) {
		p.ready = true
		p.article = articleOf(ix, p.id)
		if p.article != nil {
			ctx.Page().SetTitle(p.article.Headline + " · factcheck")
			if p.start >= 0 {
				ctx.Defer(func(ctx goapp.Context) { ctx.ScrollTo("quote") })
			}
		}
	})
}

func (p *articlePage) Render() goapp.UI {
	if p.article == nil {
		return loadingOrMissing(p.ready, "article", p.id)
	}
	a := p.article
	headline := a.Headline
	if headline == "" {
		headline = a.ID
	}
	return newPageShell("",
		goapp.Article().Class("source-article").Body(
			goapp.H1().Text(headline),
			goapp.P().Class("byline").Text(byline(a)),
			goapp.If(a.Note != "", func() goapp.UI {
				return goapp.P().Class("note").Text(a.Note)
			}),
			goapp.Div().Class("article-body").Body(p.paragraphs()...),
		),
	)
}

// paragraphs renders the text line by line, marking the quoted bytes.
func (p *articlePage) paragraphs() []goapp.UI {
	text := p.article.Text
	valid := p.start >= 0 && p.end > p.start && p.end <= len(text)
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
		if !valid || p.end <= lo || p.start >= hiBody {
			out = append(out, goapp.P().Text(body))
			continue
		}
		s, e := max(p.start, lo)-lo, min(p.end, hiBody)-lo
		var parts []goapp.UI
		if s > 0 {
			parts = append(parts, goapp.Text(body[:s]))
		}
		mark := goapp.Mark().Class("quote-mark").Text(body[s:e])
		if p.start >= lo {
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
