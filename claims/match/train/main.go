// Command train fits the matcher's decision (claims/match, decision.go)
// on the development part of every labelled set, chooses its thresholds
// on predictions for statements it was not fitted on, writes the model's
// data file, and measures the result on both parts of every set.
//
//	go run ./claims/match/train [-shared ../shared] [-o claims/match/data/decision.json] [-date YYYY-MM-DD]
//
// (make model runs it.) It is deterministic: the same sets give the same
// file, but for the date.
//
// -loso measures how the archive regime is trained (recipe.go: -lambda,
// -by, -classweights, -orders, -floor, -budget) by leaving one set out at
// a time: trained on every other set's development part, it decides the
// left-out set's, and prints each set's right answers and wrong badges.
// -cache FILE keeps the development texts weighed, which take minutes,
// for the next run:
//
//	go run ./claims/match/train -cache /tmp/texts.gob -learn-blind archive-8,archive-10 -loso [-orders conflicts] | grep -v archive-9
//
// -coverage counts, instead, the development statements about real news
// pages whose key a claim of their article quotes (a badge needs one), and
// lists the others with why the builder left their sentence out
// (coverage.go):
//
//	go run ./claims/match/train -coverage | grep -v 'archive-9\|archive-12\|archive-14'
//
// The split is the project's one split: a statement is held out when
// FNV-1a 32-bit of its id (its text when it has none) modulo 5 is 0 or 1;
// the rest is the development part. Nothing of a held-out statement is
// read before the final measurement.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
	"github.com/factcheck/factcheck/claims/lexical"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	shared := fs.String("shared", "../shared", "the shared data folder (eval, bench)")
	out := fs.String("o", "claims/match/data/decision.json", "where to write the decision's data file")
	date := fs.String("date", time.Now().UTC().Format("2006-01-02"), "the training date to record")
	report := fs.String("report", "", "also write the measurements (Markdown) to this file")
	fs.BoolVar(&exploring, "explore", false, "print the out-of-fold trade-off around the thresholds")
	measureOnly := fs.Bool("measure", false, "only measure the committed decision (-o's file) on both parts of every set")
	fs.BoolVar(&withWordNet, "wordnet", false, "with -measure: check with WordNet's kinds of nouns too (factcheck check -wordnet)")
	fs.BoolVar(&withoutParaphrases, "noppdb", false, "with -measure: check without PPDB's paraphrases (factcheck check -ppdb=false)")
	fs.StringVar(&showMisses, "misses", "", "with -measure -dev: list the misses of these sets' development parts (names, comma-separated), with the closest claim, and, where that claim does not quote the key, the key claim's place by retrieval and fit, its stance alone and after weighing, its probabilities and what pulled them down (or, never weighed, where retrieval put it)")
	fs.BoolVar(&showWrong, "show", false, "list the wrong badges on the development parts")
	fs.BoolVar(&showWhy, "why", false, "with -misses: for each miss, the features that pulled the closest claim's probability down most")
	fs.Float64Var(&newsWeight, "newsweight", newsWeight, "with -explore: how much an instance of a set about real news pages counts in the fit")
	fs.StringVar(&leftOut, "leave-out", "", "sets of statements about real news pages left out (names, comma-separated), to see what learning from them changes")
	fs.StringVar(&cachePath, "cache", "", "keep the development texts weighed in this file, and read them back while the sets are the same")
	fs.StringVar(&learnBlind, "learn-blind", "", "blind sets whose development parts are learned from too (names, comma-separated; never archive-9, archive-12 or archive-14)")
	fs.BoolVar(&losoMisses, "loso-misses", false, "with -loso: list the statements the rules settle right that the left-out decision leaves unverified, with the features that pulled them down")
	fs.StringVar(&archiveRecipe.drop, "drop", "", "features every claim reads as 0 in the archive regime's fit, so that their weights stay 0 (names, comma-separated; a trailing * a prefix)")
	fs.StringVar(&mergeFeatures, "merge", "", "with -loso: pairs of features read as one (FROM:INTO, comma-separated): FROM's value added to INTO's")
	losoOnly := fs.Bool("loso", false, "only measure the archive regime's recipe by leaving one set out at a time (development parts)")
	fs.Float64Var(&archiveRecipe.lambda, "lambda", 0, "the archive regime's L2 penalty (0: chosen by 5-fold log-loss)")
	fs.StringVar(&archiveRecipe.by, "by", "cv", `what predictions the archive regime's temperature and thresholds are chosen on: "cv" (5-fold) or "loso" (leave one set out)`)
	classWeights := fs.String("classweights", "1,1,1", "how much an instance of each class counts in the archive regime's fit: supports,contradicts,related")
	fs.StringVar(&archiveRecipe.orders, "orders", "", `orders the archive regime's weights keep: "conflicts" (a conflict never raises P(supports) nor lowers P(contradicts)), "conflicts,findings"`)
	fs.Float64Var(&archiveRecipe.pol.floor, "floor", archiveRecipe.pol.floor, "the lowest threshold of any badge in the archive regime")
	fs.Float64Var(&archiveRecipe.pol.floorS, "floor-supports", 0, "when above -floor, the lowest threshold of a support in the archive regime")
	fs.Float64Var(&archiveRecipe.pol.floorC, "floor-contradicts", 0, "when above -floor, the lowest threshold of a contradiction in the archive regime")
	fs.Float64Var(&archiveRecipe.pol.budget, "budget", archiveRecipe.pol.budget, "the share of each set's statements the archive regime's thresholds may give a wrong badge (on the predictions they are chosen on)")
	fs.BoolVar(&archiveRecipe.balance, "balance", false, "every set counts alike in the archive regime's fit, however many claims it gives")
	fs.BoolVar(&devOnly, "dev", false, "measure the development parts only (while developing: the held-out parts are measured once, at the end)")
	fs.BoolVar(&coverageOnly, "coverage", false, "only count the development statements about real news pages whose key a claim of their article quotes, and list the others with why (coverage.go)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sharedDir = *shared
	trainArgs = args
	if _, err := fmt.Sscanf(*classWeights, "%g,%g,%g", &archiveRecipe.weights[0], &archiveRecipe.weights[1], &archiveRecipe.weights[2]); err != nil {
		return fmt.Errorf("-classweights %q: %v", *classWeights, err)
	}
	if archiveRecipe.by != "cv" && archiveRecipe.by != "loso" {
		return fmt.Errorf("-by %q: cv or loso", archiveRecipe.by)
	}
	if p := archiveRecipe.pol; p.floor != cautious.floor || p.budget != cautious.budget || p.floorS > p.floor || p.floorC > p.floor {
		archiveRecipe.pol.name = fmt.Sprintf("wrong ≤%g%%, every badge ≥%.2f", 100*p.budget, p.floor)
		if p.floorS > p.floor {
			archiveRecipe.pol.name += fmt.Sprintf(", supports ≥%.2f", p.floorS)
		}
		if p.floorC > p.floor {
			archiveRecipe.pol.name += fmt.Sprintf(", contradictions ≥%.2f", p.floorC)
		}
	}
	for _, never := range neverRead {
		if slices.Contains(strings.Split(learnBlind, ","), never) || slices.Contains(strings.Split(showMisses, ","), never) {
			return fmt.Errorf("-learn-blind, -misses: %s is never learned from nor read", never)
		}
	}
	sets, err := loadSets(*shared)
	if err != nil {
		return err
	}
	if coverageOnly {
		return coverage(sets, stdout)
	}
	if *measureOnly {
		data, err := os.ReadFile(*out)
		if err != nil {
			return err
		}
		dm, err := match.ParseDecision(data)
		if err != nil {
			return err
		}
		if err := loadArticles(*shared); err != nil {
			return err
		}
		return measure(sets, dm, stdout)
	}
	if *losoOnly {
		return measureLOSO(sets, stdout)
	}
	var w io.Writer = stdout
	var md bytes.Buffer
	if *report != "" {
		w = io.MultiWriter(stdout, &md)
	}
	dm, err := train(sets, *shared, *date, w)
	if err != nil {
		return err
	}
	data, err := marshalDecision(dm)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nwrote %s (%d bytes)\n", *out, len(data))
	if err := measure(sets, dm, w); err != nil {
		return err
	}
	if *report != "" {
		return os.WriteFile(*report, md.Bytes(), 0o644)
	}
	return nil
}

// trainArgs are the command's arguments, recorded in the decision.
var trainArgs []string

// A case is one labelled statement.
type labelled struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Verdict  string   `json:"verdict"`
	Articles []string `json:"articles"`
	Key      string   `json:"key"`
	Why      string   `json:"why"` // the sentence that settles it, when given
	Kind     string   `json:"kind"`
	// FEVER-Symmetric
	Claim    string `json:"claim"`
	Evidence string `json:"evidence"`
	Label    string `json:"gold_label"`
}

// set is a labelled set and how its statements are checked.
type set struct {
	name, path, sum string
	kind            string   // "articles": against the seed database; "archive": against its pages'; "fever": against its own evidence
	pages           *pageSet // for "archive": the pages its statements are about
	blind           bool     // measured only, never learned from
	cases           []labelled
}

// heldOut is the project's split (/work/notes/split.py).
func heldOut(c labelled) bool {
	key := c.ID
	if key == "" {
		key = c.Text
	}
	if key == "" {
		key = c.Claim
	}
	return fnv1a(key)%5 < 2
}

// cvFold is the cross-validation fold of a development case.
func cvFold(c labelled) int {
	key := c.ID
	if key == "" {
		key = c.Text
	}
	if key == "" {
		key = c.Claim
	}
	return int(fnv1a(key)/5) % folds
}

const folds = 5

func fnv1a(s string) uint32 {
	h := uint32(0x811C9DC5)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 0x01000193
	}
	return h
}

// loadSets reads every labelled set: ours (claims/match/testdata), the
// shared development set and FEVER-Symmetric's development split.
func loadSets(shared string) ([]*set, error) {
	var sets []*set
	add := func(name, path, kind string) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		s := &set{name: name, path: path, kind: kind, sum: hex.EncodeToString(sum[:])}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var c labelled
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			if kind == "fever" {
				c.Text, c.Verdict = feverText(c.Claim), map[string]string{"SUPPORTS": "supported", "REFUTES": "contradicted"}[c.Label]
				if c.Verdict == "" {
					continue
				}
			}
			s.cases = append(s.cases, c)
		}
		sets = append(sets, s)
		return nil
	}
	if err := add("eval/dev", filepath.Join(shared, "eval", "dev.jsonl"), "articles"); err != nil {
		return nil, err
	}
	files, err := filepath.Glob("claims/match/testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no labelled sets in claims/match/testdata (run from the repository's root)")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		if !strings.HasPrefix(name, "archive-") {
			if err := add(name, f, "articles"); err != nil {
				return nil, err
			}
		}
	}
	// Statements about real news pages, checked against a database built
	// from their pages as factcheck build builds it. archive-2 and
	// archive-4 are frozen (never trained on nor measured here: the
	// tests' guards).
	for _, a := range archives {
		if _, err := os.Stat(a.path); err != nil || slices.Contains(strings.Split(leftOut, ","), a.name) {
			continue
		}
		if !a.pages.available() {
			fmt.Fprintf(os.Stderr, "train: %s left out: its pages are not at hand\n", a.name)
			continue
		}
		if err := add(a.name, a.path, "archive"); err != nil {
			return nil, err
		}
		sets[len(sets)-1].pages, sets[len(sets)-1].blind = a.pages, a.blind
	}
	if err := add("fever-symmetric/dev", filepath.Join(shared, "bench", "fever-symmetric", "dev.jsonl"), "fever"); err != nil {
		return nil, err
	}
	return sets, nil
}

// ptb turns FEVER's Penn Treebank tokens back into plain text, as its
// scorer does (../shared/bench/fever-symmetric/score).
var ptb = map[string]string{"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": `"`, "''": `"`}

var (
	spaceBefore = regexp.MustCompile(` ([.,;:!?)\]'])`)
	spaceAfter  = regexp.MustCompile(`([(\[]) `)
)

func feverText(t string) string {
	words := strings.Fields(t)
	for i, w := range words {
		if r, ok := ptb[w]; ok {
			words[i] = r
		}
	}
	t = strings.Join(words, " ")
	t = spaceBefore.ReplaceAllString(t, "$1")
	t = spaceAfter.ReplaceAllString(t, "$1")
	return strings.ReplaceAll(strings.ReplaceAll(t, " 's", "'s"), " n't", "n't")
}

// indexFor returns the index a case is checked against: the seed's, or
// for FEVER a one-row collection of its evidence, as its scorer builds it
// (a TSV imported as `check -db` does, with the lexical relations).
func (s *set) indexFor(c labelled, seedIx *match.Index) (*match.Index, error) {
	switch s.kind {
	case "articles":
		return seedIx, nil
	case "archive":
		return s.pages.index()
	}
	tsv := "id\tclaim\ttitle\n1\t\"" + strings.ReplaceAll(feverText(c.Evidence), `"`, `""`) + "\"\t\n"
	cs, problems := collections.ReadTSV("db.tsv", strings.NewReader(tsv))
	if err := problems.Err(); err != nil {
		return nil, err
	}
	db := claims.FromClaims("db.tsv", cs)
	lx, err := lexical.For(db)
	if err != nil {
		return nil, err
	}
	db.Lexical = lx
	return match.NewIndex(db), nil
}

// articleTexts are the five articles, folded as the shared scorer folds
// them, to tell whether a quote stands in one.
var articleTexts = map[string]string{}

func loadArticles(shared string) error {
	files, err := filepath.Glob(filepath.Join(shared, "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no articles in %s/articles", shared)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		articleTexts[strings.TrimSuffix(filepath.Base(f), ".txt")] = fold(string(b))
	}
	return nil
}

var foldQuotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u2013", "-", "\u2014", "-")

// fold is the shared scorer's norm: NFKC, straight quotes and dashes,
// white space folded, lower case.
func fold(s string) string {
	s = foldQuotes.Replace(norm.NFKC.String(s))
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "))
}

// keyed reports whether a claim's quotes hold the case's key phrase in
// one of its articles: the claim the case is about, as the scorer reads
// the first match.
func keyed(c labelled, quotes []string) bool {
	for _, q := range quotes {
		fq := fold(q)
		if fq == "" || !strings.Contains(fq, c.Key) {
			continue
		}
		if len(c.Articles) == 0 {
			return true
		}
		for _, a := range c.Articles {
			if strings.Contains(articleTexts[a], fq) {
				return true
			}
		}
	}
	return false
}

// leftOut names the archives left out (-leave-out).
var leftOut = ""

// sharedDir is the shared data folder (-shared).
var sharedDir = "../shared"

var seedIndex = func() func() (*match.Index, error) {
	var ix *match.Index
	return func() (*match.Index, error) {
		if ix != nil {
			return ix, nil
		}
		db, err := seed.DB()
		if err != nil {
			return nil, err
		}
		ix = match.NewIndex(db) // the browser's configuration: no dictionary
		return ix, nil
	}
}()
