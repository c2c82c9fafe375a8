// Command firstcheck times what stands between a program's start and its
// first verdict on a database, as the browser's check worker meets it:
// building the tables a first check reads (match.Prepare, which the worker
// runs while its database downloads), decoding the database
// (claims.Decode) and its index (match.DecodeIndex), then checking two
// statements. Each step also says how many bytes and objects it allocated
// and how many collections ran: counts that do not move with the machine's
// load, as times do (allocating and collecting are much of a step's time
// in WebAssembly). With GODEBUG=inittrace=1 the runtime also prints each
// package's init time and allocations; START_NS (date +%s%N) adds the time
// from then to main. Run it natively and under Node:
//
//	go run ./claims/match/firstcheck claims/seed/claims.json /tmp/seed.index
//	GOOS=js GOARCH=wasm go build -o /tmp/firstcheck.wasm ./claims/match/firstcheck
//	START_NS=$(date +%s%N) GODEBUG=inittrace=1 "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" /tmp/firstcheck.wasm claims/seed/claims.json /tmp/seed.index
//
// The index is the file factcheck build writes beside a database; where
// the file named is missing, firstcheck builds the index, writes it there
// and stops, so that the next run starts cold.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "firstcheck:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	start := time.Now()
	if s := os.Getenv("START_NS"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			fmt.Printf("start to main  %v\n", start.Sub(time.Unix(0, n)).Round(time.Millisecond))
		}
	}
	if len(args) != 2 {
		return fmt.Errorf("usage: firstcheck DATABASE.json INDEX")
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	index, err := os.ReadFile(args[1])
	if os.IsNotExist(err) {
		db, err := claims.Decode(data)
		if err != nil {
			return err
		}
		if index, err = match.EncodeIndex(match.NewIndex(db)); err != nil {
			return err
		}
		if err := os.WriteFile(args[1], index, 0o644); err != nil {
			return err
		}
		fmt.Printf("wrote %s: run again\n", args[1])
		return nil
	}
	if err != nil {
		return err
	}
	begin := time.Now()
	step("prepare", match.Prepare)
	var db *claims.DB
	step("database", func() { db, err = claims.Decode(data) })
	if err != nil {
		return err
	}
	var ix *match.Index
	step("index", func() { ix, err = match.DecodeIndex(db, index) })
	if err != nil {
		return err
	}
	for i, s := range []string{"Russia has no extradition treaty with the United States.", "Vadim Polyakov was arrested in 2016."} {
		step(fmt.Sprintf("check %d", i+1), func() {
			c := ix.NewTextCheck(s)
			for c.Next(40 * time.Millisecond) {
			}
		})
	}
	fmt.Printf("to 2 verdicts  %v\n", time.Since(begin).Round(time.Millisecond))
	return nil
}

// step runs f and prints its time, the bytes and objects it allocated
// and the collections that ran.
func step(name string, f func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	t := time.Now()
	f()
	d := time.Since(t)
	runtime.ReadMemStats(&after)
	fmt.Printf("%-14s %-9v %6d kB %7d allocs %2d GC\n", name, d.Round(100*time.Microsecond),
		(after.TotalAlloc-before.TotalAlloc)/1000, after.Mallocs-before.Mallocs, after.NumGC-before.NumGC)
}
