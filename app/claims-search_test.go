//go:build !wasm

package app

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factcheck/factcheck/claims/match"
)

// shardedSeed is the seed database served as a sharded index, as an
// archive above ShardAbove is.
func shardedSeed(t *testing.T) database {
	t.Helper()
	files := fstest.MapFS{}
	if _, err := match.WriteShards(seedDB(t).Index, func(name string, data []byte) error {
		files[name] = &fstest.MapFile{Data: data}
		return nil
	}, match.ShardOptions{}); err != nil {
		t.Fatal(err)
	}
	ix, err := match.OpenShards(match.FSFetcher(files))
	if err != nil {
		t.Fatal(err)
	}
	return loadedDatabase(ix, nil)
}

// TestClaimsPageSearchesAShardedArchive: an archive served in parts is
// not listed whole; the filter searches it, best first, the words the
// filter begins marked, grouped under their articles.
func TestClaimsPageSearchesAShardedArchive(t *testing.T) {
	db := shardedSeed(t)
	p := &claimsPage{db: db, limit: claimsPerPage}
	if html := render(t, p); !strings.Contains(html, "type words to find the claims") || strings.Contains(html, "claim-group") {
		t.Errorf("an empty filter lists a sharded archive: %.600s", html)
	}
	p = &claimsPage{db: db, limit: claimsPerPage, filter: "extradition treaty"}
	p.found, p.foundFor = searchIndex(db.Index, p.filter), p.filter
	if len(p.found) == 0 || !strings.Contains(strings.ToLower(p.found[0].claim.Text), "extradition treaty") || len(p.found[0].spans) != 2 {
		t.Fatalf("search found %d claims, first %+v", len(p.found), p.found)
	}
	html := render(t, p)
	for _, want := range []string{"that best match “extradition treaty”", "<mark", "/article/"} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %q: %.800s", want, html)
		}
	}
}
