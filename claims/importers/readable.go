package importers

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// furnitureFile lists the class and id words of page furniture; see its
// header for source and licence.
//
//go:embed data/furniture.txt
var furnitureFile string

var furnitureWords = loadWords(furnitureFile)

// loadWords reads a word list: one word a line, # comments.
func loadWords(data string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out[strings.ToLower(l)] = true
		}
	}
	return out
}

// furnitureTags never hold the article's own words.
// (Scripts stay: readability reads the JSON-LD in them, then drops them.)
var furnitureTags = map[string]bool{"template": true, "form": true, "button": true,
	"input": true, "select": true, "textarea": true, "nav": true, "aside": true, "footer": true, "dialog": true,
	"iframe": true, "svg": true, "canvas": true, "object": true, "embed": true}

// furnitureRoles are the ARIA landmarks and widgets that are not the
// article.
var furnitureRoles = map[string]bool{"navigation": true, "banner": true, "complementary": true, "contentinfo": true,
	"dialog": true, "alertdialog": true, "search": true, "form": true, "menu": true, "menubar": true}

// isFurniture reports whether an element is page furniture: by its tag,
// its ARIA role, being hidden, or a furniture word in its class or id.
func isFurniture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if furnitureTags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden", "aria-modal":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "role":
			if furnitureRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "class", "id":
			for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if furnitureWords[w] {
					return true
				}
			}
		}
	}
	return false
}

// removeFurniture deletes every furniture element under n, and what it
// holds. The <head> is left alone: it carries the metadata.
func removeFurniture(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.ElementNode && c.Data == "head":
		case isFurniture(c):
			n.RemoveChild(c)
		default:
			removeFurniture(c)
		}
		c = next
	}
}

// readableText extracts the article body of a page (or of a feed item's
// HTML) as text: furniture removed, then go-readability's choice of the
// main content, rendered as the browser's innerText renders it, with
// each paragraph, heading, caption or list item a paragraph of its own,
// paragraphs separated by blank lines. When readability finds no content (a short fragment),
// the whole cleaned body is rendered. It also returns readability's
// article for its metadata. doc is changed.
func readableText(doc *html.Node) (string, readability.Article) {
	removeFurniture(doc)
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, nil)
	text := ""
	if err == nil && art.Node != nil {
		text = render.InnerText(art.Node)
	}
	if strings.TrimSpace(text) == "" {
		if body := findElement(doc, "body"); body != nil {
			text = render.InnerText(body)
		}
	}
	return tidyText(text), art
}

// tidyText makes every line of rendered text (valid UTF-8) a paragraph: its ends
// trimmed, no-break spaces made spaces, one blank line between
// paragraphs (a caption or list item rendered on the next line of a
// paragraph becomes a paragraph of its own, as the segmenter sees it).
func tidyText(s string) string {
	s = strings.ReplaceAll(claims.ValidText(s), "\u00a0", " ")
	var paras []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	if len(paras) == 0 {
		return ""
	}
	return strings.Join(paras, "\n\n") + "\n"
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
