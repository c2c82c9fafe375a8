//go:build !wasm

package site

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// TestPageCache: a page is rendered once however many ask for it at the
// same time, and kept; at most len(slots) renders run at once, and a
// request that waits too long for one is told the server is busy; past
// its budget the cache drops the least recently used page.
func TestPageCache(t *testing.T) {
	var renders, running, most atomic.Int32
	release := make(chan struct{})
	c := newPageCache(3*1100, func(route string) (*renderedPage, error) {
		renders.Add(1)
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		<-release
		return &renderedPage{body: make([]byte, 1000), status: http.StatusOK}, nil
	})
	c.slots = make(chan struct{}, 2)
	c.wait = 100 * time.Millisecond

	// Twelve readers of one page: one render.
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() { defer wg.Done(); c.get(context.Background(), "/article/big") }()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := renders.Load(); n != 1 {
		t.Errorf("12 concurrent requests for one page: %d renders, want 1", n)
	}
	if _, err := c.get(context.Background(), "/article/big"); err != nil || renders.Load() != 1 {
		t.Errorf("a cached page rendered again (%d renders, %v)", renders.Load(), err)
	}

	// Six pages at once through two slots: never more than two renders.
	renders.Store(0)
	release = make(chan struct{})
	c.wait = 5 * time.Second
	errs := make(chan error, 6)
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.get(context.Background(), fmt.Sprintf("/claim/c%d", i))
			errs <- err
		}()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if m := most.Load(); m != 2 {
		t.Errorf("%d renders at once, want at most (and here exactly) 2", m)
	}
	// The budget holds three pages: of /article/big and /claim/c0…c5,
	// the last three rendered are kept.
	c.mu.Lock()
	if len(c.entries) != 3 || c.bytes > c.budget {
		t.Errorf("%d pages, %d bytes kept; budget %d", len(c.entries), c.bytes, c.budget)
	}
	c.mu.Unlock()

	// Every slot taken past the wait: busy.
	release = make(chan struct{})
	c.wait = 50 * time.Millisecond
	for i := range 2 {
		go c.get(context.Background(), fmt.Sprintf("/slow/%d", i))
	}
	time.Sleep(20 * time.Millisecond)
	if _, err := c.get(context.Background(), "/claim/waiting"); !errors.Is(err, errBusy) {
		t.Errorf("with every slot taken: %v, want errBusy", err)
	}
	close(release)
}

// TestHugeArticleServedCheaply (issue 22, point 5): an article of
// 100,000 one-line paragraphs (the reproduction had a million: start-up
// indexes the article, which takes long on a shared machine) is a page of
// a thousand, with a line saying so, rendered once for twelve readers at
// once. The million cost 5.3 s of CPU and a 21 MB page per request, and
// twelve requests at once took the server to 8 GB.
func TestHugeArticleServedCheaply(t *testing.T) {
	var b strings.Builder
	q := "The bridge reopened on Monday after repairs."
	b.WriteString(q + "\n")
	for b.Len() < 200_000 {
		b.WriteString("x\n")
	}
	a := &claims.Article{ID: "big", Headline: "A million paragraphs", Text: b.String()}
	db := claims.NewDB("big", []*claims.Article{a}, []claims.Claim{{ID: "big-s01", Text: q, Kind: claims.KindSentence,
		Sources: []claims.Source{{Article: "big", Start: 0, End: len(q), Quote: q}}}})
	file := filepath.Join(t.TempDir(), "big.json")
	if err := claims.Save(file, db); err != nil {
		t.Fatal(err)
	}
	s, ts := testServer(t, Config{DB: file})
	var renders atomic.Int32
	render := s.pages.render
	s.pages.render = func(route string) (*renderedPage, error) { renders.Add(1); return render(route) }
	var wg sync.WaitGroup
	sizes := make([]int, 12)
	for i := range sizes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Get(ts.URL + "/article/big")
			if err != nil {
				t.Error(err)
				return
			}
			defer resp.Body.Close()
			var n int64
			for buf := make([]byte, 64<<10); ; {
				k, err := resp.Body.Read(buf)
				n += int64(k)
				if err != nil {
					break
				}
			}
			sizes[i] = int(n)
		}()
	}
	wg.Wait()
	if n := renders.Load(); n != 1 {
		t.Errorf("%d renders for 12 readers", n)
	}
	_, page := get(t, ts, "GET", "/article/big")
	if len(page) > 200<<10 || !strings.Contains(string(page), "paragraphs 1 to 1,000 of 99,") {
		t.Errorf("a %d-byte page: %.300s", len(page), page[len(page)-min(len(page), 600):])
	}
	_ = os.Remove(file)
}
