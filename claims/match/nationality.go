package match

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// nationalities finds a nationality the statement gives its subject where
// the source gives another: "Smriti Mandhana is an Indian cricketer"
// against "is a Pakistani cricketer", "SpongeBob is an American series"
// against "is a French animated television series", "a French chemist"
// against "a Scottish chemist". Both words must stand in what the copula
// says of the subject, or before the same word ("chemist"), and the source
// must name the statement's country nowhere ("a Mexican and American
// musician" is American too; "an Indian actor born in India" is no
// conflict).
//
// The countries and their demonyms are ISO 3166-1's, with WordNet 3.0's
// pertainyms (claims/lexicon, data/countries.txt); the demonyms of regions
// and constituent countries are data/regions.txt's, each with the
// countries it lies in: "Scottish" against "British" contradicts nothing
// (a Scot is British), and says more than its source: "British" does not
// make it "Scottish". A word of no nation ("African") is no nationality
// here.
func nationalities(c *comparison) []finding {
	var out []finding
	for i, t := range c.q.tokens {
		codes := nationsOf(t)
		if len(codes) == 0 {
			continue
		}
		if _, ok := c.al.matched[t.Term]; ok {
			continue
		}
		pred, head := inPredicate(c.q, i), headAfter(c.q, i)
		if !pred && head == "" {
			continue
		}
		other, a, found, narrower := otherNation(c.texts, codes, regionOf(t) != nil, pred, head)
		switch {
		case found:
			f := swapped(t, other, a)
			f.claim, f.block = span(t), span(t)
			out = append(out, f)
		case narrower && regionOf(t) != nil:
			out = append(out, finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %s, which does not make it %s", other.Text, t.Text),
				qSpan:  span(t), cText: a.text, cSpan: span(other),
				claim: span(t), block: span(t),
			})
		}
	}
	return out
}

// otherNation returns the claim's nationality of another country than
// codes, or of another region when the statement's is a region's
// (statementRegion: "English" against "Scottish"), standing where the
// statement's does (in what its copula says, pred, or before the word
// head), when no word of the claim's stands for one of codes. When one does, narrower says it names the country only:
// the statement's region is more than the source says.
func otherNation(texts []analysed, codes []string, statementRegion, pred bool, head string) (other text.Token, in analysed, found, narrower bool) {
	var country text.Token
	var countryIn analysed
	for _, a := range texts {
		for j, ct := range a.tokens {
			cc := nationsOf(ct)
			if len(cc) == 0 {
				if code := countryCode(ct.Term); code != "" {
					cc = []string{code}
				}
			}
			switch {
			case len(cc) == 0:
			case overlaps(cc, codes) && !(statementRegion && regionOf(ct) != nil):
				if regionOf(ct) != nil {
					return text.Token{}, analysed{}, false, false // a region of the statement's country
				}
				if !narrower {
					country, countryIn, narrower = ct, a, true
				}
			case !found && len(nationsOf(ct)) > 0 && (pred && inPredicate(a, j) || head != "" && headWithin(a, j, head)):
				other, in, found = ct, a, true
			}
		}
	}
	if narrower {
		return country, countryIn, false, true
	}
	return other, in, found, false
}

// headAfter returns the term of the word a nationality stands before ("a
// French chemist": "chemist"), when it is singular, or "".
func headAfter(a analysed, i int) string {
	if i+1 >= len(a.tokens) || clauseBreak(a.text, a.tokens, i) {
		return ""
	}
	n := a.tokens[i+1]
	if n.Stop || n.Neg || n.Kind != text.Word || len(nationsOf(n)) > 0 {
		return ""
	}
	// One person or thing has one nationality; people of several
	// nations may be "officials" or "hackers" together: "US officials
	// will meet Chinese officials" against "U.S. and Russian officials".
	if w := text.Normalize(n.Text); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return ""
	}
	return n.Term
}

// headWithin reports whether the word head follows token j of a text,
// right after it or past one describing word ("a Scottish organic
// chemist").
func headWithin(a analysed, j int, head string) bool {
	for k := j + 1; k < len(a.tokens) && k <= j+2; k++ {
		if clauseBreak(a.text, a.tokens, k-1) {
			return false
		}
		if a.tokens[k].Term == head {
			return true
		}
		if a.tokens[k].Stop {
			return false
		}
	}
	return false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// nationsOf returns the codes of the countries a token's word is a
// demonym of: one for a country's ("Pakistani": "PK"), those a region lies
// in for a region's ("Scottish": "GB"; "Basque": "ES", "FR").
func nationsOf(t text.Token) []string {
	if code := nationOf(t); code != "" {
		return []string{code}
	}
	return regionOf(t)
}

// regionOf returns the countries of a region's demonym (data/regions.txt).
//
// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func regionOf(t text.Token) []string {
	if t.Kind != text.Word {
		return nil
	}
	return regions[text.Normalize(t.Text)]
}

// regions maps the demonyms of data/regions.txt to their countries.
var regions = func() map[string][]string {
	out := map[string][]string{}
	for _, e := range wordlist.Table(data, "data/regions.txt") {
		out[e.Key] = e.Items
	}
	return out
}()

// inPredicate reports whether token i is in what a copula says of the
// subject, as predicative reads it, whatever the word's kind ("American"
// is an entity) and also past a word of scope: "is only Chinese".
func inPredicate(a analysed, i int) bool { return a.copula[i]&inPredicateAt != 0 }

// scopeFillers may stand between a copula and a nationality: "is only
// Chinese", "was exclusively a German film".
var scopeFillers = wordSet("only solely exclusively purely entirely")

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
//
// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func countryCode(term string) string {
	nations.once.Do(loadNations)
	return nations.names[term]
}

// nations indexes claims/lexicon's countries by demonym (the word as
// written, lower case) and by the terms of their names: the tables of
// data/nations.txt, which make nations writes with the names already
// analysed by claims/text (internal/nationtable), so that the first check
// runs no pipeline over them.
var nations struct {
	once                      sync.Once
	demonyms, names, entities map[string]string
	words                     map[string]bool // every demonym, as written in lower case
}

// nationsFile holds the tables nations reads.
const nationsFile = "data/nations.txt"

func loadNations() {
	nations.demonyms, nations.names, nations.entities = map[string]string{}, map[string]string{}, map[string]string{}
	nations.words = map[string]bool{}
	for _, s := range wordlist.Sections(data, nationsFile) {
		var table map[string]string
		switch s.Name {
		case "demonyms":
			table = nations.demonyms
		case "names":
			table = nations.names
		case "entities":
			table = nations.entities
		case "words":
			for _, w := range s.Entries {
				nations.words[w] = true
			}
			continue
		default:
			panic(fmt.Sprintf("match: %s:%d: unknown section [%s]", nationsFile, s.Line, s.Name))
		}
		for i, e := range s.Entries {
			// A term may hold spaces ("united states US"); the code is
			// the last word.
			j := strings.LastIndexByte(e, ' ')
			if j < 0 {
				panic(fmt.Sprintf("match: %s:%d: no code in %q", nationsFile, s.Lines[i], e))
			}
			table[e[:j]] = e[j+1:]
		}
	}
}
