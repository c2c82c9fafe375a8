package match

import (
	"maps"
	"testing"

	"github.com/factcheck/factcheck/claims/match/internal/nationtable"
)

// TestCommittedNationsAreFresh: data/nations.txt is what `make nations`
// writes from claims/lexicon's countries and today's text pipeline, and
// reads back as the very tables the pipeline would build.
func TestCommittedNationsAreFresh(t *testing.T) {
	got, err := data.ReadFile(nationsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(nationtable.File()) {
		t.Fatal("claims/match/data/nations.txt is stale: run make nations")
	}
	want := nationtable.Build()
	nations.once.Do(loadNations)
	for _, c := range []struct {
		name      string
		got, want map[string]string
	}{{"demonyms", nations.demonyms, want.Demonyms}, {"names", nations.names, want.Names}, {"entities", nations.entities, want.Entities}} {
		if !maps.Equal(c.got, c.want) {
			t.Errorf("[%s] reads %d entries, not the %d the pipeline builds", c.name, len(c.got), len(c.want))
		}
	}
	if !maps.Equal(nations.words, want.Words) {
		t.Errorf("[words] reads %d words, not the %d the lexicon holds", len(nations.words), len(want.Words))
	}
	if len(want.Demonyms) == 0 || len(want.Names) == 0 || len(want.Entities) == 0 {
		t.Error("an empty table")
	}
}
