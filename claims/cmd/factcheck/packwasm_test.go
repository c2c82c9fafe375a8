//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wasmModule is a module with a custom section, a data section of segs (in
// the order given) and another custom section after it.
func wasmModule(segs []wasmSegment) []byte {
	section := func(id byte, body []byte) []byte {
		return append(appendUleb([]byte{id}, uint64(len(body))), body...)
	}
	custom := func(name, payload string) []byte {
		return section(0, append(appendUleb(nil, uint64(len(name))), name+payload...))
	}
	mod := []byte("\x00asm\x01\x00\x00\x00")
	mod = append(mod, custom("go:buildid", "abc")...)
	mod = append(mod, section(wasmSectionData, writeWasmSegments(segs))...)
	return append(mod, custom("producers", "xyz")...)
}

// wasmMemory is the memory a module starts with: its data segments
// applied to zeros.
func wasmMemory(t *testing.T, mod []byte) ([]byte, int) {
	t.Helper()
	r := wasmReader{b: mod, i: 8}
	for r.i < len(mod) {
		id, size := r.byte(), int(r.uleb())
		if r.err != nil {
			t.Fatal(r.err)
		}
		body := mod[r.i : r.i+size]
		r.i += size
		if id != wasmSectionData {
			continue
		}
		segs, err := readWasmSegments(body)
		if err != nil {
			t.Fatal(err)
		}
		mem := make([]byte, 1<<16)
		for _, s := range segs {
			copy(mem[s.offset:], s.data)
		}
		return mem, len(segs)
	}
	t.Fatal("no data section")
	return nil, 0
}

func TestPackWasmKeepsTheMemoryWithFewerSegments(t *testing.T) {
	segs := []wasmSegment{
		{offset: 9000, data: []byte("far away, past a long run of zeros")},
		{offset: 100, data: []byte{1, 2}}, // out of order, as Go's linker writes its sections
		{offset: 120, data: []byte{3, 4}}, // 18 zeros after the last: joined
		{offset: 140, data: []byte{5, 6}},
		{offset: 8000, data: nil}, // empty: dropped
		{offset: 200, data: bytes.Repeat([]byte{7}, 300)},
	}
	mod := wasmModule(segs)
	packed, err := packWasmData(mod, 64)
	if err != nil {
		t.Fatal(err)
	}
	before, n := wasmMemory(t, mod)
	after, m := wasmMemory(t, packed)
	if !bytes.Equal(before, after) {
		t.Fatal("the packed module starts with different memory")
	}
	if n != 6 || m != 2 {
		t.Errorf("%d segments packed into %d, want 6 into 2 (100 to 499 and 9000)", n, m)
	}
	for _, name := range []string{"go:buildid", "producers"} {
		if !bytes.Contains(packed, []byte(name)) {
			t.Errorf("the %s section was lost", name)
		}
	}
	again, err := packWasmData(packed, 64)
	if err != nil || !bytes.Equal(again, packed) {
		t.Errorf("packing twice changed the module again (err %v)", err)
	}
}

func TestPackWasmRefusesWhatItCannotRead(t *testing.T) {
	good := wasmModule([]wasmSegment{{offset: 10, data: []byte("abc")}})
	overlapping := wasmModule([]wasmSegment{{offset: 10, data: []byte("abcdef")}, {offset: 12, data: []byte("x")}})
	passive := append([]byte("\x00asm\x01\x00\x00\x00"), wasmSectionData, 4, 1, 1, 1, 'a')
	for name, mod := range map[string][]byte{
		"not wasm":    []byte("hello, world"),
		"truncated":   good[:len(good)-20],
		"overlapping": overlapping,
		"passive":     passive,
		"no data":     []byte("\x00asm\x01\x00\x00\x00"),
	} {
		if _, err := packWasmData(mod, 64); err == nil {
			t.Errorf("%s: packed without an error", name)
		}
	}
}

func TestPackWasmCommandRewritesTheFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "app.wasm")
	mod := wasmModule([]wasmSegment{{offset: 10, data: []byte("ab")}, {offset: 20, data: []byte("cd")}})
	os.WriteFile(f, mod, 0o644)
	out, _, err := run(t, "", "pack-wasm", f)
	if err != nil || !strings.Contains(out, "packed "+f) {
		t.Fatalf("pack-wasm: %v, %q", err, out)
	}
	got, _ := os.ReadFile(f)
	if _, n := wasmMemory(t, got); n != 1 {
		t.Errorf("%d segments after pack-wasm, want 1", n)
	}
	if _, _, err := run(t, "", "pack-wasm"); err == nil || !strings.Contains(err.Error(), "no file given") {
		t.Errorf("pack-wasm with no file: %v", err)
	}
}
