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

// TestInitialismOfTheSpeaker: a name written as its initials with a sign
// inside ("PG&E", read as "PG" and "E") is the name the source gives in
// full ("Pacific Gas and Electric Co."), the function words inside it
// passed over: neither another speaker nor a name swapped. A source that
// gives the name's words to another speaker ("Mayor Ruth Adebayo said
// Lakeland Water and Power would…") says so of that speaker, however
// seldom the sources write the names (a line of many capitals reads as a
// headline): not a support. The sentences are written for this test.
func TestInitialismOfTheSpeaker(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The region's largest water company, Lakeland Water and Power Co., warned that 90,000 homes could lose supply over the weekend.\n\nMayor Ruth Adebayo said Lakeland Water and Power would refund 12,000 customers in May.")
	for _, tc := range []struct {
		statement string
		want      Verdict
	}{
		{"LW&P warned that 90,000 homes could lose supply over the weekend.", Supported},
		{"LW&P said it would refund 12,000 customers in May.", Contradicted},
		{"Lakeland Water and Power said it would refund 12,000 customers in May.", Contradicted},
	} {
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.statement, r.Verdict, r.Reason, tc.want)
		}
	}
}

// TestSpeakerNamedOnce: a source whose builder gave its words to a speaker
// ("Jane Okoro said that Paul Ayodele will sign the pact") does not
// support a statement that gives them to the person it speaks of ("Paul
// Ayodele said he will sign the pact"), though the sources write both
// names once, in a line whose capitals read as a headline's. The
// sentences are written for this test.
func TestSpeakerNamedOnce(t *testing.T) {
	ix := articleIndexWithLexicon(t, "Jane Okoro said that Paul Ayodele will sign the pact.")
	for _, s := range []string{"Paul Ayodele said he will sign the pact.", "Paul Ayodele said he would sign the pact."} {
		if r := ix.Check(s); r.Verdict == Supported {
			t.Errorf("%q: got %s (%s)", s, r.Verdict, r.Reason)
		}
	}
	if r := ix.Check("Jane Okoro said that Paul Ayodele will sign the pact."); r.Verdict != Supported {
		t.Errorf("the source's own words: got %s (%s)", r.Verdict, r.Reason)
	}
}
