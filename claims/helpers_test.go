package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

// sharedPath returns a path under ../shared (the data beside the project,
// as in CI), skipping the test or benchmark when it is not there.
func sharedPath(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not beside the project", p)
	}
	return p
}

// checkThatClaims imports the CheckThat! 2020 collection from ../shared.
func checkThatClaims(tb testing.TB) []Claim {
	tb.Helper()
	p := sharedPath(tb, "bench/checkthat2020/verified_claims.docs.tsv")
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	cs, probs := ReadTSV(p, f)
	if err := probs.Err(); err != nil {
		tb.Fatal(err)
	}
	return cs
}
