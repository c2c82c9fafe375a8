//go:build !wasm

package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/site"
)

// gitVersion is the source's `git describe`, set by the Makefile with
// -ldflags "-X main.gitVersion=…"; empty outside a checkout. The app
// version the site deploys starts with it.
var gitVersion string

// runServe serves the fact-checker (package site) until ctx is done.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("serve", "serve [-db FILE] [-shards DIR] [-site FILE] [-addr 127.0.0.1:8000] [-base https://factcheck.example] [-frame-ancestors \"https://a.example\"] [-demo ADDR]", stdout, stderr)
	cfg := siteFlags(cmd.FlagSet)
	addr := cmd.String("addr", "127.0.0.1:8000", "address to serve on")
	ancestors := cmd.String("frame-ancestors", "", "sites allowed to embed the widget (/embed), space-separated origins; default: any site")
	demo := cmd.String("demo", "", "also serve the embedding demo (a mock news article) on this address, e.g. 127.0.0.1:8001")
	if err := cmd.parse(args); err != nil {
		return err
	}
	if cmd.NArg() > 0 {
		cmd.printUsage(stderr)
		return usageError{fmt.Sprintf("serve: unexpected argument %q", cmd.Arg(0))}
	}
	c := cfg()
	c.FrameAncestors = *ancestors
	return site.Serve(ctx, c, site.Listen{Addr: *addr, Demo: *demo}, stderr)
}

// siteFlags defines the flags serve and static share, and returns what
// makes the site's configuration of them once they are parsed.
func siteFlags(fs *flag.FlagSet) func() site.Config {
	db := fs.String("db", "", "the claims database to serve and to render every page from (default: the seed); its index is read from beside it (FILE.index, as factcheck build writes it) when it is there, else built")
	shards := fs.String("shards", "", "the database's sharded index, the folder `factcheck build -o FILE -shards DIR` wrote: served under /web/shards/; without -db, the index alone is the deployment (an archive too large for one database file), its pages rendered from it")
	web := fs.String("web", "web", "folder of static assets (app.wasm, icons, CSS, scripts)")
	base := fs.String("base", "", "public address of the site, e.g. https://factcheck.example, for canonical links, og:url, the sitemap and JSON-LD (overrides the site file's base_url)")
	siteFile := fs.String("site", "", "the site's name and look: a TOML file (name, short_name, publisher, base_url, logo, theme_color, language, about); default: the seed's")
	return func() site.Config {
		c := site.Config{Web: *web, DB: *db, Shards: *shards, Base: *base, SiteFile: *siteFile, GitVersion: gitVersion}
		if *db != "" {
			c.Index = indexFile(*db)
		}
		return c
	}
}
