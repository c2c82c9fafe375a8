package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFoundPage is what any address that is no page of the site shows
// (the static site's 404.html too): where the reader can go instead. On a
// static host that serves 404.html for a missing file, the app then
// renders the address itself when it is one of its routes.
type notFoundPage struct {
	goapp.Compo
	db database
}

func newNotFoundPage() *notFoundPage { return &notFoundPage{db: initialDatabase()} }

// OnNav titles the page and, as every page does, loads the database, so
// that the app is ready (and cached for offline use) from here too.
func (p *notFoundPage) OnNav(ctx goapp.Context) {
	ctx.Page().SetTitle(pageTitle("Page not found"))
	observeDatabase(ctx, &p.db, nil)
}

func (p *notFoundPage) Render() goapp.UI {
	return newPageShell("",
		goapp.H1().Class("not-found").Text("Page not found"), // web/app-start.js finds it (a static site's 404.html)
		goapp.P().Text("There is no page at this address. It may have been mistyped, or the claim or article it named is no longer in this database."),
		goapp.Ul().Body(
			goapp.Li().Body(goapp.A().Href("/").Text("Check a statement")),
			goapp.Li().Body(goapp.A().Href("/claims").Text("Browse the claims")),
			goapp.Li().Body(goapp.A().Href("/about").Text("How it works")),
		),
	)
}
