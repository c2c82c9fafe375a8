//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// The sitemap protocol (sitemaps.org, schema sitemap/0.9, sitemap.xsd and
// siteindex.xsd): a <urlset> of <url> elements, or a <sitemapindex> of
// <sitemap> elements, in its namespace; each holds one <loc>, an absolute
// URL of at most 2,048 characters (optional <lastmod>, <changefreq>,
// <priority> in a <url>; <lastmod> in a <sitemap>); at most 50,000 entries
// and 50 MB a file, UTF-8; and a sitemap lists only addresses of its own
// host.
type xmlNode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []xmlNode  `xml:",any"`
	Text     string     `xml:",chardata"`
}

// checkSitemap checks one file against the protocol and returns its
// addresses and whether it is an index.
func checkSitemap(t *testing.T, name string, data []byte, host string) (locs []string, index bool) {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Errorf("%s: no UTF-8 XML declaration", name)
	}
	if len(data) > 50<<20 {
		t.Errorf("%s: %d bytes, over 50 MB", name, len(data))
	}
	var root xmlNode
	if err := xml.Unmarshal(data, &root); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	entry, allowed := "url", []string{"loc", "lastmod", "changefreq", "priority"}
	switch root.XMLName.Local {
	case "urlset":
	case "sitemapindex":
		entry, allowed, index = "sitemap", []string{"loc", "lastmod"}, true
	default:
		t.Fatalf("%s: root <%s>", name, root.XMLName.Local)
	}
	if root.XMLName.Space != sitemapNS {
		t.Errorf("%s: namespace %q", name, root.XMLName.Space)
	}
	if n := len(root.Children); n == 0 || n > maxSitemapURLs {
		t.Errorf("%s: %d entries", name, n)
	}
	for _, e := range root.Children {
		if e.XMLName.Local != entry || e.XMLName.Space != sitemapNS {
			t.Errorf("%s: <%s> in <%s>", name, e.XMLName.Local, root.XMLName.Local)
			continue
		}
		var loc []string
		for _, c := range e.Children {
			if !slices.Contains(allowed, c.XMLName.Local) {
				t.Errorf("%s: <%s> in <%s>", name, c.XMLName.Local, entry)
			}
			if c.XMLName.Local == "loc" {
				loc = append(loc, c.Text)
			}
		}
		if len(loc) != 1 {
			t.Errorf("%s: %d <loc> in an entry", name, len(loc))
			continue
		}
		u, err := url.Parse(loc[0])
		if err != nil || !u.IsAbs() || u.Host != host || len(loc[0]) > 2048 || len(loc[0]) < 12 {
			t.Errorf("%s: <loc> %q is not an absolute address of %s", name, loc[0], host)
		}
		locs = append(locs, loc[0])
	}
	return locs, index
}

// TestSitemapAndRobots (issue 23): robots.txt names sitemap.xml, which
// lists every page of the site once, from the server and in dist/ alike
// (each in its own address form), and follows the protocol.
func TestSitemapAndRobots(t *testing.T) {
	skipUnderRace(t)
	const base = "https://check.example"
	s, ts := testServer(t, Config{Base: base})
	resp, robots := get(t, ts, "GET", "/robots.txt")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") || !bytes.Contains(robots, []byte("\nSitemap: "+base+"/sitemap.xml\n")) {
		t.Errorf("robots.txt: %d %q", resp.StatusCode, robots)
	}
	resp, sitemap := get(t, ts, "GET", "/sitemap.xml")
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Type"), "xml") {
		t.Errorf("sitemap.xml: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	locs, _ := checkSitemap(t, "sitemap.xml", sitemap, "check.example")
	routes, _ := s.routes()
	var want []string
	for _, r := range routes {
		want = append(want, base+r)
	}
	if !slices.Equal(locs, want) {
		t.Errorf("the sitemap lists %d addresses, the site has %d pages", len(locs), len(want))
	}
	for _, r := range routes {
		if resp, _ := get(t, ts, "GET", r); resp.StatusCode != 200 {
			t.Errorf("the sitemap lists %s: %d", r, resp.StatusCode)
		}
	}

	dir, _ := buildStatic(t, Config{Base: base})
	data, _ := os.ReadFile(filepath.Join(dir, "sitemap.xml"))
	locs, _ = checkSitemap(t, "dist/sitemap.xml", data, "check.example")
	if len(locs) != len(routes) || locs[1] != base+"/claims/" {
		t.Errorf("dist/sitemap.xml: %d addresses (want %d), the second %q (want the folder form, /claims/)", len(locs), len(routes), locs[1])
	}
	fsrv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer fsrv.Close()
	for _, l := range locs {
		if resp, err := http.Get(fsrv.URL + strings.TrimPrefix(l, base)); err != nil || resp.StatusCode != 200 {
			t.Errorf("dist/ lacks %s", l)
		} else {
			resp.Body.Close()
		}
	}
	if robots, _ := os.ReadFile(filepath.Join(dir, "robots.txt")); !bytes.Contains(robots, []byte("Sitemap: "+base+"/sitemap.xml")) {
		t.Errorf("dist/robots.txt: %q", robots)
	}
}

// TestSitemapIndex: past 50,000 addresses sitemap.xml is an index of
// parts of at most 50,000, which together list every address once.
func TestSitemapIndex(t *testing.T) {
	skipUnderRace(t)
	const base = "https://check.example"
	var routes []string
	for i := range 2*maxSitemapURLs + 7 {
		routes = append(routes, fmt.Sprintf("/claim/c%d", i))
	}
	files := sitemaps(base, serverLayout, routes)
	if len(files) != 4 {
		t.Fatalf("%d files, want the index and 3 parts", len(files))
	}
	parts, index := checkSitemap(t, "sitemap.xml", files["sitemap.xml"], "check.example")
	if !index || len(parts) != 3 {
		t.Fatalf("sitemap.xml: index %v, %d parts", index, len(parts))
	}
	var all []string
	for _, p := range parts {
		name := strings.TrimPrefix(p, base+"/")
		locs, isIndex := checkSitemap(t, name, files[name], "check.example")
		if isIndex {
			t.Errorf("%s is an index", name)
		}
		all = append(all, locs...)
	}
	if len(all) != len(routes) || all[0] != base+routes[0] || all[len(all)-1] != base+routes[len(routes)-1] {
		t.Errorf("the parts list %d addresses, want %d", len(all), len(routes))
	}
}

// TestStaticHosting (issue 19, point 7): dist/ has a 404.html, the app's
// not-found page, and beside every file that compresses, .br and .gz
// twins holding exactly that file.
func TestStaticHosting(t *testing.T) {
	skipUnderRace(t)
	dir, _ := buildStatic(t, Config{Base: "https://check.example"})
	notFound, err := os.ReadFile(filepath.Join(dir, "404.html"))
	if err != nil || !bytes.Contains(notFound, []byte("Page not found")) || !bytes.Contains(notFound, []byte("Content-Security-Policy")) || bytes.Contains(notFound, []byte(`rel="canonical"`)) {
		t.Errorf("404.html: %v\n%.500s", err, notFound)
	}
	var files, twins int
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(p)
		if ext == ".br" || ext == ".gz" {
			return nil
		}
		files++
		raw, _ := os.ReadFile(p)
		br, errBr := os.ReadFile(p + ".br")
		gz, errGz := os.ReadFile(p + ".gz")
		compresses := compressible(contentType(filepath.Base(p)))
		if errBr != nil || errGz != nil {
			if compresses {
				t.Errorf("%s: no .br or .gz twin", p)
			}
			return nil
		}
		twins++
		if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%s.br is not the file", p)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Errorf("%s.gz: %v", p, err)
			return nil
		}
		if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%s.gz is not the file", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if twins < 140 {
		t.Errorf("%d of %d files have twins", twins, files)
	}
}
