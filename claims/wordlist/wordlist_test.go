package wordlist

import (
	"strings"
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

// A front-coded list gives back the words it was written from.
func TestFrontCoded(t *testing.T) {
	words := []string{"aah", "abandon", "abandonment", "abase", "b", "be", "bee", "beeline"}
	file := "# a header\n" + FrontCode(words)
	if !strings.Contains(file, "\n7ment\n") {
		t.Errorf("FrontCode: %q has no 7ment", file)
	}
	got := FrontCoded(fstest.MapFS{"l.txt": {Data: []byte(file)}}, "l.txt")
	if len(got) != len(words) {
		t.Errorf("FrontCoded: %d words, want %d: %v", len(got), len(words), got)
	}
	for _, w := range words {
		if !got[w] {
			t.Errorf("FrontCoded: %q missing", w)
		}
	}
}
