package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Real saved pages: every page builds; a page in a language the checker
// cannot check is kept without claims and a warning says so (-lang reads
// it); -strict makes the warning an error; -v says how much of each page
// was kept.
func TestBuildRealPages(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db.json")
	out, errOut, err := run(t, "", "build", "-articles", "../../testdata/real-pages", "-o", db, "-v")
	if err != nil {
		t.Fatal(err, errOut)
	}
	if !strings.Contains(errOut, "kyffhaeuser-nachrichten-regen.html: warning: written in German (de), which the checker cannot check: left out of the claims (-lang de keeps it, but the checker still turns away the sentences it cannot read)") {
		t.Errorf("warnings:\n%s", errOut)
	}
	if !strings.Contains(out, "nasa-finds-water-plumes-above-the-surface-of-jupit.html: kept ") || !strings.Contains(out, "read as gbk, language zh") {
		t.Errorf("-v output:\n%s", out)
	}
	var got struct {
		Articles []struct{ ID, Lang string }
		Claims   []struct {
			Text    string
			Sources []struct{ Article string }
		}
		Examples []string
	}
	data, _ := os.ReadFile(db)
	json.Unmarshal(data, &got)
	if len(got.Articles) != 6 {
		t.Errorf("%d articles, want every page", len(got.Articles))
	}
	for _, c := range got.Claims {
		if a := c.Sources[0].Article; a == "kyffhaeuser-nachrichten-regen" || a == "xinhuanet-25340717" || a == "auto-presse-minisuv" {
			t.Errorf("claim from an article the checker cannot check: %q", c.Text)
		}
		for _, f := range []string{"[File: Reuters]", "originally published", "Read the original"} {
			if strings.Contains(c.Text, f) {
				t.Errorf("furniture became a claim: %q", c.Text)
			}
		}
	}
	if len(got.Examples) == 0 {
		t.Error("no examples")
	}
	if !strings.Contains(errOut, "auto-presse-minisuv.html: warning: names no outlet and has no address") {
		t.Errorf("no warning for a page that names no outlet:\n%s", errOut)
	}
	if _, errOut, err := run(t, "", "build", "-articles", "../../testdata/real-pages", "-o", db, "-strict", "-outlet", "Saved pages"); err == nil || !strings.Contains(err.Error(), "written in German (de), which the checker cannot check: left out of the claims (-lang de keeps it, but the checker still turns away the sentences it cannot read) (an error with -strict)") {
		t.Errorf("-strict: %v\n%s", err, errOut)
	}
	if _, errOut, err := run(t, "", "build", "-articles", "../../testdata/real-pages", "-o", db, "-lang", "en,de,zh"); err != nil || strings.Contains(errOut, "German") {
		t.Errorf("-lang en,de,zh: %v\n%s", err, errOut)
	}
	if _, _, err := run(t, "", "build", "-articles", "../../testdata/real-pages", "-o", db, "-lang", "english"); err == nil || exitCode(err) != 2 {
		t.Errorf("-lang english: %v", err)
	}
}
