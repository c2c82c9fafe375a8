package lexicon

import (
	"embed"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/wordlist"
)

// The name lists of data/, made by `make lexicon` (go run
// ./claims/lexicon/gen); each file's header names its sources and licences
// (iso-codes: LGPL-2.1-or-later; WordNet: the WordNet 3.0 licence). They
// are decoded on first use; a program that never asks links none of them.
var (
	//go:embed data/countries.txt
	countriesTxt string
	//go:embed data/capitals.txt
	capitalsTxt string
	//go:embed data/places.txt
	placesFS embed.FS
	//go:embed data/phrasal-verbs.txt
	phrasalTxt string
	//go:embed data/within.txt
	withinTxt string
)

// Country is one ISO 3166-1 country.
type Country struct {
	Code     string   // ISO 3166-1 alpha-2: "RU"
	Name     string   // canonical, lower case: "russia"
	Names    []string // every name, lower case: "russia", "russian federation"
	Demonyms []string // adjectives and nouns for its people: "russian", "russians"
	// Common holds the names and demonyms WordNet knows better as another
	// word ("turkey", "chad", "polish"): they name the country only when
	// capitalised.
	Common []string
}

// Capital is a national capital.
type Capital struct {
	Names   []string // "moscow", "capital of the russian federation", "russian capital"
	Country string   // the country's canonical name: "russia"
	Code    string   // and its code: "RU"
}

// PhrasalVerb is one sense of a multi-word verb and its one-word synonyms.
type PhrasalVerb struct {
	Phrase string   // "call off"
	Rank   int      // the sense's rank among the phrase's verb senses
	Verbs  []string // "cancel", "scratch", "scrub"
}

// fields calls fn with the tab-separated fields of every line that is not
// a comment.
func fields(data string, fn func(f []string)) {
	for line := range strings.Lines(data) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

func list(field string) []string {
	if field == "" {
		return nil
	}
	return strings.Split(field, "|")
}

// Each list is decoded once, by a function (not a package variable's
// initializer) so that the linker drops the data of a list nobody asks for.
var (
	countriesOnce, capitalsOnce, placesOnce, phrasalOnce sync.Once

	countryList  []Country
	countryIndex map[string]int
	capitalList  []Capital
	placeList    []string
	phrasalList  []PhrasalVerb
)

func countries() []Country {
	countriesOnce.Do(func() {
		fields(countriesTxt, func(f []string) {
			if len(f) == 5 {
				countryList = append(countryList, Country{Code: f[0], Name: f[1], Names: list(f[2]), Demonyms: list(f[3]), Common: list(f[4])})
			}
		})
		countryIndex = map[string]int{}
		for i, c := range countryList {
			for _, n := range append(slices.Clone(c.Names), c.Demonyms...) {
				if _, dup := countryIndex[n]; !dup { // "congo", "congolese": the first country by code
					countryIndex[n] = i
				}
			}
		}
	})
	return countryList
}

// Countries returns every ISO 3166-1 country, by code (data/countries.txt):
// its names from iso-codes and WordNet, its demonyms from WordNet's
// pertainyms; and the blocs of the generator's supplement (EU, UN, NATO),
// which stand beside countries in news text. The slices are shared: do
// not modify them.
func Countries() []Country { return slices.Clone(countries()) }

// CountryOf returns the country a lower-case name or demonym stands for:
// "russian" -> Russia, "u.s." -> the United States. A name two countries
// share ("congo") gives the first by code.
func CountryOf(name string) (Country, bool) {
	cs := countries()
	i, ok := countryIndex[name]
	if !ok {
		return Country{}, false
	}
	return cs[i], true
}

func capitals() []Capital {
	capitalsOnce.Do(func() {
		fields(capitalsTxt, func(f []string) {
			if len(f) == 3 {
				capitalList = append(capitalList, Capital{Names: list(f[0]), Country: f[1], Code: f[2]})
			}
		})
	})
	return capitalList
}

// Capitals returns WordNet's national capitals with their countries
// (data/capitals.txt), but for the names WordNet knows better as another
// word ("male", "victoria"). The slices are shared: do not modify them.
func Capitals() []Capital { return slices.Clone(capitals()) }

func places() []string {
	placesOnce.Do(func() {
		for p := range wordlist.FrontCoded(placesFS, "data/places.txt") {
			placeList = append(placeList, p)
		}
		slices.Sort(placeList)
	})
	return placeList
}

// Places returns the gazetteer (data/places.txt), sorted: every name of
// every WordNet place instance that is a district or territory (states,
// cities, towns), a geographical area or a continent, but for the
// countries and national capitals (Countries, Capitals), the names WordNet
// knows better as another word ("reading", "nice") and descriptions
// ("capital of france").
func Places() []string { return slices.Clone(places()) }

func phrasalVerbs() []PhrasalVerb {
	phrasalOnce.Do(func() {
		fields(phrasalTxt, func(f []string) {
			if len(f) == 3 {
				if rank, err := strconv.Atoi(f[1]); err == nil {
					phrasalList = append(phrasalList, PhrasalVerb{Phrase: f[0], Rank: rank, Verbs: list(f[2])})
				}
			}
		})
	})
	return phrasalList
}

// PhrasalVerbs returns WordNet's multi-word verbs, one sense each, with
// their one-word synonyms (data/phrasal-verbs.txt), by phrase and rank.
func PhrasalVerbs() []PhrasalVerb { return slices.Clone(phrasalVerbs()) }

// Within returns where the gazetteer's places lie (data/within.txt): each
// container's name (a country's canonical name, else the first name the
// lists keep of it) and the names of the places directly in it, from
// WordNet's part holonyms and ISO 3166-2's subdivisions: "bavaria" ->
// "munich", "muenchen"; "germany" -> "bavaria", .... Only the direct
// containers: a reader follows the chain. A new map on every call.
func Within() map[string][]string {
	out := map[string][]string{}
	fields(withinTxt, func(f []string) {
		if len(f) == 2 {
			out[f[0]] = list(f[1])
		}
	})
	return out
}
