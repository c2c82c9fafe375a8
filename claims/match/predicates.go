package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// predicates finds what the statement says happened that its source does
// not: a verb in the past tense the claim has no word for ("Tillerson
// fired Painter" against "Tillerson plans to shutter Painter's office").
// Names and dates can line up perfectly while the event differs, so the
// statement is not supported, though not contradicted either.
func predicates(c *comparison) []finding {
	var out []finding
	for _, t := range c.q.tokens {
		if !pastTense(t) || lightVerbs[t.Term] || c.ix.key(c.q.text, t) || c.handled[t.Start] {
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
