package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// embedPage is the compact widget that web/embed.js frames on other
// sites. For now it is the check page without the site's navigation.
type embedPage struct {
	checkPage
}

func newEmbedPage() *embedPage { return &embedPage{} }

func (p *embedPage) Render() goapp.UI {
	return goapp.Div().Class("embed").Body(
		goapp.Label().For("statement").Class("field-label").Text("Check a statement"),
		goapp.Textarea().ID("statement").Class("statement").Rows(3).Text(p.text).OnInput(p.onInput),
		p.renderResults(),
	)
}
