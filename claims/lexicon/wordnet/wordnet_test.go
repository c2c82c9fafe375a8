package wordnet

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/lexicon"
)

func fullLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	l, err := Full()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func has(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s = %q: no %q", what, got, w)
		}
	}
}

func hasNot(t *testing.T, what string, got []string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if slices.Contains(got, w) {
			t.Errorf("%s = %q: has %q", what, got, w)
		}
	}
}

// The paraphrases of the product issue, and the other relations a reader
// would notice.
func TestParaphrases(t *testing.T) {
	l := fullLexicon(t)
	has(t, "Synonyms(cancel, 1)", l.Synonyms("cancel", 1), "call off", "scrub")
	has(t, "Synonyms(call off, 1)", l.Synonyms("call off", 1), "cancel")
	has(t, "Lemmas(called off)", l.Lemmas("called off"), "call off")
	has(t, "Lemmas(cancelled)", l.Lemmas("cancelled"), "cancel")

	// "launched" for "began": no synset holds both; "launch" in its rank-4
	// sense ("plunge, launch": "he launched into a diatribe") is a kind of
	// "begin" (its rank-1 sense).
	hasNot(t, "Synonyms(launch, all)", l.Synonyms("launch", 0), "begin")
	has(t, "Hypernyms(launch, 4, 1)", l.Hypernyms("launch", 4, 1), "begin", "start")
	hasNot(t, "Hypernyms(launch, 3, 1)", l.Hypernyms("launch", 3, 1), "begin")
	has(t, "Lemmas(launched)", l.Lemmas("launched"), "launch")
	has(t, "Lemmas(began)", l.Lemmas("began"), "begin")

	has(t, "Similar(enormous, 1)", l.Similar("enormous", 1), "huge", "large")
	has(t, "Similar(huge, 1)", l.Similar("huge", 1), "enormous")
	has(t, "Antonyms(near, 1)", l.Antonyms("near", 1), "far")
	has(t, "Antonyms(far, 1)", l.Antonyms("far", 1), "near")
	has(t, "Antonyms(distant, 0) (indirect)", l.Antonyms("distant", 0), "near")
	has(t, "Antonyms(easy, 1)", l.Antonyms("easy", 1), "difficult")
	has(t, "Antonyms(difficult, 1)", l.Antonyms("difficult", 1), "easy")
	has(t, "Antonyms(hard, 1)", l.Antonyms("hard", 1), "easy")
	has(t, "Derived(extradite)", l.Derived("extradite", 0), "extradition")
	has(t, "Derived(extradition)", l.Derived("extradition", 0), "extradite")
	has(t, "Derived(russian)", l.Derived("russian", 0), "russia")
	has(t, "Derived(russia)", l.Derived("russia", 0), "russian")
	has(t, "Hypernyms(singer, 1, 2)", l.Hypernyms("singer", 1, 2), "musician", "performer")
	hasNot(t, "Hypernyms(singer, 1, 1)", l.Hypernyms("singer", 1, 1), "performer")
	has(t, "Hypernyms(moscow, 1, 1)", l.Hypernyms("moscow", 1, 1), "national capital")
	has(t, "Entailments(snore)", l.Entailments("snore", 0), "sleep")
	has(t, "Attributes(heavy)", l.Attributes("heavy", 1), "weight")
	for word, want := range map[string]string{"dog": "noun.animal", "singer": "noun.person", "hacker": "noun.person", "treaty": "noun.communication", "moscow": "noun.location", "cancel": "noun.communication", "quickly": ""} {
		if got := l.Category(word); got != want {
			t.Errorf("Category(%s) = %q, want %q", word, got, want)
		}
	}
	for form, want := range map[string]string{"called": "call", "agencies": "agency", "went": "go", "officials": "official", "hackers": "hacker", "arrested": "arrest", "signed": "sign", "bigger": "big", "attorneys general": "attorney general", "prisoners of war": "prisoner of war"} {
		has(t, "Lemmas("+form+")", l.Lemmas(form), want)
	}
	// Tag counts tell the usual senses from the rare ones.
	for word, want := range map[string]lexicon.POS{"meet": lexicon.Verb, "sign": lexicon.Verb, "refuse": lexicon.Verb, "begin": lexicon.Verb, "treaty": lexicon.Noun, "huge": lexicon.Adj, "zzz": 0} {
		if got := l.MainPOS(word); got != want {
			t.Errorf("MainPOS(%s) = %v, want %v", word, got, want)
		}
	}
	if s := l.Senses("begin"); s[0].POS() != lexicon.Noun || s[0].Count() != 0 || s[1].Count() != 375 {
		t.Errorf("begin: Menachem Begin tagged %d times, the verb's first sense %d", s[0].Count(), s[1].Count())
	}
	if got := l.Lemmas("ssss"); len(got) != 0 {
		t.Errorf("Lemmas(ssss) = %q", got)
	}
}

// seedTexts returns the seed database's claims, source quotes and article
// texts.
func seedTexts(t testing.TB) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "seed", "claims.json"))
	if err != nil {
		t.Fatal(err)
	}
	var db struct {
		Articles []struct{ Text string }
		Claims   []struct {
			Text    string
			Sources []struct{ Quote string }
		}
	}
	if err := json.Unmarshal(data, &db); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, a := range db.Articles {
		texts = append(texts, a.Text)
	}
	for _, c := range db.Claims {
		texts = append(texts, c.Text)
		for _, s := range c.Sources {
			texts = append(texts, s.Quote)
		}
	}
	return texts
}

// seedVocabulary returns the seed's vocabulary and the lemmas it keeps.
func seedVocabulary(t testing.TB) (words []string, kept map[string]bool) {
	t.Helper()
	words, err := Vocabulary(seedTexts(t)...)
	if err != nil {
		t.Fatal(err)
	}
	kept = map[string]bool{}
	for _, w := range words {
		for _, lemma := range fullLexicon(t).Lemmas(w) {
			kept[lemma] = true
		}
	}
	return words, kept
}

func seedSubset(t testing.TB, cut lexicon.Cut) (sub *lexicon.Lexicon, kept map[string]bool) {
	t.Helper()
	words, kept := seedVocabulary(t)
	sub, err := ForWordsCut(words, cut)
	if err != nil {
		t.Fatal(err)
	}
	return sub, kept
}

type query func(l *lexicon.Lexicon, w string, rank int) []string

// queries are the questions a subset must answer as the full lexicon does.
var queries = map[string]query{
	"Synonyms":    func(l *lexicon.Lexicon, w string, r int) []string { return l.Synonyms(w, r) },
	"Antonyms":    func(l *lexicon.Lexicon, w string, r int) []string { return l.Antonyms(w, r) },
	"Similar":     func(l *lexicon.Lexicon, w string, r int) []string { return l.Similar(w, r) },
	"Derived":     func(l *lexicon.Lexicon, w string, r int) []string { return l.Derived(w, r) },
	"Entailments": func(l *lexicon.Lexicon, w string, r int) []string { return l.Entailments(w, r) },
	"Attributes":  func(l *lexicon.Lexicon, w string, r int) []string { return l.Attributes(w, r) },
	"Category":    func(l *lexicon.Lexicon, w string, r int) []string { return []string{l.Category(w)} },
	"Senses": func(l *lexicon.Lexicon, w string, r int) []string {
		var out []string
		for _, s := range l.Senses(w) {
			if r <= 0 || s.Rank() <= r {
				out = append(out, fmt.Sprintf("%s%d %s %d %v", s.POS(), s.Rank(), s.Lexname(), s.Count(), s.Satellite()))
			}
		}
		return out
	},
	"VerbHypernyms": func(l *lexicon.Lexicon, w string, r int) []string { // one level up, as Cut.Hyponyms{Verb: 1} keeps
		var out []string
		for _, s := range l.Senses(w) {
			if s.POS() == lexicon.Verb && (r <= 0 || s.Rank() <= r) {
				out = append(out, s.Hypernyms(1)...)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	},
}

// keptQueries hold for kept words only: the subset has every ancestor of a
// kept word, but hyponyms only as deep as the cut says.
var keptQueries = map[string]query{
	"Hypernyms":  func(l *lexicon.Lexicon, w string, r int) []string { return l.Hypernyms(w, r, 1) },
	"Hypernyms9": func(l *lexicon.Lexicon, w string, r int) []string { return l.Hypernyms(w, r, 9) },
}

// sameForKept checks that every query about a kept word answers as in full.
func sameForKept(t *testing.T, full, sub *lexicon.Lexicon, kept map[string]bool, ranks ...int) {
	for w := range kept {
		for _, r := range ranks {
			for _, qs := range []map[string]query{queries, keptQueries} {
				for name, q := range qs {
					if got, want := q(sub, w, r), q(full, w, r); !slices.Equal(got, want) {
						t.Errorf("kept %q: %s(rank %d) = %q in the subset, %q in full", w, name, r, got, want)
					}
				}
			}
		}
	}
}

// inflections are forms of kept words, as a reader may write them.
func inflections(w string) []string {
	forms := []string{w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "est"}
	if strings.HasSuffix(w, "y") {
		forms = append(forms, w[:len(w)-1]+"ies")
	}
	return forms
}

// sameLemmas checks that Lemmas of the inflections of every kept word finds
// it in the subset when it does in full, and finds nothing full does not.
func sameLemmas(t *testing.T, full, sub *lexicon.Lexicon, kept map[string]bool) {
	for w := range kept {
		for _, form := range inflections(w) {
			got, want := sub.Lemmas(form), full.Lemmas(form)
			if slices.Contains(got, w) != slices.Contains(want, w) {
				t.Errorf("Lemmas(%q) = %q in the subset, %q in full", form, got, want)
			}
			for _, g := range got {
				if !slices.Contains(want, g) {
					t.Errorf("Lemmas(%q) = %q in the subset, not in full %q", form, got, want)
				}
			}
		}
	}
	for _, form := range []string{"went", "arses", "called off", "agencies", "children", "better"} {
		for _, g := range sub.Lemmas(form) {
			if !slices.Contains(full.Lemmas(form), g) {
				t.Errorf("Lemmas(%q) = %q in the subset, not in full %q", form, sub.Lemmas(form), full.Lemmas(form))
			}
		}
	}
}

// others returns one in 7 words of the full lexicon and every word of the
// subset, that are not kept.
func others(full, sub *lexicon.Lexicon, kept map[string]bool) []string {
	var out []string
	for i, w := range full.Words() {
		if (i%7 == 0 || sub.Has(w)) && !kept[w] {
			out = append(out, w)
		}
	}
	return out
}

// nothingNew checks that the subset's answers about other words are the
// full lexicon's or fewer, and, when findKept, that they find the same kept
// words.
func nothingNew(t *testing.T, full, sub *lexicon.Lexicon, kept map[string]bool, findKept bool, ranks ...int) {
	keptOnly := func(ws []string) []string {
		return slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return !kept[w] })
	}
	for _, w := range others(full, sub, kept) {
		for _, r := range ranks {
			for name, q := range queries {
				got, want := q(sub, w, r), q(full, w, r)
				if name == "Category" {
					if got[0] != "" && got[0] != want[0] {
						t.Errorf("%q: Category %q in the subset, %q in full", w, got[0], want[0])
					}
					continue
				}
				if findKept && !slices.Equal(keptOnly(got), keptOnly(want)) {
					t.Errorf("%q: %s(rank %d) finds kept %q in the subset, %q in full", w, name, r, keptOnly(got), keptOnly(want))
				}
				for _, g := range got {
					if !slices.Contains(want, g) {
						t.Errorf("%q: %s(rank %d) = %q in the subset, not in full %q", w, name, r, got, want)
						break
					}
				}
			}
		}
	}
}

// With every sense kept, the subset for the seed's words answers every
// question about them, and finds them from any other word, as the full
// lexicon does.
func TestSubsetAnswersTheSame(t *testing.T) {
	l := fullLexicon(t)
	sub, kept := seedSubset(t, lexicon.Cut{Hyponyms: map[lexicon.POS]int{lexicon.Verb: 1}})
	t.Logf("seed: %d kept lemmas; subset: %d synsets, %d lemmas (full: %d, %d)", len(kept), sub.Synsets(), sub.Len(), l.Synsets(), l.Len())
	sameForKept(t, l, sub, kept, 0, 1)
	sameLemmas(t, l, sub, kept)
	nothingNew(t, l, sub, kept, true, 0, 1)
}

// The default cut answers the same about kept words up to its sense rank,
// and invents nothing.
func TestDefaultCut(t *testing.T) {
	l := fullLexicon(t)
	cut := DefaultCut()
	sub, kept := seedSubset(t, cut)
	sameForKept(t, l, sub, kept, 1, cut.MaxSenseRank)
	sameLemmas(t, l, sub, kept)
	nothingNew(t, l, sub, kept, false, 0, 1)

	// A reader's words find the claims' words.
	sub, err := ForWords([]string{"cancelled", "began", "huge", "near", "difficult", "extradition", "singer", "Russia"})
	if err != nil {
		t.Fatal(err)
	}
	has(t, "Synonyms(call off, 1)", sub.Synonyms("call off", 1), "cancel")
	has(t, "Lemmas(called off)", sub.Lemmas("called off"), "call off")
	has(t, "Hypernyms(launch, 4, 1)", sub.Hypernyms("launch", 4, 1), "begin")
	has(t, "Similar(enormous, 1)", sub.Similar("enormous", 1), "huge")
	has(t, "Antonyms(far, 1)", sub.Antonyms("far", 1), "near")
	has(t, "Antonyms(easy, 1)", sub.Antonyms("easy", 1), "difficult")
	has(t, "Antonyms(distant, 0)", sub.Antonyms("distant", 0), "near")
	has(t, "Derived(extradite)", sub.Derived("extradite", 0), "extradition")
	has(t, "Derived(russian)", sub.Derived("russian", 0), "russia")
	has(t, "Hypernyms(singer, 1, 2)", sub.Hypernyms("singer", 1, 2), "performer")
	t.Logf("%d synsets, %d lemmas for 8 words", sub.Synsets(), sub.Len())
}

func TestMarshalRoundTrip(t *testing.T) {
	sub, kept := seedSubset(t, DefaultCut())
	data, err := sub.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := lexicon.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := back.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Fatal("Marshal(Unmarshal(data)) != data")
	}
	if !slices.Equal(back.Words(), sub.Words()) {
		t.Fatal("the words changed")
	}
	for w := range kept {
		for name, q := range queries {
			if got, want := q(back, w, 0), q(sub, w, 0); !slices.Equal(got, want) {
				t.Errorf("%q: %s = %q after the round trip, %q before", w, name, got, want)
			}
		}
	}
	if n := back.Notice(); len(n) < 10 || !strings.Contains(strings.Join(n, "\n"), "WordNet 3.0 Copyright 2006 by Princeton University") {
		t.Errorf("the subset lost the WordNet licence: %q", n)
	}
	// As a JSON value (claims.DB.Lexicon).
	var v struct{ L *lexicon.Lexicon }
	if err := json.Unmarshal([]byte(`{"L":`+string(data)+`}`), &v); err != nil || v.L.Len() != sub.Len() {
		t.Fatalf("json.Unmarshal into *Lexicon: %v", err)
	}
}

// checkThatClaims returns the 10,375 CheckThat! 2020 verified claims, when
// ../shared holds them.
func checkThatClaims(t testing.TB) []string {
	path := filepath.Join("..", "..", "..", "..", "shared", "bench", "checkthat2020", "verified_claims.docs.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no CheckThat! claims (%v)", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, row := range rows[1:] {
		if len(row) > 1 {
			out = append(out, row[1])
		}
	}
	return out
}

// TestSizes reports (go test -v -run Sizes) what a database carries.
func TestSizes(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("a measurement, made natively")
	}
	zsize := func(b []byte) int {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(b)
		zw.Close()
		return buf.Len()
	}
	raw, _ := io.ReadAll(must(gzip.NewReader(bytes.NewReader(data))))
	t.Logf("full: %d synsets, %d lemmas; text %d bytes, embedded gzip %d", fullLexicon(t).Synsets(), fullLexicon(t).Len(), len(raw), len(data))
	measure := func(name string, texts []string) {
		words, err := Vocabulary(texts...)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name string
			cut  lexicon.Cut
		}{
			{"default cut", DefaultCut()},
			{"rank 1", lexicon.Cut{MaxSenseRank: 1}},
			{"all senses", lexicon.Cut{}},
			{"all senses, verb hyponyms", lexicon.Cut{Hyponyms: map[lexicon.POS]int{lexicon.Verb: 1}}},
			{"all senses, all hyponyms", lexicon.Cut{Hyponyms: map[lexicon.POS]int{lexicon.Noun: 1, lexicon.Verb: 1}}},
		} {
			sub, err := ForWordsCut(words, c.cut)
			if err != nil {
				t.Fatal(err)
			}
			js, _ := sub.Marshal()
			t.Logf("%s, %s: %d texts, %d vocabulary entries -> %d synsets, %d lemmas; JSON %d bytes, gzip %d", name, c.name, len(texts), len(words), sub.Synsets(), sub.Len(), len(js), zsize(js))
		}
	}
	measure("seed", seedTexts(t))
	measure("checkthat", checkThatClaims(t))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func BenchmarkUnmarshalSeed(b *testing.B) {
	sub, _ := seedSubset(b, DefaultCut())
	data, err := sub.Marshal()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := lexicon.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFull(b *testing.B) {
	for b.Loop() {
		zr, _ := gzip.NewReader(bytes.NewReader(data))
		text, _ := io.ReadAll(zr)
		if _, err := lexicon.Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}
