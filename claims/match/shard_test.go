package match

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/factcheck/factcheck/claims/collections"
	"github.com/factcheck/factcheck/claims/seed"
)

// shardOptionSets are the defaults and cuts so small that every path is
// taken: terms in blocks of two, many shards, fragments of three claims.
var shardOptionSets = map[string]ShardOptions{
	"default": {},
	"tiny":    {TermShardBytes: 200, VocabShardBytes: 100, InlinePostings: 2, FirstBlock: 2, GroupClaims: 3},
}

// shard writes ix in its sharded form in memory and opens it.
func shard(t testing.TB, ix *Index, opts ShardOptions) (*Index, fstest.MapFS) {
	t.Helper()
	files := fstest.MapFS{}
	if _, err := WriteShards(ix, func(name string, data []byte) error {
		files[name] = &fstest.MapFile{Data: data}
		return nil
	}, opts); err != nil {
		t.Fatal(err)
	}
	sh, err := OpenShards(FSFetcher(files))
	if err != nil {
		t.Fatal(err)
	}
	return sh, files
}

// labelledTexts are the statements of every labelled set in testdata.
func labelledTexts(t testing.TB) []string {
	paths, _ := filepath.Glob("testdata/*.jsonl")
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var s statement
			if json.Unmarshal(sc.Bytes(), &s) == nil && s.Text != "" {
				out = append(out, s.Text)
			}
		}
		f.Close()
	}
	if len(out) < 100 {
		t.Fatalf("only %d labelled statements found", len(out))
	}
	return out
}

// sameChecks fails for every text the two indexes check differently.
func sameChecks(t *testing.T, whole, sharded *Index, texts []string) {
	t.Helper()
	differ := 0
	for _, s := range texts {
		a, _ := json.Marshal(whole.CheckText(s))
		b, _ := json.Marshal(sharded.CheckText(s))
		if string(a) != string(b) {
			if differ++; differ <= 5 {
				t.Errorf("%.80q:\n  whole   %s\n  sharded %s", s, a, b)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d texts checked otherwise by the sharded index", differ, len(texts))
	}
	if err := sharded.FetchErr(); err != nil {
		t.Error(err)
	}
}

// TestShardedChecksAsWhole: a sharded index of the seed checks every
// labelled statement as the whole index does, result for result (verdict,
// reason, matches, scores and spans), however finely it is cut.
func TestShardedChecksAsWhole(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("natively only: the same code, but indexes of thousands of claims twice over exhaust Node's memory")
	}
	ix := seedIndex(t)
	texts := labelledTexts(t)
	if testing.Short() {
		texts = texts[:100]
	}
	for name, opts := range shardOptionSets {
		t.Run(name, func(t *testing.T) {
			sh, _ := shard(t, ix, opts)
			sameChecks(t, ix, sh, texts)
		})
	}
}

// TestShardedRanksAsWhole: on the CheckThat! 2020 collection (10,375
// claims, terms in up to thousands of claims), the sharded index ranks the
// test tweets' claims as the whole index does, claim for claim and score
// for score, and checks them alike; it reads a fraction of the index.
func TestShardedRanksAsWhole(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("natively only: the same code, but indexes of thousands of claims twice over exhaust Node's memory")
	}
	if testing.Short() {
		t.Skip("builds the CheckThat! index")
	}
	ix := checkThatWhole(t)
	tweets := checkThatTweets(t)
	for name, opts := range shardOptionSets {
		t.Run(name, func(t *testing.T) {
			sh, files := shard(t, ix, opts)
			total := int64(0)
			for _, f := range files {
				total += int64(len(f.Data))
			}
			qs := tweets
			if name == "tiny" { // slow: thousands of tiny files
				qs = tweets[:60]
			}
			for _, q := range qs {
				a, b := ix.Rank(q, 5), sh.Rank(q, 5)
				if err := sh.FetchErr(); err != nil {
					t.Fatal(err)
				}
				if len(a) != len(b) {
					t.Fatalf("%.60q: %d claims, sharded %d", q, len(a), len(b))
				}
				for i := range a {
					if a[i].Claim.ID != b[i].Claim.ID || a[i].Score != b[i].Score {
						t.Fatalf("%.60q rank %d: %s %v, sharded %s %v", q, i+1, a[i].Claim.ID, a[i].Score, b[i].Claim.ID, b[i].Score)
					}
				}
			}
			sameChecks(t, ix, sh, tweets[:50])
			n, got := sh.FetchStats()
			t.Logf("%s: %d files, %d bytes; %d tweets fetched %d files, %d bytes (%.0f%%)", name, len(files), total, len(qs), n, got, 100*float64(got)/float64(total))
		})
	}
}

var (
	ctWholeOnce sync.Once
	ctWhole     *Index
)

func checkThatWhole(t testing.TB) *Index {
	path := "../../../shared/bench/checkthat2020/verified_claims.docs.tsv"
	if _, err := os.Stat(path); err != nil {
		t.Skip("CheckThat! data not beside the project")
	}
	ctWholeOnce.Do(func() {
		db, problems := collections.OpenCollection(path)
		if err := problems.Err(); err != nil {
			t.Fatal(err)
		}
		ctWhole = NewIndex(db)
	})
	return ctWhole
}

func checkThatTweets(t testing.TB) []string {
	data, err := os.ReadFile("../../../shared/bench/checkthat2020/test/tweets.queries.tsv")
	if err != nil {
		t.Skip("CheckThat! test tweets not beside the project")
	}
	var tweets []string
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if _, tweet, ok := strings.Cut(line, "\t"); ok && i > 0 {
			tweets = append(tweets, tweet)
		}
	}
	return tweets
}

// TestShardedConcurrentChecks: checks at once on one sharded index, each
// fetching what it needs, give what one alone gives; run with -race.
func TestShardedConcurrentChecks(t *testing.T) {
	ix := seedIndex(t)
	stmts := []string{"Roman Seleznev was arrested in 2013.", "The hotline remains in force.", "Putin drew a red line at cyber attacks.", "Drinkman was arested in Amsterdam in 2012."}
	want := map[string]Verdict{}
	for _, s := range stmts {
		want[s] = ix.Check(s).Verdict
	}
	sh, _ := shard(t, ix, shardOptionSets["tiny"])
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 8; k++ {
				s := stmts[(g+k)%len(stmts)]
				if got := sh.Check(s).Verdict; got != want[s] {
					t.Errorf("%q: %s under load, %s alone", s, got, want[s])
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestShardFiles: the list of files names each file written, once.
func TestShardFiles(t *testing.T) {
	sh, files := shard(t, seedIndex(t), shardOptionSets["tiny"])
	names, bytes, err := sh.ShardFiles()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(files) {
		t.Errorf("%d files listed, %d written", len(names), len(files))
	}
	total := int64(0)
	for _, n := range names {
		f, ok := files[n]
		if !ok {
			t.Errorf("%s is listed but not written", n)
			continue
		}
		if n != manifestName {
			total += int64(len(f.Data))
		}
	}
	if total != bytes {
		t.Errorf("files hold %d bytes, the manifest says %d", total, bytes)
	}
}

// TestShardedCoverage: a sharded index says what the database covers as
// the whole one does, though it holds none of its claims.
func TestShardedCoverage(t *testing.T) {
	whole := seedIndex(t)
	sh, _ := shard(t, whole, ShardOptions{})
	wcv, wimp := whole.Coverage()
	scv, simp := sh.Coverage()
	if !reflect.DeepEqual(wcv, scv) || wimp != simp {
		t.Errorf("sharded coverage %+v (%d imported), whole %+v (%d)", scv, simp, wcv, wimp)
	}
	if wcv.Claims == 0 || !sh.Sharded() || whole.Sharded() {
		t.Errorf("coverage %+v; sharded: %v, whole: %v", wcv, sh.Sharded(), whole.Sharded())
	}
}

// TestShardedLookups: a sharded index finds every claim and article by
// its ID as the whole one does (a claim's or an article's own page), and
// nothing for an ID it does not have.
func TestShardedLookups(t *testing.T) {
	whole := seedIndex(t)
	asJSON := func(v any) string {
		b, _ := json.Marshal(v)
		return string(b)
	}
	for name, opts := range shardOptionSets {
		sh, _ := shard(t, whole, opts)
		for _, c := range whole.DB.Claims {
			if got, want := asJSON(sh.ClaimByID(c.ID)), asJSON(whole.ClaimByID(c.ID)); got != want {
				t.Errorf("%s: claim %s:\n%s\nwant\n%s", name, c.ID, got, want)
			}
		}
		for _, a := range whole.DB.Articles {
			if got, want := asJSON(sh.ArticleByID(a.ID)), asJSON(whole.ArticleByID(a.ID)); got != want {
				t.Errorf("%s: article %s differs", name, a.ID)
			}
		}
		for _, id := range []string{"", "no-such-claim", whole.DB.Articles[0].ID + "x", "zzzz"} {
			if c := sh.ClaimByID(id); c != nil {
				t.Errorf("%s: claim %q found: %s", name, id, c.ID)
			}
			if a := sh.ArticleByID(id); a != nil {
				t.Errorf("%s: article %q found: %s", name, id, a.ID)
			}
		}
		// A claim's ID is not an article's.
		if sh.ArticleByID(whole.DB.Claims[0].ID) != nil || sh.ClaimByID(whole.DB.Articles[0].ID) != nil {
			t.Errorf("%s: an ID found as the other kind", name)
		}
		// A static site's generator lists them without the database.
		for i := range whole.DB.Claims {
			if got, want := asJSON(sh.ClaimAt(i)), asJSON(whole.ClaimAt(i)); got != want {
				t.Errorf("%s: claim number %d: %s, want %s", name, i, got, want)
			}
		}
		if sh.ClaimAt(-1) != nil || sh.ClaimAt(sh.Claims()) != nil {
			t.Errorf("%s: a claim outside the database", name)
		}
		ids, err := sh.ArticleIDs()
		wids, _ := whole.ArticleIDs()
		slices.Sort(wids)
		if err != nil || !slices.Equal(ids, wids) {
			t.Errorf("%s: article IDs %q (%v), want %q", name, ids, err, wids)
		}
		if err := sh.FetchErr(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzDecodeShard: no input makes a shard's decoder panic.
func FuzzDecodeShard(f *testing.F) {
	db, err := seed.DB()
	if err != nil {
		f.Fatal(err)
	}
	sh, files := shard(f, NewIndex(db), shardOptionSets["tiny"])
	for name := range files {
		if name != manifestName {
			data, _ := sh.sh.get(name)
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s := sh.sh
		s.mu.Lock()
		defer s.mu.Unlock()
		s.decodeTerms("t", b)
		s.decodeVocab("v", b)
		s.decodeBlock("p", b)
		s.decodeIDs("i", b)
	})
}

// TestShardsDamaged: a missing or damaged shard is an error FetchErr
// reports, never a panic; a damaged manifest is refused.
func TestShardsDamaged(t *testing.T) {
	ix := seedIndex(t)
	_, files := shard(t, ix, shardOptionSets["tiny"])
	if _, err := OpenShards(FSFetcher(fstest.MapFS{})); err == nil {
		t.Error("an index without a manifest was opened")
	}
	bad := fstest.MapFS{manifestName: &fstest.MapFile{Data: []byte(`{"format":"factcheck-shards","version":99}`)}}
	if _, err := OpenShards(FSFetcher(bad)); err == nil {
		t.Error("an index of another version was opened")
	}
	// Every file, damaged three ways (natively), or a sample that keeps
	// the first file of every folder (-short, as the race run uses).
	var names []string
	seen := map[string]bool{}
	for name := range files {
		if name != manifestName {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for i, name := range names {
		folder := path.Dir(name)
		if testing.Short() && seen[folder] && i%25 != 0 {
			continue
		}
		seen[folder] = true
		for _, damage := range []func([]byte) []byte{
			func(b []byte) []byte { return nil },
			func(b []byte) []byte { return b[:len(b)/2] },
			func(b []byte) []byte { c := append([]byte(nil), b...); c[len(c)/2] ^= 0xff; return c },
		} {
			broken := damage(files[name].Data)
			sh, err := OpenShards(FetchFunc(func(n string) ([]byte, error) {
				if n == name {
					return broken, nil
				}
				f, ok := files[n]
				if !ok {
					return nil, fs.ErrNotExist
				}
				return f.Data, nil
			}))
			if err != nil {
				t.Fatal(err)
			}
			sh.CheckText("Roman Seleznev was arrested in 2013 in the Maldives. Drinkman was arested.")
		}
	}
	gone := FetchFunc(func(name string) ([]byte, error) {
		if strings.HasPrefix(name, "t/") {
			return nil, errors.New("offline")
		}
		return files[name].Data, nil
	})
	sh, err := OpenShards(gone)
	if err != nil {
		t.Fatal(err)
	}
	sh.Check("Roman Seleznev was arrested in 2013.")
	if sh.FetchErr() == nil {
		t.Error("a check that could not fetch its shards gave no error")
	}
}
