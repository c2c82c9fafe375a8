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
// verb the reading can find, or the date stands before it, in the
// subject ("the Class of 2020 will be honoured") or before the clause.
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
	if verb < 0 || q.tokens[verb].Start > qd.Start {
		return nil // "the Class of 2020 will be honoured": a name's date
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
// and one of the two clauses opens as a clause of its own does
// (clauseOpener). Clauses set apart by commas alone are not enough:
// "Biden, speaking on Monday, said…" dates the saying too. Nor is "and"
// before a verb when the event's clause has no date of its own: "invaded
// eastern Ukraine and annexed Crimea in 2014" may date both. Nor is a
// clause "when" opens right after the date: "relations soured in 2024
// when Kessaria expelled four diplomats" dates the expulsion too.
func dateOfAnotherEvent(a analysed, d text.Date, ev map[string]bool) bool {
	if len(ev) == 0 || len(a.tokens) == 0 {
		return false
	}
	if j := tokenAt(a.tokens, d.End); a.tokens[j].Start >= d.End && text.Normalize(a.tokens[j].Text) == "when" {
		return false // "last held talks in October, when they agreed to …": what "when" opens right after a date happened then
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
		l, h := eventClause(a, k)
		switch evOpened := clauseOpener(a, l); {
		case opened == subordinate || evOpened == subordinate:
			return true
		case opened == coordinate || evOpened == coordinate:
			for _, o := range a.dates {
				if o.Start >= a.tokens[l].Start && o.End <= a.tokens[h].End {
					return true
				}
			}
		}
	}
	return false
}

// relativeOfAnother reports whether the claim's date d in a stands in a
// relative clause ("…, which the council said would open in 2028") whose
// noun is not the statement's subject: the clause speaks of the noun
// phrase before its comma, back to a list's "and" or comma ("a primary
// school, a health centre and a new tram stop …, which …" speaks of the
// tram stop), and the statement's subject ("the health centre will
// open") is a word the claim has only before that phrase.
func (c *comparison) relativeOfAnother(a analysed, d text.Date) bool {
	lo, _ := eventClause(a, tokenAt(a.tokens, d.Start))
	if lo < 2 || !relativeClauseAt(a.tokens, lo) || a.tokens[lo].Term == "that" || !clauseBreak(a.text, a.tokens, lo-1) {
		return false
	}
	start := lo - 1 // the noun phrase's first token
	for start > 0 && !clauseBreak(a.text, a.tokens, start-1) && !verbLike(&a.tokens[start-1]) {
		if w := a.tokens[start-1].Term; w == "and" || w == "or" {
			break
		}
		start--
	}
	subject := 0
	for _, t := range c.q.tokens {
		if verbLike(&t) {
			break
		}
		m, ok := c.al.matched[t.Term]
		if t.Stop || !ok {
			continue
		}
		for k := start; k < lo; k++ {
			if a.tokens[k].Term == m {
				return false // the phrase is the subject's
			}
		}
		for k := range start {
			if a.tokens[k].Term == m {
				subject++
				break
			}
		}
	}
	return subject > 0
}

// ofEvent reports whether token i of a stands in a clause (eventClause)
// with one of the statement's event words ev: what is dated there is the
// statement's event.
//
//go:noinline
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
//
//go:noinline
func eventClause(a analysed, i int) (int, int) {
	lo, hi := i, i
	for lo > 0 && !clauseBreak(a.text, a.tokens, lo-1) && clauseOpener(a, lo) == noOpening {
		lo--
	}
	for hi < len(a.tokens)-1 && !clauseBreak(a.text, a.tokens, hi) && clauseOpener(a, hi+1) == noOpening {
		hi++
	}
	return lo, hi
}

// opening says how a clause opens: as one of its own (subordinate: a
// relative pronoun, "which approved", "that was approved", or a
// conjunction of time, cause or concession, "after approving"), as a
// second clause of the same subject ("and will vote"), or neither.
type opening uint8

const (
	noOpening opening = iota
	coordinate
	subordinate
)

// clauseOpener returns how token i opens a clause: "and", "but" or "or"
// before a finite verb coordinate, a relative pronoun or a conjunction
// subordinate.
func clauseOpener(a analysed, i int) opening {
	if i <= 0 || i >= len(a.tokens) {
		return noOpening
	}
	if relativeClauseAt(a.tokens, i) {
		return subordinate
	}
	next := i+1 < len(a.tokens) && verbLike(&a.tokens[i+1])
	switch w := text.Normalize(a.tokens[i].Text); {
	case w == "and" || w == "but" || w == "or":
		if next {
			return coordinate
		}
	case w == "after" || w == "before" || w == "since": // a preposition too: "after 2019"
		if next || i+1 < len(a.tokens) && strings.HasSuffix(text.Normalize(a.tokens[i+1].Text), "ing") {
			return subordinate
		}
	case clauseConjunctions[w]:
		return subordinate
	}
	return noOpening
}

// clauseConjunctions open a clause of time, cause or concession, whose
// date is its own event's.
var clauseConjunctions = wordSet("when while because although though whereas")
