package importers

import (
	"strings"
	"testing"
)

// TestUnsafePageURLWarnedOnce: a page whose canonical link and og:url are
// the same unsafe address gets one warning, not two.
func TestUnsafePageURLWarnedOnce(t *testing.T) {
	page := `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(1)"></head><body><article>` +
		strings.Repeat("<p>The council approved the new library budget on Monday after a long debate about its cost.</p>", 5) + `</article></body></html>`
	a, problems := ParseHTML("page.html", []byte(page))
	if a == nil {
		t.Fatal(problems)
	}
	if n := len(problems.Warnings()); n != 1 || a.URL != "" {
		t.Errorf("%d warnings, url %q: %v", n, a.URL, problems)
	}
}

// TestPublishedDates: a date in a microdata or article:published meta tag
// is read (NYT), and a zero value written out ("0001-01-01", Florida
// Today's JSON-LD) is no date: the next source of one is used.
func TestPublishedDates(t *testing.T) {
	body := `<body><article>` + strings.Repeat("<p>The council approved the new library budget on Monday after a long debate about its cost.</p>", 5) + `</article></body></html>`
	for _, tc := range []struct{ head, want string }{
		{`<meta property="article:published" itemprop="datePublished" content="2019-11-19T11:00:09Z">`, "2019-11-19"},
		{`<meta itemprop="datePublished" content="2019-11-18">`, "2019-11-18"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script><meta name="date" content="2019-11-20">`, "2019-11-20"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>`, ""},
	} {
		a, problems := ParseHTML("page.html", []byte(`<html><head>`+tc.head+`</head>`+body))
		if a == nil {
			t.Fatal(problems)
		}
		if a.Published != tc.want {
			t.Errorf("%s: published %q, want %q", tc.head, a.Published, tc.want)
		}
	}
}

// TestGluedAgencyByline: an agency run into the last name by the page's
// markup ("ERIC TUCKERAssociated Press", hosted.ap.org) is parted and
// passed over, as an agency is.
func TestGluedAgencyByline(t *testing.T) {
	m := pageMeta{metaAuthor: "LISA MASCARO, MARY CLARE JALONICK, ERIC TUCKERAssociated Press"}
	if got, want := m.byline("", "", "", "hosted.ap.org"), "Lisa Mascaro, Mary Clare Jalonick, Eric Tucker"; got != want {
		t.Errorf("byline %q, want %q", got, want)
	}
}

// TestHeadlineCutShort: a JSON-LD headline cut to search engines' limit
// is the page's heading begun; the heading is the headline (The Sun).
func TestHeadlineCutShort(t *testing.T) {
	m := pageMeta{
		ldHeadline: "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract",
		h1:         "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract medieval disease",
		title:      "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract medieval disease – The Sun",
	}
	if got := m.headline("The Sun", "", "https://www.thesun.co.uk/news/1/"); got != m.h1 {
		t.Errorf("headline %q", got)
	}
	// Cut with an ellipsis where the heading ends (thesun.co.uk, go-htmldate's
	// comparison set).
	m = pageMeta{
		ldHeadline: "Linda Nolan reveals heartbreaking update on her cancer battle and says ‘I’m trying not to panic’...",
		h1:         "Linda Nolan reveals heartbreaking update on her cancer battle and says ‘I’m trying not to panic’",
	}
	if got := m.headline("The Sun", "", "https://www.thesun.co.uk/tvandshowbiz/1/"); got != m.h1 {
		t.Errorf("headline %q", got)
	}
}

// TestMicrodataPublisher: the outlet is the microdata publisher's name
// when the page has no JSON-LD publisher (the NYT's pages), not the host.
func TestMicrodataPublisher(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://www.nytimes.com/2019/11/19/opinion/x.html"></head><body><article>` +
		strings.Repeat("<p>The council approved the new library budget on Monday after a long debate about its cost.</p>", 5) +
		`</article><footer><span itemprop="publisher copyrightHolder" itemscope itemtype="http://schema.org/NewsMediaOrganization"><span itemprop="logo" itemscope><meta itemprop="name" content="Logo"></span><meta itemprop="name" content="The New York Times"></span></footer></body></html>`
	a, problems := ParseHTML("page.html", []byte(page))
	if a == nil {
		t.Fatal(problems)
	}
	if a.Outlet != "The New York Times" {
		t.Errorf("outlet %q", a.Outlet)
	}
}

// A saved page's file name that is no valid article ID (a browser keeps
// the page's title: quotes, spaces, dashes) gives a derived ID with a
// warning naming both, as a text article's does; a valid name, none.
func TestPageFileNameIsNoValidID(t *testing.T) {
	page := []byte(`<html><head><title>Harbour tunnel to close</title></head><body><article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article></body></html>`)
	a, probs := ParseHTML("Harbour tunnel to close – City's Paper.html", page)
	if a == nil || a.ID == "" || !strings.Contains(probs.Error(), `file name "Harbour tunnel to close – City's Paper" is not a valid article id; using "`+a.ID+`"`) {
		t.Errorf("article %v, warnings %v", a, probs)
	}
	if _, probs := ParseHTML("harbour-tunnel.html", page); strings.Contains(probs.Error(), "not a valid article id") {
		t.Errorf("a valid name warned: %v", probs)
	}
}
