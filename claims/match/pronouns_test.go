package match

import (
	"strings"
	"testing"
)

// TestPronounsReadAsThePreviousSubject: in a text of several sentences, a
// "he" or "they" is read as the subject of the sentence before, so that a
// false second sentence is not hidden; the reason says how it was read,
// the spans stay in the sentence as written, and a contradiction about the
// referent itself settles nothing.
func TestPronounsReadAsThePreviousSubject(t *testing.T) {
	ix := rulesIndex(t)
	text := "roman seleznev was arrested in 2014. he was later extradited to russia."
	rep := ix.CheckText(text)
	if rep.Verdict != Mixed || len(rep.Sentences) != 2 {
		t.Fatalf("%q: %s (%s), want mixed", text, rep.Verdict, rep.Reason)
	}
	second := rep.Sentences[1]
	if second.Verdict != Contradicted || !strings.Contains(second.Reason, `reading "he" as roman seleznev`) {
		t.Errorf("second sentence: %s (%s), want contradicted, read as Seleznev", second.Verdict, second.Reason)
	}
	if second.Text != text[second.Start:second.End] {
		t.Errorf("second sentence text %q is not the sentence as written", second.Text)
	}
	for _, sp := range second.Spans {
		if sp.Start < 0 || sp.End > len(second.Text) || sp.Start >= sp.End {
			t.Errorf("span %+v outside %q", sp, second.Text)
		}
	}
	// "They" needs a plural subject, "he" a single one.
	if rep := ix.CheckText("roman seleznev was arrested in 2014. they were later extradited to russia."); strings.Contains(rep.Sentences[1].Reason, "reading") {
		t.Errorf("'they' read as one person: %s", rep.Sentences[1].Reason)
	}
	// Whom "he" means is the reader's: no contradiction rests on it.
	rep = ix.CheckText("Biden met Putin in Geneva. He said the talks were good.")
	if rep.Sentences[1].Verdict == Contradicted {
		t.Errorf("contradicted on the pronoun's reading: %s", rep.Sentences[1].Reason)
	}
}
