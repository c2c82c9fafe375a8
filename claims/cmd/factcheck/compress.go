//go:build !wasm

package main

import (
	"io"

	"github.com/factcheck/factcheck/site"
)

// runCompress writes each file's brotli and gzip twins, which the server
// and the static site send for it (make wasm: app.wasm's).
func runCompress(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("compress", "compress FILE...   write FILE.br (brotli, best) and FILE.gz (gzip, best) beside each FILE", stdout, stderr)
	if err := cmd.parse(args); err != nil {
		return err
	}
	if cmd.NArg() == 0 {
		cmd.printUsage(stderr)
		return usageError{"compress: no file given"}
	}
	return site.Compress(cmd.Args(), stdout)
}
