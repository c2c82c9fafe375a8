//go:build !wasm

package app

import (
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/seed"
)

// serverDB is the database the server prerenders pages from: the one it
// serves to the browser, set once at start-up by SetDatabase.
var serverDB struct {
	sync.Mutex
	db *claims.DB
}

// SetDatabase makes server-side rendering use db, the database the server
// deploys to browsers. Call it before serving.
func SetDatabase(db *claims.DB) {
	serverDB.Lock()
	defer serverDB.Unlock()
	serverDB.db = db
}

// loadDB, outside the browser (server-side rendering and tests), uses the
// database given to SetDatabase, else the seed compiled into the binary.
func loadDB(goapp.Context) (*claims.DB, error) {
	serverDB.Lock()
	db := serverDB.db
	serverDB.Unlock()
	if db != nil {
		return db, nil
	}
	return seed.DB()
}
