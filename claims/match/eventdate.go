package match

import (
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// A date belongs to the event of its own clause. "The council, which
// approved the plan in 2023, will vote again in March" dates the approval
// 2023 and the vote March: it says nothing of an approval in March, nor
// of a vote in 2023. dateOfAnotherEvent reads which clause of a claim
// text a date stands in, and whether the statement's event is there.

// eventWords returns the claim terms of what the statement's date qd is
// said of: the words of its clause from its first finite verb on ("will
// vote again", "approved the harbour plan"), matched in the claim, not
// the subject before the verb (which a source may give once for two
// clauses), and not the date itself. None when the clause has no finite
// verb the reading can find.
func (c *comparison) eventWords(qd text.Date) map[string]bool {
	q := c.q
	i := tokenAt(q.tokens, qd.Start)
	lo, hi := clauseStart(q, i), clauseEnd(q, i)
	verb := -1
	for k := lo; k <= hi; k++ {
		if verbLike(&q.tokens[k]) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return nil
	}
	out := map[string]bool{}
	for k := verb; k <= hi; k++ {
		t := q.tokens[k]
		if t.Stop || t.Start >= qd.Start && t.End <= qd.End {
			continue
		}
		if m, ok := c.al.matched[t.Term]; ok {
			out[m] = true
		}
	}
	return out
}

// dateOfAnotherEvent reports whether the claim's date d in a stands in a
// clause of a claim text apart from the statement's event words ev: the
// date's clause has none of them, the text has them in another clause,
// and one of the two clauses opens as a clause of its own does (a
// relative pronoun, "and" or "but" before a finite verb, a conjunction
// of time or cause: clauseOpener). Clauses set apart by commas alone are
// not enough: "Biden, speaking on Monday, said…" dates the saying too.
func dateOfAnotherEvent(a analysed, d text.Date, ev map[string]bool) bool {
	if len(ev) == 0 || len(a.tokens) == 0 {
		return false
	}
	i := tokenAt(a.tokens, d.Start)
	lo, hi := eventClause(a, i)
	own := false // the date's clause has a word of its own besides the date
	for k := lo; k <= hi; k++ {
		t := a.tokens[k]
		if ev[t.Term] {
			return false
		}
		own = own || !t.Stop && (t.Start < d.Start || t.End > d.End)
	}
	if !own {
		return false // "The council voted, on March 3, to …": the date alone
	}
	opened := clauseOpener(a, lo)
	for k := range a.tokens {
		if k >= lo && k <= hi || !ev[a.tokens[k].Term] {
			continue
		}
		if l, _ := eventClause(a, k); opened || clauseOpener(a, l) {
			return true
		}
	}
	return false
}

// ofEvent reports whether token i of a stands in a clause (eventClause)
// with one of the statement's event words ev: what is dated there is the
// statement's event.
func ofEvent(a analysed, i int, ev map[string]bool) bool {
	lo, hi := eventClause(a, i)
	for k := lo; k <= hi; k++ {
		if ev[a.tokens[k].Term] {
			return true
		}
	}
	return false
}

// eventClause returns the first and last tokens of token i's clause, one
// bounded as clauseBreak bounds it and also before a clause opener: "the
// council approved the plan in 2023 and will vote again in March" is two.
func eventClause(a analysed, i int) (int, int) {
	lo, hi := i, i
	for lo > 0 && !clauseBreak(a.text, a.tokens, lo-1) && !clauseOpener(a, lo) {
		lo--
	}
	for hi < len(a.tokens)-1 && !clauseBreak(a.text, a.tokens, hi) && !clauseOpener(a, hi+1) {
		hi++
	}
	return lo, hi
}

// clauseOpener reports whether token i opens a clause of its own: a
// relative pronoun ("which approved", "that was approved"), "and", "but"
// or "or" before a finite verb ("and will vote"), or a conjunction that
// opens a clause of time, cause or concession ("after approving").
func clauseOpener(a analysed, i int) bool {
	if i <= 0 || i >= len(a.tokens) {
		return false
	}
	if relativeClauseAt(a.tokens, i) {
		return true
	}
	next := i+1 < len(a.tokens) && verbLike(&a.tokens[i+1])
	switch w := text.Normalize(a.tokens[i].Text); w {
	case "and", "but", "or":
		return next
	case "after", "before", "since": // a preposition too: "after 2019"
		return next || i+1 < len(a.tokens) && strings.HasSuffix(text.Normalize(a.tokens[i+1].Text), "ing")
	default:
		return clauseConjunctions[w]
	}
}

// clauseConjunctions open a clause of time, cause or concession, whose
// date is its own event's.
var clauseConjunctions = wordSet("when while because although though whereas")
