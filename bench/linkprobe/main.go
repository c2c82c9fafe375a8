// Command linkprobe measures how a claim's link that a static site did not
// prerender opens in headless Chromium, on two kinds of file server that
// know nothing of the app:
//
//   - a host that sends 404.html for a missing file (as GitHub Pages,
//     Netlify, Cloudflare Pages or an S3 website do; here a Go handler):
//     the link opened cold, in a fresh profile;
//   - `python3 -m http.server`, which sends its own 404: the site's home
//     page opened first (the service worker keeps 404.html), then the
//     link opened, then reloaded.
//
// Each time is from the navigation until the page shows the claim's text
// in its heading. It also counts the requests and bytes the host sent
// for the cold open.
//
//	go run ./bench/linkprobe -site tmp/static-1m -shards build/bench/shards-1m -n 999999
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/site"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "linkprobe:", err)
		os.Exit(1)
	}
}

func run() error {
	siteDir := flag.String("site", "", "the static site's folder (factcheck static -o)")
	shards := flag.String("shards", "", "its sharded index, to find claim number -n's ID and text")
	n := flag.Int("n", -1, "the claim's number in the database (default: the last)")
	flag.Parse()
	if *siteDir == "" || *shards == "" {
		return fmt.Errorf("give -site DIR and -shards DIR")
	}
	ix, err := match.OpenShards(match.FSFetcher(os.DirFS(*shards)))
	if err != nil {
		return err
	}
	if *n < 0 {
		*n = ix.Claims() - 1
	}
	c := ix.ClaimAt(*n)
	if c == nil {
		return fmt.Errorf("no claim number %d", *n)
	}
	if _, err := os.Stat(filepath.Join(*siteDir, "claim", c.ID)); err == nil {
		return fmt.Errorf("claim %s was prerendered: pick one past -pages", c.ID)
	}
	fmt.Printf("claim number %d of %d: %s %q (%d sources)\n", *n, ix.Claims(), c.ID, c.Text, len(c.Sources))
	shown := fmt.Sprintf(`!!document.querySelector('h1') && document.querySelector('h1').textContent.includes(%q)`, c.Text)
	if len(c.Sources) > 0 { // and its source's words
		src := c.Sources[0]
		a := ix.ArticleByID(src.Article)
		if a == nil || src.End > len(a.Text) || src.Start > src.End {
			return fmt.Errorf("claim %s: no article %s", c.ID, src.Article)
		}
		words := strings.Fields(a.Text[src.Start:src.End])
		quote := strings.Join(words[:min(4, len(words))], " ")
		shown += fmt.Sprintf(` && !!document.querySelector('.sources') && document.querySelector('.sources').textContent.includes(%q)`, quote)
		fmt.Printf("its source: %s, %q…\n", a.ID, quote)
	}
	link := "/claim/" + c.ID

	// A host that sends 404.html, cold.
	counter := &counting{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: counter.wrap(site.StaticHost(*siteDir)), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(l)
	defer srv.Close()
	d, err := open("http://"+l.Addr().String()+link, shown)
	if err != nil {
		return fmt.Errorf("404.html host: %w", err)
	}
	reqs, bytes, shardReqs, shardBytes := counter.total()
	fmt.Printf("host with 404.html, cold: claim shown after %v; %d requests, %d bytes sent (app.wasm uncompressed and scripts included), of which %d requests, %d bytes of shards\n",
		d.Round(10*time.Millisecond), reqs, bytes, shardReqs, shardBytes)

	// python3 -m http.server: home first, then the link, then a reload.
	port, err := freePort()
	if err != nil {
		return err
	}
	py := exec.Command("python3", "-m", "http.server", "--bind", "127.0.0.1", "--directory", *siteDir, port)
	if err := py.Start(); err != nil {
		return err
	}
	defer func() { py.Process.Kill(); py.Wait() }()
	base := "http://127.0.0.1:" + port
	for i := 0; i < 50; i++ {
		if resp, err := http.Get(base + "/404.html"); err == nil {
			resp.Body.Close()
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	ctx, cancel := browser()
	defer cancel()
	err = chromedp.Do(ctx, chromedp.Navigate(base+"/"))
	if err == nil {
		_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`dispatchEvent(new Event('pointerdown'))`))
	}
	if err == nil {
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.body.dataset.factcheck === 'ready'`, chromedp.WithPollingTimeout(2*time.Minute)))
	}
	if err == nil {
		// The worker active (navigator.serviceWorker.ready), with 404.html kept.
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](`(async () => { await navigator.serviceWorker.ready; for (const k of await caches.keys()) if (await (await caches.open(k)).match('/404.html')) window.__kept = true })(), window.__kept === true`, chromedp.WithPollingTimeout(2*time.Minute)))
	}
	if err != nil {
		return fmt.Errorf("python http.server: home page and service worker: %w", err)
	}
	for _, step := range []struct {
		name string
		act  chromedp.Action[chromedp.Void]
	}{{"opened", chromedp.Navigate(base + link)}, {"reloaded", chromedp.Reload()}} {
		start := time.Now()
		err := chromedp.Do(ctx, step.act)
		if err == nil {
			_, err = chromedp.Run(ctx, chromedp.Poll[bool](shown, chromedp.WithPollingTimeout(2*time.Minute), chromedp.WithPollingInterval(20*time.Millisecond)))
		}
		if err != nil {
			body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText.slice(0, 300)`))
			return fmt.Errorf("python http.server, link %s: %w: %s", step.name, err, body)
		}
		fmt.Printf("python3 -m http.server, after the home page: link %s, claim shown after %v\n", step.name, time.Since(start).Round(10*time.Millisecond))
	}
	return nil
}

// open navigates a fresh browser to url and returns how long until cond.
func open(url, cond string) (time.Duration, error) {
	ctx, cancel := browser()
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		return 0, err
	}
	start := time.Now()
	err := chromedp.Do(ctx, chromedp.Navigate(url))
	if err == nil {
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(2*time.Minute), chromedp.WithPollingInterval(20*time.Millisecond)))
	}
	return time.Since(start), err
}

// browser starts headless Chromium with a fresh profile (GUIDE.md's flags).
func browser() (context.Context, context.CancelFunc) {
	dir, _ := os.MkdirTemp("", "linkprobe-*")
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath("/usr/bin/chromium"), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.UserDataDir(dir))
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, tcancel := context.WithTimeout(ctx, 5*time.Minute)
	return ctx, func() { tcancel(); cancel(); acancel(); os.RemoveAll(dir) }
}

type counting struct {
	mu                sync.Mutex
	reqs, shardReqs   int
	bytes, shardBytes int64
}

func (c *counting) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingWriter{ResponseWriter: w}
		h.ServeHTTP(cw, r)
		c.mu.Lock()
		c.reqs++
		c.bytes += cw.n
		if strings.HasPrefix(r.URL.Path, "/web/shards/") {
			c.shardReqs++
			c.shardBytes += cw.n
		}
		c.mu.Unlock()
	})
}

func (c *counting) total() (reqs int, bytes int64, shardReqs int, shardBytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reqs, c.bytes, c.shardReqs, c.shardBytes
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n += int64(n)
	return n, err
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, _ := strings.Cut(l.Addr().String(), ":")
	return port, nil
}
