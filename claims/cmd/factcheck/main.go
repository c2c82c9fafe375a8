// Command factcheck builds claims databases, checks statements against
// them, and serves the fact-checker (serve) or writes it as a static site
// (static). Run "factcheck help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "factcheck:", err)
		os.Exit(exitCode(err))
	}
}
