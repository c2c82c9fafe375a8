package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
	"github.com/factcheck/factcheck/claims/importers"
	"github.com/factcheck/factcheck/claims/lexical"
	"github.com/factcheck/factcheck/claims/match"
)

func runBuild(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("build", "build -articles DIR... [-feed FILE]... [-curated FILE] [-import FILE]... [-examples FILE] [-lang en,fr] [-outlet NAME] [-strict] -o FILE [-shards DIR] [-name NAME] [-v]", stdout, stderr)
	curated := cmd.String("curated", "", "curated claims file (JSON Lines)")
	examplesPath := cmd.String("examples", "", "statements for readers to try, one a line (# comments); default: those the articles' front matter names, else derived from the claims")
	out := cmd.String("o", "", "database file to write, and beside it its search index (FILE.index for FILE.json), which serve and static load")
	shardDir := cmd.String("shards", "", "folder to write the database as a sharded index, which a check fetches in parts (for archives too large for one file; see README)")
	name := cmd.String("name", "", "name of the database (default: the output file's name)")
	verbose := cmd.Bool("v", false, "say how much of each page was kept, and list every skipped sentence and why")
	strict := cmd.Bool("strict", false, "make every warning an error (a page with no article text, an article in a language left out, a link left out…)")
	noCache := cmd.Bool("no-cache", false, "parse every article file again; by default a build keeps OUT.cache beside its output and re-reads only the files that changed")
	outlet := cmd.String("outlet", "", "the outlet of pages and articles that name none (a newsroom's own archive); without it such an article is a warning, and readers see \"Outlet not named\"")
	langs := cmd.String("lang", "en", "comma-separated ISO 639-1 codes of the languages read for claims; an article detected in another is kept but gives no claim (the checker checks English)")
	cpuProfile := cmd.String("cpuprofile", "", "write a CPU profile of the build to FILE (go tool pprof)")
	memProfile := cmd.String("memprofile", "", "write a heap profile to FILE once the database is built, with what is still held then (go tool pprof)")
	var imports, feeds, dirs listFlag
	cmd.Var(&dirs, "articles", "folder of articles, each file one article: "+importers.Accepted(importers.FlagArticles)+"; repeatable")
	cmd.Var(&imports, "import", "claim collection or database to add: "+importers.Accepted(importers.FlagImport)+"; repeatable")
	cmd.Var(&feeds, "feed", "feed whose items carry their full content, each item an article: "+importers.Accepted(importers.FlagFeed)+"; repeatable")
	if err := cmd.parse(args); err != nil {
		return err
	}
	if cmd.NArg() > 0 {
		cmd.printUsage(stderr)
		return usageError{fmt.Sprintf("build: unexpected argument %q", cmd.Arg(0))}
	}
	if *out == "" && *shardDir == "" {
		return usageError{"build: -o FILE is required (or -shards DIR)"}
	}
	output := *out // what the cache and the default name go by
	if output == "" {
		output = filepath.Clean(*shardDir) + ".json"
	}
	if len(dirs) == 0 && len(feeds) == 0 && len(imports) == 0 {
		return usageError{"build: give -articles DIR, -feed FILE or -import FILE"}
	}
	languages, err := parseLanguages(*langs)
	if err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return fmt.Errorf("build: %w", err)
		}
		defer stop()
	}
	rep := reporter{stderr: stderr, strict: *strict}
	var articles []*claims.Article
	for i, dir := range dirs {
		opts := importers.LoadOptions{Progress: newProgress(stderr, "reading "+dir).update}
		if !*noCache {
			opts.Cache = output + ".cache"
			if i > 0 {
				opts.Cache = fmt.Sprintf("%s.%d.cache", output, i+1)
			}
		}
		arts, probs, stats := importers.LoadArticlesFrom(dir, opts)
		articles = append(articles, arts...)
		rep.add(probs)
		if stats.FromCache > 0 {
			fmt.Fprintf(stdout, "read %d article files in %s: %d parsed, %d unchanged since the last build (cache %s)\n", stats.Files, dir, stats.Parsed, stats.FromCache, opts.Cache)
		}
	}
	for _, f := range feeds {
		arts, probs := importers.LoadFeed(f)
		articles = append(articles, arts...)
		rep.add(probs)
	}
	var unnamed claims.ErrorList
	for _, a := range articles {
		switch {
		case a.Outlet != "":
		case *outlet != "":
			a.Outlet = *outlet
		default:
			unnamed.Warn(claims.Pos{File: a.Path()}, "names no outlet and has no address to name one by: readers see \"Outlet not named\" (-outlet NAME names it)")
		}
	}
	rep.add(unnamed)
	if err := rep.err(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	var cur []build.Curated
	if *curated != "" {
		if cur, err = build.LoadCurated(*curated); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	if *name == "" {
		*name = strings.TrimSuffix(filepath.Base(output), filepath.Ext(output))
	}
	db, brep, err := build.BuildWith(*name, articles, cur, build.BuildOptions{Languages: languages, NotCheckable: checkerScope(), Progress: newProgress(stderr, "building claims").update})
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	var left claims.ErrorList
	for _, l := range brep.LeftOut {
		left.Warn(claims.Pos{File: l.Article.Path()}, "%s: left out of the claims (-lang %s keeps it, but the checker still turns away the sentences it cannot read)", l.Reason, l.Article.Lang)
	}
	rep.add(left)
	if err := rep.err(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	for _, path := range imports {
		from, problems := importers.OpenCollection(path)
		if from != nil {
			problems = append(problems, db.Merge(path, from.Articles, from.Claims)...)
		}
		rep.add(problems)
		if err := rep.err(); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	// What the claims' words mean to a reader's (from WordNet), before the
	// examples are checked with them.
	if db.Lexical, err = lexical.For(db); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	// One index, for the examples and the shards.
	ix := match.BuildIndex(db, newProgress(stderr, "indexing claims").update)
	ix.Dictionary = lexical.Kinds{}
	if err := chooseExamples(db, ix, *examplesPath, stdout); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	if *out != "" {
		if err := claims.Save(*out, db); err != nil {
			return fmt.Errorf("build: %w", err)
		}
		if err := writeIndex(ix, indexFile(*out)); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	if *shardDir != "" {
		if err := writeShards(ix, *shardDir, stdout, stderr); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	if *memProfile != "" {
		if err := writeHeapProfile(*memProfile); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	skipped := brep.Skipped()
	wrote := *out // or, with -shards alone, the shards
	if wrote == "" {
		wrote = *shardDir
	}
	fmt.Fprintf(stdout, "wrote %s: %d articles, %d claims (%d sentences skipped), %d examples\n", wrote, len(db.Articles), len(db.Claims), len(skipped), len(db.Examples))
	if *verbose {
		for _, e := range db.Examples {
			fmt.Fprintf(stdout, "  example: %s\n", e)
		}
		for _, a := range articles {
			if a.Extraction != "" {
				fmt.Fprintf(stdout, "  %s: %s, language %s\n", a.Path(), a.Extraction, orUnknown(a.Lang))
			}
			for _, l := range a.LeftOut {
				fmt.Fprintf(stdout, "  %s: left out of the text %s\n", a.Path(), l)
			}
		}
		for _, s := range skipped {
			a := db.Article(s.Article)
			fmt.Fprintf(stdout, "  %s: skipped (%s): %.70q\n", claims.Pos{File: a.Path(), Line: a.LineOf(s.Segment.Start)}, s.Segment.Reason, s.Text)
		}
	}
	return nil
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// parseLanguages reads -lang: ISO 639-1 codes, comma-separated.
func parseLanguages(list string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, c := range strings.Split(list, ",") {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" {
			continue
		}
		if len(c) != 2 || c[0] < 'a' || c[0] > 'z' || c[1] < 'a' || c[1] > 'z' {
			return nil, usageError{fmt.Sprintf("build: -lang %q: want two-letter ISO 639-1 codes such as en,fr", list)}
		}
		out[c] = true
	}
	if len(out) == 0 {
		return nil, usageError{"build: -lang names no language"}
	}
	return out, nil
}

// checkerScope returns the checker's own test of a sentence: the reason
// it would give for not checking it when that reason is its language.
// A sentence the checker would turn away as another language (a quote in
// Portuguese inside an English story) becomes no claim, so the build and
// the checker agree on what is checkable.
func checkerScope() func(string) string {
	ix := match.NewIndex(claims.NewDB("scope", nil, nil))
	// The answer for each sentence, remembered: an archive repeats its
	// sentences (copies of a wire story, a page's standing lines), and
	// the checker's test is its slowest part per sentence. Forgotten when
	// it grows past scopeMemo, so memory stays bounded.
	// The builder asks from several goroutines at once.
	var mu sync.Mutex
	memo := map[string]string{}
	return func(s string) string {
		mu.Lock()
		why, ok := memo[s]
		mu.Unlock()
		if ok {
			return why
		}
		why = notCheckable(ix, s)
		mu.Lock()
		if len(memo) >= scopeMemo {
			clear(memo)
		}
		memo[s] = why
		mu.Unlock()
		return why
	}
}

// scopeMemo is how many sentences checkerScope remembers (a sentence and
// its answer: a few hundred bytes each).
const scopeMemo = 1 << 17

// notCheckable is checkerScope's answer for one sentence.
func notCheckable(ix *match.Index, s string) string {
	rep := ix.CheckText(s)
	results := rep.Sentences
	if len(results) == 0 {
		results = []match.Result{rep.Result}
	}
	why := ""
	for _, r := range results {
		if r.NotCheckable == match.ReasonLanguage {
			return "not checkable: " + r.NotCheckable
		}
		if r.Checkable {
			return "" // a claim a statement can meet
		}
		if why == "" {
			why = r.NotCheckable
		}
	}
	if why == "" {
		return ""
	}
	// A question, or a phrase with no verb ("Viera (4-0): K. Hupfer 1
	// goal."), the checker turns away as a statement: no reader's
	// words would ever be checked against it as a claim either.
	return "not checkable: " + why
}

// reporter writes warnings to stderr as they come and keeps the errors;
// with -strict a warning is an error.
type reporter struct {
	stderr io.Writer
	strict bool
	errs   claims.ErrorList
}

func (r *reporter) add(problems claims.ErrorList) {
	for _, w := range problems.Warnings() {
		if r.strict {
			r.errs = append(r.errs, claims.Problem{Pos: w.Pos, Msg: w.Msg + " (an error with -strict)"})
			continue
		}
		fmt.Fprintln(r.stderr, "factcheck:", w.Error())
	}
	for _, p := range problems {
		if !p.Warning {
			r.errs = append(r.errs, p)
		}
	}
}

func (r *reporter) err() error {
	r.errs.Sort()
	return r.errs.Err()
}

// indexFile is where the index of the database file db is kept: beside
// it, as FILE.index for FILE.json (claims.json: claims.index, the names
// the site deploys them under). `factcheck serve` and `static` load it
// instead of indexing the database again (minutes at 100,000 claims).
func indexFile(db string) string {
	if filepath.Ext(db) == ".index" {
		return db + ".index" // never the database itself
	}
	return strings.TrimSuffix(db, filepath.Ext(db)) + ".index"
}

// writeIndex writes ix's binary form (match.DecodeIndex reads it) to file.
func writeIndex(ix *match.Index, file string) error {
	data, err := match.EncodeIndex(ix)
	if err != nil {
		return err
	}
	return os.WriteFile(file, data, 0o644)
}
