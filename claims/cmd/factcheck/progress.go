package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progress shows how far a long build is. On a terminal it is a bar
// redrawn in place (at most ten times a second); anywhere else (a log, a
// CI job) it is a plain line every ten seconds, and nothing at all for a
// build that takes less than that.
type progress struct {
	w        io.Writer
	terminal bool
	what     string
	start    time.Time
	mu       sync.Mutex
	last     time.Time
	drawn    bool
}

func newProgress(w io.Writer, what string) *progress {
	p := &progress{w: w, what: what, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.terminal = true
		}
	}
	p.last = p.start
	return p
}

// update is told that done of total are done.
func (p *progress) update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	final := done == total
	switch {
	case p.terminal:
		if !final && now.Sub(p.last) < 100*time.Millisecond {
			return
		}
		const width = 30
		fill := width * done / max(1, total)
		fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d (%d%%) %s", p.what, strings.Repeat("=", fill), strings.Repeat(" ", width-fill), done, total, 100*done/max(1, total), now.Sub(p.start).Round(time.Second))
		p.drawn = true
		if final {
			fmt.Fprintln(p.w)
		}
	default:
		if now.Sub(p.last) < 10*time.Second && !(final && p.drawn) {
			return
		}
		fmt.Fprintf(p.w, "factcheck: %s: %d of %d (%d%%) after %s\n", p.what, done, total, 100*done/max(1, total), now.Sub(p.start).Round(time.Second))
		p.drawn = true
	}
	p.last = now
}
