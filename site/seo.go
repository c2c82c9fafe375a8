//go:build !wasm

package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html/template"
	"strings"

	"github.com/factcheck/factcheck/app"
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
)

// What crawlers and link previews read: each page's canonical address,
// og: tags and JSON-LD (written here with html/template, not by go-app,
// which quotes attribute values with strconv.Quote), robots.txt and the
// sitemap. The same from the server and in the static site.

// maxSitemapURLs is the sitemap protocol's limit of addresses in one
// file (sitemaps.org; also 50 MB uncompressed, which 50,000 of our
// addresses never reach). A site with more has sitemap.xml as a sitemap
// index of sitemap-1.xml, sitemap-2.xml, …
const maxSitemapURLs = 50000

// crawlerFiles are robots.txt and, when the site's public address is
// known (a sitemap lists absolute addresses), sitemap.xml and its parts.
// routes are every page, in the order they are listed.
func crawlerFiles(base string, l layout, routes []string) assets {
	files := assets{}
	robots := "# Every page may be crawled.\nUser-agent: *\nAllow: /\n"
	if base != "" {
		robots += "\nSitemap: " + base + "/sitemap.xml\n"
		for name, data := range sitemaps(base, l, routes) {
			files[name] = newAsset(name, data, "")
		}
	}
	files["robots.txt"] = newAsset("robots.txt", []byte(robots), "")
	return files
}

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type urlset struct {
	XMLName xml.Name `xml:"urlset"`
	NS      string   `xml:"xmlns,attr"`
	URLs    []loc    `xml:"url"`
}

type sitemapIndex struct {
	XMLName  xml.Name `xml:"sitemapindex"`
	NS       string   `xml:"xmlns,attr"`
	Sitemaps []loc    `xml:"sitemap"`
}

type loc struct {
	Loc string `xml:"loc"`
}

// sitemaps returns the sitemap files by name: sitemap.xml, the urlset of
// every route; or, past maxSitemapURLs, sitemap.xml as the index of
// sitemap-N.xml files of at most maxSitemapURLs each.
func sitemaps(base string, l layout, routes []string) map[string][]byte {
	set := func(routes []string) []byte {
		u := urlset{NS: sitemapNS}
		for _, r := range routes {
			u.URLs = append(u.URLs, loc{base + l.page(r)})
		}
		return xmlFile(u)
	}
	if len(routes) <= maxSitemapURLs {
		return map[string][]byte{"sitemap.xml": set(routes)}
	}
	files := map[string][]byte{}
	index := sitemapIndex{NS: sitemapNS}
	for i := 0; i*maxSitemapURLs < len(routes); i++ {
		name := fmt.Sprintf("sitemap-%d.xml", i+1)
		files[name] = set(routes[i*maxSitemapURLs : min(len(routes), (i+1)*maxSitemapURLs)])
		index.Sitemaps = append(index.Sitemaps, loc{base + "/" + name})
	}
	files["sitemap.xml"] = xmlFile(index)
	return files
}

func xmlFile(v any) []byte {
	data, err := xml.MarshalIndent(v, "", " ")
	if err != nil {
		panic(err) // only strings: never
	}
	return append([]byte(xml.Header), append(data, '\n')...)
}

// headTemplate is what the server writes into every page's head: its
// canonical address and og:url (with a base address), og:site_name,
// og:type, og:locale, og:image, and its JSON-LD.
var headTemplate = template.Must(template.New("head").Parse(`{{with .URL}}    <link rel="canonical" href="{{.}}">
    <meta property="og:url" content="{{.}}">
{{end}}    <meta property="og:site_name" content="{{.Site.Name}}">
    <meta property="og:type" content="{{.Type}}">
    <meta property="og:locale" content="{{.Locale}}">
{{with .Image}}    <meta property="og:image" content="{{.}}">
{{end}}{{range .JSONLD}}    <script type="application/ld+json">{{.}}</script>
{{end}}`))

type headData struct {
	Site   app.Site
	URL    string // canonical, absolute; "" without a base address
	Type   string // og:type: website, article
	Locale string // og:locale: en_GB
	Image  string
	JSONLD []any
}

// headTags are the tags headTemplate writes for route, a page of the site.
func (s *server) headTags(route string) []byte {
	st := s.site
	d := headData{Site: st, Type: "website", Locale: strings.ReplaceAll(st.Language, "-", "_")}
	if st.Base != "" {
		d.URL = st.Base + s.layout.page(route)
		d.Image = st.Base + previewImage(st)
	}
	switch {
	case route == "/":
		d.JSONLD = append(d.JSONLD, webSite(st))
	case strings.HasPrefix(route, "/claim/"):
		if c := s.index.ClaimByID(strings.TrimPrefix(route, "/claim/")); c != nil {
			d.JSONLD = append(d.JSONLD, collections.ClaimJSONLD(s.sourcesOf(c), c, st.Base))
		}
	case strings.HasPrefix(route, "/article/"):
		if a := s.index.ArticleByID(strings.TrimPrefix(route, "/article/")); a != nil {
			d.Type = "article"
			d.JSONLD = append(d.JSONLD, collections.ArticleJSONLD(a, st.Base))
		}
	}
	var b bytes.Buffer
	if err := headTemplate.Execute(&b, d); err != nil {
		panic(err) // the template and its data are ours
	}
	return b.Bytes()
}

// sourcesOf is the database as far as c's JSON-LD reads it (its sources'
// articles): the database whole, or, from a sharded index, a database of
// those articles alone.
func (s *server) sourcesOf(c *claims.Claim) *claims.DB {
	if !s.index.Sharded() {
		return s.db
	}
	db := &claims.DB{}
	seen := map[string]bool{}
	for _, src := range c.Sources {
		if seen[src.Article] {
			continue
		}
		seen[src.Article] = true
		if a := s.index.ArticleByID(src.Article); a != nil {
			db.Articles = append(db.Articles, a)
		}
	}
	return db
}

// previewImage is the picture a link preview shows: the logo when it is a
// raster image (previews do not show SVG), else the large icon.
func previewImage(st app.Site) string {
	if st.Logo != "" && !strings.HasSuffix(st.Logo, ".svg") {
		return st.Logo
	}
	return "/web/icon-512.png"
}

// webSite is the site's own JSON-LD: a WebSite, its publisher, and its
// search: the check page reads a statement from /#q=….
func webSite(st app.Site) map[string]any {
	publisher := map[string]any{"@type": "Organization", "name": st.Publisher}
	if st.Logo != "" {
		publisher["logo"] = map[string]any{"@type": "ImageObject", "url": st.Base + st.Logo}
	}
	return map[string]any{
		"@context":   "https://schema.org",
		"@type":      "WebSite",
		"name":       st.Name,
		"url":        st.Base + "/",
		"inLanguage": st.Language,
		"publisher":  publisher,
		"potentialAction": map[string]any{
			"@type":       "SearchAction",
			"target":      map[string]any{"@type": "EntryPoint", "urlTemplate": st.Base + "/#q={query}"},
			"query-input": "required name=query",
		},
	}
}
