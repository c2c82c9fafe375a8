package app

import (
	"net/url"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims/match"
)

// typingPause is how long the reader must stop typing before a check
// runs: short enough to feel live, long enough not to check every letter.
const typingPause = 150 * time.Millisecond

// examples are statements a first-time reader can try.
var examples = []string{
	"Russia has an extradition treaty with the United States.",
	"Roman Seleznev was arrested in 2014.",
	"Biden and Putin talked for less than an hour in Geneva.",
	"The US-Russia cyber hotline remains in force. Is it used often? China signed the agreement too.",
}

// checkPage is the widget's main view: a text box and a result for each
// checkable sentence, updated as the reader types.
type checkPage struct {
	goapp.Compo

	text    string
	report  *match.Report
	loadErr error
	ready   bool
	gen     int  // bumped on every edit; a pending check runs only if still current
	framed  bool // shown inside another site (the /embed route)
}

func newCheckPage() *checkPage { return &checkPage{} }

func (p *checkPage) OnNav(ctx goapp.Context) {
	if q, ok := fragmentQuery(ctx.Page().URL()); ok && q != p.text {
		p.text = q
	}
	withIndex(ctx, func(ix *match.Index, err error) {
		p.ready, p.loadErr = err == nil, err
		p.check(ctx)
	})
}

// fragmentQuery reads a shared check from the URL: /#q=<text>. The
// fragment, unlike a query string, never reaches a server and still hits
// the offline cache.
func fragmentQuery(u *url.URL) (string, bool) {
	frag := u.EscapedFragment()
	if !strings.HasPrefix(frag, "q=") {
		return "", false
	}
	q, err := url.QueryUnescape(frag[2:])
	return q, err == nil
}

// ShareLink is the address that reopens a check of text.
func ShareLink(text string) string {
	if strings.TrimSpace(text) == "" {
		return "/"
	}
	return "/#q=" + url.QueryEscape(text)
}

func (p *checkPage) onInput(ctx goapp.Context, e goapp.Event) {
	p.text = ctx.JSSrc().Get("value").String()
	p.gen++
	gen := p.gen
	ctx.After(typingPause, func(ctx goapp.Context) {
		if gen == p.gen {
			p.check(ctx)
		}
	})
}

func (p *checkPage) setText(ctx goapp.Context, text string) {
	p.text = text
	p.gen++
	p.check(ctx)
}

func (p *checkPage) check(ctx goapp.Context) {
	if !p.ready {
		return
	}
	withIndex(ctx, func(ix *match.Index, err error) {
		if err != nil {
			return
		}
		if strings.TrimSpace(p.text) == "" {
			p.report = nil
		} else {
			r := ix.CheckText(p.text)
			p.report = &r
		}
		if goapp.IsClient && ctx.Page().URL().Path == "/" {
			goapp.Window().Get("history").Call("replaceState", nil, "", ShareLink(p.text))
		}
	})
}

func (p *checkPage) Render() goapp.UI {
	return newPageShell("/",
		goapp.H1().Text("Check a statement against its sources"),
		goapp.P().Class("lead").Text("Paste or type a statement or a whole paragraph. Each sentence is matched against claims drawn from news articles, with the exact words of the source."),
		goapp.Label().For("statement").Class("field-label").Text("Statement to check"),
		goapp.Textarea().
			ID("statement").
			Class("statement").
			Rows(4).
			Placeholder("e.g. Russia has an extradition treaty with the United States.").
			Aria("describedby", "statement-help").
			Text(p.text).
			OnInput(p.onInput),
		goapp.P().ID("statement-help").Class("help").Text("Results update as you type. Nothing you type leaves this device."),
		goapp.Div().Class("examples").Body(
			goapp.Span().Class("examples-label").Text("Try:"),
			goapp.Range(examples).Slice(func(i int) goapp.UI {
				ex := examples[i]
				return goapp.Button().Type("button").Class("example").Text(ex).OnClick(func(ctx goapp.Context, e goapp.Event) {
					p.setText(ctx, ex)
				})
			}),
		),
		p.renderResults(),
	)
}

func (p *checkPage) renderResults() goapp.UI {
	switch {
	case p.loadErr != nil:
		return goapp.Div().Class("notice", "error").Role("alert").Text("The claims database could not be loaded: " + p.loadErr.Error())
	case !p.ready:
		return goapp.Div().Class("notice").Role("status").Text("Loading the claims database…")
	case p.report == nil:
		return goapp.Section().ID("results").Aria("live", "polite")
	}
	results := p.report.Sentences
	if len(results) == 0 {
		results = []match.Result{p.report.Result}
	}
	return goapp.Section().ID("results").Aria("live", "polite").Aria("label", "Results").Body(
		goapp.If(len(results) > 1, func() goapp.UI {
			return goapp.P().Class("summary").Textf("%d sentences checked.", len(results))
		}),
		goapp.Range(results).Slice(func(i int) goapp.UI {
			return newResultCard(results[i])
		}),
		goapp.P().Class("share").Body(
			goapp.A().Class("share-link").Href(ShareLink(p.text)).Target(p.linkTarget()).Text("Link to this check"),
		),
	)
}

// linkTarget opens links in a new tab when the page is framed (the embed).
func (p *checkPage) linkTarget() string {
	if p.framed {
		return "_blank"
	}
	return ""
}
