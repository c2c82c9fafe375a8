// Package wordlist reads the word lists factcheck keeps as data files
// rather than Go code (after bleve's analysis/tokenmap.go): each file
// starts with a header of "#" lines naming its source and licence, then
// holds one entry a line. Blank lines and "#" comments are ignored.
//
// Shapes of entry:
//
//	word word word                 a set: every word counts (Set)
//	key: item, item, item          a table: items may hold spaces (Table)
//	3ing                           a front-coded sorted list (FrontCoded)
//	[name] then entries            sections of entries, each under its name (Sections)
//
// Lists are read once, when a package that uses them initialises, and are
// never written afterwards, so any goroutine may read them.
package wordlist

import (
	"fmt"
	"io/fs"
	"iter"
	"strings"
)

// Lines returns the entries of a list file: its lines without comments,
// trimmed, blank ones dropped. A missing file panics: lists are embedded
// in the binary, so that is a build mistake, not an input error.
func Lines(fsys fs.FS, name string) []string {
	var out []string
	for _, l := range numberedLines(fsys, name) {
		out = append(out, l.text)
	}
	return out
}

// numberedLine is an entry of a list file and its 1-based line number.
type numberedLine struct {
	text string
	n    int
}

// numberedLines returns Lines' entries with their line numbers.
func numberedLines(fsys fs.FS, name string) []numberedLine {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic(fmt.Sprintf("wordlist: %v", err))
	}
	var out []numberedLine
	for n, l := range entries(string(data)) {
		out = append(out, numberedLine{l, n})
	}
	return out
}

// entries yields a list file's entries with their line numbers: each
// line without its "#" comment and the space around it, blank lines left
// out. It is the one place those rules live.
func entries(data string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 0
		for rest := data; rest != ""; {
			var l string
			l, rest, _ = strings.Cut(rest, "\n")
			n++
			if i := strings.IndexByte(l, '#'); i >= 0 {
				l = l[:i]
			}
			if l = strings.TrimSpace(l); l != "" && !yield(n, l) {
				return
			}
		}
	}
}

// Section is one "[name]" part of a list file: its name (the header's
// text between the brackets), where it starts, and its entries in file
// order, each with its line number for the reader's messages.
type Section struct {
	Name    string
	Line    int
	Entries []string
	Lines   []int
}

// Sections returns the sections of a list file in file order: a line
// "[name]" opens one, and the entries below it (as Lines returns them)
// are its own. An entry before any section is a mistake in the file and
// panics. A name may stand twice: each is its own section.
func Sections(fsys fs.FS, name string) []Section {
	var out []Section
	for _, l := range numberedLines(fsys, name) {
		if strings.HasPrefix(l.text, "[") && strings.HasSuffix(l.text, "]") {
			out = append(out, Section{Name: l.text[1 : len(l.text)-1], Line: l.n})
			continue
		}
		if len(out) == 0 {
			panic(fmt.Sprintf("wordlist: %s:%d: %q before any [section]", name, l.n, l.text))
		}
		s := &out[len(out)-1]
		s.Entries = append(s.Entries, l.text)
		s.Lines = append(s.Lines, l.n)
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

// FrontCoded returns the words of a front-coded list: sorted words, one a
// line, each line starting with how many bytes the word shares with the
// word before it (none when 0): "abandon", "7ment" is "abandon",
// "abandonment". Where the rest of a word starts with a digit, a "|"
// ends the number ("0|1 state", "4|0.5 acre"). A long sorted list stored
// so is a third smaller than written out, and smaller still once
// compressed.
func FrontCoded(fsys fs.FS, name string) map[string]bool {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic(fmt.Sprintf("wordlist: %v", err))
	}
	// The words are written one after another into one buffer, made one
	// string at the end, and the set's keys are slices of it: a list of
	// 10,000 words is a few allocations, not one per word (the verbs'
	// list: 64 objects instead of 10,711, at a worker's first check).
	buf := make([]byte, 0, len(data))
	var ends []int
	prev := 0 // where the word before starts in buf
	for _, l := range entries(string(data)) {
		n, i := 0, 0
		for ; i < len(l) && l[i] >= '0' && l[i] <= '9'; i++ {
			n = n*10 + int(l[i]-'0')
		}
		if n > len(buf)-prev {
			panic(fmt.Sprintf("wordlist: %s: %q shares %d bytes with %q", name, l, n, buf[prev:]))
		}
		if i < len(l) && l[i] == '|' {
			i++
		}
		start := len(buf)
		buf = append(buf, buf[prev:prev+n]...)
		buf = append(buf, l[i:]...)
		prev = start
		ends = append(ends, len(buf))
	}
	words := string(buf)
	out := make(map[string]bool, len(ends))
	start := 0
	for _, end := range ends {
		out[words[start:end]] = true
		start = end
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
		if rest := w[n:]; n > 0 || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			fmt.Fprint(&b, n)
			if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				b.WriteByte('|')
			}
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
