package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/importers"
	"github.com/factcheck/factcheck/claims/lexical"
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/seed"
)

const usage = `factcheck builds claims databases, checks statements against them, and serves them.

Usage:
  factcheck build -articles DIR... [-feed FILE]... [-curated FILE] [-import FILE]... [-examples FILE] [-lang en] [-strict] -o FILE [-name NAME] [-v]
  factcheck check [-db FILE] "statement" ...     check statements (or stdin), readable output
  factcheck check [-db FILE] -jsonl              one statement per stdin line, one JSON object per line
  factcheck rank  -db FILE [-k 5] [-tag NAME]    queries.tsv on stdin (header, id<TAB>text) -> TREC run
  factcheck export-claimreview [-db FILE] [-o FILE]  imported fact-checks as ClaimReview JSON-LD
  factcheck serve [-db FILE] [-shards DIR] [-site FILE] [-addr 127.0.0.1:8000] [-demo ADDR] ...   serve the fact-checker
  factcheck static -o DIR [-db FILE] [-shards DIR] [-site FILE] [-base URL]   write it as a static site any file server serves
  factcheck compress FILE...                     write FILE.br and FILE.gz beside each FILE (make wasm)
  factcheck pack-wasm [-keep-lines] FILE...      rewrite a Go-built .wasm's data so it compresses smaller (make wasm)

"factcheck COMMAND -h" describes a command's flags.

-db and -import take a built database (.json) or a claim collection:
` + "%s" + `.
Without -db, the seed database built from claims/articles is used.
`

// usageText is the usage with the accepted claim files filled in.
func usageText() string { return fmt.Sprintf(usage, importers.Accepted(importers.FlagImport)) }

// usageError marks a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// errHelp is returned when -h was asked for: usage went to stdout, and the
// command succeeds.
var errHelp = errors.New("help requested")

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
		fmt.Fprint(stderr, usageText())
		return usageError{"no command given"}
	}
	var err error
	switch args[0] {
	case "build":
		err = runBuild(args[1:], stdout, stderr)
	case "check":
		err = runCheck(ctx, args[1:], stdin, stdout, stderr)
	case "rank":
		err = runRank(ctx, args[1:], stdin, stdout, stderr)
	case "export-claimreview":
		err = runExport(args[1:], stdout, stderr)
	case "serve":
		err = runServe(ctx, args[1:], stdout, stderr)
	case "static":
		err = runStatic(args[1:], stdout, stderr)
	case "compress":
		err = runCompress(args[1:], stdout, stderr)
	case "pack-wasm":
		err = runPackWasm(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usageText())
		return nil
	default:
		fmt.Fprint(stderr, usageText())
		return usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

// command is one subcommand's flags and the line that says how to call it.
type command struct {
	*flag.FlagSet
	synopsis       string
	stdout, stderr io.Writer
}

func newCommand(name, synopsis string, stdout, stderr io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr) // the flag package's own message for a bad flag
	fs.Usage = func() {}
	return &command{FlagSet: fs, synopsis: synopsis, stdout: stdout, stderr: stderr}
}

// printUsage writes the command's synopsis and flags to w.
func (c *command) printUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: factcheck %s\n\nFlags:\n", c.synopsis)
	c.SetOutput(w)
	c.PrintDefaults()
	c.SetOutput(c.stderr)
}

// parse reads the flags: -h prints usage on stdout (errHelp), a bad flag
// prints it on stderr (a usage error, exit status 2).
func (c *command) parse(args []string) error {
	err := c.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.printUsage(c.stdout)
		return errHelp
	case err != nil:
		c.printUsage(c.stderr)
		return usageError{c.Name() + ": " + err.Error()}
	}
	return nil
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// report writes the warnings of problems to stderr and returns the
// errors, if any, as one error.
func report(stderr io.Writer, problems claims.ErrorList) error {
	for _, w := range problems.Warnings() {
		fmt.Fprintln(stderr, "factcheck:", w.Error())
	}
	return problems.Err()
}

// newIndex indexes db for checking as the browser does: with no
// dictionary (check -wordnet adds WordNet's, lexical.Kinds).
func newIndex(db *claims.DB) *match.Index {
	return match.NewIndex(db)
}

// openDB loads -db: a built database, a collection to import (the
// -import rows of importers.Kinds), or the seed.
func openDB(path string, stderr io.Writer) (*claims.DB, error) {
	if path == "" {
		db, err := seed.DB()
		if err != nil {
			return nil, fmt.Errorf("load seed claims db: %w", err)
		}
		return db, nil
	}
	db, problems := importers.OpenCollection(path)
	if err := report(stderr, problems); err != nil {
		return nil, err
	}
	// A collection imported on the fly has no lexical relations yet.
	if db.Lexical == nil {
		lx, err := lexical.For(db)
		if err != nil {
			return nil, err
		}
		db.Lexical = lx
	}
	return db, nil
}
