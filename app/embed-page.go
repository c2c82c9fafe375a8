package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedPage is the compact widget web/embed.js frames on other sites: the
// check page without the site around it; its links open in a new tab. Its
// address carries the host's settings in the fragment:
// #origin=…&layout=compact|full&theme=…&text=…. web/embed-frame.js speaks
// the postMessage protocol with the host.
type embedPage struct {
	checkPage
}

func newEmbedPage() *embedPage {
	return &embedPage{checkPage{db: initialDatabase(), framed: true}}
}

func (p *embedPage) Render() goapp.UI {
	return goapp.Main().Class("embed").Body(
		// The facade's heading (web/embed.js): it stays as the widget loads.
		goapp.Label().For("statement").Class("field-label").Text("Check a statement against its sources"),
		p.textBox(3),
		goapp.P().ID("statement-help").Class("visually-hidden").Textf("Checked on this device as you type; up to %s characters at once.", thousands(maxCheck)),
		p.renderResults(),
		goapp.P().Class("embed-footer").Body(
			goapp.Text("Checked on your device against "+plural(p.db.Coverage.Claims, "claim")+" from "+coverageSources(p.db.Coverage)+" by "),
			appLink("/", true).Text("factcheck"),
		),
	)
}
