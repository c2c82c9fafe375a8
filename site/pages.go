//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"errors"
	"net/http"
	"runtime"
	"sync"
	"time"
)

// Pages are rendered from a database that does not change while the
// server runs, so a page rendered once is the same for every reader: the
// server keeps the pages it rendered (pageCache, bounded in bytes, least
// recently used first out), renders a page once however many readers ask
// for it at the same time, and renders at most renderSlots pages at once.
// A request that finds every slot taken waits up to renderWait, then gets
// 503 with Retry-After. (Issue 22: a page of a million paragraphs cost up
// to 5.7 s of CPU and 21.8 MB per request, and twelve requests at once
// took the server to 8.1 GB; what one page renders is capped in the app,
// article-page.go.)

// maxCachedPages is the cache's budget, counting each page's HTML and its
// gzip form: the seed's 140 pages take 1.5 MB, a 10,000-claim archive's
// pages 90 MB, of which the most read stay.
const maxCachedPages = 64 << 20

// renderWait is how long a request waits for a render slot.
const renderWait = 10 * time.Second

// errBusy: every render slot stayed taken for renderWait.
var errBusy = errors.New("busy rendering other pages")

// renderedPage is a page as the server sends it.
type renderedPage struct {
	body   []byte
	gz     []byte // body gzipped; nil when it does not pay
	status int
}

func (p *renderedPage) size() int { return len(p.body) + len(p.gz) + 64 }

// pageCache renders pages through render, keeping those rendered 200 OK.
type pageCache struct {
	render func(route string) (*renderedPage, error)
	slots  chan struct{}
	budget int
	wait   time.Duration // renderWait

	mu      sync.Mutex
	entries map[string]*list.Element // route -> element of lru holding a *cached
	lru     *list.List               // front: most recently used
	bytes   int
	pending map[string]*pendingRender
}

type cached struct {
	route string
	page  *renderedPage
}

// pendingRender is a render under way, which other requests for the same
// route wait for.
type pendingRender struct {
	done chan struct{}
	page *renderedPage
	err  error
}

func newPageCache(budget int, render func(string) (*renderedPage, error)) *pageCache {
	return &pageCache{
		render:  render,
		slots:   make(chan struct{}, max(1, runtime.GOMAXPROCS(0))),
		budget:  budget,
		wait:    renderWait,
		entries: map[string]*list.Element{},
		lru:     list.New(),
		pending: map[string]*pendingRender{},
	}
}

// get returns the page at route: from the cache, from a render under way,
// or rendered now in a slot.
func (c *pageCache) get(ctx context.Context, route string) (*renderedPage, error) {
	c.mu.Lock()
	if e, ok := c.entries[route]; ok {
		c.lru.MoveToFront(e)
		c.mu.Unlock()
		return e.Value.(*cached).page, nil
	}
	if p, ok := c.pending[route]; ok {
		c.mu.Unlock()
		select {
		case <-p.done:
			if p.err != nil && (errors.Is(p.err, context.Canceled) || errors.Is(p.err, context.DeadlineExceeded)) {
				return c.get(ctx, route) // the request that rendered it went away; this one has not
			}
			return p.page, p.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	p := &pendingRender{done: make(chan struct{})}
	c.pending[route] = p
	c.mu.Unlock()

	p.page, p.err = c.renderInSlot(ctx, route)
	c.mu.Lock()
	delete(c.pending, route)
	if p.err == nil && p.page.status == http.StatusOK {
		c.add(route, p.page)
	}
	c.mu.Unlock()
	close(p.done)
	return p.page, p.err
}

func (c *pageCache) renderInSlot(ctx context.Context, route string) (*renderedPage, error) {
	timer := time.NewTimer(c.wait)
	defer timer.Stop()
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-timer.C:
		return nil, errBusy
	}
	defer func() { <-c.slots }()
	return c.render(route)
}

// add keeps page, dropping the least recently used pages past the budget
// (a page larger than the whole budget is not kept). c.mu is held.
func (c *pageCache) add(route string, page *renderedPage) {
	if page.size() > c.budget {
		return
	}
	c.entries[route] = c.lru.PushFront(&cached{route, page})
	c.bytes += page.size()
	for c.bytes > c.budget {
		old := c.lru.Back()
		e := old.Value.(*cached)
		c.lru.Remove(old)
		delete(c.entries, e.route)
		c.bytes -= e.page.size()
	}
}

// gzipPage compresses a page once, when it is rendered (gzip's default
// level: a 2 MB article page in about 30 ms), not on every request.
func gzipPage(body []byte) []byte {
	if len(body) < 1024 {
		return nil
	}
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.DefaultCompression)
	w.Write(body)
	w.Close()
	return b.Bytes()
}
