package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// verdictLabel gives each verdict a word and an icon, never colour alone.
var verdictLabel = map[match.Verdict]struct{ icon, word string }{
	match.Supported:       {"✓", "Supported"},
	match.Contradicted:    {"✗", "Contradicted"},
	match.Unverified:      {"?", "No sourced claim"},
	match.Mixed:           {"±", "Mixed"},
	match.PartlySupported: {"◐", "Partly supported"},
}

// resultCard shows the check of one sentence: the verdict, why, and the
// claim and sources it rests on, with the words that match or differ
// highlighted in both.
type resultCard struct {
	goapp.Compo
	Result match.Result
}

func newResultCard(r match.Result) *resultCard { return &resultCard{Result: r} }

func (c *resultCard) Render() goapp.UI {
	r := c.Result
	if !r.Checkable {
		return goapp.Article().Class("result", "result-skip").Body(
			goapp.P().Class("statement-text").Text(r.Text),
			goapp.P().Class("badge", "badge-skip").Body(
				goapp.Span().Aria("hidden", "true").Text("–"),
				goapp.Text(" Not checkable ("+r.NotCheckable+")"),
			),
		)
	}
	v := verdictLabel[r.Verdict]
	return goapp.Article().Class("result", "result-"+string(r.Verdict)).Aria("label", v.word+": "+r.Text).Body(
		goapp.Div().Class("result-head").Body(
			goapp.P().Class("badge", "badge-"+string(r.Verdict)).Body(
				goapp.Span().Class("badge-icon").Aria("hidden", "true").Text(v.icon),
				goapp.Span().Class("badge-word").Text(v.word),
			),
			goapp.Span().Class("confidence").Textf("confidence %.0f%%", 100*r.Confidence),
		),
		goapp.P().Class("statement-text").Body(highlighted(r.Text, r.Spans)...),
		goapp.P().Class("reason").Text(r.Reason),
		goapp.If(len(r.Matches) > 0 && r.Verdict != match.Unverified, func() goapp.UI {
			return c.renderMatch(r.Matches[0])
		}).Else(func() goapp.UI {
			if len(r.Matches) == 0 {
				return nil
			}
			return goapp.Details().Class("closest").Body(
				goapp.Summary().Text("Closest claim (it does not settle this)"),
				c.renderMatch(r.Matches[0]),
			)
		}),
	)
}

func (c *resultCard) renderMatch(m match.Match) goapp.UI {
	return goapp.Div().Class("match").Body(
		goapp.P().Class("claim").Body(
			goapp.Span().Class("claim-label").Text("Claim: "),
			goapp.A().Href("/claim/"+m.ClaimID).Text(m.Claim),
			goapp.If(m.Rating != "", func() goapp.UI {
				return goapp.Span().Class("rating").Text(" (rated " + m.Rating + ")")
			}),
		),
		goapp.Range(m.Sources).Slice(func(i int) goapp.UI {
			return sourceBlock(m.Sources[i])
		}),
	)
}

// sourceBlock shows one source: where it was published and the verbatim
// quote, with a link that opens the article at the quote.
func sourceBlock(s match.MatchSource) goapp.UI {
	return goapp.Figure().Class("source").Body(
		goapp.Blockquote().Class("quote").Body(highlighted(s.Quote, s.Spans)...),
		goapp.FigCaption().Body(
			goapp.Span().Class("outlet").Text(sourceLine(s)),
			goapp.If(s.Article != "", func() goapp.UI {
				return goapp.A().Class("open-article").Href(ArticleLink(s.Article, s.Start, s.End)).Text("Open in the article")
			}).ElseIf(s.URL != "", func() goapp.UI {
				return goapp.A().Class("open-article").Href(s.URL).Rel("noopener").Text("Open the fact-check")
			}),
		),
	)
}

// sourceLine is "Outlet, “Headline”, April 2016 (date inferred)".
func sourceLine(s match.MatchSource) string {
	parts := []string{}
	if s.Outlet != "" {
		parts = append(parts, s.Outlet)
	} else {
		parts = append(parts, "Outlet not named")
	}
	if s.Headline != "" {
		parts = append(parts, "“"+s.Headline+"”")
	}
	if s.Published != "" {
		d := displayMonth(s.Published)
		if s.DateInferred {
			d += " (date inferred)"
		}
		parts = append(parts, d)
	}
	return strings.Join(parts, ", ")
}

// byline is "Outlet, Month Year" for an article.
func byline(a *claims.Article) string {
	return sourceLine(match.MatchSource{Outlet: a.Outlet, Published: a.Published, DateInferred: a.IsInferred("published")})
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// displayMonth turns "2016-04" into "April 2016".
func displayMonth(iso string) string {
	var y, m int
	if n, _ := fmt.Sscanf(iso, "%d-%d", &y, &m); n == 2 && m >= 1 && m <= 12 {
		return fmt.Sprintf("%s %d", months[m-1], y)
	}
	return iso
}

// ArticleLink opens an article inside the app with a quote highlighted.
func ArticleLink(id string, start, end int) string {
	return fmt.Sprintf("/article/%s#q=%d-%d", id, start, end)
}
