//go:build wasm

// Command wasm is factcheck's single entry point. Built for the browser
// (GOOS=js GOARCH=wasm) it is the widget; built natively it is the server
// and static-site generator (server.go). The build tag keeps server code
// out of app.wasm.
package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/app"
)

func main() {
	app.Routes()
	goapp.RunWhenOnBrowser()
}
