//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/seed"
)

// loadDB, outside the browser (server-side rendering and tests), uses the
// seed database compiled into the binary.
func loadDB(goapp.Context) (*claims.DB, error) { return seed.DB() }
