package claims

import (
	"os"
	"testing"
)

func BenchmarkDecodeSeed(b *testing.B) {
	data, err := os.ReadFile("seed/claims.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
