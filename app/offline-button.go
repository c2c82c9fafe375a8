package app

import (
	"fmt"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// offlineButton is "Make available offline" for an archive served as a
// sharded index. A small database comes whole with the page, and the
// service worker keeps it, so such a site works offline after one visit;
// a sharded archive fetches only the shards its checks need, so a reader
// who wants every claim offline asks for it here. The download is the
// loader's (window.factcheckOffline, the one way in, which the embed's
// host page may call too); this component shows its progress and outcome.
type offlineButton struct {
	goapp.Compo
	state      offlineState
	got, total int64
	err        string
}

type offlineState int

const (
	offlineIdle offlineState = iota
	offlineWorking
	offlineDone
	offlineFailed
)

func newOfflineButton() *offlineButton { return &offlineButton{} }

func (b *offlineButton) Render() goapp.UI {
	if goapp.Getenv(shardsEnv) == "" {
		return goapp.P().Class("offline").Text("Once this page has loaded, the site works offline: the whole claims database comes with it and stays in your browser.")
	}
	var status goapp.UI
	switch b.state {
	case offlineWorking:
		status = goapp.P().Body(
			goapp.Progress().Max(max(b.total, 1)).Value(b.got).Aria("label", "Downloading the claims"),
			goapp.Text(" "+megabytes(b.got)+" of "+megabytes(b.total)),
		)
	case offlineDone:
		status = goapp.P().Text("Every claim is now stored in this browser: checks and claim pages work with no network.")
	case offlineFailed:
		status = goapp.P().Role("alert").Text("Not everything could be downloaded (" + b.err + "). What was downloaded is kept; try again to fetch the rest.")
	default:
		status = goapp.P().Text("This archive is fetched in parts as checks need them. Download all of it to check with no network.")
	}
	return goapp.Div().Class("offline").Body(
		status,
		goapp.Button().
			Class("button", "offline-button").
			Disabled(b.state == offlineWorking).
			OnClick(b.start).
			Text(b.label()),
	)
}

func (b *offlineButton) label() string {
	switch b.state {
	case offlineWorking:
		return "Downloading…"
	case offlineDone:
		return "Check for new claims"
	case offlineFailed:
		return "Try again"
	}
	return "Make available offline"
}

// start asks the loader for every file, and follows its progress. Before
// the wasm's loader has run (the page is still static), it says so.
func (b *offlineButton) start(ctx goapp.Context, e goapp.Event) {
	offline := goapp.Window().Get("factcheckOffline")
	if offline == nil || offline.Type() != goapp.TypeFunction {
		b.state, b.err = offlineFailed, "the claims are still loading"
		return
	}
	b.state, b.got, b.total, b.err = offlineWorking, 0, 0, ""
	var progress, done goapp.Func
	progress = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		if len(args) == 2 {
			got, total := int64(args[0].Float()), int64(args[1].Float())
			ctx.Dispatch(func(goapp.Context) { b.got, b.total = got, total })
		}
		return nil
	})
	done = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		msg := ""
		if len(args) > 0 {
			msg = args[0].String()
		}
		ctx.Dispatch(func(goapp.Context) {
			if msg == "" {
				b.state = offlineDone
			} else {
				b.state, b.err = offlineFailed, msg
			}
		})
		progress.Release()
		done.Release()
		return nil
	})
	offline.Invoke(progress, done)
}

// megabytes is a byte count as a reader reads it: "3.4 MB", "820 kB".
func megabytes(n int64) string {
	if n < 1_000_000 {
		return fmt.Sprintf("%d kB", (n+999)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
