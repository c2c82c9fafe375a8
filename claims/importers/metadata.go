package importers

import (
	"cmp"
	"embed"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/factcheck/factcheck/claims/lexicon/wordnet"
	"github.com/factcheck/factcheck/claims/wordlist"
	"golang.org/x/net/html"
	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/unicode/norm"
)

//go:embed data
var data embed.FS

// pageMeta is what a page's markup says about the article: schema.org
// JSON-LD (the article object: NewsArticle, Article, BlogPosting…),
// Open Graph and other <meta> tags, <link rel=canonical>, <title>, the
// first <h1> and the first <time datetime>.
type pageMeta struct {
	ldHeadline, ldPublisher, ldPublished, ldLanguage string
	mdPublisher                                      string // microdata: the name of the item that is the page's publisher
	ldAuthors                                        []string
	ldAuthorBios                                     []string // the descriptions the JSON-LD gives its authors (a Person's "description")
	ogTitle, ogSiteName, ogURL, appName              string
	otherTitle                                       string // Dublin Core's, Parse.ly's or Sailthru's title (dc:title, parsely-title)
	metaAuthor, articleAuthor, published             string
	metaAuthorTags                                   bool     // metaAuthor is the <meta name="author"> tags' (not byl's, dc.creator's…)
	authorLinks                                      []string // the texts of the first links to an author's page (rel=author, /author/jane-doe/)
	bylineBlocks                                     []string // the texts of the first short elements named "byline" by their class or id ("By Kate Sullivan, CNN")
	copyright                                        []string // the page's copyright lines ("Copyright ⓒ Entermedia"), at most maxCopyright
	canonical, title, h1, htmlLang, timeAttr         string
	h1InArticle                                      bool
}

// authorPathRE is a link to one author's page: "/author/dan/",
// "/west-virginia/staff/matthew-digby/" (not "/truth-o-meter/staff/", the
// list of all); maxAuthorLinks how many such links are read.
var authorPathRE = regexp.MustCompile(`(?i)/(author|authors|staff|writers?|journalists?|reporters?)/[\p{L}0-9][\p{L}0-9._-]*/?(?:[?#].*)?$`)

const maxAuthorLinks = 5

// maxCopyright is how many copyright lines are read.
const maxCopyright = 5

// ownText is the text of n's own text children (not its elements').
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return oneLine(b.String())
}

// hasClassPart reports whether one of n's class or id words has one of
// parts between its hyphens or underscores ("byline" of "article-byline").
func hasClassPart(n *html.Node, parts ...string) bool {
	return slices.ContainsFunc(classParts(n), func(part string) bool { return slices.Contains(parts, part) })
}

// classParts are the parts of n's class and id words between their
// hyphens and underscores, in lower case: "article", "byline" of
// class="article-byline".
func classParts(n *html.Node) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		out = append(out, strings.FieldsFunc(w, func(c rune) bool { return c == '-' || c == '_' })...)
	}
	return out
}

// readPageMeta gathers pageMeta from doc.
func readPageMeta(doc *html.Node) pageMeta {
	var m pageMeta
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "html":
			m.htmlLang = strings.TrimSpace(attr(n, "lang"))
		case "title":
			if m.title == "" {
				m.title = oneLine(textOf(n))
			}
		case "h1":
			// The article's heading: the first <h1>, unless a later one
			// is marked as the headline (itemprop) or stands in the
			// <article>/<main> where the first, of three words or fewer, does
			// not (the first is then the site's logo: v8.dev's "<h1><a
			// href="/">V8</a></h1>").
			if t := oneLine(textOf(n)); t != "" && (m.h1 == "" || !m.h1InArticle && len(strings.Fields(m.h1)) <= 3 && articleHeading(n)) {
				m.h1, m.h1InArticle = t, articleHeading(n)
			}
		case "link":
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = attr(n, "href")
			}
		case "footer", "div", "p", "span", "small", "li":
			if len(m.bylineBlocks) < maxAuthorLinks && n.Data != "footer" && hasClassPart(n, "byline", "bylines") {
				if t := oneLine(render.InnerText(n)); t != "" && len(strings.Fields(t)) <= maxBylineWords && !contains(m.bylineBlocks, t) {
					m.bylineBlocks = append(m.bylineBlocks, t)
				}
			}
			if len(m.copyright) < maxCopyright {
				if t := ownText(n); len(t) < 200 && (strings.Contains(t, "©") || strings.Contains(t, "ⓒ") || strings.Contains(strings.ToLower(t), "copyright")) {
					m.copyright = append(m.copyright, t)
				}
			}
		case "a":
			if len(m.authorLinks) < maxAuthorLinks && (hasToken(attr(n, "rel"), "author") || authorPathRE.MatchString(attr(n, "href"))) {
				if t := oneLine(textOf(n)); t != "" && !contains(m.authorLinks, t) {
					m.authorLinks = append(m.authorLinks, t)
				}
			}
		case "time":
			if m.timeAttr == "" && isoDate(attr(n, "datetime")) != "" {
				m.timeAttr = attr(n, "datetime")
			}
		case "script":
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				m.readJSONLD(textOf(n))
			}
		case "meta":
			if m.mdPublisher == "" && strings.EqualFold(strings.TrimSpace(attr(n, "itemprop")), "name") && publisherItem(n) {
				m.mdPublisher = oneLine(attr(n, "content"))
			}
			key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
			}
			if key == "" { // microdata: <meta itemprop="datePublished" content="…">
				key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
			}
			content := oneLine(attr(n, "content"))
			if content == "" {
				return
			}
			set := func(f *string) {
				if *f == "" {
					*f = content
				}
			}
			// RDFa lets one tag name several properties: property="og:title dc:title".
			for _, key := range strings.Fields(key) {
				m.readMetaKey(key, content, set)
			}
		}
	})
	return m
}

// addMetaAuthor files a <meta name="author">: a page with several
// authors gives one tag each (theconversation.com: "Colin Manning", then
// "Hayley J. Fowler"), joined as one byline; another tag read before it
// (byl, dc.creator…) stands alone.
func (m *pageMeta) addMetaAuthor(content string) {
	switch {
	case m.metaAuthor == "":
		m.metaAuthor, m.metaAuthorTags = content, true
	case m.metaAuthorTags && !contains(splitAuthors(m.metaAuthor), content):
		m.metaAuthor += ", " + content
	}
}

// readMetaKey files one <meta> property or name's content (set files it
// into a field left empty so far).
func (m *pageMeta) readMetaKey(key, content string, set func(*string)) {
	switch key {
	case "og:title", "twitter:title":
		set(&m.ogTitle)
	case "dc:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title":
		set(&m.otherTitle)
	case "og:site_name":
		set(&m.ogSiteName)
	case "og:url":
		set(&m.ogURL)
	case "application-name", "apple-mobile-web-app-title":
		set(&m.appName)
	case "author":
		m.addMetaAuthor(content)
	case "byl", "dc.creator", "dc:creator", "sailthru.author", "parsely-author":
		set(&m.metaAuthor)
	case "article:author", "og:article:author", "cxenseparse:author": // paz.de writes Open Graph's article properties with the og: prefix; Cxense's (Piano's) tag names the writer where <meta name="author"> names the paper (badische-zeitung.de)
		set(&m.articleAuthor)
	case "article:published_time", "article:published", "og:article:published_time", "datepublished", "date", "dc.date", "pubdate", "publish-date", "sailthru.date", "parsely-pub-date":
		set(&m.published)
	}
}

// articleHeading reports whether an <h1> is marked as the headline or
// stands inside an <article> or <main>.
func articleHeading(n *html.Node) bool {
	if hasToken(strings.ToLower(attr(n, "itemprop")), "headline") {
		return true
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.Data == "article" || p.Data == "main") {
			return true
		}
	}
	return false
}

// articleTypes are the schema.org types of an article's own object.
var articleTypes = map[string]bool{"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "reviewnewsarticle": true, "backgroundnewsarticle": true, "blogposting": true, "socialmediaposting": true,
	"liveblogposting": true, "techarticle": true, "scholarlyarticle": true, "report": true, "webpage": true, "itempage": true}

// readJSONLD reads one JSON-LD script: the first article object's
// headline, authors, publisher, date and language (a publisher or author
// given by "@id" is looked up among the script's objects).
func (m *pageMeta) readJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil && json.Unmarshal([]byte(repairJSON(src)), &v) != nil {
		m.readBrokenJSONLD(src)
		return
	}
	var objs []map[string]any
	var collect func(any)
	collect = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				collect(e)
			}
		case map[string]any:
			objs = append(objs, x)
			if g, ok := x["@graph"]; ok {
				collect(g)
			}
		}
	}
	collect(v)
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok {
			byID[id] = o
		}
	}
	resolve := func(v any) any {
		if o, ok := v.(map[string]any); ok {
			if id, ok := o["@id"].(string); ok && len(o) == 1 && byID[id] != nil {
				return byID[id]
			}
		}
		return v
	}
	for _, o := range objs {
		if !hasType(o, articleTypes) {
			continue
		}
		webpage := hasType(o, map[string]bool{"webpage": true, "itempage": true})
		if m.ldHeadline == "" && !webpage {
			m.ldHeadline = oneLine(str(o["headline"]))
		}
		if len(m.ldAuthors) == 0 {
			m.ldAuthors = names(resolve, o["author"], true)
			m.ldAuthorBios = authorBios(resolve, o["author"])
		}
		if m.ldPublisher == "" {
			if p := names(resolve, o["publisher"], false); len(p) > 0 {
				m.ldPublisher = p[0]
			}
		}
		if m.ldPublished == "" {
			m.ldPublished = str(o["datePublished"])
		}
		if m.ldLanguage == "" {
			m.ldLanguage = str(o["inLanguage"])
		}
	}
	if m.ldPublished == "" { // a fact-check page's ClaimReview dates the review, which is the article
		for _, o := range objs {
			if hasType(o, map[string]bool{"claimreview": true}) && str(o["datePublished"]) != "" {
				m.ldPublished = str(o["datePublished"])
				break
			}
		}
	}
	if m.ldPublisher == "" { // a site's own Organization or WebSite object
		for _, o := range objs {
			if hasType(o, map[string]bool{"newsmediaorganization": true, "website": true}) {
				if n := oneLine(str(o["name"])); n != "" {
					m.ldPublisher = n
					break
				}
			}
		}
	}
}

// ldPublisherRE, ldPersonRE and ldDateRE find a publisher's and a
// person's name and the date in JSON-LD that does not parse (a
// single-quoted string, a stray quote: reuters.com's and inexhibit.com's
// pages), as go-trafilatura's metadata-json.go does; an author given as
// a string ("author": "FEDERICA LUSIARDI") is a person's name.
var (
	ldPublisherRE = regexp.MustCompile(`"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"\\]+)"`)
	ldPersonRE    = regexp.MustCompile(`"author"\s*:\s*(?:\[?\s*\{\s*"@type"\s*:\s*"Person"\s*,\s*"name"\s*:\s*)?"([^"\\]+)"`)
	ldDateRE      = regexp.MustCompile(`"datePublished"\s*:\s*"([^"\\]+)"`)
)

// readBrokenJSONLD reads the publisher, first author and date of a
// JSON-LD script that is not valid JSON.
func (m *pageMeta) readBrokenJSONLD(src string) {
	if m.ldPublisher == "" {
		if s := ldPublisherRE.FindStringSubmatch(src); s != nil {
			m.ldPublisher = oneLine(s[1])
		}
	}
	if len(m.ldAuthors) == 0 {
		if s := ldPersonRE.FindStringSubmatch(src); s != nil {
			m.ldAuthors = []string{oneLine(s[1])}
		}
	}
	if m.ldPublished == "" {
		if s := ldDateRE.FindStringSubmatch(src); s != nil {
			m.ldPublished = oneLine(s[1])
		}
	}
}

// repairJSON mends the two mistakes JSON-LD scripts most often make: a
// raw line break or tab inside a string (moneycontrol.com's pages) and a
// comma before a closing bracket ("keywords": ["Smart News", ]:
// smithsonianmag.com's). What else is wrong stays wrong.
func repairJSON(src string) string {
	var b strings.Builder
	inString, escaped := false, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			case c < 0x20:
				c = ' '
			}
		case c == '"':
			inString = true
		case c == ',':
			rest := strings.TrimLeft(src[i+1:], " \t\r\n")
			if rest != "" && (rest[0] == '}' || rest[0] == ']') {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// hasType reports whether a JSON-LD object's @type is one of types.
func hasType(o map[string]any, types map[string]bool) bool {
	switch t := o["@type"].(type) {
	case string:
		return types[strings.ToLower(t)]
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && types[strings.ToLower(s)] {
				return true
			}
		}
	}
	return false
}

// names reads a JSON-LD author or publisher: a name, an object with a
// name, or a list of them. With people set, organisations are left out
// (an author given as the outlet is no byline).
func names(resolve func(any) any, v any, people bool) []string {
	var out []string
	var add func(any)
	add = func(v any) {
		switch x := resolve(v).(type) {
		case string:
			var inner any
			if t := strings.TrimSpace(x); (strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")) && json.Unmarshal([]byte(t), &inner) == nil { // an object written as a string: scmp.com's "author": "{ \"@type\":\"Person\", \"name\":\"Alice Wu\" }"
				add(inner)
				return
			}
			if s := oneLine(x); s != "" {
				out = append(out, s)
			}
		case []any:
			for _, e := range x {
				add(e)
			}
		case map[string]any:
			if people && hasType(x, map[string]bool{"organization": true, "newsmediaorganization": true, "corporation": true}) {
				return
			}
			if s := oneLine(str(x["name"])); s != "" {
				out = append(out, s)
			}
		}
	}
	add(v)
	return out
}

// authorBios are the descriptions of the people an article's JSON-LD
// names as its authors: the bio a page also prints under the story ("I am
// a full-time freelance writer in Asheville …").
func authorBios(resolve func(any) any, v any) []string {
	var out []string
	switch x := resolve(v).(type) {
	case []any:
		for _, e := range x {
			out = append(out, authorBios(resolve, e)...)
		}
	case map[string]any:
		if hasType(x, map[string]bool{"person": true}) {
			if d := oneLine(str(x["description"])); d != "" {
				out = append(out, d)
			}
		}
	}
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// textOf is the text under n (script and style contents included: for
// JSON-LD).
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// Outlet is who published the page, as a reader names it: the JSON-LD
// publisher's name, og:site_name, application-name, else the page's host
// (its registrable domain: "tmz.com" for http://www.tmz.com/2019/…). A
// name given as an address is shown as its host. A name that only repeats
// a label of the host before its registrable domain, when that label is a
// common word (a WordNet lemma, or an inflection of one), names a service
// or a section of the site, not who publishes it: AP's pages for member
// papers on hosted.ap.org call themselves "Hosted" (og:site_name and
// <title>); "ProFootballTalk" on profootballtalk.nbcsports.com is a name
// and stays.
//
// Among the names the markup gives, one that spells the host's name comes
// first: linknaija.com's JSON-LD publisher is its blog platform,
// "Blogger", and its og:site_name "LinkNaija | Nigeria's popular news
// platform" (an initialism does not: "WSJ" stays behind "Wall Street
// Journal"; nor does a member paper's name over the news agency its
// JSON-LD names as the story's publisher). With no name in the markup, the site's
// part of the <title> stands when it spells the host's name ("… -
// Sputnik International" on sputniknews.com, "… | PolitiFact West
// Virginia" on politifact.com: "PolitiFact"), and a host that is a news
// agency's short name (data/news-agencies.txt: "ap" of ap.org) is that
// agency. A name in the markup that is only the host (og:site_name
// "paz.de") gives way to the <title>'s name that spells it ("… -
// Preußische Allgemeine Zeitung"). A page saved without its address takes
// the rest of its <title> after the <h1> ("<h1> | Exxpress").
func (m pageMeta) outlet(pageURL string) string {
	host := hostName(pageURL)
	label := hostLabel(host)
	first, slug := "", ""
	for _, c := range []string{m.ldPublisher, m.mdPublisher, m.ogSiteName, m.appName} {
		name := outletName(c, pageURL)
		if name == "" || m.isPageTitle(name) && !spellsHost(name, label) { // og:site_name "EFF's 2015 Annual Report", the page's own og:title
			continue
		}
		if hostSlug(name, label) { // "nj" on nj.com: the site's name is elsewhere, or its host
			slug = cmp.Or(slug, name)
			continue
		}
		if first == "" {
			first = name
		}
		if len(comparable(name)) >= 4 && spellsHost(name, label) && !newsAgencies[comparable(first)] { // not an initialism ("WSJ" stays behind "Wall Street Journal"), nor over the agency that published the story
			first = name
			break
		}
	}
	if slug != "" && first != "" && !spellsHost(first, label) {
		first = "" // beside the host's label, a name that is not the host's is the platform's ("Blogger") or a tagline
	}
	if first != "" && first == host { // og:site_name "paz.de": the <title>'s name spelling the host names it ("… - Preußische Allgemeine Zeitung")
		if name := titleSiteName(m.title, label); name != "" {
			return name
		}
	}
	if first != "" {
		return first
	}
	if name := titleSiteName(m.title, label); name != "" {
		return name
	}
	if part := titleSite(m.title); part != "" && (looksLikeURL(part) || hostName("http://"+part) == host) { // "… – NationNews Barbados — nationnews.com": the part before the address
		if name := titleSiteName(strings.TrimRight(strings.TrimSuffix(m.title, part), " -–—|·:"), label); name != "" {
			return name
		}
	}
	if agency := agencyNamed[label]; agency != "" {
		return agency
	}
	if host == "" { // a page saved without its address: the site's part of its <title> when its copyright line names it too ("… - Entermedia", "Copyright ⓒ Entermedia"), a name before a colon when the rest is the <h1> ("The Space Review: …")
		if part := titleSite(m.title); part != "" && len(strings.Fields(part)) <= 4 && m.inCopyright(part) {
			return part
		}
		if before, after, ok := strings.Cut(m.title, ": "); ok && m.h1 != "" && comparable(after) == comparable(m.h1) && len(strings.Fields(before)) <= 4 { // "The Space Review: Seeking …"
			return strings.TrimSpace(before)
		}
		if part := titleSite(m.title); part != "" && m.h1 != "" && len(strings.Fields(part)) <= 4 && capitalised(part) && comparable(strings.TrimRight(strings.TrimSuffix(m.title, part), " -–—|·:")) == comparable(m.h1) { // "<h1> | Exxpress": the rest of the <title> after the headline, written as a name ("… - Live updates" is none)
			return part
		}
	}
	return cmp.Or(host, slug)
}

// siteSpelling is the outlet's name as the site writes it. The markup
// may name the site in several places with different letter case: a
// publishing system's JSON-LD "Times Of India" beside og:site_name "The
// Times of India", "MoneyControl" beside "Moneycontrol". Among the
// markup's names that are name's own (comparable: case, "The" and
// spaces aside), the one whose spelling (without "The") the page uses
// most often stands: in its visible text, then in its whole markup
// (<title>, tags, scripts); on a tie, name as it was chosen. The host's
// label in lower case is how its address spells it, not its name.
func (m pageMeta) siteSpelling(name, pageURL, visible, markup string) string {
	c := comparable(name)
	if c == "" {
		return name
	}
	count := func(s string) [2]int {
		s = strings.TrimSpace(s)
		if t, ok := strings.CutPrefix(s, "The "); ok {
			s = t
		}
		return [2]int{strings.Count(visible, s), strings.Count(markup, s)}
	}
	best, most := name, count(name)
	for _, cand := range []string{m.ldPublisher, m.mdPublisher, m.ogSiteName, m.appName, titleSite(m.title)} {
		if cand = outletName(cand, pageURL); cand == "" || cand == name || comparable(cand) != c || hostSlug(cand, hostLabel(hostName(pageURL))) { // "9to5mac", the address's spelling, is no writing of "9to5Mac"
			continue
		}
		if n := count(cand); n[0] > most[0] || n[0] == most[0] && n[1] > most[1] {
			best, most = cand, n
		}
	}
	return best
}

// capitalised reports whether every word of s opens with a capital or a
// digit, as a name's words do ("Exxpress", "The Daily Star").
func capitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// isPageTitle reports whether a site-name candidate is the page's own
// title (its og:title or its whole <title>): a page's name, not its
// site's.
func (m pageMeta) isPageTitle(name string) bool {
	c := comparable(name)
	return c != "" && (c == comparable(m.ogTitle) || c == comparable(m.title))
}

// hostSlug reports whether a name from the markup is the host's label as
// written in its address, all lower case: "nj" on nj.com, "oregonlive",
// "reddit", "topicseed-website" (og:site_name filled from the address by
// a publishing system). The site names itself otherwise ("9to5Mac"
// beside the JSON-LD publisher "9to5mac"), or its host is its name
// ("nj.com", as its <title> ends).
func hostSlug(name, label string) bool {
	return label != "" && strings.ToLower(name) == name && !strings.ContainsAny(name, " .") && strings.HasPrefix(comparable(name), comparable(label))
}

// outletName is one candidate of the markup as an outlet's name, "" when
// it is none (a handle, a generic subdomain).
func outletName(c, pageURL string) string {
	if c = oneLine(c); c == "" || strings.HasPrefix(c, "@") || genericSubdomain(c, pageURL) { // a social-media handle; "Hosted"
		return ""
	}
	if looksLikeURL(c) {
		return hostName(c)
	}
	if first, _, ok := strings.Cut(c, " | "); ok && strings.TrimSpace(first) != "" { // "The Jerusalem Post | JPost.com"
		c = strings.TrimSpace(first)
	}
	// A separator the site's title template left: "Jamaica Observer - ".
	c = strings.Trim(c, " -–—|:·")
	// A tagline naming the site by its address at its end: "Belize News
	// and Opinion on www.breakingbelizenews.com" (a name that opens with
	// its address, "OnlineMarketing.de GmbH", stays).
	if i := addressRE.FindStringIndex(c); i != nil && i[0] > 0 && !strings.EqualFold(c[:i[0]], "the ") {
		if host := hostName("http://" + strings.ToLower(c[i[0]:i[1]])); hostLabel(host) == hostLabel(hostName(pageURL)) {
			return host
		}
	}
	for _, sep := range []string{" - ", " – ", " — "} { // a tagline after the name: "Aktuálně.cz - Víte, co se právě děje" on aktualne.cz
		if first, _, ok := strings.Cut(c, sep); ok && len(comparable(first)) >= 4 && spellsHost(first, hostLabel(hostName(pageURL))) {
			return strings.TrimSpace(first)
		}
	}
	return c
}

// addressRE is a web address inside a name: "www.breakingbelizenews.com".
var addressRE = regexp.MustCompile(`(?i)\b(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|co|news|info|tv|[a-z]{2})\b`)

// hostLabel is a registrable domain's name without its suffix:
// "linknaija" of linknaija.com, "telegraph" of telegraph.co.uk.
func hostLabel(host string) string {
	label, _, _ := strings.Cut(host, ".")
	return label
}

// spellsHost reports whether an outlet's name spells the host's label,
// or begins it ("Sputnik International" on sputniknews.com), hyphens
// aside ("Coin-Update" on coin-update.de).
func spellsHost(name, label string) bool {
	c := comparable(name)
	label = strings.ReplaceAll(label, "-", "") // "Coin-Update" spells coin-update.de
	if c == "" || label == "" {
		return false
	}
	return c == label || len(c) >= 4 && len(label) >= 4 && (strings.HasPrefix(c, label) || strings.HasPrefix(label, c))
}

// inCopyright reports whether one of the page's copyright lines names name.
func (m pageMeta) inCopyright(name string) bool {
	for _, c := range m.copyright {
		if hasWord(c, name) {
			return true
		}
	}
	return false
}

// titleSiteName is the site's part of a page's <title> as the outlet's
// name, when it spells the host's label: its first words that do
// ("PolitiFact" of "PolitiFact West Virginia"), else the whole part when
// its first word begins the label ("Sputnik International" on
// sputniknews.com). "" otherwise.
func titleSiteName(title, label string) string {
	part := titleSite(title)
	if part == "" || label == "" || looksLikeURL(part) || strings.Contains(part, ".") {
		return ""
	}
	words := strings.Fields(part)
	for k := 1; k <= len(words); k++ {
		if c := comparable(strings.Join(words[:k], " ")); c == label || "the"+c == label { // "The Week" on theweek.com (comparable drops "the")
			return strings.Join(words[:k], " ")
		}
	}
	first := words[0]
	if strings.EqualFold(first, "the") && len(words) > 1 { // "The Tribune" on tribune242.com
		first = words[1]
	}
	if w := comparable(first); len(w) >= 4 && strings.HasPrefix(label, w) {
		return part
	}
	if abbreviates(label, words) {
		return part
	}
	return ""
}

// abbreviates reports whether a host's label is a name written short,
// each word by its initial or whole, the last whole, "the" left out:
// "nytimes" of "The New York Times", "latimes" of "Los Angeles Times";
// or, for a name of three words or more, every word by its initial
// ("oann" of "One America News Network").
func abbreviates(label string, words []string) bool {
	var ws []string
	for _, w := range words {
		if c := comparable(w); c != "" && !strings.EqualFold(w, "the") {
			ws = append(ws, c)
		}
	}
	if len(ws) >= 3 && len(label) == len(ws) { // an initialism, every word by its initial: "oann" of "One America News Network"
		initials := true
		for i, w := range ws {
			initials = initials && label[i] == w[0]
		}
		if initials {
			return true
		}
	}
	if len(ws) < 2 || len(label) < 4 {
		return false
	}
	var match func(l string, ws []string) bool
	match = func(l string, ws []string) bool {
		if len(ws) == 1 {
			return l == ws[0]
		}
		w := ws[0]
		return strings.HasPrefix(l, w) && match(l[len(w):], ws[1:]) || l != "" && l[0] == w[0] && match(l[1:], ws[1:])
	}
	return match(label, ws)
}

// genericSubdomain reports whether name is one of the labels of
// pageURL's host before its registrable domain ("hosted" of hosted.ap.org,
// "blogs" of blogs.example.com; never "tmz" of www.tmz.com) and a common
// word: a lemma of WordNet 3.0 (claims/lexicon/wordnet), or an
// inflection of one ("hosted" is "host").
func genericSubdomain(name, pageURL string) bool {
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Hostname() == "" {
		return false
	}
	host := strings.ToLower(u.Hostname())
	site, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil || len(host) <= len(site) {
		return false
	}
	for _, l := range strings.Split(strings.TrimSuffix(host[:len(host)-len(site)], "."), ".") {
		if l != "www" && strings.EqualFold(l, strings.TrimSpace(name)) {
			wn, err := wordnet.Full()
			return err == nil && len(wn.Lemmas(l)) > 0
		}
	}
	return false
}

// publisherItem reports whether the nearest microdata item around n is
// the page's publisher (itemprop="publisher …" itemscope, as the NYT
// writes it).
func publisherItem(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		for _, a := range p.Attr {
			if a.Key == "itemscope" {
				return hasToken(attr(p, "itemprop"), "publisher")
			}
		}
	}
	return false
}

func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.")
}

// hostName is an address's registrable domain ("nytimes.com"), "" when
// it has none.
func hostName(raw string) string {
	if strings.HasPrefix(strings.ToLower(raw), "www.") {
		raw = "https://" + raw
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
		return d
	}
	return strings.TrimPrefix(h, "www.")
}

// headline is the article's title without the site's or author's name:
// JSON-LD headline, og:title, else <title>; a trailing (or leading)
// " | Part" is cut when the part is the outlet, an author, the host, or
// the page's <h1> is the rest; a newsroom label at its front
// ("BREAKING: ") goes too.
func (m pageMeta) headline(outlet, byline, pageURL string) string {
	title := ""
	cands := []string{m.ldHeadline, m.ogTitle, m.otherTitle, m.title, m.h1}
	for i, c := range cands {
		if c = oneLine(c); c != "" && !m.namesSite(c, outlet) && !placeholderWord(c, cands[i+1:]) { // og:title "Yahoo News - Latest News & Headlines", the site's application-name, on a story
			title = c
			break
		}
	}
	// A headline cut short to fit search engines' limit (JSON-LD's is
	// 110 characters: "…third Beijing local to contract") is the page's
	// own heading begun: the heading is the whole of it. So is one cut
	// with an ellipsis ("… and says ‘I’m trying not to panic’...") where
	// the heading ends.
	begun := strings.TrimRight(title, " .…")
	if h1 := oneLine(m.h1); begun != "" && strings.HasPrefix(h1, begun) && (len(h1) > len(title) || strings.HasSuffix(title, "...") || strings.HasSuffix(title, "…")) {
		title = h1
	} else if begun != "" && (strings.HasSuffix(title, "...") || strings.HasSuffix(title, "…")) { // no <h1>: the page's other titles, the site's name cut below ("… Hong Kong leader..." and "… Hong Kong leader Carrie Lam | South China Morning Post")
		for _, c := range []string{m.ogTitle, m.otherTitle, m.title} {
			if c = oneLine(c); len(c) > len(begun) && strings.HasPrefix(c, begun) && c[len(begun)] == ' ' {
				title = c
				break
			}
		}
	}
	return headlineLabelCut(stripTitleParts(title, m.h1, outlet, byline, hostName(pageURL), m.ogSiteName))
}

// placeholderWord reports whether a headline candidate is a single word
// that a later candidate, a headline of several words, does not hold: a
// template's placeholder or its system's name (telegraph.co.uk's JSON-LD
// "headline": "escenic", its content system, above og:title's story).
func placeholderWord(c string, later []string) bool {
	if len(strings.Fields(c)) != 1 {
		return false
	}
	for _, l := range later {
		if l = oneLine(l); len(strings.Fields(l)) > 1 {
			return !hasWord(l, c)
		}
	}
	return false
}

// namesSite reports whether a title candidate is the site's own name: the
// outlet or og:site_name, whole, or its application-name when the page's
// <title> is another (ga.de gives each story's headline as its
// application-name and <title>: that is no site name).
func (m pageMeta) namesSite(c, outlet string) bool {
	k := comparable(c)
	for _, n := range []string{outlet, m.ogSiteName} {
		if n != "" && comparable(n) == k {
			return true
		}
	}
	return m.appName != "" && comparable(m.appName) == k && comparable(m.title) != k
}

// titleSeparators part a page title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " // ", " » ", " : "}

// dateLikeRE is a title part that is a date or a time: "31.10.2023,
// 10.19 Uhr", "Nov 19, 2019".
var dateLikeRE = regexp.MustCompile(`^[\p{L}.,]{0,12}\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b(19|20)\d\d\b`)

// dateLike reports whether a title's part is a date or a time: it has a
// whole date or a year, and few letters beside its figures ("Nov 19,
// 2019", "31.10.2023, 10.19 Uhr"); "0.17 in sight" of "Friday Facts
// #282 - 0.17 in sight" is the headline's own.
func dateLike(part string) bool {
	if !dateLikeRE.MatchString(part) {
		return false
	}
	n := 0
	for _, r := range part {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n <= 12
}

// stripTitleParts cuts the site's and the author's names off a title (see
// headline). A part is known when it is the outlet, the host, the site's
// name as og:site_name gives it (siteName: "Consett Magazine - Positive
// Local News for Consett, County Durham", a name with separators of its
// own, cut whole), or an author, with "By" or without ("Life Is A Highway
// - By Lorraine Weightman").
func stripTitleParts(title, h1, outlet, byline, host, siteName string) string {
	known := map[string]bool{}
	for _, s := range []string{outlet, host, strings.TrimSuffix(host, "."+topLevel(host)), domainName(outlet), siteName} {
		if s != "" {
			known[comparable(s)] = true
		}
	}
	for _, a := range splitAuthors(byline) {
		known[comparable(a)] = true
		known["by"+comparable(a)] = true
	}
	if k := comparable(siteName); k != "" {
		for _, sep := range titleSeparators {
			for i := strings.Index(title, sep); i > 0; {
				if comparable(title[i+len(sep):]) == k {
					title = strings.TrimSpace(title[:i])
					break
				}
				j := strings.Index(title[i+len(sep):], sep)
				if j < 0 {
					break
				}
				i += len(sep) + j
			}
		}
	}
	// "The Space Review: Seeking a bigger role …" over the <h1> "Seeking a
	// bigger role …": a colon parts the site's name only when the rest is
	// the page's heading (a headline's own colon stays: "Impeachment
	// hearings: Key moments …").
	if before, after, ok := strings.Cut(title, ": "); ok && h1 != "" && comparable(after) == comparable(h1) && len(strings.Fields(before)) <= 4 {
		title = strings.TrimSpace(after)
	}
	for changed := true; changed; {
		changed = false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(title, sep)
			j := strings.Index(title, sep)
			switch {
			case i > 0 && (known[comparable(title[i+len(sep):])] || comparable(title[:i]) == comparable(h1) || siteLike(title[i+len(sep):], known) || dateLike(title[i+len(sep):]) ||
				comparable(title[i+len(sep):]) == comparable(h1) && len(strings.Fields(title[:i])) > len(strings.Fields(title[i+len(sep):]))): // "… | Ethify" under the site's logo <h1>Ethify</h1>
				title, changed = strings.TrimSpace(title[:i]), true
			case j > 0 && (known[comparable(title[:j])] || comparable(title[j+len(sep):]) == comparable(h1) && len(strings.Fields(title[j+len(sep):])) >= len(strings.Fields(title[:j]))): // "V8" is not the headline of "Outside the web: … · V8"
				title, changed = strings.TrimSpace(title[j+len(sep):]), true
			}
		}
	}
	return title
}

// unnamedSiteCut is a page's title without its last part when the page
// names no site (no publisher, site name, address or host to compare the
// title's parts with): the cut go-readability's Title makes (Mozilla
// Readability's rule: the part before the last separator, when that
// leaves a title of three words or more), when it is the title's own
// start up to a separator ("Lorem ipsum dolor sit amet – My website").
// Else title.
//
// The page's <h1> of three words or more that stands whole among the
// title's parts goes first: it is the headline the page shows ("Neu -
// Harbour tunnel to close - Vorstellung" under <h1>Harbour tunnel to
// close</h1>).
func unnamedSiteCut(title, cut, h1 string) string {
	if h1 = oneLine(h1); len(strings.Fields(h1)) >= 3 && h1 != title {
		for _, sep := range titleSeparators {
			for _, part := range strings.Split(title, sep) {
				if comparable(part) == comparable(h1) {
					return strings.TrimSpace(part)
				}
			}
		}
	}
	cut = oneLine(cut)
	if len(strings.Fields(cut)) < 3 || len(cut) >= len(title) || !strings.HasPrefix(title, cut) {
		return title
	}
	rest := title[len(cut):]
	for _, sep := range titleSeparators {
		if strings.HasPrefix(rest, sep) {
			return cut
		}
	}
	return title
}

// siteLike reports whether a title's last part names the site: it holds
// one of the known names ("World news | The Guardian" holds "Guardian").
func siteLike(part string, known map[string]bool) bool {
	p := comparable(part)
	if p == "" {
		return false
	}
	for k := range known {
		if len(k) >= 4 && strings.Contains(p, k) {
			return true
		}
	}
	return false
}

// domainName is an outlet named by its domain without the domain's
// suffix ("Factorio" of "Factorio.com"), "" for an outlet of other kind.
func domainName(outlet string) string {
	if strings.ContainsAny(outlet, " /") || !strings.Contains(outlet, ".") {
		return ""
	}
	return strings.TrimSuffix(outlet, "."+topLevel(outlet))
}

func topLevel(host string) string {
	if i := strings.LastIndex(host, "."); i >= 0 {
		return host[i+1:]
	}
	return ""
}

// comparable is s lower case with only its letters and digits: "The
// Guardian" and "theguardian.com" minus its suffix compare alike.
func comparable(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) { // "Aktuálně" compares with aktualne.cz: marks off
		if unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return strings.TrimPrefix(b.String(), "the")
}

// byline is the article's author(s) as people: the JSON-LD authors,
// <meta name=author> (or byl, dc.creator…), article:author, the byline
// readability found on the page, a byline line of the article's text
// (inText: textByline), else the first link to an author's page that
// names a person, or an element the page names "byline" by its class or
// id. A candidate that is not a
// person's name (a date, a time, figures, an address, the outlet or the
// site's own name, a news agency, a handle, a sentence) is passed over,
// and so is what follows the outlet's or an agency's name after a
// person's: the desk and the dateline ("By Nada Tawfik, BBC News, New
// York").
func (m pageMeta) byline(fromPage, inText, outlet, host string) string {
	var cands [][]string
	if !slices.ContainsFunc(m.ldAuthors, func(a string) bool { return isOutlet(a, outlet) }) {
		cands = append(cands, m.ldAuthors)
	}
	for _, s := range []string{m.metaAuthor, m.articleAuthor, fromPage, inText} {
		if !isOutlet(s, outlet) { // heise's author "Mac & i" is its magazine, not "Mac" and "i"
			cands = append(cands, splitAuthors(s))
		}
	}
	for _, b := range m.bylineBlocks { // an element named "byline" that readability did not read: the second of two, inside the story ("By Kate Sullivan, CNN" under "By CNN.com")
		if !isOutlet(b, outlet) {
			cands = append(cands, splitAuthors(b))
		}
	}
	for _, l := range m.authorLinks { // the last resort: a link to an author's page ("Dan Evon" on snopes.com)
		if !strings.ContainsAny(l, "?!:") {
			cands = append(cands, splitAuthors(l))
		}
	}
	site := titleSite(m.title) // "Sputnik International" of "Royal Self-Indicting Arrogance - Sputnik International"
	for _, c := range cands {
		if slices.ContainsFunc(c, businessRE.MatchString) {
			continue
		}
		var people []string
		full := false // a name of two words or more: then a single word beside it is an outlet ("Victor Tangermann, Futurism")
		for _, a := range c {
			if len(people) > 0 && (namesSite(a, outlet, host) || newsAgencies[comparable(a)]) {
				break // "By Nada Tawfik, BBC News, New York": the desk and the place follow
			}
			if site != "" && comparable(a) == comparable(site) {
				continue
			}
			if a = personName(cutAffiliation(a, outlet, host), outlet, host); a != "" && !contains(people, nameCase(a)) {
				a = nameCase(a)
				people = append(people, a)
				full = full || strings.Contains(a, " ")
			}
		}
		if full {
			people = slices.DeleteFunc(people, func(a string) bool { return !strings.Contains(a, " ") })
		}
		if len(people) > 0 {
			return strings.Join(people, ", ")
		}
	}
	return ""
}

// cutAffiliation takes off a byline's part what follows a person's name
// to say whom they write for: "Charles Walton for SurgeZirc UK" (the
// outlet or a news agency after "for"), "ANDREW DALTON AP Entertainment
// Writer" (a news agency's name and the writer's role after the name).
func cutAffiliation(a, outlet, host string) string {
	words := strings.Fields(a)
	for i := 2; i < len(words); i++ {
		rest := strings.Join(words[i:], " ")
		switch {
		case strings.EqualFold(words[i], "for") && i+1 < len(words):
			if org := strings.Join(words[i+1:], " "); namesSite(org, outlet, host) || newsAgencies[comparable(org)] || isOutlet(org, outlet) {
				return strings.Join(words[:i], " ")
			}
		case newsAgencies[comparable(words[i])] && roleWordRE.MatchString(rest):
			return strings.Join(words[:i], " ")
		}
	}
	return a
}

// textBylineRE is a line of an article's text that credits its author:
// "By Nada Tawfik, BBC News, New York", "Written by Jane Doe".
var textBylineRE = regexp.MustCompile(`^(?:(?:[Ww]ritten|[Ss]tory|[Ww]ords|[Rr]eported) [Bb]y|By)\s+(\p{Lu}.*)$`)

// maxBylineWords is the most words a byline line of the text has: names,
// the outlet, a place.
const maxBylineWords = 12

// textByline is the first paragraph of an article's text that is a
// byline, "" when none is: "By " and a person's name of two words or more
// at its head, a dozen words at most, no sentence's closing punctuation
// ("By Tuesday, Congress had passed the bill." is a sentence). The BBC
// sets a correspondent's byline in the text, in bold, above the part of
// the story they wrote.
func textByline(paras []string, outlet, host string) string {
	for _, p := range paras {
		m := textBylineRE.FindStringSubmatch(p)
		if m == nil || len(strings.Fields(p)) > maxBylineWords || strings.ContainsAny(p[len(p)-1:], ".!?:;") {
			continue
		}
		if parts := splitAuthors(m[1]); len(parts) > 0 && strings.Contains(personName(parts[0], outlet, host), " ") {
			return p
		}
	}
	return ""
}

// isOutlet reports whether a byline candidate, whole, is the outlet's name.
func isOutlet(s, outlet string) bool {
	c := comparable(byRE.ReplaceAllString(oneLine(s), ""))
	return c != "" && c == comparable(outlet)
}

// titleSite is the last part of a page's <title> after a separator (" -
// ", " | " …), where pages put the site's name; "" when there is none.
func titleSite(title string) string {
	best := -1
	sep := ""
	for _, s := range titleSeparators {
		if i := strings.LastIndex(title, s); i > best {
			best, sep = i, s
		}
	}
	if best <= 0 {
		return ""
	}
	return strings.TrimSpace(title[best+len(sep):])
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

var (
	// byRE is a credit label before a name, in the languages of the
	// pages we read: "By", "Written by", "Por", "Par", "Von", "Di", "Door", "Av", "Af",
	// and labels with a colon: "Text:", "Текст:", "Autor:", "Author:",
	// "Redacción:", "Photos:", "By:", "Von:" (hpd.de: "Von:Moritz …", no
	// space after it).
	byRE          = regexp.MustCompile(`(?i)^(((written|story|words|text|reported|reporting|posted) by|by|par|por|von|di|door|av|af|от|від|przez)\s+|(written by|by|par|por|von|door|words|text|texte|texto|testo|tekst|текст|автор|автори|author|authors|autor|autorin|autores|auteur|auteurs|autore|autori|auteur·e|reporter|reporting|reportage|redacción|redação|redazione|redaktion|rédaction|report|fotos?|photos?|bild|foto e texto)\s*[:：]\s*)`)
	authorSplitRE = regexp.MustCompile(`\s*(?:,|;|\||\band\b|&|\bund\b|\bet\b)\s*`) // "Nathan Bernier | KUT": the outlet after a bar
	// What no name has: figures, an address, an e-mail, a clock.
	notNameRE = regexp.MustCompile(`\d|https?:|www\.|@|\.com\b|\.org\b`)
)

// calendarWordRE is a day's or a month's name alone, a date's part where
// a name should be: "Wednesday" of a byline block "Wednesday, 08 Apr
// 2020 07:38 AM MYT".
var calendarWordRE = regexp.MustCompile(`^(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$`)

// gluedDateRE is a date run into a name where the page's markup lost the
// space between them: "Jeff FoustMonday, November 18, 2019".
var gluedDateRE = regexp.MustCompile(`(\p{Ll})(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$`)

// bracketedRE is a part inside a name in brackets: middle names a page
// gives in brackets. A closing bracket stays, and the name with it is none:
// "Deutsche Welle (www.dw.com)", a form's "Name (erforderlich)".
var bracketedRE = regexp.MustCompile(`^(\S.*?)\s*\([^()]*\)\s+(\S.*)$`)

// withRE opens co-authors named in brackets after the first: "(avec …)",
// "(with …)", "(and …)".
var withRE = regexp.MustCompile(`(?i)\s*\((?:avec|with|and|mit|und|con|com|e|et|y)\s+`)

// sentenceDotRE is a dot after a word of three letters or more inside a
// byline: it parts two names ("Finian Cunningham. Sputnik International"),
// where an initial's dot ("Sarah E. Needleman") or "Jr." does not.
var sentenceDotRE = regexp.MustCompile(`(\p{L}{3,})\.\s+`)

// otherCreditRE opens, inside a byline, the credit of someone other than
// its author: "Written by Rob Ewaschuk Edited by Betsy Beyer" (the
// editor, the photographer, the illustrator are not the article's
// authors).
var otherCreditRE = regexp.MustCompile(`(?i)[\s,;|·•]+(edited|photos?|photographs|photography|illustrations?|illustrated|graphics|video|produced|translated|fact-checked|reviewed|medically reviewed|updated)\s+by\b.*$`)

// splitAuthors splits a byline into names: "By Jane Doe and John Roe".
func splitAuthors(s string) []string {
	s = otherCreditRE.ReplaceAllString(oneLine(s), "")
	s = gluedDateRE.ReplaceAllString(s, "$1")
	if withRE.MatchString(s) { // "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
		s = strings.TrimSuffix(withRE.ReplaceAllString(s, ", "), ")")
	}
	s = sentenceDotRE.ReplaceAllString(s, "$1, ")
	s = unglueAgency(byRE.ReplaceAllString(s, ""))
	for _, sep := range []string{" - ", " – ", " — "} { // the authors' team or place after a dash: "Nathan Parker, … and Kiran C Nair - Chrome Safe Browsing team", "حسام أبو العلا - القاهرة" (Cairo); not "Zone Société - ICI.Radio-Canada.ca", a desk before its site
		if before, after, ok := strings.Cut(s, sep); ok && len(strings.Fields(before)) >= 2 && (roleWordRE.MatchString(after) || strings.IndexFunc(after, caseless) >= 0 && strings.IndexFunc(after, unicode.IsUpper) < 0) {
			s = before
		}
	}
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range authorSplitRE.Split(s, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// personName returns a as a person's name, or "" when it cannot be one:
// it has figures, an address or an e-mail, is the outlet or the site's
// own name (or holds it: "CNN Business" beside "CNN"), is a news agency
// (data/news-agencies.txt), is a day's or a month's name alone, is a
// handle or call sign ("KWCHCIK",
// "LinkNaija"), starts with "The" ("The Water Coolest"), is longer than five words, or has a word that does not
// start with a capital (other than a particle: "de", "van", "bin").
func personName(a, outlet, host string) string {
	a = strings.Trim(byRE.ReplaceAllString(oneLine(a), ""), " ,;:|-–—·")
	a = bracketedRE.ReplaceAllString(a, "$1 $2") // "Bruno (Henrique Zecchin) Rodrigues"
	if a == "" || len(a) > 80 || notNameRE.MatchString(a) || newsAgencies[comparable(a)] || isHandle(a) || namesSite(a, outlet, host) && !personalSite(a, outlet, host) || titledRE.MatchString(a) {
		return ""
	}
	words := strings.Fields(a)
	if len(words) > 5 || roleWordRE.MatchString(a) || calendarWordRE.MatchString(a) {
		return ""
	}
	for _, w := range words {
		r := []rune(w)[0]
		if caseless(r) && !strings.ContainsAny(w, ":：") && utf8.RuneCountInString(w) <= maxCaselessName {
			continue // a name in a script without capitals: "肖春芳"
		}
		if !unicode.IsUpper(r) && !particles[strings.ToLower(w)] {
			return ""
		}
	}
	return a
}

// personalSite reports whether a, a byline candidate that is the host's
// name, is the person the site is named after: a site that names itself
// nowhere in its markup (its outlet is its host) and whose host is a
// person's two or three names run together, not all of them common words
// (lemmas of WordNet 3.0): "Trey Hunner" on treyhunner.com is its author
// ("trey" is a card, "Hunner" no word); "Daily Legal News" on
// dailylegalnews.com is not a person.
func personalSite(a, outlet, host string) bool {
	words := strings.Fields(a)
	if outlet == "" || outlet != host || len(words) < 2 || len(words) > 3 || comparable(a) != hostLabel(strings.TrimPrefix(host, "www.")) {
		return false
	}
	wn, err := wordnet.Full()
	if err != nil {
		return false
	}
	common := 0
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
		if len(wn.Lemmas(strings.ToLower(w))) > 0 {
			common++
		}
	}
	return common < len(words)
}

// nameCase writes a name the page set all in capitals as a name is
// written: "HILLEL ITALIE" is "Hillel Italie", "JEAN-PAUL O'NEILL" is
// "Jean-Paul O'Neill". A name with a small letter is left as it is
// ("Ronan McGREEVY"), and so are initials ("J.R.") and Roman numerals
// ("III"), and a name in another script than Latin (Greek capitals drop
// their accents, which lower case cannot restore).
func nameCase(a string) string {
	if strings.IndexFunc(a, unicode.IsLower) >= 0 || strings.IndexFunc(a, unicode.IsUpper) < 0 || strings.IndexFunc(a, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) }) >= 0 {
		return a
	}
	words := strings.Fields(a)
	for i, w := range words {
		if strings.Contains(w, ".") || strings.Trim(w, "IVX") == "" && w != "" {
			continue
		}
		rs := []rune(strings.ToLower(w))
		start := true
		for j, r := range rs {
			if start && unicode.IsLetter(r) {
				rs[j] = unicode.ToUpper(r)
			}
			start = strings.ContainsRune("-'’", r)
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// maxCaselessName is the longest word of a name in a script without
// capitals (Chinese, Japanese, Arabic…) that a byline takes: a Chinese
// name is two to four characters, a few more with the desk's name
// before it ("青网校园崔宁宁"); a longer run is a phrase.
const maxCaselessName = 10

// caseless reports whether r is a letter of a script that has no
// capitals.
func caseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// newsAgencies are the names of data/news-agencies.txt, comparable;
// agencyNames the same names as written.
var newsAgencies, agencyNames = func() (map[string]bool, []string) {
	out := map[string]bool{}
	var names []string
	for _, l := range wordlist.Lines(data, "data/news-agencies.txt") {
		for _, n := range strings.Split(l, ",") {
			if c := comparable(n); c != "" {
				out[c] = true
				names = append(names, strings.TrimSpace(n))
			}
		}
	}
	return out, names
}()

// agencyNamed maps an agency's names and short forms, comparable, to its
// first name as written (data/news-agencies.txt): "ap" to "Associated
// Press".
var agencyNamed = func() map[string]string {
	out := map[string]string{}
	for _, l := range wordlist.Lines(data, "data/news-agencies.txt") {
		names := strings.Split(l, ",")
		for _, n := range names {
			if c := comparable(n); c != "" && out[c] == "" {
				out[c] = strings.TrimSpace(names[0])
			}
		}
	}
	return out
}()

// dropTrailingCredit takes a wire service's credit (data/news-agencies.txt)
// off the end of the story's last paragraph, where the page ran it into
// the last sentence: "… to sneak into the US. PTI". Left there, the last
// sentence ends with no punctuation and is read as a heading, not a
// claim. The credit must follow a sentence's end: "… said the AP" keeps
// its words. It returns the paragraphs and the credit taken off.
func dropTrailingCredit(paras []string) ([]string, string) {
	if len(paras) == 0 {
		return paras, ""
	}
	last := paras[len(paras)-1]
	for _, n := range agencyNames {
		for _, credit := range []string{n, "(" + n + ")", "— " + n, "- " + n, "/" + n} {
			before, ok := strings.CutSuffix(last, " "+credit)
			if !ok {
				continue
			}
			before = strings.TrimRight(before, " ")
			if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(".!?\"”", r) {
				out := append(paras[:len(paras)-1:len(paras)-1], before)
				return out, credit
			}
		}
	}
	return paras, ""
}

// unglueAgency parts an agency's name from the name it was run into when
// the page's markup lost the space between them: "ERIC
// TUCKERAssociated Press" is "ERIC TUCKER, Associated Press".
func unglueAgency(s string) string {
	for _, n := range agencyNames {
		if len(n) > 3 && len(s) > len(n) && strings.HasSuffix(s, n) {
			if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(n)]); unicode.IsLetter(r) {
				return s[:len(s)-len(n)] + ", " + n
			}
		}
	}
	return s
}

// namesSite reports whether a byline candidate is the site itself: the
// outlet or the host's name ("The Water Coolest" on thewatercoolest.com),
// or holds one of them as a word ("Telegraph Sport", "CNN Business").
func namesSite(a, outlet, host string) bool {
	c := comparable(a)
	site := strings.TrimSuffix(host, "."+topLevel(host))
	if i := strings.LastIndex(site, "."); i >= 0 { // "co.uk": the name before it
		site = site[:i]
	}
	for _, s := range []string{outlet, site} {
		if cs := comparable(s); cs != "" && (c == cs || len(cs) >= 3 && hasWord(a, s)) {
			return true
		}
	}
	// A single word that is a word of the outlet's name: "Beachbody" on
	// "The Beachbody Blog" (a person's first name alone stays: "Josh").
	return !strings.ContainsAny(strings.TrimSpace(a), " \u00a0") && len(c) >= 4 && hasWord(outlet, a)
}

// hasWord reports whether a holds the words of name as whole words
// ("Telegraph Sport" holds "The Telegraph"'s "Telegraph").
func hasWord(a, name string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	nw := slices.DeleteFunc(words(name), func(w string) bool { return w == "the" })
	aw := words(a)
	if len(nw) == 0 || len(nw) >= len(aw) {
		return false
	}
	for i := 0; i+len(nw) <= len(aw); i++ {
		if slices.Equal(aw[i:i+len(nw)], nw) {
			return true
		}
	}
	return false
}

// isHandle reports whether a one-word candidate is a handle, a brand or
// a call sign rather than a name: all capitals ("KWCHCIK"), or a capital
// inside the word not after Mc, Mac, O' or a hyphen ("LinkNaija").
func isHandle(a string) bool {
	if strings.ContainsAny(a, " \t") {
		return false
	}
	r := []rune(a)
	upper, lower := 0, 0
	for _, c := range r {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLower(c):
			lower++
		}
	}
	if lower == 0 && upper >= 2 {
		return true
	}
	for i := 1; i < len(r); i++ {
		if !unicode.IsUpper(r[i]) {
			continue
		}
		prev := string(r[:i])
		if r[i-1] == '-' || r[i-1] == '\'' || r[i-1] == '’' || strings.HasSuffix(prev, "Mc") || strings.HasSuffix(prev, "Mac") {
			continue
		}
		return true
	}
	return false
}

// titledRE finds a name that starts with an article, as a brand's, a
// newsletter's or a desk's name does and a person's does not: "The Water
// Coolest" (a newsletter, as the byline of dealbreaker.com's "Opening
// Bell"), "The Editors".
var titledRE = regexp.MustCompile(`^(?i:the)\s`)

// roleWordRE finds a job or a desk where a name should be: "AP National
// Security Writer", "Staff Reports", "Web Desk"), an outlet's kind
// ("WebMD Health News" on the line after the author's name), the
// newsroom in another language ("Redacción"), or a template's placeholder
// ("No Author", "Unknown").
var roleWordRE = regexp.MustCompile(`(?i)\b(writer|reporter|correspondent|editor|editors|editorial|staff|contributor|columnist|desk|team|reports|newsroom|bureau|admin|administrator|guest|sponsored|news|media|magazine|author|authors|unknown|anonymous|` + newsroomWords + `)\b`)

// newsroomWords are "the newsroom" in the languages of byRE's labels,
// accented and as sites type them without accents (junin24.com's JSON-LD
// author "Redaccion"): Spanish redacción, Portuguese redação, Italian
// redazione, German Redaktion, French rédaction, Dutch redactie, Polish
// redakcja, Czech redakce, Slovak redakcia (each language's dictionary
// word for an editorial office).
const newsroomWords = `redacci[oó]n|reda[cç](?:[aã]o|oes|ões)|redazione|redaktion|r[eé]daction|redactie|redakcja|redakce|redakcia`

// businessRE finds a business where a name should be: a page's <meta
// name=author> crediting its web designer or publishing house ("Merit
// Designs Consulting Group, 2006-2020", "Olympia-Verlag GmbH, Nürnberg,
// Germany"). The whole credit is passed over, not only that part of it:
// its other parts are a year, a town, a country.
var businessRE = regexp.MustCompile(`(?i)\b(group|inc|llc|ltd|limited|plc|gmbh|ag|corp|corporation|company|consulting|consultants|designs|studios|solutions|verlag)\b`)

// particles may stand lower case in a name.
var particles = map[string]bool{"de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "van": true, "von": true,
	"la": true, "le": true, "du": true, "dos": true, "das": true, "bin": true, "ibn": true, "al": true, "ter": true, "ten": true, "y": true}

// published is the article's date, YYYY-MM-DD: article:published_time
// (or another date meta tag), JSON-LD datePublished, else the first
// <time datetime>. When the meta tag and JSON-LD disagree by more than a
// day, the earlier is the story's first publication and the other a
// republication or an update (Medium's article:published_time is the
// latest edit's day, its JSON-LD datePublished the first); a day apart
// is one moment written in two time zones, and the meta tag's (the
// outlet's local day, as its addresses date it) stands. A date given in
// UTC is the day the page itself shows when its <time datetime> is the
// same moment in the outlet's time zone (denverpost.com:
// article:published_time "2023-11-09T01:09:55+00:00", <time
// datetime="2023-11-08 18:09:55">November 8, 2023 at 6:09 p.m.).
func (m pageMeta) publishedDate(fromReadability time.Time) string {
	meta, ld := isoDate(m.published), isoDate(m.ldPublished)
	if meta != "" && ld != "" {
		tm, _ := time.Parse("2006-01-02", meta)
		tl, _ := time.Parse("2006-01-02", ld)
		if tl.Before(tm.AddDate(0, 0, -1)) {
			return localDay(m.ldPublished, m.timeAttr)
		}
	}
	if meta != "" {
		return localDay(m.published, m.timeAttr)
	}
	if ld != "" {
		return localDay(m.ldPublished, m.timeAttr)
	}
	if !fromReadability.IsZero() {
		return fromReadability.Format("2006-01-02")
	}
	return isoDate(m.timeAttr)
}

// localDay is the day of a timestamp (YYYY-MM-DD), or, when the
// timestamp is in UTC and shown is the same moment as a local clock
// time (a whole number of quarter hours, at most 14 hours, away: a time
// zone's offset), the local one's day.
func localDay(stamp, shown string) string {
	day := isoDate(stamp)
	utc, err := time.Parse(time.RFC3339, strings.TrimSpace(stamp))
	if err != nil {
		return day
	}
	if _, offset := utc.Zone(); offset != 0 {
		return day
	}
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", time.RFC3339} {
		local, err := time.Parse(layout, strings.TrimSpace(shown))
		if err != nil {
			continue
		}
		wall := time.Date(local.Year(), local.Month(), local.Day(), local.Hour(), local.Minute(), local.Second(), 0, time.UTC) // its clock, read as if UTC
		if d := utc.Sub(wall); d != 0 && d.Abs() <= 14*time.Hour && d%(15*time.Minute) == 0 {
			return local.Format("2006-01-02")
		}
		break
	}
	return day
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == token {
			return true
		}
	}
	return false
}

var isoDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// monthDateRE is an English date with the month's name, as some pages
// write their metadata: "01:38:07 PM IST Nov 20, 2019", "November 18,
// 2019".
var monthDateRE = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`)

// isoDate returns the YYYY-MM-DD a machine-readable date starts with
// ("2024-03-11T09:30:00Z"), or an English date with the month's name
// holds, or "" when it is neither.
func isoDate(s string) string {
	d := isoDateRE.FindString(strings.TrimSpace(s))
	if d == "" {
		if m := monthDateRE.FindStringSubmatch(s); m != nil {
			if t, err := time.Parse("Jan 2 2006", m[1][:3]+" "+m[2]+" "+m[3]); err == nil {
				return t.Format("2006-01-02")
			}
		}
		return ""
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil || t.Year() < 1000 { // "0001-01-01": a zero value written out, not a date
		return ""
	}
	return d
}

// oneLine collapses runs of white space, and decodes the character
// references some sites escape twice in their metadata ("&#8217;",
// "&nbsp;").
func oneLine(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// headlineLabels are the newsroom labels of data/headline-labels.txt,
// lower case.
var headlineLabels = func() map[string]bool {
	out := map[string]bool{}
	for _, l := range wordlist.Lines(data, "data/headline-labels.txt") {
		out[strings.ToLower(strings.Join(strings.Fields(l), " "))] = true
	}
	return out
}()

// headlineLabelSeps are what stands between a label and its headline.
var headlineLabelSeps = []string{":", "|", " - ", " – ", " — "}

// headlineLabelCut returns a headline without a newsroom label at its
// front (data/headline-labels.txt): "BREAKING: Storm closes the bridge"
// is "Storm closes the bridge". Only a listed label followed by ":", "|"
// or " - " goes, and only when at least three words are left; a
// headline's own words ("Update on the floods") stay.
func headlineLabelCut(headline string) string {
	for range 2 { // "BREAKING NEWS | VIDEO: …"
		cut := false
		for _, sep := range headlineLabelSeps {
			i := strings.Index(headline, sep)
			if i <= 0 || i > 24 {
				continue
			}
			label := strings.ToLower(strings.Join(strings.Fields(strings.Trim(headline[:i], " []()")), " "))
			rest := strings.TrimSpace(headline[i+len(sep):])
			if headlineLabels[label] && len(strings.Fields(rest)) >= 3 {
				headline, cut = rest, true
				break
			}
		}
		if !cut {
			break
		}
	}
	return headline
}
