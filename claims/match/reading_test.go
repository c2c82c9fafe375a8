package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// articleIndex builds a database from one article's text, as `factcheck
// build` would, and indexes it.
func articleIndex(t *testing.T, body string) *Index {
	t.Helper()
	a, probs := claims.ParseArticle("a.md", []byte("---\noutlet: Test\nheadline: A test article\npublished: 2021-06\n---\n"+body+"\n"))
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	db, _, err := claims.Build("test", []*claims.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewIndex(db)
}

// Invisible characters (a soft hyphen, zero-width space or joiner, a
// byte-order mark) and other spaces are read as the reader sees the text,
// in sources and statements alike: a source or statement that holds them
// checks as the same text without them, and a quote still stands verbatim
// in the article's own text (issue 18 point 3: a true sentence about
// "Vladimir Putin" was contradicted by a source with "Vladi\u00admir").
func TestInvisibleCharactersInSourcesAndStatements(t *testing.T) {
	const clean = "Russian President Vladimir Putin met U.S. President Joe Biden in Geneva on June 16, 2021, and said Moscow would not extradite its citizens."
	statements := []string{"Vladimir Putin met Joe Biden in Geneva.", "Vladimir Putin said Moscow would extradite its citizens.", "Putin met Biden in Vienna."}
	plain := articleIndex(t, clean)
	for _, source := range []string{
		strings.ReplaceAll(clean, "Vladimir", "Vladi\u00admir"),
		"\ufeff" + strings.NewReplacer("Joe Biden", "Joe\u00a0Biden", "Geneva", "Ge\u200bneva", "June", "Ju\u200dne").Replace(clean),
	} {
		ix := articleIndex(t, source)
		for _, st := range statements {
			want, got := plain.Check(st), ix.Check(st)
			if got.Verdict != want.Verdict || got.Confidence != want.Confidence {
				t.Errorf("%q against %q: %s %.2f (%s); against the same source without invisible characters: %s %.2f", st, source, got.Verdict, got.Confidence, got.Reason, want.Verdict, want.Confidence)
			}
			for _, m := range got.Matches {
				for _, s := range m.Sources {
					if a := ix.DB.Article(s.Article); a == nil || s.End > len(a.Text) || a.Text[s.Start:s.End] != s.Quote {
						t.Errorf("%q: quote %q does not stand at %d:%d in its article", st, s.Quote, s.Start, s.End)
					}
				}
			}
		}
	}
	for _, st := range []string{"Vladi\u00admir\u00a0Putin met Joe Bi\u200dden in\u2009Geneva.", "\ufeffVladimir Putin said Moscow would ex\u00adtradite its citizens."} {
		want, got := plain.Check(strings.NewReplacer("\u00ad", "", "\u00a0", " ", "\u200d", "", "\u2009", " ", "\ufeff", "").Replace(st)), plain.Check(st)
		if got.Verdict != want.Verdict || got.Confidence != want.Confidence {
			t.Errorf("%q: %s %.2f (%s); without its invisible characters: %s %.2f", st, got.Verdict, got.Confidence, got.Reason, want.Verdict, want.Confidence)
		}
	}
}

// A statement that differs from the source on a name is still
// contradicted when the source's name holds an invisible character.
func TestInvisibleCharactersKeepDifferences(t *testing.T) {
	ix := articleIndex(t, "Russian President Vladi\u00admir Putin met U.S. President Joe Biden in Geneva on June 16, 2021.")
	if r := ix.Check("Vladimir Putin met Joe Biden in Vienna."); r.Verdict == Supported {
		t.Errorf("Vienna for Geneva: %s (%s)", r.Verdict, r.Reason)
	}
	if !strings.Contains(ix.DB.Articles[0].Text, "Vladi\u00admir") {
		t.Error("the article's text lost its soft hyphen")
	}
}

// Sums, shares and ranges are compared as figures (issue 18 point 3: "paid
// between $50 and $60 a pound" was supported by a source saying "$5 and
// $6", "$14 to $18" by "$24 to $28"). The sentences are written for this
// test.
func TestFiguresWithSignsAndRanges(t *testing.T) {
	for _, tc := range []struct {
		source, statement string
		want              Verdict
	}{
		{"Fishermen are typically paid between $5 and $6 a pound for halibut, dealers said.", "Fishermen are typically paid between $50 and $60 a pound for halibut.", Contradicted},
		{"Fishermen are typically paid between $5 and $6 a pound for halibut, dealers said.", "Fishermen are typically paid between 5 and 6 dollars a pound for halibut.", Supported},
		{"Fishermen are typically paid between $5 and $6 a pound for halibut, dealers said.", "Fishermen are typically paid $5.50 a pound for halibut.", Unverified},
		{"Tickets for the final will cost $24 to $28, the league said on Monday.", "Tickets for the final will cost $14 to $18.", Contradicted},
		{"Tickets for the final will cost $24 to $28, the league said on Monday.", "Tickets for the final will cost $24–$28.", Supported},
		{"The city approved a budget of $13.7 billion for the coming year.", "The city approved a budget of $17.3 billion.", Contradicted},
		{"The city approved a budget of $13.7 billion for the coming year.", "The city approved a $13.7bn budget.", Supported},
		{"The regulator fined the bank €4.2m for failing to report suspicious payments.", "The regulator fined the bank 4.2 million euros for failing to report suspicious payments.", Supported},
		{"The regulator fined the bank €4.2m for failing to report suspicious payments.", "The regulator fined the bank €42m for failing to report suspicious payments.", Contradicted},
		{"Unemployment in the region rose to 15 percent last year.", "Unemployment in the region rose to 15% last year.", Supported},
		{"Unemployment in the region rose to 15 percent last year.", "Unemployment in the region rose to 51% last year.", Contradicted},
		{"Between 50 and 60 people were arrested after the protest in the capital.", "Between 500 and 600 people were arrested after the protest in the capital.", Contradicted},
	} {
		r := oneClaim(t, tc.source).Check(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q against %q: %s (%s), want %s", tc.statement, tc.source, r.Verdict, r.Reason, tc.want)
		}
	}
}

// A span of days gives its length: "June 21-23" is three days, so "spent
// five days" differs from it and "over three days" agrees.
func TestSpansOfDaysHaveALength(t *testing.T) {
	ix := oneClaim(t, "On June 21-23, representatives of the two countries met in Oslo to discuss fishing quotas.")
	for stmt, want := range map[string]Verdict{
		"Representatives of the two countries spent five days in Oslo discussing fishing quotas.":     Contradicted,
		"Representatives of the two countries met in Oslo for three days to discuss fishing quotas.":  Supported,
		"Representatives of the two countries met in Oslo over three days to discuss fishing quotas.": Supported,
	} {
		if r := ix.Check(stmt); r.Verdict != want {
			t.Errorf("%q: %s (%s), want %s", stmt, r.Verdict, r.Reason, want)
		}
	}
}

// Each stand-in for a statement's word says what relates it to the word
// (claims.Relation): a WordNet synonym, a PPDB paraphrase, a typo. The
// decision reads it as a feature.
func TestStandInsSayTheirRelation(t *testing.T) {
	ix := oneClaim(t, "The delegates arrested the hacker after a long inquiry.")
	ix.Paraphrases = true
	rel := map[string]claims.Relation{}
	for _, q := range ix.queryTerms(analyse("The representatives apprehended the hackr after a long investigation.").tokens) {
		for _, a := range q.alts {
			if a.term != q.term {
				rel[q.term+">"+a.term] = a.rel
			}
		}
	}
	for pair, want := range map[string]claims.Relation{
		"repres>deleg":     claims.Paraphrase, // PPDB
		"investig>inquiri": claims.Paraphrase, // PPDB
		"hackr>hacker":     claims.Typo,
	} {
		if rel[pair] != want {
			t.Errorf("%s: %v, want %v (all: %v)", pair, rel[pair], want, rel)
		}
	}
	if r := ix.Check("The representatives arrested the hacker after a long investigation."); r.Verdict != Supported {
		t.Errorf("paraphrased: %s (%s)", r.Verdict, r.Reason)
	}
}

// A figure is compared with the source's figure in the same role: one of
// the same unit that shares no word of context counts something else;
// two stated maxima differ when their values do; a range may give its
// unit at both ends. The sentences are written for this test.
func TestFiguresInTheirRole(t *testing.T) {
	for _, tc := range []struct {
		source, statement string
		want              Verdict
	}{
		{"Three protesters were arrested near the stadium on Saturday night, police said. Separately, medics treated another 25 people for smoke inhalation at a factory fire.", "Three people were arrested near the stadium.", Unverified},
		{"Three protesters were arrested near the stadium on Saturday night, police said. Separately, medics treated another 25 people for smoke inhalation at a factory fire.", "Medics treated 52 people for smoke inhalation.", Contradicted},
		{"The directors face up to 10 years in prison and a fine of up to $5 million.", "The directors face up to 15 years in prison.", Contradicted},
		{"The directors face up to 10 years in prison and a fine of up to $5 million.", "The directors face a maximum of 10 years in prison.", Supported},
		{"Turnout rose from 45 percent to 52 percent after the reform, the commission said.", "Turnout rose from 45% to 52% after the reform.", Supported},
		{"Turnout rose from 45 percent to 52 percent after the reform, the commission said.", "Turnout rose from 45% to 62% after the reform.", Unverified},
		{"Sales grew 1.8 percent this year and 3.5 percent last year, down from a forecast of 2.3 percent.", "Sales grew 1.8% this year.", Supported},
	} {
		r := oneClaim(t, tc.source).Check(tc.statement)
		if r.Verdict != tc.want {
			t.Errorf("%q against %q: %s (%s), want %s", tc.statement, tc.source, r.Verdict, r.Reason, tc.want)
		}
	}
}
