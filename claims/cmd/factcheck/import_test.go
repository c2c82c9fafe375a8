package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every subcommand's -h prints its usage on stdout and succeeds; an
// unknown flag prints it on stderr and exits with status 2.
func TestHelpAndBadFlags(t *testing.T) {
	for _, cmd := range []string{"build", "check", "rank", "export-claimreview"} {
		out, errOut, err := run(t, "", cmd, "-h")
		if err != nil || !strings.Contains(out, "Usage: factcheck "+cmd) || !strings.Contains(out, "-db") && cmd != "build" || errOut != "" {
			t.Errorf("%s -h: err %v, stdout %q, stderr %q", cmd, err, out, errOut)
		}
		out, errOut, err = run(t, "", cmd, "-no-such-flag")
		if err == nil || exitCode(err) != 2 || out != "" || !strings.Contains(errOut, "flag provided but not defined: -no-such-flag") || !strings.Contains(errOut, "Usage: factcheck "+cmd) {
			t.Errorf("%s -no-such-flag: err %v (code %d), stdout %q, stderr %q", cmd, err, exitCode(err), out, errOut)
		}
	}
	out, _, err := run(t, "", "build", "-h")
	for _, want := range []string{"-articles", "-feed", "-import", "-examples", ".json (factcheck claims database or schema.org ClaimReview JSON-LD)"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("build -h lacks %q:\n%s", want, out)
		}
	}
	if out, _, err := run(t, "", "help"); err != nil || !strings.Contains(out, "factcheck COMMAND -h") {
		t.Errorf("help: %v\n%s", err, out)
	}
}

// One table decides what a claims file is, for build -import, check -db
// and rank -db alike: a .json is a factcheck database when it says so,
// else ClaimReview; an unknown extension lists the accepted ones.
func TestOneTableOfClaimFiles(t *testing.T) {
	dir := t.TempDir()
	review, _ := os.ReadFile("../../testdata/claimreview.jsonld")
	reviewJSON := filepath.Join(dir, "reviews.json")
	os.WriteFile(reviewJSON, review, 0o644)
	dbJSON := filepath.Join(dir, "db.json")
	if _, _, err := run(t, "", "build", "-articles", "../../testdata/example-articles", "-o", dbJSON); err != nil {
		t.Fatal(err)
	}
	const hotline = "The US-Russia cyber hotline was abolished in 2016."
	for _, db := range []string{reviewJSON, "../../testdata/claimreview.jsonld"} {
		out, _, err := run(t, hotline+"\n", "check", "-jsonl", "-db", db)
		if err != nil || !strings.Contains(out, `"rating":"False"`) {
			t.Errorf("check -db %s: %v\n%s", db, err, out)
		}
	}
	out, _, err := run(t, "The harbour bridge reopened after six weeks of repairs.\n", "check", "-jsonl", "-db", dbJSON)
	if err != nil || !strings.Contains(out, `"verdict":"supported"`) {
		t.Errorf("check -db database.json: %v\n%s", err, out)
	}
	// build -import takes the same files: a database's articles and
	// claims, ClaimReview under either extension.
	merged := filepath.Join(dir, "merged.json")
	out, _, err = run(t, "", "build", "-import", dbJSON, "-import", reviewJSON, "-o", merged)
	if err != nil || !strings.Contains(out, "2 articles, 6 claims") {
		t.Errorf("build -import: %v\n%s", err, out)
	}
	if out, _, err := run(t, "id\ttext\nq1\tThe hotline was abolished\n", "rank", "-db", reviewJSON); err != nil || !strings.Contains(out, "q1 Q0 hotline-abolished-") {
		t.Errorf("rank -db reviews.json: %v\n%s", err, out)
	}
	odd := filepath.Join(dir, "claims.csv")
	os.WriteFile(odd, []byte("x"), 0o644)
	for _, args := range [][]string{{"check", "-db", odd, "x"}, {"rank", "-db", odd}, {"build", "-import", odd, "-o", merged}} {
		_, _, err := run(t, "", args...)
		if err == nil || !strings.Contains(err.Error(), `unknown kind of claims file ".csv": accepted are .json (factcheck claims database or schema.org ClaimReview JSON-LD), .jsonld (schema.org ClaimReview JSON-LD), .tsv (CheckThat!-style TSV)`) {
			t.Errorf("%v: %v", args, err)
		}
	}
}

// A file given to the wrong flag of build is refused, and the error names
// the flag that reads it.
func TestWrongFlagNamesTheRightOne(t *testing.T) {
	out := filepath.Join(t.TempDir(), "o.json")
	for _, c := range []struct{ flag, file, want string }{
		{"-import", "../../testdata/feeds/gazette.rss", "gazette.rss is an RSS, Atom or JSON feed: use -feed"},
		{"-feed", "../../testdata/claims.tsv", "claims.tsv is a CheckThat!-style TSV: use -import"},
		{"-feed", "../../testdata/claimreview.jsonld", "claimreview.jsonld is a schema.org ClaimReview JSON-LD: use -import"},
		{"-articles", "../../testdata/feeds/courier.atom", "courier.atom is an RSS, Atom or JSON feed: use -feed"},
		{"-articles", "../../testdata/newsroom/market-hall.md", "market-hall.md is a text or Markdown article: give -articles the folder that holds it"},
	} {
		if _, _, err := run(t, "", "build", c.flag, c.file, "-o", out); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("build %s %s: %v; want %q", c.flag, c.file, err, c.want)
		}
	}
}

// A newsroom's folder of saved pages and Markdown, with its feeds and an
// examples file: every piece is read, unsafe links are reported, and only
// examples the database settles are kept.
func TestBuildNewsroom(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "newsroom.json")
	examples := filepath.Join(dir, "examples.txt")
	os.WriteFile(examples, []byte("# tried on the newsroom's database\nThe ferry will run every 20 minutes from July 1.\nNorthshore council will spend 3.3 million dollars on its libraries.\nThe tunnel is painted blue.\n"), 0o644)
	out, errOut, err := run(t, "", "build", "-articles", "../../testdata/newsroom",
		"-feed", "../../testdata/feeds/gazette.rss", "-feed", "../../testdata/feeds/courier.atom", "-examples", examples, "-o", db)
	if err != nil {
		t.Fatal(err, errOut)
	}
	for _, want := range []string{
		`example dropped (unverified against this database): "The moon is made of cheese."`,
		`example dropped (unverified against this database): "The tunnel is painted blue."`,
		"wrote " + db + ": 7 articles",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("build output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, `warning: link "javascript:alert(1)" is not an http or https address; left out`) ||
		!strings.Contains(errOut, `warning: page url "javascript:alert(document.domain)"`) {
		t.Errorf("warnings:\n%s", errOut)
	}
	data, _ := os.ReadFile(db)
	var got struct{ Examples []string }
	json.Unmarshal(data, &got)
	want := []string{
		"The Harbour Tunnel will close for three weekends in June.",
		"The old market hall reopened on Saturday with 80 stalls.",
		"The ferry will run every 20 minutes from July 1.",
		"Northshore council will spend 3.3 million dollars on its libraries.",
	}
	if strings.Join(got.Examples, "\n") != strings.Join(want, "\n") {
		t.Errorf("examples:\n%q\nwant\n%q", got.Examples, want)
	}
}

// With no examples named, the database derives them from its claims, one
// with a changed figure that it contradicts.
func TestDerivedExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db.json")
	out, _, err := run(t, "", "build", "-articles", "../../testdata/example-articles", "-o", db)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(db)
	var got struct{ Examples []string }
	json.Unmarshal(data, &got)
	if len(got.Examples) < 2 {
		t.Fatalf("derived examples %q\n%s", got.Examples, out)
	}
	for _, e := range got.Examples {
		res, _, err := run(t, e+"\n", "check", "-jsonl", "-db", db)
		if err != nil || !(strings.Contains(res, `"verdict":"supported"`) || strings.Contains(res, `"verdict":"contradicted"`)) {
			t.Errorf("example %q does not answer: %s", e, res)
		}
	}
}
