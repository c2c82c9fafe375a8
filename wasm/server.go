//go:build !wasm

// Command wasm, built natively, serves the factcheck widget and generates
// it as a static site, both from one claims database:
//
//	wasm [-db FILE] [-site FILE] [-addr 127.0.0.1:8000] [-web web] [-base https://factcheck.example]
//	     [-frame-ancestors "https://a.example https://b.example"] [-demo 127.0.0.1:8001]
//	wasm -static DIR [-db FILE] [-site FILE] [-base …]   write a static site any file server can serve
//	wasm compress FILE...                   write FILE.br and FILE.gz next to each FILE
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/factcheck/factcheck/app"
)

func main() {
	app.Routes()
	err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
	code := exitCode(err)
	if code == 1 {
		fmt.Fprintln(os.Stderr, "server:", err)
	}
	os.Exit(code)
}

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

// serverUsage is what -h prints before the flags.
const serverUsage = `Serves the fact-checker, or writes it as a static site, from one claims database.

Usage:
  go run ./wasm [-db FILE] [-site FILE] [-addr 127.0.0.1:8000] [-base https://factcheck.example] [-frame-ancestors "https://a.example"] [-demo ADDR]
  go run ./wasm -static DIR [-db FILE] [-site FILE] [-base …]   write a static site any file server can serve
  go run ./wasm compress FILE...                               write FILE.br and FILE.gz next to each FILE

Flags:
`

// usageError is a mistake in the command line (exit status 2); the flag
// package has printed it with the usage.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

// exitCode is the command's exit status for what run returned: 0 for
// success and for -h (the usage went to stdout), 2 for a mistake in the
// command line (said on stderr, with the usage), else 1.
func exitCode(err error) int {
	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		return 2
	}
	return 1
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "compress" {
		const usage = "Usage: go run ./wasm compress FILE...   write FILE.br (brotli, best) and FILE.gz (gzip, best) next to each FILE\n"
		if len(args) == 1 {
			fmt.Fprint(stderr, usage)
			return usageError{errors.New("compress: no file given")}
		}
		if args[1] == "-h" || args[1] == "-help" || args[1] == "--help" {
			fmt.Fprint(stdout, usage)
			return flag.ErrHelp
		}
		for _, f := range args[1:] {
			if err := precompress(f); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "compressed %s\n", f)
		}
		return nil
	}
	fs := flag.NewFlagSet("wasm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	usage := func(w io.Writer) {
		fs.SetOutput(w)
		fmt.Fprint(w, serverUsage)
		fs.PrintDefaults()
		fs.SetOutput(stderr)
	}
	fs.Usage = func() {} // printed below: on stdout for -h, on stderr for a mistake
	db := fs.String("db", "claims/seed/claims.json", "the claims database to serve and to render every page from")
	addr := fs.String("addr", "127.0.0.1:8000", "address to serve on")
	web := fs.String("web", "web", "folder of static assets (app.wasm, icons, CSS, scripts)")
	base := fs.String("base", "", "public address of the site, e.g. https://factcheck.example, for canonical links, og:url, the sitemap and JSON-LD (overrides the site file's base_url)")
	siteFile := fs.String("site", "", "the site's name and look: a TOML file (name, short_name, publisher, base_url, logo, theme_color, language, about); default: the seed's")
	static := fs.String("static", "", "write a static site to this folder and exit")
	ancestors := fs.String("frame-ancestors", "", "sites allowed to embed the widget (/embed), space-separated origins; default: any site")
	demo := fs.String("demo", "", "also serve the embedding demo (a mock news article) on this address, e.g. 127.0.0.1:8001")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout)
			return err
		}
		usage(stderr)
		return usageError{err}
	}
	if fs.NArg() > 0 {
		usage(stderr)
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	cfg := config{Web: *web, DB: *db, FrameAncestors: *ancestors, Base: *base, SiteFile: *siteFile}
	if *static != "" {
		if err := generateStatic(cfg, *static, stdout); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote static site to %s from %s\n", *static, *db)
		return nil
	}
	h, err := newServer(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := newHTTPServer(h, serverTimeouts)
	if *demo != "" {
		dln, err := net.Listen("tcp", *demo)
		if err != nil {
			ln.Close()
			return err
		}
		demoSrv := newHTTPServer(demoHandler(demoWidgetOrigin(ln.Addr())), serverTimeouts)
		go func() {
			log.Printf("embedding demo on http://%s (and http://%s/plain, the same article without the embed)", dln.Addr(), dln.Addr())
			if err := demoSrv.Serve(dln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Printf("demo: %v", err)
			}
		}()
		defer demoSrv.Close()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	log.Printf("factcheck %s serving %s (%d claims) on http://%s", h.version, *db, len(h.db.Claims), ln.Addr())
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
