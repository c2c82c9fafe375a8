package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/claims/lexical"
	"github.com/factcheck/factcheck/claims/match"
)

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := newCommand("check", "check [-db FILE] [-jsonl] [-wordnet] [-ppdb] [\"statement\" ...]", stdout, stderr)
	dbPath := cmd.String("db", "", "claims database or collection (default: the seed database)")
	jsonl := cmd.Bool("jsonl", false, "read one statement per line, write one JSON object per line")
	ppdb := cmd.Bool("ppdb", true, "let PPDB 2.0 paraphrases of the claims' words stand in for a statement's words, as the browser does (-ppdb=false: not)")
	wordnet := cmd.Bool("wordnet", false, "also read WordNet's kinds of nouns (\"a book\" is no \"film\"), which the browser does not have: verdicts then differ from the page's")
	if err := cmd.parse(args); err != nil {
		return err
	}
	db, err := openDB(*dbPath, stderr)
	if err != nil {
		return err
	}
	ix := newIndex(db)
	ix.NoParaphrases = !*ppdb
	if *wordnet {
		ix.Dictionary = lexical.Kinds{}
	}
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
	texts := cmd.Args()
	if len(texts) == 0 {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("check: read stdin: %w", err)
		}
		texts = []string{string(data)}
	}
	blank := true
	for _, t := range texts {
		blank = blank && strings.TrimSpace(t) == ""
	}
	if blank {
		return usageError{"check: no statement given: write it as an argument, or on standard input"}
	}
	for _, t := range texts {
		printReport(stdout, ix.CheckText(t))
	}
	return nil
}

var verdictMark = map[match.Verdict]string{match.Supported: "✔ SUPPORTED", match.Contradicted: "✘ CONTRADICTED", match.Unverified: "? UNVERIFIED", match.Mixed: "± MIXED"}

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
			if r.NotCheckable != "" {
				fmt.Fprintf(w, "  – not checkable (%s)\n\n", r.NotCheckable)
			} else {
				fmt.Fprintf(w, "  – not checkable\n\n")
			}
			continue
		}
		if r.Confidence > 0 {
			fmt.Fprintf(w, "  %s (%.0f%% likely): %s\n", verdictMark[r.Verdict], 100*r.Confidence, r.Reason)
		} else {
			fmt.Fprintf(w, "  %s: %s\n", verdictMark[r.Verdict], r.Reason)
		}
		for i, m := range r.Matches {
			if i > 0 && r.Verdict != match.Unverified {
				break
			}
			rated := ""
			if m.Rating != "" {
				rated = " (rated " + m.Rating + ")"
			}
			fmt.Fprintf(w, "  claim %s [%s, score %.2f]: %s%s\n", m.ClaimID, m.Stance, m.Score, m.Claim, rated)
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
