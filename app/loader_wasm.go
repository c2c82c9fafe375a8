//go:build wasm

package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"syscall/js"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// RunInBrowser starts the widget in the browser. It fetches, decodes and
// indexes the deployed database before go-app starts, so that go-app's
// first render, which replaces the page the server sent, already has the
// database and draws the same page: nothing the reader sees changes.
// Until then the page the server sent is the page.
//
// In the page's Web Worker, where there is no document, it runs the check
// engine only (engine_wasm.go). The page starts that worker first, so
// that the two load the database side by side.
func RunInBrowser() {
	if inWorker() {
		mark("worker-go-main")
		runEngine()
		return
	}
	mark("go-main")
	Routes()
	e := startEngine()
	if e != nil {
		checkLinkEarly(e)
	}
	db := loadedDatabase(fetchIndex())
	if e != nil && db.Status == loaded {
		db.Engine = e
	}
	preloaded = &db
	mark("database-ready")
	yieldToBrowser()
	goapp.RunWhenOnBrowser()
}

// checkLinkEarly sends the engine the check a #q= link to the check page
// asks for as soon as the engine exists: the worker makes it while the
// page decodes its own copy of the database and renders, and the check
// page's own check of the same text (check-page.go) then takes its
// results (match.TextCheck.Reuse) instead of waiting for them. What the
// page shows is still what its own check says.
func checkLinkEarly(e *workerEngine) {
	u, err := url.Parse(js.Global().Get("location").Get("href").String())
	if err != nil || (u.Path != "/" && u.Path != "") {
		return
	}
	text, _, ok := fragmentText(u, "q")
	if !ok || isBlank(text) {
		return
	}
	e.CheckPart(newEngineCheck(text, 0).text, func(checkUpdate) {})
}

// mark names a moment of the start in the browser's performance timeline
// (User Timing, "factcheck:"+name), so that a trace or a benchmark can
// split the start into its parts (the page's Go start, the database
// fetched, decoded and indexed; the worker's Go start and its database
// loaded).
func mark(name string) {
	if p := js.Global().Get("performance"); p.Truthy() && p.Get("mark").Truthy() {
		p.Call("mark", "factcheck:"+name)
	}
}

// yieldToBrowser blocks until the browser has had a turn (input, paint),
// so that start-up is several shorter tasks rather than one long one.
func yieldToBrowser() {
	done := make(chan struct{})
	var cb js.Func
	cb = js.FuncOf(func(js.Value, []js.Value) any {
		cb.Release()
		close(done)
		return nil
	})
	js.Global().Call("setTimeout", cb, 0)
	<-done
}

// preloaded is the database RunInBrowser fetched.
var preloaded *database

// deployedDatabase, in the browser, is the database RunInBrowser fetched.
func deployedDatabase() (database, bool) {
	if preloaded == nil {
		return database{}, false
	}
	return *preloaded, true
}

// loadDatabaseNow fetches the database the page was deployed with (cached
// by the service worker, so it loads offline too), when RunInBrowser did
// not.
func loadDatabaseNow(goapp.Context) database { return loadedDatabase(fetchIndex()) }

func fetchIndex() (*match.Index, error) {
	if dir := goapp.Getenv(shardsEnv); dir != "" {
		return openShards(staticURL(dir))
	}
	// The index downloads while the database does.
	type fetched struct {
		data []byte
		err  error
	}
	indexed := make(chan fetched, 1)
	go func() {
		data, err := fetchBytes(staticURL(IndexPath))
		indexed <- fetched{data, err}
	}()
	url := staticURL(DBPath)
	data, err := fetchBytes(url)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", url, err)
	}
	mark("database-fetched")
	yieldToBrowser()
	db, err := claims.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", url, err)
	}
	mark("database-decoded")
	yieldToBrowser()
	ix := <-indexed
	if ix.err == nil {
		decoded, err := match.DecodeIndex(db, ix.data)
		if err == nil {
			mark("index-decoded")
			return decoded, nil
		}
		ix.err = err
	}
	logError("factcheck: building the search index in the browser, as "+IndexPath+" could not be used:", ix.err)
	return newIndex(db), nil
}

// openShards opens the deployment's sharded index under base (a URL
// path ending in "/"): it fetches the manifest now, the rest as checks
// need it (match.OpenShards).
func openShards(base string) (*match.Index, error) {
	ix, err := match.OpenShards(match.FetchFunc(func(name string) ([]byte, error) {
		return fetchShard(base + name)
	}))
	if err != nil {
		return nil, fmt.Errorf("load sharded index %s: %w", base, err)
	}
	return ix, nil
}

// fetchShard fetches a file of the sharded index. Once the service worker
// controls the page it keeps every shard it passes on (app-worker.js), so
// a check made again works offline; before that (a first visit), the
// page keeps it itself, in the cache the worker of this version uses.
func fetchShard(url string) ([]byte, error) {
	data, err := fetchBytes(url)
	if err != nil {
		return nil, err
	}
	keepInCache(url, data)
	return data, nil
}

// keepInCache stores a fetched file in the service worker's cache when no
// worker controls the page yet. It never fails: where the page may not
// use the Cache API (some private windows) the file is simply not kept.
func keepInCache(url string, data []byte) {
	defer func() { recover() }() // a browser without what is used here: nothing kept
	w := js.Global()
	sw := w.Get("navigator").Get("serviceWorker")
	if !sw.Truthy() || sw.Get("controller").Truthy() || !w.Get("caches").Truthy() {
		return
	}
	version := goapp.Getenv("GOAPP_VERSION")
	if version == "" {
		return
	}
	arr := w.Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	var onOpen, onErr js.Func
	onOpen = js.FuncOf(func(this js.Value, args []js.Value) any {
		defer onOpen.Release()
		defer onErr.Release()
		args[0].Call("put", url, w.Get("Response").New(arr)).Call("catch", js.FuncOf(func(js.Value, []js.Value) any { return nil }))
		return nil
	})
	onErr = js.FuncOf(func(js.Value, []js.Value) any {
		onOpen.Release()
		onErr.Release()
		return nil
	})
	w.Get("caches").Call("open", "app-"+version).Call("then", onOpen, onErr)
}

// makeAvailableOffline fetches every file of a sharded index, a few at
// a time, through the service worker, which keeps them (or keeping them
// itself, fetchShard), telling progress the bytes fetched so far of the
// total after each file. It returns the first file that could not be
// fetched, after trying them all. A whole index has nothing to fetch: the
// worker stored it on install.
func makeAvailableOffline(ix *match.Index, progress func(done, total int64)) error {
	names, total, err := ix.ShardFiles()
	if err != nil || len(names) == 0 {
		return err
	}
	base := staticURL(goapp.Getenv(shardsEnv))
	type result struct {
		bytes int
		err   error
	}
	jobs := make(chan string)
	results := make(chan result)
	for range 6 { // the connections a browser opens to one host
		go func() {
			for n := range jobs {
				data, err := fetchShard(base + n)
				results <- result{len(data), err}
			}
		}()
	}
	go func() {
		for _, n := range names {
			jobs <- n
		}
		close(jobs)
	}()
	var done int64
	var first error
	for range names {
		r := <-results
		if r.err != nil && first == nil {
			first = r.err
		}
		done += int64(r.bytes)
		progress(min(done, total), total)
	}
	return first
}

// prefetched is the fetch of url begun before app.wasm ran (the promise of
// its Response), taken once, or a fetch begun now.
func prefetched(url string) js.Value {
	g := js.Global()
	if m := g.Get("factcheckPrefetch"); m.Truthy() {
		if p := m.Get(url); p.Truthy() {
			m.Delete(url)
			return p
		}
	}
	return g.Call("fetch", url)
}

// staticURL is where go-app serves a static resource (Handler.Resources,
// "/web" by default), as Context.ResolveStaticResource resolves it.
func staticURL(path string) string {
	if web := goapp.Getenv("GOAPP_STATIC_RESOURCES_URL"); web != "" {
		return strings.TrimSuffix(web, "/") + strings.TrimPrefix(path, "/web")
	}
	return path
}

// logError writes to the browser's console: the details are for whoever
// runs the site, not for readers.
func logError(msg string, err error) {
	goapp.Window().Get("console").Call("error", msg, err.Error())
}

// markReady tells the page (and anyone embedding or testing it) that the
// widget can check, <body data-factcheck="ready"> or "error", and gives
// web/embed-frame.js window.factcheckCheck(text, done): it calls done with
// the JSON of a check, the same as the command line's `check -jsonl`
// writes. The check runs in the engine's worker (engine.go), or where
// there is none in the page (match.TextCheck), stepped under the page's
// slice budget with the browser's turn between slices: a long text never
// freezes the page, nor the host's when the widget shares its process.
// <body data-factcheck-engine="worker|page"> says where checks run.
func markReady(db database) {
	state := "ready"
	body := goapp.Window().Get("document").Get("body")
	if db.Status != loaded {
		state = "error"
	} else {
		ix := db.Index
		inPage := func(text string, done goapp.Value) {
			c := ix.NewTextCheck(visibleText(capText(text)))
			for c.Next(sliceBudget) {
				yieldToBrowser()
			}
			b, _ := json.Marshal(c.Report())
			done.Invoke(string(b))
		}
		goapp.Window().Set("factcheckCheck", goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
			if len(args) < 2 || args[1].Type() != goapp.TypeFunction {
				return nil
			}
			text, done := args[0].String(), args[1]
			if e := db.Engine; e != nil && e.Working() {
				e.CheckWhole(text, func(report string, err error) {
					if err != nil {
						go inPage(text, done)
						return
					}
					done.Invoke(report)
				})
				return nil
			}
			go inPage(text, done)
			return nil
		}))
		// window.factcheckOffline(progress, done): "Make available
		// offline", for a button to call: progress(bytes, total) after
		// each file, then done("") or done(the error).
		goapp.Window().Set("factcheckOffline", goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
			if len(args) < 2 || args[0].Type() != goapp.TypeFunction || args[1].Type() != goapp.TypeFunction {
				return nil
			}
			progress, done := args[0], args[1]
			go func() {
				msg := ""
				if err := makeAvailableOffline(ix, func(n, total int64) { progress.Invoke(n, total) }); err != nil {
					msg = err.Error()
				}
				done.Invoke(msg)
			}()
			return nil
		}))
	}
	where := "page"
	if e := db.Engine; e != nil && e.Working() {
		where = "worker"
	}
	body.Call("setAttribute", "data-factcheck-engine", where)
	body.Call("setAttribute", "data-factcheck", state)
}

// fetchBytes gets a URL with the browser's fetch. (net/http would do it
// too, but its client brings about 6 MB into app.wasm.) It blocks the
// calling goroutine, not the page. A fetch web/app-start.js or
// web/check-worker.js began early for this URL (factcheckPrefetch: the
// database and its index, fetched while app.wasm compiles) is taken
// instead of a new one.
func fetchBytes(url string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onResponse, onBody, onError js.Func
	onError = js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := "fetch failed"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onBody = js.FuncOf(func(this js.Value, args []js.Value) any {
		arr := js.Global().Get("Uint8Array").New(args[0])
		b := make([]byte, arr.Get("length").Int())
		js.CopyBytesToGo(b, arr)
		done <- result{data: b}
		return nil
	})
	onResponse = js.FuncOf(func(this js.Value, args []js.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("%d %s", resp.Get("status").Int(), resp.Get("statusText").String())}
			return nil
		}
		resp.Call("arrayBuffer").Call("then", onBody, onError)
		return nil
	})
	defer onResponse.Release()
	defer onBody.Release()
	defer onError.Release()
	prefetched(url).Call("then", onResponse, onError)
	r := <-done
	return r.data, r.err
}
