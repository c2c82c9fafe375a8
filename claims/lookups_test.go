package claims_test

import (
	"os"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
	"github.com/factcheck/factcheck/claims/collections"
)

// Many readers look up claims and articles at once right after the
// database is loaded, as the server's first requests do: nothing is
// written under them (go test -race fails otherwise), and every lookup
// finds what it should.
func TestConcurrentLookups(t *testing.T) {
	data, err := os.ReadFile("seed/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, db := range map[string]*claims.DB{
		"decoded":  mustDecode(t, data),
		"imported": importedDB(t),
		"built":    builtSeed(t),
	} {
		t.Run(name, func(t *testing.T) {
			var wg sync.WaitGroup
			for g := 0; g < 16; g++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range db.Claims {
						c := db.Claims[i]
						if got := db.Claim(c.ID); got == nil || got.ID != c.ID {
							t.Errorf("Claim(%q) = %v", c.ID, got)
							return
						}
						for _, s := range c.Sources {
							if s.Article != "" && db.Article(s.Article) == nil {
								t.Errorf("Article(%q) = nil", s.Article)
								return
							}
						}
						collections.ClaimJSONLD(db, &db.Claims[i], "")
					}
					if db.Claim("no-such-claim") != nil || db.Article("no-such-article") != nil {
						t.Error("lookup of a missing ID found something")
					}
				}()
			}
			wg.Wait()
		})
	}
}

func importedDB(t *testing.T) *claims.DB {
	f, err := os.Open("testdata/claims.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cs, err := collections.ImportTSV("claims.tsv", f)
	if err != nil {
		t.Fatal(err)
	}
	return claims.FromClaims("claims.tsv", cs)
}

func mustDecode(t *testing.T, data []byte) *claims.DB {
	t.Helper()
	db, err := claims.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// builtSeed builds the database from the project's articles and curated
// claims, as `make claims` does.
func builtSeed(t *testing.T) *claims.DB {
	t.Helper()
	arts, probs := claims.LoadArticles("articles")
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	cur, err := build.LoadCurated("curated.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	db, _, err := build.Build("seed", arts, cur)
	if err != nil {
		t.Fatal(err)
	}
	return db
}
