package collections

import (
	"encoding/json"
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
