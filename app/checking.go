package app

import (
	"embed"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// Limits on what is checked and shared; the README's "Limits" section
// states them to readers and sites.
const (
	// maxCheck is how many characters are checked at once. A longer text
	// stays whole in the text box; the reader checks it part by part.
	maxCheck = 20_000
	// maxLink is how many characters a share link carries; a link that
	// carries more (one this app did not make) is read up to maxCheck.
	maxLink = 2_000
	// firstResults is how many results a check shows before "Show all".
	firstResults = 10
	// sliceBudget is how long one slice of checking may run before it
	// yields to the browser, so that no task blocks the page for long.
	sliceBudget = 40 * time.Millisecond
)

// part is the piece of the reader's text one check covers: at most
// maxCheck characters from From, ending where a sentence does when the
// text goes on.
type part struct {
	From, To int // byte offsets in the reader's text
	Chars    int // characters in the whole text
}

// More reports whether the text goes on after the part.
func (p part) More(text string) bool { return p.To < len(text) }

func partOf(text string, from int) part {
	from = max(0, min(from, len(text)))
	for from > 0 && from < len(text) && !utf8.RuneStart(text[from]) {
		from--
	}
	p := part{From: from, To: len(text), Chars: utf8.RuneCountInString(text)}
	end, n := from, 0
	for end < len(text) && n < maxCheck {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
		n++
	}
	if end == len(text) {
		return p
	}
	// Cut after the last sentence end (". ", "! ", "? " or a line break)
	// in the second half of the part, so no sentence is cut in two.
	p.To = end
	chunk := text[from:end]
	cut := -1
	for _, stop := range []string{". ", "! ", "? ", "\n"} {
		if i := strings.LastIndex(chunk, stop); i >= 0 && i+len(stop) > cut {
			cut = i + len(stop)
		}
	}
	if cut > len(chunk)/2 {
		p.To = from + cut
	}
	return p
}

// textCheck is the check of one part of the reader's text: the engine's
// own check (match.TextCheck: sentences, what is out of scope, pronouns,
// repeats, the overall verdict), run by the engine in its Web Worker
// (engine.go) or, where there is none, stepped a slice at a time by the
// page, so that a long text never blocks it. The page adds only the part
// of a long text, pasted markup read as text, and the order results are
// shown in.
type textCheck struct {
	Part  part
	text  string           // what is checked: the part's visible text
	local *match.TextCheck // the check stepped by the page; nil when the engine checks
	view                   // what was found so far
}

// view is what a check has found so far, as the page shows it.
type view struct {
	sentences               []sentence
	counts                  match.Counts
	checked, total, repeats int
	done                    bool
}

// sentence is the result for one distinct sentence, with how many times
// it stands in the text.
type sentence = match.Sentence

// newTextCheck starts the check of the part of text from from in the
// page, taking over earlier's results for the sentences they share
// (earlier may be nil).
func newTextCheck(ix *match.Index, text string, from int, earlier *textCheck) *textCheck {
	c := newEngineCheck(text, from)
	c.local = ix.NewTextCheck(c.text)
	if earlier != nil && earlier.local != nil {
		c.local.Reuse(earlier.local)
	}
	return c
}

// newEngineCheck is the check of the part of text from from, filled by
// the engine's updates (apply).
func newEngineCheck(text string, from int) *textCheck {
	p := partOf(text, from)
	return &textCheck{Part: p, text: visibleText(text[p.From:p.To])}
}

// Step checks sentences in the page until budget is spent (at least one).
func (c *textCheck) Step(budget time.Duration) {
	l := c.local
	l.Next(budget)
	c.view = view{l.Sentences(), l.Counts(), l.Checked(), l.Total(), l.Repeats(), l.Done()}
}

// Done reports whether every sentence is checked.
func (c *textCheck) Done() bool { return c.done }

// Checked is how many sentences are checked so far, of Total.
func (c *textCheck) Checked() int { return c.checked }

// Total is how many sentences the part has.
func (c *textCheck) Total() int { return c.total }

// Repeats is how many sentences so far repeat an earlier one.
func (c *textCheck) Repeats() int { return c.repeats }

// Results are the distinct sentences checked so far, in reading order.
func (c *textCheck) Results() []sentence { return c.sentences }

// counts are a text's sentences by verdict.
type counts struct{ match.Counts }

func (c *textCheck) Counts() counts { return counts{c.counts} }

// Summary is "12 contradicted, 30 supported, 1,072 with no sourced claim".
func (n counts) Summary() string {
	var parts []string
	add := func(k int, what string) {
		if k > 0 {
			parts = append(parts, thousands(k)+" "+what)
		}
	}
	add(n.Contradicted, "contradicted")
	add(n.Supported, "supported")
	add(n.Unverified, "with no sourced claim")
	add(n.NotCheckable, "not checkable")
	return strings.Join(parts, ", ")
}

// Ordered returns the results to show: in reading order when they all fit
// on the first screen, else the most decisive first (contradicted, then
// supported, then the rest), each group in reading order.
func (c *textCheck) Ordered() []sentence {
	results := c.Results()
	if len(results) <= firstResults {
		return results
	}
	out := append([]sentence(nil), results...)
	sort.SliceStable(out, func(i, j int) bool { return displayRank(out[i]) < displayRank(out[j]) })
	return out
}

func displayRank(r sentence) int {
	switch {
	case !r.Checkable:
		return 3
	case r.Verdict == match.Contradicted:
		return 0
	case r.Verdict == match.Supported:
		return 1
	}
	return 2
}

// thousands writes n with thousands separators: 1,072.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// capText is the part of s one check covers, from its start.
func capText(s string) string { return s[:partOf(s, 0).To] }

// htmlElements are the element names pasted HTML is read with: name ->
// "line", "hidden" or "inline" (data/html-elements.txt says which is which
// and where the names come from).
var htmlElements = wordlist.Map(dataFiles, "data/html-elements.txt")

//go:embed data/*.txt
var dataFiles embed.FS

// markup finds a whole tag or a comment in pasted text; tagHead reads the
// tag that starts a text. Compiled the first time a text has a '<', not at
// start-up: package init runs on every page load and in the check worker,
// and most texts have no markup.
var (
	markupOnce      sync.Once
	markup, tagHead *regexp.Regexp
)

func compileMarkup() {
	markup = regexp.MustCompile(`<!--|</?([A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>`)
	tagHead = regexp.MustCompile(`^</?([A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>`)
}

// visibleText is what pasted HTML shows: tags and comments dropped,
// entities decoded, elements that stand on their own line as line breaks,
// the content of scripts, styles and the like left out. A text without
// markup is returned as it is.
func visibleText(s string) string {
	if !hasMarkup(s) {
		return s
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				break
			}
			s = s[end+3:]
			continue
		}
		m := tagHead.FindStringSubmatchIndex(s)
		name := ""
		if m != nil {
			name = strings.ToLower(s[m[2]:m[3]])
		}
		kind, known := htmlElements[name]
		if !known {
			b.WriteByte('<')
			s = s[1:]
			continue
		}
		closing := s[1] == '/'
		s = s[m[1]:]
		switch {
		case kind == "hidden" && !closing: // skip to its end tag
			if end := indexFold(s, "</"+name); end >= 0 {
				s = s[end:]
			} else {
				s = ""
			}
		case kind == "line":
			b.WriteByte('\n')
		}
	}
	return html.UnescapeString(b.String())
}

// hasMarkup reports whether s has a comment or a tag of a known element
// (and compiles markup and tagHead the first time s has a '<').
func hasMarkup(s string) bool {
	if !strings.Contains(s, "<") {
		return false
	}
	markupOnce.Do(compileMarkup)
	for _, m := range markup.FindAllStringSubmatch(s, 8) {
		if _, known := htmlElements[strings.ToLower(m[1])]; m[0] == "<!--" || known {
			return true
		}
	}
	return false
}

// indexFold finds needle (ASCII) in s ignoring case, or -1.
func indexFold(s, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], needle) {
			return i
		}
	}
	return -1
}
