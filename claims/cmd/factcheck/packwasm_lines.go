//go:build !wasm

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// dropWasmLineTables empties the line-number tables of a Go program's
// function table (runtime.pclntab, in its data segments): every function's
// program counters map to line 0 through one shared table, and every
// function starts at line 0. It also drops the unsafe-point tables (the
// first pcdata table of each function). The bytes of the tables no longer
// read become zeros. It returns how many bytes it zeroed.
//
// Why: the line tables are 229 kB of app.wasm's data and 113 kB of its
// brotli, and only a stack trace or runtime.Caller reads them; the start
// lines (4 bytes a function, 8 kB of brotli) only profiles (pprof) read.
// The unsafe-point tables (12 kB of brotli) are read by nothing on js/wasm:
// only asynchronous preemption reads them (runtime.isAsyncSafePoint,
// called from the signal handlers of Unix and Windows), and a js/wasm
// program has no signals (os_wasm.go: preemptMSupported = false). What else
// the runtime reads there is kept: the stack-size and pointer-map tables
// (pcsp, pcdata) that the garbage collector and stack growth need, the
// inlining tables, the file tables (pcfile) and the function names. A
// panic's stack trace names every function and its file, with line 0
// ("app/checking.go:0 +0x42"); go-app's error and log entries say
// "file.go:0". The layout does not move: no offset, length or pointer
// changes.
//
// It reads the function table as Go 1.20 and later write it
// (runtime/symtab.go's pcHeader, runtime2.go's _func) for a 64-bit
// program, and refuses anything else (another magic number or pointer
// size, a table split across segments, offsets out of range) rather than
// guess.
func dropWasmLineTables(segs []wasmSegment) (int, error) {
	// pcHeader: magic 0xfffffff1, two zero pads, minLC 1, ptrSize 8.
	magic := []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}
	var mem []byte
	at := -1
	for _, s := range segs {
		if i := bytes.Index(s.data, magic); i >= 0 {
			if at >= 0 || bytes.Contains(s.data[i+1:], magic) {
				return 0, errors.New("more than one Go function table")
			}
			mem, at = s.data, i
		}
	}
	if at < 0 {
		return 0, errors.New("no Go 1.20+ function table (runtime.pclntab) found")
	}
	le := binary.LittleEndian
	field := func(k int) (int, bool) { // the header's k-th 8-byte word after the first 8 bytes
		p := at + 8 + 8*k
		if p+8 > len(mem) {
			return 0, false
		}
		v := le.Uint64(mem[p:])
		return int(v), v < uint64(len(mem))
	}
	nfunc, ok1 := field(0)
	pctabOff, ok2 := field(6) // after nfunc, nfiles, an unused word, funcname, cu, filetab
	pclnOff, ok3 := field(7)
	if !ok1 || !ok2 || !ok3 || nfunc <= 0 || pctabOff <= 0 || pclnOff <= pctabOff {
		return 0, errors.New("the function table's header is out of range")
	}
	// The pc-value tables end where the function table begins.
	pctab, pcln := at+pctabOff, at+pclnOff
	if pcln+8*(nfunc+1) > len(mem) {
		return 0, errors.New("the function table runs past its data segment")
	}

	// _func: pcsp, pcfile, pcln at 16, 20, 24; npcdata at 28; startLine
	// at 36; pcdata from 44, PCDATA_UnsafePoint first.
	const funcSize = 44
	keep := map[uint32]bool{}
	var dropped []uint32 // the line and unsafe-point tables' offsets
	var linePlaces []int // where each function's pcln field is in mem
	for k := range nfunc {
		f := pcln + int(le.Uint32(mem[pcln+8*k+4:]))
		if f+funcSize > len(mem) {
			return 0, fmt.Errorf("function %d runs past the data segment", k)
		}
		npcdata := int(le.Uint32(mem[f+28:]))
		if f+funcSize+4*npcdata > len(mem) {
			return 0, fmt.Errorf("function %d's pcdata runs past the data segment", k)
		}
		keep[le.Uint32(mem[f+16:])] = true
		keep[le.Uint32(mem[f+20:])] = true
		for j := 1; j < npcdata; j++ {
			keep[le.Uint32(mem[f+funcSize+4*j:])] = true
		}
		dropped = append(dropped, le.Uint32(mem[f+24:]))
		linePlaces = append(linePlaces, f+24)
		le.PutUint32(mem[f+36:], 0) // startLine: only profiles read it
		if npcdata > 0 {
			// No table (offset 0): only asynchronous preemption reads
			// unsafe points, and a js/wasm program has none (no signals).
			dropped = append(dropped, le.Uint32(mem[f+funcSize:]))
			le.PutUint32(mem[f+funcSize:], 0)
		}
	}

	// Zero each dropped table no other field shares (the linker stores a
	// table once for every function and kind that has the same bytes).
	var freed [][2]int // offset in pctab, length
	sorted := slices.Clone(dropped)
	slices.Sort(sorted)
	for _, off := range slices.Compact(sorted) {
		if off == 0 || keep[off] {
			continue
		}
		n, err := pcTableLen(mem[pctab:pcln], int(off))
		if err != nil {
			return 0, err
		}
		freed = append(freed, [2]int{int(off), n})
	}
	// The shared table: line 0 (the value starts at -1: a delta of +1,
	// zig-zag encoded as 2) for the next 2^30 program counters, which is
	// past the end of any function (a WebAssembly function spans 2^16).
	shared := []byte{2, 0x80, 0x80, 0x80, 0x80, 0x04, 0}
	slot := -1
	zeroed := 0
	for _, t := range freed {
		clear(mem[pctab+t[0] : pctab+t[0]+t[1]])
		zeroed += t[1]
		if slot < 0 && t[1] >= len(shared) {
			slot = t[0]
		}
	}
	if slot < 0 {
		return 0, errors.New("no line table long enough to hold the shared one")
	}
	copy(mem[pctab+slot:], shared)
	zeroed -= len(shared)
	for _, p := range linePlaces {
		le.PutUint32(mem[p:], uint32(slot))
	}
	return zeroed, nil
}

// pcTableLen is the length of the pc-value table at off in tab: pairs of a
// value delta and a pc delta (varints), ended by a zero value delta after
// the first pair.
func pcTableLen(tab []byte, off int) (int, error) {
	p := off
	for first := true; ; first = false {
		v, n := binary.Uvarint(tab[min(p, len(tab)):])
		if n <= 0 {
			return 0, fmt.Errorf("a pc-value table at %d runs past the tables", off)
		}
		p += n
		if v == 0 && !first {
			return p - off, nil
		}
		_, n = binary.Uvarint(tab[min(p, len(tab)):])
		if n <= 0 {
			return 0, fmt.Errorf("a pc-value table at %d runs past the tables", off)
		}
		p += n
	}
}
