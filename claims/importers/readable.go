package importers

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// The article body is what two independent extractors agree on.
//
//   - go-readability (readeck's port of Mozilla's Readability.js, the
//     Firefox reader view) scores the page's blocks and keeps the best
//     one with its siblings;
//   - go-trafilatura (a port of Adrien Barbaresi's trafilatura) walks the
//     page with its own rules for boilerplate, comments and link lists.
//
// A paragraph of readability's choice is kept when trafilatura chose it
// too (at least half of its word trigrams stand in trafilatura's text).
// Where either extractor fails alone (trafilatura taking a whole menu for
// the article, readability a list of teasers), the other one's vote
// removes what it wrongly added. When one of them finds nothing, the
// other's text stands alone; when they disagree (what both chose is less
// than half of the shorter choice), trafilatura's does: on the 39 such
// pages of go-trafilatura's comparison set it finds 59 of the expected
// passages against readability's 46, with as much furniture (13 and 11).
// The figures, on the 181 pages of ../shared/bench/extraction and on
// go-trafilatura's own 983 comparison pages, are in the README
// ("Saved web pages"). No block is removed for a class or id word: the
// extractors weigh those among other evidence, and a word on <body> or
// <main> ("has-top-ad", "js-social-anchor-start") does not empty a page.
// Before either reads the page, ParseHTML takes out the hover cards inside
// paragraphs (dropHoverCards: a structural rule, no class word); after
// them, a kept line that only a caption, an aside, a note or a box of
// links renders is left out (structure.go: a short element's "caption",
// "credit", "byline" or "bio" class word is one of its signals).

// extraction is the text chosen from a page, and what the choice kept.
type extraction struct {
	text        string // paragraphs separated by blank lines
	pageText    string // the whole page's visible text
	pageWords   int    // words of pageText
	keptWords   int    // words of text
	furniture   int    // furniture lines left out (claims.DropFurniture)
	method      string // which extractor(s) the text comes from
	readability readability.Article
}

// extractBody chooses a page's article text (see above). doc is not changed.
func extractBody(doc *html.Node, host string) extraction {
	var ex extraction
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, nil)
	var fromReadability []string
	if err == nil && art.Node != nil {
		fromReadability = paragraphs(render.InnerText(art.Node))
	}
	ex.readability = art
	var fromTrafilatura, votes []string
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // dates come from the page's metadata (metadata.go)
	})
	if err == nil && res != nil && res.ContentNode != nil {
		fromTrafilatura = paragraphs(render.InnerText(res.ContentNode))
		// The rest of a body cut in two counts only as votes: it has not
		// been through trafilatura's cleaning, so it never stands alone.
		votes = append(slices.Clip(fromTrafilatura), restOfBody(doc, fromTrafilatura)...)
	}
	var kept []string
	switch {
	case len(fromReadability) == 0 && len(fromTrafilatura) == 0:
	case len(fromTrafilatura) == 0:
		kept, ex.method = fromReadability, "readability alone (trafilatura found nothing)"
	case len(fromReadability) == 0:
		kept, ex.method = fromTrafilatura, "trafilatura alone (readability found nothing)"
	default:
		kept, ex.method = readabilityVoted(doc, fromReadability, fromTrafilatura, votes), "readability ∩ trafilatura"
		if 2*countWords(kept) < min(countWords(fromReadability), countWords(votes)) {
			kept, ex.method = fromTrafilatura, "trafilatura (the extractors disagree)"
			if articleless(fromTrafilatura) && !articleless(fromReadability) {
				kept, ex.method = fromReadability, "readability (the extractors disagree, and trafilatura's choice is only furniture)"
			}
		}
	}
	kept = restoreOutbound(doc, kept, host)
	ex.text = strings.Join(kept, "\n\n")
	if ex.text != "" {
		ex.text += "\n"
	}
	ex.keptWords = len(strings.Fields(ex.text))
	if body := findElement(doc, "body"); body != nil {
		ex.pageText = render.InnerText(body)
		ex.pageWords = len(strings.Fields(ex.pageText))
	}
	return ex
}

// articleless reports whether an extractor's choice holds no article once
// the lines that are furniture wherever they stand are out
// (claims.DropFurniture): fewer than minArticleWords words. Where the
// extractors disagree, trafilatura's choice stands, except when it is
// such (world.kbs.co.kr: its dates, a photo credit and the cookie notice,
// beside readability's story): a page is not refused for want of an
// article one extractor found.
func articleless(paras []string) bool {
	kept, _ := claims.DropFurniture(paras)
	return countWords(kept) < minArticleWords
}

// readabilityVoted returns the paragraphs of readability's choice that
// trafilatura's votes hold (agreed). Where readability read one part of a
// body cut into several (bodyAround), the other parts' paragraphs that
// trafilatura chose itself stand in their places: a vote from
// trafilatura's own choice, never from the parts added to it, so that
// the next article of an endless page, read by neither, stays out.
func readabilityVoted(doc *html.Node, fromReadability, fromTrafilatura, votes []string) []string {
	before, after, from, to := bodyAround(doc, fromReadability)
	if from > to {
		return agreed(fromReadability, votes)
	}
	return slices.Concat(
		agreed(fromReadability[:from], votes),
		agreed(before, fromTrafilatura),
		agreed(fromReadability[from:to+1], votes),
		agreed(after, fromTrafilatura),
		agreed(fromReadability[to+1:], votes))
}

// restoreOutbound puts back the paragraphs of one sentence or more and
// one link to another site (outboundSentence) that neither extractor kept
// (a sentence linked whole has a link density of one), each where the
// page has it: right before the kept paragraph that follows it on the
// page, so inside the story. host is the page's registrable domain;
// without it, or with nothing kept, kept is returned as it is. On the
// extraction benchmark it restores one sentence of its true bodies
// (hawaiinewsnow.com: "The discovery was announced in an article
// published Monday in the journal Nature Astronomy."), on Readability's
// test pages a paragraph its expected text holds.
func restoreOutbound(doc *html.Node, kept []string, host string) []string {
	if host == "" || len(kept) == 0 {
		return kept
	}
	at := map[string]int{}
	for i, p := range kept {
		if k := lineKey(p); k != "" {
			if _, ok := at[k]; !ok {
				at[k] = i
			}
		}
	}
	keptWords := " " + lineKey(strings.Join(kept, " ")) + " "
	before := map[int][]string{}
	var pending []string
	lastKept, lastSlot := false, "" // whether the last paragraph was kept, and its slot
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "p" {
			return
		}
		t := oneLine(render.InnerText(n))
		k := lineKey(t)
		if k == "" {
			return
		}
		i, kept := at[k]
		slot := paragraphSlot(n)
		if !kept && (outboundSentence(n, host) || lastKept && slot == lastSlot && storySentence(n, t) && !strings.Contains(keptWords, " "+k+" ")) {
			pending = append(pending, t)
			lastKept = false
			return
		}
		if kept && len(pending) > 0 {
			before[i] = append(before[i], pending...)
		}
		pending = nil // only right before a kept paragraph
		lastKept, lastSlot = kept, slot
	})
	if len(before) == 0 {
		return kept
	}
	var out []string
	for i, p := range kept {
		out = append(out, before[i]...)
		out = append(out, p)
	}
	return out
}

// A sentence of the story that links much of its own words to the site's
// other stories ("… infections in Italy is <a>now at 20.4, up from 18.4
// in the previous week</a>.") is dropped by both extractors for its link
// density. It is put back where it stands between two kept paragraphs of
// the same slot of the page's template (paragraphSlot: the kept one
// before it, the kept one after it), a sentence (sentenceText) whose own
// words, out of its links, are at least minUnlinkedWords, one line on
// the page, and not already in the text (a paragraph of several lines
// whose lines were kept): a teaser linked whole, or a paragraph between
// the story and a box of links, stays out.
const minUnlinkedWords = 6

// storySentence reports whether the paragraph n, of text t, is such a
// sentence.
func storySentence(n *html.Node, t string) bool {
	return len(paragraphs(render.InnerText(n))) == 1 && sentenceText(t) && float64(len(strings.Fields(t)))*(1-linkShare(n)) >= minUnlinkedWords
}

// paragraphSlot names where a paragraph stands in the page's template:
// its parent's tag and class ("div sc-clsHhM eSXakm"), "" for a parent
// with no class, whose paragraphs are alike anywhere.
func paragraphSlot(n *html.Node) string {
	if n.Parent == nil || n.Parent.Type != html.ElementNode || attr(n.Parent, "class") == "" {
		return ""
	}
	return n.Parent.Data + " " + attr(n.Parent, "class")
}

// Describe says how much of the page was kept, for `factcheck build -v`.
func (ex extraction) describe() string {
	method := ex.method
	if ex.furniture > 0 {
		method += fmt.Sprintf(", %d furniture lines left out", ex.furniture)
	}
	if ex.pageWords == 0 {
		return fmt.Sprintf("kept %d words (%s)", ex.keptWords, method)
	}
	return fmt.Sprintf("kept %d of %d words (%d%%; %s)", ex.keptWords, ex.pageWords, 100*ex.keptWords/ex.pageWords, method)
}

// agreed returns the paragraphs of a that b holds too: at least half of
// the paragraph's lower-case word trigrams (its only words, when it has
// fewer than three) stand in b.
func agreed(a, b []string) []string {
	in := map[[3]string]bool{}
	for _, p := range b {
		for _, g := range trigrams(p) {
			in[g] = true
		}
	}
	var out []string
	for _, p := range a {
		gs := trigrams(p)
		n := 0
		for _, g := range gs {
			if in[g] {
				n++
			}
		}
		if len(gs) > 0 && (2*n >= len(gs) || endsWithPart(gs, b)) {
			out = append(out, p)
		}
	}
	return out
}

// minPartWords is the least a paragraph of the other extractor has for
// its standing at the end of a paragraph to count as a vote for it.
const minPartWords = 8

// endsWithPart reports whether one of parts, of minPartWords or more, is
// the end of the paragraph whose trigrams are gs. trafilatura loses the
// start of a paragraph whose text runs into a link inside <em>
// (macrumors.com's lead, "Following the 16-inch MacBook Pro, … publication
// <em><a>DigiTimes</a></em>. A preview …", comes out as "DigiTimes. A
// preview …"): the end it kept shows it chose the paragraph.
func endsWithPart(gs [][3]string, parts []string) bool {
	for _, p := range parts {
		if len(strings.Fields(p)) < minPartWords {
			continue
		}
		pg := trigrams(p)
		if len(pg) < len(gs) && slices.Equal(pg, gs[len(gs)-len(pg):]) {
			return true
		}
	}
	return false
}

func countWords(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// trigrams are the runs of three words of p, lower case (one shorter run
// when p has fewer than three words).
func trigrams(p string) [][3]string {
	w := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(w) == 0 {
		return nil
	}
	if len(w) < 3 {
		g := [3]string{}
		copy(g[:], w)
		return [][3]string{g}
	}
	out := make([][3]string, 0, len(w)-2)
	for i := 0; i+3 <= len(w); i++ {
		out = append(out, [3]string{w[i], w[i+1], w[i+2]})
	}
	return out
}

// paragraphs splits rendered text into its paragraphs: every line (a
// paragraph, heading, caption or list item as the browser renders it),
// trimmed, valid UTF-8, no-break spaces made spaces, blank lines dropped.
func paragraphs(s string) []string {
	s = strings.ReplaceAll(claims.ValidText(s), "\u00a0", " ")
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// tidyText renders paragraphs as an article's text: one blank line
// between them, a final newline.
func tidyText(s string) string {
	paras := paragraphs(s)
	if len(paras) == 0 {
		return ""
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// dropHeadline removes the headline where the body starts with it (the
// page's <h1> kept as the first paragraph): a first paragraph whose words
// are nearly all (4 in 5) the headline's and that says at least half of
// it. The headline is the article's metadata, not its reporting.
func dropHeadline(text, headline string) string {
	hw := map[string]bool{}
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	for _, w := range words(headline) {
		hw[w] = true
	}
	if len(hw) == 0 {
		return text
	}
	paras := paragraphs(text)
	for len(paras) > 1 {
		w := words(paras[0])
		in := 0
		for _, x := range w {
			if hw[x] {
				in++
			}
		}
		if len(w) == 0 || 5*in < 4*len(w) || 2*len(w) < len(hw) {
			break
		}
		paras = paras[1:]
	}
	return tidyText(strings.Join(paras, "\n"))
}

// bodyParts finds an article body cut into several containers of which
// an extractor read only one (chosen, its paragraphs): the containers, in
// document order, and which of them was read. Pages put a full-width ad
// or a promotion between parts of the body by closing the body's element
// and opening another of the same kind after it (WIRED: two <div
// class="… article__body …"> with an ad row between them; POLITICO: the
// lead's three paragraphs in one <div class="story-text"> of one page
// row, the rest in another row's). Each extractor takes the one element
// that scores best as the body (trafilatura's BODY_XPATH takes one match,
// readability one candidate with its siblings), losing the other parts.
// The parts are the elements of one tag and class attribute that each
// hold paragraphs of their own (a <p> child with text), none inside
// another; the part read is the one whose paragraphs mostly stand in
// chosen, and that holds most of chosen. nil when there is none.
func bodyParts(doc *html.Node, chosen []string) (parts []*html.Node, read int) {
	if len(chosen) == 0 {
		return nil, 0
	}
	groups := map[string][]*html.Node{}
	var order []string
	walk(doc, func(n *html.Node) {
		class := strings.Join(strings.Fields(attr(n, "class")), " ")
		if n.Type != html.ElementNode || class == "" || !holdsParagraph(n) {
			return
		}
		key := n.Data + "." + class
		if len(groups[key]) == 0 {
			order = append(order, key)
		}
		groups[key] = append(groups[key], n)
	})
	for _, key := range order {
		parts := groups[key]
		if len(parts) < 2 || nested(parts) {
			continue
		}
		for i, part := range parts {
			ps := paragraphs(render.InnerText(part))
			if 2*countWords(agreed(ps, chosen)) >= countWords(ps) && 2*countWords(agreed(chosen, ps)) >= countWords(chosen) {
				return parts, i
			}
		}
	}
	return nil, 0
}

// restOfBody returns the paragraphs of the parts of a cut body
// (bodyParts) after the first, when chosen is the first: trafilatura
// stops at the first element that looks like the body.
func restOfBody(doc *html.Node, chosen []string) []string {
	parts, read := bodyParts(doc, chosen)
	if read != 0 {
		return nil
	}
	var out []string
	for _, p := range parts[min(1, len(parts)):] {
		out = append(out, unread(paragraphs(render.InnerText(p)), chosen)...)
	}
	return out
}

// bodyAround returns the paragraphs of the parts of a cut body
// (bodyParts) before and after the one read that read as its
// continuation, and where chosen has the part read's first and last
// paragraphs (from, to; from > to when there is no such part). A part
// counts when the body is cut into maxBodyParts or fewer (a longer run is
// a list: comments, teasers, a section page's stories), no heading stands
// between it and the part read (a heading opens another story or a box:
// "More on this topic"), and it reads as a body does (readsAsBody: not
// a list of titles, a label, a copyright line).
func bodyAround(doc *html.Node, chosen []string) (before, after []string, from, to int) {
	parts, read := bodyParts(doc, chosen)
	if len(parts) > maxBodyParts {
		return nil, nil, 1, 0
	}
	for j, p := range parts {
		if j == read || headingBetween(doc, parts[min(j, read)], parts[max(j, read)]) {
			continue
		}
		ps := unread(paragraphs(render.InnerText(p)), chosen)
		switch {
		case !readsAsBody(ps):
		case j < read:
			before = append(before, ps...)
		default:
			after = append(after, ps...)
		}
	}
	from, to = 1, 0
	if parts == nil {
		return
	}
	in := paragraphs(render.InnerText(parts[read]))
	from, to = len(chosen), -1
	for j, p := range chosen {
		if len(agreed([]string{p}, in)) == 1 {
			from, to = min(from, j), j
		}
	}
	return before, after, from, to
}

// maxBodyParts is the most parts a body is cut into: by one or two ads.
const maxBodyParts = 3

// minSplitPartWords is the least text a part of a cut body has.
const minSplitPartWords = 30

// readsAsBody reports whether paragraphs read as an article's body: at
// least minSplitPartWords words, most of them in paragraphs that end as a
// sentence does.
func readsAsBody(paras []string) bool {
	all, closed := 0, 0
	for _, p := range paras {
		n := len(strings.Fields(p))
		all += n
		if claims.EndsSentence(p) {
			closed += n
		}
	}
	return all >= minSplitPartWords && 2*closed >= all
}

// headingBetween reports whether a heading element (<h1>…<h6>) stands
// after a's end and before b in document order.
func headingBetween(doc, a, b *html.Node) bool {
	state := 0 // 0 before a, 1 after a, 2 at b
	found := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		switch {
		case state == 2 || found:
			return
		case n == a:
			state = 1
			return
		case n == b:
			state = 2
			return
		case state == 1 && n.Type == html.ElementNode && len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6':
			found = true
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return found
}

// unread returns the paragraphs of ps that chosen does not hold.
func unread(ps, chosen []string) []string {
	var out []string
	for _, p := range ps {
		if len(agreed([]string{p}, chosen)) == 0 {
			out = append(out, p)
		}
	}
	return out
}

// holdsParagraph tells whether one of n's children is a <p> with text.
func holdsParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "p" && strings.TrimSpace(render.InnerText(c)) != "" {
			return true
		}
	}
	return false
}

// nested tells whether one of the nodes lies inside another.
func nested(nodes []*html.Node) bool {
	in := map[*html.Node]bool{}
	for _, n := range nodes {
		in[n] = true
	}
	for _, n := range nodes {
		for p := n.Parent; p != nil; p = p.Parent {
			if in[p] {
				return true
			}
		}
	}
	return false
}

// findElement returns the first element named tag under n, or nil.
func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// walk calls fn on every node under n, depth first, in document order.
func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// attr returns an element's attribute, "" when absent.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// dropHoverCards removes from doc the cards a paragraph carries for a
// pointer to show: an element inside a <p> that holds a picture and two
// or more links (the innermost such element). A sentence never holds a
// picture and a list of links; a hover card does (thehill.com writes,
// after a politician's linked name, a hidden card with the name again,
// a portrait and links to other stories, which both extractors read as
// the paragraph's text: "Rep. Ilhan OmarIlhan OmarHillicon Valley: …").
// It returns how many it removed.
func dropHoverCards(doc *html.Node) int {
	var cards []*html.Node
	var visit func(n *html.Node, inPara bool) bool // reports whether n is or holds a card
	visit = func(n *html.Node, inPara bool) bool {
		held := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if visit(c, inPara || n.Type == html.ElementNode && n.Data == "p") {
				held = true
			}
		}
		if held || !inPara || n.Type != html.ElementNode || n.Data == "a" || !hoverCard(n) {
			return held
		}
		cards = append(cards, n)
		return true
	}
	visit(doc, false)
	for _, n := range cards {
		n.Parent.RemoveChild(n)
	}
	return len(cards)
}

// dropLinkLabels removes from doc the labels a link carries for an icon or
// a screen reader beside its words: an element inside an <a> whose class
// names an icon or text for screen readers only ("external-link-icon",
// "sr-only", "visually-hidden", "screen-reader-text"), when the link has
// other words. (A child whose text is the link's title is no label: "COVID-19"
// in a link titled so.) A sighted reader sees
// "said" and an arrow; the extractors read "saidOpens a new window"
// (spiceworks.com: <a title="Opens a new window">said<span
// class="external-link-icon">Opens a new window</span></a>). It returns
// how many it removed.
func dropLinkLabels(doc *html.Node) int {
	var labels []*html.Node
	walk(doc, func(a *html.Node) {
		if a.Type != html.ElementNode || a.Data != "a" {
			return
		}
		for c := a.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			t := strings.TrimSpace(textOf(c))
			if t == "" || len(strings.TrimSpace(textOf(a))) <= len(t) {
				continue // the link's only words are its words
			}
			if labelClass(attr(c, "class")) {
				labels = append(labels, c)
			}
		}
	})
	for _, n := range labels {
		n.Parent.RemoveChild(n)
	}
	return len(labels)
}

// joinDropCaps puts back a drop cap that a page sets apart from its
// paragraph: an element whose whole text is one capital letter, just
// before a <p> whose text opens with a lower-case letter
// (standard.co.uk: <span>T</span><p><a>urkey</a>, Poland …). The
// extractors read the paragraph without it ("urkey, Poland"), and the
// letter alone as a line. It returns how many it joined.
func joinDropCaps(doc *html.Node) int {
	type join struct{ cap, p *html.Node }
	var joins []join
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data == "p" {
			return
		}
		p := n.NextSibling
		for p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" {
			p = p.NextSibling
		}
		if p == nil || p.Type != html.ElementNode || p.Data != "p" {
			return // only an element just before a paragraph is read (the walk stays linear)
		}
		r := []rune(strings.TrimSpace(textOf(n)))
		if len(r) != 1 || !unicode.IsUpper(r[0]) {
			return
		}
		if first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(textOf(p), unicode.IsSpace)); unicode.IsLower(first) {
			joins = append(joins, join{n, p})
		}
	})
	for _, j := range joins {
		letter := strings.TrimSpace(textOf(j.cap))
		j.cap.Parent.RemoveChild(j.cap)
		j.p.InsertBefore(&html.Node{Type: html.TextNode, Data: letter}, j.p.FirstChild)
	}
	return len(joins)
}

// labelClass reports whether a class attribute names an icon or text for
// screen readers only.
func labelClass(class string) bool {
	for _, c := range strings.Fields(strings.ToLower(class)) {
		if strings.Contains(c, "icon") || c == "sr-only" || c == "visually-hidden" || c == "visuallyhidden" || c == "screen-reader-text" || c == "screenreader-only" {
			return true
		}
	}
	return false
}

// hoverCard reports whether n holds a picture and two or more links.
func hoverCard(n *html.Node) bool {
	pictures, links := 0, 0
	walk(n, func(d *html.Node) {
		if d.Type != html.ElementNode {
			return
		}
		switch d.Data {
		case "img", "picture":
			pictures++
		case "a":
			links++
		}
	})
	return pictures > 0 && links >= 2
}
