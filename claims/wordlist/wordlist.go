// Package wordlist reads the word lists factcheck keeps as data files
// rather than Go code (after bleve's analysis/tokenmap.go): each file
// starts with a header of "#" lines naming its source and licence, then
// holds one entry a line. Blank lines and "#" comments are ignored.
//
// Two shapes of entry:
//
//	word word word                 a set: every word counts (Set)
//	key: item, item, item          a table: items may hold spaces (Table)
//	3ing                           a front-coded sorted list (FrontCoded)
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

// FrontCoded returns the words of a front-coded list: sorted words with
// no digit, one a line, each line starting with how many bytes the word
// shares with the word before it (none when 0): "abandon", "7ment" is
// "abandon", "abandonment". A long sorted list stored so is a third
// smaller than written out, and smaller still once compressed.
func FrontCoded(fsys fs.FS, name string) map[string]bool {
	out := map[string]bool{}
	prev := ""
	for _, l := range Lines(fsys, name) {
		n, i := 0, 0
		for ; i < len(l) && l[i] >= '0' && l[i] <= '9'; i++ {
			n = n*10 + int(l[i]-'0')
		}
		if n > len(prev) {
			panic(fmt.Sprintf("wordlist: %s: %q shares %d bytes with %q", name, l, n, prev))
		}
		prev = prev[:n] + l[i:]
		out[prev] = true
	}
	return out
}

// FrontCode writes sorted words as FrontCoded reads them, one a line.
func FrontCode(words []string) string {
	var b strings.Builder
	prev := ""
	for _, w := range words {
		n := 0
		for n < len(prev) && n < len(w) && prev[n] == w[n] {
			n++
		}
		if n > 0 {
			fmt.Fprint(&b, n)
		}
		b.WriteString(w[n:])
		b.WriteByte('\n')
		prev = w
	}
	return b.String()
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
