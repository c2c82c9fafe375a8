package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/factcheck/factcheck/claims/collections"
)

func runRank(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := newCommand("rank", "rank -db FILE [-k 5] [-tag NAME] < queries.tsv", stdout, stderr)
	dbPath := cmd.String("db", "", "claims database or collection (default: the seed database)")
	k := cmd.Int("k", 5, "claims to rank per query")
	tag := cmd.String("tag", "factcheck", "run tag (last column)")
	if err := cmd.parse(args); err != nil {
		return err
	}
	if *k < 1 {
		return usageError{"rank: -k must be at least 1"}
	}
	db, err := openDB(*dbPath, stderr)
	if err != nil {
		return err
	}
	ix := newIndex(db)
	qs, problems := collections.ReadTSV("stdin", stdin)
	if err := report(stderr, problems); err != nil {
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
