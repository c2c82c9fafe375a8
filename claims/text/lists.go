package text

import (
	"embed"
	"sort"
	"strconv"

	"github.com/factcheck/factcheck/claims/wordlist"
)

// The word lists of the pipeline live in data/, one file each, with a
// header naming their source and licence. They are read once, here, when
// the package initialises, and never written afterwards.
//
//go:embed data/*.txt
var data embed.FS

func set(name string) map[string]bool         { return wordlist.Set(data, "data/"+name) }
func table(name string) []wordlist.Entry      { return wordlist.Table(data, "data/"+name) }
func itemToKey(name string) map[string]string { return wordlist.Map(data, "data/"+name) }

var (
	emphasis           = set("emphasis-adverbs.txt")
	stopWords          = union(set("stop-words.txt"), emphasis)
	negations          = set("negations.txt")
	negationTails      = tails(table("negation-tails.txt"))
	lightNouns         = set("light-nouns.txt")
	weekdayNames       = withTypos(numbers(table("weekdays.txt")))
	ambiguousWeekdays  = set("ambiguous-weekdays.txt")
	ambiguousMonths    = set("ambiguous-months.txt")
	mustBeUpper        = set("upper-case-aliases.txt")
	locatives          = set("locatives.txt")
	determiners        = set("determiners.txt")
	spellingExceptions = set("spelling-exceptions.txt")
	britishEnse        = set("british-ense.txt")
	boundPrefixes      = set("bound-prefixes.txt")
	compoundHeads      = sortedKeys(set("compound-heads.txt"))
	negStems           = itemToKey("contractions.txt")
	irregular          = itemToKey("irregular-verbs.txt")
	synonyms           = itemToKey("news-synonyms.txt")
	numberWords        = numbers(table("number-words.txt"))
	monthNames         = withTypos(numbers(table("months.txt")))
	decadeWords        = decadeNumbers(table("decade-words.txt"))
)

// union returns the words of both sets, as a new set.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}

// tails reads negation-tails.txt: each word with the words that must come
// right before it (none: any place).
func tails(es []wordlist.Entry) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, e := range es {
		before := map[string]bool{}
		for _, w := range e.Items {
			if w != "-" {
				before[w] = true
			}
		}
		out[e.Key] = before
	}
	return out
}

// numbers reads a table whose keys are numbers: every item gets its key's value.
func numbers(es []wordlist.Entry) map[string]float64 {
	out := map[string]float64{}
	for _, e := range es {
		v, err := strconv.ParseFloat(e.Key, 64)
		if err != nil {
			panic("text: number table key " + e.Key + ": " + err.Error())
		}
		for _, it := range e.Items {
			out[it] = v
		}
	}
	return out
}

// decadeNumbers reads the decade words' table: "fifties" is decade 5.
func decadeNumbers(es []wordlist.Entry) map[string]int {
	out := map[string]int{}
	for w, v := range numbers(es) {
		out[w] = int(v)
	}
	return out
}

// stemmed returns the Snowball stems of a set's words.
func stemmed(words map[string]bool) map[string]bool {
	out := make(map[string]bool, len(words))
	for w := range words {
		out[Stem(w)] = true
	}
	return out
}

// sortedKeys returns a set's words in order.
func sortedKeys(words map[string]bool) []string {
	out := make([]string, 0, len(words))
	for w := range words {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
