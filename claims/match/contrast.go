package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// contrastBound finds what the statement says of one thing where the
// source says it of the thing it sets against it: "the new model powers
// only the rear wheels" against "The new model drives all four wheels,
// unlike the older version, which powered only the rear wheels". A
// relative clause after a contrast ("unlike X, which …", "compared with
// X, who …") says its words of X; a statement that takes them, names the
// rest of the sentence and never X binds them to another thing. It says
// "not supported", never "contradicted": the source may say the same of
// both elsewhere.
//
// Only a relative clause is read: the thing after "unlike" alone ("unlike
// last year") is what the statement names when it takes its words, and a
// clause after "whereas" or "while" has a subject of its own that the
// names and order rules read.
func (c *comparison) contrastBound() (finding, bool) {
	for _, a := range c.texts {
		for i := range a.tokens {
			head, rel, ok := contrastAt(a, i)
			if !ok {
				continue
			}
			if f, ok := c.boundToContrast(a, i, head, rel); ok {
				return f, true
			}
		}
	}
	return finding{}, false
}

// contrastAt reads token i of a text as a contrast ("unlike", "compared
// with", "in contrast to", "as opposed to") whose object (head, up to the
// clause's end) a relative clause (rel, "which …" up to the next break)
// describes. Spans are token indexes, both ends included.
func contrastAt(a analysed, i int) (head, rel [2]int, ok bool) {
	toks := a.tokens
	start := -1
	switch w := wordAt(toks, i); w {
	case "unlike":
		start = i + 1
	case "compared", "contrast", "opposed":
		prep := wordAt(toks, i+1)
		lead := wordAt(toks, i-1)
		switch {
		case w == "compared" && (prep == "with" || prep == "to"),
			w == "contrast" && lead == "in" && (prep == "to" || prep == "with"),
			w == "opposed" && lead == "as" && prep == "to":
			start = i + 2
		}
	}
	if start < 0 || start >= len(toks) || clauseBreak(a.text, toks, start-1) {
		return head, rel, false
	}
	end := clauseEnd(a, start)
	r := end + 1
	if r >= len(toks) || sentenceBreak(a.text, toks, end) || !relativeClauseAt(toks, r) || toks[r].Term == "that" {
		return head, rel, false
	}
	rEnd := clauseEnd(a, r)
	if rEnd == r {
		return head, rel, false
	}
	return [2]int{start, end}, [2]int{r + 1, rEnd}, true
}

// boundToContrast reports the finding when the statement takes a content
// word only the relative clause rel has, names a content word only the
// rest of the sentence has (outside the contrast at marker), and no word
// only its head has.
func (c *comparison) boundToContrast(a analysed, marker int, head, rel [2]int) (finding, bool) {
	// Where each claim term stands: in the head, the relative clause, or
	// the rest of the sentence.
	const inHead, inRel, inRest = 1, 2, 4
	where := map[string]int{}
	for ci, ct := range a.tokens {
		if ct.Stop || ct.Neg {
			continue
		}
		switch {
		case ci >= head[0] && ci <= head[1]:
			where[ct.Term] |= inHead
		case ci >= rel[0] && ci <= rel[1]:
			where[ct.Term] |= inRel
		case ci != marker:
			where[ct.Term] |= inRest
		}
	}
	var took *text.Token
	rest := false
	for qi, t := range c.q.tokens {
		if t.Stop || t.Neg {
			continue
		}
		m, ok := c.al.matched[t.Term]
		if !ok {
			continue
		}
		switch where[m] {
		case inHead:
			return finding{}, false // the statement names what the clause is about
		case inRel:
			if took == nil {
				took = &c.q.tokens[qi]
			}
		case inRest:
			rest = true
		}
	}
	if took == nil || !rest {
		return finding{}, false
	}
	f := finding{
		kind:   beyond,
		reason: fmt.Sprintf("the source says %q of %q", phrase(a, rel), phrase(a, head)),
		qSpan:  span(*took), cText: a.text,
		cSpan: [2]int{a.tokens[rel[0]].Start, a.tokens[rel[1]].End},
	}
	return f, true
}

// phrase returns the words of a text from token span s[0] to s[1].
func phrase(a analysed, s [2]int) string {
	return strings.TrimSpace(a.text[a.tokens[s[0]].Start:a.tokens[s[1]].End])
}
