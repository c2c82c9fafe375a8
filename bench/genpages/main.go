// Command genpages writes an archive of saved news pages for the
// archive-scale build benchmark: the 181 real pages of the extraction
// benchmark (../shared/bench/extraction/html/*.html.gz), replicated with
// systematic variations until there are N. Copy k of a page has every
// figure of its text raised by k and "(k)" added to its <title>, so that
// no two files are alike; the markup is the page's own. `make
// bench-archive` runs it for 1,000, 10,000 and 100,000 pages.
//
//	go run ./bench/genpages -n 10000 -o build/bench/pages-10k ../shared/bench/extraction/html
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "genpages:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("genpages", flag.ContinueOnError)
	n := fs.Int("n", 1000, "how many pages to write")
	from := fs.Int("from", 0, "write only pages from this one on (0-based), as a second process writing the rest of a large archive")
	out := fs.String("o", "", "folder to write them to (created; pages already there are kept when unchanged)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() != 1 {
		return fmt.Errorf("usage: genpages -n N -o DIR BENCH_HTML_DIR")
	}
	srcs, err := filepath.Glob(filepath.Join(fs.Arg(0), "*.html.gz"))
	if err != nil || len(srcs) == 0 {
		return fmt.Errorf("no *.html.gz pages in %s", fs.Arg(0))
	}
	sort.Strings(srcs)
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	pages := make([][]byte, len(srcs))
	for i, p := range srcs {
		if pages[i], err = gunzip(p); err != nil {
			return err
		}
	}
	for i := max(0, *from); i < *n; i++ {
		src, copyNo := i%len(pages), i/len(pages)
		name := filepath.Join(*out, fmt.Sprintf("p%06d-%s.html", i, strings.TrimSuffix(filepath.Base(srcs[src]), ".html.gz")[:12]))
		if _, err := os.Stat(name); err == nil {
			continue // written by an earlier run: unchanged, as a newsroom's archive mostly is
		}
		page := pages[src]
		if copyNo > 0 {
			if page, err = vary(page, copyNo); err != nil {
				return fmt.Errorf("%s: %w", srcs[src], err)
			}
		}
		if err := os.WriteFile(name, page, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}

var figureRE = regexp.MustCompile(`\b\d+\b`)

// vary returns copy k of a page: its text's figures raised by k, its
// title marked "(k)".
func vary(page []byte, k int) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, err
	}
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style":
				return
			case "body":
				inBody = true
			case "title":
				if n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
					n.FirstChild.Data += " (" + strconv.Itoa(k) + ")"
				}
			}
		}
		if n.Type == html.TextNode && inBody {
			n.Data = figureRE.ReplaceAllStringFunc(n.Data, func(s string) string {
				v, err := strconv.Atoi(s)
				if err != nil || len(s) > 9 {
					return s
				}
				return strconv.Itoa(v + k)
			})
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
