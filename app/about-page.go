package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// aboutPage explains how a check works and lists the sources.
type aboutPage struct {
	goapp.Compo
	articles []*claims.Article
	nClaims  int
}

func newAboutPage() *aboutPage { return &aboutPage{} }

func (p *aboutPage) OnNav(ctx goapp.Context) {
	withIndex(ctx, func(ix *match.Index, err error) {
		if ix != nil {
			p.articles, p.nClaims = ix.DB.Articles, len(ix.DB.Claims)
		}
	})
}

func (p *aboutPage) Render() goapp.UI {
	return newPageShell("/about",
		goapp.H1().Text("How this works"),
		goapp.P().Text("factcheck holds a database of claims drawn from news articles. Every claim is tied to the exact words of its source, so you can read them yourself."),
		goapp.Ol().Class("steps").Body(
			goapp.Li().Text("Your text is split into sentences. Questions, greetings and opinions are marked as not checkable."),
			goapp.Li().Text("Each sentence is matched against the claims: its words, names, numbers and dates, tolerating typos and different spellings."),
			goapp.Li().Text("The best claim is compared with your sentence. A negation, a different date or number, a swapped place or an opposite word makes it contradicted; a name or fact the sources never mention leaves it without a sourced claim."),
			goapp.Li().Text("The result says why, and highlights the words that match or differ in your sentence and in the source."),
		),
		goapp.H2().Text("Privacy"),
		goapp.P().Text("The whole check runs in your browser, in WebAssembly. Nothing you type is sent anywhere, and the app works offline once it has loaded."),
		goapp.H2().Text("The sources"),
		goapp.P().Textf("%d claims from %d articles:", p.nClaims, len(p.articles)),
		goapp.Ul().Class("source-list").Body(
			goapp.Range(p.articles).Slice(func(i int) goapp.UI {
				a := p.articles[i]
				title := a.Headline
				if title == "" {
					title = a.ID
				}
				return goapp.Li().Body(
					goapp.A().Href("/article/"+a.ID).Text(title),
					goapp.Text(" — "+byline(a)),
				)
			}),
		),
	)
}
