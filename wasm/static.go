//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// generateStatic writes the site as files that a plain file server serves
// with no rewrite rule: every page as FOLDER/index.html (/claims is
// claims/index.html, /claim/ID is claim/ID/index.html), go-app's scripts,
// and the web folder with the database given and compressed twins. Pages
// carry the Content-Security-Policy in a <meta> (a host should add
// frame-ancestors as a header: see README). Every file is written through
// an os.Root on dir, so no path, whatever an ID holds, lands outside it;
// IDs that are no safe path segment are left out, and said so on log.
func generateStatic(cfg config, dir string, log io.Writer) error {
	s, err := newSite(cfg, folderLayout)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("static site: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("static site: %w", err)
	}
	defer root.Close()
	routes, skipped := s.routes()
	if len(skipped) > 0 {
		fmt.Fprintf(log, "static site: left out %d pages whose ID is not a safe file name (letters, digits, '.', '_', '-'; rebuild the database): %s\n",
			len(skipped), strings.Join(firstN(skipped, 5), ", "))
	}
	for _, route := range routes {
		body, status, err := s.render(route)
		if err != nil || status != http.StatusOK {
			return fmt.Errorf("static site: page %s: status %d %v", route, status, err)
		}
		if err := writeFile(root, pagePath(route), withMetaCSP(body)); err != nil {
			return err
		}
	}
	for _, p := range goappFiles {
		if err := writeFile(root, strings.TrimPrefix(p, "/"), s.appJS[p].raw); err != nil {
			return err
		}
	}
	names := make([]string, 0, len(s.web))
	for n := range s.web {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := s.web[n]
		if err := writeFile(root, path.Join("web", n), a.raw); err != nil {
			return err
		}
		// Twins for hosts that serve them (nginx gzip_static, Caddy
		// precompressed): made from the same bytes, so they match.
		if n == "app.wasm" || n == "claims.json" || n == "claims.index" {
			if err := writeFile(root, path.Join("web", n+".br"), a.br); err != nil {
				return err
			}
			if err := writeFile(root, path.Join("web", n+".gz"), a.gz); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(log, "static site: %d pages\n", len(routes))
	return nil
}

// pagePath is the file a route is written to, relative to the site.
func pagePath(route string) string {
	if route == "/" {
		return "index.html"
	}
	return strings.TrimPrefix(route, "/") + "/index.html"
}

// writeFile writes name (slash-separated, relative) under root, refusing
// any name that is not local: absolute, with "..", or a device name.
func writeFile(root *os.Root, name string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(name)) {
		return fmt.Errorf("static site: refusing to write %q: outside the output folder", name)
	}
	if d := path.Dir(name); d != "." {
		if err := root.MkdirAll(filepath.FromSlash(d), 0o755); err != nil {
			return fmt.Errorf("static site: %w", err)
		}
	}
	if err := root.WriteFile(filepath.FromSlash(name), data, 0o644); err != nil {
		return fmt.Errorf("static site: %w", err)
	}
	return nil
}

// withMetaCSP puts the policy first in <head>, before any script or
// style it governs.
func withMetaCSP(page []byte) []byte {
	tag := []byte(`<meta http-equiv="Content-Security-Policy" content="` + htmlAttr(baseCSP) + `">` + "\n")
	i := bytes.Index(page, []byte("<head>"))
	if i < 0 {
		return page
	}
	i += len("<head>")
	return append(page[:i:i], append(tag, page[i:]...)...)
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], "…")
	}
	return s
}
