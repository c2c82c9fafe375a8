package match

import (
	"fmt"

	"github.com/factcheck/factcheck/claims/text"
)

// otherHolder finds a name the statement says holds a post ("Andrew Colvin
// is the Prime Minister's national security adviser") where the claim puts
// another person's name right after that post, the way news writes who
// holds it: "the Prime Minister's national security adviser, Andrew
// Shearer, …" or "Commissioner Andrew Colvin". The claim has the
// statement's words, not what it says of them: it does not support it
// (beyond). It does not contradict it either: a post may have more than
// one holder, and a list may go on past the name.
//
// Only a name that opens its run of capitalised words, before a copula,
// is read; the other name must be two capitalised words or more (a
// person's name, not "Apple said").
func (c *comparison) otherHolder(t text.Token) (finding, bool) {
	q := c.q.tokens
	i := tokenAt(q, t.Start)
	if i >= len(q) || q[i].Start != t.Start || !t.Cap {
		return finding{}, false
	}
	if i > 0 && q[i-1].Cap && t.Start-q[i-1].End <= 1 {
		return finding{}, false // not the first word of the name
	}
	name := map[string]bool{}
	e := i
	for e < len(q) && q[e].Cap && !q[e].Stop && (q[e].Kind == text.Word || q[e].Kind == text.Entity) && (e == i || q[e].Start-q[e-1].End <= 1) {
		name[q[e].Term] = true
		e++
	}
	if e >= len(q) || !copulas[q[e].Term] {
		return finding{}, false
	}
	// The post: the words after the copula and its fillers up to the
	// end of the clause; its head is its last content word.
	// It is a post when an article opens it or it is a title (every word
	// capitalised): "was born on June 12" is none.
	head, article, title := -1, false, true
	for k := e + 1; k < len(q); k++ {
		u := q[k]
		if u.Kind != text.Word && u.Kind != text.Entity {
			break
		}
		if copulaFillers[u.Term] && head < 0 {
			article = article || u.Term == "a" || u.Term == "an" || u.Term == "the"
			continue
		}
		if u.Stop || u.Neg {
			break
		}
		head, title = k, title && u.Cap
	}
	if head < 0 || !article && !title {
		return finding{}, false
	}
	h, ok := c.al.matched[q[head].Term]
	if !ok {
		return finding{}, false
	}
	for _, a := range c.texts {
		toks := a.tokens
		for k := range toks {
			if toks[k].Term != h || k > 0 && whoWords[text.Normalize(toks[k-1].Text)] {
				continue // "who advises George Brandis" holds no post
			}
			n := k + 1
			if n < len(toks) && toks[n].Text == "," {
				n++
			}
			run, shared := 0, 0
			first := n
			for m := n; m < len(toks) && toks[m].Cap && !toks[m].Stop && (toks[m].Kind == text.Word || toks[m].Kind == text.Entity) && (m == n || toks[m].Start-toks[m-1].End <= 1); m++ {
				run++
				if name[toks[m].Term] {
					shared++
				}
			}
			if shared == len(name) || run < 2 { // the same person ("Andrew Shearer" is not "Andrew Colvin")
				continue
			}
			other := [2]int{toks[first].Start, toks[first+run-1].End}
			mine := [2]int{t.Start, q[e-1].End}
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source names %q as the %q, where you wrote %q", a.text[other[0]:other[1]], toks[k].Text, c.q.text[mine[0]:mine[1]]),
				qSpan:  mine, cText: a.text, cSpan: other,
			}, true
		}
	}
	return finding{}, false
}

// whoWords open a relative clause: the word after them is its verb, no
// post ("an adviser … who advises George Brandis").
var whoWords = wordSet("who which that")
