//go:build wasm

package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"syscall/js"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims/match"
)

// One binary in two roles (engine.go): app.wasm started in a page runs the
// go-app UI and starts the engine (startEngine); started in the page's
// dedicated Worker (web/check-worker.js), where there is no document, it
// runs only the engine (runEngine). One file to download, compile and
// cache: the page compiles app.wasm once and posts the compiled module to
// the worker (web/app-start.js keeps it as window.factcheckModule).
//
// The messages:
//   - page -> worker, first (check-worker.js): {env, wasmExec, prefetch}
//     then {module} when web/app-start.js starts it early, else all in
//     one message;
//   - worker -> page: {hello: true} once the engine listens;
//   - page -> worker: {id, text, whole} a check (whole: the embed API's,
//     checked to its end; else the page's, which a later one supersedes);
//   - worker -> page: {id, update: a checkUpdate as encodeUpdate writes it} after each slice
//     of a page's check, {id, report: JSON of match.Report} at the end of
//     a whole one; {failed: why} when the engine cannot check (its
//     database did not load, it stopped): the page then checks in itself.

// updateEvery is how often the engine sends the page what a check found
// so far (besides its first results and its end): each update is a
// render of the page's results on its main thread, so fewer of them
// leave it more turns, while the counts still move as the reader watches.
const updateEvery = 250 * time.Millisecond

// inWorker reports whether app.wasm runs in a worker: there is no document.
func inWorker() bool { return !js.Global().Get("document").Truthy() }

// runEngine is app.wasm in its worker role: it loads the deployed database
// and its index (as the page does, fetchIndex) and checks what the page
// sends, a slice at a time, letting newer messages in between slices.
func runEngine() {
	self := js.Global()
	loaded := make(chan struct{})
	var ix *match.Index
	var page struct { // the page's current check: a newer one stops it
		sync.Mutex
		id   int
		last *match.TextCheck
	}
	post := func(m map[string]any) { self.Call("postMessage", js.ValueOf(m)) }
	onMessage := js.FuncOf(func(this js.Value, args []js.Value) any {
		d := args[0].Get("data")
		id, text, whole := d.Get("id").Int(), d.Get("text").String(), d.Get("whole").Truthy()
		if !whole {
			page.Lock()
			page.id = id
			page.Unlock()
		}
		go func() {
			<-loaded
			if ix == nil {
				return // the page was told: it checks itself
			}
			if whole {
				c := ix.NewTextCheck(visibleText(capText(text)))
				for c.Next(sliceBudget) {
					yieldToBrowser()
				}
				b, _ := json.Marshal(c.Report())
				post(map[string]any{"id": id, "report": string(b)})
				return
			}
			current := func() bool { page.Lock(); defer page.Unlock(); return page.id == id }
			if !current() {
				return
			}
			c := ix.NewTextCheck(text)
			page.Lock()
			c.Reuse(page.last)
			page.last = c
			page.Unlock()
			var posted time.Time
			for sent := 0; ; {
				c.Next(sliceBudget)
				if !current() {
					return
				}
				if sent == 0 || c.Done() || time.Since(posted) >= updateEvery {
					b, _ := encodeUpdate(updateOf(c, sent))
					sent, posted = len(c.Sentences()), time.Now()
					post(map[string]any{"id": id, "update": string(b)})
				}
				if c.Done() {
					return
				}
				yieldToBrowser()
			}
		}()
		return nil
	})
	self.Set("onmessage", onMessage)
	post(map[string]any{"hello": true})
	go func() {
		defer close(loaded)
		// The tables a first check builds are built while the database
		// downloads (fetchIndex waits on the network; this is the worker,
		// so a long task here holds up no page).
		go match.Prepare()
		i, err := fetchIndex()
		mark("worker-loaded")
		if err != nil {
			logError("factcheck: the check engine's claims database could not be loaded:", err)
			post(map[string]any{"failed": err.Error()})
			return
		}
		ix = i
	}()
	select {} // the worker lives as long as the page
}

// workerEngine is the page's handle on the engine in its worker.
type workerEngine struct {
	mu      sync.Mutex
	w       js.Value
	started bool                   // the engine said hello: it takes checks
	queue   []map[string]any       // checks sent before it did
	next    int                    // the last check's id
	waiting map[int]func(js.Value) // a check's id -> what handles its messages
	page    map[int]bool           // the ids of the page's checks waiting
	heard   time.Time              // when the worker last posted anything
	failed  error
}

// engineSilence is how long a check may wait on the worker hearing
// nothing from it (it posts a check's progress at least every 250 ms,
// and loads the database it needs first, which the page has loaded
// already) before the page gives up on the worker and checks in itself:
// a worker that hangs never leaves a reader without an answer.
const engineSilence = 15 * time.Second

// startEngine starts the engine's worker with the module the page was
// compiled from, or returns nil (the page checks in itself) where it
// cannot: no Worker, no compiled module to post, a worker refused.
//
// Usually web/app-start.js started it already, as app.wasm began to
// download (window.factcheckEngineWorker: the worker, and what it said
// before this page listened): it fetched the database and its index and
// was given the compiled module as soon as there was one, so that its
// start overlaps the page's own. Here the page takes it over.
func startEngine() (e *workerEngine) {
	defer func() {
		if r := recover(); r != nil { // new Worker threw: a policy, a browser without workers
			logWarning("factcheck: checks run in the page, as the check engine's worker could not start:", fmt.Errorf("%v", r))
			e = nil
		}
	}()
	g := js.Global()
	module, exec := g.Get("factcheckModule"), g.Get("document").Call("querySelector", `script[src*="wasm_exec.js"]`)
	early := g.Get("factcheckEngineWorker")
	if !g.Get("Worker").Truthy() || !module.Truthy() || !exec.Truthy() {
		if early.Truthy() {
			early.Get("worker").Call("terminate")
		}
		return nil
	}
	e = &workerEngine{waiting: map[int]func(js.Value){}, page: map[int]bool{}}
	if early.Truthy() {
		e.w = early.Get("worker")
	} else {
		e.w = g.Get("Worker").New(staticURL(workerScriptPath), js.ValueOf(map[string]any{"name": "factcheck-engine"}))
	}
	e.w.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		e.receive(args[0].Get("data"))
		return nil
	}))
	e.w.Set("onerror", js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := "the worker failed"
		if m := args[0].Get("message"); m.Truthy() {
			msg = m.String()
		}
		e.fail(errors.New(msg))
		return nil
	}))
	if early.Truthy() { // what it said before the page listened, in order
		said := early.Get("said")
		for i := range said.Length() {
			e.receive(said.Index(i))
		}
		return e
	}
	env := map[string]any{} // what the engine reads of go-app's environment (app.js keeps it in a const)
	for _, k := range []string{"GOAPP_VERSION", "GOAPP_STATIC_RESOURCES_URL", shardsEnv} {
		if v := goapp.Getenv(k); v != "" {
			env[k] = v
		}
	}
	e.w.Call("postMessage", js.ValueOf(map[string]any{"module": module, "env": env, "wasmExec": exec.Get("src")}))
	return e
}

// receive handles a message of the worker.
func (e *workerEngine) receive(d js.Value) {
	e.mu.Lock()
	e.heard = time.Now()
	e.mu.Unlock()
	switch {
	case d.Get("hello").Truthy():
		e.mu.Lock()
		e.started = true
		queue := e.queue
		e.queue = nil
		e.mu.Unlock()
		for _, m := range queue {
			e.w.Call("postMessage", js.ValueOf(m))
		}
	case d.Get("failed").Truthy():
		e.fail(errors.New(d.Get("failed").String()))
	default:
		e.mu.Lock()
		handle := e.waiting[d.Get("id").Int()]
		e.mu.Unlock()
		if handle != nil {
			handle(d)
		}
	}
}

// fail marks the engine failed and tells every check waiting on it.
func (e *workerEngine) fail(err error) {
	e.mu.Lock()
	if e.failed != nil {
		e.mu.Unlock()
		return
	}
	e.failed = err
	waiting := e.waiting
	e.waiting = map[int]func(js.Value){}
	e.mu.Unlock()
	logWarning("factcheck: checks run in the page from now on, as the check engine failed:", err)
	js.Global().Get("document").Get("body").Call("setAttribute", "data-factcheck-engine", "page")
	e.w.Call("terminate")
	failed := js.ValueOf(map[string]any{"failed": err.Error()})
	for _, handle := range waiting {
		handle(failed)
	}
}

// Working reports whether the engine still checks.
func (e *workerEngine) Working() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.failed == nil
}

// send sends a check, handle taking its messages (or {failed}); it
// returns the check's id.
func (e *workerEngine) send(text string, whole bool, handle func(js.Value)) int {
	e.mu.Lock()
	if e.failed != nil {
		e.mu.Unlock()
		handle(js.ValueOf(map[string]any{"failed": e.failed.Error()}))
		return 0
	}
	e.next++
	id := e.next
	e.waiting[id] = handle
	sent := time.Now()
	time.AfterFunc(engineSilence, func() { e.watch(id, sent) })
	m := map[string]any{"id": id, "text": text, "whole": whole}
	started := e.started
	if !started {
		e.queue = append(e.queue, m)
	}
	e.mu.Unlock()
	if started {
		e.w.Call("postMessage", js.ValueOf(m))
	}
	return id
}

// watch fails the engine when check id, sent at sent, still waits and the
// worker has not been heard from since it was sent (or for
// engineSilence): it is working on nothing, or hangs.
func (e *workerEngine) watch(id int, sent time.Time) {
	e.mu.Lock()
	_, waiting := e.waiting[id]
	silent := e.heard.Before(sent) || time.Since(e.heard) >= engineSilence
	e.mu.Unlock()
	if waiting && silent {
		e.fail(fmt.Errorf("the check engine did not answer in %v", engineSilence))
	} else if waiting {
		time.AfterFunc(engineSilence, func() { e.watch(id, e.heardAt()) })
	}
}

func (e *workerEngine) heardAt() time.Time {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.heard
}

// done forgets check id.
func (e *workerEngine) done(id int) {
	e.mu.Lock()
	delete(e.waiting, id)
	delete(e.page, id)
	e.mu.Unlock()
}

// CheckPart sends the page's check of text; the check before it stops.
func (e *workerEngine) CheckPart(text string, update func(checkUpdate)) {
	e.mu.Lock()
	for id := range e.page { // the worker drops the page's earlier checks
		delete(e.waiting, id)
		delete(e.page, id)
	}
	e.mu.Unlock()
	var id int
	id = e.send(text, false, func(d js.Value) {
		var u checkUpdate
		if f := d.Get("failed"); f.Truthy() {
			u.Err = f.String()
		} else if got, err := decodeUpdate(d.Get("update").String()); err != nil {
			u.Err = err.Error()
		} else {
			u = got
		}
		if u.Done || u.Err != "" {
			e.done(id)
		}
		update(u)
	})
	e.mu.Lock()
	if _, waiting := e.waiting[id]; waiting {
		e.page[id] = true
	}
	e.mu.Unlock()
}

// CheckWhole checks text to its end in the worker (the embed API).
func (e *workerEngine) CheckWhole(text string, done func(report string, err error)) {
	var id int
	id = e.send(text, true, func(d js.Value) {
		e.done(id)
		if f := d.Get("failed"); f.Truthy() {
			done("", errors.New(f.String()))
			return
		}
		done(d.Get("report").String(), nil)
	})
}

// logWarning writes to the browser's console what a site's maintainer may
// want to know, though the page goes on working.
func logWarning(msg string, err error) {
	js.Global().Get("console").Call("warn", msg, err.Error())
}
