package importers

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
)

// newsroom builds a database from the test newsroom's saved pages, its
// Markdown article and its two feeds, as `factcheck build` does.
func newsroom(t *testing.T) (*claims.DB, *build.Report, claims.ErrorList) {
	t.Helper()
	arts, probs := LoadArticles("../testdata/newsroom")
	for _, f := range []string{"../testdata/feeds/gazette.rss", "../testdata/feeds/courier.atom"} {
		more, p := LoadFeed(f)
		arts, probs = append(arts, more...), append(probs, p...)
	}
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	db, rep, err := build.Build("newsroom", arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return db, rep, probs
}

// The pages' metadata comes from their own markup.
func TestHTMLMetadata(t *testing.T) {
	db, _, probs := newsroom(t)
	for id, want := range map[string]claims.Article{
		"harbour-tunnel": {Outlet: "The Example Gazette", Headline: "Harbour tunnel to close for three weekends of maintenance",
			Byline: "Priya Patel", Published: "2024-05-14", URL: "https://gazette.example/news/2024/05/14/harbour-tunnel-closures"},
		"council-library-budget": {Outlet: "Northshore Courier", Headline: "Council approves record library budget",
			Byline: "Sam Okafor", Published: "2024-04-02", URL: "https://courier.example/news/council-library-budget"},
		"market-hall": {Outlet: "The Example Gazette", Headline: "Market hall reopens with 60 stalls", Byline: "Priya Patel",
			Published: "2024-05-20", URL: "https://gazette.example/news/2024/05/20/market-hall-reopens"},
	} {
		a := db.Article(id)
		if a == nil {
			t.Errorf("no article %s", id)
			continue
		}
		if a.Outlet != want.Outlet || a.Headline != want.Headline || a.Byline != want.Byline || a.Published != want.Published || a.URL != want.URL {
			t.Errorf("article %s:\n got  outlet %q headline %q byline %q published %q url %q\n want outlet %q headline %q byline %q published %q url %q",
				id, a.Outlet, a.Headline, a.Byline, a.Published, a.URL, want.Outlet, want.Headline, want.Byline, want.Published, want.URL)
		}
	}
	// The hostile canonical link is left out, with a warning; og:url is used.
	if w := probs.Warnings().Error(); !strings.Contains(w, `council-library-budget.htm: warning: page url "javascript:alert(document.domain)" is not an http or https address; left out`) {
		t.Errorf("warnings: %s", w)
	}
}

// The feeds' items are articles with the feed's outlet, and their
// metadata.
func TestFeedArticles(t *testing.T) {
	db, _, probs := newsroom(t)
	var fromFeeds []*claims.Article
	for _, a := range db.Articles {
		if strings.HasSuffix(a.Path(), ".rss") || strings.Contains(a.Path(), ".rss:") || strings.Contains(a.Path(), ".atom") {
			fromFeeds = append(fromFeeds, a)
		}
	}
	if len(fromFeeds) != 4 {
		t.Fatalf("%d articles from the feeds, want 4", len(fromFeeds))
	}
	type meta struct{ outlet, headline, byline, published, url string }
	want := map[string]meta{
		"Ferry timetable changes from July":    {"The Example Gazette", "Ferry timetable changes from July", "Priya Patel", "2024-05-30", "https://gazette.example/news/2024/05/30/ferry-timetable-july"},
		"Lifeguards return to North Beach":     {"The Example Gazette", "Lifeguards return to North Beach", "Tom Reyes", "2024-05-27", ""},
		"Town hall renovation delayed to 2026": {"Northshore Courier", "Town hall renovation delayed to 2026", "Sam Okafor", "2024-05-28", "https://courier.example/news/town-hall-delayed"},
		"School bus route extended":            {"Northshore Courier", "School bus route extended", "Sam Okafor", "2024-05-20", "https://courier.example/news/school-bus"},
	}
	for _, a := range fromFeeds {
		w, ok := want[a.Headline]
		got := meta{a.Outlet, a.Headline, a.Byline, a.Published, a.URL}
		if !ok || got != w {
			t.Errorf("feed article %s: %+v, want %+v", a.ID, got, w)
		}
		if !claims.ValidID(a.ID) {
			t.Errorf("feed article id %q", a.ID)
		}
	}
	if w := probs.Warnings().Error(); !strings.Contains(w, `gazette.rss: item #2: warning: link "javascript:alert(1)" is not an http or https address; left out`) {
		t.Errorf("warnings: %s", w)
	}
}

// The real sentences of the articles become claims, with their sources'
// quotes at their offsets in the stored text.
func TestArticleSentencesAreClaims(t *testing.T) {
	db, _, _ := newsroom(t)
	texts := map[string]claims.Claim{}
	for _, c := range db.Claims {
		texts[c.Text] = c
	}
	for _, want := range []struct{ article, text string }{
		{"harbour-tunnel", "The Harbour Tunnel will close for three weekends in June while engineers replace its ventilation fans, the city's transport authority said on Tuesday."},
		{"harbour-tunnel", "The work will cost 7.5 million dollars, paid from the authority's maintenance budget."},
		{"harbour-tunnel", "About 38,000 vehicles use the tunnel on an average weekend day, according to the authority's figures."},
		{"harbour-tunnel", "“The fans are 30 years old and have reached the end of their working life,” said Tom Reyes, the authority's chief engineer."},
		{"harbour-tunnel", "The authority expects the tunnel to reopen fully on Monday, June 24."},
		{"council-library-budget", "Northshore council voted on Tuesday to spend 2.3 million dollars on its libraries next year, the largest library budget in the town's history."},
		{"council-library-budget", "The new opening hours start in September, the council said."},
		{"market-hall", "The restoration cost 4.8 million dollars, most of it from a national heritage grant."},
		{"", "The harbour ferry will run every 20 minutes from July 1, up from every 30 minutes, the operator said on Thursday."},
		{"", "They will patrol the beach from 10am to 6pm every day until September 15."},
		{"", "The work had been due to start this autumn and is expected to cost 5.1 million dollars."},
		{"", "About 40 pupils live along the extended route."},
	} {
		c, ok := texts[want.text]
		if !ok {
			t.Errorf("no claim %q", want.text)
			continue
		}
		s := c.Sources[0]
		a := db.Article(s.Article)
		if want.article != "" && s.Article != want.article {
			t.Errorf("claim %q sourced to %s, want %s", want.text, s.Article, want.article)
		}
		if a.Text[s.Start:s.End] != s.Quote {
			t.Errorf("claim %s: quote not at its offsets", c.ID)
		}
	}
	if c := texts["The Harbour Tunnel will close for three weekends in June while engineers replace its ventilation fans, the city's transport authority said on Tuesday."]; c.Speaker != "the city's transport authority" {
		t.Errorf("speaker %q", c.Speaker)
	}
}

// None of the page furniture becomes a claim: cookie banners, navigation,
// tickers, ads, share buttons, newsletter sign-ups, related links, most
// read lists, comments, footers, subscription prompts, captions and the
// feeds' share boxes and "appeared first on" lines.
func TestNoClaimFromFurniture(t *testing.T) {
	db, rep, _ := newsroom(t)
	furniture := []string{
		"We use cookies", "Accept all", "cookie policy", "Subscribe from", "Sign in", "Home", "Storm warning",
		"Advertisement", "Share on Facebook", "Email this article", "Getty Images", "Read more",
		"Get the Morning Briefing", "Sign up for our free newsletter", "unsubscribe at any time",
		"Related stories", "ferry will run every 15 minutes", "Council to review parking",
		"Comments (3)", "closed for 40 days", "12 million dollars on roads", "since 1994",
		"Most read", "new marina by 2027", "Lifeguards return to North Beach for the summer",
		"All rights reserved", "company number", "Privacy policy", "Topics:",
		"Today's paper", "What's on", "WhatsApp", "Copy link", "Watch: the council debate",
		"Enjoying our local journalism", "Subscribe now", "More from the Courier", "Town hall renovation delayed again",
		"Have your say", "Comments are moderated", "seven days a week in 1985", "12 High Street",
		"Photo: Alamy", "Share this:", "appeared first on", "Sign up to the Courier's daily newsletter",
	}
	for _, c := range db.Claims {
		for _, f := range furniture {
			if strings.Contains(c.Text, f) {
				t.Errorf("furniture %q became claim %s: %q", f, c.ID, c.Text)
			}
		}
	}
	// Furniture lines are not in the articles' text at all
	// (claims.DropFurniture); what a feed's furniture left in the text is
	// skipped with a reason.
	for _, a := range db.Articles {
		for _, f := range []string{"Advertisement", "Read more: Harbour bridge reopens after repairs"} {
			if strings.Contains(a.Text, f) {
				t.Errorf("%s: furniture %q left in the text", a.ID, f)
			}
		}
	}
	reasons := map[string]string{}
	for _, s := range rep.Skipped() {
		reasons[s.Text] = s.Segment.Reason
	}
	for text, want := range map[string]string{
		"The post Ferry timetable changes from July appeared first on The Example Gazette.": "boilerplate: feed trailer",
	} {
		if got, ok := reasons[text]; !ok || got != want {
			t.Errorf("%q skipped as %q (found %v), want %q", text, got, ok, want)
		}
	}
}

// The stored text of a page is its readable text: paragraphs separated by
// blank lines, no markup.
func TestHTMLText(t *testing.T) {
	db, _, _ := newsroom(t)
	a := db.Article("harbour-tunnel")
	if strings.ContainsAny(a.Text, "<>") || !strings.Contains(a.Text, "authority said on Tuesday.\n\nThe closures begin") {
		t.Errorf("text:\n%s", a.Text)
	}
	if a.LineOf(100) != 0 {
		t.Error("a page's text lines are not the file's: LineOf should say 0")
	}
}

const ReasonHeading = claims.ReasonHeading

func TestHTMLProblems(t *testing.T) {
	// A page with no article is a warning naming the file and why; the
	// build goes on without it.
	a, probs := ParseHTML("empty.html", []byte("<html><body><nav>Home</nav></body></html>"))
	if a != nil || probs.Err() != nil || !strings.Contains(probs.Warnings().Error(), "empty.html: warning: no article text found: ") {
		t.Errorf("empty page: %v, %v", a, probs)
	}
	deep := strings.Repeat("<div>", 600) + "<p>Deep text is here, in a sentence.</p>"
	if _, probs := ParseHTML("deep.html", []byte(deep)); probs.Err() == nil {
		t.Error("a page nested 600 deep was read") // x/net/html refuses more than 512
	}
	_, probs = ReadFeed("bad.rss", []byte("<rss><channel><item>"))
	if probs.Err() == nil {
		t.Error("a broken feed was read")
	}
	arts, probs := ReadFeed("empty.rss", []byte(`<rss version="2.0"><channel><title>X</title><item><title>No body</title><guid>g1</guid></item></channel></rss>`))
	if len(arts) != 0 || probs.Err() == nil || !strings.Contains(probs.Err().Error(), `empty.rss: item #1: item "No body" has no content`) {
		t.Errorf("item without content: %v %v", arts, probs)
	}
}

// A page saved in windows-1252 reads as the text it shows.
func TestHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><article><p>The caf\xe9 on the quay reopened on Monday after a \x93deep clean\x94, its owner said.</p></article></body></html>"
	a, probs := ParseHTML("cafe.html", []byte(page))
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "The café on the quay reopened on Monday after a “deep clean”, its owner said.") || a.Headline != "Café" {
		t.Errorf("text %q, headline %q", a.Text, a.Headline)
	}
}

// Two articles with one ID, from the folder and a feed, are an error
// naming both.
func TestDuplicateArticleAcrossSources(t *testing.T) {
	arts, _ := LoadArticles("../testdata/newsroom")
	dup := *arts[0]
	dup.SetPath("feed.rss: item #1")
	_, _, err := build.Build("x", append(arts, &dup), nil)
	if err == nil || !strings.Contains(err.Error(), `feed.rss: item #1: article id "council-library-budget" already used by ../testdata/newsroom/council-library-budget.htm`) {
		t.Errorf("error %v", err)
	}
}
