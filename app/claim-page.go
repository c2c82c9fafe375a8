package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// claimPage shows one claim with all its sources.
type claimPage struct {
	goapp.Compo

	id    string
	claim *claims.Claim
	ix    *match.Index
	ready bool
}

func newClaimPage() *claimPage { return &claimPage{} }

func (p *claimPage) OnNav(ctx goapp.Context) {
	p.id = strings.TrimPrefix(ctx.Page().URL().Path, "/claim/")
	withIndex(ctx, func(ix *match.Index, err error) {
		p.ready, p.ix, p.claim = true, ix, nil
		if ix == nil {
			return
		}
		if p.claim = ix.DB.Claim(p.id); p.claim != nil {
			ctx.Page().SetTitle(p.claim.Text + " · factcheck")
		}
	})
}

func (p *claimPage) Render() goapp.UI {
	if p.claim == nil {
		return loadingOrMissing(p.ready, "claim", p.id)
	}
	c := p.claim
	var sources []goapp.UI
	for _, s := range c.Sources {
		sources = append(sources, sourceBlock(p.ix.Source(s)))
	}
	return newPageShell("",
		goapp.Article().Class("claim-detail").Body(
			goapp.H1().Text(c.Text),
			goapp.Dl().Class("claim-facts").Body(
				fact("Said by", c.Speaker),
				fact("Date it refers to", c.Date),
				fact("Rating", c.Rating),
				fact("Kind", kindLabel[c.Kind]),
			),
			goapp.H2().Textf("Sources (%d)", len(c.Sources)),
			goapp.Div().Body(sources...),
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
