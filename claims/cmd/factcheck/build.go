package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/importers"
	"github.com/factcheck/factcheck/claims/lexical"
)

func runBuild(args []string, stdout, stderr io.Writer) error {
	cmd := newCommand("build", "build -articles DIR [-feed FILE]... [-curated FILE] [-import FILE]... [-examples FILE] -o FILE [-name NAME] [-v]", stdout, stderr)
	dir := cmd.String("articles", "", "folder of articles: .txt, .md with front matter, saved .html/.htm pages")
	curated := cmd.String("curated", "", "curated claims file (JSON Lines)")
	examplesPath := cmd.String("examples", "", "statements for readers to try, one a line (# comments); default: those the articles' front matter names, else derived from the claims")
	out := cmd.String("o", "", "database file to write")
	name := cmd.String("name", "", "name of the database (default: the output file's name)")
	verbose := cmd.Bool("v", false, "list every skipped sentence and why")
	var imports, feeds listFlag
	cmd.Var(&imports, "import", "claim collection or database to add: "+claims.AcceptedCollections()+"; repeatable")
	cmd.Var(&feeds, "feed", "RSS or Atom file with full content, each item an article; repeatable")
	if err := cmd.parse(args); err != nil {
		return err
	}
	if cmd.NArg() > 0 {
		cmd.printUsage(stderr)
		return usageError{fmt.Sprintf("build: unexpected argument %q", cmd.Arg(0))}
	}
	if *out == "" {
		return usageError{"build: -o FILE is required"}
	}
	if *dir == "" && len(feeds) == 0 && len(imports) == 0 {
		return usageError{"build: give -articles DIR, -feed FILE or -import FILE"}
	}
	var problems claims.ErrorList
	var articles []*claims.Article
	if *dir != "" {
		arts, probs := importers.LoadArticles(*dir)
		articles, problems = arts, append(problems, probs...)
	}
	for _, f := range feeds {
		arts, probs := importers.LoadFeed(f)
		articles, problems = append(articles, arts...), append(problems, probs...)
	}
	if err := report(stderr, problems); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	var cur []claims.Curated
	if *curated != "" {
		var err error
		if cur, err = claims.LoadCurated(*curated); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	if *name == "" {
		*name = strings.TrimSuffix(filepath.Base(*out), filepath.Ext(*out))
	}
	db, rep, err := claims.Build(*name, articles, cur)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	for _, path := range imports {
		from, problems := claims.OpenCollection(path)
		if from != nil {
			problems = append(problems, db.Merge(path, from.Articles, from.Claims)...)
		}
		if err := report(stderr, problems); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	// What the claims' words mean to a reader's (from WordNet), before the
	// examples are checked with them.
	if db.Lexical, err = lexical.For(db); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	if err := chooseExamples(db, *examplesPath, stdout); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	if err := claims.Save(*out, db); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	skipped := rep.Skipped()
	fmt.Fprintf(stdout, "wrote %s: %d articles, %d claims (%d sentences skipped), %d examples\n", *out, len(db.Articles), len(db.Claims), len(skipped), len(db.Examples))
	if *verbose {
		for _, s := range skipped {
			a := db.Article(s.Article)
			fmt.Fprintf(stdout, "  %s: skipped (%s): %.70q\n", claims.Pos{File: a.Path(), Line: a.LineOf(s.Segment.Start)}, s.Segment.Reason, s.Text)
		}
	}
	return nil
}
