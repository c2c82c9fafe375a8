//go:build !wasm

// Command wasm, built natively, serves the factcheck widget and generates
// it as a static site:
//
//	wasm [-addr 127.0.0.1:8000] [-web web] [-frame-ancestors "https://a.example https://b.example"] [-demo 127.0.0.1:8001]
//	wasm -static DIR                 write a static site any host can serve
//	wasm compress FILE...            write FILE.br and FILE.gz next to each FILE
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/factcheck/factcheck/app"
)

func main() {
	app.Routes()
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "factcheck server:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "compress" {
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
	addr := fs.String("addr", "127.0.0.1:8000", "address to serve on")
	web := fs.String("web", "web", "folder of static assets (app.wasm, claims.json, icons, CSS)")
	static := fs.String("static", "", "write a static site to this folder and exit")
	ancestors := fs.String("frame-ancestors", "", "sites allowed to embed the widget (/embed), space-separated origins; default: any site")
	demo := fs.String("demo", "", "also serve the embedding demo (a mock news article) on this address, e.g. 127.0.0.1:8001")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg := config{Web: *web, FrameAncestors: *ancestors}
	if *static != "" {
		if err := generateStatic(cfg, *static); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote static site to %s\n", *static)
		return nil
	}
	h, err := newServer(cfg)
	if err != nil {
		return err
	}
	srv := &http.Server{Addr: *addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	if *demo != "" {
		demoSrv := &http.Server{Addr: *demo, Handler: demoHandler("http://" + *addr), ReadHeaderTimeout: 10 * time.Second}
		go func() {
			log.Printf("embedding demo on http://%s", *demo)
			if err := demoSrv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
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
	log.Printf("factcheck %s serving on http://%s", h.version, *addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
