package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// updateNotice tells the reader a new version was deployed and offers to
// reload into it.
type updateNotice struct {
	goapp.Compo
	available bool
}

func newUpdateNotice() *updateNotice { return &updateNotice{} }

func (u *updateNotice) OnMount(ctx goapp.Context) { u.available = ctx.AppUpdateAvailable() }

func (u *updateNotice) OnAppUpdate(ctx goapp.Context) { u.available = ctx.AppUpdateAvailable() }

func (u *updateNotice) Render() goapp.UI {
	if !u.available {
		return goapp.Div().Class("update-notice", "hidden")
	}
	return goapp.Div().Class("update-notice").Role("status").Body(
		goapp.Span().Text("A new version of "+site().Name+" is available."),
		goapp.Button().Type("button").Class("button").Text("Reload").OnClick(func(ctx goapp.Context, e goapp.Event) {
			ctx.Reload()
		}),
	)
}
