package claims

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkDecodeCheckThat measures loading the 10,375-claim CheckThat!
// collection from the database file format (the figure in README.md).
func BenchmarkDecodeCheckThat(b *testing.B) {
	cs := checkThatClaims(b)
	var buf bytes.Buffer
	if err := Encode(&buf, FromClaims("checkthat", cs)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(buf.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}

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
