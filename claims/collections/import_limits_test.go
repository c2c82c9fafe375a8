package collections

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// Every field the ClaimReview importer keeps obeys claims.MaxTextBytes, and the
// error names the field by its JSON path (issue 22, point 6: an
// itemReviewed.datePublished of 100,005 bytes was accepted).
func TestClaimReviewFieldLimits(t *testing.T) {
	big := strings.Repeat("9", 100_005)
	for path, review := range map[string]map[string]any{
		"claimReviewed":                         {"claimReviewed": big},
		"datePublished":                         {"datePublished": big},
		"author.name":                           {"author": map[string]any{"name": big}},
		"reviewRating.alternateName":            {"reviewRating": map[string]any{"alternateName": big}},
		"reviewRating.ratingValue":              {"reviewRating": map[string]any{"ratingValue": big, "bestRating": 5}},
		"reviewRating.bestRating":               {"reviewRating": map[string]any{"ratingValue": 1, "bestRating": big}},
		"reviewRating.worstRating":              {"reviewRating": map[string]any{"ratingValue": 1, "bestRating": 5, "worstRating": big}},
		"itemReviewed.datePublished":            {"itemReviewed": map[string]any{"datePublished": big}},
		"itemReviewed.author.name":              {"itemReviewed": map[string]any{"author": map[string]any{"name": big}}},
		"itemReviewed.appearance.datePublished": {"itemReviewed": map[string]any{"appearance": map[string]any{"datePublished": big}}},
	} {
		review["@type"] = "ClaimReview"
		if review["claimReviewed"] == nil {
			review["claimReviewed"] = "The bridge is closed."
		}
		data, _ := json.Marshal([]any{review, map[string]any{"@type": "ClaimReview", "claimReviewed": "Fine."}})
		cs, probs := ReadClaimReview("big.jsonld", data)
		err := probs.Err()
		if err == nil || !strings.Contains(err.Error(), "big.jsonld: ClaimReview #1: "+path+" is 100005 bytes, over the limit of 16384 bytes") {
			t.Errorf("%s: %v", path, err)
		}
		if len(cs) != 1 || cs[0].Text != "Fine." {
			t.Errorf("%s: the review with the long field is kept, or the other is lost: %d claims", path, len(cs))
		}
		checkImported(t, cs)
	}
	// A URL over MaxURLBytes is left out with a warning that says why.
	long := "https://example.org/" + strings.Repeat("a", claims.MaxURLBytes)
	data, _ := json.Marshal(map[string]any{"@type": "ClaimReview", "claimReviewed": "X.", "url": long})
	cs, probs := ReadClaimReview("u.jsonld", data)
	if len(cs) != 1 || cs[0].URL != "" || !strings.Contains(probs.Error(), "url is 2068 bytes, over the limit of 2048 bytes; left out") {
		t.Errorf("long url: %d claims, %v", len(cs), probs)
	}
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
