package claims

import "strings"

// ClaimReview returns the schema.org ClaimReview JSON-LD of one claim:
// what a publisher embeds in a page so search engines know the claim, the
// sources that back it and where they stand. base is the address the app
// is served at ("" leaves relative URLs).
func ClaimReview(db *DB, c *Claim, base string) map[string]any {
	base = strings.TrimSuffix(base, "/")
	var appearances []any
	for _, s := range c.Sources {
		work := map[string]any{"@type": "CreativeWork"}
		if a := db.Article(s.Article); a != nil {
			if a.Headline != "" {
				work["headline"] = a.Headline
			}
			if a.Outlet != "" {
				work["publisher"] = map[string]any{"@type": "Organization", "name": a.Outlet}
			}
			if a.Published != "" {
				work["datePublished"] = a.Published
			}
			if a.URL != "" {
				work["url"] = a.URL
			} else {
				work["url"] = base + "/article/" + a.ID + "#q=" + itoa(s.Start) + "-" + itoa(s.End)
			}
		} else if s.URL != "" {
			work["url"] = s.URL
		}
		work["text"] = s.Quote
		appearances = append(appearances, work)
	}
	item := map[string]any{"@type": "Claim", "text": c.Text}
	if c.Speaker != "" {
		item["author"] = map[string]any{"@type": "Person", "name": c.Speaker}
	}
	if c.Date != "" {
		item["datePublished"] = c.Date
	}
	if len(appearances) > 0 {
		item["appearance"] = appearances
	}
	rating := c.Rating
	if rating == "" {
		rating = "Sourced"
	}
	review := map[string]any{
		"@context":      "https://schema.org",
		"@type":         "ClaimReview",
		"@id":           base + "/claim/" + c.ID,
		"url":           base + "/claim/" + c.ID,
		"claimReviewed": c.Text,
		"itemReviewed":  item,
		"reviewRating":  map[string]any{"@type": "Rating", "alternateName": rating},
		"author":        map[string]any{"@type": "Organization", "name": "factcheck"},
	}
	if c.URL != "" {
		review["url"] = c.URL
	}
	return review
}

// ClaimReviews returns every claim's ClaimReview.
func ClaimReviews(db *DB, base string) []map[string]any {
	out := make([]map[string]any, 0, len(db.Claims))
	for i := range db.Claims {
		out = append(out, ClaimReview(db, &db.Claims[i], base))
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}
