package match

import (
	"strings"
	"testing"
)

// A name of several words is named whole in a reason: "Home Depot", not
// "Depot" because the source happens to say "home", nor "Depot" alone as
// the statement's speaker. The sentences are written for this test.
func TestMultiWordNamesAreNamedWhole(t *testing.T) {
	for _, tc := range []struct {
		source, statement, want string
	}{
		{"Walmart said it would hire 80,000 workers for its home improvement stores this spring.", "Home Depot said it would hire 80,000 workers this spring.", "“Home Depot”"},
		{"The retailer said home sales rose 4 percent last year.", "Home Depot said home sales rose 4 percent last year.", "“Home Depot”"},
		{"Sales of home furnishings rose 4 percent last year, Walmart said.", "Home Depot said sales of home furnishings rose 4 percent last year.", "not to Home Depot"},
	} {
		r := oneClaim(t, tc.source).Check(tc.statement)
		if !strings.Contains(r.Reason, tc.want) {
			t.Errorf("%q against %q: %s (%s), want a reason with %s", tc.statement, tc.source, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestNamelessSourceSpeaker: a source that gives the words to someone it
// does not name ("The teachers' union said…") does not say that the one
// the statement names said them, when it never mentions that one: not
// supported, not contradicted. A pronoun speaker ("She said") is read by
// anaphora, never as a name of its own. The sentences are written for
// this test.
func TestNamelessSourceSpeaker(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The teachers' union said more than 12,000 people signed up for the march. Ohio State Police reported at least 4,000 people entered the plaza.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Ohio State Police said more than 12,000 people signed up for the march.", Unverified},
		{"The teachers' union said more than 12,000 people signed up for the march.", Supported},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
	ix = articleIndexWithLexicon(t, "Petra Novak, the mayor, opened the bridge on Friday. She said the bridge cost $5 million.")
	for _, s := range []string{"Petra Novak said the bridge cost $5 million.", "petra novak said the bridge cost $5 million."} {
		if r := ix.Check(s); r.Verdict == Contradicted {
			t.Errorf("%q: got %s (%s), want no contradiction", s, r.Verdict, r.Reason)
		}
	}
}

// TestOtherSpeakerOtherWords: a source that gives words to another speaker
// contradicts the statement's speaker only when the words are the
// statement's; when the statement has a verb the source does not ("would
// conclude" against "would be held"), the one it names may have said
// those other words: no contradiction, no support. The sentences are
// written for this test.
func TestOtherSpeakerOtherWords(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Anna Berg said the talks on a working group would be held by the end of the year.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Lars Holm said the talks on a working group would conclude by the end of the year.", Unverified},
		{"Lars Holm said the talks on a working group would be held by the end of the year.", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestSpeakerOfABody: "Maria Lund of Nordbank said" gives the words to
// Lund, who speaks for Nordbank: a source that quotes Lund, "an analyst
// with Nordbank", agrees; one that quotes someone else does not. The
// sentences are written for this test.
func TestSpeakerOfABody(t *testing.T) {
	ix := articleIndexWithLexicon(t, "\"Investors will keep watching the shipping data and the strike,\" said Maria Lund, an economist with the lender Nordbank, in a note.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"Maria Lund of Nordbank said investors will keep watching the shipping data and the strike.", Supported},
		{"Lund at Nordbank said investors will keep watching the shipping data and the strike.", Supported},
		{"Tomas Berg of Nordbank said investors will keep watching the shipping data and the strike.", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict == Contradicted && tc.want != Contradicted || tc.want == Contradicted && r.Verdict != Contradicted {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}
