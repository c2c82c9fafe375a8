package text

import (
	"strings"

	"github.com/factcheck/factcheck/claims/lexicon"
)

// AliasFilter maps the many names of one entity to one canonical term,
// the country's name in claims/lexicon's data/countries.txt (ISO 3166-1
// and WordNet, with the blocs and news names of its supplement): "US",
// "U.S.", "United States", "America", "American" all become "united
// states"; "Russia", "Russian", "the Russian Federation", "the Kremlin"
// become "russia". A name or demonym WordNet knows better as another word
// ("turkey", "polish") counts only capitalised. A national capital
// standing for its government ("Moscow and Washington are in talks";
// claims/lexicon's data/capitals.txt) is aliased too, but not after a
// locative (data/locatives.txt: "met in Washington"), so that a swapped
// place is still seen. Short names such as "US" count only in capitals
// (data/upper-case-aliases.txt). Phrasal verbs (data/phrasal-verbs.txt:
// "took part") become their one-word verb.
type AliasFilter struct{}

// aliases maps a normalised phrase (words joined by one space) to its
// canonical entity. Demonyms and adjectives count as the country.
var aliases = map[string]string{}

// capitals are aliased to their country only outside a locative phrase.
var capitals = map[string]string{}

// CapitalCountry returns the country a one-word national capital
// ("tirana", as a token's Term reads it before AliasFilter) stands for
// outside a place phrase ("albania"), as AliasFilter writes it.
func CapitalCountry(word string) (string, bool) {
	c, ok := capitals[word]
	return c, ok
}

// longestAlias is the most words an alias phrase has.
var longestAlias = 1

// aliasStarts holds the first word of every alias phrase.
var aliasStarts = map[string]bool{}

// countries holds the canonical countries and blocs.
var countries = map[string]bool{}

// capitalised holds the alias phrases that count only capitalised: the
// names WordNet knows better as other words ("turkey", "chad").
var capitalised = map[string]bool{}

// phrasal maps canonical verbs to themselves: phrasal verbs written as one
// word elsewhere are aliased like names but stay words.
var phrasal = map[string]bool{}

// addAlias registers the names of one canonical term.
func addAlias(canon string, names []string) {
	for _, n := range names {
		aliases[n] = canon
		first, _, _ := strings.Cut(n, " ")
		aliasStarts[first] = true
		if k := strings.Count(n, " ") + 1; k > longestAlias {
			longestAlias = k
		}
	}
}

func init() {
	for _, c := range lexicon.Countries() {
		addAlias(c.Name, c.Names)
		addAlias(c.Name, c.Demonyms)
		for _, w := range c.Common {
			capitalised[w] = true
		}
		countries[c.Name] = true
	}
	for _, e := range table("phrasal-verbs.txt") {
		addAlias(e.Key, e.Items)
		phrasal[e.Key] = true
	}
	for _, c := range lexicon.Capitals() {
		for _, city := range c.Names {
			// A name of one word; not a description ("capital of france").
			if !strings.ContainsAny(city, " -") {
				capitals[city] = c.Country
			}
		}
	}
}

func (AliasFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	for i := 0; i < len(tokens); {
		n, canon := matchAlias(tokens, i)
		if n == 0 {
			t := tokens[i]
			if c, ok := capitals[t.Term]; ok && (i == 0 || !locatives[tokens[i-1].Term]) {
				t.Term, t.Kind = c, Entity
			}
			out = append(out, t)
			i++
			continue
		}
		t := tokens[i]
		last := tokens[i+n-1]
		if n > 1 {
			// The source text between the first and last word is the span;
			// Text stays the first word's surface joined to the last's.
			t.Text = t.Text + " … " + last.Text
			if n == 2 {
				t.Text = tokens[i].Text + " " + last.Text
			}
		}
		t.End, t.Term, t.Kind = last.End, canon, Entity
		if phrasal[canon] { // a verb: stemmed like any word
			t.Kind, t.Cap = Word, false
		}
		out = append(out, t)
		i += n
	}
	return out
}

// matchAlias returns how many tokens from i form the longest alias phrase.
func matchAlias(tokens []Token, i int) (int, string) {
	if !aliasStarts[tokens[i].Term] {
		return 0, ""
	}
	for n := min(longestAlias, len(tokens)-i); n >= 1; n-- {
		phrase := tokens[i].Term
		for k := 1; k < n; k++ {
			phrase += " " + tokens[i+k].Term
		}
		canon, ok := aliases[phrase]
		if !ok {
			continue
		}
		if n == 1 && mustBeUpper[phrase] && tokens[i].Text != strings.ToUpper(tokens[i].Text) && !countryPosition(tokens, i) {
			continue
		}
		if capitalised[phrase] && !tokens[i].Cap {
			continue
		}
		return n, canon
	}
	return 0, ""
}

// countryPosition reports whether a short name typed in lower case stands
// where a country does, not a pronoun: "us" first in the text, after
// "the", "and", "or", "between" or a number ("the us", "five us
// agencies"), right before another country's name ("us-russia
// relations", "us china trade") or before "and" and a country ("us and
// russia"). After a verb or a preposition it is the pronoun ("told us",
// "with us").
func countryPosition(tokens []Token, i int) bool {
	if i == 0 {
		return true
	}
	switch prev := tokens[i-1]; {
	case isNumberWord(prev.Term):
		return true
	case prev.Term == "the" || prev.Term == "and" || prev.Term == "or" || prev.Term == "between":
		return true
	}
	if i+1 < len(tokens) && tokens[i+1].Start == tokens[i].End+1 {
		if n, canon := matchAlias(tokens, i+1); n > 0 && countries[canon] {
			return true
		}
	}
	if i+2 < len(tokens) && tokens[i+1].Term == "and" {
		n, _ := matchAlias(tokens, i+2)
		return n > 0
	}
	return false
}

// IsCountry reports whether term is a canonical country or bloc.
func IsCountry(term string) bool { return countries[term] }

// isNumberWord reports whether a normalised word is a number ("five",
// "3"); the number filter has not run yet when aliases are read.
func isNumberWord(term string) bool {
	_, ok := ParseNumber(term)
	return ok
}
