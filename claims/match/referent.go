package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// referent finds a statement that says something was done to "it" or
// "they" without saying what: "the official said it was suspended in 2014"
// against "The Bilateral Presidential Commission working group was
// suspended in 2014". The words line up, but whether "it" is the working
// group the source does not settle: nothing names it. A statement that
// names it before ("the working group … since it was suspended") does. (A sentence that
// opens with "he", "she" or "they" after one that names them is read with
// that name first: pronouns.go.)
func referent(c *comparison) []finding {
	toks := c.q.tokens
	for i := 0; i+2 < len(toks); i++ {
		w := text.Normalize(toks[i].Text)
		if w != "it" && w != "they" {
			continue
		}
		aux := text.Normalize(toks[i+1].Text)
		if !passiveAux[aux] {
			continue
		}
		k := i + 2
		if k < len(toks) && text.Normalize(toks[k].Text) == "been" {
			k++
		}
		if k >= len(toks) || !pastTense(toks[k]) {
			continue // "it was Putin who…", "it is easy to…"
		}
		if _, said := c.al.matched[toks[k].Term]; !said || c.namesBefore(i) || c.subordinateAntecedent(i) {
			continue
		}
		return []finding{{
			kind:   beyond,
			reason: fmt.Sprintf("your statement does not say what %q is, and the source names it", toks[i].Text),
			qSpan:  span(toks[i]),
		}}
	}
	return nil
}

// passiveAux stand between "it" and a past participle in the passive: "it
// was suspended", "they have been closed".
var passiveAux = wordSet("was were is are has have had")

// subordinators open an adverbial clause whose subject, when a pronoun,
// is most often the main clause's own ("the babies died because they were
// born early"): the subordinating conjunctions of time, cause and
// condition (Quirk et al. 1985, §14.12).
var subordinators = wordSet("because after before when since until although though once while as if unless")

// subordinateAntecedent reports whether the pronoun at token i opens an
// adverbial clause (after "because", "after", "when"…) of a main clause
// whose words before it the claim has, with a noun that agrees with it:
// "both babies died because they were born preterm" says what "they" is
// ("babies", plural for "they"), as "the official said it was suspended"
// does not (no conjunction: what "it" is stays unsaid).
func (c *comparison) subordinateAntecedent(i int) bool {
	toks := c.q.tokens
	if i < 2 || !subordinators[text.Normalize(toks[i-1].Text)] {
		return false
	}
	plural := text.Normalize(toks[i].Text) == "they"
	for _, t := range toks[:i-1] {
		if t.Stop || t.Neg || t.Kind != text.Word || pastTense(t) {
			continue // a noun: no verb in the past ("died")
		}
		w := strings.ToLower(t.Text)
		if _, ok := c.al.matched[t.Term]; ok && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) == plural {
			return true
		}
	}
	return false
}

// namesBefore reports whether the statement names, before token i, what
// the claim names: "the working group has been on hold ever since it was
// suspended" says what "it" is.
func (c *comparison) namesBefore(i int) bool {
	for _, t := range c.q.tokens[:i] {
		if _, ok := c.al.matched[t.Term]; ok && c.ix.key(c.q.text, t) {
			return true
		}
	}
	return false
}
