//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
)

// WriteStatic writes the site cfg describes as a static site in dir
// (generateStatic), saying on log what it wrote and left out.
func WriteStatic(cfg Config, dir string, log io.Writer) error {
	return generateStatic(cfg, dir, log)
}

// generateStatic writes the site as files that a plain file server serves
// with no rewrite rule: every page as FOLDER/index.html (/claims is
// claims/index.html, /claim/ID is claim/ID/index.html), 404.html (the
// app's not-found page, which hosts send for a missing file), go-app's
// scripts, the web folder with the database given (and its sharded index,
// when there is one: shards.go), robots.txt and the
// sitemap, and beside every file that compresses its .br and .gz twins,
// for hosts that send them (README, "Static hosting"). Pages carry the
// Content-Security-Policy in a <meta> (a host should add frame-ancestors
// as a header: see README). Every file is written through an os.Root on
// dir, so no path, whatever an ID holds, lands outside it; IDs that are no
// safe path segment, and IDs equal but for case (one file on macOS and
// Windows), are left out, and said so on log: they still open from the
// app, on hosts that send 404.html for a missing page.
func generateStatic(cfg Config, dir string, log io.Writer) error {
	s, err := newSite(cfg, folderLayout, false)
	if err != nil {
		return err
	}
	all, skipped := s.routes()
	if len(skipped) > 0 {
		fmt.Fprintf(log, "static site: left out %d pages whose ID is not a safe file name (letters, digits, '.', '_', '-'; rebuild the database): %s\n",
			len(skipped), strings.Join(firstN(skipped, 5), ", "))
	}
	routes, clashes := caseUnique(all)
	if len(clashes) > 0 {
		fmt.Fprintf(log, "static site: left out %d pages whose address differs from another's only in case (one file on macOS and Windows; rebuild the database): %s\n",
			len(clashes), strings.Join(firstN(clashes, 6), ", "))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("static site: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("static site: %w", err)
	}
	defer root.Close()
	w := &staticWriter{root: root}
	for _, route := range routes {
		body, status, err := s.render(route)
		if err != nil || status != http.StatusOK {
			return fmt.Errorf("static site: page %s: status %d %v", route, status, err)
		}
		w.page(pagePath(route), withMetaCSP(body))
	}
	body, status, err := s.render("/404")
	if err != nil || status != http.StatusNotFound {
		return fmt.Errorf("static site: the not-found page: status %d %v", status, err)
	}
	w.page(notFoundFile, withMetaCSP(body))
	for _, p := range goappFiles {
		w.asset(strings.TrimPrefix(p, "/"), s.appJS[p])
	}
	for _, n := range sortedNames(s.web) {
		w.asset(path.Join("web", n), s.web[n])
	}
	for _, n := range sortedNames(s.root) {
		w.asset(n, s.root[n])
	}
	if s.shards != nil {
		if err := s.shards.write(w); err != nil {
			return err
		}
	}
	if w.err != nil {
		return w.err
	}
	fmt.Fprintf(log, "static site: %d pages\n", len(routes))
	if n := s.listed.unlisted; n > 0 {
		fmt.Fprintf(log, "static site: %d claim and article pages past the first %d are not prerendered (-pages N): the app renders them in the browser, from 404.html on hosts that send it for a missing file, and from the service worker's copy of it on any host once a page was opened\n", n, len(s.listed.routes))
	}
	if s.site.Base == "" {
		fmt.Fprintln(log, "static site: no sitemap.xml and no canonical links: give the site's address with -base or base_url")
	}
	return nil
}

// notFoundFile is the page hosts send for a missing file: the app's
// not-found page, which renders any address of the app in the browser.
const notFoundFile = "404.html"

// staticWriter writes files under root, each with its compressed twins;
// the first error stops it.
type staticWriter struct {
	root *os.Root
	err  error
}

// page writes a page and its twins (brotli 9 and gzip's default level:
// a 10,000-page site's twins in seconds, not minutes).
func (w *staticWriter) page(name string, data []byte) {
	w.write(name, data)
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, 9)
	bw.Write(data)
	bw.Close()
	w.write(name+".br", br.Bytes())
	w.write(name+".gz", gzipPage(data))
}

// asset writes an asset and the twins compressed at start-up (assets.go),
// when its type compresses.
func (w *staticWriter) asset(name string, a *asset) {
	w.write(name, a.raw)
	if br, gz := a.compressed(); br != nil && gz != nil {
		w.write(name+".br", br)
		w.write(name+".gz", gz)
	}
}

func (w *staticWriter) write(name string, data []byte) {
	if w.err == nil && data != nil {
		w.err = writeFile(w.root, name, data)
	}
}

// caseUnique returns routes without those whose address differs from
// another's only in case, and those it left out (both of a pair: which
// one would win on a case-insensitive disk is the disk's choice).
func caseUnique(routes []string) (kept, clashes []string) {
	count := map[string]int{}
	for _, r := range routes {
		count[strings.ToLower(r)]++
	}
	for _, r := range routes {
		if count[strings.ToLower(r)] > 1 {
			clashes = append(clashes, r)
		} else {
			kept = append(kept, r)
		}
	}
	return kept, clashes
}

func sortedNames(as assets) []string {
	names := make([]string, 0, len(as))
	for n := range as {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
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
	tag := []byte(`<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(baseCSP) + `">` + "\n")
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
