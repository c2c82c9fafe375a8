package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// predicates finds what the statement says happened, or what it says
// something is, that its source does not: a verb in the past tense the
// claim has no word for ("Tillerson fired Painter" against "Tillerson plans
// to shutter Painter's office"), or the word after "is" ("attributing
// attacks is easy"). Names and dates can line up perfectly while the event
// or the quality differs, so the statement is not supported, though not
// contradicted either.
func predicates(c *comparison) []finding {
	var out []finding
	for i, t := range c.q.tokens {
		if !(pastTense(t) && !lightVerbs[t.Term] || predicative(c.q.tokens, i)) || c.ix.key(c.q.text, t) || c.handled[t.Start] {
			continue
		}
		if _, ok := c.al.matched[t.Term]; ok || c.claimSays(t) {
			continue
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source does not say %q", t.Text),
			qSpan:  span(t),
		})
	}
	return out
}

// copulas link a subject to what is said of it ("attribution is easy").
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "remain": true, "remains": true, "remained": true, "becom": true, "became": true}

// copulaFillers may stand between a copula and what it says: articles,
// negations and adverbs of degree and time ("is not very easy", "is still
// in force" says "in force", not "still").
var copulaFillers = map[string]bool{"a": true, "an": true, "the": true, "not": true, "no": true, "very": true, "so": true, "quite": true, "also": true, "still": true, "now": true, "already": true, "really": true, "fully": true, "currently": true, "never": true, "always": true, "n't": true}

// predicative reports whether token i is what a copula says of its
// subject: the first content word after "is", "was", "remains", past
// "a", "an", "the", "very", "not": "is easy", "was a singer".
func predicative(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Stop || t.Neg || t.Kind != text.Word || copulaFillers[text.Normalize(t.Text)] {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		p := toks[j]
		switch {
		case copulas[p.Term] || copulas[text.Normalize(p.Text)]:
			return true
		case copulaFillers[text.Normalize(p.Text)]:
			continue
		}
		return false
	}
	return false
}

// pastTense reports whether a token is a verb in the past tense: a content
// word ending in "-ed" ("fired", "accused"), or an irregular past form
// the stemmer knows ("met", "took").
func pastTense(t text.Token) bool {
	if t.Stop || t.Neg || t.Kind != text.Word {
		return false
	}
	w := text.Normalize(t.Text)
	return len(w) > 4 && strings.HasSuffix(w, "ed") || text.IsIrregularPast(w)
}

// claimSays reports whether a claim text has the statement's word, also
// as a stop word ("included" against "the meetings include"), or, for a
// verb of saying, any verb of saying ("Lavrov spoke" against "said
// Lavrov").
func (c *comparison) claimSays(t text.Token) bool {
	saying := attribution.verbs[text.Normalize(t.Text)] || sayingStems[t.Term]
	for _, a := range c.texts {
		for _, ct := range a.tokens {
			if ct.Term == t.Term || ct.Stop && text.Stem(text.Normalize(ct.Text)) == t.Term || saying && (attribution.verbs[text.Normalize(ct.Text)] || sayingStems[ct.Term]) {
				return true
			}
		}
	}
	return false
}

// sayingStems are the stems of the verbs of saying (data/attribution.txt)
// and of "speak", in every form ("declaring", "spoke").
var sayingStems = func() map[string]bool {
	out := map[string]bool{}
	for w := range attribution.verbs {
		for _, t := range text.Analyze(w) {
			out[t.Term] = true
		}
	}
	for _, t := range text.Analyze("speak spoke spoken speaking") {
		out[t.Term] = true
	}
	return out
}()

// lightVerbs are the stems of data/light-verbs.txt.
var lightVerbs = func() map[string]bool {
	out := map[string]bool{}
	for w := range wordlist.Set(data, "data/light-verbs.txt") {
		for _, t := range text.Analyze(w) {
			out[t.Term] = true
		}
	}
	return out
}()
