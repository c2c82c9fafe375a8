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
	words := []string{"1 state", "12 states", "aah", "abandon", "abandonment", "abase", "b", "be", "bee", "beeline", "hell 0.5 acre", "hell 05"}
	file := "# a header\n" + FrontCode(words)
	for _, line := range []string{"0|1 state", "1|2 states", "7ment", "6|5"} {
		if !strings.Contains(file, "\n"+line+"\n") {
			t.Errorf("FrontCode: %q has no line %s", file, line)
		}
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

// Sections keep their entries, in order, with the lines they stand on; a
// name may stand twice; an entry before any section panics.
func TestSections(t *testing.T) {
	fsys := fstest.MapFS{"s.txt": {Data: []byte("# header\n[greeting]\nhello there # comment\n\n[farewell: soon]\nbye\n[greeting]\nhi\n")}}
	got := Sections(fsys, "s.txt")
	if len(got) != 3 || got[0].Name != "greeting" || got[0].Line != 2 || len(got[0].Entries) != 1 || got[0].Entries[0] != "hello there" || got[0].Lines[0] != 3 ||
		got[1].Name != "farewell: soon" || got[1].Entries[0] != "bye" || got[1].Lines[0] != 6 || got[2].Name != "greeting" || got[2].Entries[0] != "hi" {
		t.Errorf("Sections = %+v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("no panic for an entry before any section")
		}
	}()
	Sections(fstest.MapFS{"bad.txt": {Data: []byte("# header\norphan\n[s]\nx\n")}}, "bad.txt")
}
