package app

import (
	"net/url"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

func seedIndex(t *testing.T) *match.Index {
	t.Helper()
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	ix := match.NewIndex(db)
	setIndexForTest(ix)
	return ix
}

// render mounts a component in go-app's test engine and returns its HTML.
func render(t *testing.T, c goapp.Composer) string {
	t.Helper()
	e := goapp.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return goapp.HTMLString(c)
}

func TestResultCardShowsVerdictReasonAndSource(t *testing.T) {
	ix := seedIndex(t)
	html := render(t, newResultCard(ix.Check("Drinkman was arrested in Amsterdam in 2014.")))
	for _, want := range []string{
		"Contradicted", "✗", // word and icon, not colour alone
		"The source says 2012, you wrote 2014",
		"SC Magazine", "April 2016 (date inferred)",
		`href="/article/000_e5b01c607c127f20#q=`,
		`class="hl-differ"`,
		`href="/claim/`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("result card lacks %q:\n%s", want, html)
		}
	}
}

func TestResultCardNotCheckable(t *testing.T) {
	ix := seedIndex(t)
	rep := ix.CheckText("Is the hotline still in force?")
	html := render(t, newResultCard(rep.Result))
	if !strings.Contains(html, "Not checkable (question)") {
		t.Errorf("%s", html)
	}
}

func TestUnverifiedShowsClosestClaimFolded(t *testing.T) {
	ix := seedIndex(t)
	html := render(t, newResultCard(ix.Check("China and the US signed a cyber security agreement in 2015.")))
	if !strings.Contains(html, "No sourced claim") || !strings.Contains(html, "<details") || !strings.Contains(html, "says nothing about") {
		t.Errorf("%s", html)
	}
}

func TestHighlightedNeverInjectsHTML(t *testing.T) {
	text := `<script>alert(1)</script> and more`
	html := goapp.HTMLString(goapp.P().Body(highlighted(text, []match.Span{{Start: 0, End: 8, Kind: "match"}, {Start: 4, End: 6, Kind: "differ"}, {Start: 30, End: 99, Kind: "match"}})...))
	if strings.Contains(html, "<script>") {
		t.Fatalf("markup injected: %s", html)
	}
	if !strings.Contains(html, "<mark ") || !strings.Contains(html, `class="hl-match"`) { // attribute order varies
		t.Errorf("no mark: %s", html)
	}
}

func TestShareLinkRoundTrip(t *testing.T) {
	for _, s := range []string{"Russia has no treaty with the U.S.", "50% & #hash? “quotes” + plus\nnew line"} {
		u, err := url.Parse("https://example.org" + ShareLink(s))
		if err != nil {
			t.Fatal(err)
		}
		if u.RawQuery != "" {
			t.Errorf("share link %q uses a query string", ShareLink(s))
		}
		got, ok := fragmentQuery(u)
		if !ok || got != s {
			t.Errorf("round trip %q -> %q -> %q", s, ShareLink(s), got)
		}
	}
}

func TestFilterClaims(t *testing.T) {
	ix := seedIndex(t)
	got := filterClaims(ix.DB.Claims, "hotline")
	if len(got) == 0 || !strings.Contains(strings.ToLower(got[0].Text), "hotline") {
		t.Fatalf("filter hotline: %d claims", len(got))
	}
	if n := len(filterClaims(ix.DB.Claims, "")); n != len(ix.DB.Claims) {
		t.Errorf("empty filter shows %d of %d", n, len(ix.DB.Claims))
	}
	if n := len(filterClaims(ix.DB.Claims, "zzzzqqq")); n != 0 {
		t.Errorf("nonsense filter shows %d", n)
	}
}

func TestArticleParagraphsMarkTheQuote(t *testing.T) {
	ix := seedIndex(t)
	a := ix.DB.Article("000_e5b01c607c127f20")
	quote := "Russia does not have an extradition treaty with the U.S."
	start := strings.Index(a.Text, quote)
	p := &articlePage{id: a.ID, article: a, start: start, end: start + len(quote), ready: true}
	html := goapp.HTMLString(goapp.Div().Body(p.paragraphs()...))
	if !strings.Contains(html, `>`+quote+`</mark>`) || !strings.Contains(html, `id="quote"`) || !strings.Contains(html, `class="quote-mark"`) {
		t.Errorf("quote not marked:\n%s", html)
	}
	// Offsets outside the text are ignored, not a panic.
	p.start, p.end = 10, 1e9
	goapp.HTMLString(goapp.Div().Body(p.paragraphs()...))
}

func TestDisplayMonthAndSourceLine(t *testing.T) {
	if got := displayMonth("2021-06"); got != "June 2021" {
		t.Errorf("%q", got)
	}
	if got := sourceLine(match.MatchSource{Published: "2011-07", DateInferred: true}); got != "Outlet not named, July 2011 (date inferred)" {
		t.Errorf("%q", got)
	}
}

func TestClaimMeta(t *testing.T) {
	if got := claimMeta(claims.Claim{Kind: claims.KindImported, Rating: "False"}); got != " — rated False" {
		t.Errorf("%q", got)
	}
}
