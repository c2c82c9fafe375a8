//go:build !wasm

package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
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
	packed, _, err := packWasmData(mod, 64, false)
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
	again, _, err := packWasmData(packed, 64, false)
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
		if _, _, err := packWasmData(mod, 64, false); err == nil {
			t.Errorf("%s: packed without an error", name)
		}
	}
}

func TestPackWasmCommandRewritesTheFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "app.wasm")
	mod := wasmModule([]wasmSegment{{offset: 10, data: []byte("ab")}, {offset: 20, data: []byte("cd")}})
	os.WriteFile(f, mod, 0o644)
	out, _, err := run(t, "", "pack-wasm", "-keep-lines", f)
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

// goFuncTable is a data segment holding a Go 1.20+ function table
// (runtime.pclntab) of two functions: the header, the pc-value tables,
// then the function table and the two _func records. Function 0 has line
// table A and pcsp table B; function 1 has line table C, its pcfile and
// its second pcdata table also A (the linker stores equal tables once),
// and its first (unsafe points) D. Both start at line 40.
func goFuncTable() (seg []byte, pctab int, tables map[string][]byte) {
	le := binary.LittleEndian
	tables = map[string][]byte{
		"A": {2, 10, 4, 20, 0},         // values 0, 2 over 10 and 20 pcs
		"B": {0x10, 5, 0x08, 7, 0},     // a stack-size table
		"C": {0x54, 3, 2, 9, 6, 12, 0}, // lines 41, 42, 45
		"D": {3, 6, 0},                 // an unsafe-point table
	}
	header := make([]byte, 8+8*8)
	copy(header, []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8})
	pctab = len(header)
	var tab []byte
	offs := map[string]uint32{}
	tab = append(tab, 0) // offset 0 means no table
	for _, k := range []string{"A", "B", "C", "D"} {
		offs[k] = uint32(len(tab))
		tab = append(tab, tables[k]...)
	}
	pcln := pctab + len(tab)
	le.PutUint64(header[8:], 2)                 // nfunc
	le.PutUint64(header[8+6*8:], uint64(pctab)) // pctab offset
	le.PutUint64(header[8+7*8:], uint64(pcln))  // function table offset
	ftab := make([]byte, 3*8)
	fn := func(pcsp, pcfile, pcl uint32, pcdata ...uint32) []byte {
		f := make([]byte, 44+4*len(pcdata))
		le.PutUint32(f[16:], pcsp)
		le.PutUint32(f[20:], pcfile)
		le.PutUint32(f[24:], pcl)
		le.PutUint32(f[28:], uint32(len(pcdata)))
		le.PutUint32(f[36:], 40) // startLine
		for j, o := range pcdata {
			le.PutUint32(f[44+4*j:], o)
		}
		return f
	}
	f0 := fn(offs["B"], 0, offs["A"])
	f1 := fn(0, offs["A"], offs["C"], offs["D"], offs["A"])
	le.PutUint32(ftab[4:], uint32(len(ftab)))
	le.PutUint32(ftab[12:], uint32(len(ftab)+len(f0)))
	seg = append(append(append(append(append([]byte("other data"), header...), tab...), ftab...), f0...), f1...)
	return seg, len("other data") + pctab, tables
}

func TestDropLineTablesKeepsTheOtherTables(t *testing.T) {
	data, pctab, tables := goFuncTable()
	segs := []wasmSegment{{offset: 64, data: data}}
	zeroed, err := dropWasmLineTables(segs)
	if err != nil {
		t.Fatal(err)
	}
	mem := segs[0].data
	le := binary.LittleEndian
	// Table C (only a line table) is gone, its place the shared table:
	// line 0 for every pc; A stays (a pcfile and a pcdata read it), B too.
	// D (only unsafe points) is zeros.
	tab := mem[pctab:]
	if !bytes.Equal(tab[1:6], tables["A"]) || !bytes.Equal(tab[6:11], tables["B"]) {
		t.Errorf("a table other fields read changed: % x", tab[:21])
	}
	if want := []byte{2, 0x80, 0x80, 0x80, 0x80, 0x04, 0}; !bytes.Equal(tab[11:18], want) {
		t.Errorf("table C's place holds % x, want the shared line table % x", tab[11:18], want)
	}
	if !bytes.Equal(tab[18:21], make([]byte, 3)) {
		t.Errorf("table D's place holds % x, want zeros", tab[18:21])
	}
	if zeroed != 3 { // C is 7 bytes, all of them now the shared table; D 3
		t.Errorf("%d bytes zeroed, want 3", zeroed)
	}
	funcs := pctab + 21 + 3*8
	for k, f := range []int{funcs, funcs + 44} {
		if got := le.Uint32(mem[f+24:]); got != 11 {
			t.Errorf("function %d's line table is at %d, want the shared one at 11", k, got)
		}
		if got := le.Uint32(mem[f+36:]); got != 0 {
			t.Errorf("function %d starts at line %d, want 0", k, got)
		}
	}
	if le.Uint32(mem[funcs+16:]) != 6 || le.Uint32(mem[funcs+44+20:]) != 1 || le.Uint32(mem[funcs+88+4:]) != 1 {
		t.Error("a pcsp, pcfile or pcdata field changed")
	}
	if got := le.Uint32(mem[funcs+88:]); got != 0 {
		t.Errorf("function 1's unsafe-point table is at %d, want none (0)", got)
	}
	if !bytes.HasPrefix(mem, []byte("other data")) {
		t.Error("the data before the function table changed")
	}
	if _, err := dropWasmLineTables([]wasmSegment{{data: []byte("no table here")}}); err == nil {
		t.Error("no error for data without a function table")
	}
	cut := slices.Clone(data[:len(data)-30])
	if _, err := dropWasmLineTables([]wasmSegment{{data: cut}}); err == nil {
		t.Error("no error for a function table cut short")
	}
}
