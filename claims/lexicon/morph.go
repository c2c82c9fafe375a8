package lexicon

import (
	"slices"
	"strings"
)

// detachments are WordNet's morphy(7WN) rules for regular inflections, by
// part of speech: an ending and what replaces it. Adverbs have none.
var detachments = map[POS][][2]string{
	Noun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	Verb: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	Adj:  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// Lemmas returns the lemmas word may be a form of, of any part of speech,
// following WordNet's morphy(7WN):
//
//   - the word itself, when it is a lemma;
//   - for each part of speech, the lemmas its exception list (noun.exc,
//     verb.exc, adj.exc, adv.exc) gives for the word ("went" -> "go"),
//     and, if it lists none, the results of the detachment rules above
//     that are lemmas of that part of speech ("called" -> "call",
//     "agencies" -> "agency"; "glasses" -> "glass", not "glasse"); a
//     noun ending in "ss" or of two letters or fewer is left alone, and a
//     noun "-ful" keeps its ending ("cupsful" -> "cupful");
//   - for a phrase, the phrase with its first word, or its last, replaced
//     by each form those rules give ("called off" -> "call off",
//     "prisoners of war" -> "prisoner of war").
//
// The lemmas are sorted: "called" -> "call" and "called" (an adjective).
func (l *Lexicon) Lemmas(word string) []string {
	if l == nil {
		return nil
	}
	var out []string
	if l.Has(word) {
		out = append(out, word)
	}
	for _, p := range posOrder {
		out = append(out, l.morphy(word, p)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// morphy returns the lemmas of part of speech p that word is an inflection of.
func (l *Lexicon) morphy(word string, p POS) []string {
	if len(word) > maxLemma {
		return nil
	}
	var out []string
	add := func(cand string) {
		if cand != word && l.hasPOS(cand, p) && !slices.Contains(out, cand) {
			out = append(out, cand)
		}
	}
	if !strings.Contains(word, " ") {
		for _, c := range l.bases(word, p) {
			add(c)
		}
		return out
	}
	for _, e := range l.exc[word] {
		if e.pos == p {
			add(e.base)
		}
	}
	ws := strings.Split(word, " ")
	for _, i := range []int{0, len(ws) - 1} {
		for _, c := range l.bases(ws[i], p) {
			v := slices.Clone(ws)
			v[i] = c
			add(strings.Join(v, " "))
		}
	}
	return out
}

// bases returns a single word's candidate lemmas of part of speech p: the
// exception list's, else the detachment rules' (not checked against the
// lexicon: a phrase is checked as a whole).
func (l *Lexicon) bases(word string, p POS) []string {
	var out []string
	for _, e := range l.exc[word] {
		if e.pos == p {
			out = append(out, e.base)
		}
	}
	if len(out) > 0 {
		return out
	}
	return l.rules(word, p)
}

// rules returns what the detachment rules make of a word.
func (l *Lexicon) rules(word string, p POS) []string {
	if len(word) > maxLemma {
		return nil
	}
	if p == Noun {
		if stem, ok := strings.CutSuffix(word, "ful"); ok && stem != "" {
			out := detach(stem, p)
			for i := range out {
				out[i] += "ful"
			}
			return out
		}
		if strings.HasSuffix(word, "ss") || len(word) <= 2 {
			return nil
		}
	}
	return detach(word, p)
}

// maxLemma is longer than any WordNet lemma (the longest has 71 bytes):
// longer words have no lemma to find.
const maxLemma = 100

func detach(word string, p POS) []string {
	var out []string
	for _, d := range detachments[p] {
		if stem, ok := strings.CutSuffix(word, d[0]); ok && stem != "" {
			out = append(out, stem+d[1])
		}
	}
	return out
}

// hasPOS reports whether word is a lemma with a sense of part of speech p.
func (l *Lexicon) hasPOS(word string, p POS) bool {
	id, ok := l.wordID[word]
	if !ok {
		return false
	}
	for _, s := range l.senses[l.at[id]:l.at[id+1]] {
		sp := l.synsets[s.synset].pos
		if POS(sp) == p || (p == Adj && sp == satellite) {
			return true
		}
	}
	return false
}
