package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// tiny is a hand-made lexicon in the text format, a few synsets copied
// from WordNet 3.0 with their numbers changed.
const tiny = `# factcheck lexicon 1
# a test lexicon, from WordNet 3.0 (the WordNet 3.0 licence)
v41 cancel call_off scratch:4 scrub:3|d2.1.1
v38 call:16 call_off:2
n04 cancellation:2|d0.1.1
a00 far|a5.1.1 s4
s00 distant:2 remote:2|s3
a00 near close:2 nigh|a3.1.1 s6
s00 nearby|s5
-v called call
-v went go
`

func parseTiny(t *testing.T) *Lexicon {
	t.Helper()
	l, err := Parse([]byte(tiny))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func eq(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func TestQueries(t *testing.T) {
	l := parseTiny(t)
	eq(t, "Synonyms(cancel, 1)", l.Synonyms("cancel", 1), "call off", "scratch", "scrub")
	eq(t, "Synonyms(call off, 1)", l.Synonyms("call off", 1), "cancel", "scratch", "scrub")
	eq(t, "Synonyms(call off, 0)", l.Synonyms("call off", 0), "call", "cancel", "scratch", "scrub")
	eq(t, "Synonyms(scrub, 1)", l.Synonyms("scrub", 1)) // its rank-3 sense
	eq(t, "Derived(cancel)", l.Derived("cancel", 0), "cancellation")
	eq(t, "Derived(cancellation)", l.Derived("cancellation", 0), "cancel")
	eq(t, "Antonyms(far)", l.Antonyms("far", 0), "near")
	eq(t, "Antonyms(distant) (indirect)", l.Antonyms("distant", 0), "near")
	eq(t, "Antonyms(close) (a fellow head lemma's)", l.Antonyms("close", 0), "far")
	eq(t, "Antonyms(nearby) (indirect)", l.Antonyms("nearby", 0), "far")
	eq(t, "Similar(far)", l.Similar("far", 0), "distant", "remote")
	eq(t, "Similar(distant)", l.Similar("distant", 0), "far") // "remote" is a synonym
	eq(t, "Similar(cancel)", l.Similar("cancel", 0))
	eq(t, "Lemmas(called off)", l.Lemmas("called off"), "call off")
	eq(t, "Lemmas(called)", l.Lemmas("called"), "call")
	eq(t, "Lemmas(cancels)", l.Lemmas("cancels"), "cancel")
	eq(t, "Lemmas(nearer)", l.Lemmas("nearer"), "near")
	eq(t, "Lemmas(cancellations)", l.Lemmas("cancellations"), "cancellation")
	eq(t, "Lemmas(unknown)", l.Lemmas("zzz"))
	if got := l.Category("cancellation"); got != "" { // its rank-1 sense is not here
		t.Errorf("Category(cancellation) = %q, want none", got)
	}
	ss := l.Senses("call off")
	if len(ss) != 2 || ss[0].Rank() != 1 || ss[1].Rank() != 2 || ss[0].Lexname() != "verb.social" || ss[0].POS() != Verb {
		t.Errorf("Senses(call off) in the wrong order or wrong: %v", ss)
	}
	if s := l.Senses("distant"); len(s) != 1 || !s[0].Satellite() || s[0].POS() != Adj {
		t.Errorf("distant is an adjective satellite: %v", s)
	}
}

func TestNilLexicon(t *testing.T) {
	var l *Lexicon // a database without a lexicon
	if l.Len() != 0 || l.Has("cancel") || l.Synonyms("cancel", 0) != nil || l.Lemmas("called") != nil || l.Category("dog") != "" || l.MainPOS("meet") != 0 || l.Words() != nil {
		t.Error("a nil lexicon answers something")
	}
}

func TestLinesRoundTrip(t *testing.T) {
	l := parseTiny(t)
	got := strings.Join(l.Lines(), "\n") + "\n"
	if got != tiny {
		t.Errorf("Lines() =\n%s\nwant\n%s", got, tiny)
	}
	data, err := l.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := back.Marshal(); string(again) != string(data) {
		t.Errorf("Marshal(Unmarshal(Marshal(l))) differs:\n%s\n%s", again, data)
	}
	eq(t, "Notice()", back.Notice(), "# a test lexicon, from WordNet 3.0 (the WordNet 3.0 licence)")
}

func TestUnmarshalEscapes(t *testing.T) {
	l, err := Unmarshal([]byte(" [\"# factcheck lexicon 1\" ,\n\"n03 c\\u0061ncel\\/x call_off\"\t] "))
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "Synonyms(cancel/x)", l.Synonyms("cancel/x", 0), "call off")
}

func TestBadInput(t *testing.T) {
	for _, in := range []string{
		``, `[`, `[]`, `{}`, `["n03 x"]`, `["# factcheck lexicon 1", "n03 x|h5"]`,
		`["# factcheck lexicon 1", "n03 x|h0.1.2"]`, `["# factcheck lexicon 1", "n99 x"]`,
		`["# factcheck lexicon 1", "q03 x"]`, `["# factcheck lexicon 1", "n03"]`,
		`["# factcheck lexicon 1", "n03 x:0"]`, `["# factcheck lexicon 1", "n03 x|z0"]`,
		`["# factcheck lexicon 1", "-s went go"]`, `["# factcheck lexicon 1", "n03 x"] x`,
		`["# factcheck lexicon 1", "n03 x`, `["# factcheck lexicon 1", 3]`,
	} {
		if _, err := Unmarshal([]byte(in)); err == nil {
			t.Errorf("Unmarshal(%q) gave no error", in)
		}
	}
}

func FuzzUnmarshal(f *testing.F) {
	l, _ := Parse([]byte(tiny))
	data, _ := l.Marshal()
	f.Add(data)
	f.Add([]byte(`["# factcheck lexicon 1","a00 x y|a0.2.1 s0"]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Unmarshal(data)
		if err != nil {
			return
		}
		for _, w := range l.Words() { // every query answers without panicking
			l.Synonyms(w, 0)
			l.Antonyms(w, 0)
			l.Similar(w, 0)
			l.Derived(w, 0)
			l.Hypernyms(w, 0, 3)
			l.Entailments(w, 0)
			l.Attributes(w, 0)
			l.Category(w)
			l.Lemmas(w + "s")
		}
		l.Subset(func(string) bool { return true })
	})
}

func TestSubsetTiny(t *testing.T) {
	l := parseTiny(t)
	sub := l.Subset(func(w string) bool { return w == "cancellation" })
	eq(t, "subset words", sub.Words(), "cancel", "cancellation") // "cancel" alone, at the end of the derivation
	eq(t, "Derived(cancel) in the subset", sub.Derived("cancel", 0), "cancellation")
	eq(t, "Lemmas(went) in the subset", sub.Lemmas("went")) // "go" was not kept
	sub = l.Subset(func(w string) bool { return w == "near" })
	eq(t, "Antonyms(distant) in a subset for near", sub.Antonyms("distant", 0), "near")
	eq(t, "Antonyms(nearby) in a subset for near", sub.Antonyms("nearby", 0), "far")
}
