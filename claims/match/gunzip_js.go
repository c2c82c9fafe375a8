//go:build js && wasm

package match

import (
	"errors"
	"fmt"
	"syscall/js"

	"github.com/factcheck/factcheck/claims"
)

// gunzip decompresses a gzip-compressed file of a sharded index, up to
// claims.MaxFileBytes, with the host's DecompressionStream (every browser
// since 2023: Chrome 80, Firefox 113, Safari 16.4; Node 18) instead of
// compress/gzip, whose code would add about 90 kB to app.wasm (32 kB
// brotli). It blocks the calling goroutine, never the page; it must not be
// called from a js.FuncOf callback.
func gunzip(data []byte) ([]byte, error) {
	g := js.Global()
	ds := g.Get("DecompressionStream")
	if !ds.Truthy() {
		return nil, errors.New("this browser cannot decompress the index (no DecompressionStream)")
	}
	arr := g.Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	reader := g.Get("Blob").New([]any{arr}).Call("stream").Call("pipeThrough", ds.New("gzip")).Call("getReader")
	var out []byte
	for {
		chunk, err := await(reader.Call("read"))
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		if chunk.Get("done").Bool() {
			return out, nil
		}
		v := chunk.Get("value")
		n := v.Get("length").Int()
		if len(out)+n > claims.MaxFileBytes {
			reader.Call("cancel")
			return nil, fmt.Errorf("the file is over the limit of %d bytes (%d MiB)", claims.MaxFileBytes, claims.MaxFileBytes>>20)
		}
		out = append(out, make([]byte, n)...)
		js.CopyBytesToGo(out[len(out)-n:], v)
	}
}

// await waits for a promise to settle.
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	onErr := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "failed"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	defer onOK.Release()
	defer onErr.Release()
	p.Call("then", onOK, onErr)
	r := <-done
	return r.v, r.err
}
