//go:build !wasm

// Package site is the fact-checker's web site, built natively from one
// claims database: served over HTTP (New, Serve: `factcheck serve`) or
// written as files any file server serves (WriteStatic: `factcheck
// static`). Both render the same go-app pages from the same database and
// index; they differ only in how page addresses are laid out (layout).
// The browser's side is the app package, compiled to WebAssembly by
// wasm/; nothing here reaches app.wasm (every file is built !wasm).
//
// Where things live: serve.go loads a site once and answers requests;
// static.go writes it as files; assets.go holds /web/ in memory with its
// compressed forms; pages.go caches rendered pages; seo.go writes what
// crawlers read; site.go reads the site's configuration (-site FILE);
// index.go loads or builds the search index, once; shards.go is where a
// sharded index is served and written; demo.go is the embedding demo.
package site

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"
)

// timeouts bound what one connection may hold. A reader's browser needs
// one request at a time, headers of a few KB, and app.wasm (1.7 MB brotli,
// 8.4 MB raw for a client that takes no compression) within WriteTimeout:
// two minutes carry the brotli file at 120 kbit/s, slower than a poor 3G
// link, and the raw one at 0.6 Mbit/s. Nothing the server accepts has a
// body, so reading a request never needs long.
type timeouts struct {
	ReadHeader, Read, Write, Idle time.Duration
}

var serverTimeouts = timeouts{ReadHeader: 5 * time.Second, Read: 10 * time.Second, Write: 2 * time.Minute, Idle: 30 * time.Second}

// maxHeaderBytes: a browser's request headers are 1–2 KB; URLs up to
// maxURL (8 KB) get a 414 from the handler, longer ones Go's 431.
const maxHeaderBytes = 32 << 10

// newHTTPServer is the one place servers are made: every timeout set.
func newHTTPServer(h http.Handler, t timeouts) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          log.New(io.Discard, "", 0), // clients' broken connections are no news
	}
}

// demoWidgetOrigin is the widget's origin as the demo article embeds it.
// On the loopback it is named localhost, while the article is on
// 127.0.0.1: two sites, as factcheck.example and news.example are in a
// real deployment, so the browser gives the widget's frame a process of
// its own (the same address on two ports would be one site).
func demoWidgetOrigin(a net.Addr) string {
	host, port, _ := net.SplitHostPort(a.String())
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// Listen is where Serve listens: the widget's address, and the embedding
// demo's ("" for none).
type Listen struct {
	Addr string // e.g. 127.0.0.1:8000 (port 0: any free port)
	Demo string // e.g. 127.0.0.1:8001
}

// Serve loads the site (New) and serves it on l.Addr, and the embedding
// demo on l.Demo, until ctx is done; then it shuts down, giving requests
// under way five seconds. It says on logw where it serves.
func Serve(ctx context.Context, cfg Config, l Listen, logw io.Writer) error {
	h, err := New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", l.Addr)
	if err != nil {
		return err
	}
	logger := log.New(logw, "", log.LstdFlags)
	srv := newHTTPServer(h, serverTimeouts)
	if l.Demo != "" {
		dln, err := net.Listen("tcp", l.Demo)
		if err != nil {
			ln.Close()
			return err
		}
		demoSrv := newHTTPServer(demoHandler(demoWidgetOrigin(ln.Addr())), serverTimeouts)
		go func() {
			logger.Printf("embedding demo on http://%s (and http://%s/plain, the same article without the embed)", dln.Addr(), dln.Addr())
			if err := demoSrv.Serve(dln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				logger.Printf("demo: %v", err)
			}
		}()
		defer demoSrv.Close()
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
		case <-done:
			return
		}
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	what := dbName(cfg.DB)
	if cfg.DB == "" && cfg.Shards != "" {
		what = "the sharded index " + cfg.Shards
	}
	logger.Printf("factcheck %s serving %s (%d claims) on http://%s", h.version, what, h.index.Claims(), ln.Addr())
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// dbName is how the log names the database.
func dbName(file string) string {
	if file == "" {
		return "the seed database"
	}
	return file
}

// Compress writes FILE.br (brotli, best) and FILE.gz (gzip, best) beside
// each file: the twins the server checks and sends for a large file
// (`make wasm` writes app.wasm's).
func Compress(files []string, stdout io.Writer) error {
	for _, f := range files {
		if err := precompress(f); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "compressed %s\n", f)
	}
	return nil
}
