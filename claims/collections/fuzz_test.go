package collections

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// checkImported fails when imported claims break a promise.
func checkImported(t *testing.T, cs []claims.Claim) {
	t.Helper()
	db := claims.FromClaims("fuzz", cs)
	claimstest.CheckDB(t, db)
	claimstest.CheckRoundTrip(t, db)
	for _, c := range cs {
		if c.Text == "" || len(c.Text) > claims.MaxTextBytes || c.Kind != claims.KindImported {
			t.Fatalf("imported claim %q: text %d bytes, kind %q", c.ID, len(c.Text), c.Kind)
		}
	}
}

func FuzzImportTSV(f *testing.F) {
	claimstest.AddFiles(f, "../testdata/claims.tsv")
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, probs := ReadTSV("fuzz.tsv", bytes.NewReader(data))
		for _, p := range probs {
			if p.Msg == "" || p.Pos.File != "fuzz.tsv" {
				t.Fatalf("problem without message or file: %+v", p)
			}
		}
		checkImported(t, cs)
	})
}

func FuzzImportClaimReview(f *testing.F) {
	claimstest.AddFiles(f, "../testdata/claimreview*.jsonld")
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, probs := ReadClaimReview("fuzz.jsonld", data)
		for _, p := range probs {
			if p.Msg == "" || !strings.HasPrefix(p.Pos.File, "fuzz.jsonld") {
				t.Fatalf("problem without message or file: %+v", p)
			}
		}
		checkImported(t, cs)
	})
}
