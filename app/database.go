// Package app is the factcheck widget: go-app components that check what a
// reader types against the claims database, entirely in the browser.
//
// One component per file; each file is named after its component in
// kebab-case. Data flows through go-app state: the claims database, loaded
// once by an action (this file), and each page's own fields.
package app

import (
	"sort"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// The claims database reaches every page as go-app state, loaded once by
// an action, the way go-app's own docs app loads its pages
// (docs/src/markdown.go): a page observes databaseState and posts
// loadDatabase; the first post loads, later ones find it loading or
// loaded. Where the database comes from is the one thing that differs
// between the server (loader_native.go: the database given to
// SetDatabase, indexed before serving) and the browser (loader_wasm.go:
// the deployed web/claims.json, fetched before go-app starts).

// DBPath is where the widget fetches its claims database: a site replaces
// web/claims.json with its own (built by `factcheck build`).
const DBPath = "/web/claims.json"

// IndexPath is where the widget fetches the database's search index,
// written beside it by the server or static generator (match.Index's
// binary form), so that the browser decodes an index instead of building
// one. Without it, or when it does not match the database, the widget
// builds the index itself.
const IndexPath = "/web/claims.index"

// ShardsPath is the folder of a deployment's sharded index
// (match.WriteShards; ShardedDeployment writes it). When the deployment
// has one, the page opens it (loader_wasm.go) and fetches only the parts
// of the index and the claims a check needs, instead of DBPath and
// IndexPath whole.
const ShardsPath = "/web/shards/"

// shardsEnv is the go-app environment variable (Handler.Env) by which a
// deployment tells the page that it has a sharded index, and where.
const shardsEnv = "FACTCHECK_SHARDS"

// ShardAbove is the size, in claims, above which a deployment serves its
// index sharded; at or below it the page fetches the two single files,
// which answer every later check without a request.
//
// Measured with bench/shardprobe under Node (js/wasm), a cold first
// check of five statements, 50 ms a request and 20 Mbit/s, on the shared
// 2-core machine under heavy load (2026-12-05; times are loose, bytes
// exact; -first N keeps a database's first N claims):
//   - seed (137 claims): single files 33 kB, ready in 0.54 s; shards
//     23–38 kB in 9–17 files and 4–5 rounds of requests: no fewer bytes,
//     more rounds, and every later check fetches again;
//   - 1,000 claims: single files 258 kB, ready in 2.2 s; shards 57–81 kB;
//   - 5,000 claims: single files 640 kB, ready in 1.6 s; shards 65–83 kB;
//   - 10,000 claims (make db-10k): single files 1.15 MB, ready in 3.5 s;
//     shards 71–90 kB, 0.6–3.7 s to the verdict.
//
// The single files cost about 250 bytes a claim, a first check's shards
// 60–90 kB at any size: they weigh the same near 300 claims, where the
// single files still answer in one round and every later check at once.
// Past 500 claims (over 120 kB whole) the shards send fewer bytes.
const ShardAbove = 500

// ShardedDeployment returns what a deployment of ix serves for its index
// beside DBPath and IndexPath: for a database of more than ShardAbove
// claims, the files of its sharded index by their path under /web/
// ("shards/index.json", "shards/t/….bin", …), and the go-app environment
// (Handler.Env) that tells the page to open them; for a smaller one,
// nothing. The server and the static generator call it once:
//
//	files, env, err := app.ShardedDeployment(ix)
//	// serve (or write) each file under /web/, add env to Handler.Env,
//	// and precache app.StartFiles(len(files) > 0)
//
// Every file but shards/index.json is named by a hash of its content: a
// host may cache them for ever. Each is gzip bytes, decompressed by the
// page: send them as they are (no Content-Encoding needed).
func ShardedDeployment(ix *match.Index) (files map[string][]byte, env map[string]string, err error) {
	if ix.Claims() <= ShardAbove {
		return nil, nil, nil
	}
	files = map[string][]byte{}
	dir := strings.TrimPrefix(ShardsPath, "/web/")
	if _, err := match.WriteShards(ix, func(name string, data []byte) error {
		files[dir+name] = data
		return nil
	}, match.ShardOptions{}); err != nil {
		return nil, nil, err
	}
	return files, ShardsEnv(), nil
}

// ShardsEnv is the go-app environment (Handler.Env) that tells the page
// to open the sharded index under ShardsPath: for a deployment that
// serves a folder already written (`factcheck build -shards DIR`, its
// files as they are under /web/shards/) rather than ShardedDeployment's.
func ShardsEnv() map[string]string { return map[string]string{shardsEnv: ShardsPath} }

// StartFiles are what the page fetches before its first check: the
// service worker stores them on install, so the page starts offline.
// The check engine's worker script (engine.go) is one of them.
func StartFiles(sharded bool) []string {
	if sharded {
		return []string{ShardsPath + "index.json", workerScriptPath}
	}
	return []string{DBPath, IndexPath, workerScriptPath}
}

// workerScriptPath is the check engine's worker script (engine.go).
const workerScriptPath = "/web/check-worker.js"

const (
	loadDatabase  = "/database/load" // the action
	databaseState = "/database"      // the state: a database
)

// loadStatus is where the database's loading stands.
type loadStatus int

const (
	notLoaded loadStatus = iota
	loading
	loaded
	loadFailed
)

// database is the state pages read: the index and what the pages say
// about the database, worked out once.
type database struct {
	Status   loadStatus
	Err      error // why loading failed; readers see a plain message, the console the details
	Index    *match.Index
	Coverage coverage
	Examples []string // statements a first-time reader can try
	// Engine checks away from the page's main thread (engine.go); nil
	// where there is none: the page checks in itself.
	Engine engine
}

// handleLoadDatabase is the loadDatabase action. It runs in its own
// goroutine, so the page stays responsive while the database loads.
func handleLoadDatabase(ctx goapp.Context, a goapp.Action) {
	var db database
	ctx.GetState(databaseState, &db)
	if db.Status == loading || db.Status == loaded {
		return
	}
	db, ok := deployedDatabase()
	if !ok {
		ctx.SetState(databaseState, database{Status: loading})
		db = loadDatabaseNow(ctx)
	}
	if db.Err != nil {
		logError("factcheck: the claims database could not be loaded:", db.Err)
	}
	ctx.SetState(databaseState, db)
	// Once the pages have drawn what they show with it.
	ctx.Dispatch(func(ctx goapp.Context) { ctx.Defer(func(goapp.Context) { markReady(db) }) })
}

// observeDatabase keeps *db up to date with the database state, calling
// onChange (when not nil) each time it changes and once now if it is
// loaded, and asks for the database to be loaded. A page calls it when it
// is navigated to.
func observeDatabase(ctx goapp.Context, db *database, onChange func(goapp.Context)) {
	ctx.ObserveState(databaseState, db).OnChange(func() {
		if onChange != nil {
			onChange(ctx)
		}
	})
	if db.Status == loaded && onChange != nil {
		onChange(ctx)
	}
	ctx.NewAction(loadDatabase)
}

// initialDatabase is what a page starts with before it observes the
// state: the deployed database when it is already in memory (on the
// server always; in the browser once RunInBrowser has fetched it), so
// that go-app's first render in the browser, which replaces the page the
// server sent, draws the same page.
func initialDatabase() database {
	db, _ := deployedDatabase()
	return db
}

// newIndex indexes db and builds its lookups, so that nothing is filled
// lazily once requests (on the server) share it.
func newIndex(db *claims.DB) *match.Index {
	db.Article("")
	db.Claim("")
	return match.NewIndex(db)
}

// byID is what a page found by its ID in a sharded index, whose claims
// and articles are fetched as they are needed: the ID looked up, and
// what was found (nil: none such).
type byID[T any] struct {
	id    string
	found *T
}

// get returns what was found of id, and whether it is known yet.
func (b byID[T]) get(id string) (*T, bool) { return b.found, b.id == id }

// lookUp finds in the background, in a sharded index, what a page shows
// of id (find fetches, which must not block the UI goroutine), then sets
// *b and calls then on the UI goroutine (the page renders again). A whole
// index is read at once.
func lookUp[T any](ctx goapp.Context, ix *match.Index, id string, find func(*match.Index, string) *T, b *byID[T], then func(goapp.Context)) {
	if !ix.Sharded() {
		*b = byID[T]{id, find(ix, id)}
		then(ctx)
		return
	}
	ctx.Async(func() {
		v := find(ix, id)
		ctx.Dispatch(func(ctx goapp.Context) {
			*b = byID[T]{id, v}
			then(ctx)
		})
	})
}

// statusUnless is the database's status, or loading while what a page
// shows is not known yet.
func statusUnless(known bool, status loadStatus) loadStatus {
	if !known && status == loaded {
		return loading
	}
	return status
}

// loadedDatabase is the state of a loaded database, or of a failed load.
func loadedDatabase(ix *match.Index, err error) database {
	if err != nil {
		return database{Status: loadFailed, Err: err}
	}
	return database{Status: loaded, Index: ix, Coverage: coverageOf(ix), Examples: examplesOf(ix.DB)}
}

// coverage is what the database covers, as the pages say it.
type coverage struct {
	claims.Coverage
	Imported int // claims imported from fact-check collections, drawn from no article
}

// coverageOf says what ix covers: a sharded index, which holds no claims
// until checks fetch them, says it in its manifest.
func coverageOf(ix *match.Index) coverage {
	cv, imported := ix.Coverage()
	return coverage{Coverage: cv, Imported: imported}
}

// maxExamples is how many statements the check page offers to try.
const maxExamples = 4

// examplesOf returns the statements the database names as examples, or,
// when it names none, a few of its claims by a rule: from different
// articles (or outside collections), in database order, each article's
// shortest claim of at least six words (short enough for a button, long
// enough to state a fact).
func examplesOf(db *claims.DB) []string {
	if len(db.Examples) > 0 {
		return db.Examples[:min(len(db.Examples), maxExamples)]
	}
	best := map[string]string{} // group -> shortest claim
	var order []string
	for _, c := range db.Claims {
		words := len(strings.Fields(c.Text))
		if words < 6 || words > 20 {
			continue
		}
		g := claimGroup(c)
		cur, seen := best[g]
		if !seen {
			order = append(order, g)
		}
		if !seen || len(c.Text) < len(cur) {
			best[g] = c.Text
		}
	}
	var out []string
	for _, g := range order {
		out = append(out, best[g])
		if len(out) == maxExamples {
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) < len(out[j]) })
	return out
}

// claimGroup is what a claim is listed under: the article of its first
// source, else the collection it was imported from.
func claimGroup(c claims.Claim) string {
	if len(c.Sources) > 0 && c.Sources[0].Article != "" {
		return "article:" + c.Sources[0].Article
	}
	return "collection:" + c.Reviewer
}
