//go:build wasm

// Command wasm is factcheck's single entry point. Built for the browser
// (GOOS=js GOARCH=wasm) it is the widget; built natively it is the server
// and static-site generator (server.go). The build tag keeps server code
// out of app.wasm.
package main

import "github.com/factcheck/factcheck/app"

func main() { app.RunInBrowser() }
