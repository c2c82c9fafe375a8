package app

import (
	"net/url"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims/match"
)

// embedPage is the compact widget web/embed.js frames on other sites: the
// check page without the site's navigation. Its address carries the host's
// settings in the fragment: #origin=…&layout=compact|full&theme=…&text=….
// web/embed-frame.js speaks the postMessage protocol with the host.
type embedPage struct {
	checkPage
}

func newEmbedPage() *embedPage { return &embedPage{checkPage{framed: true}} }

func (p *embedPage) OnNav(ctx goapp.Context) {
	if v, err := url.ParseQuery(ctx.Page().URL().EscapedFragment()); err == nil && v.Get("text") != "" {
		p.text = v.Get("text")
	}
	withIndex(ctx, func(ix *match.Index, err error) {
		p.ready, p.loadErr = err == nil, err
		p.check(ctx)
	})
}

func (p *embedPage) Render() goapp.UI {
	return goapp.Main().Class("embed").Body(
		goapp.Label().For("statement").Class("field-label").Text("Check a statement against its sources"),
		goapp.Textarea().ID("statement").Class("statement").Rows(3).
			Placeholder("Paste or type a statement").Text(p.text).OnInput(p.onInput),
		p.renderResults(),
		goapp.P().Class("embed-footer").Body(
			goapp.Text("Checked on your device by "),
			goapp.A().Href("/").Target("_blank").Rel("noopener").Text("factcheck"),
		),
	)
}
