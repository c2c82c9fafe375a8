package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

const usage = `factcheck builds claims databases and checks statements against them.

Usage:
  factcheck build -articles DIR [-curated FILE] [-import FILE]... -o FILE [-name NAME] [-v]
  factcheck check [-db FILE] "statement" ...     check statements (or stdin), readable output
  factcheck check [-db FILE] -jsonl              one statement per stdin line, one JSON object per line
  factcheck rank  -db FILE [-k 5] [-tag NAME]    queries.tsv on stdin (header, id<TAB>text) -> TREC run
  factcheck export-claimreview [-db FILE] [-base URL] [-o FILE]

-db takes a built database (.json) or a collection to import on the fly (.tsv, .jsonld);
without it, the seed database built from claims/articles is used.
`

// usageError marks a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

// Run is the whole command, testable without a process.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{"no command given"}
	}
	switch args[0] {
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "check":
		return runCheck(ctx, args[1:], stdin, stdout, stderr)
	case "rank":
		return runRank(ctx, args[1:], stdin, stdout, stderr)
	case "export-claimreview":
		return runExport(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageError{fmt.Sprintf("unknown command %q", args[0])}
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	return nil
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runBuild(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("build", stderr)
	dir := fs.String("articles", "", "folder of articles (.txt, or .md with front matter)")
	curated := fs.String("curated", "", "curated claims file (JSON Lines)")
	out := fs.String("o", "", "database file to write")
	name := fs.String("name", "", "name of the database")
	verbose := fs.Bool("v", false, "list every skipped sentence and why")
	var imports listFlag
	fs.Var(&imports, "import", "claim collection to import (.tsv CheckThat!-style, .json/.jsonld ClaimReview); repeatable")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageError{"build: -o FILE is required"}
	}
	if *dir == "" && len(imports) == 0 {
		return usageError{"build: give -articles DIR, -import FILE, or both"}
	}
	var (
		articles []*claims.Article
		cur      []claims.Curated
		err      error
	)
	if *dir != "" {
		if articles, err = claims.LoadArticles(*dir); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	if *curated != "" {
		if cur, err = claims.LoadCurated(*curated); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	if *name == "" {
		*name = strings.TrimSuffix(filepath.Base(*out), filepath.Ext(*out))
	}
	if articles == nil {
		articles = []*claims.Article{}
	}
	db, rep, err := claims.Build(*name, articles, cur)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	for _, path := range imports {
		cs, err := claims.ImportFile(path)
		if err != nil {
			return fmt.Errorf("build: %w", err)
		}
		db.Claims = append(db.Claims, cs...)
	}
	if err := claims.Save(*out, db); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	skipped := rep.Skipped()
	fmt.Fprintf(stdout, "wrote %s: %d articles, %d claims (%d sentences skipped)\n", *out, len(db.Articles), len(db.Claims), len(skipped))
	if *verbose {
		for _, s := range skipped {
			a := db.Article(s.Article)
			fmt.Fprintf(stdout, "  %s:%d: skipped (%s): %.70q\n", a.Path(), a.LineOf(s.Segment.Start), s.Segment.Reason, s.Text)
		}
	}
	return nil
}

// openDB loads -db: a built database, a collection to import, or the seed.
func openDB(path string) (*claims.DB, error) {
	if path == "" {
		db, err := seed.DB()
		if err != nil {
			return nil, fmt.Errorf("load seed claims db: %w", err)
		}
		return db, nil
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tsv", ".jsonld":
		cs, err := claims.ImportFile(path)
		if err != nil {
			return nil, err
		}
		return claims.FromClaims(filepath.Base(path), cs), nil
	}
	return claims.Load(path)
}

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("check", stderr)
	dbPath := fs.String("db", "", "claims database (default: the seed database)")
	jsonl := fs.Bool("jsonl", false, "read one statement per line, write one JSON object per line")
	if err := parse(fs, args); err != nil {
		return err
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	ix := match.NewIndex(db)
	if *jsonl {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for sc.Scan() {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := enc.Encode(ix.CheckText(sc.Text())); err != nil {
				return fmt.Errorf("check: write result: %w", err)
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("check: read statements: %w", err)
		}
		return nil
	}
	texts := fs.Args()
	if len(texts) == 0 {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("check: read stdin: %w", err)
		}
		texts = []string{string(data)}
	}
	for _, t := range texts {
		printReport(stdout, ix.CheckText(t))
	}
	return nil
}

var verdictMark = map[match.Verdict]string{match.Supported: "✔ SUPPORTED", match.Contradicted: "✘ CONTRADICTED", match.Unverified: "? UNVERIFIED", match.Mixed: "± MIXED", match.PartlySupported: "◐ PARTLY SUPPORTED"}

func printReport(w io.Writer, rep match.Report) {
	results := rep.Sentences
	if len(results) == 0 {
		results = []match.Result{rep.Result}
	} else {
		fmt.Fprintf(w, "%s: %s\n\n", verdictMark[rep.Verdict], rep.Reason)
	}
	for _, r := range results {
		fmt.Fprintf(w, "%s\n", strings.TrimSpace(r.Text))
		if !r.Checkable {
			fmt.Fprintf(w, "  – not checkable (%s)\n\n", r.NotCheckable)
			continue
		}
		if r.Confidence > 0 {
			fmt.Fprintf(w, "  %s (the source covers %.0f%% of it): %s\n", verdictMark[r.Verdict], 100*r.Confidence, r.Reason)
		} else {
			fmt.Fprintf(w, "  %s: %s\n", verdictMark[r.Verdict], r.Reason)
		}
		for i, m := range r.Matches {
			if i > 0 && r.Verdict != match.Unverified {
				break
			}
			fmt.Fprintf(w, "  claim %s [%s, score %.2f]: %s\n", m.ClaimID, m.Stance, m.Score, m.Claim)
			for _, s := range m.Sources {
				where := s.Outlet
				if where == "" {
					where = "unnamed outlet"
				}
				if s.Published != "" {
					where += ", " + s.Published
				}
				if s.Headline != "" {
					where += ", “" + s.Headline + "”"
				}
				fmt.Fprintf(w, "    source: %s\n      “%s”\n", where, s.Quote)
			}
		}
		fmt.Fprintln(w)
	}
}

func runRank(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("rank", stderr)
	dbPath := fs.String("db", "", "claims database or collection (.json, .tsv, .jsonld)")
	k := fs.Int("k", 5, "claims to rank per query")
	tag := fs.String("tag", "factcheck", "run tag (last column)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *k < 1 {
		return usageError{"rank: -k must be at least 1"}
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	ix := match.NewIndex(db)
	qs, err := claims.ImportTSV("stdin", stdin)
	if err != nil {
		return fmt.Errorf("rank: read queries: %w", err)
	}
	bw := bufio.NewWriter(stdout)
	for _, q := range qs {
		if err := ctx.Err(); err != nil {
			return err
		}
		for i, r := range ix.Rank(q.Text, *k) {
			fmt.Fprintf(bw, "%s Q0 %s %d %.4f %s\n", q.ID, r.Claim.ID, i+1, r.Score, *tag)
		}
	}
	return bw.Flush()
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export-claimreview", stderr)
	dbPath := fs.String("db", "", "claims database (default: the seed database)")
	base := fs.String("base", "", "address where the app is served, for each claim's url (e.g. https://factcheck.example.org)")
	out := fs.String("o", "", "file to write (default: stdout)")
	if err := parse(fs, args); err != nil {
		return err
	}
	db, err := openDB(*dbPath)
	if err != nil {
		return err
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("export-claimreview: %w", err)
		}
		defer f.Close()
		w = f
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(claims.ClaimReviews(db, *base))
}
