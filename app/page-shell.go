package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageShell is the frame of every page: a skip link, the header with the
// navigation, the update notice, the page's content and the footer.
type pageShell struct {
	goapp.Compo

	// Current is the path of the page, to mark its navigation link.
	Current string
	// Content is the page's own content.
	Content []goapp.UI
}

func newPageShell(current string, content ...goapp.UI) *pageShell {
	return &pageShell{Current: current, Content: content}
}

func (s *pageShell) Render() goapp.UI {
	link := func(href, label string) goapp.UI {
		a := goapp.A().Href(href).Text(label)
		if href == s.Current {
			a = a.Aria("current", "page")
		}
		return goapp.Li().Body(a)
	}
	st := site()
	return goapp.Div().Class("shell").Body(
		goapp.A().Class("skip-link").Href("#main").Text("Skip to content"),
		goapp.Header().Class("site-header").Body(
			goapp.A().Class("brand").Href("/").Body(
				goapp.Img().Src(st.Logo).Alt("").Aria("hidden", "true").Class("brand-icon").Height(28),
				goapp.Span().Text(st.Name),
			),
			goapp.Nav().Aria("label", "Main").Body(
				goapp.Ul().Body(
					link("/", "Check"),
					link("/claims", "Claims"),
					link("/about", "How it works"),
				),
			),
		),
		newUpdateNotice(),
		startNotices(),
		goapp.Main().ID("main").Body(s.Content...),
		goapp.Footer().Class("site-footer").Body(
			goapp.P().Text("Everything you type is checked on your device; nothing leaves it."),
		),
	)
}

// startNotices say what does not work when the checker cannot start: a
// <noscript> line without JavaScript, and, where WebAssembly is missing,
// a line that web/app.css shows once go-app's loader has failed (its icon
// stops spinning). Until then the page the server sent can be read.
func startNotices() goapp.UI {
	return goapp.Div().Class("start-notices").Body(
		goapp.NoScript().Body(
			goapp.P().Class("notice").Text("Checking a statement needs JavaScript, which is off in this browser. The claims, their sources and the articles can still be read."),
		),
		goapp.P().Class("notice", "no-wasm").Text("This browser cannot run the checker: it needs WebAssembly, which is missing or turned off here. The claims, their sources and the articles can still be read."),
	)
}

// loadingOrMissing is the page shown while the database loads, when it
// failed to load, or when it has no such article or claim.
func loadingOrMissing(status loadStatus, what, id string) goapp.UI {
	switch status {
	case loadFailed:
		return newPageShell("", goapp.P().Class("notice", "error").Role("alert").Text("The claims database could not be loaded. Reload the page to try again."))
	case loaded:
		return newPageShell("",
			goapp.H1().Text(strings.ToUpper(what[:1])+what[1:]+" not found"),
			goapp.P().Text("No "+what+" "+id+" in this claims database."),
		)
	}
	return newPageShell("", goapp.P().Role("status").Text("Loading…"))
}
