package match

import (
	"fmt"

	"github.com/factcheck/factcheck/claims"
)

// rating reads the verdict fact-checkers gave an imported claim
// (claims.ClassifyRating): a statement that says what a claim rated false
// says is contradicted by that fact-check; one that differs from it gains
// nothing from it (a false claim's opposite is not thereby true); a claim
// rated half true, misleading or unproven settles nothing, and nor does
// one whose rating we cannot read ("Explainer", a scale we do not know):
// it never supports, it is related, with the rating shown.
func rating(c *comparison) []finding {
	r := c.d.claim.Rating
	if r == "" {
		return nil
	}
	switch c.d.rating {
	case claims.RatedFalse:
		// (A statement that differs from the claim otherwise: ratedAgainst.)
		return []finding{{kind: conflict, reason: fmt.Sprintf("fact-checkers rated this claim %q", r)}}
	case claims.RatedMixed, claims.RatedUnproven:
		return []finding{{kind: beyond, reason: fmt.Sprintf("fact-checkers rated the closest claim %q", r)}}
	case claims.RatedUnknown:
		return []finding{{kind: beyond, reason: fmt.Sprintf("fact-checkers rated the closest claim %q, a rating factcheck cannot read: it settles nothing", r)}}
	}
	return nil
}
