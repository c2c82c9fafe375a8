package importers

import (
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minNoscriptWords is the fewest words of paragraphs a <noscript> holds
// to be read as the story: a script-loaded article's fallback, not a
// "Please enable JavaScript" banner or a tracking pixel.
const minNoscriptWords = 50

// openNoscripts reads as part of the page the story a page keeps for
// readers without scripts: a blog whose post its script renders from a
// template (Blogger's <script type="text/template"> in the post body,
// security.googleblog.com) gives it again in the <noscript> beside it,
// which a browser with scripts on (and an HTML parser reading as one)
// takes for raw text. A <noscript> inside the <body> whose markup holds
// minNoscriptWords words of paragraphs, and whose first paragraph the
// page shows nowhere else, becomes a <div> of that markup, for both
// extractors to read. It returns how many it opened.
func openNoscripts(doc *html.Node) int {
	var found []*html.Node
	var visit func(n *html.Node, inBody bool)
	visit = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			inBody = inBody || n.DataAtom == atom.Body
			if n.DataAtom == atom.Noscript && inBody && n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
				found = append(found, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inBody)
		}
	}
	visit(doc, false)
	if len(found) == 0 {
		return 0
	}
	shown := ""
	opened := 0
	for _, n := range found {
		parent := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		nodes, err := html.ParseFragment(strings.NewReader(n.FirstChild.Data), parent)
		if err != nil {
			continue
		}
		words, first := 0, ""
		for _, c := range nodes {
			for _, p := range elements(c, atom.P) {
				t := strings.Join(strings.Fields(render.InnerText(p)), " ")
				words += len(strings.Fields(t))
				if first == "" && len(strings.Fields(t)) >= 8 {
					first = t
				}
			}
		}
		if words < minNoscriptWords || first == "" {
			continue
		}
		if shown == "" {
			shown = strings.Join(strings.Fields(render.InnerText(doc)), " ")
		}
		if strings.Contains(shown, first) {
			continue // the page shows the story already
		}
		n.RemoveChild(n.FirstChild)
		for _, c := range nodes {
			n.AppendChild(c)
		}
		n.Data, n.DataAtom = "div", atom.Div
		opened++
	}
	return opened
}

// elements are n and its descendants of the element a.
func elements(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == a {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return out
}
