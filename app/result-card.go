package app

import (
	"fmt"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/text"
)

// verdictLabel gives each verdict a word and an icon, never colour alone.
var verdictLabel = map[match.Verdict]struct{ icon, word string }{
	match.Supported:    {"✓", "Supported"},
	match.Contradicted: {"✗", "Contradicted"},
	match.Unverified:   {"?", "No sourced claim"},
	match.Mixed:        {"±", "Mixed"},
}

// resultCard shows the check of one sentence: the verdict, why, and the
// claim and sources it rests on, with the words that match or differ
// highlighted in both. It is focusable, so a keyboard reaches every
// result, and it copies itself as text with its sources.
type resultCard struct {
	goapp.Compo

	Result   match.Result
	Count    int      // times the sentence stands in the text
	Coverage coverage // what the database covers, for "no sourced claim"
	Framed   bool     // in the embed: links open in a new tab

	copied string // feedback after Copy
}

// newResultCard shows r, a sentence that stands count times in the text,
// against a database covering cv; framed in the embed.
func newResultCard(r match.Result, count int, cv coverage, framed bool) *resultCard {
	return &resultCard{Result: r, Count: count, Coverage: cv, Framed: framed}
}

func (c *resultCard) Render() goapp.UI {
	r := c.Result
	if !r.Checkable {
		return goapp.Article().Class("result", "result-skip").TabIndex(0).Aria("label", "Not checkable: "+r.Text).Body(
			goapp.P().Class("statement-text").Text(r.Text),
			goapp.P().Class("badge", "badge-skip").Body(
				goapp.Span().Aria("hidden", "true").Text("–"),
				goapp.Text(" Not checkable ("+r.NotCheckable+")"),
			),
		)
	}
	v := verdictLabel[r.Verdict]
	unverified := r.Verdict == match.Unverified
	return goapp.Article().Class("result", "result-"+string(r.Verdict)).TabIndex(0).Aria("label", v.word+": "+r.Text).Body(
		goapp.Div().Class("result-head").Body(
			badge(r.Verdict),
			goapp.If(c.Count > 1, func() goapp.UI {
				return goapp.Span().Class("repeats").Textf("appears %d times", c.Count)
			}),
		),
		goapp.P().Class("statement-text").Body(highlighted(r.Text, inConflict(r.Text, r.Spans, r, true))...),
		goapp.If(unverified && closeClaim(r), func() goapp.UI {
			return goapp.P().Class("reason").Text(closestSays(r.Matches[0]))
		}).ElseIf(unverified, func() goapp.UI {
			return goapp.P().Class("reason").Text(notCovered(c.Coverage))
		}).Else(func() goapp.UI {
			return goapp.P().Class("reason").Text(r.Reason)
		}),
		goapp.If(len(r.Matches) > 0 && !unverified, func() goapp.UI {
			return c.renderMatch(r.Matches[0])
		}).ElseIf(len(r.Matches) > 0, func() goapp.UI {
			summary := "Closest claim (it does not settle this)"
			if closeClaim(r) {
				summary = "Why it does not settle it, and the source"
			}
			return goapp.Details().Class("closest").Body(
				goapp.Summary().Text(summary),
				goapp.P().Class("closest-reason").Text(r.Reason),
				c.renderMatch(r.Matches[0]),
			)
		}),
		goapp.P().Class("result-actions").Body(
			goapp.Button().Type("button").Class("button-quiet").Aria("label", "Copy this result with its sources: "+r.Text).
				Text(firstNonEmpty(c.copied, "Copy")).OnClick(c.onCopy),
		),
	)
}

func (c *resultCard) onCopy(ctx goapp.Context, e goapp.Event) {
	c.copied = copyText(resultText(c.Result, c.Coverage, origin()))
	ctx.After(3*time.Second, func(goapp.Context) { c.copied = "" })
}

func (c *resultCard) renderMatch(m match.Match) goapp.UI {
	return goapp.Div().Class("match").Body(
		goapp.P().Class("claim").Body(
			goapp.Span().Class("claim-label").Text("Claim: "),
			appLink("/claim/"+m.ClaimID, c.Framed).Text(m.Claim),
			goapp.If(m.Rating != "", func() goapp.UI {
				return goapp.Span().Class("rating").Text(" (rated " + m.Rating + ")")
			}),
		),
		goapp.Range(m.Sources).Slice(func(i int) goapp.UI {
			src := m.Sources[i]
			src.Spans = inConflict(src.Quote, src.Spans, c.Result, false)
			return sourceBlock(src, c.Framed)
		}),
	)
}

// badge is a verdict as an icon and a word.
func badge(v match.Verdict) goapp.UI {
	l := verdictLabel[v]
	return goapp.P().Class("badge", "badge-"+string(v)).Body(
		goapp.Span().Class("badge-icon").Aria("hidden", "true").Text(l.icon),
		goapp.Span().Class("badge-word").Text(l.word),
	)
}

// minCloseScore is the fit (match.Match.Score: the share of the
// statement's weighted words the claim aligns) from which the closest
// claim of an unsettled statement is close enough to name in its reason:
// "Rob Joyce is the White House cyber coordinator" (0.68) for "… press
// secretary", not a claim about a power grid (0.19) for "The Eiffel Tower
// is in Paris". Below it, the card says what the sources cover.
const minCloseScore = 0.5

// closeClaim reports whether an unsettled result has a close claim.
func closeClaim(r match.Result) bool {
	return len(r.Matches) > 0 && r.Matches[0].Score >= minCloseScore
}

// closestSays is what an unsettled statement's card says of the claim
// closest to it: that claim, and that it does not settle the statement.
func closestSays(m match.Match) string {
	return "The closest source says “" + strings.TrimSuffix(m.Claim, ".") + "” — it does not settle your statement."
}

// inConflict keeps red (the "differ" mark) for the words in conflict
// only: on a contradicted result, the words its reason names as what you
// wrote (statement) or what the source says (!statement); every other
// difference, and every difference on a result that is not contradicted,
// is marked as worded otherwise, not as a conflict.
func inConflict(text string, spans []match.Span, r match.Result, statement bool) []match.Span {
	named := conflictWords(r.Reason, statement)
	out := make([]match.Span, 0, len(spans))
	for _, sp := range spans {
		if sp.Kind == "differ" {
			red := false
			if r.Verdict == match.Contradicted {
				word := ""
				if sp.Start >= 0 && sp.End <= len(text) && sp.Start < sp.End {
					word = strings.ToLower(text[sp.Start:sp.End])
				}
				red = len(named) == 0
				for _, n := range named {
					if word != "" && (strings.Contains(n, word) || strings.Contains(word, n)) {
						red = true
						break
					}
				}
			}
			if !red {
				sp.Kind = "other"
			}
		}
		out = append(out, sp)
	}
	return out
}

// conflictWords are the words a contradicted result's reason names, in
// lower case: what "you wrote" (statement), or what "the source says"
// or "has" (!statement). An empty list names none, and marks every
// difference.
func conflictWords(reason string, statement bool) []string {
	cues := []string{"you wrote ", "not to "}
	if !statement {
		cues = []string{"the source says ", "the source has ", "attributes this to "}
	}
	var out []string
	low := strings.ToLower(reason)
	for _, cue := range cues {
		for at := 0; ; {
			i := strings.Index(low[at:], cue)
			if i < 0 {
				break
			}
			rest := low[at+i+len(cue):]
			at += i + len(cue)
			rest = strings.TrimLeft(rest, "\"“")
			end := strings.IndexAny(rest, "\"”,;(")
			if end < 0 {
				end = len(rest)
			}
			if w := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest[:end]), ".")); w != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

// notCovered says what a "no sourced claim" means: the sources do not
// cover the statement, which does not make it false.
func notCovered(cv coverage) string {
	if cv.Claims == 0 {
		return "The claims database is empty, so nothing can be settled."
	}
	return fmt.Sprintf("None of the %s from %s speaks to this. These sources do not cover it; that does not make it false.",
		plural(cv.Claims, "claim"), coverageSources(cv))
}

// coverageSources is "5 articles (CNN, SC Magazine, Tech2, 2011–2021)",
// and "and 10,375 imported fact-checks" when there are some.
func coverageSources(cv coverage) string {
	var in []string
	const named = 4
	outlets := cv.Outlets
	if len(outlets) > named {
		outlets = append(outlets[:named:named], fmt.Sprintf("%d more", len(cv.Outlets)-named))
	}
	in = append(in, outlets...)
	if span := yearSpan(cv.From, cv.To); span != "" {
		in = append(in, span)
	}
	var s string
	if cv.Articles > 0 {
		s = plural(cv.Articles, "article")
		if len(in) > 0 {
			s += " (" + strings.Join(in, ", ") + ")"
		}
		in = nil
	}
	if cv.Imported > 0 {
		if s != "" {
			s += " and "
		}
		s += plural(cv.Imported, "imported fact-check")
		if len(in) > 0 {
			s += " (" + strings.Join(in, ", ") + ")"
		}
	}
	return s
}

// yearSpan is "2011–2021", or "2016" for one year.
func yearSpan(from, to string) string {
	if len(from) < 4 || len(to) < 4 {
		return ""
	}
	if from[:4] == to[:4] {
		return from[:4]
	}
	return from[:4] + "–" + to[:4]
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return thousands(n) + " " + word + "s"
}

// sourceBlock shows one source, the same way for every source: where it
// was published, the verbatim quote, then the link that opens it.
func sourceBlock(s match.MatchSource, framed bool) goapp.UI {
	return goapp.Figure().Class("source").Body(
		goapp.FigCaption().Class("outlet").Text(sourceLine(s)),
		goapp.Blockquote().Class("quote").Body(highlighted(s.Quote, s.Spans)...),
		goapp.P().Class("source-links").Body(
			goapp.If(s.Article != "", func() goapp.UI {
				return appLink(ArticleLink(s.Article, s.Start, s.End), framed).Class("open-article").Text("Open in the article").
					OnClick(func(ctx goapp.Context, e goapp.Event) {
						if !framed { // the embed opens it in a new tab: nothing to go back to
							ctx.SetState(fromResult, true)
						}
					})
			}).ElseIf(safeURL(s.URL) != "", func() goapp.UI {
				return externalLink(s.URL, "Open the fact-check")
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

// displayMonth turns "2016-04" into "April 2016".
func displayMonth(iso string) string {
	var y, m int
	if n := leadingInts(iso, &y, &m); n == 2 && m >= 1 && m <= 12 {
		return fmt.Sprintf("%s %d", text.MonthName(m), y)
	}
	return iso
}

// resultText is a result as plain text, ready to paste into a message:
// the verdict, the statement, the reason, then each source with its date
// and links (base is the app's address, for links into it).
func resultText(r match.Result, cv coverage, base string) string {
	var b strings.Builder
	if !r.Checkable {
		fmt.Fprintf(&b, "Not checkable (%s): “%s”\n", r.NotCheckable, r.Text)
		return b.String()
	}
	fmt.Fprintf(&b, "%s: “%s”\n", verdictLabel[r.Verdict].word, r.Text)
	if r.Verdict == match.Unverified && closeClaim(r) {
		b.WriteString(closestSays(r.Matches[0]) + "\n")
	} else if r.Verdict == match.Unverified {
		b.WriteString(notCovered(cv) + "\n")
	} else {
		b.WriteString(r.Reason + "\n")
	}
	if len(r.Matches) > 0 && r.Verdict != match.Unverified {
		m := r.Matches[0]
		fmt.Fprintf(&b, "Claim: %s\n%s/claim/%s\n", m.Claim, base, m.ClaimID)
		for _, s := range m.Sources {
			fmt.Fprintf(&b, "Source: %s: “%s”\n", sourceLine(s), s.Quote)
			if s.Article != "" {
				b.WriteString(base + ArticleLink(s.Article, s.Start, s.End) + "\n")
			}
			if u := safeURL(s.URL); u != "" {
				b.WriteString(u + "\n")
			}
		}
	}
	b.WriteString("Checked with " + site().Name + ": " + base + "/\n")
	return b.String()
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
