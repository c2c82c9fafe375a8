package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// "There is a capital called Mogadishu" says "Mogadishu is a capital";
// "this is an ethnic group called Lithuanians", "there is a British actor
// named Marcus Bentley" likewise. Checked as written, the sentence's
// subject is "there", and what it says of the name ("a capital") stands
// before the name instead of after a copula, where the rules read it. A
// sentence of that form is checked as the plain statement it makes, and
// the reason says so.

// existentialForm is "there is a X called Y": the verb, the article, what
// the name is called, and the name.
var existentialForm = lazyre.New(`(?i)^\s*(?:there|this|here)\s+(is|was|are|were)\s+((?:a|an|the)\s+)?(.+?)\s+(?:called|named|name|by the name of)\s+(.+?)\s*[.!]?\s*$`)

// segment is a stretch of a rewritten sentence and where it stood in the
// sentence as written.
type segment struct{ at, len, orig int }

// restatement is a sentence put another way, with where its words stood.
type restatement struct {
	text, written string
	segs          []segment
}

// existential returns the plain statement a "there is a X called Y"
// sentence makes: "Y is a X".
func existential(s string) (restatement, bool) {
	// The pattern is compiled only for a text with its naming word.
	if l := strings.ToLower(s); !strings.Contains(l, "call") && !strings.Contains(l, "name") {
		return restatement{}, false
	}
	m := existentialForm.FindStringSubmatchIndex(s)
	if m == nil || strings.ContainsAny(s[m[8]:m[9]], ",;") {
		return restatement{}, false
	}
	verb, what, name := s[m[2]:m[3]], s[m[6]:m[7]], s[m[8]:m[9]]
	article := ""
	if m[4] >= 0 {
		article = s[m[4]:m[5]]
	}
	var b strings.Builder
	var segs []segment
	add := func(part string, orig int) {
		if orig >= 0 {
			segs = append(segs, segment{b.Len(), len(part), orig})
		}
		b.WriteString(part)
	}
	add(name, m[8])
	add(" "+verb+" ", -1)
	if article != "" {
		add(article, m[4])
	}
	add(what, m[6])
	add(".", -1)
	return restatement{text: b.String(), written: s, segs: segs}, true
}

// back maps a result of the restatement onto the sentence as written: its
// text and spans, and a reason that says how it was read.
func (rs restatement) back(r Result, start, end int) Result {
	read := rs.text
	r.Text, r.Start, r.End = rs.written, start, end
	r.Spans = rs.spans(r.Spans)
	for i := range r.Matches {
		r.Matches[i].Spans = rs.spans(r.Matches[i].Spans)
	}
	r.Reason = strings.TrimSuffix(r.Reason, ".") + fmt.Sprintf(" (reading it as %q).", strings.TrimSuffix(read, "."))
	return r
}

// spans moves spans of the restatement onto the sentence as written; a
// span across two segments is cut to the first.
func (rs restatement) spans(in []Span) []Span {
	if in == nil {
		return nil
	}
	out := make([]Span, 0, len(in))
	for _, sp := range in {
		for _, g := range rs.segs {
			if sp.Start >= g.at && sp.Start < g.at+g.len {
				e := min(sp.End, g.at+g.len)
				out = append(out, Span{g.orig + sp.Start - g.at, g.orig + e - g.at, sp.Kind})
				break
			}
		}
	}
	return out
}
