// Package wordlist reads the word lists factcheck keeps as data files
// rather than Go code (after bleve's analysis/tokenmap.go): each file
// starts with a header of "#" lines naming its source and licence, then
// holds one entry a line. Blank lines and "#" comments are ignored.
//
// Two shapes of entry:
//
//	word word word                 a set: every word counts (Set)
//	key: item, item, item          a table: items may hold spaces (Table)
//
// Lists are read once, when a package that uses them initialises, and are
// never written afterwards, so any goroutine may read them.
package wordlist

import (
	"fmt"
	"io/fs"
	"strings"
)

// Lines returns the entries of a list file: its lines without comments,
// trimmed, blank ones dropped. A missing file panics: lists are embedded
// in the binary, so that is a build mistake, not an input error.
func Lines(fsys fs.FS, name string) []string {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic(fmt.Sprintf("wordlist: %v", err))
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Set returns every whitespace-separated word of a list file.
func Set(fsys fs.FS, name string) map[string]bool {
	out := map[string]bool{}
	for _, l := range Lines(fsys, name) {
		for _, w := range strings.Fields(l) {
			out[w] = true
		}
	}
	return out
}

// Entry is one line of a table: a key and its items.
type Entry struct {
	Key   string
	Items []string
}

// Table returns the "key: item, item" lines of a list file, in file
// order. Items are trimmed and their inner white space folded to one
// space. A line without a colon is a mistake in the file and panics.
func Table(fsys fs.FS, name string) []Entry {
	var out []Entry
	for _, l := range Lines(fsys, name) {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			panic(fmt.Sprintf("wordlist: %s: %q is not \"key: items\"", name, l))
		}
		e := Entry{Key: strings.Join(strings.Fields(k), " ")}
		for _, it := range strings.Split(v, ",") {
			if it = strings.Join(strings.Fields(it), " "); it != "" {
				e.Items = append(e.Items, it)
			}
		}
		out = append(out, e)
	}
	return out
}

// Map returns a table as item -> key: every item stands for its key.
func Map(fsys fs.FS, name string) map[string]string {
	out := map[string]string{}
	for _, e := range Table(fsys, name) {
		for _, it := range e.Items {
			out[it] = e.Key
		}
	}
	return out
}
