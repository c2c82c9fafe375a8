// Command shardprobe measures a first check, cold, against a database in
// its two forms: the single files a page fetches whole today (the
// database and its index, decoded before the first check) and the
// sharded index (match.OpenShards), which fetches what the check needs.
// For each statement it prints the files and bytes each form reads and
// the time to the verdict, with each request given a simulated round trip
// (-rtt) and the bytes a simulated bandwidth (-mbps), as a page on a
// network would see them. Build it for js/wasm and run it under Node to
// measure WebAssembly's decoding:
//
//	go run ./bench/shardprobe -db build/bench/claims-100k.json -shards build/bench/shards-100k < statements.txt
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "shardprobe:", err)
		os.Exit(1)
	}
}

// network is a simulated link: a request costs one round trip, and the
// bytes of requests in flight share the bandwidth.
type network struct {
	rtt  time.Duration
	mbps float64
	mu   sync.Mutex
	busy time.Time // when the link is free

	// waiting is how long at least one request was in flight: the
	// network's share of a check's time, which a loaded machine does not
	// stretch (the CPU's share is cpuTime).
	waiting  time.Duration
	lastDone time.Time
}

// waited returns the time spent waiting on the network since the last
// call, and starts counting again.
func (n *network) waited() time.Duration {
	n.mu.Lock()
	defer n.mu.Unlock()
	w := n.waiting
	n.waiting = 0
	return w
}

func (n *network) wait(bytes int) {
	if n.rtt == 0 && n.mbps == 0 {
		return
	}
	n.mu.Lock()
	now := time.Now()
	start := now.Add(n.rtt)
	if n.busy.After(start) {
		start = n.busy
	}
	done := start
	if n.mbps > 0 {
		done = start.Add(time.Duration(float64(bytes*8) / (n.mbps * 1e6) * float64(time.Second)))
	}
	n.busy = done
	switch {
	case now.After(n.lastDone):
		n.waiting += done.Sub(now)
		n.lastDone = done
	case done.After(n.lastDone):
		n.waiting += done.Sub(n.lastDone)
		n.lastDone = done
	}
	n.mu.Unlock()
	time.Sleep(time.Until(done))
}

type counter struct {
	net          *network
	dir          string
	mu           sync.Mutex
	files, bytes int
	byKind       map[string][2]int // files and bytes by folder
}

func (c *counter) Fetch(name string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(name)))
	if err != nil {
		return nil, err
	}
	c.net.wait(len(data))
	c.mu.Lock()
	c.files++
	c.bytes += len(data)
	k := filepath.Dir(name)
	if c.byKind == nil {
		c.byKind = map[string][2]int{}
	}
	c.byKind[k] = [2]int{c.byKind[k][0] + 1, c.byKind[k][1] + len(data)}
	c.mu.Unlock()
	return data, nil
}

// heap is the Go heap in use after a collection: what the index holds in
// the page (the WebAssembly memory the page grows to is at least this).
func heap() string {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return fmt.Sprintf("%.1f MB", float64(m.HeapAlloc)/1e6)
}

func gzipped(data []byte) int {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return b.Len()
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("shardprobe", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file (the single-file form); empty to skip it")
	shardDir := fs.String("shards", "", "sharded index folder")
	rtt := fs.Duration("rtt", 0, "simulated round trip of a request")
	mbps := fs.Float64("mbps", 0, "simulated bandwidth, megabits a second (0: unlimited)")
	first := fs.Int("first", 0, "keep only the database's first N claims, and shard them here (for the size at which shards pay)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var stmts []string
	sc := bufio.NewScanner(stdin)
	for sc.Scan() {
		if s := sc.Text(); s != "" {
			stmts = append(stmts, s)
		}
	}
	net := &network{rtt: *rtt, mbps: *mbps}
	if *dbPath != "" {
		t0 := time.Now()
		data, err := os.ReadFile(*dbPath)
		if err != nil {
			return err
		}
		db, err := claims.Decode(data)
		if err != nil {
			return err
		}
		if *first > 0 && *first < len(db.Claims) {
			db.Claims = db.Claims[:*first]
			db.Reindex()
			var b bytes.Buffer
			if err := claims.Encode(&b, db); err != nil {
				return err
			}
			data = b.Bytes()
			tmp, err := os.MkdirTemp("", "shardprobe-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			if _, err := match.WriteShards(match.NewIndex(db), func(name string, data []byte) error {
				p := filepath.Join(tmp, filepath.FromSlash(name))
				os.MkdirAll(filepath.Dir(p), 0o755)
				return os.WriteFile(p, data, 0o644)
			}, match.ShardOptions{}); err != nil {
				return err
			}
			*shardDir = tmp
		}
		ix := match.NewIndex(db)
		index, _ := match.EncodeIndex(ix)
		zdb, zix := gzipped(data), gzipped(index)
		build := time.Since(t0)
		// What a page does: fetch both, decode both, check.
		t0 = time.Now()
		net.wait(zdb)
		net.wait(zix)
		db, err = claims.Decode(data)
		if err != nil {
			return err
		}
		ix, err = match.DecodeIndex(db, index)
		if err != nil {
			return err
		}
		ready := time.Since(t0)
		for _, s := range stmts {
			t1 := time.Now()
			v := ix.CheckText(s).Verdict
			fmt.Fprintf(stdout, "single\t2 files\t%d bytes\t%s ready + %s check\t%s\t%.60q\n", zdb+zix, ready.Round(time.Millisecond), time.Since(t1).Round(time.Millisecond), v, s)
		}
		fmt.Fprintf(stdout, "single: built in %s (not counted); heap %s with it\n", build.Round(time.Millisecond), heap())
		runtime.KeepAlive(ix)
	}
	if *shardDir != "" {
		for _, s := range stmts {
			c := &counter{net: net, dir: *shardDir}
			net.waited()
			cpu0 := cpuTime()
			t0 := time.Now()
			ix, err := match.OpenShards(c)
			if err != nil {
				return err
			}
			open := time.Since(t0)
			v := ix.CheckText(s).Verdict
			if err := ix.FetchErr(); err != nil {
				return err
			}
			cold := time.Since(t0)
			// What the cold check costs on an idle machine: its CPU time
			// and the time the network kept it waiting.
			idle := cpuTime() - cpu0 + net.waited()
			// Warm: the same statement again, everything it reads at hand.
			t1, cpu1 := time.Now(), cpuTime()
			ix.CheckText(s)
			warm, warmCPU := time.Since(t1), cpuTime()-cpu1
			fmt.Fprintf(stdout, "sharded\t%d files\t%d bytes\t%s open + %s check = %s cold (CPU + network: %s), %s warm (CPU %s)\t%s\t%.60q\t%v\theap %s\n", c.files, c.bytes, open.Round(time.Millisecond), (cold - open).Round(time.Millisecond), cold.Round(time.Millisecond), idle.Round(time.Millisecond), warm.Round(time.Millisecond), warmCPU.Round(time.Millisecond), v, s, c.byKind, heap())
			runtime.KeepAlive(ix)
		}
	}
	return nil
}
