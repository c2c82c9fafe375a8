package text

import "strings"

// AliasFilter maps the many names of one entity to one canonical term:
// "US", "U.S.", "United States", "America", "American" all become "usa";
// "Russia", "Russian", "the Russian Federation", "the Kremlin" become
// "russia". A capital standing for its government ("Moscow and Washington
// are in talks") is aliased too, but not when it names a place ("met in
// Washington"), so that a swapped place is still seen.
type AliasFilter struct{}

// aliases maps a normalised phrase (words joined by one space) to its
// canonical entity. Demonyms and adjectives count as the country.
var aliases = map[string]string{}

// capitals are aliased to their country only outside a locative phrase.
var capitals = map[string]string{}

// longestAlias is the most words an alias phrase has.
var longestAlias = 1

// aliasStarts holds the first word of every alias phrase.
var aliasStarts = map[string]bool{}

// countries holds the canonical countries and blocs.
var countries = map[string]bool{}

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
	for canon, names := range map[string][]string{
		"usa":         {"us", "u.s.", "u.s", "usa", "u.s.a.", "united states", "united states of america", "america", "american", "americans"},
		"russia":      {"russia", "russian", "russians", "russian federation", "kremlin", "the kremlin"},
		"uk":          {"uk", "u.k.", "u.k", "united kingdom", "britain", "great britain", "british"},
		"ukraine":     {"ukraine", "ukrainian", "ukrainians"},
		"china":       {"china", "chinese", "prc"},
		"france":      {"france", "french"},
		"germany":     {"germany", "german", "germans"},
		"eu":          {"eu", "european union"},
		"un":          {"un", "u.n.", "united nations"},
		"nato":        {"nato"},
		"iran":        {"iran", "iranian"},
		"israel":      {"israel", "israeli"},
		"japan":       {"japan", "japanese"},
		"india":       {"india", "indian"},
		"turkey":      {"turkey", "turkish"},
		"switzerland": {"switzerland", "swiss"},
		"north korea": {"north korea", "north korean", "dprk"},
	} {
		addAlias(canon, names)
		countries[canon] = true
	}
	for canon, names := range map[string][]string{
		"participate": {"take part", "takes part", "taking part", "took part", "taken part"},
		"establish":   {"set up", "sets up", "setting up"},
		"shutter":     {"shut down", "shuts down", "shutting down", "close down"},
	} {
		addAlias(canon, names)
		phrasal[canon] = true
	}
	for city, country := range map[string]string{
		"washington": "usa", "moscow": "russia", "london": "uk", "beijing": "china", "paris": "france",
		"berlin": "germany", "kyiv": "ukraine", "kiev": "ukraine", "tokyo": "japan", "tehran": "iran",
	} {
		capitals[city] = country
	}
}

// locatives are words after which a capital names a place.
var locatives = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "outside": true, "inside": true, "into": true, "visited": true, "visit": true}

// ambiguous short aliases that must be written in capitals to count
// ("US" the country, "us" the pronoun; "UN"; "EU").
var mustBeUpper = map[string]bool{"us": true, "un": true, "eu": true}

func (AliasFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	for i := 0; i < len(tokens); {
		n, canon := matchAlias(tokens, i)
		if n == 0 {
			t := tokens[i]
			if c, ok := capitals[t.Term]; ok && t.Cap && (i == 0 || !locatives[tokens[i-1].Term]) {
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
		if n == 1 && mustBeUpper[phrase] && tokens[i].Text != strings.ToUpper(tokens[i].Text) {
			continue
		}
		return n, canon
	}
	return 0, ""
}

// IsCountry reports whether term is a canonical country or bloc.
func IsCountry(term string) bool { return countries[term] }
