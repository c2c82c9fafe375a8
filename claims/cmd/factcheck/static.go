//go:build !wasm

package main

import (
	"fmt"
	"io"

	"github.com/factcheck/factcheck/site"
)

// runStatic writes the fact-checker as a static site (package site).
func runStatic(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("static", "static -o DIR [-db FILE] [-shards DIR] [-pages N] [-site FILE] [-base https://factcheck.example]", stdout, stderr)
	cfg := siteFlags(cmd.FlagSet)
	out := cmd.String("o", "", "folder to write the static site to (any file server serves it; see README, \"Static hosting\")")
	pages := cmd.Int("pages", site.DefaultMaxPages, "prerender at most this many claim and article pages (articles first); the others open through the app (404.html)")
	if err := cmd.parse(args); err != nil {
		return err
	}
	if cmd.NArg() > 0 {
		cmd.printUsage(stderr)
		return usageError{fmt.Sprintf("static: unexpected argument %q", cmd.Arg(0))}
	}
	if *out == "" {
		cmd.printUsage(stderr)
		return usageError{"static: -o DIR is required"}
	}
	c := cfg()
	c.MaxPages = *pages
	if *pages <= 0 {
		c.MaxPages = -1 // none
	}
	if err := site.WriteStatic(c, *out, stdout); err != nil {
		return err
	}
	from := c.DB
	switch {
	case from == "" && c.Shards != "":
		from = "the sharded index " + c.Shards
	case from == "":
		from = "the seed database"
	}
	fmt.Fprintf(stdout, "wrote static site to %s from %s\n", *out, from)
	return nil
}
