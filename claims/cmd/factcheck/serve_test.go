//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// testWeb makes a web folder as `make wasm` leaves it, with a stand-in
// app.wasm (the site only sends it).
func testWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir("../../../web")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, "app.wasm") || strings.HasPrefix(n, "claims.") || strings.HasPrefix(n, ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join("../../../web", n))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, n), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("\x00asm\x01\x00\x00\x00"), 0o644)
	return dir
}

// buildTestDB builds a small database with `factcheck build`, which writes
// its index beside it.
func buildTestDB(t *testing.T) (db, index string) {
	t.Helper()
	dir := t.TempDir()
	db = filepath.Join(dir, "example.json")
	if _, _, err := run(t, "", "build", "-articles", "../../testdata/example-articles", "-o", db); err != nil {
		t.Fatal(err)
	}
	index = filepath.Join(dir, "example.index")
	if _, err := os.Stat(index); err != nil {
		t.Fatalf("build wrote no index beside the database: %v", err)
	}
	return db, index
}

// TestServe: `factcheck serve` serves the database it is given, with the
// index the build wrote beside it, on the address it says, until it is
// stopped.
func TestServe(t *testing.T) {
	db, index := buildTestDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logr, logw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "-db", db, "-web", testWeb(t), "-addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, logw)
		logw.Close()
	}()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(logr)
		for sc.Scan() {
			if m := regexp.MustCompile(`serving .*example\.json \(\d+ claims\) on (http://\S+)`).FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	var base string
	select {
	case base = <-addr:
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	case <-time.After(2 * time.Minute):
		t.Fatal("serve said no address")
	}
	for path, want := range map[string]string{"/": "<html", "/about": "<html", "/web/claims.json": "factcheck-claims"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: status %d, lacks %q", path, resp.StatusCode, want)
		}
	}
	resp, err := http.Get(base + "/web/claims.index")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want, _ := os.ReadFile(index); !bytes.Equal(got, want) {
		t.Errorf("/web/claims.index: %d bytes, not the %d the build wrote", len(got), len(want))
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve, stopped: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("serve did not stop")
	}
}

// TestStatic: `factcheck static` writes the site into the folder given.
func TestStatic(t *testing.T) {
	db, index := buildTestDB(t)
	out := filepath.Join(t.TempDir(), "dist")
	stdout, _, err := run(t, "", "static", "-o", out, "-db", db, "-web", testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, "wrote static site to "+out+" from "+db) {
		t.Errorf("output: %s", stdout)
	}
	for _, f := range []string{"index.html", "about/index.html", "404.html", "web/claims.json", "app.js"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("static site: %v", err)
		}
	}
	got, _ := os.ReadFile(filepath.Join(out, "web", "claims.index"))
	if want, _ := os.ReadFile(index); !bytes.Equal(got, want) {
		t.Errorf("web/claims.index: %d bytes, not the %d the build wrote", len(got), len(want))
	}
}

// TestSiteHelpAndMistakes: -h prints a subcommand's usage on stdout and
// succeeds; a mistake says what it is, with exit status 2.
func TestSiteHelpAndMistakes(t *testing.T) {
	for _, cmd := range []string{"serve", "static", "compress"} {
		out, errOut, err := run(t, "", cmd, "-h")
		if err != nil || !strings.Contains(out, "Usage: factcheck "+cmd) || errOut != "" {
			t.Errorf("%s -h: %v, stdout %q, stderr %q", cmd, err, out, errOut)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "-no-such-flag"}, "flag provided but not defined"},
		{[]string{"serve", "extra"}, `unexpected argument "extra"`},
		{[]string{"static"}, "-o DIR is required"},
		{[]string{"compress"}, "no file given"},
	} {
		_, _, err := run(t, "", tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err) != 2 {
			t.Errorf("%v: %v (exit %d), want %q (exit 2)", tc.args, err, exitCode(err), tc.want)
		}
	}
}
