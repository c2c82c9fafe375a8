package importers

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/factcheck/factcheck/claims"
)

// realPage reads one of the real saved pages (../testdata/real-pages; see
// its README for their sources and licences).
func realPage(t *testing.T, name string) (*claims.Article, claims.ErrorList) {
	t.Helper()
	path := filepath.Join("../testdata/real-pages", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ParseHTML(path, data)
}

// Pages in other encodings read as the browser shows them: the declared
// encoding is found even after the first 1,024 bytes, and no text is
// garbled.
func TestRealPagesEncodings(t *testing.T) {
	for _, c := range []struct {
		file, enc, lang string
		want            []string // passages of the article (go-trafilatura's comparison set)
	}{
		{"kyffhaeuser-nachrichten-regen.html", "windows-1252", "de", []string{"der Oktober 2023 sehr viel Regen und eine äußerst milde Witterung mit sommerlichen Nuancen", "Die Vegetation kleidete sich nur zögerlich herbstlich"}},
		{"xinhuanet-25340717.html", "gbk", "zh", []string{"一个约定，信守15年，感人至深；一段真情，延续15年", "秦皇岛、承德、张家口等10个设区市演出(此前已在保定市演出多场)，引起强烈反响。"}},
		{"auto-presse-minisuv.html", "windows-1252", "de", []string{"Japanisches Mini-SUV auf dem Vormarsch"}},
		{"nasa-finds-water-plumes-above-the-surface-of-jupit.html", "utf-8", "en", []string{"has confirmed traces of water vapor above the surface of Jupiter's icy moon Europa"}},
	} {
		a, probs := realPage(t, c.file)
		if a == nil || probs.Err() != nil {
			t.Errorf("%s: %v", c.file, probs)
			continue
		}
		if !strings.Contains(a.Extraction, "read as "+c.enc) || a.Lang != c.lang {
			t.Errorf("%s: %s, language %q; want read as %s, language %s", c.file, a.Extraction, a.Lang, c.enc, c.lang)
		}
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s: text lacks %q:\n%.600s", c.file, w, a.Text)
			}
		}
		for _, bad := range []string{"Ã", "â€", "\uFFFD"} {
			if strings.Contains(a.Text+a.Headline, bad) {
				t.Errorf("%s: garbled text (%q)", c.file, bad)
			}
		}
	}
}

// The same real page saved with a byte order mark, in UTF-8 and in
// UTF-16 (either byte order), and declared in an http-equiv meta tag
// only, reads the same.
func TestRealPageBOMAndHTTPEquiv(t *testing.T) {
	want, _ := realPage(t, "nasa-finds-water-plumes-above-the-surface-of-jupit.html")
	data, _ := os.ReadFile("../testdata/real-pages/nasa-finds-water-plumes-above-the-surface-of-jupit.html")
	utf16le := func(big bool) []byte {
		var b bytes.Buffer
		if big {
			b.Write([]byte{0xfe, 0xff})
		} else {
			b.Write([]byte{0xff, 0xfe})
		}
		for _, u := range utf16.Encode([]rune(string(data))) {
			if big {
				b.Write([]byte{byte(u >> 8), byte(u)})
			} else {
				b.Write([]byte{byte(u), byte(u >> 8)})
			}
		}
		return b.Bytes()
	}
	for name, page := range map[string][]byte{
		"utf-8 BOM":  append([]byte("\xef\xbb\xbf"), data...),
		"utf-16le":   utf16le(false),
		"utf-16be":   utf16le(true),
		"http-equiv": bytes.Replace(data, []byte(`<meta charset="utf-8">`), []byte(`<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`), 1),
	} {
		a, probs := ParseHTML("page.html", page)
		if a == nil || probs.Err() != nil || a.Text != want.Text || a.Headline != want.Headline {
			t.Errorf("%s: %v; text %.120q", name, probs, func() string {
				if a == nil {
					return ""
				}
				return a.Text
			}())
		}
	}
	// Undeclared and not UTF-8: Windows-1252, as a browser assumes.
	a, _ := ParseHTML("undeclared.html", []byte("<html><body><article><p>The caf\xe9 on the quay reopened on Monday after a \x93deep clean\x94, its owner said in a statement to reporters.</p></article></body></html>"))
	if a == nil || !strings.Contains(a.Text, "The café on the quay reopened on Monday after a “deep clean”") || !strings.Contains(a.Extraction, "read as windows-1252") {
		t.Errorf("undeclared page: %+v", a)
	}
}

// Metadata as a reader expects it, on real pages: the outlet a name, the
// byline a person (never a date, never the outlet beside the author), the
// headline without the site's name, the body without the headline.
func TestRealPagesMetadata(t *testing.T) {
	for file, want := range map[string]claims.Article{
		"nasa-finds-water-plumes-above-the-surface-of-jupit.html": {Outlet: "ScienceAlert", Byline: "Victor Tangermann",
			Headline: "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa"},
		"service-members-killed-afghanistan-helicopter-cras.html": {Outlet: "Al Jazeera", Headline: "US service members killed in Afghanistan helicopter crash", Published: "2019-11-20"},
		"kyffhaeuser-nachrichten-regen.html":                      {Outlet: "Kyffhäuser Nachrichten", Headline: "So viel Regen gab es lange nicht", Published: "2023-10-31"},
	} {
		a, _ := realPage(t, file)
		if a == nil {
			t.Errorf("%s: no article", file)
			continue
		}
		if a.Outlet != want.Outlet || a.Byline != want.Byline || a.Headline != want.Headline || want.Published != "" && a.Published != want.Published {
			t.Errorf("%s:\n got  outlet %q byline %q headline %q published %q\n want outlet %q byline %q headline %q published %q",
				file, a.Outlet, a.Byline, a.Headline, a.Published, want.Outlet, want.Byline, want.Headline, want.Published)
		}
		if strings.HasPrefix(a.Text, a.Headline) {
			t.Errorf("%s: the body starts with the headline", file)
		}
	}
}

// What a page's markup says is read as a reader would say it.
func TestMetadataRules(t *testing.T) {
	page := func(head, body string) *claims.Article {
		t.Helper()
		a, probs := ParseHTML("p.html", []byte("<html><head>"+head+"</head><body>"+body+
			"<article><h1>Harbour tunnel to close</h1><p>The Harbour Tunnel will close for three weekends in June while engineers replace its fans, the transport authority said on Tuesday.</p><p>The work will cost 7.5 million dollars, paid from the authority's maintenance budget, officials said.</p></article></body></html>"))
		if a == nil {
			t.Fatalf("no article: %v", probs)
		}
		return a
	}
	for _, c := range []struct {
		name, head, body         string
		outlet, byline, headline string
	}{
		{"the host as a name", `<link rel="canonical" href="http://www.tmz.com/2019/11/19/story/"><title>Harbour tunnel to close</title>`, "",
			"tmz.com", "", "Harbour tunnel to close"},
		{"a site name given as an address", `<meta property="og:site_name" content="http://www.tmz.com"><title>Harbour tunnel to close | TMZ</title>`, "",
			"tmz.com", "", "Harbour tunnel to close"},
		{"JSON-LD publisher, author a person, not a date", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour tunnel to close","author":[{"@type":"Person","name":"Lucas Nolan"}],"publisher":{"@type":"Organization","name":"The New York Times"},"datePublished":"2016-12-22"}</script>`, "",
			"The New York Times", "Lucas Nolan", "Harbour tunnel to close"},
		{"a byline that is a timestamp is no byline", `<meta name="author" content="22 Dec 2016 6:51"><meta property="og:site_name" content="Breitbart">`, "",
			"Breitbart", "", "Harbour tunnel to close"},
		{"an author's name after the headline", `<meta property="og:title" content="Harbour tunnel to close | Eleanor Ainge Roy"><meta name="author" content="Eleanor Ainge Roy"><meta name="application-name" content="The Guardian">`, "",
			"The Guardian", "Eleanor Ainge Roy", "Harbour tunnel to close"},
		{"a social handle is no outlet", `<meta property="og:site_name" content="@politifact"><link rel="canonical" href="https://www.politifact.com/x">`, "",
			"politifact.com", "", "Harbour tunnel to close"},
		{"the title's site part spelling the host", `<meta property="og:site_name" content="@politifact"><link rel="canonical" href="https://www.politifact.com/x"><title>Harbour tunnel to close | PolitiFact West Virginia</title>`, "",
			"PolitiFact", "", "Harbour tunnel to close"},
		{"a name spelling the host before a platform's", `<script type="application/ld+json">{"@type":"BlogPosting","publisher":{"@type":"Organization","name":"Blogger"}}</script><meta property="og:site_name" content="LinkNaija | Nigeria's popular news platform"><link rel="canonical" href="https://www.linknaija.com/x">`, "",
			"LinkNaija", "", "Harbour tunnel to close"},
		{"a page saved without its address: the title's site part its copyright line names", `<title>Harbour tunnel to close - Entermedia</title>`, "<footer>Copyright ⓒ Entermedia</footer>",
			"Entermedia", "", "Harbour tunnel to close"},
		{"not a section's name", `<title>Neu - Harbour tunnel to close - Vorstellung</title>`, "<footer>© auto-presse.de</footer>",
			"", "", "Harbour tunnel to close"}, // a page that names no site: the <h1> among the title's parts
		{"a site's name before a colon and the page's heading", `<title>The Harbour Review: Harbour tunnel to close</title>`, "",
			"The Harbour Review", "", "Harbour tunnel to close"},
		{"a headline's own colon stays", `<link rel="canonical" href="https://www.example.com/x"><title>Tunnels: Harbour tunnel to close next week</title>`, "",
			"example.com", "", "Tunnels: Harbour tunnel to close next week"},
		{"a link to an author's page, as the last resort", `<meta property="og:site_name" content="Snopes.com"><link rel="canonical" href="https://www.snopes.com/x">`,
			`<nav><a href="/truth-o-meter/staff/">Our Staff</a><a href="/login/">Forget Password?</a></nav><div><a href="https://www.snopes.com/author/dan/">Dan Evon</a></div>`,
			"Snopes.com", "Dan Evon", "Harbour tunnel to close"},
		{"an initialism does not go before the name", `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Wall Street Journal"}}</script><meta property="og:site_name" content="WSJ"><link rel="canonical" href="https://www.wsj.com/x">`, "",
			"Wall Street Journal", "", "Harbour tunnel to close"},
	} {
		a := page(c.head, c.body)
		if a.Outlet != c.outlet || a.Byline != c.byline || a.Headline != c.headline {
			t.Errorf("%s: outlet %q byline %q headline %q; want %q %q %q", c.name, a.Outlet, a.Byline, a.Headline, c.outlet, c.byline, c.headline)
		}
	}
}

// A page whose metadata gives no date is dated by what it shows: the date
// in its address, else the date go-htmldate finds on it ("October 12,
// 2017" under an Ascom press release's title; "Fri 6:45 PM, Feb 16, 2018"
// on a TV station's page, not its "Updated: Sat …, Feb 17").
func TestRealPagesDateShown(t *testing.T) {
	for page, want := range map[string]string{"ascom-ge-healthcare": "2017-10-12", "catchitkansas-swim-results": "2018-02-16"} {
		if a := gzPage(t, page); a.Published != want {
			t.Errorf("%s: published %q, want %q", page, a.Published, want)
		}
	}
	for u, want := range map[string]string{
		"https://www.politifact.com/west-virginia/statements/2019/nov/18/david-mckinley/what-value/": "2019-11-18",
		"https://techcrunch.com/2019/11/18/new-york-state/":                                          "2019-11-18",
		"https://www.example.com/2019/13/40/x/":                                                      "",
		"https://www.example.com/news/1234/":                                                         "",
	} {
		if got := urlDate(u); got != want {
			t.Errorf("urlDate(%q) = %q, want %q", u, got, want)
		}
	}
}
