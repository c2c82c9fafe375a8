package match

import (
	"embed"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// The matcher's own word lists, in data/ with a header naming their
// source and licence, read once when the package initialises.
//
//go:embed data/*.txt
var data embed.FS

// antonym maps a stem to the stems opposed to it (data/antonyms.txt),
// read on first use (stemming every pair is costly at start-up).
var antonym = sync.OnceValue(func() map[string]map[string]bool { return loadAntonyms("data/antonyms.txt") })

func loadAntonyms(name string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	link := func(a, b string) {
		if out[a] == nil {
			out[a] = map[string]bool{}
		}
		out[a][b] = true
	}
	for _, l := range wordlist.Lines(data, name) {
		left, right, ok := strings.Cut(l, "/")
		if !ok {
			panic("match: " + name + ": no \"/\" in " + l)
		}
		for _, a := range stems(left) {
			for _, b := range stems(right) {
				// A verb that negates is a negation (polarity.go), not an
				// opposite: counted twice, "refused" against "agreed"
				// would cancel out.
				if a != b && !negator(a) && !negator(b) {
					link(a, b)
					link(b, a)
				}
			}
		}
	}
	return out
}

func negator(term string) bool { return text.IsNegatingVerb(term) }

func stems(words string) []string {
	var out []string
	for _, t := range text.Analyze(words) {
		if t.Term != "" {
			out = append(out, t.Term)
		}
	}
	return out
}

// Prepare builds now the tables the first check would build (the verb
// list, the antonyms, the trained decision), which the package reads on
// first use rather than at start-up. The browser's check worker calls it
// while its database downloads, so that the first verdict does not wait
// for them; calling it is never needed.
func Prepare() {
	verbs()
	antonym()
	defaultDecision()
}
