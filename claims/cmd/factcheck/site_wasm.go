//go:build wasm

package main

import (
	"context"
	"errors"
	"io"
)

// The site's subcommands run natively only: the site package serves and
// writes files, and is kept out of WebAssembly builds (its tests run the
// command's other subcommands under Node).

var errNative = errors.New("serve, static, compress and pack-wasm run natively, not in WebAssembly")

func runServe(context.Context, []string, io.Writer, io.Writer) error { return errNative }
func runStatic([]string, io.Writer, io.Writer) error                 { return errNative }
func runCompress([]string, io.Writer, io.Writer) error               { return errNative }
func runPackWasm([]string, io.Writer, io.Writer) error               { return errNative }
