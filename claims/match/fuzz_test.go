package match

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
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
		db, problems := claims.OpenCollection(path)
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
	data, err := ix.MarshalBinary()
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
