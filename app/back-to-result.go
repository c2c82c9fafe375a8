package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fromResult is the state a result card sets when the reader opens one of
// its sources in the article view: the article then offers the way back.
const fromResult = "/nav/from-result"

// backToResult is the article view's way back to the result the reader
// came from (history.back(), so the result, its text and its scroll are
// as they were). It shows only after a result's "Open in the article".
type backToResult struct {
	goapp.Compo

	from bool
}

func newBackToResult() *backToResult { return &backToResult{} }

func (b *backToResult) OnMount(ctx goapp.Context) {
	ctx.ObserveState(fromResult, &b.from)
}

func (b *backToResult) Render() goapp.UI {
	if !b.from {
		return goapp.Span().Hidden(true)
	}
	return goapp.P().Class("back-to-result").Body(
		goapp.Button().Type("button").Class("button-quiet").Text("← Back to your result").OnClick(func(ctx goapp.Context, e goapp.Event) {
			ctx.SetState(fromResult, false)
			if goapp.IsClient {
				goapp.Window().Get("history").Call("back")
			}
		}),
	)
}
