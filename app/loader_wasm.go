//go:build wasm

package app

import (
	"errors"
	"fmt"
	"syscall/js"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
)

// loadDB fetches the claims database the page was deployed with (cached
// by the service worker, so it loads offline too).
func loadDB(ctx goapp.Context) (*claims.DB, error) {
	data, err := fetchBytes(ctx.ResolveStaticResource(DBPath))
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", DBPath, err)
	}
	db, err := claims.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", DBPath, err)
	}
	return db, nil
}

// fetchBytes gets a URL with the browser's fetch. (net/http would do it
// too, but its client brings about 6 MB into app.wasm.) It blocks the
// calling goroutine, not the page.
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
	js.Global().Call("fetch", url).Call("then", onResponse, onError)
	r := <-done
	return r.data, r.err
}
