package importers

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"golang.org/x/net/html"
)

// gzPage reads one of the benchmark's real pages kept gzipped, as the
// benchmark distributes them (testdata/real-pages; README there).
func gzPage(t *testing.T, name string) *claims.Article {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata/real-pages", name+".html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	a, probs := ParseHTML(name+".html", data)
	if a == nil || probs.Err() != nil {
		t.Fatalf("%s: %v", name, probs)
	}
	return a
}

// Real pages keep their reporting and lose the furniture a newcomer found
// in the text readers see: "Read more"/"Related" lines, newsletter plugs,
// agency credit lines, "Continue Reading Below", tip and follow prompts,
// a headline with its timestamp at the top, a press release's company
// boilerplate at the end.
func TestRealPagesFurniture(t *testing.T) {
	for _, c := range []struct {
		page       string
		kept, gone []string
	}{
		{"reuters-asian-shares",
			[]string{"NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns"},
			[]string{"Reporting by Rodrigo Campos", "Editing by Nick Zieminski", "(Graphic: Emerging markets in 2019"}},
		{"venturebeat-wework-reuters",
			[]string{"The New York State Attorney General (NYAG) is investigating WeWork", "hitting 16.057% on Monday, according to data from MarketAxess."},
			[]string{"Reporting by Greg Roumeliotis", "editing by Martin Howell"}},
		{"nj-florida-man",
			[]string{"Remember New Jersey’s epic quest to find a state slogan?", "drew enough criticism to get the ax"},
			[]string{"Have a tip?", "Follow her on Twitter", "Subscribe to NJ.com’s newsletters"}},
		{"foxbusiness-home-depot",
			[]string{"The home-improvement retailer earned $2.8 billion in the third quarter.", "Home Depot shares are up 39 percent year-to-date"},
			[]string{"Continue Reading Below", "GET FOX BUSINESS ON THE GO BY CLICKING HERE"}},
		{"space-europa-plumes",
			[]string{"The Jupiter moon Europa's elusive and enigmatic water-vapor plumes do indeed seem to be real."},
			[]string{"Related: Possible Water Plumes on Europa", "Follow him on Twitter", "Photos: Europa, Mysterious Icy Moon"}},
		{"sfgate-bart-stabbing",
			[]string{"HAYWARD, Calif. (AP) — The Latest on a deadly stabbing", "Officials did not immediately provide any other details."},
			[]string{"Updated 10:01 pm PST", "The Latest: Man stabbed to death on San Francisco Bay train"}},
		{"ascom-ge-healthcare",
			[]string{"Based on Ascom’s connectivity, clinical workflow and mobility expertise"},
			[]string{"Ascom is a global solutions provider focused on healthcare ICT", "Ascom is headquartered in Baar"}},
	} {
		a := gzPage(t, c.page)
		for _, k := range c.kept {
			if !strings.Contains(a.Text, k) {
				t.Errorf("%s: the text lost %q", c.page, k)
			}
		}
		for _, g := range c.gone {
			if strings.Contains(a.Text, g) {
				t.Errorf("%s: furniture %q left in the text", c.page, g)
			}
		}
		if !strings.Contains(a.Extraction, "furniture lines left out") {
			t.Errorf("%s: -v does not say what was left out: %s", c.page, a.Extraction)
		}
	}
}

// Some furniture stands inside the page's article body: the true bodies of
// the extraction benchmark keep it, and so does the article's text, but
// no claim comes from it (data/furniture.txt's "in text" kinds): a plug
// for a smart speaker or the newsletter, an investment disclaimer, a tip
// box sending the reader to other pages, a press release's reference.
func TestRealPagesFurnitureNoClaims(t *testing.T) {
	for _, c := range []struct {
		page       string
		kept, gone []string // claims kept; lines in the text that are no claim
	}{
		{"businessinsider-10-things",
			[]string{"The New York state attorney general is investigating WeWork amid layoffs."},
			[]string{"Now you can hear 10 Things in Tech each morning.", "in your Alexa's flash briefing settings", "You can also subscribe to this newsletter here"}},
		{"moneycontrol-markets",
			[]string{"The equity benchmark Sensex scaled a new all-time high of 40,816.38 in the morning trade on November 20."},
			[]string{"Disclaimer: The views and investment tips", "advises users to check with certified experts"}},
		{"beachbody-meal-prep",
			[]string{"A Little More Obsessed follows the same nutrition plan, so you can simply use the Phase 1 calculation from 80 Day Obsession to determine your daily calorie target."},
			[]string{"Pro tip: Get more pre-workout meal ideas here!", "Pro tip: Learn more about how Beachbody Performance supplements"}},
		{"ascom-ge-healthcare",
			[]string{"This partnership further expands the existing global relationship between GE and Ascom."},
			[]string{"[1] Alarm fatigue: impacts on patient safety"}},
	} {
		a := gzPage(t, c.page)
		all := claimedText(a)
		for _, k := range c.kept {
			if !strings.Contains(all, k) {
				t.Errorf("%s: no claim %q", c.page, k)
			}
		}
		for _, g := range c.gone {
			if !strings.Contains(a.Text, g) {
				t.Errorf("%s: the text lost %q (the page's article body holds it)", c.page, g)
			}
			if strings.Contains(all, g) {
				t.Errorf("%s: furniture %q became a claim", c.page, g)
			}
		}
	}
}

// A hover card inside a paragraph (a picture and links, for a pointer to
// show) is no part of its sentence: thehill.com's cards after a
// politician's name ran the name twice and other stories' titles into it.
func TestRealPageHoverCards(t *testing.T) {
	a := gzPage(t, "thehill-omar-threat")
	for _, k := range []string{
		"A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office",
		"Rep. Alexandria Ocasio-Cortez (D-N.Y.) shortly after the arrest linked the incident",
	} {
		if !strings.Contains(a.Text, k) {
			t.Errorf("the text lacks %q:\n%.600s", k, a.Text)
		}
	}
	for _, g := range []string{"Ilhan OmarIlhan Omar", "Hillicon Valley", "Sanders doubles down on Bolivia"} {
		if strings.Contains(a.Text, g) {
			t.Errorf("a hover card's text %q in the article", g)
		}
	}
}

// Bylines are people: not a news agency, not a station's handle, without
// a credit label in any language; the outlet is the JSON-LD publisher even
// when the script is not valid JSON and og:site_name names a section.
func TestRealPagesBylineOutlet(t *testing.T) {
	for _, c := range []struct{ page, outlet, byline string }{
		{"reuters-asian-shares", "Reuters", "Rodrigo Campos"},   // og:site_name "U.S."; JSON-LD with a single-quoted string
		{"venturebeat-wework-reuters", "VentureBeat", ""},       // meta author "Reuters"
		{"catchitkansas-swim-results", "catchitkansas.com", ""}, // meta author "KWCHCIK"
		{"wday-model", "wday.ru", "Лида Буслаева"},              // "Текст: Лида Буслаева"
		{"space-europa-plumes", "Space", "Mike Wall"},
		{"ap-hosted-tories-twitter", "Associated Press", "Danica Kirka, Jill Lawless"}, // og:site_name and <title> "Hosted", the host's first label; ap.org is the agency's
		{"linknaija-kepa", "LinkNaija", ""},                                            // JSON-LD publisher "Blogger", og:site_name "LinkNaija | Nigeria's popular news platform"
		{"sputnik-royal-arrogance", "Sputnik International", "Finian Cunningham"},      // no name in the markup; <title> "… - Sputnik International"
		{"moneycontrol-markets", "Moneycontrol", "Nishant Kumar"},                      // JSON-LD with a line break inside a string; its publisher "MoneyControl", the page's text and og:site_name "Moneycontrol"
		{"beachbody-meal-prep", "The Beachbody Blog", ""},                              // author "Beachbody": a word of the outlet's name
	} {
		a := gzPage(t, c.page)
		if a.Outlet != c.outlet || a.Byline != c.byline {
			t.Errorf("%s: outlet %q byline %q; want %q %q", c.page, a.Outlet, a.Byline, c.outlet, c.byline)
		}
	}
}

// JSON-LD as pages write it: a raw line break inside a string
// (moneycontrol.com), a comma before a closing bracket
// (smithsonianmag.com), a date with the month's name.
func TestJSONLDAsWritten(t *testing.T) {
	a := gzPage(t, "moneycontrol-markets") // "datePublished": "01:38:07 PM IST Nov 20, 2019"
	if a.Byline != "Nishant Kumar" || a.Published != "2019-11-20" {
		t.Errorf("moneycontrol: byline %q published %q; want Nishant Kumar, 2019-11-20", a.Byline, a.Published)
	}
	var m pageMeta
	m.readJSONLD(`{"@context": "http://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": "Brigit Katz"},
  "keywords": ["Smart News", "Smart News Science", ],
  "datePublished": "2019-11-18T16:06:51-05:00"}`)
	if len(m.ldAuthors) != 1 || m.ldAuthors[0] != "Brigit Katz" || isoDate(m.ldPublished) != "2019-11-18" {
		t.Errorf("trailing comma: %+v", m)
	}
	for in, want := range map[string]string{"November 18, 2019": "2019-11-18", "Sept. 3 2020": "2020-09-03", "2019-11-20T01:41:20+05:30": "2019-11-20", "0001-01-01T00:00:00Z": "", "Monday": ""} {
		if got := isoDate(in); got != want {
			t.Errorf("isoDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// Byline rules on made pages: the site's own name (from its host) and
// credit labels in other languages are no part of a person's name.
func TestBylineRules(t *testing.T) {
	body := "<article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article>"
	for author, want := range map[string]string{
		"The Water Coolest":        "", // thewatercoolest.com's own name
		"Текст: Венера Ерофеева":   "Венера Ерофеева",
		"Autor: Jan Nowak":         "Jan Nowak",
		"Por María López":          "María López",
		"Associated Press":         "",
		"Jane Doe, Water Coolest":  "Jane Doe",
		"Mary McCarthy":            "Mary McCarthy",
		"The Editors":              "",         // a desk, not a person
		"Jane Doe | Water Coolest": "Jane Doe", // the outlet after a bar (KUT: "Nathan Bernier | KUT")
	} {
		page := `<html><head><link rel="canonical" href="https://www.thewatercoolest.com/2019/story"><meta name="author" content="` + author + `"></head><body>` + body + `</body></html>`
		a, probs := ParseHTML("p.html", bytes.NewBufferString(page).Bytes())
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Byline != want {
			t.Errorf("author %q: byline %q, want %q", author, a.Byline, want)
		}
	}
}

// A page whose only text is furniture is no article, and the warning
// says so rather than that the extractors found nothing.
func TestOnlyFurniture(t *testing.T) {
	a, probs := ParseHTML("promo.html", []byte(`<html><body><article><p>Sign up for our daily briefing newsletter to get the top stories in your inbox.</p><p>Follow us on Twitter and Facebook for the latest news from the harbour and the city.</p></article></body></html>`))
	if a != nil || !strings.Contains(probs.Error(), "all page furniture (the first: newsletter plug") {
		t.Errorf("article %v, warnings %v", a, probs)
	}
}

// An article body cut in two by a full-width ad (WIRED closes its body's
// element before the ad and opens another of the same class after it) is
// read whole: trafilatura alone stops at the ad, and the vote with
// readability used to keep only the first half (647 of 1,666 words). The
// list of other stories that closes the page is left out.
func TestRealPageBodySplitByAnAd(t *testing.T) {
	a := gzPage(t, "wired-ai-burn-planet")
	for _, k := range []string{
		"Last month, researchers at OpenAI in San Francisco revealed an algorithm",
		// after the ad
		"The energy required to power cutting-edge AI has been on a steep upward curve",
		"Etzioni adds that the industry as a whole is gradually waking up to energy efficiency.",
	} {
		if !strings.Contains(a.Text, k) {
			t.Errorf("the text lost %q", k)
		}
	}
	for _, g := range []string{"More Great WIRED Stories", "Chris Evans goes to Washington", "The war vet, the dating site"} {
		if strings.Contains(a.Text, g) {
			t.Errorf("furniture %q left in the text", g)
		}
	}
}

// A newsletter's or a brand's name is no byline on any host: dealbreaker.com
// ran "Opening Bell" with the author "The Water Coolest", a newsletter
// published elsewhere.
func TestBylineBrandOnAnotherHost(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://dealbreaker.com/2019/11/opening-bell"><meta property="og:site_name" content="Dealbreaker"><meta name="author" content="The Water Coolest"></head><body><article><h1>Opening Bell</h1><p>Taylor Swift says the Carlyle Group is blocking her from performing her old songs at an awards show next week.</p><p>The private-equity firm owns part of her former label, the company said in a filing on Monday.</p></article></body></html>`
	a, probs := ParseHTML("bell.html", []byte(page))
	if a == nil {
		t.Fatalf("no article: %v", probs)
	}
	if a.Byline != "" || a.Outlet != "Dealbreaker" {
		t.Errorf("byline %q outlet %q; want no byline, outlet Dealbreaker", a.Byline, a.Outlet)
	}
}

// A site name that only repeats the host's first label is no outlet when
// that label is a common word ("Hosted" on hosted.ap.org); a brand's name
// there stays ("ProFootballTalk" on profootballtalk.nbcsports.com).
func TestOutletNotASubdomainWord(t *testing.T) {
	body := `<body><article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article></body></html>`
	for _, c := range []struct{ url, site, want string }{
		{"https://hosted.ap.org/citizensvoice/article/2896af/uk-tories", "Hosted", "Associated Press"}, // the host is the agency's (data/news-agencies.txt)
		{"https://blogs.example.com/2019/11/tunnel", "Blogs", "example.com"},
		{"https://profootballtalk.nbcsports.com/2019/11/19/tunnel/", "ProFootballTalk", "ProFootballTalk"},
		{"https://deadspin.gizmodo.com/tunnel", "Deadspin", "Deadspin"},
		{"https://www.wired.com/story/tunnel/", "Wired", "Wired"},
	} {
		page := `<html><head><link rel="canonical" href="` + c.url + `"><meta property="og:site_name" content="` + c.site + `"></head>` + body
		a, probs := ParseHTML("p.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Outlet != c.want {
			t.Errorf("%s on %s: outlet %q, want %q", c.site, c.url, a.Outlet, c.want)
		}
	}
}

// A site name that is the host's label as its address writes it, all
// lower case ("nj" on nj.com, Advance Local's og:site_name), is no name
// the site shows: a spelling of it with capitals elsewhere in the markup
// is ("9to5Mac" beside the JSON-LD publisher "9to5mac"), else the host
// ("nj.com", as its <title> ends), never a name that is not the host's
// (the blog platform).
func TestOutletNotTheHostsSlug(t *testing.T) {
	if a := gzPage(t, "nj-florida-man"); a.Outlet != "nj.com" {
		t.Errorf("nj.com's outlet %q", a.Outlet)
	}
	body := `<body><article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article></body></html>`
	for _, c := range []struct{ url, ld, site, want string }{
		{"https://9to5mac.com/2019/11/tunnel/", "9to5mac", "9to5Mac", "9to5Mac"},
		{"https://www.oregonlive.com/news/tunnel.html", "", "oregonlive", "oregonlive.com"},
		{"https://www.harbourchef.com/tunnel.html", "Blogger", "harbourchef", "harbourchef.com"},
		{"https://www.example.com/tunnel.html", "", "Example News", "Example News"},
	} {
		ld := ""
		if c.ld != "" {
			ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour tunnel to close","publisher":{"@type":"Organization","name":"` + c.ld + `"}}</script>`
		}
		page := `<html><head><link rel="canonical" href="` + c.url + `"><meta property="og:site_name" content="` + c.site + `">` + ld + `</head>` + body
		a, probs := ParseHTML("p.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Outlet != c.want {
			t.Errorf("%q and %q on %s: outlet %q, want %q", c.ld, c.site, c.url, a.Outlet, c.want)
		}
	}
}

// A lead paragraph trafilatura keeps only the end of (its text runs into a
// link inside <em>) is kept whole: readability chose it, and the end
// trafilatura kept is its vote.
func TestRealPageLeadKeptWhole(t *testing.T) {
	a := gzPage(t, "macrumors-scissor-keyboard")
	lead := "Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of 2020, according to industry sources cited by hit-or-miss Taiwanese publication DigiTimes. A preview of the report was shared with paying subscribers."
	if !strings.HasPrefix(a.Text, lead) {
		t.Errorf("the text does not start with the lead:\n%.300s", a.Text)
	}
}

// Bylines as pages garble them: a date run into the name ("Jeff
// FoustMonday, November 18, 2019", thespacereview.com), the site's name
// after a dot ("Finian Cunningham. Sputnik International", the site's
// name as its <title> ends); initials keep their dots.
func TestBylineGluedAndDotted(t *testing.T) {
	body := `<body><article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article></body></html>`
	for author, want := range map[string]string{
		"Jeff FoustMonday, November 18, 2019":      "Jeff Foust",
		"Finian Cunningham. Sputnik International": "Finian Cunningham",
		"Sarah E. Needleman":                       "Sarah E. Needleman",
		"Lisa Kaczke and Trevor J. Mitchell":       "Lisa Kaczke, Trevor J. Mitchell",
	} {
		page := `<html><head><title>Royal Self-Indicting Arrogance - Sputnik International</title><link rel="canonical" href="https://sputniknews.com/columnists/201911181077339366/"><meta name="author" content="` + author + `"></head>` + body
		a, probs := ParseHTML("p.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Byline != want {
			t.Errorf("author %q: byline %q, want %q", author, a.Byline, want)
		}
	}
}

// A wire service's credit run into the story's last sentence ("… into the
// US. PTI", as Indian outlets print the Press Trust of India's stories)
// comes off, so the sentence is a claim and not a heading; "said the AP"
// within a sentence keeps its words. (Written after an archive page of the
// extraction benchmark's held-out part; that page is not copied here.)
func TestWireCreditRunIntoTheLastSentence(t *testing.T) {
	page := func(last string) string {
		return `<html><head><link rel="canonical" href="https://example.in/news/deported"></head><body><article><h1>Indians deported from Mexico</h1><p>A special flight carrying 311 Indians deported from Mexico landed in New Delhi on Friday morning, officials said.</p><p>The deportees had entered Mexico through agents who promised to take them to the United States, according to the officials.</p><p>` + last + `</p></article></body></html>`
	}
	for _, c := range []struct{ last, want, leftOut string }{
		{"On October 18, more than 300 Indians were deported by Mexican authorities for illegally entering the country to sneak into the US. PTI",
			"sneak into the US.", "PTI"},
		{"The deportation was the largest of its kind this year, the officials told reporters on Friday. (AP)",
			"on Friday.", "(AP)"},
		{"The flight was chartered by the Mexican government, said the AP",
			"said the AP", ""},
	} {
		a, probs := ParseHTML("deported.html", []byte(page(c.last)))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if !strings.HasSuffix(strings.TrimSpace(a.Text), c.want) {
			t.Errorf("text ends %q, want it to end %q", a.Text[max(0, len(a.Text)-40):], c.want)
		}
		left := strings.Join(a.LeftOut, "\n")
		if c.leftOut != "" && !strings.Contains(left, "wire credit") || c.leftOut == "" && strings.Contains(left, "wire credit") {
			t.Errorf("left out %q, want the credit %q said", left, c.leftOut)
		}
	}
}

// claimedText is the sentences of an article's text that become claims, a
// line each: what a reader can be shown as a source.
func claimedText(a *claims.Article) string {
	var claimed []string
	for _, s := range claims.SegmentText(a.Text) {
		if s.Reason == "" {
			claimed = append(claimed, a.Text[s.Start:s.End])
		}
	}
	return strings.Join(claimed, "\n")
}

// checkClaimed reports each of kept that no claim of a page's article
// holds, and each of gone (furniture) that one does.
func checkClaimed(t *testing.T, page string, a *claims.Article, kept, gone []string) {
	t.Helper()
	all := claimedText(a)
	for _, k := range kept {
		if !strings.Contains(all, k) {
			t.Errorf("%s: no claim %q", page, k)
		}
	}
	for _, g := range gone {
		if strings.Contains(all, g) {
			t.Errorf("%s: furniture %q became a claim", page, g)
		}
	}
}

// The outlet as a reader names it when the markup says it loosely: a
// separator left by the site's title template, a tagline that names the
// site by its address, a <title> whose site part opens with "The"; and a
// business the page credits as its author is no byline.
func TestOutletAndBylineAsWritten(t *testing.T) {
	body := `<body><article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article></body></html>`
	for _, c := range []struct{ url, head, outlet, byline string }{
		{"https://www.harbourpost.com/2024/tunnel/", `<meta name="apple-mobile-web-app-title" content="Harbour Post - ">`, "Harbour Post", ""},
		{"https://www.harbourdaily.com/2024/tunnel/", `<meta property="og:site_name" content="Harbour News and Views on www.harbourdaily.com">`, "harbourdaily.com", ""},
		{"http://www.gazette77.com/news/tunnel/", `<title>Harbour tunnel to close | The Gazette</title>`, "The Gazette", ""},
		{"https://www.harbourpost.com/2024/tunnel/", `<meta property="og:site_name" content="Harbour Post"><meta name="author" content="Bright Pixel Web Solutions, 2008-2023">`, "Harbour Post", ""},
		{"https://www.harbourpost.com/2024/tunnel/", `<meta property="og:site_name" content="Harbour Post"><meta name="author" content="Ama Mensah">`, "Harbour Post", "Ama Mensah"},
		{"https://www.harbourpost.com/2024/tunnel/", `<meta property="og:site_name" content="Harbour Post"><meta name="author" content="Harbour Verlag GmbH, Hamburg, Germany">`, "Harbour Post", ""},
		{"https://www.harbourpost.com/2024/tunnel/", `<meta property="og:site_name" content="HarbourPost.com Nachrichten">`, "HarbourPost.com Nachrichten", ""},
	} {
		page := `<html><head><link rel="canonical" href="` + c.url + `">` + c.head + `</head>` + body
		a, probs := ParseHTML("p.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Outlet != c.outlet || a.Byline != c.byline {
			t.Errorf("%s: outlet %q byline %q, want %q %q", c.head, a.Outlet, a.Byline, c.outlet, c.byline)
		}
	}
}

// A shop's or an affiliate's box for one product (it carries the
// product's SKU in a data attribute) and a disclosure named so by its
// class are furniture inside an article's body; the reporting around them
// stays, and a long element that marks its product (a review) is read.
func TestProductAndDisclosureBoxes(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://www.example.com/2024/ferry/"></head><body><article><h1>Harbour ferry adds a night crossing</h1>
<section class="editorial-disclosure"><p>Offers on this page come from partners who pay us.</p></section>
<p>The harbour ferry will add a crossing at 11 p.m. from March, the operator said on Monday, after a year in which night traffic doubled.</p>
<section class="card-feature" data-shop-sku="88231"><h3>Harbour Rewards Card</h3><ul><li>Earn 50,000 bonus points after you spend $2,000 in the first three months.</li><li>That's $500 toward ferry fares.</li></ul></section>
<p>The new crossing will cost 4.2 million dollars a year to run, paid from fares and a grant from the regional council, officials said.</p>
</article></body></html>`
	a, probs := ParseHTML("ferry.html", []byte(page))
	if a == nil {
		t.Fatalf("no article: %v", probs)
	}
	for _, gone := range []string{"bonus points", "toward ferry fares", "partners who pay us"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("furniture %q in the article:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"add a crossing at 11 p.m.", "4.2 million dollars"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("reporting %q lost:\n%s", kept, a.Text)
		}
	}
}

// Metadata as templates fill it in: a one-word JSON-LD headline that the
// story's og:title does not hold is the content system's name, not the
// headline; "No Author" is no byline; a <title> that ends on the site's
// address names the outlet in the part before it.
func TestMetadataPlaceholders(t *testing.T) {
	body := `<body><article><h1>Harbour tunnel to close for three weekends</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article></body></html>`
	for _, c := range []struct{ url, head, headline, outlet, byline string }{
		{"https://www.harbourpost.com/2024/tunnel/", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"pagebuilder"}</script><meta property="og:title" content="Harbour tunnel to close for three weekends"><meta property="og:site_name" content="Harbour Post">`, "Harbour tunnel to close for three weekends", "Harbour Post", ""},
		{"https://www.harbourpost.com/2024/tunnel/", `<meta property="og:site_name" content="Harbour Post"><meta name="author" content="No Author">`, "Harbour tunnel to close for three weekends", "Harbour Post", ""},
		{"https://www.harbourtimes.com/2024/tunnel/", `<title>Harbour tunnel to close for three weekends – HarbourTimes Online — harbourtimes.com</title>`, "Harbour tunnel to close for three weekends", "HarbourTimes", ""},
	} {
		page := `<html><head><link rel="canonical" href="` + c.url + `">` + c.head + `</head>` + body
		a, probs := ParseHTML("p.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Headline != c.headline || a.Outlet != c.outlet || a.Byline != c.byline {
			t.Errorf("%s:\n got  headline %q outlet %q byline %q\n want %q %q %q", c.head, a.Headline, a.Outlet, a.Byline, c.headline, c.outlet, c.byline)
		}
	}
}

// A drop cap set apart from its paragraph (<span>T</span><p>urkey …) is put
// back: the article's first word is whole.
func TestDropCapJoined(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://www.example.com/2024/ferry/"></head><body><article><h1>Harbour ferry adds a night crossing</h1>
<div><span class="dropcap">T</span><p>he harbour ferry will add a crossing at 11 p.m. from March, the operator said on Monday, after a year in which night traffic doubled.</p></div>
<p>The new crossing will cost 4.2 million dollars a year to run, paid from fares and a grant from the regional council, officials said.</p>
</article></body></html>`
	a, probs := ParseHTML("ferry.html", []byte(page))
	if a == nil {
		t.Fatalf("no article: %v", probs)
	}
	if !strings.HasPrefix(a.Text, "The harbour ferry will add") {
		t.Errorf("the drop cap is not joined:\n%s", a.Text)
	}
}

// A story cut across two rows of the page (POLITICO puts the lead's three
// paragraphs in one <div class="story-text">, the rest in another row's)
// is read whole: readability reads only the second part, and the vote
// with trafilatura used to lose the lead. The ad and the "Story
// Continued Below" label between them stay out.
func TestRealPageLeadInAnotherRow(t *testing.T) {
	a := gzPage(t, "politico-meadows-retirement")
	lead := "Rep. Mark Meadows' shock retirement — revealed just 30 hours before the filing deadline"
	for _, k := range []string{
		lead,
		"The four-term congressman will depart the House for an as-yet-undefined role with President Donald Trump",
		"Later that day came a campaign launch by Lynda Bennett",
		"Wary Republicans in the state quickly speculated", // the second part
	} {
		if !strings.Contains(a.Text, k) {
			t.Errorf("the text lost %q", k)
		}
	}
	if i, j := strings.Index(a.Text, lead), strings.Index(a.Text, "Wary Republicans"); i > j {
		t.Errorf("the lead stands after the second part")
	}
	for _, g := range []string{"Story Continued Below", "Advertisement"} {
		if strings.Contains(a.Text, g) {
			t.Errorf("furniture %q left in the text", g)
		}
	}
	if a.Byline != "Ally Mutnick" {
		t.Errorf("byline %q", a.Byline)
	}
}

// The same structure in a list of items is no cut body: the stories of a
// section page, each in a container of the same class under its own
// heading, and a long run of such containers (comments), are not read as
// parts of the one an extractor chose; a short label in another is not
// either. Parts an ad alone parts are.
func TestCutBodyOrList(t *testing.T) {
	para := `<p>The new library opened in May with forty thousand books on four floors, and more than two thousand readers came on the first day, the librarian said.</p>`
	other := `<div class="entry-text"><p>The ferry company will run fewer boats on Sundays from next month because too few passengers travel in the mornings, a spokeswoman said.</p><p>The first boat will leave at ten.</p></div>`
	chosenPart := `<div class="entry-text">` + strings.Repeat(para, 6) + `</div>`
	for _, c := range []struct {
		name, body string
		cut        bool
	}{
		{"an ad between", other + `<aside>Advertisement</aside>` + chosenPart, true},
		{"a heading between", `<h2>Ferry timetable changes</h2>` + other + `<h2>Library opens its doors</h2>` + chosenPart, false},
		{"a long run", chosenPart + strings.Repeat(other, 4), false},
		{"a label", `<div class="entry-text"><p>Help us!</p></div>` + chosenPart, false},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + c.body + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		before, after, from, to := bodyAround(doc, paragraphs(strings.Repeat("The new library opened in May with forty thousand books on four floors, and more than two thousand readers came on the first day, the librarian said.\n", 6)))
		if got := len(before)+len(after) > 0; got != c.cut || c.cut && from > to {
			t.Errorf("%s: other parts %q %q (chosen's part at %d–%d); want a cut body: %v", c.name, before, after, from, to, c.cut)
		}
	}
}

// A correspondent's byline set in the text ("By Nada Tawfik, BBC News,
// New York") names the author when the markup names none: the name, not
// the outlet or the place after it.
func TestRealPageBylineInText(t *testing.T) {
	a := gzPage(t, "bbc-new-york-burials")
	if a.Byline != "Nada Tawfik" || a.Outlet != "BBC News" {
		t.Errorf("byline %q, outlet %q; want Nada Tawfik, BBC News", a.Byline, a.Outlet)
	}
	for _, c := range []struct{ line, want string }{
		{"By Jane Doe, Reuters, London", "Jane Doe"},
		{"Written by Jane Doe", "Jane Doe"},
		{"by Jane Doe", ""}, // a line's words, not a credit
		{"By Jane Doe and John Roe, The Harbour Gazette", "Jane Doe, John Roe"},
		{"By Tuesday, Congress had passed the bill.", ""}, // a sentence
		{"By then the harbour was closed", ""},
		{"Jane Doe, Reuters", ""}, // no "By"
	} {
		page := `<html><head><meta property="og:site_name" content="The Harbour Gazette"></head><body><article><h1>Harbour bridge reopens</h1><p>The harbour bridge reopened on Monday after six weeks of repairs, the city council said.</p><p><strong>` + c.line + `</strong></p><p>Repairs cost 4.2 million dollars, more than the council had planned, a spokeswoman said on Monday.</p></article></body></html>`
		a, probs := ParseHTML("bridge.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Byline != c.want {
			t.Errorf("%q: byline %q, want %q", c.line, a.Byline, c.want)
		}
	}
}

// The outlet is spelt as the site writes its own name: where the markup
// gives one name in several letter cases (a JSON-LD publisher "Harbour
// Times Of Leith" or "HarbourNews" beside og:site_name), the spelling
// the page's text uses most stands, then the one its markup uses most.
func TestOutletSpeltAsTheSiteWritesIt(t *testing.T) {
	for _, c := range []struct{ ld, site, footer, want string }{
		{"HarbourNews", "Harbournews", "© 2025 Harbournews. Harbournews Pro for subscribers.", "Harbournews"},
		{"Harbour Times Of Leith", "The Harbour Times of Leith", "", "The Harbour Times of Leith"}, // the <title> writes it so too
		{"Harbour Times", "Harbour Times", "", "Harbour Times"},
	} {
		page := `<html><head><title>Harbour tunnel to close - ` + c.site + `</title><link rel="canonical" href="https://www.example.com/tunnel.html"><meta property="og:site_name" content="` + c.site + `">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour tunnel to close","publisher":{"@type":"Organization","name":"` + c.ld + `"}}</script></head>` +
			`<body><article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article><footer>` + c.footer + `</footer></body></html>`
		a, probs := ParseHTML("p.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Outlet != c.want {
			t.Errorf("JSON-LD %q, og:site_name %q: outlet %q, want %q", c.ld, c.site, a.Outlet, c.want)
		}
	}
}

// The byline is read from an element the page names "byline" when the
// JSON-LD's author is the wire service's site ("CNN.com") and readability
// read the first of two such elements; a newsroom in another language,
// accented or not ("Redaccion"), and a day's name are no person.
func TestBylineFromNamedBlocks(t *testing.T) {
	body := `<p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p>`
	for _, c := range []struct{ head, article, want string }{
		{`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour tunnel to close","author":{"@type":"Person","name":"Wire.com"}}</script>`,
			`<div class="byline">By <a rel="author" href="/author/wire-com/">Wire.com</a></div><div class="body"><div class="byline">By Ana Ruiz, Wire</div>` + body + `</div>`, "Ana Ruiz"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour tunnel to close","author":{"@type":"Person","name":"Redaccion"}}</script>`, body, ""},
		{`<meta name="author" content="Redação">`, body, ""},
		{``, `<div class="article-byline">Wednesday, 08 Apr 2025 07:38 AM</div>` + body, ""},
	} {
		page := `<html><head><title>Harbour tunnel to close</title><link rel="canonical" href="https://www.example.com/tunnel.html"><meta property="og:site_name" content="Harbour Times">` + c.head + `</head>` +
			`<body><article><h1>Harbour tunnel to close</h1>` + c.article + `</article></body></html>`
		a, probs := ParseHTML("p.html", []byte(page))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		if a.Byline != c.want {
			t.Errorf("%.60s…: byline %q, want %q", c.article, a.Byline, c.want)
		}
	}
}
