package app

import (
	"embed"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
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

// textCheck is the check of one part of the reader's text, built a slice
// of sentences at a time (Step) so that a long text never blocks the page.
// Repeated sentences are checked once and counted.
type textCheck struct {
	Part    part
	Text    string     // what the part shows: pasted markup becomes its text
	Results []sentence // the distinct sentences, in reading order
	Repeats int        // sentences merged into an earlier identical one

	segs []claims.Segment
	next int            // the next segment to check
	seen map[string]int // a sentence's key -> its index in Results
}

// sentence is the result for one distinct sentence.
type sentence struct {
	match.Result
	Count int // how many times it stands in the text
}

func newTextCheck(text string, from int) *textCheck {
	p := partOf(text, from)
	shown := visibleText(text[p.From:p.To])
	return &textCheck{Part: p, Text: shown, segs: claims.SplitStatements(shown), seen: map[string]int{}}
}

// Done reports whether every sentence is checked.
func (c *textCheck) Done() bool { return c.next >= len(c.segs) }

// Checked is how many sentences are checked so far, of Total.
func (c *textCheck) Checked() int { return c.next }
func (c *textCheck) Total() int   { return len(c.segs) }

// Step checks sentences until budget is spent (at least one).
func (c *textCheck) Step(ix *match.Index, budget time.Duration) {
	start := time.Now()
	for !c.Done() {
		seg := c.segs[c.next]
		c.next++
		s := c.Text[seg.Start:seg.End]
		key := strings.ToLower(strings.Join(strings.Fields(s), " "))
		if i, ok := c.seen[key]; ok {
			c.Results[i].Count++
			c.Repeats++
			continue
		}
		var r match.Result
		if seg.Reason != "" {
			r = match.Result{Text: s, NotCheckable: seg.Reason, Verdict: match.Unverified, Reason: "Not checkable: " + seg.Reason + ".", Matches: []match.Match{}}
		} else {
			r = ix.Check(s)
		}
		r.Start, r.End = seg.Start, seg.End
		c.seen[key] = len(c.Results)
		c.Results = append(c.Results, sentence{Result: r, Count: 1})
		if time.Since(start) >= budget {
			return
		}
	}
}

// counts are a text's sentences by verdict.
type counts struct {
	Contradicted, Supported, Unverified, NotCheckable int
}

func (c *textCheck) Counts() counts {
	var n counts
	for _, r := range c.Results {
		switch {
		case !r.Checkable:
			n.NotCheckable++
		case r.Verdict == match.Contradicted:
			n.Contradicted++
		case r.Verdict == match.Supported:
			n.Supported++
		default:
			n.Unverified++
		}
	}
	return n
}

// Verdict is the text's overall verdict (match.OverallVerdict).
func (n counts) Verdict() match.Verdict {
	return match.OverallVerdict(n.Supported, n.Contradicted, n.Unverified)
}

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
	if len(c.Results) <= firstResults {
		return c.Results
	}
	out := append([]sentence(nil), c.Results...)
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

// markup finds a whole tag or a comment in pasted text.
var (
	markup  = regexp.MustCompile(`<!--|</?([A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>`)
	tagHead = regexp.MustCompile(`^</?([A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>`)
)

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

func hasMarkup(s string) bool {
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
