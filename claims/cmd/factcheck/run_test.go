package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestCheckJSONL(t *testing.T) {
	in := "Russia does not have an extradition treaty with the U.S.\nRoman Seleznev was arrested in 2016.\nThe moon is made of cheese.\n\n"
	out, _, err := run(t, in, "check", "-jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d output lines for 4 input lines:\n%s", len(lines), out)
	}
	want := []string{"supported", "contradicted", "unverified", "unverified"}
	for i, l := range lines {
		var r struct {
			Text       string  `json:"text"`
			Verdict    string  `json:"verdict"`
			Confidence float64 `json:"confidence"`
			Reason     string  `json:"reason"`
			Matches    []struct {
				ClaimID string  `json:"claim_id"`
				Claim   string  `json:"claim"`
				Stance  string  `json:"stance"`
				Score   float64 `json:"score"`
				Sources []struct {
					Article, Outlet, Published, Quote string
					Start, End                        int
				} `json:"sources"`
			} `json:"matches"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if r.Verdict != want[i] {
			t.Errorf("line %d %q: verdict %s, want %s", i, r.Text, r.Verdict, want[i])
		}
		if r.Verdict != "unverified" {
			m := r.Matches[0]
			if m.ClaimID == "" || m.Claim == "" || m.Stance == "" || len(m.Sources) == 0 || m.Sources[0].Quote == "" || m.Sources[0].Outlet == "" || m.Sources[0].Published == "" || m.Sources[0].End <= m.Sources[0].Start {
				t.Errorf("line %d: incomplete match %+v", i, m)
			}
		}
	}
}

func TestCheckReadable(t *testing.T) {
	out, _, err := run(t, "", "check", "Drinkman was arrested in Amsterdam in 2014.")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"CONTRADICTED", "the source says 2012, you wrote 2014", "SC Magazine", "Vladimir Drinkman, was arrested in Amsterdam in 2012"} {
		if !strings.Contains(strings.ToLower(out), strings.ToLower(want)) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBuildAndCheckAnotherDB(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "example.json")
	out, _, err := run(t, "", "build", "-articles", "../../testdata/example-articles", "-import", "../../testdata/claimreview.jsonld", "-o", db, "-v")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "wrote "+db+": 2 articles") || !strings.Contains(out, "harbour-bridge.md:11: skipped (question)") {
		t.Errorf("build output:\n%s", out)
	}
	out, _, err = run(t, "The harbour bridge reopened after six weeks of repairs.\nThe US-Russia cyber hotline was abolished in 2016.\n", "check", "-jsonl", "-db", db)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.Contains(lines[0], `"verdict":"supported"`) || !strings.Contains(lines[0], `"outlet":"The Example Gazette"`) {
		t.Errorf("line 0: %s", lines[0])
	}
	if !strings.Contains(lines[1], `"rating":"False"`) {
		t.Errorf("line 1 lacks the imported rating: %s", lines[1])
	}
}

func TestRank(t *testing.T) {
	q := "id\ttext\nq1\tBill Gates wants vaccines to reduce the population #vaccines\nq2\tshark swimming on the highway!!\n"
	out, _, err := run(t, q, "rank", "-db", "../../testdata/claims.tsv", "-k", "2", "-tag", "t")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "q1 Q0 2 1 ") || !strings.HasSuffix(lines[0], " t") || !strings.HasPrefix(lines[len(lines)-1], "q2 Q0 1 ") {
		t.Errorf("run:\n%s", out)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	trunc := filepath.Join(dir, "trunc.json")
	os.WriteFile(trunc, []byte(`{"format":"factcheck-claims","version":1,"articles":[`), 0o644)
	for _, tc := range []struct {
		args []string
		want string
		code int
	}{
		{nil, "no command given", 2},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`, 2},
		{[]string{"build", "-articles", "x"}, "-o FILE is required", 2},
		{[]string{"build", "-articles", filepath.Join(dir, "none"), "-o", filepath.Join(dir, "o.json")}, "read articles folder", 1},
		{[]string{"check", "-db", filepath.Join(dir, "missing.json"), "x"}, "read claims file", 1},
		{[]string{"check", "-db", trunc, "x"}, "truncated or corrupt", 1},
		{[]string{"rank", "-k", "0"}, "-k must be at least 1", 2},
	} {
		_, _, err := run(t, "", tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err) != tc.code {
			t.Errorf("%v: error %v (code %d), want %q (code %d)", tc.args, err, exitCode(err), tc.want, tc.code)
		}
	}
}

// TestExportClaimReview: the export is the imported fact-checks, each a
// ClaimReview with its own rating and address; the seed's sentences are no
// reviews, and exporting it says so.
func TestExportClaimReview(t *testing.T) {
	out, _, err := run(t, "", "export-claimreview", "-db", "../../testdata/claimreview.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	var reviews []map[string]any
	if err := json.Unmarshal([]byte(out), &reviews); err != nil {
		t.Fatal(err)
	}
	if len(reviews) == 0 || reviews[0]["@type"] != "ClaimReview" || reviews[0]["url"] != "https://factcheck.example.org/reviews/hotline-abolished" {
		t.Fatalf("export: %d reviews, first %v", len(reviews), reviews)
	}
	if r, _ := reviews[0]["reviewRating"].(map[string]any); r["alternateName"] != "False" {
		t.Errorf("rating %v, want the imported one (False)", r)
	}
	out, errOut, err := run(t, "", "export-claimreview")
	if err != nil || strings.TrimSpace(out) != "[]" || !strings.Contains(errOut, "no imported fact-check") {
		t.Errorf("the seed exported as %q (stderr %q, %v); want [] and a note", out, errOut, err)
	}
}

// TestCheckWithoutStatement: nothing to check is a usage error that says
// what to give, not an empty "not checkable ()" report.
func TestCheckWithoutStatement(t *testing.T) {
	for _, stdin := range []string{"", "  \n\t\n"} {
		out, _, err := run(t, stdin, "check")
		var u usageError
		if !errors.As(err, &u) || !strings.Contains(err.Error(), "no statement") {
			t.Errorf("stdin %q: error %v, want a usage error naming the missing statement", stdin, err)
		}
		if strings.Contains(out, "not checkable") {
			t.Errorf("stdin %q: output %q", stdin, out)
		}
	}
}

// TestReadmeBuildOutput: the README's "Use your own articles" quotes what
// step 1 prints for claims/testdata/newsroom; it must be what the build
// prints today.
func TestReadmeBuildOutput(t *testing.T) {
	readme, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "my-claims.json")
	out, _, err := run(t, "", "build", "-articles", "../../testdata/newsroom", "-o", db)
	if err != nil {
		t.Fatal(err)
	}
	var line string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "wrote ") {
			line = l
		}
	}
	quoted := strings.Replace(line, db, "my-claims.json", 1)
	// The README wraps lines: compare with runs of white space as one.
	if !strings.Contains(strings.Join(strings.Fields(string(readme)), " "), quoted) {
		t.Errorf("the README does not quote the build's output %q", quoted)
	}
}

// TestBuildVerboseSaysWhatWasLeftOut: -v prints the examples and every
// line left out of a page's text as furniture, with its reason, on a
// rebuild from the cache too, so a newsroom can audit what was dropped.
func TestBuildVerboseSaysWhatWasLeftOut(t *testing.T) {
	db := filepath.Join(t.TempDir(), "newsroom.json")
	for _, pass := range []string{"first build", "rebuild from the cache"} {
		out, _, err := run(t, "", "build", "-articles", "../../testdata/newsroom", "-o", db, "-v")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			"  example: The Harbour Tunnel will close for three weekends in June.",
			`harbour-tunnel.html: left out of the text (link lead-in): "Read more: Harbour bridge reopens after repairs"`,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: -v lacks %q:\n%s", pass, want, out)
			}
		}
	}
}

// TestBuildLeavesOutWhatTheCheckerTurnsAway: a sentence the checker would
// not check as a statement (a question, a score line with no verb) is no
// claim: the build skips it with the checker's reason.
func TestBuildLeavesOutWhatTheCheckerTurnsAway(t *testing.T) {
	dir := t.TempDir()
	article := "---\noutlet: Florida Today\nheadline: Scores\npublished: 2019-11-20\n---\nViera beat Rockledge 4-0 on Tuesday night in the district final.\n\nViera (4-0): K. Hupfer 1 goal.\n\nWhat does the win mean for the playoffs?\n"
	if err := os.WriteFile(filepath.Join(dir, "scores.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "", "build", "-articles", dir, "-o", filepath.Join(t.TempDir(), "db.json"), "-v")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 claims", `skipped (not checkable: no verb`, `"Viera (4-0): K. Hupfer 1 goal."`} {
		if !strings.Contains(out, want) {
			t.Errorf("build output lacks %q:\n%s", want, out)
		}
	}
}
