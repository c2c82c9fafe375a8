package lexical

import (
	"slices"

	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/lexicon/wordnet"
)

// Kinds tells what kind of thing a noun names, from WordNet 3.0: the
// lexicographer file and the hypernyms of the noun's usual sense (rank 1).
// It answers for any word, a reader's too, so it needs the dictionary at
// check time: native programs only (the command line). It implements
// match.Dictionary. WordNet is read on the first question, so a run that
// never asks does not pay for it.
type Kinds struct{}

// usual returns the noun's sense of rank 1, when the noun is a noun first
// (MainPOS) and WordNet's concordances have seen it in that sense: a rare
// sense decides nothing.
func (Kinds) usual(noun string) (lexicon.Sense, bool) {
	full, err := wordnet.Full()
	if err != nil {
		return lexicon.Sense{}, false // no dictionary: no kind is known
	}
	for _, lemma := range full.Lemmas(noun) {
		if full.MainPOS(lemma) != lexicon.Noun {
			continue
		}
		for _, s := range full.Senses(lemma) {
			if s.POS() == lexicon.Noun && s.Rank() == 1 && s.Count() > 0 {
				return s, true
			}
		}
	}
	return lexicon.Sense{}, false
}

// Class returns the lexicographer file of the noun's usual sense
// ("noun.artifact", "noun.person"), or "" when WordNet does not know it as
// a noun.
func (k Kinds) Class(noun string) string {
	if s, ok := k.usual(noun); ok {
		return s.Lexname()
	}
	return ""
}

// Broader returns the words of the noun's usual sense and of its
// hypernyms up to depth levels up: "film" 1 → "film", "movie", …,
// "product", "production", "show".
func (k Kinds) Broader(noun string, depth int) []string {
	s, ok := k.usual(noun)
	if !ok {
		return nil
	}
	out := append([]string{s.Word()}, s.Synonyms()...)
	out = append(out, s.Hypernyms(depth)...)
	slices.Sort(out)
	return slices.Compact(out)
}
