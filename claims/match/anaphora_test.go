package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexical"
)

// imported indexes imported claims: rows of a table, with no article and
// no title.
func imported(t *testing.T, texts ...string) *Index {
	t.Helper()
	var cs []claims.Claim
	for i, s := range texts {
		cs = append(cs, claims.Claim{ID: string(rune('1' + i)), Text: s, Kind: claims.KindImported})
	}
	return indexOf(t, "imported", cs)
}

// TestAnaphoraOfImportedClaims: an imported claim that opens with "she",
// "it" or "the film" is read as being about the one thing the statement
// names and the database does not, and says so. The sentences are written
// for this test.
func TestAnaphoraOfImportedClaims(t *testing.T) {
	const teacher = "She took a job as a history teacher at Lincoln High School in 1990."
	const film = "The film was shot in Spain and Portugal, from March 2001 to May 2002."
	for _, tc := range []struct {
		claims    []string
		statement string
		want      Verdict
		reason    string // in the reason, when not empty
	}{
		{[]string{teacher}, "Mary Jones taught history at Lincoln High School.", Supported, `reading "She" as Mary Jones`},
		{[]string{teacher}, "Mary Jones took a job at Lincoln High School in 1995.", Contradicted, "1990"},
		{[]string{film}, "Blue Harbour was shot in Portugal.", Supported, `reading "The film" as Blue Harbour`},
		{[]string{film}, "Blue Harbour was shot in Spain from March 1999.", Contradicted, "March 2001"},
		// The words read as the claim's topic are no words to compare:
		// "Bad" is no opposite of "best" here, "worst" is.
		{[]string{"It became one of the best-selling albums of the decade."}, "Bad Company was one of the worst-selling albums of the decade.", Contradicted, "best"},
		{[]string{"It became one of the best-selling albums of the decade."}, "Bad Company was one of the best-selling albums of the decade.", Supported, ""},
		// A claim that shares no word with the statement but what its
		// "he" stands for is still weighed, in a database this small.
		{[]string{"He is the lead singer and drummer of the band Foxes."}, "Sam Reed plays drums.", Supported, `reading "He" as Sam Reed`},
		// After an opening phrase.
		{[]string{"In 1990, she took a job as a history teacher at Lincoln High School."}, "Mary Jones taught history at Lincoln High School.", Supported, `reading "she" as Mary Jones`},
		// The name must open the statement: its topic stands first.
		{[]string{"As mayor, she introduced rules that came to be known as the Harbour plan."}, "Speeches by Mary Jones came to be known as the Harbour plan.", Unverified, ""},
		// Two names the claim lacks: which one it is about is unknown.
		{[]string{"It was founded in 1970 by a group that included John Smith and Anna Berg."}, "Peter Holm was one of the founders of Comic Fair.", Unverified, ""},
		// A name another claim has is no unknown topic: "She" is not read
		// as Tom Baker, whose own claim says Texas.
		{[]string{"She was born in Ohio in 1950.", "Tom Baker was born in Texas in 1950."}, "Tom Baker was born in Ohio.", Contradicted, "Texas"},
	} {
		r := imported(t, tc.claims...).Check(tc.statement)
		if r.Verdict != tc.want || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q against %q: got %s (%s), want %s with %q", tc.statement, tc.claims, r.Verdict, r.Reason, tc.want, tc.reason)
		}
	}
}

// TestAnaphoraNeedsAnImportedClaim: a claim from an article, or one with a
// title, is never read as being about the statement's name: its paragraph
// or title says whom it means.
func TestAnaphoraNeedsAnImportedClaim(t *testing.T) {
	const s = "She was born in Ohio in 1950."
	for name, c := range map[string]claims.Claim{
		"from an article": {ID: "1", Text: s, Sources: []claims.Source{{Quote: s}}},
		"with a title":    {ID: "1", Text: s, Kind: claims.KindImported, Title: "Ann Lee"},
	} {
		ix := NewIndex(claims.FromClaims("one", []claims.Claim{c}))
		ix.Decision = HandWritten()
		if r := ix.Check("Mary Jones was born in Ohio in 1950."); r.Verdict == Supported || strings.Contains(r.Reason, "reading") {
			t.Errorf("%s: got %s (%s), want no reading", name, r.Verdict, r.Reason)
		}
	}
}

// articleIndexWithLexicon indexes one article as a build does, with its
// lexical relations and the hand-written decision.
func articleIndexWithLexicon(t *testing.T, body string) *Index {
	t.Helper()
	db := articleDB(t, body)
	var err error
	if db.Lexical, err = lexical.For(db); err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(db)
	ix.Decision = HandWritten()
	return ix
}

// TestLowerCaseNameReadsAPronoun: a reader who writes a name in lower
// case ("maria kowalski opened…") means the same person as one who
// capitalises it, so an article's "She opened…" is read as that person
// when the paragraph names her before it. A name the paragraph does not
// give before the pronoun is still no reading. The sentences are written
// for this test.
func TestLowerCaseNameReadsAPronoun(t *testing.T) {
	ix := articleIndexWithLexicon(t, "On Monday, Maria Kowalski, the mayor of Linden, spoke to reporters. She opened a new library in the town in 2023.\n\nOn Tuesday, Peter Novak, the mayor of Ashford, opened a school.")
	for _, tc := range []struct {
		statement string
		supported bool
		reason    string // in the reason, when not empty
	}{
		{"Maria Kowalski opened a new library in 2023.", true, `reading "She" as Maria Kowalski`},
		{"maria kowalski opened a new library in 2023", true, `reading "She" as maria kowalski`},
		{"Peter Novak opened a new library in 2023.", false, ""},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q: got %s (%s), want supported=%v with %q", tc.statement, r.Verdict, r.Reason, tc.supported, tc.reason)
		}
	}
	// A given name the article writes only at the start of a sentence
	// ("Clara Mendes runs …") is still the given name of "clara mendes".
	ix = articleIndexWithLexicon(t, "Clara Mendes runs the only clinic in Ostra. She said the clinic would close in May because of staff shortages.")
	for _, tc := range []struct {
		statement string
		supported bool
		reason    string
	}{
		{"clara mendes said the clinic would close in may", true, `reading "She" as clara mendes`},
		{"anna mendes said the clinic would close in may", false, ""},
		{"Anna Mendes said the clinic would close in May.", false, ""},
		{"Clara Mendes said the clinic would close in May.", true, `reading "She" as Clara Mendes`},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q: got %s (%s), want supported=%v with %q", tc.statement, r.Verdict, r.Reason, tc.supported, tc.reason)
		}
	}
}
