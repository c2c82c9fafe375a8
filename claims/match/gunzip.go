//go:build !(js && wasm)

package match

import (
	"bytes"
	"compress/gzip"

	"github.com/factcheck/factcheck/claims"
)

// gunzip decompresses a gzip-compressed file of a sharded index, up to
// claims.MaxFileBytes. Under WebAssembly the JavaScript host does it
// instead (gunzip_js.go), so that compress/gzip stays out of app.wasm.
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return claims.ReadLimited(zr)
}
