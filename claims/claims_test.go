package claims

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// seedBuild builds the database from the project's articles and curated
// claims, as `make claims` does.
func seedBuild(t testing.TB) (*DB, *Report) {
	t.Helper()
	arts, probs := LoadArticles("articles")
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	if len(probs) > 0 {
		t.Fatalf("warnings on the seed articles: %v", probs)
	}
	cur, err := LoadCurated("curated.jsonl")
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
	dir := sharedPath(t, "articles")
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
		if IsBoilerplate(s.Segment.Reason) {
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
		"What in the World: Confronting cyberattacks":   ReasonHeading,
		"03:40 - Source: CNN":                           "boilerplate: video timestamp",
		"Story highlights":                              "boilerplate: page furniture",
		"The nations are trying to avoid":               ReasonHeading,
		"Cyber has been a point of tension":             ReasonHeading,
		"CNN":                                           "boilerplate: dateline",
		"Russia Wants A Deal With The US":               ReasonHeading,
		"TASS: Moscow Times":                            "boilerplate: source list",
		"You Might Also Read:":                          "boilerplate: link list heading",
		"Cyber Attacks Are The New Cold War:":           "boilerplate: link list heading",
		"Advertisement":                                 "boilerplate: page furniture",
		"U.S. Cyber Officials Meet with Russian":        ReasonHeading,
		"The two countries agreed to do the following:": ReasonLeadIn,
		"Statement:":                                    "boilerplate: link list heading",
		"JOINT STATEMENT BY CYBERSECURITY":              ReasonHeading,
		"U.S. AND RUSSIAN DELEGATIONS MEET":             ReasonHeading,
		"Latest Podcasts":                               "boilerplate: page furniture",
		"US and Russia reportedly in talks":             ReasonHeading,
		"But we had to have a dialogue":                 ReasonFragment,
		"It can't.":                                     ReasonFragment,
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
		if c.Kind != KindSentence || !strings.Contains(c.Text, "not a restart of the Bilateral Presidential Commission") {
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
	if err := Encode(&a, db1); err != nil {
		t.Fatal(err)
	}
	if err := Encode(&b, db2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two builds differ")
	}
	// And what is written reads back to the same bytes.
	db3, err := Decode(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	Encode(&c, db3)
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("decode+encode changes the file")
	}
}

// The committed seed database is checked against what `make claims`
// builds by TestCommittedSeedIsFresh in claims/cmd/factcheck, which runs
// the same command (the examples are chosen with the matcher).

func TestDecodeErrors(t *testing.T) {
	db, _ := seedBuild(t)
	var good bytes.Buffer
	Encode(&good, db)
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"empty":      {nil, "empty file"},
		"truncated":  {good.Bytes()[:good.Len()/2], "truncated or corrupt"},
		"garbage":    {[]byte("\x00\x01binary"), "truncated or corrupt"},
		"not a db":   {[]byte(`{"hello": "world"}`), "not a claims database"},
		"version":    {[]byte(`{"format": "factcheck-claims", "version": 99, "articles": [], "claims": []}`), "unknown claims database version 99"},
		"bad quote":  {bytes.Replace(good.Bytes(), []byte(`"quote":"Russia does not have`), []byte(`"quote":"Russia does have`), 1), "does not stand verbatim"},
		"wrong type": {[]byte(`{"format": "factcheck-claims", "version": 1, "claims": 3}`), "not a claims database"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Decode(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to say %q", err, tc.want)
			}
		})
	}
	_, err := Load(filepath.Join(t.TempDir(), "missing.json"))
	if err == nil || !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "load claims db") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Decode(good.Bytes()); err != nil {
		t.Errorf("good file: %v", err)
	}
}

func TestSaveRefusesInconsistentDatabase(t *testing.T) {
	db, _ := seedBuild(t)
	db.Claims[0].Sources[0].Quote = "words the article does not have"
	path := filepath.Join(t.TempDir(), "db.json")
	if err := Save(path, db); err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Fatalf("Save: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("an inconsistent database was written")
	}
}

func TestBuildExampleFolder(t *testing.T) {
	arts, probs := LoadArticles("testdata/example-articles")
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
	if reasons["Advertisement"] != "boilerplate: page furniture" || reasons["Will traffic return to normal?"] != ReasonQuestion {
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
	_, probs := LoadArticles(dir)
	err := probs.Err()
	var list ErrorList
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
	arts, _ := LoadArticles("articles")
	cur, err := ParseCurated("cur.jsonl", []byte(`{"id": "x", "claim": "A claim", "sources": [{"article": "000_e5b01c607c127f20", "quote": "Russia has an extradition treaty"}]}`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Build("t", arts, cur)
	if err == nil || !strings.Contains(err.Error(), "cur.jsonl:1: curated claim x: quote \"Russia has an extradition treaty\" does not stand verbatim") {
		t.Fatalf("error %v", err)
	}
}

// TestCoverage: the seed database says what it covers.
func TestCoverage(t *testing.T) {
	db, _ := seedBuild(t)
	cv := db.Coverage()
	if cv.Claims != len(db.Claims) || cv.Articles != 5 {
		t.Errorf("coverage counts %d claims, %d articles; want %d, 5", cv.Claims, cv.Articles, len(db.Claims))
	}
	if len(cv.Outlets) != 3 || cv.From != "2011-07" || cv.To != "2021-06" {
		t.Errorf("coverage = %+v, want 3 outlets from 2011-07 to 2021-06", cv)
	}
}

// TestStaticSiteFrontMatter: an archive kept as a Hugo or Jekyll site's
// Markdown builds as it is: their title, date and author(s) are read as
// headline, published and byline, their other keys are left alone, and a
// draft or an unpublished post is left out with a warning.
func TestStaticSiteFrontMatter(t *testing.T) {
	arts, errs := LoadArticles("testdata/static-site")
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	type meta struct{ headline, byline, published string }
	got := map[string]meta{}
	for _, a := range arts {
		got[a.ID] = meta{a.Headline, a.Byline, a.Published}
	}
	want := map[string]meta{
		"hugo-yaml":   {"Harbour bridge reopens after repairs", "Jane Doe", "2024-03-11"},
		"hugo-toml":   {"Council budget passes", "Jane Doe, John Roe", "2024-04-02"},
		"jekyll-post": {"Ferry service resumes on the north route", "Sam Lee", "2023-08-14"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("articles:\n got %v\nwant %v", got, want)
	}
	if s := errs.Error(); !strings.Contains(s, "jekyll-unpublished.md:1: warning: a draft") {
		t.Errorf("no warning for the unpublished post: %q", s)
	}
	// A key of neither kind is still an error: a typo of a field is caught.
	_, errs = ParseArticle("typo.md", []byte("---\ntitle: A\ncolour: red\n---\nThe body.\n"))
	if errs.Err() == nil || !strings.Contains(errs.Error(), `unknown front matter field "colour"`) {
		t.Errorf("typo: %v", errs)
	}
}
