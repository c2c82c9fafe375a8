package wordlist

import (
	"testing"
	"testing/fstest"
)

func TestShapes(t *testing.T) {
	fsys := fstest.MapFS{
		"set.txt":   {Data: []byte("# header\n# Source: x; licence: y\nalpha beta # trailing comment\n\n  gamma\n")},
		"table.txt": {Data: []byte("# header\nusa: us, united   states , america\nru: russia\n")},
	}
	s := Set(fsys, "set.txt")
	if len(s) != 3 || !s["alpha"] || !s["gamma"] || s["header"] {
		t.Errorf("Set = %v", s)
	}
	m := Map(fsys, "table.txt")
	if m["united states"] != "usa" || m["russia"] != "ru" || len(m) != 4 {
		t.Errorf("Map = %v", m)
	}
}

func TestTableLineWithoutColonPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for a malformed table line")
		}
	}()
	Table(fstest.MapFS{"bad.txt": {Data: []byte("no colon here\n")}}, "bad.txt")
}
