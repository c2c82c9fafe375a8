package text

import (
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/lexicon"
)

// places is the gazetteer: claims/lexicon's data/places.txt (WordNet's
// states, cities, regions and continents), its national capitals
// (data/capitals.txt) and every country and bloc, each name analysed as
// the pipeline analyses text: the terms of its content words joined by a
// space ("new york", "moscow"). It is made on first use: a few thousand
// names to analyse.
var places = sync.OnceValue(loadPlaces)

// negatingVerbs and denialVerbs hold the stems of data/negating-verbs.txt
// and data/denial-verbs.txt.
var (
	negatingVerbs = stemmed(set("negating-verbs.txt"))
	denialVerbs   = stemmed(set("denial-verbs.txt"))
)

func loadPlaces() map[string]bool {
	terms := map[string]bool{}
	add := func(name string) {
		// Analysed as a place phrase, so that a capital stays itself
		// rather than standing for its country.
		var words []string
		for _, t := range Analyze("in " + name)[1:] {
			if !t.Stop {
				words = append(words, t.Term)
			}
		}
		if len(words) > 0 {
			terms[strings.Join(words, " ")] = true
		}
	}
	for _, p := range lexicon.Places() {
		add(p)
	}
	for _, c := range lexicon.Capitals() {
		for _, name := range c.Names {
			add(name)
		}
	}
	for c := range countries {
		terms[c] = true
	}
	return terms
}

// IsPlace reports whether a term names a place: a city, region or country;
// a place of several words is their terms joined by a space ("new york").
func IsPlace(term string) bool {
	return places()[term]
}

// IsLocative reports whether a normalised word introduces a place ("in",
// "at", "visited"), data/locatives.txt.
func IsLocative(term string) bool { return locatives[term] }

// IsDeterminer reports whether a normalised word is an article ("the").
func IsDeterminer(term string) bool { return determiners[term] }

// IsNegatingVerb reports whether a term is a verb that denies what follows
// it ("failed to", "lacks"), data/negating-verbs.txt.
func IsNegatingVerb(term string) bool { return negatingVerbs[term] }

// IsDenialVerb reports whether a term is a verb that reports a denial
// ("denied", "rejects"), data/denial-verbs.txt.
func IsDenialVerb(term string) bool { return denialVerbs[term] }

// IsMonthOrWeekday reports whether a word is surely a month or a day
// name: "June", "Dec", "Monday", but not "May" or "March", which are also
// names and words (data/ambiguous-months.txt).
func IsMonthOrWeekday(w string) bool {
	w = strings.TrimSuffix(Normalize(w), ".")
	_, month := monthNames[w]
	_, weekday := weekdayNames[w]
	return month && !ambiguousMonths[w] || weekday && !ambiguousWeekdays[w]
}

// MonthName is the English name of month m (1–12), or "".
func MonthName(m int) string {
	if m < 1 || m >= len(monthDisplay) {
		return ""
	}
	return monthDisplay[m]
}

// IsIrregularPast reports whether a normalised word is an irregular past
// form of a verb ("met", "took"), data/irregular-verbs.txt.
func IsIrregularPast(w string) bool { _, ok := irregular[w]; return ok }
