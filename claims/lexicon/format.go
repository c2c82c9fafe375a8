package lexicon

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// The lexicon text format, one line each:
//
//	# comment          the notice: source and licence (kept by every copy)
//	n18 singer=18 vocalist=1 vocaliser vocalizer:2|h4012 d80231.1.1
//	-v went go
//
// A synset line is its stored part of speech (n, v, a, s for adjective
// satellites, r) and lexicographer file number, its lemmas in WordNet's
// order ("_" for a space; ":N" when the lemma's sense rank in this synset
// is N > 1; "=C" when the sense was tagged C > 0 times), then, after "|", its pointers: a Relation letter and the
// target synset's number (synsets are numbered from 0 in file order), and
// for a word-level pointer ".from.to", the 1-based numbers of the lemmas
// it links. A "-" line is an irregular inflection: part of speech, the
// form, then its lemmas (WordNet's *.exc files). The same lines, as a JSON
// array of strings, are the Marshal form.
const formatLine = "# factcheck lexicon 1"

// maxCount bounds a sense's tag count (WordNet's largest is in the thousands).
const maxCount = 1 << 30

// Synset is one synset handed to New, as the generator reads it.
type Synset struct {
	POS      byte // n, v, a, s (adjective satellite) or r
	Lexname  int  // lex_filenum (0 adj.all ... 44 adj.ppl)
	Members  []Member
	Pointers []Pointer
}

// Member is a lemma of a synset and its sense rank there.
type Member struct {
	Lemma string // lower case, words separated by single spaces
	Rank  int    // 1 for the lemma's most frequent sense of this part of speech
	Count int    // times this sense was tagged in WordNet's semantic concordances (cntlist.rev)
}

// Pointer is a relation from a synset (or one of its lemmas) to another.
type Pointer struct {
	Relation Relation
	Target   int // index of the target in the synsets given to New
	From, To int // 1-based lemma numbers of a word-level pointer; 0, 0 for the whole synset
}

// Exception is an irregular inflection: Form is an inflection of Bases.
type Exception struct {
	POS   POS
	Form  string
	Bases []string
}

// New makes a lexicon. notice lines name the source and licence; they are
// written (as "# " comments) by every copy.
func New(notice []string, synsets []Synset, exceptions []Exception) (*Lexicon, error) {
	var b builder
	b.start(len(synsets))
	for _, n := range notice {
		b.l.notice = append(b.l.notice, strings.TrimSpace("# "+n))
	}
	for i, s := range synsets {
		if !validPOS(s.POS) || s.Lexname < 0 || s.Lexname >= len(lexnames) || len(s.Members) == 0 || len(s.Members) > 255 {
			return nil, fmt.Errorf("synset %d: bad part of speech, lexname or member count", i)
		}
		sy := synset{pos: s.POS, lex: uint8(s.Lexname), m0: int32(len(b.l.members)), p0: int32(len(b.l.ptrs))}
		for _, m := range s.Members {
			if m.Lemma == "" || strings.ContainsAny(m.Lemma, "_|:=\t\n\"\\") || m.Rank < 1 || m.Rank > 65535 || m.Count < 0 || m.Count > maxCount {
				return nil, fmt.Errorf("synset %d: bad member %q rank %d count %d", i, m.Lemma, m.Rank, m.Count)
			}
			b.l.members = append(b.l.members, member{word: b.intern(m.Lemma), rank: uint16(m.Rank), count: uint32(m.Count)})
		}
		for _, p := range s.Pointers {
			if strings.IndexByte(relations, byte(p.Relation)) < 0 || p.Target < 0 || p.Target >= len(synsets) ||
				p.From < 0 || p.From > len(s.Members) || p.To < 0 || p.To > 255 || (p.From == 0) != (p.To == 0) {
				return nil, fmt.Errorf("synset %d: bad pointer %+v", i, p)
			}
			b.l.ptrs = append(b.l.ptrs, pointer{rel: p.Relation, from: uint8(p.From), to: uint8(p.To), target: int32(p.Target)})
		}
		sy.m1, sy.p1 = int32(len(b.l.members)), int32(len(b.l.ptrs))
		b.l.synsets = append(b.l.synsets, sy)
	}
	for _, e := range exceptions {
		for _, base := range e.Bases {
			b.exception(e.POS, e.Form, base)
		}
	}
	if err := b.checkTargets(); err != nil {
		return nil, err
	}
	return b.finish(), nil
}

func validPOS(p byte) bool { return strings.IndexByte("nvasr", p) >= 0 }

// Parse reads the text format.
func Parse(data []byte) (*Lexicon, error) {
	n := bytes.Count(data, []byte("\n")) + 1
	var b builder
	b.start(n)
	for i := 1; len(data) > 0; i++ {
		line := data
		if j := bytes.IndexByte(data, '\n'); j >= 0 {
			line, data = data[:j], data[j+1:]
		} else {
			data = nil
		}
		if err := b.line(line); err != nil {
			return nil, fmt.Errorf("lexicon line %d: %w", i, err)
		}
	}
	return b.done()
}

// ParseLines reads the text format given as lines (the Marshal form).
func ParseLines(lines []string) (*Lexicon, error) {
	var b builder
	b.start(len(lines))
	for i, line := range lines {
		if strings.IndexByte(line, '\n') >= 0 {
			return nil, fmt.Errorf("lexicon line %d: a line break inside a line", i+1)
		}
		if err := b.line([]byte(line)); err != nil {
			return nil, fmt.Errorf("lexicon line %d: %w", i+1, err)
		}
	}
	return b.done()
}

// Lines returns the lexicon in the text format, one string a line.
func (l *Lexicon) Lines() []string {
	out := make([]string, 0, 1+len(l.notice)+len(l.synsets)+len(l.exc))
	out = append(out, formatLine)
	out = append(out, l.notice...)
	var buf []byte
	for i := range l.synsets {
		buf = l.appendSynset(buf[:0], int32(i))
		out = append(out, string(buf))
	}
	for _, form := range sortedKeys(l.exc) {
		for _, p := range posOrder {
			buf = buf[:0]
			for _, e := range l.exc[form] {
				if e.pos == p {
					if len(buf) == 0 {
						buf = append(buf, '-', byte(p), ' ')
						buf = appendLemma(buf, form)
					}
					buf = append(buf, ' ')
					buf = appendLemma(buf, e.base)
				}
			}
			if len(buf) > 0 {
				out = append(out, string(buf))
			}
		}
	}
	return out
}

// WriteTo writes the text format.
func (l *Lexicon) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	for _, line := range l.Lines() {
		k, _ := bw.WriteString(line)
		bw.WriteByte('\n')
		n += int64(k) + 1
	}
	return n, bw.Flush()
}

func (l *Lexicon) appendSynset(buf []byte, i int32) []byte {
	sy := l.synsets[i]
	buf = append(buf, sy.pos)
	if sy.lex < 10 {
		buf = append(buf, '0')
	}
	buf = strconv.AppendInt(buf, int64(sy.lex), 10)
	for _, m := range l.members[sy.m0:sy.m1] {
		buf = append(buf, ' ')
		buf = appendLemma(buf, l.words[m.word])
		if m.rank != 1 {
			buf = append(buf, ':')
			buf = strconv.AppendInt(buf, int64(m.rank), 10)
		}
		if m.count != 0 {
			buf = append(buf, '=')
			buf = strconv.AppendInt(buf, int64(m.count), 10)
		}
	}
	for j, p := range l.ptrs[sy.p0:sy.p1] {
		if j == 0 {
			buf = append(buf, '|')
		} else {
			buf = append(buf, ' ')
		}
		buf = append(buf, byte(p.rel))
		buf = strconv.AppendInt(buf, int64(p.target), 10)
		if p.from != 0 {
			buf = append(buf, '.')
			buf = strconv.AppendInt(buf, int64(p.from), 10)
			buf = append(buf, '.')
			buf = strconv.AppendInt(buf, int64(p.to), 10)
		}
	}
	return buf
}

func appendLemma(buf []byte, lemma string) []byte {
	for i := 0; i < len(lemma); i++ {
		c := lemma[i]
		if c == ' ' {
			c = '_'
		}
		buf = append(buf, c)
	}
	return buf
}

// builder makes a Lexicon from synsets and exceptions, then indexes it.
type builder struct {
	l       Lexicon
	ids     map[string]int32 // lemma -> word id
	scratch []byte
	started bool
}

func (b *builder) start(lines int) {
	b.l.synsets = make([]synset, 0, lines)
	b.l.members = make([]member, 0, lines*2)
	b.l.ptrs = make([]pointer, 0, lines*2)
	b.l.exc = map[string][]exception{}
	b.ids = make(map[string]int32, lines)
}

// intern returns the id of a lemma (words separated by spaces).
func (b *builder) intern(lemma string) int32 {
	if id, ok := b.ids[lemma]; ok {
		return id
	}
	id := int32(len(b.l.words))
	b.l.words = append(b.l.words, lemma)
	b.ids[lemma] = id
	return id
}

// internBytes returns the id of a lemma as the format writes it ("_" for
// spaces), allocating only for a lemma not seen before.
func (b *builder) internBytes(raw []byte) int32 {
	b.scratch = append(b.scratch[:0], raw...)
	for i, c := range b.scratch {
		if c == '_' {
			b.scratch[i] = ' '
		}
	}
	if id, ok := b.ids[string(b.scratch)]; ok { // no allocation
		return id
	}
	return b.intern(string(b.scratch))
}

func (b *builder) exception(p POS, form, base string) {
	form, base = phrase(form), phrase(base)
	for _, e := range b.l.exc[form] {
		if e.pos == p && e.base == base {
			return
		}
	}
	b.l.exc[form] = append(b.l.exc[form], exception{p, base})
}

var errSyntax = errors.New("syntax error")

func (b *builder) line(line []byte) error {
	if len(line) == 0 {
		return nil
	}
	if line[0] == '#' {
		if !b.started {
			if string(line) != formatLine {
				return fmt.Errorf("not a lexicon (want %q first)", formatLine)
			}
			b.started = true
			return nil
		}
		if len(b.l.synsets) == 0 && len(b.l.exc) == 0 {
			b.l.notice = append(b.l.notice, string(line))
		}
		return nil
	}
	if !b.started {
		return fmt.Errorf("not a lexicon (want %q first)", formatLine)
	}
	if line[0] == '-' {
		f := strings.Fields(string(line[1:]))
		if len(f) < 3 || len(f[0]) != 1 || !validPOS(f[0][0]) || f[0][0] == satellite {
			return fmt.Errorf("%w in exception %q", errSyntax, line)
		}
		for _, base := range f[2:] {
			b.exception(POS(f[0][0]), f[1], base)
		}
		return nil
	}
	head, ptrs, _ := bytes.Cut(line, []byte("|"))
	if len(head) < 4 || !validPOS(head[0]) || head[3] != ' ' {
		return fmt.Errorf("%w in synset %q", errSyntax, line)
	}
	lex, ok := atoi(head[1:3])
	if !ok || lex >= len(lexnames) {
		return fmt.Errorf("bad lexname in %q", line)
	}
	sy := synset{pos: head[0], lex: uint8(lex), m0: int32(len(b.l.members)), p0: int32(len(b.l.ptrs))}
	for rest := head[4:]; len(rest) > 0; {
		var f []byte
		if f, rest = field(rest); f == nil {
			break
		}
		rank, count := 1, 0
		if j := bytes.IndexByte(f, '='); j >= 0 {
			if count, ok = atoi(f[j+1:]); !ok || count > maxCount || j == 0 {
				return fmt.Errorf("bad member %q", f)
			}
			f = f[:j]
		}
		if j := bytes.IndexByte(f, ':'); j >= 0 {
			if rank, ok = atoi(f[j+1:]); !ok || rank < 1 || rank > 65535 || j == 0 {
				return fmt.Errorf("bad member %q", f)
			}
			f = f[:j]
		}
		b.l.members = append(b.l.members, member{word: b.internBytes(f), rank: uint16(rank), count: uint32(count)})
	}
	n := len(b.l.members) - int(sy.m0)
	if n == 0 || n > 255 {
		return fmt.Errorf("%d members in %q", n, line)
	}
	for rest := ptrs; len(rest) > 0; {
		var f []byte
		if f, rest = field(rest); f == nil {
			break
		}
		p := pointer{rel: Relation(f[0])}
		if strings.IndexByte(relations, f[0]) < 0 {
			return fmt.Errorf("bad relation in pointer %q", f)
		}
		target, words, lexical := bytes.Cut(f[1:], []byte("."))
		t, ok := atoi(target)
		if !ok {
			return fmt.Errorf("bad pointer %q", f)
		}
		p.target = int32(t)
		if lexical {
			fromB, toB, ok := bytes.Cut(words, []byte("."))
			from, ok1 := atoi(fromB)
			to, ok2 := atoi(toB)
			if !ok {
				return fmt.Errorf("bad pointer %q", f)
			}
			if !ok1 || !ok2 || from < 1 || from > n || to < 1 || to > 255 {
				return fmt.Errorf("bad pointer %q", f)
			}
			p.from, p.to = uint8(from), uint8(to)
		}
		b.l.ptrs = append(b.l.ptrs, p)
	}
	sy.m1, sy.p1 = int32(len(b.l.members)), int32(len(b.l.ptrs))
	b.l.synsets = append(b.l.synsets, sy)
	return nil
}

// field returns the first space-separated field of b and what follows;
// nil when there is none.
func field(b []byte) (f, rest []byte) {
	i := 0
	for i < len(b) && b[i] == ' ' {
		i++
	}
	j := i
	for j < len(b) && b[j] != ' ' {
		j++
	}
	if i == j {
		return nil, nil
	}
	return b[i:j], b[j:]
}

// atoi parses a small non-negative decimal number.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func (b *builder) done() (*Lexicon, error) {
	if !b.started {
		return nil, errors.New("empty lexicon")
	}
	if err := b.checkTargets(); err != nil {
		return nil, err
	}
	return b.finish(), nil
}

// checkTargets makes sure every pointer lands on a synset and, for a
// word-level one, on one of its lemmas, so queries never index out of range.
func (b *builder) checkTargets() error {
	for i, sy := range b.l.synsets {
		for _, p := range b.l.ptrs[sy.p0:sy.p1] {
			if int(p.target) >= len(b.l.synsets) {
				return fmt.Errorf("synset %d points to synset %d of %d", i, p.target, len(b.l.synsets))
			}
			t := b.l.synsets[p.target]
			if p.to != 0 && int32(p.to) > t.m1-t.m0 {
				return fmt.Errorf("synset %d points to lemma %d of synset %d, which has %d", i, p.to, p.target, t.m1-t.m0)
			}
		}
	}
	return nil
}

// finish indexes the senses by word.
func (b *builder) finish() *Lexicon {
	l := &b.l
	l.wordID, b.ids = b.ids, nil
	l.at = make([]int32, len(l.words)+1)
	for _, m := range l.members {
		l.at[m.word+1]++
	}
	for i := 1; i < len(l.at); i++ {
		l.at[i] += l.at[i-1]
	}
	l.senses = make([]sense, len(l.members))
	fill := slices.Clone(l.at[:len(l.at)-1])
	for s, sy := range l.synsets {
		for j, m := range l.members[sy.m0:sy.m1] {
			l.senses[fill[m.word]] = sense{synset: int32(s), index: uint8(j), rank: m.rank, count: m.count}
			fill[m.word]++
		}
	}
	less := func(x, y sense) bool { // by part of speech, then rank
		px, py := posRank(l.synsets[x.synset].pos), posRank(l.synsets[y.synset].pos)
		return px < py || (px == py && x.rank < y.rank)
	}
	for i := range l.words {
		ss := l.senses[l.at[i]:l.at[i+1]]
		for j := 1; j < len(ss); j++ { // insertion sort: a word has few senses
			for k := j; k > 0 && less(ss[k], ss[k-1]); k-- {
				ss[k], ss[k-1] = ss[k-1], ss[k]
			}
		}
	}
	return l
}

func posRank(p byte) int {
	switch p {
	case 'n':
		return 0
	case 'v':
		return 1
	case 'a', 's':
		return 2
	}
	return 3
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
