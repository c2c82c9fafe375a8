package collections

import (
	"os"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// checkThatClaims imports the CheckThat! 2020 collection from ../shared.
func checkThatClaims(tb testing.TB) []claims.Claim {
	tb.Helper()
	p := claimstest.SharedPath(tb, "bench/checkthat2020/verified_claims.docs.tsv")
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
