package match

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/seed"
)

// The seed page's start-up, step by step (issue 21): the database's JSON
// decoded, then its index either built (NewIndex) or decoded from the
// binary form factcheck build writes beside it (DecodeIndex, what the
// page loads). Run natively and under Node (GOOS=js GOARCH=wasm go test
// -exec=…/go_js_wasm_exec -bench StartSeed).

func BenchmarkStartSeedDecodeJSON(b *testing.B) {
	data := seed.JSON
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := claims.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStartSeedBuildIndex(b *testing.B) {
	db := seedIndex(b).DB
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(db)
	}
}

func BenchmarkStartSeedDecodeIndex(b *testing.B) {
	ix := seedIndex(b)
	data, err := EncodeIndex(ix)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeIndex(ix.DB, data); err != nil {
			b.Fatal(err)
		}
	}
}
