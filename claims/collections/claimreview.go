package collections

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Structured data: the schema.org JSON-LD each page carries and
// `factcheck export-claimreview` writes, saying what the page is, no more.
//
//   - A claim drawn from an article (a sentence, or a curated fact) is a
//     schema.org Claim: its text, who said it, and each appearance, the
//     article as a NewsArticle (headline, publisher, date, address) with
//     the quoted words as a Quotation. It is not a review: nobody rated it.
//   - A fact-check imported from a ClaimReview collection is a ClaimReview
//     exactly as imported: its own author, date, address and rating. An
//     imported claim with no rating (a CheckThat! TSV line) is a Claim.
//   - An article page is a NewsArticle.
//
// Google Search Central, "Fact check (ClaimReview) structured data": a
// ClaimReview is for a page that reviews a claim made by others, with a
// real verdict. Marking a newsroom's own sentences that way would misstate
// them.

// ClaimJSONLD is the JSON-LD of claim c's page: a ClaimReview for an
// imported fact-check with a rating, else a Claim. base is the address the
// site is served at ("" leaves its own addresses relative).
func ClaimJSONLD(db *claims.DB, c *claims.Claim, base string) map[string]any {
	if IsFactCheck(c) {
		return claimReview(c)
	}
	base = strings.TrimSuffix(base, "/")
	node := claimNode(db, c, base)
	node["@context"] = "https://schema.org"
	node["@id"] = base + "/claim/" + c.ID
	node["url"] = base + "/claim/" + c.ID
	return node
}

// IsFactCheck tells whether c is an imported fact-check with a verdict of
// its own: the only claims whose structured data is a ClaimReview.
func IsFactCheck(c *claims.Claim) bool {
	return c.Kind == claims.KindImported && strings.TrimSpace(c.Rating) != ""
}

// claimNode is the schema.org Claim: its text, its speaker and where it
// appears.
func claimNode(db *claims.DB, c *claims.Claim, base string) map[string]any {
	node := map[string]any{"@type": "Claim", "text": c.Text}
	if c.Speaker != "" {
		node["author"] = map[string]any{"@type": "Person", "name": c.Speaker}
	}
	var appearances []any
	for _, s := range c.Sources {
		if a := db.Article(s.Article); a != nil {
			work := newsArticle(a, base, s.Start, s.End)
			work["hasPart"] = map[string]any{"@type": "Quotation", "text": s.Quote}
			appearances = append(appearances, work)
			continue
		}
		if s.URL == "" {
			continue
		}
		work := map[string]any{"@type": "CreativeWork", "url": s.URL}
		if s.Published != "" {
			work["datePublished"] = s.Published
		}
		appearances = append(appearances, work)
	}
	if len(appearances) > 0 {
		node["appearance"] = appearances
	}
	return node
}

// ArticleJSONLD is the JSON-LD of article a's page: a NewsArticle.
func ArticleJSONLD(a *claims.Article, base string) map[string]any {
	node := newsArticle(a, strings.TrimSuffix(base, "/"), -1, -1)
	node["@context"] = "https://schema.org"
	return node
}

// newsArticle is a as a schema.org NewsArticle: its headline, byline,
// outlet and date, and its address: where it was published, else its page
// here (with the quote start-end when start >= 0).
func newsArticle(a *claims.Article, base string, start, end int) map[string]any {
	work := map[string]any{"@type": "NewsArticle", "headline": firstOf(a.Headline, a.ID)}
	if a.Outlet != "" {
		work["publisher"] = map[string]any{"@type": "Organization", "name": a.Outlet}
	}
	if a.Byline != "" {
		work["author"] = map[string]any{"@type": "Person", "name": a.Byline}
	}
	if a.Published != "" {
		work["datePublished"] = a.Published
	}
	switch {
	case a.URL != "":
		work["url"] = a.URL
	case start >= 0:
		work["url"] = base + "/article/" + a.ID + "#q=" + strconv.Itoa(start) + "-" + strconv.Itoa(end)
	default:
		work["url"] = base + "/article/" + a.ID
	}
	return work
}

// claimReview is an imported fact-check as it was imported: the review's
// address, author and date, the claim it reviewed (who made it, when and
// where it appeared) and its rating.
func claimReview(c *claims.Claim) map[string]any {
	review := map[string]any{
		"@context":      "https://schema.org",
		"@type":         "ClaimReview",
		"claimReviewed": c.Text,
		"reviewRating":  importedRating(c.Rating),
	}
	if c.URL != "" {
		review["url"] = c.URL
	}
	if c.Reviewer != "" {
		review["author"] = map[string]any{"@type": "Organization", "name": c.Reviewer}
	}
	if c.Reviewed != "" {
		review["datePublished"] = c.Reviewed
	}
	item := map[string]any{"@type": "Claim"}
	if c.Speaker != "" {
		item["author"] = map[string]any{"@type": "Person", "name": c.Speaker}
	}
	for _, s := range c.Sources {
		if s.Published != "" {
			item["datePublished"] = s.Published
		}
		if s.URL != "" {
			item["appearance"] = map[string]any{"@type": "CreativeWork", "url": s.URL}
		}
	}
	review["itemReviewed"] = item
	return review
}

// importedRating is the Rating the importer read: its name
// (alternateName) as the collection wrote it, and, when it was a number,
// the number on its scale (ReadClaimReview stores "Falso (1/5)", "1/5" or
// "0/4, worst 0": see claims.NumericRating).
func importedRating(rating string) map[string]any {
	r := map[string]any{"@type": "Rating"}
	name, value, best, worst, ok := claims.ReadNumericRating(rating)
	if ok {
		r["ratingValue"], r["bestRating"] = json.Number(value), json.Number(best)
		if worst != "" {
			r["worstRating"] = json.Number(worst)
		}
	}
	if name != "" {
		r["alternateName"] = name
	}
	return r
}

// ClaimReviews returns the ClaimReview of every imported fact-check with
// a rating, for a publisher's CMS; the database's other claims are no
// reviews (see ClaimJSONLD).
func ClaimReviews(db *claims.DB) []map[string]any {
	out := []map[string]any{}
	for i := range db.Claims {
		if c := &db.Claims[i]; IsFactCheck(c) {
			out = append(out, claimReview(c))
		}
	}
	return out
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
