package claims_test

import (
	"bytes"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// The fuzz targets: no input makes a reader panic; what a reader accepts
// is valid (IDs file-safe, URLs http or https, every quote at its
// offsets). `go test` runs their seed corpora (testdata/fuzz and the
// files added below); `make fuzz` searches for new inputs.

func FuzzDecode(f *testing.F) {
	claimstest.AddFiles(f, "seed/claims.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		db, err := claims.Decode(data)
		if err != nil {
			if db != nil || err.Error() == "" {
				t.Fatalf("error %v with a database", err)
			}
			return
		}
		claimstest.CheckDB(t, db)
		// What was accepted encodes, and reads back to the same bytes.
		var a, b bytes.Buffer
		if err := claims.Encode(&a, db); err != nil {
			t.Fatal(err)
		}
		db2, err := claims.Decode(a.Bytes())
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		claims.Encode(&b, db2)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("encode, decode, encode changes the bytes")
		}
	})
}
