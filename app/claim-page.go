package app

import (
	"net/url"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// claimPage shows one claim with all its sources, each laid out the same.
type claimPage struct {
	goapp.Compo

	db      database
	id      string
	sharded byID[claims.Claim] // the claim, fetched from a sharded index
}

func newClaimPage() *claimPage { return &claimPage{db: initialDatabase()} }

// OnInit reads the address in the browser, so that go-app's first render
// draws the claim the server sent.
func (p *claimPage) OnInit() {
	if goapp.IsClient {
		p.readURL(goapp.Window().URL())
	}
}

func (p *claimPage) readURL(u *url.URL) {
	p.id = strings.TrimPrefix(u.Path, "/claim/")
	if id, err := url.PathUnescape(p.id); err == nil {
		p.id = id
	}
}

func (p *claimPage) OnNav(ctx goapp.Context) {
	p.readURL(ctx.Page().URL())
	observeDatabase(ctx, &p.db, func(ctx goapp.Context) {
		lookUp(ctx, p.db.Index, p.id, (*match.Index).ClaimByID, &p.sharded, func(ctx goapp.Context) {
			if c, _ := p.claim(); c != nil {
				ctx.Page().SetTitle(pageTitle(c.Text))
			}
		})
	})
}

// claim returns the page's claim, and whether it is known yet (a sharded
// index fetches it: lookUp).
func (p *claimPage) claim() (*claims.Claim, bool) {
	if p.db.Status != loaded {
		return nil, false
	}
	if p.db.Index.Sharded() {
		return p.sharded.get(p.id)
	}
	return p.db.Index.DB.Claim(p.id), true
}

func (p *claimPage) Render() goapp.UI {
	c, known := p.claim()
	if c == nil {
		return loadingOrMissing(statusUnless(known, p.db.Status), "claim", p.id)
	}
	var sources []goapp.UI
	for _, s := range c.Sources {
		sources = append(sources, sourceBlock(p.db.Index.Source(s), false))
	}
	if len(c.Sources) == 0 && safeURL(c.URL) != "" { // imported: the fact-check is its source
		sources = append(sources, goapp.P().Class("source-links").Body(externalLink(c.URL, "Open the fact-check")))
	}
	return newPageShell("",
		goapp.Article().Class("claim-detail").Body(
			goapp.H1().Text(c.Text),
			goapp.Dl().Class("claim-facts").Body(
				fact("Said by", c.Speaker),
				fact("Date it refers to", c.Date),
				fact("Rating", c.Rating),
				fact("Checked by", c.Reviewer),
				fact("Kind", kindLabel[c.Kind]),
			),
			goapp.H2().Textf("Sources (%d)", len(c.Sources)),
			goapp.Div().Class("sources").Body(sources...),
		),
	)
}

var kindLabel = map[string]string{
	claims.KindSentence: "a sentence of the article",
	claims.KindCurated:  "one fact, written from the quoted words",
	claims.KindImported: "imported from a fact-check collection",
}

func fact(label, value string) goapp.UI {
	if value == "" {
		return nil
	}
	return goapp.Div().Body(goapp.Dt().Text(label), goapp.Dd().Text(value))
}
