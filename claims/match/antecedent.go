package match

import (
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// A sentence of an article often leaves its subject to the sentence
// before: "Shotwell said Starship lunar lander missions could begin in
// 2022. … She didn't give a date for crewed missions". A reader takes
// "She" for the person the paragraph named before it; so does the
// matcher, for a statement that names that person ("Gwynne Shotwell did
// not give a date for crewed missions"): the statement's opening name is
// read as the claim's "she" (anaphora.go) when the paragraph names it
// before the claim's words.
//
// Only "he" and "she" are read (a person; "it", "they" and "we" stand
// for too many things), only as the sentence's subject or as the one who
// speaks ("…,” he said"), and only for a support: a reading that does not
// support the statement is dropped (check.go), since a guess at whom a
// pronoun means must never make a red badge.

// personPronouns are the subject pronouns read as a person named before.
var personPronouns = wordSet("he she")

// speechVerbs follow the pronoun of the one who speaks: "…,” he said".
var speechVerbs = wordSet("said says told added")

// personPronounOf returns the claim's pronoun that stands for a person
// named before it, or "": "She" in "She didn't give a date…", "he" in
// "“I do not really see a required role…,” he said".
func personPronounOf(c analysed) string {
	if a := anaphorOf(c); personPronouns[text.Normalize(a)] {
		return a
	}
	return pronounSpeaking(c, personPronouns)
}

// pronounSpeaking returns a claim's pronoun of a set that speaks ("…,” he
// said"), or "".
func pronounSpeaking(c analysed, pronouns map[string]bool) string {
	for i := 0; i+1 < len(c.tokens); i++ {
		if normIn(pronouns, &c.tokens[i]) && normIn(speechVerbs, &c.tokens[i+1]) {
			return c.tokens[i].Text
		}
	}
	return ""
}

// antecedents returns the pronoun of a claim with an article that stands
// for a person named before it, and the terms of the words its paragraph
// writes with a capital before the claim's source: the names the pronoun
// may stand for.
//
// When the paragraph names no one before the pronoun, and for an "it"
// that speaks or a description ("the president"), the name is the
// subject of the sentence before (subject.go): exact says so, and the
// descriptions are returned too.
func (ix *Index) antecedents(c *claims.Claim, stmt analysed) (anaphor string, names map[string]bool, descs []description, exact bool) {
	if len(c.Sources) == 0 {
		return "", nil, nil, false
	}
	s := c.Sources[0]
	p := personPronounOf(stmt)
	if p == "" {
		if it := speakingIt(stmt); it != "" {
			if names := ix.priorSubject(s, organisationReferent, nil, ""); names != nil {
				return it, names, nil, true
			}
		}
		if descs := descriptionsOf(stmt); len(descs) > 0 {
			if names := ix.priorSubject(s, describedReferent, descs, ""); names != nil {
				return descs[0].text, names, descs, true
			}
			if _, article := ix.windowBefore(s); article != "" {
				if names := ix.describedName(article, descs); names != nil {
					return descs[0].text, names, descs, true
				}
			}
		}
		return "", nil, nil, false
	}
	lo, para, ok := ix.paragraph(s)
	if !ok || s.Start < lo || s.Start-lo > len(para) {
		return "", nil, nil, false
	}
	names = map[string]bool{}
	before := text.Analyze(para[:s.Start-lo])
	for _, t := range before {
		if t.Cap && !t.Stop && (t.Kind == text.Word || t.Kind == text.Entity) {
			names[t.Term] = true
		}
	}
	if len(names) == 0 || ix.people(para[:s.Start-lo], before) > 1 {
		// No one named before the pronoun in its paragraph, or two
		// people or more ("Ana Ruiz met Tom Berg … He said"): it stands
		// for the subject of the sentence before, when that is one
		// person. Else, of two people, whom it means is unsettled: no
		// reading is made (no anaphor), and a name the paragraph gives
		// only after the pronoun is still no name of the claim's
		// (names.go's pronounOfAnother).
		if subject := ix.priorSubject(s, personReferent, nil, text.Normalize(p)); subject != nil {
			return p, subject, nil, true
		}
		if len(names) == 0 {
			return "", nil, nil, false
		}
		return "", names, nil, false
	}
	return p, names, nil, false
}
