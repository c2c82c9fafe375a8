package app

import (
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/sahilm/fuzzy"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// maxListed bounds how many claims the browse view renders at once.
const maxListed = 200

// claimsPage lists every claim, filtered as the reader types with a fuzzy
// (subsequence) match, best first.
type claimsPage struct {
	goapp.Compo

	filter string
	all    []claims.Claim
	ready  bool
}

func newClaimsPage() *claimsPage { return &claimsPage{} }

func (p *claimsPage) OnNav(ctx goapp.Context) {
	withIndex(ctx, func(ix *match.Index, err error) {
		p.ready = true
		if ix != nil {
			p.all = ix.DB.Claims
		}
	})
}

// claimTexts lets sahilm/fuzzy search the claims without copying them.
type claimTexts []claims.Claim

func (c claimTexts) String(i int) string { return c[i].Text }
func (c claimTexts) Len() int            { return len(c) }

// filterClaims returns the claims matching filter, best first (all of
// them, in database order, for an empty filter).
func filterClaims(all []claims.Claim, filter string) []claims.Claim {
	filter = strings.TrimSpace(filter)
	if filter == "" {
		return all
	}
	var out []claims.Claim
	for _, m := range fuzzy.FindFrom(filter, claimTexts(all)) {
		out = append(out, all[m.Index])
	}
	return out
}

func (p *claimsPage) Render() goapp.UI {
	shown := filterClaims(p.all, p.filter)
	total := len(shown)
	if len(shown) > maxListed {
		shown = shown[:maxListed]
	}
	return newPageShell("/claims",
		goapp.H1().Text("All sourced claims"),
		goapp.Label().For("claim-filter").Class("field-label").Text("Filter claims"),
		goapp.Input().Type("search").ID("claim-filter").Class("filter").Value(p.filter).
			Placeholder("Type a few letters, e.g. hotline").
			OnInput(func(ctx goapp.Context, e goapp.Event) { p.filter = ctx.JSSrc().Get("value").String() }),
		goapp.P().Class("help").Role("status").Textf("%d of %d claims", total, len(p.all)),
		goapp.Ul().Class("claim-list").Body(
			goapp.Range(shown).Slice(func(i int) goapp.UI {
				c := shown[i]
				return goapp.Li().Body(
					goapp.A().Href("/claim/"+c.ID).Text(c.Text),
					goapp.Span().Class("claim-meta").Text(claimMeta(c)),
				)
			}),
		),
	)
}

// claimMeta says where a claim comes from, briefly.
func claimMeta(c claims.Claim) string {
	n := len(c.Sources)
	switch {
	case c.Kind == claims.KindImported && c.Rating != "":
		return " — rated " + c.Rating
	case n == 1:
		return " — 1 source"
	case n > 1:
		return " — " + itoa(n) + " sources"
	}
	return ""
}

func itoa(n int) string {
	return strconv.Itoa(n)
}
