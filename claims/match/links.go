package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// A sentence of a text of several may open onto the one before with a
// word that says only how the two follow each other: "He was later
// charged in a US court" after "Drinkman was arrested in Amsterdam",
// "They also agreed to …", "Then she backed it". The word points at the
// sentence before, which the text has already checked; against a claim
// it would stand for a time or an addition the source never states
// ("the source does not say "later""), though the claim tells the same
// sequence ("arrested in Amsterdam in 2012 and charged in a U.S. federal
// court"). Such a sentence is checked as read without the word, and the
// result says so. A link word that carries its own content stays: "two
// years later", "later that day", "since then", "until then", "by then".

// linkWords are the words that tie a sentence to the one before it.
var linkWords = wordSet("later then afterwards subsequently also")

// linkBefore are the words a link word may follow: the sentence's start,
// a subject pronoun, an auxiliary ("was later charged", "had then").
var linkBefore = wordSet("he she they it we i you")

// linkAfterNot are the words that make a link word part of a phrase with
// content: "later this year", "then the next day" stays.
var linkAfterNot = wordSet("this that the in on at next a an than -")

// linked is a sentence read without its link word.
type linked struct {
	text string // the sentence as read
	at   int    // where the word (and the space after it) stood
	cut  string // what was cut: the word and the space after it
	word string
}

// readLink returns the sentence without its link word, if it has one.
func readLink(a analysed) (linked, bool) {
	toks := a.tokens
	for i, t := range toks {
		w := text.Normalize(t.Text)
		if !linkWords[w] || t.Kind != text.Word {
			continue
		}
		if i > 0 {
			p := text.Normalize(toks[i-1].Text)
			if !linkBefore[p] && !auxiliaries[p] {
				continue
			}
		}
		if i+1 >= len(toks) {
			continue
		}
		next := toks[i+1]
		comma := strings.HasPrefix(a.text[t.End:], ",") // "Later, the council …"
		if next.Kind != text.Word || !comma && linkAfterNot[text.Normalize(next.Text)] || strings.HasPrefix(a.text[t.End:], "-") {
			continue
		}
		// Cut the word, a comma after it ("Later, he …"), and the space
		// before the next word.
		end := next.Start
		cut := a.text[t.Start:end]
		if strings.TrimSpace(strings.Trim(cut[len(a.text[t.Start:t.End]):], ",")) != "" {
			continue // something else stands between the word and the next
		}
		s := a.text[:t.Start] + a.text[end:]
		if i == 0 { // the next word opens the sentence now
			s = a.text[:t.Start] + capitaliseFirst(a.text[end:])
		}
		return linked{text: s, at: t.Start, cut: cut, word: a.text[t.Start:t.End]}, true
	}
	return linked{}, false
}

func capitaliseFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// back maps a result of the sentence as read onto the sentence as
// written: its text and spans, and a reason that says how it was read.
func (l linked) back(r Result, written string, start, end int) Result {
	r.Text, r.Start, r.End = written, start, end
	r.Spans = l.spans(r.Spans)
	for i := range r.Matches {
		r.Matches[i].Spans = l.spans(r.Matches[i].Spans)
	}
	if r.Reason != "" {
		r.Reason = strings.TrimSuffix(r.Reason, ".") + fmt.Sprintf(" (%q read as following the sentence before).", l.word)
	}
	return r
}

// spans moves spans of the sentence as read onto the sentence as written.
func (l linked) spans(in []Span) []Span {
	if in == nil {
		return nil
	}
	out := make([]Span, 0, len(in))
	for _, sp := range in {
		a, b := sp.Start, sp.End
		if a >= l.at {
			a += len(l.cut)
		}
		if b > l.at {
			b += len(l.cut)
		}
		out = append(out, Span{a, b, sp.Kind})
	}
	return out
}
