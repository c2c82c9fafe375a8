package text

import (
	"sync"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// StemFilter reduces words to their Snowball (Porter2) English stem
// (bleve's generated snowballstem, the algorithm's reference code), so
// "arrested", "arrests" and "arrest" are one term. Entities, numbers and
// stop words are left as they are. Irregular past forms (data/irregular-verbs.txt)
// become their base verb first ("met" -> "meet").
type StemFilter struct{}

// stemCache memoises stems: the same few thousand words recur.
var stemCache sync.Map

// Stem returns the Snowball stem of a normalised word.
func Stem(w string) string {
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	s := env.Current()
	stemCache.Store(w, s)
	return s
}

func (StemFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if t.Kind == Word && !t.Stop && !t.Neg {
			if base, ok := irregular[t.Term]; ok {
				tokens[i].Term = Stem(base)
				continue
			}
			tokens[i].Term = Stem(t.Term)
		}
	}
	return tokens
}
