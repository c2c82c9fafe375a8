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
		for i := range ix.DB.Claims {
			if ix.DB.Claims[i].ID == p.id {
				p.claim = &ix.DB.Claims[i]
				ctx.Page().SetTitle(p.claim.Text + " · factcheck")
				break
			}
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
		ms := match.MatchSource{Article: s.Article, Quote: s.Quote, Start: s.Start, End: s.End, URL: s.URL, Outlet: s.Outlet, Published: s.Published}
		if a := articleOf(p.ix, s.Article); a != nil {
			ms.Outlet, ms.Headline, ms.Published, ms.DateInferred = a.Outlet, a.Headline, a.Published, a.IsInferred("published")
		}
		sources = append(sources, sourceBlock(ms))
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
