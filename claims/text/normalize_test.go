package text

import (
	"bufio"
	"bytes"
	"encoding/json"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims/text/internal/foldref"
)

// TestFoldTableIsFresh: foldtable.go is what go generate writes now.
func TestFoldTableIsFresh(t *testing.T) {
	got, err := os.ReadFile("foldtable.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, foldref.Source()) {
		t.Fatal("foldtable.go is stale: run go generate ./claims/text")
	}
}

// TestNormalizeMatchesReference: Normalize, by its table, gives what
// x/text's NFKC pipeline gives on every character of the kept blocks
// alone, and on text made of them, combining marks and invisible
// characters among them; outside the blocks it is counted, not required.
func TestNormalizeMatchesReference(t *testing.T) {
	var kept []rune
	for _, k := range foldref.Kept {
		for r := k.Lo; r <= k.Hi; r++ {
			if !utf8.ValidRune(r) {
				continue
			}
			kept = append(kept, r)
			if got, want := Normalize(string(r)), foldref.Normalize(string(r)); got != want {
				t.Errorf("Normalize(%+q) = %+q, x/text's %+q", r, got, want)
			}
		}
	}
	if isInvisible(0x200B) != foldref.IsInvisible(0x200B) {
		t.Error("isInvisible and foldref.IsInvisible disagree")
	}
	// Text in the news scripts: sequences mixing Latin, Greek, Cyrillic,
	// punctuation and symbols with combining marks, invisible characters,
	// spaces, mathematical letters and invalid UTF-8. (Scripts whose
	// letters compose with a following letter or vowel sign, Hangul jamo
	// and Indic vowel signs written in parts, are left out: NFKC composes
	// them, Normalize does not.)
	news := func(r rune) bool {
		return r < 0x0590 || r >= 0x1D00 && r < 0x3000 || r > 0xFAFF
	}
	var alphabet []rune
	for _, r := range kept {
		if news(r) {
			alphabet = append(alphabet, r)
		}
	}
	extra := []rune{0x0301, 0x0308, 0x0327, 0x0345, 0x00AD, 0x200B, 0x200D, 0xFEFF, 0x00A0, 0x3000, ' ', 'e', 'E', 'i', 'I', 's', 'S', 0xFFFD}
	rng := rand.New(rand.NewPCG(21, 1))
	n := 300000
	if testing.Short() {
		n = 30000
	}
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			switch rng.IntN(3) {
			case 0:
				b.WriteRune(extra[rng.IntN(len(extra))])
			default:
				b.WriteRune(alphabet[rng.IntN(len(alphabet))])
			}
		}
		if rng.IntN(50) == 0 {
			b.WriteByte(0xff)
		}
		s := b.String()
		if got, want := Normalize(s), foldref.Normalize(s); got != want {
			t.Fatalf("Normalize(%+q) = %+q, x/text's %+q", s, got, want)
		}
	}
	// Outside the blocks: how many characters differ from x/text's form.
	differ := 0
	for r := rune(0x3000); r <= unicode.MaxRune; r++ {
		if utf8.ValidRune(r) && Normalize(string(r)) != foldref.Normalize(string(r)) {
			differ++
		}
	}
	t.Logf("%d characters in the table's blocks; outside them %d characters differ from NFKC", len(kept), differ)
}

// TestNormalizeMatchesReferenceOnNews: the same on real text, each text
// whole and word by word: every string of the seed database and the
// development part of the labelled statements (the project's split; the
// frozen and blind archives 2, 4 and 9 are not read).
func TestNormalizeMatchesReferenceOnNews(t *testing.T) {
	var texts []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			texts = append(texts, v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	seed, err := os.ReadFile("../seed/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	var db any
	if err := json.Unmarshal(seed, &db); err != nil {
		t.Fatal(err)
	}
	walk(db)
	seedTexts := len(texts)
	sets, _ := filepath.Glob("../match/testdata/*.jsonl")
	for _, a := range []string{"1", "3", "5", "6", "7", "8"} {
		more, _ := filepath.Glob("../match/testdata/archive-" + a + "/*.jsonl")
		sets = append(sets, more...)
	}
	sets = append(sets, "../../../shared/eval/dev.jsonl") // skipped when missing
	for _, set := range sets {
		f, err := os.Open(set)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var st struct{ ID, Text string }
			if json.Unmarshal(sc.Bytes(), &st) != nil {
				continue
			}
			key := st.ID
			if key == "" {
				key = st.Text
			}
			h := fnv.New32a()
			h.Write([]byte(key))
			if h.Sum32()%5 >= 2 { // development part only
				texts = append(texts, st.Text)
			}
		}
		f.Close()
	}
	nonASCII := 0
	for _, s := range texts {
		if !isASCII(s) {
			nonASCII++
		}
		for _, w := range append(strings.Fields(s), s) {
			if got, want := Normalize(w), foldref.Normalize(w); got != want {
				t.Errorf("Normalize(%+q) = %+q, x/text's %+q", w, got, want)
			}
		}
	}
	t.Logf("%d texts of the seed database, %d statements; %d with non-ASCII characters", seedTexts, len(texts)-seedTexts, nonASCII)
}
