// Package app is the factcheck widget: go-app components that check what a
// reader types against the claims database, entirely in the browser.
//
// One component per file; each file is named after its component in
// kebab-case. Data flows through the store (the claims index, loaded once)
// and each page's own state.
package app

import (
	"encoding/json"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// DBPath is where the widget fetches its claims database: a site replaces
// web/claims.json with its own (built by `factcheck build`).
const DBPath = "/web/claims.json"

// store holds the claims index once it is loaded.
var store struct {
	sync.Mutex
	ix      *match.Index
	err     error
	loading bool
	waiting []func(*match.Index, error)
}

// withIndex calls f on the UI goroutine with the index, loading the
// database first if no one has yet.
func withIndex(ctx goapp.Context, f func(*match.Index, error)) {
	store.Lock()
	if store.ix != nil || store.err != nil {
		ix, err := store.ix, store.err
		store.Unlock()
		f(ix, err)
		return
	}
	store.waiting = append(store.waiting, f)
	start := !store.loading
	store.loading = true
	store.Unlock()
	if !start {
		return
	}
	ctx.Async(func() {
		db, err := loadDB(ctx)
		var ix *match.Index
		if err == nil {
			ix = match.NewIndex(db)
		}
		store.Lock()
		store.ix, store.err = ix, err
		waiting := store.waiting
		store.waiting = nil
		store.Unlock()
		ctx.Dispatch(func(ctx goapp.Context) {
			for _, w := range waiting {
				w(ix, err)
			}
			markReady(ix, err)
		})
	})
}

// setIndexForTest installs an index, for component tests.
func setIndexForTest(ix *match.Index) {
	store.Lock()
	defer store.Unlock()
	store.ix, store.err = ix, nil
}

// articleOf returns the article with id in the index's database.
func articleOf(ix *match.Index, id string) *claims.Article {
	if ix == nil {
		return nil
	}
	return ix.DB.Article(id)
}

// markReady tells the page (and anyone embedding or testing it) that the
// widget can check, <body data-factcheck="ready"> or "error", and gives
// web/embed-frame.js window.factcheckCheck(text): the JSON of a check, the
// same as the command line's `check -jsonl` writes.
func markReady(ix *match.Index, err error) {
	if !goapp.IsClient {
		return
	}
	state := "ready"
	if err != nil {
		state = "error"
	} else {
		goapp.Window().Set("factcheckCheck", goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
			text := ""
			if len(args) > 0 {
				text = args[0].String()
			}
			b, _ := json.Marshal(ix.CheckText(text))
			return string(b)
		}))
	}
	goapp.Window().Get("document").Get("body").Call("setAttribute", "data-factcheck", state)
}
