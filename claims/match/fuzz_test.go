package match

import (
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims/collections"
)

func FuzzCheckText(f *testing.F) {
	for _, s := range []string{
		"Russia does not have an extradition treaty with the U.S.",
		"seleznev and polyakov were arested in 2014",
		"Hi! Is it true? Biden and Putin talked for less than an hour.\nThe moon landing happened in 1969.",
		"", "...", "“”", "\xff\xfe", "June 21-23 24/7 10,375 3.5%",
		// A compound token overlapping its parts in a list (scope.go's listedWith panicked).
		"Only the White House sent officials to the Geneva meetings on the US side.",
	} {
		f.Add(s)
	}
	ix := seedIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		rep := ix.CheckText(s)
		results := append([]Result{rep.Result}, rep.Sentences...)
		for _, r := range results {
			if r.Start < 0 || r.End > len(s) || r.Start > r.End {
				t.Fatalf("result span %d:%d outside %d bytes", r.Start, r.End, len(s))
			}
			if r.Confidence < 0 || r.Confidence > 1 {
				t.Fatalf("confidence %v", r.Confidence)
			}
			for _, sp := range r.Spans {
				if sp.Start < 0 || sp.End > len(r.Text) || sp.Start > sp.End {
					t.Fatalf("span %+v outside %q", sp, r.Text)
				}
			}
			for _, m := range r.Matches {
				if m.Score < 0 || m.Score > 1 {
					t.Fatalf("score %v", m.Score)
				}
				for _, src := range m.Sources {
					for _, sp := range src.Spans {
						if sp.Start < 0 || sp.End > len(src.Quote) || sp.Start > sp.End {
							t.Fatalf("quote span %+v outside %q", sp, src.Quote)
						}
					}
				}
			}
		}
	})
}

func BenchmarkCheckSeed(b *testing.B) {
	ix := seedIndex(b)
	for b.Loop() {
		ix.Check("Roman Seleznev was arrested in 2013 and extradited to the United States.")
	}
}

var (
	ctOnce sync.Once
	ctIx   *Index
)

func checkThatIndex(b *testing.B) *Index {
	path := "../../../shared/bench/checkthat2020/verified_claims.docs.tsv"
	if _, err := os.Stat(path); err != nil {
		b.Skip("CheckThat! data not beside the project")
	}
	ctOnce.Do(func() {
		db, problems := collections.OpenCollection(path)
		if err := problems.Err(); err != nil {
			b.Fatal(err)
		}
		ctIx = NewIndex(db)
	})
	return ctIx
}

func BenchmarkCheckCheckThat(b *testing.B) {
	ix := checkThatIndex(b)
	for b.Loop() {
		ix.Check("Bill Gates said vaccines will be used to reduce the world population.")
	}
}

// BenchmarkCheckCheckThatTweets checks the 200 CheckThat! 2020 test tweets
// in turn against the 10,375 verified claims, as a reader's pasted text
// (CheckText), and reports the median and 95th percentile of one check
// besides the mean (make bench runs 200 under Node: each tweet once).
func BenchmarkCheckCheckThatTweets(b *testing.B) {
	ix := checkThatIndex(b)
	data, err := os.ReadFile("../../../shared/bench/checkthat2020/test/tweets.queries.tsv")
	if err != nil {
		b.Skip("CheckThat! test tweets not beside the project")
	}
	var tweets []string
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if _, tweet, ok := strings.Cut(line, "\t"); ok && i > 0 {
			tweets = append(tweets, tweet)
		}
	}
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		ix.CheckText(tweets[i%len(tweets)])
		took = append(took, time.Since(t0))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[min(len(took)-1, len(took)*95/100)].Microseconds())/1000, "p95-ms")
}

func BenchmarkRankCheckThat(b *testing.B) {
	ix := checkThatIndex(b)
	for b.Loop() {
		ix.Rank("BREAKING: a shark swimming on the flooded highway in Houston after the hurricane!! pic.twitter.com/x", 5)
	}
}

func BenchmarkIndexCheckThat(b *testing.B) {
	ix := checkThatIndex(b)
	for b.Loop() {
		NewIndex(ix.DB)
	}
}

func BenchmarkIndexSeed(b *testing.B) {
	ix := seedIndex(b)
	for b.Loop() {
		NewIndex(ix.DB)
	}
}

// BenchmarkDecodeIndexCheckThat: what the browser does instead of
// BenchmarkIndexCheckThat.
func BenchmarkDecodeIndexCheckThat(b *testing.B) {
	ix := checkThatIndex(b)
	data, err := EncodeIndex(ix)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(data)), "bytes")
	b.ResetTimer()
	for b.Loop() {
		if _, err := DecodeIndex(ix.DB, data); err != nil {
			b.Fatal(err)
		}
	}
}

// Budgets of work for one check of at most maxFuzzText bytes (work.go):
// steps the matcher counts, and heap allocations. Ordinary text costs
// about 45 steps and 15 allocations a byte; a stage that rereads the
// sentence from every token (as copulaBefore did: 24 KB of "Putin " took
// 26.9 s in the browser, 122 million allocations natively) costs
// thousands a byte.
const (
	maxFuzzText       = 20000
	workBudget        = 4_000_000
	allocationsBudget = 3_000_000
)

// FuzzCheckWork holds one check of up to 20,000 bytes (what the page
// accepts) to a fixed budget of work, counted in operations, not seconds:
// no input may freeze the page.
func FuzzCheckWork(f *testing.F) {
	var articles strings.Builder
	for _, name := range []string{"000_e5b01c607c127f20.md", "004_46cf540a5a827ced.md"} {
		b, err := os.ReadFile("../articles/" + name)
		if err != nil {
			f.Fatal(err)
		}
		articles.Write(b)
	}
	for _, s := range []string{
		strings.Repeat("Putin ", maxFuzzText/6),
		strings.Repeat("putin ", maxFuzzText/6),
		strings.Repeat("Biden met Putin in Geneva and ", maxFuzzText/30),
		strings.Repeat("Russian hackers were ", 200),    // one sentence of 4,200 characters
		strings.ReplaceAll(articles.String(), ".", ","), // a run-on of 7,000
		articles.String(),
		// Short ones, so that the fuzzer's mutations also explore ordinary
		// statements (a 20,000-byte input costs seconds a run).
		"Roman Seleznev was arrested in 2013.",
		"Russia doesn't have an extradition treaty with the US, so Drinkman wasn't sent there in 2014!",
		"Between $5 and $6 million, 30% more than in 2012; twenty-eight people were not.",
	} {
		f.Add(s)
	}
	ix := seedIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxFuzzText {
			s = s[:maxFuzzText]
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		w := work.Load()
		ix.CheckText(s)
		steps := work.Load() - w
		runtime.ReadMemStats(&after)
		if steps > workBudget {
			t.Errorf("a check of %d bytes took %d steps, budget %d", len(s), steps, workBudget)
		}
		if n := after.Mallocs - before.Mallocs; n > allocationsBudget {
			t.Errorf("a check of %d bytes made %d allocations, budget %d", len(s), n, allocationsBudget)
		}
	})
}

// TestLongSentenceIsCut: a sentence longer than maxSentence is checked in
// parts, and the result says so; a contradicted part contradicts it.
func TestLongSentenceIsCut(t *testing.T) {
	ix := seedIndex(t)
	filler := strings.Repeat("and then there were many words about nothing in particular, ", 10)
	s := filler + "Roman Seleznev was extradited to Russia"
	r := ix.CheckText(s)
	if !strings.Contains(r.Reason, "checked in") || !strings.Contains(r.Reason, "parts") {
		t.Errorf("reason %q does not say the sentence was cut", r.Reason)
	}
	if r.Verdict != Contradicted {
		t.Errorf("verdict %s, want contradicted: %s", r.Verdict, r.Reason)
	}
	for _, p := range cutLong(s, 0, len(s)) {
		if p[1]-p[0] > maxSentence || p[0] < 0 || p[1] > len(s) {
			t.Errorf("part %v of %d bytes", p, p[1]-p[0])
		}
	}
	if got := cutLong(strings.Repeat("é", 500), 0, 1000); len(got) != 2 || got[0][1]%2 != 0 {
		t.Errorf("cut inside a character: %v", got)
	}
}
