package match

import (
	"math"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// restatedShare returns the share a text gives in words right before a
// percentage it puts between brackets, the one figure said twice:
// "almost a quarter (24 per cent) of businesses" gives a quarter, 0.25,
// as 24 per cent. The pipeline reads a fraction only before "of"
// (text.FractionFilter), so the bracket leaves the words no figure of
// their own. The percentage must be the share's, give or take a tenth.
func restatedShare(a analysed, cq text.Quantity) (float64, bool) {
	if cq.Unit != "percent" {
		return 0, false
	}
	i := tokenAt(a.tokens, cq.Start)
	if i < 2 || a.tokens[i].Start != cq.Start || a.tokens[i-1].End > cq.Start || !strings.Contains(a.text[a.tokens[i-1].End:cq.Start], "(") {
		return 0, false
	}
	words := analyse(a.text[a.tokens[i-2].Start:a.tokens[i-1].End] + " of")
	for _, t := range words.tokens {
		if text.IsFraction(t) {
			share := t.Num * 100
			return t.Num, math.Abs(share-cq.Value) <= share/10
		}
	}
	return 0, false
}

// restatedGiven reports whether the claim's figure best, which the
// statement's qq conflicts with, restates a share in words that the
// statement gives as its own figure, while another of the claim's figures
// agrees with qq: "almost a quarter (24 per cent) of businesses …,
// compared to just six per cent" against "rose to almost a quarter of
// businesses, up from six per cent" sets six per cent against six per
// cent, the quarter against the quarter.
func (c *comparison) restatedGiven(qq text.Quantity, bestText string, best text.Quantity) bool {
	share, ok := restatedShare(c.textOf(bestText), best)
	if !ok {
		return false
	}
	given := false
	for _, o := range c.q.qty {
		given = given || o.Start != qq.Start && o.Value == share && strings.HasPrefix(o.Unit, "share of")
	}
	if !given {
		return false
	}
	for _, a := range c.texts {
		for _, cq := range a.qty {
			if cq.Unit == qq.Unit && cq.Start != best.Start && !qq.Conflict(cq) {
				return true
			}
		}
	}
	return false
}

// restatesShare reports whether a claim text gives the statement's share
// qq in words before a percentage in brackets (restatedShare).
func restatesShare(a analysed, qq text.Quantity) bool {
	if !strings.HasPrefix(qq.Unit, "share of") {
		return false
	}
	for _, cq := range a.qty {
		if share, ok := restatedShare(a, cq); ok && share == qq.Value {
			return true
		}
	}
	return false
}
