package match

import (
	"fmt"
	"slices"

	"github.com/factcheck/factcheck/claims/text"
)

// A Dictionary tells what kind of thing a noun names. The command line
// gives the index one read from WordNet (claims/lexical.Kinds); the
// browser links no dictionary, to keep app.wasm small, and there the rule
// that needs it (kinds) is silent.
type Dictionary interface {
	// Class is the lexicographer file of the noun's usual sense
	// ("noun.artifact", "noun.person"), or "" when the noun is unknown.
	Class(noun string) string
	// Broader returns the words of the noun's usual sense and of the
	// senses above it, up to depth levels: its synonyms and hypernyms.
	Broader(noun string, depth int) []string
}

// Depths of the kinds rule, in WordNet hypernym levels.
const (
	// kinDepth is how far up two nouns may meet for one to exclude the
	// other: "book" and "film" meet at "product" (three levels up from
	// "book", one from "film"), "state" and "city" at "administrative
	// district". Higher up, everything is an "object" or a "whole".
	kinDepth = 3
	// broaderDepth is how far up a noun counts as a broader word for
	// another, which it then does not exclude ("place" for "town").
	broaderDepth = 8
)

// kinds finds the statement saying its subject is one kind of thing where
// the source says it is another of the same family: "T2 Trainspotting is
// a 2017 British comedy drama book" against "… drama film", "Daag is a
// painting" against "is a 1973 Bollywood drama film", "Seohyun is a dog"
// against "is a South Korean singer". Only the last word of what each
// copula says counts (its head), and only nouns in their usual sense.
//
// Two nouns exclude each other when they meet within kinDepth levels and
// neither is the other's broader word, and both name things one can point
// at (concreteClasses) or works ("a book", "a film"). Abstract nouns
// overlap too much to exclude anything: a "dream" may well be a
// "fantasy". People are an exception too: what a person is (a singer, a
// model, a senator) seldom excludes anything else they are, so a person's
// noun excludes only an animal's.
func kinds(c *comparison) []finding {
	dict := c.ix.Dictionary
	if dict == nil {
		return nil
	}
	var out []finding
	for i, t := range c.q.tokens {
		if _, ok := c.al.matched[t.Term]; ok || !nominalHead(c.q, i) || c.ix.key(c.q.text, t) {
			continue
		}
	texts:
		for _, a := range c.texts {
			for j, ct := range a.tokens {
				if !nominalHead(a, j) || ct.Cap || !excludes(dict, text.Normalize(t.Text), text.Normalize(ct.Text)) {
					continue
				}
				out = append(out, finding{
					kind:   conflict,
					reason: fmt.Sprintf("the source says it is a %s, not a %s", ct.Text, t.Text),
					qSpan:  span(t), cText: a.text, cSpan: span(ct),
					claim: span(t), block: span(t),
				})
				break texts
			}
		}
	}
	return out
}

// excludes reports whether nouns a and b name kinds that exclude each
// other (see kinds).
func excludes(dict Dictionary, a, b string) bool {
	ca, cb := dict.Class(a), dict.Class(b)
	if a == b {
		return false
	}
	if ca == "noun.person" || cb == "noun.person" {
		return ca == "noun.animal" || cb == "noun.animal"
	}
	if !concrete(dict, a, ca) || !concrete(dict, b, cb) {
		return false
	}
	if slices.Contains(dict.Broader(a, broaderDepth), b) || slices.Contains(dict.Broader(b, broaderDepth), a) {
		return false
	}
	near := dict.Broader(b, kinDepth)
	for _, w := range dict.Broader(a, kinDepth) {
		if slices.Contains(near, w) {
			return true
		}
	}
	return false
}

// concreteClasses are WordNet's lexicographer files of things one can
// point at: the nouns whose kinds exclude each other.
var concreteClasses = wordSet("noun.artifact noun.location noun.animal noun.plant noun.food noun.object noun.substance noun.body")

// concrete reports whether noun (of lexicographer file class) names a
// concrete thing, or a work: a communication that is a "creation" ("book",
// "film", "painting"), not a "warning" or a "statement".
func concrete(dict Dictionary, noun, class string) bool {
	return concreteClasses[class] || class == "noun.communication" && slices.Contains(dict.Broader(noun, broaderDepth), "creation")
}

// broaderKinds adds to given (statement term -> claim term) the
// statement's word for what its subject is when the claim says it is a
// thing of that kind: "Colin Kaepernick is a football player" against "is
// an American football quarterback" (a quarterback is a player).
func (ix *Index) broaderKinds(q analysed, d *doc, given map[string]string) {
	dict := ix.Dictionary
	if dict == nil {
		return
	}
	for i, t := range q.tokens {
		if !nominalHead(q, i) || ix.key(q.text, t) || d.terms[t.Term] {
			continue
		}
		for _, a := range d.all() {
			for j, ct := range a.tokens {
				if nominalHead(a, j) && !ct.Cap && slices.Contains(dict.Broader(text.Normalize(ct.Text), broaderDepth), text.Normalize(t.Text)) {
					given[t.Term] = ct.Term
				}
			}
		}
	}
}

// nominalHead reports whether token i ends what a copula says something
// is: "film" in "is a 2017 British comedy drama film, set in…".
func nominalHead(a analysed, i int) bool {
	return nominal(a, i) && (clauseBreak(a.text, a.tokens, i) || !nominal(a, i+1))
}
