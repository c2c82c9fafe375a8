package build

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// seedBuild builds the database from the project's articles and curated
// claims, as `make claims` does.
func seedBuild(t testing.TB) (*claims.DB, *Report) {
	t.Helper()
	arts, probs := claims.LoadArticles("../articles")
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	if len(probs) > 0 {
		t.Fatalf("warnings on the seed articles: %v", probs)
	}
	cur, err := LoadCurated("../curated.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	db, rep, err := Build("seed", arts, cur)
	if err != nil {
		t.Fatal(err)
	}
	return db, rep
}

func TestQuotesStandVerbatimAtTheirOffsets(t *testing.T) {
	db, _ := seedBuild(t)
	n := 0
	for _, c := range db.Claims {
		if len(c.Sources) == 0 {
			t.Errorf("claim %s has no source", c.ID)
		}
		for _, s := range c.Sources {
			a := db.Article(s.Article)
			if a == nil {
				t.Fatalf("claim %s: unknown article %s", c.ID, s.Article)
			}
			if got := a.Text[s.Start:s.End]; got != s.Quote {
				t.Errorf("claim %s: text at %d:%d is %q, quote is %q", c.ID, s.Start, s.End, got, s.Quote)
			}
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d sources", n)
	}
}

// The seed articles are the shared articles, byte for byte, under their
// front matter.
func TestSeedArticlesAreTheSourceTexts(t *testing.T) {
	dir := claimstest.SharedPath(t, "articles")
	db, _ := seedBuild(t)
	for _, a := range db.Articles {
		want, err := os.ReadFile(filepath.Join(dir, a.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != string(want) {
			t.Errorf("article %s differs from %s.txt", a.ID, a.ID)
		}
	}
}

func TestNoClaimFromBoilerplate(t *testing.T) {
	db, rep := seedBuild(t)
	var furniture []SentenceReport
	for _, s := range rep.Sentences {
		if claims.IsBoilerplate(s.Segment.Reason) {
			furniture = append(furniture, s)
			if s.ClaimID != "" {
				t.Errorf("boilerplate %q became claim %s", s.Text, s.ClaimID)
			}
		}
	}
	for _, c := range db.Claims {
		for _, src := range c.Sources {
			for _, f := range furniture {
				if f.Article == src.Article && src.Start < f.Segment.End && f.Segment.Start < src.End {
					t.Errorf("claim %s quotes boilerplate %q", c.ID, f.Text)
				}
			}
		}
	}
	// Every kind of furniture in the five articles is recognised.
	want := map[string]string{
		"Shutterstock ID 1083511010": "image credit",
		"03:40 - Source: CNN":        "video timestamp",
		"Story highlights":           "page furniture",
		"Advertisement":              "page furniture",
		"TASS: Moscow Times":         "source list",
		"You Might Also Read:":       "link list heading",
		"Find latest and upcoming":   "promotion",
		"Latest Podcasts":            "page furniture",
	}
	for frag, reason := range want {
		found := false
		for _, f := range furniture {
			if strings.Contains(f.Text, frag) {
				found = true
				if f.Segment.Reason != "boilerplate: "+reason {
					t.Errorf("%q: reason %q, want boilerplate: %s", frag, f.Segment.Reason, reason)
				}
			}
		}
		if !found {
			t.Errorf("%q not recognised as boilerplate", frag)
		}
	}
}

// Every sentence of the five articles is in a claim, or skipped for one of
// these reasons. The list is the whole of what is skipped.
func TestEverySentenceIsAClaimOrSkippedForAReason(t *testing.T) {
	_, rep := seedBuild(t)
	skipped := map[string]string{ // start of the skipped text -> reason
		"cybercrime, hacking and technology concept":    "boilerplate: image credit",
		"What in the World: Confronting cyberattacks":   claims.ReasonHeading,
		"03:40 - Source: CNN":                           "boilerplate: video timestamp",
		"Story highlights":                              "boilerplate: page furniture",
		"The nations are trying to avoid":               claims.ReasonHeading,
		"Cyber has been a point of tension":             claims.ReasonHeading,
		"CNN":                                           "boilerplate: dateline",
		"Russia Wants A Deal With The US":               claims.ReasonHeading,
		"TASS: Moscow Times":                            "boilerplate: source list",
		"You Might Also Read:":                          "boilerplate: link list heading",
		"Cyber Attacks Are The New Cold War:":           "boilerplate: link list heading",
		"Advertisement":                                 "boilerplate: page furniture",
		"U.S. Cyber Officials Meet with Russian":        claims.ReasonHeading,
		"The two countries agreed to do the following:": claims.ReasonLeadIn,
		"Statement:":                                    "boilerplate: link list heading",
		"JOINT STATEMENT BY CYBERSECURITY":              claims.ReasonHeading,
		"U.S. AND RUSSIAN DELEGATIONS MEET":             claims.ReasonHeading,
		"Latest Podcasts":                               "boilerplate: page furniture",
		"US and Russia reportedly in talks":             claims.ReasonHeading,
		"But we had to have a dialogue":                 claims.ReasonFragment,
		"It can't.":                                     claims.ReasonFragment,
		"Find latest and upcoming tech gadgets":         "boilerplate: promotion",
	}
	seen := map[string]bool{}
	for _, s := range rep.Sentences {
		if s.ClaimID != "" {
			if s.Segment.Reason != "" {
				t.Errorf("%q is a claim but has skip reason %q", s.Text, s.Segment.Reason)
			}
			continue
		}
		if s.Segment.Reason == "" {
			t.Errorf("%q is neither a claim nor skipped for a reason", s.Text)
			continue
		}
		matched := false
		for prefix, reason := range skipped {
			if strings.HasPrefix(s.Text, prefix) {
				matched = true
				seen[prefix] = true
				if s.Segment.Reason != reason {
					t.Errorf("%q skipped as %q, want %q", s.Text, s.Segment.Reason, reason)
				}
			}
		}
		if !matched {
			t.Errorf("unexpectedly skipped (%s): %q", s.Segment.Reason, s.Text)
		}
	}
	for prefix := range skipped {
		if !seen[prefix] {
			t.Errorf("expected %q to be skipped", prefix)
		}
	}
}

func TestExampleFactsAreClaimsWithSources(t *testing.T) {
	db, _ := seedBuild(t)
	for _, want := range []struct{ text, article, quote string }{
		{"Russia has no extradition treaty with the United States", "000_e5b01c607c127f20", "Russia does not have an extradition treaty with the U.S."},
		{"The US–Russia cyber hotline remains in force", "001_7aa2babc3a16ae15", "The hotline remains in force"},
		{"Roman Seleznev and Vadim Polyakov were arrested in 2014 and extradited to the US", "000_e5b01c607c127f20", "were arrested in 2014 and subsequently extradited"},
	} {
		found := false
		for _, c := range db.Claims {
			if c.Text != want.text {
				continue
			}
			for _, s := range c.Sources {
				if s.Article == want.article && strings.Contains(s.Quote, want.quote) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no claim %q sourced to %s with %q", want.text, want.article, want.quote)
		}
	}
}

// The same fact in two articles is one claim with two sources.
func TestCorroboration(t *testing.T) {
	db, _ := seedBuild(t)
	for _, c := range db.Claims {
		if c.Kind != claims.KindSentence || !strings.Contains(c.Text, "not a restart of the Bilateral Presidential Commission") {
			continue
		}
		arts := map[string]bool{}
		for _, s := range c.Sources {
			arts[s.Article] = true
		}
		if len(arts) != 2 {
			t.Errorf("claim %s has sources in %d articles, want 2", c.ID, len(arts))
		}
		return
	}
	t.Error("no sentence claim about the restart of the working group")
}

func TestRebuildIsByteIdentical(t *testing.T) {
	var a, b bytes.Buffer
	db1, _ := seedBuild(t)
	db2, _ := seedBuild(t)
	if err := claims.Encode(&a, db1); err != nil {
		t.Fatal(err)
	}
	if err := claims.Encode(&b, db2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two builds differ")
	}
	// And what is written reads back to the same bytes.
	db3, err := claims.Decode(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	claims.Encode(&c, db3)
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("decode+encode changes the file")
	}
}

// The committed seed database is checked against what `make claims`
// builds by TestCommittedSeedIsFresh in claims/cmd/factcheck, which runs
// the same command (the examples are chosen with the matcher).

func TestBuildExampleFolder(t *testing.T) {
	arts, probs := claims.LoadArticles("../testdata/example-articles")
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	db, rep, err := Build("example", arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]bool{}
	for _, c := range db.Claims {
		texts[c.Text] = true
	}
	for _, want := range []string{
		"The harbour bridge reopened on Monday after six weeks of repairs, the city council said.",
		"Repairs cost 4.2 million dollars, more than the council had planned.",
		"The new library opened in May 2023 with 40,000 books.",
	} {
		if !texts[want] {
			t.Errorf("missing claim %q; have %v", want, texts)
		}
	}
	if a := db.Article("harbour-bridge"); a == nil || a.Outlet != "The Example Gazette" || a.Published != "2024-03" {
		t.Errorf("front matter not read: %+v", a)
	}
	reasons := map[string]string{}
	for _, s := range rep.Skipped() {
		reasons[s.Text] = s.Segment.Reason
	}
	if reasons["Advertisement"] != "boilerplate: page furniture" || reasons["Will traffic return to normal?"] != claims.ReasonQuestion {
		t.Errorf("skips: %q", reasons)
	}
	for _, c := range db.Claims {
		if strings.HasPrefix(c.Text, "The harbour bridge") && c.Speaker != "the city council" {
			t.Errorf("speaker %q, want the city council", c.Speaker)
		}
	}
}

func TestArticleProblemsHaveFileAndLine(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\noutlet: X\npublished: June 2024\ncolour: red\n---\nText."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("---\noutlet: Y\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("  \n"), 0o644)
	_, probs := claims.LoadArticles(dir)
	err := probs.Err()
	var list claims.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	msg := err.Error()
	for _, want := range []string{
		filepath.Join(dir, "a.md") + ":3: published \"June 2024\"",
		filepath.Join(dir, "a.md") + ":4: unknown front matter field \"colour\"",
		filepath.Join(dir, "b.md") + ":1: front matter opened with --- is never closed",
		filepath.Join(dir, "c.txt") + ":1: article has no text",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors do not include %q:\n%s", want, msg)
		}
	}
}

func TestCuratedQuoteMustStandVerbatim(t *testing.T) {
	arts, _ := claims.LoadArticles("../articles")
	cur, err := ParseCurated("cur.jsonl", []byte(`{"id": "x", "claim": "A claim", "sources": [{"article": "000_e5b01c607c127f20", "quote": "Russia has an extradition treaty"}]}`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Build("t", arts, cur)
	if err == nil || !strings.Contains(err.Error(), "cur.jsonl:1: curated claim x: quote \"Russia has an extradition treaty\" does not stand verbatim") {
		t.Fatalf("error %v", err)
	}
}

func TestSpeaker(t *testing.T) {
	for _, tc := range []struct{ s, prev, want string }{
		{`The hotline remains in force, the senior administration official said.`, "", "the senior administration official"},
		{`“We plan to have all three mechanisms established by year’s end,” Schmidt said.`, "", "Schmidt"},
		{`Russia hopes to agree co-operation with the US said Russian Foreign Minister Sergey Lavrov at the conference.`, "", "Russian Foreign Minister Sergey Lavrov"},
		{`Thomas Bossert, Trump's top counterterrorism adviser, told reporters it would be premature.`, "", "Thomas Bossert"},
		{`Svetlana Lukash, a Russian official who was at the recent G20 summit of global leaders in Hamburg, said earlier this month that they agreed.`, "", "Svetlana Lukash"},
		{`"A partnership suggests trust," he said.`, "Bossert", "Bossert"},
		// A pronoun opening the sentence is no name.
		{`She said the bridge would reopen in May.`, "Okafor", "Okafor"},
		{`She said the bridge would reopen in May.`, "", ""},
		{`They said the vote was fair.`, "", ""},
		{`"The talks are underway," Krutskikh said, according to RIA.`, "", "Krutskikh"},
		{`Russia invaded eastern Ukraine in 2014.`, "", ""},
		// The name after "said" begins what was said (real pages: SpaceNews).
		{`Shotwell said Starship lunar lander missions could begin in 2022.`, "", "Shotwell"},
		{`Clarke said NASA is developing a new task order.`, "", "Clarke"},
		{`“It reminds us a bit of the COTS program,” said Shotwell, referring to NASA’s program.`, "", "Shotwell"},
		{`"And I asked, well, on whose authority?” said Hill, who will testify Thursday.`, "", "Hill"},
	} {
		if got := Speaker(tc.s, tc.prev); got != tc.want {
			t.Errorf("Speaker(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func BenchmarkBuildSeed(b *testing.B) {
	arts, _ := claims.LoadArticles("../articles")
	cur, _ := LoadCurated("../curated.jsonl")
	for b.Loop() {
		Build("seed", arts, cur)
	}
}

// The examples the articles name become the database's, in order, once.
func TestNamedExamples(t *testing.T) {
	db, _ := seedBuild(t)
	want := []string{
		"Russia has an extradition treaty with the United States.",
		"Roman Seleznev was arrested in 2014.",
		"The US-Russia cyber hotline remains in force. Is it used often? The meetings in Geneva include officials from the FBI.",
		"Biden and Putin talked for less than an hour in Geneva.",
	}
	if strings.Join(db.Examples, "\n") != strings.Join(want, "\n") {
		t.Errorf("examples %q", db.Examples)
	}
}

// With none named, examples are derived: short claims from different
// articles, and one with a changed year.
func TestDeriveExamples(t *testing.T) {
	db, _ := seedBuild(t)
	ex := DeriveExamples(db, 4, nil)
	if len(ex) != 4 {
		t.Fatalf("%d examples: %+v", len(ex), ex)
	}
	altered := 0
	for _, e := range ex {
		if e.Altered {
			altered++
		}
		if !strings.HasSuffix(e.Text, ".") || len(e.Text) > maxExampleBytes+1 {
			t.Errorf("example %q", e.Text)
		}
	}
	if altered != 1 || !ex[3].Altered {
		t.Errorf("want the last of the examples altered: %+v", ex)
	}
	if got := DeriveExamples(db, 4, nil); got[3] != ex[3] {
		t.Error("derivation is not deterministic")
	}
	if alt, ok := alter("Seleznev was arrested in 2014 in the Maldives"); !ok || alt != "Seleznev was arrested in 2015 in the Maldives" {
		t.Errorf("alter year: %q", alt)
	}
	if alt, _ := alter("Repairs cost 4.2 million dollars"); alt != "Repairs cost 5.2 million dollars" {
		t.Errorf("alter figure: %q", alt)
	}
}

func TestParseExamples(t *testing.T) {
	got := ParseExamples([]byte("# try these\nThe bridge reopened.\n\n  Repairs cost 4.2 million dollars.  \n#no\n"))
	if len(got) != 2 || got[1] != "Repairs cost 4.2 million dollars." {
		t.Errorf("%q", got)
	}
}

// TestExamplesStandAlone: a derived example means something out of its
// page: not "The same appears…", nor words given to a pronoun ("…, he
// said"), which name nobody (real pages: ZDNet, SpaceNews).
func TestExamplesStandAlone(t *testing.T) {
	for s, want := range map[string]bool{
		"The same appears to be true for the 16-inch MacBook Pro.":                false,
		"SNC would be able to start lunar lander missions in 2023, he said.":      false,
		"Dragonfly is scheduled to reach Titan in 2034.":                          true,
		"Shotwell said Starship lunar lander missions could begin in 2022 or so.": true,
		// Readability's test pages (go-readability v2.1.3): a person named
		// by a pronoun only, the writer or the reader, the page itself.
		"One day, he and Aytim quarrelled.":                           false,
		"First, let’s say what the Yahoo sale is not.":                false,
		"Figure 20 shows how Bob’s repository looks now.":             false,
		"The biggest knock against the Xbox One X is its $600 price.": true,
		"The US imposed a trade embargo against Sudan in 1997.":       true,
	} {
		if got := exampleSentence(s); got != want {
			t.Errorf("exampleSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// A sentence that opens like a question but that its writer closed with a
// full stop is a claim: the checker's reading of first words is for
// readers who leave out the question mark. Its other reasons stand.
func TestStatementOpeningLikeAQuestionIsAClaim(t *testing.T) {
	a := &claims.Article{ID: "council", Outlet: "The Example Gazette", Text: "The council voted on Monday to close the harbour road for six weeks.\n\nWhat drivers will make of the detour remains unclear to the council.\n\nWhat will drivers make of the long detour around the harbour\n\nComo se posicionou a câmara sobre a estrada do porto.\n"}
	checker := func(s string) string { // the command's answers (checkerScope)
		switch {
		case strings.HasPrefix(s, "What"):
			return "not checkable: " + claims.ReasonQuestion
		case strings.HasPrefix(s, "Como"):
			return "not checkable: not English"
		}
		return ""
	}
	db, rep, err := BuildWith("t", []*claims.Article{a}, nil, BuildOptions{NotCheckable: checker})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]bool{}
	for _, c := range db.Claims {
		texts[c.Text] = true
	}
	if !texts["What drivers will make of the detour remains unclear to the council."] {
		t.Errorf("the statement is no claim; claims %v, skipped %v", texts, rep.Skipped())
	}
	if len(db.Claims) != 2 {
		t.Errorf("claims %v; want the two statements, not the heading or the Portuguese", texts)
	}
}
