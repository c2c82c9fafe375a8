//go:build wasm

// Command wasm is factcheck's client: built for the browser (GOOS=js
// GOARCH=wasm, `make wasm`) it is web/app.wasm, the widget. The server and
// the static-site generator that deploy it are the site package, run as
// `factcheck serve` and `factcheck static` (claims/cmd/factcheck); the
// build tag keeps this package from being built natively.
package main

import "github.com/factcheck/factcheck/app"

func main() { app.RunInBrowser() }
