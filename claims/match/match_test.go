package match

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
	"github.com/factcheck/factcheck/claims/seed"
)

var (
	seedOnce sync.Once
	seedIx   *Index
)

// seedIndex is the seed database's index as the page and the command
// check with it: the trained decision (decision.go).
func seedIndex(t testing.TB) *Index {
	seedOnce.Do(func() {
		db, err := seed.DB()
		if err != nil {
			t.Fatal(err)
		}
		seedIx = NewIndex(db)
	})
	return seedIx
}

var (
	rulesOnce sync.Once
	rulesIx   *Index
)

// rulesIndex is the seed database's index with the hand-written decision
// alone (HandWritten): what the rules make of a statement. The tests of
// the rules read it, so that they test the rules' stance and reasons,
// not where the trained decision puts its thresholds.
func rulesIndex(t testing.TB) *Index {
	rulesOnce.Do(func() {
		db, err := seed.DB()
		if err != nil {
			t.Fatal(err)
		}
		rulesIx = NewIndex(db)
		rulesIx.Decision = HandWritten()
	})
	return rulesIx
}

type statement struct {
	Text    string  `json:"text"`
	Verdict Verdict `json:"verdict"`
	Key     string  `json:"key"`
}

// statementMissBudget is how many of our own statements come back
// unverified though the sources settle them, in each part of the split
// (heldOut): a paraphrase the matcher does not know ("attended" for "was
// at"), and the statements the rules settle but the trained decision
// (decision.go) does not confirm surely enough for a badge. A wrong badge
// is never allowed. The held-out part's 10th: the post-holder reading
// (holders.go) took one support there (stop 29), for two wrong badges it
// takes away on real pages. Raised from 15 and 10 to 18 and 11 when the
// archive regime's badges came to need 96% (decision.go): a cautious
// decision abstains on some statements the rules settle right.
var statementMissBudget = map[bool]int{false: 18, true: 11}

// heldOut is the project's one split of a labelled set: a statement is
// held out when FNV-1a 32-bit of its id (its text when it has none) modulo
// 5 is 0 or 1 (claims/match/train fits the decision on the rest).
func heldOut(key string) bool {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()%5 < 2
}

// part names a part of the split.
func part(held bool) string {
	if held {
		return "held-out"
	}
	return "development"
}

// TestStatements checks statements we wrote ourselves (none from the
// evaluation sets) of every kind: paraphrase, negation, implicit negation,
// dates, quantities, swapped places, opposite words, typos, and traps that
// share a topic or a year with the sources but not their facts. A wrong
// badge fails; an unverified answer where the sources settle it counts
// against statementMissBudget.
func TestStatements(t *testing.T) {
	ix := seedIndex(t)
	f, err := os.Open("testdata/statements.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	misses := map[bool]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var st statement
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			t.Fatal(err)
		}
		held := heldOut(st.Text)
		t.Run(st.Text, func(t *testing.T) {
			r := ix.Check(st.Text)
			if r.Reason == "" {
				t.Error("no reason given")
			}
			if r.Verdict != st.Verdict {
				if r.Verdict != Unverified {
					t.Fatalf("wrong badge: verdict %s, want %s (%s)", r.Verdict, st.Verdict, r.Reason)
				}
				misses[held]++
				t.Logf("missed: verdict %s, want %s (%s)", r.Verdict, st.Verdict, r.Reason)
				return
			}
			if st.Verdict == Unverified {
				return
			}
			if len(r.Matches) == 0 {
				t.Fatal("no match")
			}
			found := false
			for _, s := range r.Matches[0].Sources {
				if strings.Contains(strings.ToLower(s.Quote), st.Key) {
					found = true
				}
			}
			if !found {
				t.Errorf("deciding claim %s has no source quote with %q", r.Matches[0].ClaimID, st.Key)
			}
		})
	}
	for _, held := range []bool{false, true} {
		t.Logf("%s part: %d missed", part(held), misses[held])
		if misses[held] > statementMissBudget[held] {
			t.Errorf("%d statements of the %s part missed, budget %d", misses[held], part(held), statementMissBudget[held])
		}
	}
}

// TestReasonNamesTheDifference: a contradiction says what differs.
func TestReasonNamesTheDifference(t *testing.T) {
	ix := rulesIndex(t)
	for stmt, want := range map[string][]string{
		"Roman Seleznev was arrested in 2016.":                                                                       {"2014", "2016"},
		"Vladimir Drinkman was arrested in Paris in 2012.":                                                           {"Amsterdam", "Paris"},
		"The Biden-Putin talks lasted less than an hour.":                                                            {"more than three hours", "less than an hour"},
		"Attributing cyber attacks is simple.":                                                                       {"difficult", "simple"},
		"The US–Russia cyber hotline is no longer in force.":                                                         {"negated"},
		"The Biden-Putin talks lasted two hours.":                                                                    {"more than three hours", "two hours"},
		"Tillerson said he is confident he will not impair cyber security.":                                          {"attributes this to Rob Joyce"},
		"The Geneva meetings only included FBI officials.":                                                           {"White House", "State Department"},
		"Drinkman was charged in a Russian court.":                                                                   {"U.S. court", "Russian court"},
		"putin drew a red line at cyber attacks":                                                                     {"Biden", "putin"},
		"Russian investigators concluded the grid breach was a first-of-its-kind attack on civilian infrastructure.": {"U.S. investigators", "Russian investigators"},
	} {
		r := ix.Check(stmt)
		if r.Verdict != Contradicted {
			t.Errorf("%q: verdict %s, want contradicted (%s)", stmt, r.Verdict, r.Reason)
			continue
		}
		for _, w := range want {
			if !strings.Contains(r.Reason, w) {
				t.Errorf("%q: reason %q does not mention %q", stmt, r.Reason, w)
			}
		}
	}
}

// TestIntentIsNotDeed: what a source says someone meant to do, or what a
// statement says someone should do, does not support a statement that it
// was done; an opposite word against the intended one contradicts nothing.
func TestIntentIsNotDeed(t *testing.T) {
	ix := rulesIndex(t)
	for stmt, want := range map[string]string{
		"Biden and Putin cooled tensions in the US-Russian relationship at their Geneva summit.": "sought to cool",
		"US-Russian tensions warmed at the Biden-Putin summit in Geneva.":                        "sought to cool",
		"Kerry said at the joint press conference that Russia should hand over its hackers.":     "hand",
	} {
		r := ix.Check(stmt)
		if r.Verdict != Unverified || !strings.Contains(r.Reason, want) {
			t.Errorf("%q: %s (%s), want unverified naming %q", stmt, r.Verdict, r.Reason, want)
		}
	}
	if r := ix.Check("Biden and Putin sought to cool tensions in the US-Russian relationship at their first summit in Geneva."); r.Verdict != Supported {
		t.Errorf("the intention itself: %s (%s), want supported", r.Verdict, r.Reason)
	}
}

// TestSpansHighlightTheDifference: the differing words are marked in both
// the statement and the quote, and every span is inside its text.
func TestSpansHighlightTheDifference(t *testing.T) {
	ix := rulesIndex(t)
	stmt := "Roman Seleznev was arrested in 2016."
	r := ix.Check(stmt)
	var differ []string
	for _, s := range r.Spans {
		if s.Kind == "differ" {
			differ = append(differ, stmt[s.Start:s.End])
		}
	}
	if len(differ) != 1 || differ[0] != "2016" {
		t.Errorf("statement differ spans = %q, want [2016]", differ)
	}
	m := r.Matches[0]
	var quoteDiffer []string
	for _, src := range m.Sources {
		for _, s := range src.Spans {
			if s.Start < 0 || s.End > len(src.Quote) || s.Start >= s.End {
				t.Fatalf("span %+v outside quote %q", s, src.Quote)
			}
			if s.Kind == "differ" {
				quoteDiffer = append(quoteDiffer, src.Quote[s.Start:s.End])
			}
		}
	}
	if len(quoteDiffer) == 0 || quoteDiffer[0] != "2014" {
		t.Errorf("quote differ spans = %q, want [2014]", quoteDiffer)
	}
}

// TestParagraph: each sentence of a pasted paragraph gets its own result;
// questions and greetings are marked not checkable.
func TestParagraph(t *testing.T) {
	ix := rulesIndex(t)
	text := "Hi there! Russia has no extradition treaty with the U.S. Is the hotline still working? " +
		"Roman Seleznev was arrested in 2013.\nThe Eiffel Tower is in Paris."
	rep := ix.CheckText(text)
	want := []struct {
		verdict      Verdict
		notCheckable string
	}{
		{Unverified, claims.ReasonGreeting},
		{Supported, ""},
		{Unverified, claims.ReasonQuestion},
		{Contradicted, ""},
		{Unverified, ""},
	}
	if len(rep.Sentences) != len(want) {
		t.Fatalf("got %d sentences, want %d: %+v", len(rep.Sentences), len(want), rep.Sentences)
	}
	for i, w := range want {
		s := rep.Sentences[i]
		if s.Verdict != w.verdict || s.NotCheckable != w.notCheckable {
			t.Errorf("sentence %d %q: %s/%q, want %s/%q", i, s.Text, s.Verdict, s.NotCheckable, w.verdict, w.notCheckable)
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d offsets %d:%d do not give its text", i, s.Start, s.End)
		}
	}
	if rep.Verdict != Mixed {
		t.Errorf("overall verdict %s, want mixed (one sentence is supported, one contradicted)", rep.Verdict)
	}
}

// TestImportedCollection: checks and ranks on a collection with no
// articles (CheckThat!-style), where a claim's own text is its quote.
func TestImportedCollection(t *testing.T) {
	f, err := os.Open("../testdata/claims.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cs, err := collections.ImportTSV("claims.tsv", f)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(claims.FromClaims("t", cs))
	r := ix.Rank("BREAKING: the Eiffel tower is on fire!!! #Paris pic.twitter.com/abc", 3)
	if len(r) == 0 || r[0].Claim.ID != "3" {
		t.Fatalf("rank: got %+v, want claim 3 first", r)
	}
	res := ix.Check("The Eiffel Tower burned down in 2019.")
	if len(res.Matches) == 0 || res.Matches[0].Sources[0].Quote == "" {
		t.Fatalf("imported claim match has no quote: %+v", res)
	}
}

// TestOverallVerdict: one true sentence never hides a false one, and a text
// supported in part says so.
func TestOverallVerdict(t *testing.T) {
	ix := rulesIndex(t)
	for text, want := range map[string]Verdict{
		"Russia has no extradition treaty with the United States. Roman Seleznev was arrested in 2014.": Supported,
		"Russia has no extradition treaty with the United States. Roman Seleznev was arrested in 2013.": Mixed,
		"Russia has no extradition treaty with the U.S. The Eiffel Tower is in Paris.":                  Unverified,
		"Roman Seleznev was arrested in 2013. The Eiffel Tower is in Paris.":                            Contradicted,
		"The Eiffel Tower is in Paris. Is the hotline still working?":                                   Unverified,
	} {
		if got := ix.CheckText(text).Verdict; got != want {
			t.Errorf("%q: overall %s, want %s", text, got, want)
		}
	}
}

// TestOutOfScope: a link, a question typed without its question mark, and
// text in another language are not checkable, with the reason; short
// English statements full of names are checked.
func TestOutOfScope(t *testing.T) {
	ix := rulesIndex(t)
	for text, want := range map[string]string{
		"https://www.cnn.com/2016/04/26/politics/us-russia-cybersecurity":   ReasonLink,
		"what did bossert say about a partnership with russia":              claims.ReasonQuestion,
		"is the hotline still in force":                                     claims.ReasonQuestion,
		"Is the hotline still in force?":                                    claims.ReasonQuestion,
		"What the harbour board decides next week remains unclear.":         "",
		"Which leaves the council without a budget for the winter!":         "",
		"la russie n'a pas de traité d'extradition avec les états-unis":     ReasonLanguage,
		"Russland hat kein Auslieferungsabkommen mit den USA":               ReasonLanguage,
		"Россия не имеет договора об экстрадиции с США":                     ReasonLanguage,
		"Tillerson plans to shut down Painter's office.":                    "",
		"drinkman arrested amsterdam 2012":                                  "",
		"When Russia annexed Crimea in 2014, relations with the US soured.": "",
	} {
		r := ix.CheckText(text)
		if r.NotCheckable != want {
			t.Errorf("%q: not checkable %q, want %q", text, r.NotCheckable, want)
		}
	}
}

// readerDangerousBudget is how many wrong badges each file of reader
// statements gets today, in its development and its held-out part
// (heldOut); a change that adds one fails. reader-2, -3 and -4 were written
// later, each by a helper who saw neither the matcher nor the other files;
// reader-2's wrong badges were then fixed by general rules, reader-3 (8
// wrong badges) and reader-4 (5) were measured once and then had some
// fixed; reader-5 (6 wrong badges when measured once) had three fixed by
// general rules, and the trained decision (decision.go) leaves none;
// reader-6 (180, 60 typical and 120 hard) gave 3 on its development part
// and 1 on its held-out part when measured once, with the decision
// trained before it landed, and none once the decision was trained on its
// development part too.
var readerDangerousBudget = map[string]map[bool]int{
	"testdata/reader.jsonl":   {false: 0, true: 0},
	"testdata/reader-2.jsonl": {false: 0, true: 0},
	"testdata/reader-3.jsonl": {false: 0, true: 0},
	"testdata/reader-4.jsonl": {false: 0, true: 0},
	"testdata/reader-5.jsonl": {false: 0, true: 0},
	"testdata/reader-6.jsonl": {false: 0, true: 1},
}

// TestReaderStatements runs the statements we wrote as readers write them
// (lower case, typos, chat spellings, paraphrases, several sentences; from
// the articles, without reading the matcher) and counts wrong badges: a
// supported or contradicted verdict where the label says otherwise. It
// logs the accuracy by family.
func TestReaderStatements(t *testing.T) {
	for file, budget := range readerDangerousBudget {
		t.Run(file, func(t *testing.T) { readerStatements(t, seedIndex(t), file, budget) })
	}
}

func readerStatements(t *testing.T, ix *Index, file string, budget map[bool]int) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	decisive := map[Verdict]Verdict{Supported: Supported, Contradicted: Contradicted, Mixed: Contradicted}
	right, total, dangerous := map[string]int{}, map[string]int{}, map[bool]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct {
			ID, Text, Kind   string
			Verdict, Overall Verdict // Overall: a text's exact verdict, where it is mixed
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		key := c.ID
		if key == "" {
			key = c.Text
		}
		held := heldOut(key)
		want := c.Verdict
		if c.Overall != "" {
			want = c.Overall
		}
		if want == "partly_supported" {
			// Labelled before such a text (some sentences supported, the
			// rest unsettled) became unverified as a whole (OverallVerdict).
			want = Unverified
		}
		got := ix.CheckText(c.Text).Verdict
		total[c.Kind]++
		if got == want {
			right[c.Kind]++
		}
		// Counted as ../shared/eval/score counts them: mixed is read as
		// contradicted.
		if g, ok := decisive[got]; ok && g != c.Verdict {
			dangerous[held]++
			t.Logf("wrong badge %s (%s part): %s, want %s: %q", c.ID, part(held), got, want, c.Text)
		}
	}
	n, r := 0, 0
	for k, tot := range total {
		t.Logf("%-14s %d/%d", k, right[k], tot)
		n, r = n+tot, r+right[k]
	}
	t.Logf("verdicts right %d/%d, wrong badges %d (development) and %d (held-out)", r, n, dangerous[false], dangerous[true])
	for _, held := range []bool{false, true} {
		if dangerous[held] > budget[held] {
			t.Errorf("%d wrong badges on the %s part of %s, budget %d", dangerous[held], part(held), file, budget[held])
		}
	}
}

// TestFactCheckRatings: a statement matching a claim fact-checkers rated
// false is contradicted by that fact-check, and says so; its opposite is
// not thereby supported; a claim rated half true settles nothing; a true
// one supports.
func TestFactCheckRatings(t *testing.T) {
	claim := func(id, text, rating string) claims.Claim {
		return claims.Claim{ID: id, Text: text, Kind: claims.KindImported, Rating: rating, Sources: []claims.Source{{Quote: text}}}
	}
	ix := NewIndex(claims.FromClaims("ratings", []claims.Claim{
		claim("hotline", "The US-Russia cyber hotline was abolished in 2016.", "False"),
		claim("grid", "Hackers shut down the power grid of Kiev in December 2015.", "Half True"),
		claim("treaty", "Russia has no extradition treaty with the United States.", "4/5"),
	}))
	for stmt, want := range map[string]struct {
		v    Verdict
		word string
	}{
		"The US-Russia cyber hotline was abolished in 2016.":         {Contradicted, "False"},
		"The US-Russia cyber hotline was not abolished in 2016.":     {Unverified, "False"},
		"Hackers shut down the power grid of Kiev in December 2015.": {Unverified, "Half True"},
		"Russia has no extradition treaty with the United States.":   {Supported, ""},
	} {
		r := ix.Check(stmt)
		if r.Verdict != want.v || !strings.Contains(r.Reason, want.word) {
			t.Errorf("%q: %s (%s), want %s naming %q", stmt, r.Verdict, r.Reason, want.v, want.word)
		}
	}
}

// TestIndexRoundTrip: an index decoded from its binary form checks as the
// one it was written from; one written for another database, or damaged,
// is refused with an error.
func TestIndexRoundTrip(t *testing.T) {
	ix := seedIndex(t)
	data, err := EncodeIndex(ix)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeIndex(ix.DB, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Roman Seleznev was arrested in 2013.", "russia doesnt have an extradition treaty w the us", "The hotline remains in force."} {
		a, b := ix.CheckText(s), back.CheckText(s)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("%q: decoded index gives %s, built one %s", s, jb, ja)
		}
	}
	other := claims.FromClaims("other", []claims.Claim{{ID: "x", Text: "Something else entirely.", Kind: claims.KindImported}})
	if _, err := DecodeIndex(other, data); err == nil {
		t.Error("an index of another database was accepted")
	}
	for _, cut := range []int{0, 3, 10, len(data) / 2, len(data) - 1} {
		if _, err := DecodeIndex(ix.DB, data[:cut]); err == nil {
			t.Errorf("an index cut at %d of %d bytes was accepted", cut, len(data))
		}
	}
}

// FuzzDecodeIndex: no input makes the decoder panic.
func FuzzDecodeIndex(f *testing.F) {
	db, err := seed.DB()
	if err != nil {
		f.Fatal(err)
	}
	data, _ := EncodeIndex(NewIndex(db))
	f.Add(data)
	f.Add([]byte("FCIX\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if ix, err := DecodeIndex(db, b); err == nil {
			ix.CheckText("Roman Seleznev was arrested in 2013.")
		}
	})
}

// TestConcurrentChecks: many checks at once on one index (as the server
// renders pages) give what one check alone gives; run with -race.
func TestConcurrentChecks(t *testing.T) {
	ix := NewIndex(seedIndex(t).DB)
	stmts := []string{"Roman Seleznev was arrested in 2013.", "The hotline remains in force.", "Putin drew a red line at cyber attacks.", "Drinkman was arrested in Amsterdam in 2012."}
	want := map[string]Verdict{}
	for _, s := range stmts {
		want[s] = NewIndex(ix.DB).Check(s).Verdict
	}
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				s := stmts[(g+k)%len(stmts)]
				if got := ix.Check(s).Verdict; got != want[s] {
					t.Errorf("%q: %s under load, %s alone", s, got, want[s])
				}
			}
		}(g)
	}
	wg.Wait()
}
