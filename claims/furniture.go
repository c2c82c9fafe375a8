package claims

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// Furniture lines are the lines a news page prints in or around an
// article that are not its reporting ("Read more: …", "Sign up for our
// newsletter", "Reporting by …; Editing by …", "Continue Reading Below",
// a photo credit, a press release's "About X"). The patterns are a data
// file, data/furniture.txt, with its source and licence in its header;
// each section names a kind and where on the page that kind is
// furniture. importers strip them from an article's text; the segmenter
// skips any that remain in text articles (boilerplate.go).

//go:embed data/furniture.txt
var furnitureData embed.FS

// furniturePlace is where on the page a kind of furniture is furniture.
type furniturePlace int

const (
	placeAnywhere furniturePlace = iota // the paragraph alone, anywhere
	placeFirst                          // the paragraph alone, when first
	placeToEnd                          // it and all after it, in the second half
	placeTrailing                       // it alone, while all after it are furniture too
	placePage                           // as anywhere, in a saved page's text only (not the segmenter's)
)

type furnitureKind struct {
	name  string
	place furniturePlace
	// inText: the line stays in the article's text (it is the page's own
	// words, inside its article body, and a reader of the article sees
	// it) and is only kept out of the claims (furnitureReasons in the
	// segmenter). The other kinds are cut from the text.
	inText   bool
	patterns []*regexp.Regexp
}

// maxFurnitureWords: a paragraph longer than this is never a furniture
// line; maxClosingWords for the closing kinds (to-end, trailing), where a
// company describes itself at more length.
const (
	maxFurnitureWords = 60
	maxClosingWords   = 150
)

// furnitureKinds are parsed and compiled on first use, not at start-up
// (the browser links this package and rarely strips furniture:
// GODEBUG=inittrace=1 under Node, claims init 413 ms -> 3 ms).
func furnitureKinds() []furnitureKind {
	furnitureOnce.Do(func() { furnitureParsed = parseFurniture(furnitureData, "data/furniture.txt") })
	return furnitureParsed
}

var (
	furnitureOnce   sync.Once
	furnitureParsed []furnitureKind
)

// parseFurniture reads data/furniture.txt (see its header): its sections
// (wordlist.Sections) are the kinds, their entries the patterns. A
// mistake in the file panics: it is embedded, so that is a build mistake.
func parseFurniture(fsys fs.FS, file string) []furnitureKind {
	places := map[string]furniturePlace{"anywhere": placeAnywhere, "first": placeFirst, "to-end": placeToEnd, "trailing": placeTrailing, "page": placePage}
	var kinds []furnitureKind
	for _, sec := range wordlist.Sections(fsys, file) {
		name, where, ok := strings.Cut(sec.Name, ":")
		where, mod, hasMod := strings.Cut(where, ",")
		place, known := places[strings.TrimSpace(where)]
		if !ok || !known || hasMod && strings.TrimSpace(mod) != "in text" {
			panic(fmt.Sprintf("%s:%d: section %q is not [kind: anywhere|page|first|to-end|trailing(, in text)]", file, sec.Line, "["+sec.Name+"]"))
		}
		k := furnitureKind{name: strings.TrimSpace(name), place: place, inText: hasMod}
		for _, l := range sec.Entries {
			k.patterns = append(k.patterns, regexp.MustCompile("(?i)"+l))
		}
		kinds = append(kinds, k)
	}
	return kinds
}

// furnitureLine returns the kind of furniture para is where it stands
// (place), or "": of the kinds cut from the text.
func furnitureLine(para string, places ...furniturePlace) string {
	return furnitureLineOf(para, false, places...)
}

// furnitureLineOf is furnitureLine among the kinds whose inText is inText.
func furnitureLineOf(para string, inText bool, places ...furniturePlace) string {
	words := wordCount(para)
	if para == "" || words > maxClosingWords {
		return ""
	}
	for _, k := range furnitureKinds() {
		if k.inText != inText {
			continue
		}
		for _, p := range places {
			if k.place != p || words > maxFurnitureWords && p != placeToEnd && p != placeTrailing {
				continue
			}
			for _, re := range k.patterns {
				if re.MatchString(para) {
					return k.name
				}
			}
		}
	}
	return ""
}

// Dropped is a paragraph left out of an article's text, and why.
type Dropped struct {
	Para   string
	Reason string
}

// DropFurniture returns an article's paragraphs without its furniture
// lines (data/furniture.txt), and what it left out. Paragraphs are
// trimmed lines of text, in order.
//
// A paragraph of several sentences that closes on a pointer to a link
// ("click here"), and whose first is neither furniture nor a call to
// action ("Get …", "Subscribe …": boilerplate.go's promoOpenerRE), loses
// only the pointer: "… and several others. For a full list of candidates, click
// here." keeps its reporting (furnitureTail). Other furniture closing a
// paragraph marks the whole as the page's: a credit after a caption
// ("… (Photo Credit : PTI File Photo )"), a newsletter's sign-up after its
// pitch, a link after a sponsor's line, "Follow her on Twitter" after a
// bio.
func DropFurniture(paras []string) (kept []string, dropped []Dropped) {
	for i, reason := range furnitureReasons(paras, false) {
		p := paras[i]
		if reason == "" || reason == furnitureLine(p, placeAnywhere, placePage) {
			if head, tail, why := furnitureTail(p); tail != "" {
				kept = append(kept, head)
				dropped = append(dropped, Dropped{tail, why})
				continue
			}
		}
		if reason != "" {
			dropped = append(dropped, Dropped{p, reason})
			continue
		}
		kept = append(kept, p)
	}
	return kept, dropped
}

// furnitureTail parts a paragraph of two sentences or more into its
// reporting (head) and the pointers to a link that close it (tail: each of
// its sentences a furniture line of a kind cut from the text that stands
// anywhere, with "click here" in it), with their kind. tail is "" when the
// paragraph does not close on such lines, or is nothing else.
func furnitureTail(p string) (head, tail, kind string) {
	sents := splitSentences(p, 0, false)
	if len(sents) < 2 {
		return p, "", ""
	}
	t := len(sents)
	for t > 0 {
		sent := strings.TrimSpace(p[sents[t-1][0]:sents[t-1][1]])
		k := furnitureLine(sent, placeAnywhere, placePage)
		if k == "" || !clickHereRE.MatchString(sent) {
			break
		}
		kind = k
		t--
	}
	if t == len(sents) || t == 0 || promoOpenerRE.MatchString(strings.ToLower(p)) { // a pitch from its first word: "Get Motor Cycle Monthly delivered … 12 issues for £11.99. Click here …"
		return p, "", ""
	}
	return strings.TrimSpace(p[:sents[t][0]]), strings.TrimSpace(p[sents[t][0]:]), kind
}

// clickHereRE is a pointer to a link: "click here", "clicking here".
var clickHereRE = lazyre.New(`(?i)\bclick(ing)? here\b`)

// furnitureReasons returns, for each paragraph, the kind of furniture it
// is where it stands ("" for the article's own), among the kinds whose
// inText is inText: the kinds cut from a page's text (DropFurniture) or
// those kept in it and only out of its claims (SegmentText).
func furnitureReasons(paras []string, inText bool) []string {
	line := func(p string, places ...furniturePlace) string { return furnitureLineOf(p, inText, places...) }
	n := len(paras)
	// Paragraphs from cut on are a press release's closing sections: a
	// to-end line in the second half, with at most a third of the
	// article's words from it on (an article's own late "About the
	// study" section is longer than that).
	total := 0
	for _, p := range paras {
		total += wordCount(p)
	}
	cut, rest := n, 0
	for i := n - 1; i >= n/2 && i > 0; i-- {
		if rest += wordCount(paras[i]); 3*rest > total {
			break
		}
		if line(paras[i], placeToEnd) != "" {
			cut = i
		}
	}
	// Trailing furniture: the last paragraphs before cut, while each is.
	end := cut
	for end > 0 && line(paras[end-1], placeTrailing, placeAnywhere, placePage) != "" {
		end--
	}
	reasons := make([]string, n)
	for i, p := range paras {
		switch {
		case i >= cut:
			reasons[i] = line(paras[cut], placeToEnd)
		case i >= end:
			reasons[i] = line(p, placeTrailing, placeAnywhere, placePage)
		case i == 0:
			reasons[i] = line(p, placeFirst, placeAnywhere, placePage)
		default:
			reasons[i] = line(p, placeAnywhere, placePage)
		}
	}
	// The list under a heading that is furniture: a box of links' heading
	// ("Related", "See also:") or a teaser heading in capitals closed by a
	// colon ("HERE'S WHAT YOU NEED TO KNOW ABOUT THE VIRUS OUTBREAK:", an
	// agency's box of its other stories), then lines that are no sentences
	// (no closing punctuation: headlines), up to the first sentence.
	for i := range reasons {
		if !listHeadings[reasons[i]] || reasons[i] == "teaser in capitals" && !strings.HasSuffix(strings.TrimSpace(paras[i]), ":") {
			continue
		}
		for j := i + 1; j < n && reasons[j] == "" && !EndsSentence(paras[j]) && wordCount(paras[j]) <= maxFurnitureWords; j++ {
			reasons[j] = reasons[i]
		}
	}
	return reasons
}

// listHeadings are the kinds of furniture that head a list of other
// stories' headlines.
var listHeadings = map[string]bool{"link list heading": true, "teaser in capitals": true}
