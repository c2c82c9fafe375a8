//go:build !wasm

package app

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

// seedDB is the seed database as the pages get it.
func seedDB(t *testing.T) database {
	t.Helper()
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	return loadedDatabase(newIndex(db), nil)
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

// checked runs a whole check of text, as the check page does slice by
// slice, and returns the page with its results.
func checked(t *testing.T, db database, text string) *checkPage {
	t.Helper()
	p := &checkPage{db: db, text: text, shown: firstResults}
	p.check = newTextCheck(db.Index, text, 0, nil)
	for !p.check.Done() {
		p.check.Step(time.Hour)
	}
	return p
}

var routesOnce sync.Once

// prerender renders path as the server does, through go-app's handler
// and the database given to SetDatabase (the seed when none is).
func prerender(t *testing.T, path string) string {
	t.Helper()
	routesOnce.Do(Routes)
	rec := httptest.NewRecorder()
	testHandler.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != 200 {
		t.Fatalf("%s: status %d", path, rec.Code)
	}
	return rec.Body.String()
}

var testHandler = &goapp.Handler{Name: "factcheck", Resources: goapp.LocalDir("")}

// useDatabase makes the server render from db for one test.
func useDatabase(t *testing.T, db *claims.DB) {
	t.Helper()
	SetDatabase(db)
	t.Cleanup(func() {
		server.Lock()
		server.db = nil
		server.Unlock()
	})
}

// newsroomDB is a small database of a newsroom's own, with nothing of
// the seed in it.
func newsroomDB() *claims.DB {
	text := "The city council approved the new tram line on Monday. Construction will start in March 2027 and cost 40 million euros.\nThe mayor said the line would open in 2029."
	q1 := "The city council approved the new tram line on Monday."
	q2 := "Construction will start in March 2027 and cost 40 million euros."
	s1 := strings.Index(text, q1)
	s2 := strings.Index(text, q2)
	return &claims.DB{
		Format: claims.Format, Version: claims.Version, Name: "newsroom",
		Articles: []*claims.Article{{ID: "tram-line", Outlet: "Harbour Gazette", Headline: "Council approves the tram line", Published: "2025-11-03", Text: text}},
		Claims: []claims.Claim{
			{ID: "tram-approved", Text: "The city council approved the new tram line.", Kind: claims.KindCurated, Sources: []claims.Source{{Article: "tram-line", Start: s1, End: s1 + len(q1), Quote: q1}}},
			{ID: "tram-cost", Text: "Construction of the tram line will cost 40 million euros.", Kind: claims.KindCurated, Sources: []claims.Source{{Article: "tram-line", Start: s2, End: s2 + len(q2), Quote: q2}}},
		},
	}
}

func TestResultCardShowsVerdictReasonAndSource(t *testing.T) {
	db := seedDB(t)
	html := render(t, newResultCard(db.Index.Check("Drinkman was arrested in Amsterdam in 2014."), 1, db.Coverage, false))
	for _, want := range []string{
		"Contradicted", "✗", // word and icon, not colour alone
		"The source says 2012, you wrote 2014",
		"SC Magazine", "April 2016 (date inferred)",
		`href="/article/000_e5b01c607c127f20#q=`,
		`class="hl-differ"`,
		`href="/claim/`,
		`tabindex="0"`, // every result is reachable from the keyboard
		">Copy<",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("result card lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(html, "%") || strings.Contains(html, "confidence") {
		t.Errorf("the card shows an unexplained percentage:\n%s", html)
	}
}

func TestCoverageNamesImportedFactChecks(t *testing.T) {
	cv := coverage{Coverage: claims.Coverage{Claims: 10503, Articles: 5, Outlets: []string{"CNN", "SC Magazine", "Tech2"}, From: "2011-07", To: "2021-06"}, Imported: 10375}
	if got := coverageSources(cv); got != "5 articles (CNN, SC Magazine, Tech2, 2011–2021) and 10,375 imported fact-checks" {
		t.Errorf("%q", got)
	}
	cv = coverage{Coverage: claims.Coverage{Claims: 3, Outlets: []string{"PolitiFact"}, From: "2019", To: "2020"}, Imported: 3}
	if got := coverageSources(cv); got != "3 imported fact-checks (PolitiFact, 2019–2020)" {
		t.Errorf("%q", got)
	}
}

func TestResultCardNotCheckable(t *testing.T) {
	p := checked(t, seedDB(t), "Is the hotline still in force?")
	html := render(t, newResultCard(p.check.Results()[0].Result, 1, p.db.Coverage, false))
	if !strings.Contains(html, "Not checkable (question)") {
		t.Errorf("%s", html)
	}
}

// Issue 11, point 1: "no sourced claim" says what the sources cover, so
// it reads as "not in these sources", not "false".
func TestUnverifiedSaysWhatTheSourcesCover(t *testing.T) {
	db := seedDB(t)
	html := render(t, newResultCard(db.Index.Check("Bananas are yellow fruit grown in Ecuador."), 1, db.Coverage, false))
	for _, want := range []string{
		"No sourced claim",
		"None of the 128 claims from 5 articles (CNN, SC Magazine, Tech2, 2011–2021) speaks to this.",
		"that does not make it false",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("unverified card lacks %q:\n%s", want, html)
		}
	}
	// Issue 20: with a close claim, the card says what it says, and that it
	// does not settle the statement; never that no claim speaks to it.
	html = render(t, newResultCard(db.Index.Check("Rob Joyce is the White House press secretary."), 1, db.Coverage, false))
	for _, want := range []string{
		"No sourced claim",
		"The closest source says “Rob Joyce is the White House cyber coordinator” — it does not settle your statement.",
		"<details", // the closest claim, folded, with why it does not settle it
	} {
		if !strings.Contains(html, want) {
			t.Errorf("unverified card lacks %q:\n%s", want, html)
		}
	}
	if !strings.Contains(html, "says nothing about") && !strings.Contains(html, "does not say") {
		t.Errorf("unverified card does not say what the closest source lacks:\n%s", html)
	}
	if strings.Contains(html, "None of the") || strings.Contains(html, "%") {
		t.Errorf("a card with a close claim says none speaks to it, or shows a percentage:\n%s", html)
	}
}

// Issue 20: red marks only the words in conflict: never on a supported
// card, and on a contradicted one only the words its reason names.
func TestRedOnlyOnTheWordsInConflict(t *testing.T) {
	db := seedDB(t)
	r := db.Index.CheckText("Biden and Putin talked for less than an hour.").Result
	if r.Verdict != match.Contradicted {
		t.Fatalf("%s: %s", r.Verdict, r.Reason)
	}
	var red []string
	for _, sp := range inConflict(r.Text, r.Spans, r, true) {
		if sp.Kind == "differ" {
			red = append(red, r.Text[sp.Start:sp.End])
		}
	}
	if strings.Join(red, "|") != "less than an hour" {
		t.Errorf("red on %q, want only \"less than an hour\" (%s)", red, r.Reason)
	}
	sup := r
	sup.Verdict = match.Supported
	for _, sp := range inConflict(sup.Text, sup.Spans, sup, true) {
		if sp.Kind == "differ" {
			t.Errorf("red on a supported card: %q", sup.Text[sp.Start:sp.End])
		}
	}
}

// A text's overall verdict comes first, with its sentences counted; each
// sentence keeps its own verdict.
func TestSummaryFirstWithTheTextsVerdict(t *testing.T) {
	db := seedDB(t)
	for _, tc := range []struct {
		text string
		want match.Verdict
	}{
		// (A sentence among others needs the archive regime's 96% too:
		// "Drinkman was arrested in Amsterdam in 2012." alone is supported,
		// beside another sentence not surely enough.)
		{"Vladimir Drinkman was arrested in Amsterdam in 2012 and charged in a U.S. federal court in February 2015. Russia does not have an extradition treaty with the U.S.", match.Supported},
		{"Drinkman was arrested in Amsterdam in 2014. Roman Seleznev was arrested in 2016.", match.Contradicted},
		{"Drinkman was arrested in Amsterdam in 2014. Russia does not have an extradition treaty with the U.S.", match.Mixed},
		{"Russia does not have an extradition treaty with the U.S. The Eiffel Tower is in Paris.", match.Unverified},
		{"The Eiffel Tower is in Paris. Bananas are yellow fruit grown in Ecuador.", match.Unverified},
	} {
		p := checked(t, db, tc.text)
		n := p.check.Counts()
		if got := n.Verdict(); got != tc.want {
			t.Errorf("%q: overall %s, want %s (%+v)", tc.text, got, tc.want, n)
			continue
		}
		html := render(t, p)
		i := strings.Index(html, `class="summary`)
		j := strings.Index(html, `<article`)
		if i < 0 || j < i {
			t.Errorf("%q: no summary before the sentences:\n%s", tc.text, html)
		}
		if !strings.Contains(html, "badge-"+string(tc.want)) || !strings.Contains(html, verdictLabel[tc.want].word) {
			t.Errorf("%q: no %s badge:\n%s", tc.text, tc.want, html)
		}
		if got := strings.Count(html, "<article"); got != 2 {
			t.Errorf("%q: %d sentence cards, want 2", tc.text, got)
		}
	}
	if got := (counts{match.Counts{Contradicted: 12, Supported: 30, Unverified: 1072}}).Summary(); got != "12 contradicted, 30 supported, 1,072 with no sourced claim" {
		t.Errorf("summary %q", got)
	}
}

// Issue 11, point 6: a long paste shows a summary, merges repeated
// sentences, puts the contradicted first and the rest behind "Show all".
func TestLongPasteMergesRepeatsAndShowsContradictedFirst(t *testing.T) {
	db := seedDB(t)
	var b strings.Builder
	for i := 0; i < 30; i++ {
		b.WriteString("The Eiffel Tower is in Paris. ")
		fmt.Fprintf(&b, "Bananas number %d grow in Ecuador. ", i)
	}
	b.WriteString("Drinkman was arrested in Amsterdam in 2014.")
	p := checked(t, db, b.String())
	c := p.check
	if c.Repeats() != 29 || len(c.Results()) != 32 {
		t.Fatalf("%d results, %d repeats; want 32 and 29", len(c.Results()), c.Repeats())
	}
	if first := c.Ordered()[0]; first.Verdict != match.Contradicted {
		t.Errorf("first shown: %s %q", first.Verdict, first.Text)
	}
	html := render(t, p)
	if n := strings.Count(html, "<article"); n != firstResults {
		t.Errorf("%d cards shown, want %d", n, firstResults)
	}
	for _, want := range []string{"Show all 32 results", "29 sentences repeated", "appears 30 times", "Contradicted sentences come first"} {
		if !strings.Contains(html, want) {
			t.Errorf("long paste lacks %q", want)
		}
	}
}

// Issue 12, point 7: a text past the limit is checked part by part; the
// text box keeps all of it.
func TestLongTextIsCheckedInPartsAndKept(t *testing.T) {
	sentence := "Roman Seleznev was arrested in 2014 in the Maldives. "
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ { // 1 MB of different sentences
		fmt.Fprintf(&b, "Roman Seleznev was arrested in 2014 in the Maldives, report %d. ", i)
	}
	text := b.String()
	p := partOf(text, 0)
	if p.From != 0 || !p.More(text) || p.To > maxCheck || !strings.HasSuffix(text[:p.To], ". ") {
		t.Fatalf("first part %+v does not end at a sentence within %d characters", p, maxCheck)
	}
	next := partOf(text, p.To)
	if next.From != p.To || next.To <= next.From {
		t.Errorf("next part %+v", next)
	}
	page := &checkPage{db: seedDB(t), text: text, shown: firstResults}
	page.check = newTextCheck(page.db.Index, text, 0, nil)
	page.check.Step(time.Millisecond) // one slice, as the browser runs it
	if page.check.Done() {
		t.Errorf("a 1 MB text was checked in one slice")
	}
	html := render(t, page)
	for _, want := range []string{"Your text has 1,048,", "more than the 20,000 checked at once", "All of your text stays in the box", "Check the next part", "Checking…"} {
		if !strings.Contains(html, want) {
			t.Errorf("part notice lacks %q", want)
		}
	}
	if !strings.Contains(html, text[:1000]) {
		t.Errorf("the text box lost the text")
	}
	// Shown in the address only when shared, and only up to maxLink.
	if ShareLink(text) != "" || ShareLink(sentence) == "" {
		t.Errorf("share link limit")
	}
	if strings.Contains(html, "/#q=") {
		t.Errorf("the page puts the text in a link it was not asked for")
	}
}

// A text longer than a share link carries says so, rather than making a
// link that breaks (issue 11, point 6).
func TestShareLinkLimitIsStated(t *testing.T) {
	db := seedDB(t)
	short := render(t, checked(t, db, "Roman Seleznev was arrested in 2014."))
	if !strings.Contains(short, "Share a link to this check") {
		t.Errorf("no share button")
	}
	long := render(t, checked(t, db, strings.Repeat("Roman Seleznev was arrested in 2014. ", 60)))
	if strings.Contains(long, "Share a link") || !strings.Contains(long, "too long for a share link (more than 2,000 characters)") {
		t.Errorf("no share limit message")
	}
}

func TestLinkTextIsCapped(t *testing.T) {
	long := strings.Repeat("é", maxCheck+5)
	u, _ := url.Parse("https://example.org/#q=" + url.QueryEscape(long))
	got, cut, ok := fragmentText(u, "q")
	if !ok || !cut || got != strings.Repeat("é", maxCheck) {
		t.Errorf("#q= of %d characters read as %d (cut %v)", maxCheck+5, len([]rune(got)), cut)
	}
	u, _ = url.Parse("https://example.org/embed#origin=https%3A%2F%2Fhost.example&text=" + url.QueryEscape("Hello there"))
	if got, cut, ok := fragmentText(u, "text"); !ok || cut || got != "Hello there" {
		t.Errorf("#text= read as %q", got)
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
		got, _, ok := fragmentText(u, "q")
		if !ok || got != s {
			t.Errorf("round trip %q -> %q -> %q", s, ShareLink(s), got)
		}
	}
}

// Issue 11, point 7: pasted HTML is checked as the text it shows.
func TestPastedHTMLIsReadAsItsText(t *testing.T) {
	db := seedDB(t)
	plain := checked(t, db, "Russia has an extradition treaty with the United States.")
	marked := checked(t, db, "<b>Russia</b> has an extradition treaty with the <a href=\"x\">United&nbsp;States</a>.<script>var s = 'Russia is big.'</script>")
	if len(marked.check.Results()) != 1 || marked.check.Results()[0].Verdict != plain.check.Results()[0].Verdict || plain.check.Results()[0].Verdict != match.Contradicted {
		t.Errorf("with markup: %+v", marked.check.Results())
	}
	for in, want := range map[string]string{
		"3 < 5 and 7 > 6":                  "3 < 5 and 7 > 6",
		"a<b is fine":                      "a<b is fine",
		"<p>One.</p><p>Two &amp; two.</p>": "\nOne.\n\nTwo & two.\n",
		"<B>Bold</b><!-- note --> <SCRIPT>x = '<b>'</script>and <STYLE>p{}</STYLE>done<br/>": "Bold and done\n",
		"a <foo> b <i>c</i>": "a <foo> b c",
	} {
		if got := visibleText(in); got != want {
			t.Errorf("visibleText(%q) = %q, want %q", in, got, want)
		}
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

// Issue 12, point 2: links from imported data open only http(s), in a
// new tab, without the opener; in the embed every link opens a new tab.
func TestLinksAreSafeAndOpenOutside(t *testing.T) {
	for _, bad := range []string{"javascript://x/%0aalert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example", ""} {
		html := goapp.HTMLString(goapp.Div().Body(sourceBlock(match.MatchSource{Quote: "q", URL: bad}, false)))
		if strings.Contains(html, "<a") {
			t.Errorf("unsafe URL %q linked: %s", bad, html)
		}
	}
	html := goapp.HTMLString(goapp.Div().Body(sourceBlock(match.MatchSource{Quote: "q", URL: "https://fact.example/check"}, false)))
	if !strings.Contains(html, `target="_blank"`) || !strings.Contains(html, `rel="noopener noreferrer"`) {
		t.Errorf("external link: %s", html)
	}
	db := seedDB(t)
	card := render(t, newResultCard(db.Index.Check("Drinkman was arrested in Amsterdam in 2014."), 1, db.Coverage, true))
	links := regexp.MustCompile(`<a [^>]*>`).FindAllString(card, -1)
	if len(links) < 2 {
		t.Fatalf("links: %v", links)
	}
	for _, a := range links {
		if !strings.Contains(a, `target="_blank"`) || !strings.Contains(a, "noopener") {
			t.Errorf("embed link opens in the frame: %s", a)
		}
	}
}

// Issue 10: the examples come from the database, by a rule when it names
// none; never hard-coded.
func TestExamplesComeFromTheDatabase(t *testing.T) {
	db := newsroomDB()
	got := examplesOf(db)
	if len(got) != 1 || got[0] != "The city council approved the new tram line." {
		t.Errorf("derived examples %q", got)
	}
	db.Examples = []string{"The tram line will open in 2029."}
	if got := examplesOf(db); len(got) != 1 || got[0] != db.Examples[0] {
		t.Errorf("named examples %q", got)
	}
	seedEx := seedDB(t).Examples
	if len(seedEx) != maxExamples {
		t.Fatalf("seed examples %q", seedEx)
	}
	for _, ex := range seedEx {
		if len(strings.Fields(ex)) < 6 {
			t.Errorf("example %q too short", ex)
		}
	}
}

// Issues 10 and 12: every page the server renders comes from the database
// given to SetDatabase, complete, even for concurrent first requests.
func TestServerRendersEveryPageFromItsDatabase(t *testing.T) {
	useDatabase(t, newsroomDB())
	pages := map[string][]string{
		"/":                  {"The city council approved the new tram line.", "Try:"},
		"/claims":            {"Council approves the tram line", "Harbour Gazette, November 2025", "2 claims from 1 article (Harbour Gazette, 2025)"},
		"/about":             {"2 claims from 1 article (Harbour Gazette, 2025)", "Council approves the tram line"},
		"/article/tram-line": {"Council approves the tram line", "The mayor said the line would open in 2029."},
		"/claim/tram-cost":   {"Construction of the tram line will cost 40 million euros.", "Harbour Gazette"},
	}
	for path, wants := range pages {
		html := prerender(t, path)
		for _, want := range wants {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %q", path, want)
			}
		}
		for _, seed := range []string{"Russia", "Loading…", "not found"} {
			if strings.Contains(html, seed) {
				t.Errorf("%s shows %q", path, seed)
			}
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := httptest.NewRecorder()
			testHandler.ServeHTTP(rec, httptest.NewRequest("GET", "/article/tram-line", nil))
			if body := rec.Body.String(); !strings.Contains(body, "The mayor said") {
				errs <- body[max(0, len(body)-300):]
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("a concurrent request came back incomplete: …%s", e)
	}
}

// Issue 11, point 8: the page the server sends says what needs
// JavaScript and WebAssembly.
func TestPrerenderedPageSaysWhatNeedsJavaScript(t *testing.T) {
	html := prerender(t, "/about")
	if !regexp.MustCompile(`<noscript>\s*<p[^>]*>Checking a statement needs JavaScript`).MatchString(html) {
		t.Errorf("no <noscript> line")
	}
	if !strings.Contains(html, `no-wasm`) || !strings.Contains(html, "it needs WebAssembly") {
		t.Errorf("no WebAssembly line")
	}
}

// Issue 11, point 4: claims grouped by article, with outlet and date, a
// count, and the letters the filter matched marked; paged at 10,000.
func TestClaimsListGroupedAndPaged(t *testing.T) {
	html := prerender(t, "/claims")
	for _, want := range []string{`class="claim-group"`, "SC Magazine, April 2016", "128 claims from 5 articles", `id="claim-filter"`} {
		if !strings.Contains(html, want) {
			t.Errorf("/claims lacks %q", want)
		}
	}
	if i, j := strings.Index(html, `id="claim-filter"`), strings.Index(html, `class="claim-group"`); i > j {
		t.Errorf("the filter is not above the list")
	}
	db := seedDB(t)
	p := &claimsPage{db: db, filter: "hotline", limit: claimsPerPage}
	out := render(t, p)
	if !strings.Contains(out, `class="hl-filter"`) || !strings.Contains(out, "of 128 claims match “hotline”") {
		t.Errorf("filtered list: %s", out)
	}
	ls := filterClaims(db.Index.DB.Claims, "hotline")
	if len(ls) == 0 || !strings.Contains(strings.ToLower(ls[0].claim.Text), "hotline") {
		t.Fatalf("filter hotline: %d claims", len(ls))
	}
	if n := len(filterClaims(db.Index.DB.Claims, "zzzzqqq")); n != 0 {
		t.Errorf("nonsense filter shows %d", n)
	}
	// 10,000 claims: one page rendered, and a way to the rest.
	big := &claims.DB{Articles: db.Index.DB.Articles}
	for i := 0; i < 10000; i++ {
		c := db.Index.DB.Claims[i%len(db.Index.DB.Claims)]
		c.ID = fmt.Sprintf("c%d", i)
		big.Claims = append(big.Claims, c)
	}
	// (The list needs no search index: an empty one spares the test building it.)
	out = render(t, &claimsPage{db: database{Status: loaded, Index: &match.Index{DB: big}, Coverage: coverageOf(&match.Index{DB: big})}, limit: claimsPerPage})
	if n := strings.Count(out, `href="/claim/`); n != claimsPerPage {
		t.Errorf("%d claims rendered of 10,000", n)
	}
	if !strings.Contains(out, "Show 100 more") || !strings.Contains(out, "10,000 claims from 5 articles") {
		t.Errorf("no way to the rest")
	}
}

// Issue 11, point 5: every source of a claim is laid out the same: where,
// the quote, then the link.
func TestClaimPageSourcesShareOneLayout(t *testing.T) {
	db := seedDB(t)
	var multi *claims.Claim
	for i, c := range db.Index.DB.Claims {
		if len(c.Sources) > 1 {
			multi = &db.Index.DB.Claims[i]
			break
		}
	}
	if multi == nil {
		t.Skip("no claim with several sources in the seed")
	}
	html := render(t, &claimPage{db: db, id: multi.ID})
	figures := regexp.MustCompile(`(?s)<figure.*?</figure>`).FindAllString(html, -1)
	if len(figures) != len(multi.Sources) {
		t.Fatalf("%d source blocks for %d sources", len(figures), len(multi.Sources))
	}
	shape := regexp.MustCompile(`<(figcaption|blockquote|a)[ >]`)
	want := fmt.Sprint(shape.FindAllStringSubmatch(figures[0], -1))
	for _, f := range figures[1:] {
		if got := fmt.Sprint(shape.FindAllStringSubmatch(f, -1)); got != want || !strings.Contains(f, "Open in the article") {
			t.Errorf("source layouts differ: %s vs %s", got, want)
		}
	}
}

func TestArticleParagraphsMarkTheQuote(t *testing.T) {
	db := seedDB(t)
	a := db.Index.DB.Article("000_e5b01c607c127f20")
	quote := "Russia does not have an extradition treaty with the U.S."
	start := strings.Index(a.Text, quote)
	html := render(t, &articlePage{db: db, id: a.ID, start: start, end: start + len(quote)})
	if !strings.Contains(html, `>`+quote+`</mark>`) || !strings.Contains(html, `id="quote"`) || !strings.Contains(html, `class="quote-mark"`) {
		t.Errorf("quote not marked:\n%s", html)
	}
	// The source stays in view above the quote (issue 11, point 3).
	if bar := regexp.MustCompile(`(?s)class="source-bar".*?</p>`).FindString(html); !strings.Contains(bar, "SC Magazine, April 2016") || !strings.Contains(bar, "U.S. and Russian officials") {
		t.Errorf("no source line")
	}
	// Offsets outside the text are ignored, not a panic.
	goapp.HTMLString(goapp.Div().Body(paragraphs(a.Text, 10, 1e9)...))
}

// Issue 11, point 2: the examples fold away once the reader has typed.
func TestExamplesFoldOnceTyped(t *testing.T) {
	db := seedDB(t)
	if html := render(t, &checkPage{db: db}); !strings.Contains(html, `class="examples"`) {
		t.Errorf("no examples on an empty page")
	}
	html := render(t, checked(t, db, "Roman Seleznev"))
	if strings.Contains(html, `class="examples"`) {
		t.Errorf("examples still shown after typing")
	}
	// Issue 12, point 6: the browser keeps no copy of the text for its
	// history or session restore.
	if !regexp.MustCompile(`<textarea[^>]*autocomplete="off"`).MatchString(html) {
		t.Errorf("the text box lets the browser remember its text")
	}
}

// Issue 12: a database error reads plainly; its details go to the console.
func TestDatabaseErrorIsPlain(t *testing.T) {
	err := fmt.Errorf("load claims db /web/claims.json: %w", fmt.Errorf("invalid character '<' looking for beginning of value"))
	for _, c := range []goapp.Composer{
		&checkPage{db: loadedDatabase(nil, err)},
		&articlePage{db: loadedDatabase(nil, err), id: "x"},
		&claimsPage{db: loadedDatabase(nil, err)},
	} {
		html := render(t, c)
		if !strings.Contains(html, "could not be loaded") || strings.Contains(html, "invalid character") || strings.Contains(html, "claims.json") {
			t.Errorf("%T error message: %s", c, html)
		}
	}
}

// Issue 11, point 10: a result copies as text with its verdict, reason,
// sources, dates and links.
func TestResultCopiesAsText(t *testing.T) {
	db := seedDB(t)
	got := resultText(db.Index.Check("Drinkman was arrested in Amsterdam in 2014."), db.Coverage, "https://fc.example")
	for _, want := range []string{
		"Contradicted: “Drinkman was arrested in Amsterdam in 2014.”",
		"The source says 2012, you wrote 2014",
		"Source: SC Magazine, “U.S. and Russian officials to meet in Geneva on cybersecurity”, April 2016 (date inferred): “",
		"https://fc.example/article/000_e5b01c607c127f20#q=",
		"https://fc.example/claim/",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("copied text lacks %q:\n%s", want, got)
		}
	}
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

// TestCapText: what the embed API (window.factcheckCheck) checks of a
// long text is its first maxCheck characters at most, cut at a sentence
// end; a short text is checked whole.
func TestCapText(t *testing.T) {
	long := strings.Repeat("Roman Seleznev was arrested in 2014. ", 1000)
	got := capText(long)
	if len(got) > maxCheck || !strings.HasSuffix(strings.TrimSpace(got), ".") {
		t.Errorf("capText of %d bytes = %d bytes ending %q", len(long), len(got), got[max(0, len(got)-20):])
	}
	if short := "The hotline remains in force."; capText(short) != short {
		t.Errorf("capText(%q) = %q", short, capText(short))
	}
}

// Issue 20: the claims filter keeps claims whose words the filter's words
// begin, best first, and drops letters scattered through a claim.
func TestClaimsFilterDropsScatteredLetters(t *testing.T) {
	all := seedDB(t).Index.DB.Claims
	if n := len(filterClaims(all, "Mufson")); n > 5 {
		t.Errorf("\"Mufson\" matches %d of %d claims", n, len(all))
	}
	got := filterClaims(all, "extradition treaty")
	if len(got) == 0 || !strings.Contains(strings.ToLower(got[0].claim.Text), "extradition treaty") {
		t.Fatalf("\"extradition treaty\": %d claims, first %q", len(got), got[0].claim.Text)
	}
	for _, l := range got {
		low := strings.ToLower(l.claim.Text)
		if !strings.Contains(low, "extradition") || !strings.Contains(low, "treaty") {
			t.Errorf("\"extradition treaty\" matched %q", l.claim.Text)
		}
	}
	if n := len(filterClaims(all, "treaty extrad")); n != len(got) {
		t.Errorf("word order or prefixes change the match: %d against %d", n, len(got))
	}
}
