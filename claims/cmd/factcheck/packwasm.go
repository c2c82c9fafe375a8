//go:build !wasm

package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
)

// runPackWasm rewrites each Go-built WebAssembly module's data section in
// place so that it compresses smaller (make wasm: app.wasm, before its
// twins are written). What the module does is unchanged: the memory it
// starts with is the same, byte for byte.
//
// Why: Go's linker leaves out every run of 8 or more zero bytes of the
// program's data, starting a new data segment after each, up to 100,000
// segments. That saves raw bytes, but each segment costs a header of about
// 7 bytes (its memory offset and length) that brotli and gzip cannot
// predict, where the zeros they replace cost almost nothing compressed.
// Most of the runs are in the runtime's findfunctab (20 bytes per 4 kB of
// program counters; a WebAssembly function spans 64 kB of them, so nearly
// every entry is 2 bytes and 18 zeros). Writing the short runs of zeros
// back into fewer segments made app.wasm 117 kB smaller brotli and
// 171 kB smaller gzip, and 0.97 MB larger raw (README, "What app.wasm's
// bytes are"). It also empties the line-number tables of Go's function
// table and drops its unsafe-point tables, which nothing reads on js/wasm
// (dropWasmLineTables, packwasm_lines.go): 133 kB less brotli, stack
// traces with function and file names but line 0; -keep-lines keeps the
// function table as the linker wrote it.
func runPackWasm(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("pack-wasm", "pack-wasm [-keep-lines] FILE...   rewrite each Go-built .wasm's data as few segments, its line tables empty, so it compresses smaller (make wasm)", stdout, stderr)
	keepLines := cmd.Bool("keep-lines", false, "keep the function table as the linker wrote it: its line-number tables (stack traces with line numbers) and unsafe-point tables (133 kB more brotli for app.wasm)")
	if err := cmd.parse(args); err != nil {
		return err
	}
	if cmd.NArg() == 0 {
		cmd.printUsage(stderr)
		return usageError{"pack-wasm: no file given"}
	}
	for _, f := range cmd.Args() {
		mod, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		packed, zeroed, err := packWasmData(mod, wasmZeroGap, !*keepLines)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		if err := os.WriteFile(f, packed, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "packed %s: %d bytes, was %d", f, len(packed), len(mod))
		if !*keepLines {
			fmt.Fprintf(stdout, "; line and unsafe-point tables emptied (%d bytes zeroed)", zeroed)
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

// wasmZeroGap is the shortest run of zeros between two data segments that
// stays a gap; shorter runs are written out as zeros. Measured on app.wasm
// (brotli, quality 11): 64 bytes gave the smallest file of 12, 16, 24, 32,
// 64, 256 and no gaps at all (the last within 2 kB of it); measured again
// at stop 38 (main 71ad964 with the word lists as wordSet), 256 did best of
// 32 (1,817,824 B), 64 (1,813,893), 128 (1,812,659), 192 and 256
// (1,812,505) and 512 (1,813,923), gzip a few bytes smaller too.
const wasmZeroGap = 256

// WebAssembly's binary format (https://webassembly.github.io/spec/core/binary/).
const (
	wasmSectionData      = 11
	wasmSectionDataCount = 12
	wasmOpI32Const       = 0x41
	wasmOpEnd            = 0x0b
)

// wasmSegment is an active data segment of memory 0: its bytes go to
// memory at offset when the module is instantiated.
type wasmSegment struct {
	offset uint32
	data   []byte
}

// packWasmData returns mod with its data segments sorted by offset and
// every two that are less than minGap zero bytes apart joined, the zeros
// written between them. Memory not covered by a segment starts as zeros,
// so the memory the module starts with is the same. It refuses a module
// it cannot read completely (a passive segment, an offset that is not a
// constant, overlapping segments) rather than guess. With dropLines it
// also empties the function table's line and unsafe-point tables
// (dropWasmLineTables) and says how many bytes it zeroed.
func packWasmData(mod []byte, minGap int, dropLines bool) ([]byte, int, error) {
	if len(mod) < 8 || !bytes.Equal(mod[:4], []byte("\x00asm")) {
		return nil, 0, errors.New("not a WebAssembly module")
	}
	zeroed := 0
	out := slices.Clone(mod[:8])
	r := wasmReader{b: mod, i: 8}
	found := false
	for r.i < len(mod) {
		id := r.byte()
		size := r.uleb()
		if r.err == nil && (size > uint64(len(mod)-r.i)) {
			r.err = errors.New("a section runs past the end of the module")
		}
		if r.err != nil {
			return nil, 0, r.err
		}
		body := mod[r.i : r.i+int(size)]
		r.i += int(size)
		switch id {
		case wasmSectionDataCount:
			// Written only for passive segments, which this does not read.
			return nil, 0, errors.New("a data count section (passive data segments) is not supported")
		case wasmSectionData:
			segs, err := readWasmSegments(body)
			if err == nil {
				segs, err = joinWasmSegments(segs, minGap)
			}
			if err == nil && dropLines {
				zeroed, err = dropWasmLineTables(segs)
			}
			if err != nil {
				return nil, 0, err
			}
			body, found = writeWasmSegments(segs), true
		}
		out = append(out, id)
		out = appendUleb(out, uint64(len(body)))
		out = append(out, body...)
	}
	if !found {
		return nil, 0, errors.New("no data section")
	}
	return out, zeroed, nil
}

func readWasmSegments(body []byte) ([]wasmSegment, error) {
	r := wasmReader{b: body}
	n := r.uleb()
	var segs []wasmSegment
	for k := uint64(0); k < n && r.err == nil; k++ {
		if flags := r.uleb(); flags != 0 {
			return nil, fmt.Errorf("data segment %d is not an active segment of memory 0", k)
		}
		if r.byte() != wasmOpI32Const {
			return nil, fmt.Errorf("data segment %d: its offset is not a constant", k)
		}
		off := r.sleb() // an i32, which the format writes signed
		if r.byte() != wasmOpEnd || off < -1<<31 || off >= 1<<31 {
			return nil, fmt.Errorf("data segment %d: its offset is not a constant", k)
		}
		size := r.uleb()
		if r.err == nil && size > uint64(len(body)-r.i) {
			return nil, fmt.Errorf("data segment %d runs past the section", k)
		}
		if r.err != nil {
			break
		}
		segs = append(segs, wasmSegment{offset: uint32(int32(off)), data: body[r.i : r.i+int(size)]})
		r.i += int(size)
	}
	if r.err == nil && r.i != len(body) {
		r.err = errors.New("the data section has bytes after its last segment")
	}
	return segs, r.err
}

// joinWasmSegments sorts segs by offset and joins those less than minGap
// bytes apart.
func joinWasmSegments(segs []wasmSegment, minGap int) ([]wasmSegment, error) {
	segs = slices.Clone(segs)
	slices.SortStableFunc(segs, func(a, b wasmSegment) int { return cmp.Compare(a.offset, b.offset) })
	var out []wasmSegment
	for _, s := range segs {
		if len(s.data) == 0 {
			continue
		}
		if len(out) == 0 {
			out = append(out, wasmSegment{offset: s.offset, data: slices.Clone(s.data)})
			continue
		}
		last := &out[len(out)-1]
		end := int64(last.offset) + int64(len(last.data))
		gap := int64(s.offset) - end
		switch {
		case gap < 0:
			return nil, fmt.Errorf("data segments overlap at offset %d", s.offset)
		case gap < int64(minGap):
			last.data = append(last.data, make([]byte, gap)...)
			last.data = append(last.data, s.data...)
		default:
			out = append(out, wasmSegment{offset: s.offset, data: slices.Clone(s.data)})
		}
	}
	return out, nil
}

func writeWasmSegments(segs []wasmSegment) []byte {
	b := appendUleb(nil, uint64(len(segs)))
	for _, s := range segs {
		b = append(b, 0, wasmOpI32Const)
		b = appendSleb(b, int64(int32(s.offset)))
		b = append(b, wasmOpEnd)
		b = appendUleb(b, uint64(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

// wasmReader reads LEB128 numbers and bytes; the first error sticks.
type wasmReader struct {
	b   []byte
	i   int
	err error
}

var errWasmTruncated = errors.New("the module ends in the middle of a section")

func (r *wasmReader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.i >= len(r.b) {
		r.err = errWasmTruncated
		return 0
	}
	c := r.b[r.i]
	r.i++
	return c
}

func (r *wasmReader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	if r.err == nil {
		r.err = errors.New("a number is too long")
	}
	return 0
}

func (r *wasmReader) sleb() int64 {
	var v int64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		if c < 0x80 {
			if c&0x40 != 0 && shift+7 < 64 {
				v |= -1 << (shift + 7)
			}
			return v
		}
	}
	if r.err == nil {
		r.err = errors.New("a number is too long")
	}
	return 0
}

func appendUleb(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
