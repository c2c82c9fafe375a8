package app

import (
	"sort"
	"strings"
	"unicode"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/sahilm/fuzzy"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// claimsPerPage is how many claims the list renders at a time; "Show
// more" adds as many again, so the page stays light at 10,000 claims.
const claimsPerPage = 100

// claimsPage lists the claims grouped by article, with its outlet and
// date, filtered as the reader types by the beginnings of words,
// best first, the letters that match marked.
type claimsPage struct {
	goapp.Compo

	db     database
	filter string
	limit  int     // claims shown
	typed  textBox // the filter box of the page the server sent, as go-app found it

	// An archive served in parts (a sharded index) is never listed whole:
	// its claims are searched, best first, in the shards the filter's
	// words need (searchSharded).
	found    []listed // the claims found for foundFor
	foundFor string   // the filter they were found for
}

func newClaimsPage() *claimsPage { return &claimsPage{db: initialDatabase(), limit: claimsPerPage} }

// OnInit keeps what the reader typed into the filter of the page the
// server sent, before go-app replaced it (web/app-start.js starts the app
// only once the page is used).
func (p *claimsPage) OnInit() {
	p.typed = readTextBox("claim-filter")
	if p.typed.Value != "" {
		p.filter = p.typed.Value
	}
}

// OnMount gives the new filter box the focus and caret the old one had.
func (p *claimsPage) OnMount(goapp.Context) { p.typed.restore("claim-filter") }

func (p *claimsPage) OnNav(ctx goapp.Context) { observeDatabase(ctx, &p.db, p.searchSharded) }

// shardedSearchSize is how many claims a search of a sharded archive
// lists: the best by retrieval score.
const shardedSearchSize = 100

// searchSharded finds, in a sharded archive, the claims that best match
// the filter, by the index's retrieval (the words of a check, typos
// tolerated), fetching only the shards those words need; the claims whose
// words the filter's begin come first, marked. It runs off the event
// loop, since the shards are fetched; a filter changed meanwhile is
// searched again.
func (p *claimsPage) searchSharded(ctx goapp.Context) {
	if p.db.Status != loaded || !p.db.Index.Sharded() {
		return
	}
	filter, ix := strings.TrimSpace(p.filter), p.db.Index
	if filter == p.foundFor {
		return
	}
	ctx.Async(func() {
		found := searchIndex(ix, filter)
		ctx.Dispatch(func(ctx goapp.Context) {
			if strings.TrimSpace(p.filter) == filter {
				p.found, p.foundFor = found, filter
			} else {
				p.searchSharded(ctx)
			}
		})
	})
}

// searchIndex returns the claims of ix that best match filter, those whose
// words the filter's words begin first (with their spans), then the rest
// in retrieval order.
func searchIndex(ix *match.Index, filter string) []listed {
	if filter == "" {
		return nil
	}
	words := strings.Fields(strings.ToLower(filter))
	var prefixed, rest []listed
	for _, r := range ix.Rank(filter, shardedSearchSize) {
		if spans, _, ok := wordPrefixes(r.Claim.Text, words); ok {
			prefixed = append(prefixed, listed{claim: r.Claim, spans: spans})
		} else {
			rest = append(rest, listed{claim: r.Claim})
		}
	}
	return append(prefixed, rest...)
}

// claimTexts lets sahilm/fuzzy search the claims without copying them.
type claimTexts []claims.Claim

func (c claimTexts) String(i int) string { return c[i].Text }
func (c claimTexts) Len() int            { return len(c) }

// listed is a claim as the list shows it, with the spans of its text the
// filter matched.
type listed struct {
	claim *claims.Claim
	spans []match.Span
}

// filterClaims returns the claims matching filter, best first (all of
// them, in database order, for an empty filter). A claim matches when each
// word of the filter begins a word of it ("extrad" finds "extradition"),
// in any order; letters scattered through a claim do not ("Mufson" is no
// match for "... must be fully sorted out ..."). The best match names the
// most filter words whole, then sahilm/fuzzy's score of the filter against
// the claim (letters in a row, at word starts), then database order.
func filterClaims(all []claims.Claim, filter string) []listed {
	filter = strings.TrimSpace(filter)
	var out []listed
	if filter == "" {
		out = make([]listed, len(all))
		for i := range all {
			out[i] = listed{claim: &all[i]}
		}
		return out
	}
	words := strings.Fields(strings.ToLower(filter))
	fuzzyScore := map[int]int{}
	for _, m := range fuzzy.FindFrom(filter, claimTexts(all)) {
		fuzzyScore[m.Index] = m.Score
	}
	type ranked struct {
		listed
		whole, fuzzy, at int
	}
	var rs []ranked
	for i := range all {
		spans, whole, ok := wordPrefixes(all[i].Text, words)
		if ok {
			rs = append(rs, ranked{listed{claim: &all[i], spans: spans}, whole, fuzzyScore[i], i})
		}
	}
	sort.SliceStable(rs, func(a, b int) bool {
		if rs[a].whole != rs[b].whole {
			return rs[a].whole > rs[b].whole
		}
		return rs[a].fuzzy > rs[b].fuzzy
	})
	for _, r := range rs {
		out = append(out, r.listed)
	}
	return out
}

// wordPrefixes finds, for each of words (lower case), a word of text it
// begins; it returns the spans of the prefixes found, how many words
// matched a word whole, and whether every word was found.
func wordPrefixes(text string, words []string) ([]match.Span, int, bool) {
	type word struct{ start, end int }
	var ws []word
	start := -1
	for i, r := range text + " " {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			ws = append(ws, word{start, i})
			start = -1
		}
	}
	var spans []match.Span
	whole := 0
	for _, q := range words {
		q = strings.TrimFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if q == "" {
			continue
		}
		found := false
		for _, w := range ws {
			lw := strings.ToLower(text[w.start:w.end])
			if strings.HasPrefix(lw, q) && len(lw) >= len(q) {
				// The prefix's length in the text (lower-casing may change it).
				n := len(q)
				if len(lw) != w.end-w.start {
					n = w.end - w.start
				}
				spans = append(spans, match.Span{Start: w.start, End: w.start + n, Kind: "filter"})
				if lw == q {
					whole++
				}
				found = true
				break
			}
		}
		if !found {
			return nil, 0, false
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	merged := spans[:0]
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.Start < merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged, whole, true
}

// claimGroupView is one article (or outside collection) and its claims.
type claimGroupView struct {
	title, meta, href string
	claims            []listed
	total             int // claims in the group, shown or not
}

// groupClaims groups the listed claims by what they are drawn from, the
// groups in the order of their first (best) claim.
func groupClaims(ix *match.Index, ls []listed) []*claimGroupView {
	var out []*claimGroupView
	byKey := map[string]*claimGroupView{}
	for _, l := range ls {
		key := claimGroup(*l.claim)
		g := byKey[key]
		if g == nil {
			g = &claimGroupView{title: "Imported fact-checks"}
			if len(l.claim.Sources) > 0 && l.claim.Sources[0].Article != "" {
				if a := ix.Article(l.claim.Sources[0].Article); a != nil {
					g.title, g.meta, g.href = firstNonEmpty(a.Headline, a.ID), byline(a), "/article/"+a.ID
				}
			} else if l.claim.Reviewer != "" {
				g.title = "Fact-checks by " + l.claim.Reviewer
			}
			byKey[key] = g
			out = append(out, g)
		}
		g.claims = append(g.claims, l)
		g.total++
	}
	return out
}

// firstClaims keeps the first n claims of the groups, in their order, and
// drops the groups left empty.
func firstClaims(groups []*claimGroupView, n int) []*claimGroupView {
	var out []*claimGroupView
	for _, g := range groups {
		if n <= 0 {
			break
		}
		if len(g.claims) > n {
			g.claims = g.claims[:n]
		}
		n -= len(g.claims)
		out = append(out, g)
	}
	return out
}

func (p *claimsPage) Render() goapp.UI {
	var all []claims.Claim
	var groups []*claimGroupView
	total, shown := 0, 0
	sharded := p.db.Status == loaded && p.db.Index.Sharded()
	if p.db.Status == loaded {
		all = p.db.Index.DB.Claims
		ls := filterClaims(all, p.filter)
		if sharded {
			ls = p.found
		}
		total, shown = len(ls), min(len(ls), p.limit)
		groups = firstClaims(groupClaims(p.db.Index, ls), p.limit)
	}
	status := thousands(total) + " claims from " + coverageSources(p.db.Coverage)
	switch filter := strings.TrimSpace(p.filter); {
	case sharded && filter == "":
		// An archive served in parts (app.ShardAbove): its claims are
		// fetched as searches and checks need them, never all at once.
		status = thousands(p.db.Coverage.Claims) + " claims from " + coverageSources(p.db.Coverage) +
			": too many to list; type words to find the claims about them"
	case sharded && filter != p.foundFor:
		status = "Searching " + thousands(p.db.Coverage.Claims) + " claims for “" + filter + "”…"
	case sharded:
		status = "The " + plural(total, "claim") + " that best match “" + filter + "”, of " + thousands(p.db.Coverage.Claims)
	case filter != "":
		status = thousands(total) + " of " + thousands(len(all)) + " claims match “" + strings.TrimSpace(p.filter) + "”"
	}
	if shown < total {
		status += "; the first " + thousands(shown) + " are shown"
	}
	return newPageShell("/claims",
		goapp.H1().Text("All sourced claims"),
		goapp.Div().Class("filter-bar").Body(
			goapp.Label().For("claim-filter").Class("field-label").Text("Filter claims"),
			goapp.Input().Type("search").ID("claim-filter").Class("filter").Value(p.filter).AutoComplete(false).
				Placeholder("Type a word or a few letters").Aria("describedby", "claim-count").
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					p.filter, p.limit = ctx.JSSrc().Get("value").String(), claimsPerPage
					p.searchSharded(ctx)
				}),
			goapp.P().ID("claim-count").Class("help").Role("status").Text(status),
		),
		goapp.If(p.db.Status == loadFailed, func() goapp.UI {
			return goapp.P().Class("notice", "error").Role("alert").Text("The claims database could not be loaded. Reload the page to try again.")
		}),
		goapp.Range(groups).Slice(func(i int) goapp.UI { return renderClaimGroup(groups[i]) }),
		goapp.If(shown < total, func() goapp.UI {
			return goapp.P().Class("show-more").Body(
				goapp.Button().Type("button").Class("button").Textf("Show %s more", thousands(min(claimsPerPage, total-shown))).
					OnClick(func(ctx goapp.Context, e goapp.Event) { p.limit += claimsPerPage }),
			)
		}),
	)
}

func renderClaimGroup(g *claimGroupView) goapp.UI {
	return goapp.Section().Class("claim-group").Body(
		goapp.H2().Class("claim-group-title").Body(
			goapp.If(g.href != "", func() goapp.UI { return goapp.A().Href(g.href).Text(g.title) }).
				Else(func() goapp.UI { return goapp.Text(g.title) }),
		),
		goapp.If(g.meta != "", func() goapp.UI {
			return goapp.P().Class("byline").Textf("%s · %s", g.meta, plural(g.total, "claim"))
		}),
		goapp.Ul().Class("claim-list").Body(
			goapp.Range(g.claims).Slice(func(i int) goapp.UI {
				l := g.claims[i]
				return goapp.Li().Body(
					goapp.A().Href("/claim/"+l.claim.ID).Body(highlighted(l.claim.Text, l.spans)...),
					goapp.Span().Class("claim-meta").Text(claimMeta(*l.claim)),
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
	case n > 1:
		return " — " + thousands(n) + " sources"
	}
	return ""
}
