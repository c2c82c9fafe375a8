package match

import (
	"slices"
	"testing"
)

// TestCommittedWordTermsAreFresh: data/word-terms.txt is what `make terms`
// writes from the package's word lists and today's text pipeline, and
// holds every entry the tables ask for, with the terms the pipeline gives
// it, so that no table is built from stale terms and none runs the
// pipeline at start-up.
func TestCommittedWordTermsAreFresh(t *testing.T) {
	got, err := data.ReadFile(wordTermsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(WordTermsFile()) {
		t.Fatal("claims/match/data/word-terms.txt is stale: run make terms")
	}
	asked.Lock()
	words := slices.Clone(asked.words)
	asked.Unlock()
	if len(words) == 0 {
		t.Fatal("no table asked stems for an entry")
	}
	for _, w := range words {
		terms, ok := wordTerms()[w]
		if !ok {
			t.Errorf("%q is not in word-terms.txt (a colon, comma or # in it, or white space not single spaces): it is analysed at start-up", w)
			continue
		}
		if want := analysedStems(w); !slices.Equal(terms, want) {
			t.Errorf("%q: word-terms.txt says %q, the pipeline %q", w, terms, want)
		}
	}
}
