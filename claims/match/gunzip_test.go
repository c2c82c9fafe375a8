package match

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// The shards' decompression (compress/gzip natively, the host's
// DecompressionStream under WebAssembly) gives back what was written and
// refuses what is not gzip.
func TestGunzip(t *testing.T) {
	want := strings.Repeat("a term shard, ", 20000)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(want))
	zw.Close()
	got, err := gunzip(b.Bytes())
	if err != nil || string(got) != want {
		t.Fatalf("gunzip: %d bytes, %v; want %d bytes", len(got), err, len(want))
	}
	bad := append([]byte{}, b.Bytes()[:b.Len()/2]...)
	if _, err := gunzip(bad); err == nil {
		t.Error("gunzip of a truncated file: no error")
	}
	if _, err := gunzip([]byte{0x1f, 0x8b, 'n', 'o', 't'}); err == nil {
		t.Error("gunzip of a broken header: no error")
	}
}
