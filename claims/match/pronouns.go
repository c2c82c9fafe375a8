package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// A reader's text of several sentences often names someone once and then
// says "he" or "they": "trump discussed a cyber unit with putin. later he
// tweeted that it could definitely happen". Checked alone, the second
// sentence names nobody, so no source can settle it, and a false sentence
// hides behind a true one. A sentence whose subject is "he", "she" or
// "they" is read with the subject of the sentence before it in its place
// (the subject is the likeliest referent: Hobbs, "Resolving pronoun
// references", Lingua 44, 1978), and the reason says so.

// subjectPronouns are the pronouns read as the previous subject, with
// whether they are plural.
var subjectPronouns = map[string]bool{"he": false, "she": false, "they": true}

// leadWords may stand before a subject pronoun: "later he tweeted", "and
// then they were".
var leadWords = wordSet("and but so then later also afterwards subsequently since")

// subject is who a sentence is about: the names it opens with.
type subject struct {
	text   string
	plural bool
}

// subjectOf returns the run of names a sentence opens with ("Trump", "Roman
// Seleznev and Vadim Polyakov"), if it opens with one.
func (ix *Index) subjectOf(a analysed) (subject, bool) {
	toks := a.tokens
	i, end, names := 0, -1, 0
	for i < len(toks) {
		if !ix.isName(a, toks[i]) {
			break
		}
		for i < len(toks) && ix.isName(a, toks[i]) {
			i++
		}
		names++
		end = i
		if i+1 < len(toks) && toks[i].Term == "and" && ix.isName(a, toks[i+1]) {
			i++
			continue
		}
		break
	}
	if end < 0 {
		return subject{}, false
	}
	return subject{text: a.text[toks[0].Start:toks[end-1].End], plural: names > 1}, true
}

// subjectPronoun returns the subject pronoun a sentence opens with, past
// lead words.
func subjectPronoun(a analysed) (text.Token, bool) {
	for _, t := range a.tokens {
		w := text.Normalize(t.Text)
		if _, ok := subjectPronouns[w]; ok {
			return t, true
		}
		if !leadWords[w] {
			break
		}
	}
	return text.Token{}, false
}

// reading is a sentence with its subject pronoun read as a name.
type reading struct {
	text         string // the sentence as read
	at           int    // where the pronoun stands
	pronoun, who string
}

// readPronoun returns the sentence a with its subject pronoun replaced by
// the previous sentence's subject, when their number agrees.
func readPronoun(a analysed, prev subject) (reading, bool) {
	if prev.text == "" {
		return reading{}, false
	}
	p, ok := subjectPronoun(a)
	if !ok || subjectPronouns[text.Normalize(p.Text)] != prev.plural {
		return reading{}, false
	}
	s := a.text
	return reading{text: s[:p.Start] + prev.text + s[p.End:], at: p.Start, pronoun: s[p.Start:p.End], who: prev.text}, true
}

// back maps a result of the sentence as read onto the sentence as written:
// its text and spans, and a reason that says how it was read.
//
// A contradiction about the name itself ("the source attributes this to
// Putin, not to Biden") rests on the reading, not on what the reader
// wrote, so it settles nothing.
func (rd reading) back(r Result, written string, start, end int) Result {
	if r.Verdict == Contradicted && rd.differsOnName(r.Spans) {
		r.Verdict, r.Confidence = Unverified, 0
		r.Reason = "No source settles this: " + strings.ToLower(r.Reason[:1]) + r.Reason[1:]
		for i := range r.Matches {
			if r.Matches[i].Stance == Contradicts {
				r.Matches[i].Stance = Related
			}
		}
	}
	r.Text, r.Start, r.End = written, start, end
	r.Spans = rd.spans(r.Spans)
	for i := range r.Matches {
		r.Matches[i].Spans = rd.spans(r.Matches[i].Spans)
	}
	r.Reason = strings.TrimSuffix(r.Reason, ".") + fmt.Sprintf(" (reading %q as %s).", rd.pronoun, rd.who)
	return r
}

// spans moves spans of the sentence as read onto the sentence as written;
// one inside the name becomes the pronoun's.
func (rd reading) spans(in []Span) []Span {
	if in == nil {
		return nil
	}
	shift := len(rd.who) - len(rd.pronoun)
	nameEnd := rd.at + len(rd.who)
	pos := func(x int) int {
		switch {
		case x <= rd.at:
			return x
		case x >= nameEnd:
			return x - shift
		}
		return rd.at + len(rd.pronoun)
	}
	out := make([]Span, 0, len(in))
	for _, sp := range in {
		a, b := pos(sp.Start), pos(sp.End)
		if sp.Start >= rd.at && sp.Start < nameEnd {
			a = rd.at
		}
		if a < b {
			out = append(out, Span{a, b, sp.Kind})
		}
	}
	return out
}

// differsOnName reports whether a span marking a difference lies in the
// name the pronoun was read as.
func (rd reading) differsOnName(spans []Span) bool {
	for _, sp := range spans {
		if sp.Kind == "differ" && sp.Start < rd.at+len(rd.who) && sp.End > rd.at {
			return true
		}
	}
	return false
}
