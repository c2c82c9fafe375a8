package importers

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// hints are what a file of each extension is, as a flag that does not read
// it says: "NAME is a saved HTML page: use -articles". Every extension of
// Kinds has one (TestEveryKindReadByItsFlagAlone checks).
var hints = map[string]string{
	".txt": "is a text or Markdown article: use -articles", ".md": "is a text or Markdown article: use -articles",
	".markdown": "is a text or Markdown article: use -articles",
	".html":     "is a saved HTML page: use -articles", ".htm": "is a saved HTML page: use -articles",
	".rss": "is an RSS, Atom or JSON feed: use -feed", ".atom": "is an RSS, Atom or JSON feed: use -feed",
	".xml":    "is an RSS, Atom or JSON feed: use -feed",
	".json":   "is a factcheck claims database or schema.org ClaimReview JSON-LD: use -import",
	".jsonld": "is a schema.org ClaimReview JSON-LD: use -import", ".tsv": "is a CheckThat!-style TSV: use -import",
}

// samples are real files of each kind, by its name.
var samples = map[string]string{
	"text or Markdown article":       "../testdata/newsroom/market-hall.md",
	"saved HTML page":                "../testdata/newsroom/harbour-tunnel.html",
	"RSS, Atom or JSON feed":         "../testdata/feeds/gazette.rss",
	"factcheck claims database":      "../seed/claims.json",
	"schema.org ClaimReview JSON-LD": "../testdata/claimreview.jsonld",
	"CheckThat!-style TSV":           "../testdata/claims.tsv",
}

// read reads path as flag does (a folder for -articles), and says how
// many articles or claims it gave.
func read(flag Flag, path string) (int, claims.ErrorList) {
	switch flag {
	case FlagArticles:
		arts, errs := LoadArticles(path)
		return len(arts), errs
	case FlagFeed:
		arts, errs := LoadFeed(path)
		return len(arts), errs
	default:
		db, errs := OpenCollection(path)
		if db == nil {
			return 0, errs
		}
		return len(db.Claims), errs
	}
}

// Every row's extensions are read by its flag and refused by the others,
// which name the flag that reads them; each extension names one flag.
func TestEveryKindReadByItsFlagAlone(t *testing.T) {
	flags := []Flag{FlagArticles, FlagFeed, FlagImport}
	flagOf := map[string]Flag{}
	for _, k := range Kinds {
		if k.Name == "" || k.About == "" || len(k.Exts) == 0 {
			t.Errorf("%s row %q: give it a name, a line about it and its extensions", k.Flag, k.Name)
		}
		if readers := (k.Article != nil) == (k.Flag == FlagArticles) && (k.Items != nil) == (k.Flag == FlagFeed) && (k.Collection != nil) == (k.Flag == FlagImport); !readers || !slices.Contains(flags, k.Flag) {
			t.Errorf("%s row %q: its reader must be the one its flag calls for, and it alone", k.Flag, k.Name)
		}
		for _, ext := range k.Exts {
			if f, ok := flagOf[ext]; ok && f != k.Flag {
				t.Errorf("%s is read by %s and %s: an extension names one flag", ext, f, k.Flag)
			}
			flagOf[ext] = k.Flag
			if ext != strings.ToLower(ext) || !strings.HasPrefix(ext, ".") || hints[ext] == "" {
				t.Errorf("%s: lower case with the dot, and a hint in this test", ext)
			}
		}
		data, err := os.ReadFile(samples[k.Name])
		if err != nil {
			t.Fatalf("a sample of %s: %v", k.Name, err)
		}
		for _, ext := range k.Exts {
			dir := t.TempDir()
			file := filepath.Join(dir, "sample"+strings.ToUpper(ext)) // the case of an extension does not matter
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, flag := range flags {
				arg := file
				if flag == FlagArticles && flag == k.Flag {
					arg = dir
				}
				n, errs := read(flag, arg)
				if flag == k.Flag {
					if errs.Err() != nil || n == 0 {
						t.Errorf("%s %s (%s): %d read, %v", flag, filepath.Base(file), k.Name, n, errs.Err())
					}
					continue
				}
				want := filepath.Base(file) + " " + hints[ext]
				if n != 0 || errs.Err() == nil || !strings.Contains(errs.Err().Error(), want) {
					t.Errorf("%s %s: %d read, %v; want the error %q", flag, filepath.Base(file), n, errs.Err(), want)
				}
				if flag == FlagArticles { // and in a folder: left alone, named when it is all there is
					if _, errs := read(flag, dir); errs.Err() == nil || !strings.Contains(errs.Err().Error(), "no .txt, .md, .markdown, .html, .htm files; "+want) {
						t.Errorf("-articles of a folder holding only %s: %v; want %q", filepath.Base(file), errs.Err(), want)
					}
				}
			}
		}
	}
}

// What a flag accepts, as help and errors say it, is the table's.
func TestAccepted(t *testing.T) {
	for flag, want := range map[Flag]string{
		FlagArticles: ".txt, .md, .markdown (text or Markdown article), .html, .htm (saved HTML page)",
		FlagFeed:     ".rss, .atom, .xml (RSS, Atom or JSON feed), or a file of any other name",
		FlagImport:   ".json (factcheck claims database or schema.org ClaimReview JSON-LD), .jsonld (schema.org ClaimReview JSON-LD), .tsv (CheckThat!-style TSV)",
	} {
		if got := Accepted(flag); got != want {
			t.Errorf("Accepted(%s) = %q, want %q", flag, got, want)
		}
	}
	_, errs := OpenCollection("claims.csv")
	if want := `claims.csv: unknown kind of claims file ".csv": accepted are ` + Accepted(FlagImport); errs.Err() == nil || errs.Err().Error() != want {
		t.Errorf("an unknown extension: %v, want %s", errs.Err(), want)
	}
}

// -feed reads a feed whatever its name, as before the table: a JSON Feed
// in a .json file, an RSS feed in a .feed file.
func TestFeedOfAnyName(t *testing.T) {
	dir := t.TempDir()
	rss, err := os.ReadFile("../testdata/feeds/gazette.rss")
	if err != nil {
		t.Fatal(err)
	}
	jsonFeed := `{"version": "https://jsonfeed.org/version/1.1", "title": "The Example Gazette", "items": [{"id": "https://gazette.example/a", "url": "https://gazette.example/a", "title": "Ferry fares", "content_html": "<p>Ferry fares will rise by 5% in June, the operator said on Monday.</p>"}]}`
	for name, data := range map[string][]byte{"gazette.feed": rss, "gazette.json": []byte(jsonFeed), "gazette": rss} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, data, 0o644)
		if arts, errs := LoadFeed(path); errs.Err() != nil || len(arts) == 0 {
			t.Errorf("-feed %s: %d articles, %v", name, len(arts), errs.Err())
		}
	}
	// A feed with no items yet, that says it is one, is read too.
	for name, data := range map[string]string{"empty.rss": `<rss version="2.0"><channel><title>X</title></channel></rss>`,
		"empty.json": `{"version": "https://jsonfeed.org/version/1.1", "title": "X", "items": []}`, "empty.xml": `<rss><channel></channel></rss>`} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(data), 0o644)
		if arts, errs := LoadFeed(path); errs.Err() != nil || len(arts) != 0 {
			t.Errorf("-feed %s: %d articles, %v", name, len(arts), errs.Err())
		}
	}
}

// The README's table of the files factcheck reads is this table.
func TestReadmeListsKinds(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip(err)
	}
	want := kindsMarkdown()
	if !bytes.Contains(readme, []byte(want)) {
		t.Errorf("README.md lacks the table of importers.Kinds; paste it in:\n\n%s", want)
	}
}

// kindsMarkdown is Kinds as the README shows it.
func kindsMarkdown() string {
	usage := map[Flag]string{FlagArticles: "`-articles DIR`", FlagFeed: "`-feed FILE`", FlagImport: "`-import FILE`, `check -db FILE`, `rank -db FILE`"}
	var b strings.Builder
	b.WriteString("| flag | extensions | kind | what is read |\n|---|---|---|---|\n")
	for _, k := range Kinds {
		b.WriteString("| " + usage[k.Flag] + " | `" + strings.Join(k.Exts, "`, `") + "` | " + k.Name + " | " + k.About + " |\n")
	}
	return b.String()
}

// TestDatabaseLargerThanOtherFiles: a database file may pass the 64 MiB
// every other file is held to (a newsroom's 10,000 articles are about
// 110 MB), as Load and OpenCollection read it; a ClaimReview file of that
// size is refused with its limit.
func TestDatabaseLargerThanOtherFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes two files of 65 MiB")
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := claims.Encode(&buf, &claims.DB{Name: "big"}); err != nil {
		t.Fatal(err)
	}
	pad := bytes.Repeat([]byte(" "), claims.MaxFileBytes)
	big := append(bytes.TrimRight(buf.Bytes(), "\n"), pad...)
	dbPath := filepath.Join(dir, "big.json")
	if err := os.WriteFile(dbPath, big, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := claims.Load(dbPath); err != nil {
		t.Errorf("Load of a %d-byte database: %v", len(big), err)
	}
	if _, problems := OpenCollection(dbPath); problems.Err() != nil {
		t.Errorf("OpenCollection of a %d-byte database: %v", len(big), problems.Err())
	}
	review := append([]byte(`[{"@type":"ClaimReview","claimReviewed":"x"}]`), pad...)
	reviewPath := filepath.Join(dir, "reviews.json")
	if err := os.WriteFile(reviewPath, review, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, problems := OpenCollection(reviewPath); problems.Err() == nil || !strings.Contains(problems.Err().Error(), "64 MiB") {
		t.Errorf("a %d-byte ClaimReview file: %v", len(review), problems.Err())
	}
}
