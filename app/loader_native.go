//go:build !wasm

package app

import (
	"fmt"
	"os"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

// server holds the database server-side rendering uses: indexed once,
// before any page is rendered, and only read afterwards, so that
// concurrent requests share it and no request's render waits on another's.
var server struct {
	sync.Mutex
	db *database
}

// SetDatabase makes server-side rendering use db, the database the server
// deploys to browsers, and indexes it now. Call it before serving.
func SetDatabase(db *claims.DB) { SetIndex(newIndex(db)) }

// SetIndex makes server-side rendering use ix, the index of the database
// the server deploys, built or decoded once by the server (which sends
// the same index to browsers). Call it before serving.
func SetIndex(ix *match.Index) {
	ix.DB.Article("") // build the lookups now, before requests share them
	ix.DB.Claim("")
	d := loadedDatabase(ix, nil)
	server.Lock()
	defer server.Unlock()
	server.db = &d
}

// seedDatabase is the fallback when SetDatabase was not called (tests,
// tools): the seed compiled into the binary.
var seedDatabase = sync.OnceValue(func() database {
	db, err := seed.DB()
	if err != nil {
		return loadedDatabase(nil, err)
	}
	return loadedDatabase(newIndex(db), nil)
})

// deployedDatabase, outside the browser (server-side rendering and
// tests), is the database given to SetDatabase, else the seed; it is
// always at hand.
func deployedDatabase() (database, bool) {
	server.Lock()
	db := server.db
	server.Unlock()
	if db != nil {
		return *db, true
	}
	return seedDatabase(), true
}

func loadDatabaseNow(goapp.Context) database {
	db, _ := deployedDatabase()
	return db
}

func logError(msg string, err error) { fmt.Fprintln(os.Stderr, msg, err) }

// markReady only means something in the browser.
func markReady(database) {}
