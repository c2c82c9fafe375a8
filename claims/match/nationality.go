package match

import (
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/text"
)

// nationalities finds a nationality the statement gives its subject where
// the source gives another: "Smriti Mandhana is an Indian cricketer"
// against "is a Pakistani cricketer", "SpongeBob is an American series"
// against "is a French animated television series". Both words must stand
// in what the copula says of the subject, and the source must name the
// statement's country nowhere ("a Mexican and American musician" is
// American too; "an Indian actor born in India" is no conflict).
//
// The countries and their demonyms are ISO 3166-1's, with WordNet 3.0's
// pertainyms (claims/lexicon, data/countries.txt). A word of a nation no
// ISO country stands for ("English", "Scottish", "African") is no
// nationality here: "English" against "British" contradicts nothing.
func nationalities(c *comparison) []finding {
	var out []finding
	for i, t := range c.q.tokens {
		code := nationOf(t)
		if code == "" || !inPredicate(c.q, i) {
			continue
		}
		if _, ok := c.al.matched[t.Term]; ok {
			continue
		}
		other, a, ok := otherNation(c.texts, code)
		if !ok {
			continue
		}
		f := swapped(t, other, a)
		f.claim, f.block = span(t), span(t)
		out = append(out, f)
	}
	return out
}

// otherNation returns the claim's nationality in what its copula says, of
// another country than code, when no word of the claim's stands for code.
func otherNation(texts []analysed, code string) (text.Token, analysed, bool) {
	var other text.Token
	var in analysed
	found := false
	for _, a := range texts {
		for j, ct := range a.tokens {
			cc := nationOf(ct)
			if cc == "" {
				cc = countryCode(ct.Term)
			}
			switch {
			case cc == "":
			case cc == code:
				return text.Token{}, analysed{}, false
			case !found && inPredicate(a, j) && nationOf(ct) != "":
				other, in, found = ct, a, true
			}
		}
	}
	return other, in, found
}

// inPredicate reports whether token i is in what a copula says of the
// subject, as predicative reads it, whatever the word's kind ("American"
// is an entity) and also past a word of scope: "is only Chinese".
func inPredicate(a analysed, i int) bool { return a.copula[i]&inPredicateAt != 0 }

// scopeFillers may stand between a copula and a nationality: "is only
// Chinese", "was exclusively a German film".
var scopeFillers = map[string]bool{"only": true, "solely": true, "exclusively": true, "purely": true, "entirely": true}

// nationOf returns the ISO 3166-1 code of the country a token's word is a
// demonym of ("Pakistani": "PK"), or "". An entity of claims/text stands
// for its demonym too ("American" is "usa").
func nationOf(t text.Token) string {
	nations.once.Do(loadNations)
	switch t.Kind {
	case text.Word:
		return nations.demonyms[t.Term]
	case text.Entity: // "American", not "the Kremlin" or "U.S."
		if nations.words[text.Normalize(t.Text)] {
			return nations.entities[t.Term]
		}
	}
	return ""
}

// countryCode returns the code of the country a term names ("india"), or "".
func countryCode(term string) string {
	nations.once.Do(loadNations)
	return nations.names[term]
}

// nations indexes claims/lexicon's countries by demonym (the word as
// written, lower case) and by the terms of their names.
var nations struct {
	once                      sync.Once
	demonyms, names, entities map[string]string
	words                     map[string]bool // every demonym, as written in lower case
}

func loadNations() {
	nations.demonyms, nations.names, nations.entities = map[string]string{}, map[string]string{}, map[string]string{}
	nations.words = map[string]bool{}
	for _, c := range lexicon.Countries() {
		for _, d := range c.Demonyms {
			if strings.Contains(d, " ") || strings.Contains(d, "-") {
				continue // "east pakistani", "anglo-indian": no word of their own
			}
			nations.words[d] = true
			toks := text.Analyze(d)
			if len(toks) != 1 || toks[0].Kind == text.Entity {
				continue // an entity of claims/text is its country: below
			}
			if _, dup := nations.demonyms[toks[0].Term]; !dup {
				nations.demonyms[toks[0].Term] = c.Code
			}
		}
		for _, n := range c.Names {
			if toks := text.Analyze(n); len(toks) == 1 {
				if _, dup := nations.names[toks[0].Term]; !dup {
					nations.names[toks[0].Term] = c.Code
				}
			}
		}
		// An entity of claims/text ("usa" for "American") is its country,
		// and its demonym.
		for _, d := range c.Demonyms {
			if toks := text.Analyze(d); len(toks) == 1 && toks[0].Kind == text.Entity {
				nations.names[toks[0].Term] = c.Code
				nations.entities[toks[0].Term] = c.Code
			}
		}
	}
}
