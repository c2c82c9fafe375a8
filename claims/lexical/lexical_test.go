package lexical

import (
	"slices"
	"testing"
)

// relates reports whether rel maps the reader's word to the source's, in
// the pipeline's terms.
func relates(rel map[string][]string, reader, source string) bool {
	return slices.Contains(rel[term(reader)], term(source))
}

// TestParaphrasesHoldForEveryForm: PPDB lists inflected words ("increase
// rise", "increases raise"), and a pair holds for each form of either
// word: a source's "increased" is a reader's "rose", "rises" or
// "raise", and a source's "rose" a reader's "increased".
func TestParaphrasesHoldForEveryForm(t *testing.T) {
	for _, tc := range []struct {
		source, word string
		reader       []string
	}{
		{"Sales increased by 10% in March.", "increased", []string{"rose", "rises", "grew"}},
		{"Sales are increasing.", "increasing", []string{"rose", "rise", "grows"}},
		{"Sales rose by 10% in March.", "rose", []string{"increased", "increase", "increasing"}},
	} {
		lx, err := ForTexts(tc.source)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range tc.reader {
			if !relates(lx.Paraphrases, r, tc.word) && !relates(lx.Synonyms, r, tc.word) {
				t.Errorf("%q: the reader's %q is not the source's %q", tc.source, r, tc.word)
			}
		}
	}
}

// TestParaphrasesAreTermPairs: PPDB's pairs are read as the pipeline's
// terms, both ways, and a pair of two forms of one word is no paraphrase.
func TestParaphrasesAreTermPairs(t *testing.T) {
	p := loadParaphrases("# header\nincrease rise 14\nincreases rise 8\nmeeting meetings 4\n")
	if got := p[term("increased")]; !slices.Equal(got, []string{term("rise")}) {
		t.Errorf("increased -> %v", got)
	}
	if got := p[term("rises")]; !slices.Equal(got, []string{term("increase")}) {
		t.Errorf("rises -> %v", got)
	}
	if _, ok := p[term("meeting")]; ok {
		t.Error("meeting and meetings made paraphrases")
	}
}

// TestUntaggedWordsHaveSynonyms: a word WordNet's concordances never
// tagged ("assailant") still has the synonyms of its first sense, so a
// reader's "attacker" is the source's "assailant"; its senses give no
// opposites.
func TestUntaggedWordsHaveSynonyms(t *testing.T) {
	lx, err := ForTexts("Another man was injured trying to stop the assailant.")
	if err != nil {
		t.Fatal(err)
	}
	if !relates(lx.Synonyms, "attacker", "assailant") {
		t.Errorf("the reader's attacker is not the source's assailant: %v", lx.Synonyms[term("attacker")])
	}
	if o := lx.Opposites[term("assailant")]; len(o) > 0 {
		t.Errorf("assailant has opposites %v", o)
	}
}

// TestBroaderVerbs: a reader may name what a source's verb did by a
// broader verb (WordNet's hypernym of one of its usual senses): who quits
// a firm leaves it. One way only: a source's "left" does not say "quit".
func TestBroaderVerbs(t *testing.T) {
	lx, err := ForTexts("She quit the firm in 2001.")
	if err != nil {
		t.Fatal(err)
	}
	if !relates(lx.Synonyms, "left", "quit") {
		t.Errorf("the reader's %q is not the source's %q", "left", "quit")
	}
	lx, err = ForTexts("She left the firm in 2001.")
	if err != nil {
		t.Fatal(err)
	}
	if relates(lx.Synonyms, "quit", "left") {
		t.Errorf("the reader's %q stands for the source's %q", "quit", "left")
	}
}

// TestSynonymsKeepTheDegree: an adjective's synonyms stand for it in the
// degree the source wrote it: a source's "largest" is a reader's
// "biggest", its "wider" a reader's "broader", and the reader's bare
// "big" stays a synonym too (as before).
func TestSynonymsKeepTheDegree(t *testing.T) {
	for _, tc := range []struct{ source, word, reader string }{
		{"It was the largest fire in the state's history.", "largest", "biggest"},
		{"The river is wider than it was in spring.", "wider", "broader"},
		{"The largest fire burned for weeks.", "largest", "big"},
	} {
		lx, err := ForTexts(tc.source)
		if err != nil {
			t.Fatal(err)
		}
		if !relates(lx.Synonyms, tc.reader, tc.word) {
			t.Errorf("%q: the reader's %q is not the source's %q: %v", tc.source, tc.reader, tc.word, lx.Synonyms[term(tc.reader)])
		}
	}
}

// TestDegreeForms: how an adjective takes a degree ending.
func TestDegreeForms(t *testing.T) {
	for x, want := range map[string]string{"big": "biggest", "wide": "widest", "easy": "easiest", "large": "largest", "good": "best", "high": "highest", "new": "newest"} {
		if got := degreeForms(x, "est"); !slices.Contains(got, want) {
			t.Errorf("degreeForms(%q) = %v, want %q among them", x, got, want)
		}
	}
}

// TestOppositesKeepTheDegree: an adjective's opposites oppose it in the
// degree the source wrote it: a reader's "smallest" against a source's
// "largest", "longest" against "shortest".
func TestOppositesKeepTheDegree(t *testing.T) {
	for _, tc := range []struct{ source, word, reader string }{
		{"It was the largest fire in the state's history.", "largest", "smallest"},
		{"Theirs was the shortest lockdown in the region.", "shortest", "longest"},
	} {
		lx, err := ForTexts(tc.source)
		if err != nil {
			t.Fatal(err)
		}
		if !relates(lx.Opposites, tc.reader, tc.word) {
			t.Errorf("%q: the reader's %q does not oppose the source's %q: %v", tc.source, tc.reader, tc.word, lx.Opposites[term(tc.reader)])
		}
	}
}

// TestOppositesAreNoSynonyms: two words opposed in a usual sense are no
// synonyms through a rarer one they share (the verbs "father" and
// "mother", to beget; "king" and "queen").
func TestOppositesAreNoSynonyms(t *testing.T) {
	lx, err := ForTexts("Her father and her mother met the king and the queen.")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"mother", "father"}, {"father", "mother"}, {"queen", "king"}, {"king", "queen"}} {
		if relates(lx.Synonyms, p[0], p[1]) {
			t.Errorf("a reader's %q is a synonym of the source's %q", p[0], p[1])
		}
		if !relates(lx.Opposites, p[0], p[1]) {
			t.Errorf("a reader's %q is no opposite of the source's %q", p[0], p[1])
		}
	}
}

// TestPrefixOpposites: a word a negative prefix makes of another is its
// opposite where WordNet opposes the two in some sense ("improper",
// "unworkable", "outperform" and "underperform"), and no opposite where
// the prefix does not negate ("invaluable", "inflammable", "inform",
// "underscored" against "outscored").
func TestPrefixOpposites(t *testing.T) {
	for _, tc := range []struct {
		source, word, reader string
		opposed              bool
	}{
		{"The inspector called the handling of the files improper.", "improper", "proper", true},
		{"Officials called the procedure entirely proper.", "proper", "improper", true},
		{"Engineers said the old design was unworkable.", "unworkable", "workable", true},
		{"Regional banks are underperforming the index this year.", "underperforming", "outperforming", true},
		{"Small firms outperformed the market in March.", "outperformed", "underperformed", true},
		{"Her advice was invaluable to the team.", "invaluable", "valuable", false},
		{"The liquid is inflammable and must be stored outside.", "inflammable", "flammable", false},
		{"The minister seemed indifferent to the results.", "indifferent", "different", false},
		{"The report will inform the board's vote.", "inform", "form", false},
		{"The striker outscored his rivals this season.", "outscored", "underscored", false},
	} {
		lx, err := ForTexts(tc.source)
		if err != nil {
			t.Fatal(err)
		}
		if got := relates(lx.Opposites, tc.reader, tc.word); got != tc.opposed {
			t.Errorf("%q: the reader's %q opposes the source's %q: %v, want %v", tc.source, tc.reader, tc.word, got, tc.opposed)
		}
	}
}

// TestExcludedBroaderVerbs: a broader verb the narrower one's sense
// excludes is no reader's word for it: who lends, loans or offers a thing
// has not given it for good, and who borrows one has not acquired it; a
// broader verb of another sense still stands ("provide" for "offer").
// Our own sentences.
func TestExcludedBroaderVerbs(t *testing.T) {
	for _, tc := range []struct {
		source, word, reader string
		related              bool
	}{
		{"The library will lend the school forty laptops.", "lend", "give", false},
		{"The bank loaned the farmers two tractors.", "loaned", "gave", false},
		{"The town offered the refugees free housing.", "offered", "gave", false},
		{"She borrowed a van from her neighbour.", "borrowed", "acquired", false},
		{"The town offered the refugees free housing.", "offered", "provided", true},
		{"The charity donated forty laptops to the school.", "donated", "gave", true},
	} {
		lx, err := ForTexts(tc.source)
		if err != nil {
			t.Fatal(err)
		}
		if got := relates(lx.Synonyms, tc.reader, tc.word); got != tc.related {
			t.Errorf("%q: the reader's %q stands for the source's %q: %v, want %v", tc.source, tc.reader, tc.word, got, tc.related)
		}
	}
}

// TestIrregularForms: a verb's irregular forms the text pipeline does not
// know (WordNet's verb.exc) are one word with it, either way: a reader's
// "outshone" is a source's "outshining", a reader's "shines" a source's
// "shone"; a form that is a word of its own is not ("wound" is no form
// of "wind" here). Our own sentences.
func TestIrregularForms(t *testing.T) {
	for _, tc := range []struct {
		source, word, reader string
		related              bool
	}{
		{"The young keeper was outshining everyone at training.", "outshining", "outshone", true},
		{"The lamps shone over the harbour all night.", "shone", "shines", true},
		{"The striker slid the ball past the keeper.", "slid", "slides", true},
		{"The tide was slowly winding up the estuary.", "winding", "wound", false},
		{"The nurse dressed the wound on his arm.", "wound", "winding", false},
	} {
		lx, err := ForTexts(tc.source)
		if err != nil {
			t.Fatal(err)
		}
		if got := relates(lx.Synonyms, tc.reader, tc.word); got != tc.related {
			t.Errorf("%q: the reader's %q stands for the source's %q: %v, want %v", tc.source, tc.reader, tc.word, got, tc.related)
		}
	}
}

// TestIrregularFormsOfTheWordsOwnVerb: a word's irregular forms are those
// of the verb it is a form of, not of another verb WordNet's morphology
// also offers for it ("hoping" is no form of "hop").
func TestIrregularFormsOfTheWordsOwnVerb(t *testing.T) {
	lx, err := ForTexts("The town is hoping for rain.")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{"hop", "hopped"} {
		if relates(lx.Synonyms, r, "hoping") {
			t.Errorf("the reader's %q stands for the source's %q", r, "hoping")
		}
	}
}
