package match

import (
	"testing"

	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// TestLazyRegexps compiles every pattern compiled on first use, so that
// a bad one fails here rather than on some reader's first check.
func TestLazyRegexps(t *testing.T) { claimstest.CompileLazyRegexps(t) }

// TestPastedPostPartsStillRead: the patterns compiled only when a text has
// their fixed parts still read links, mentions, hashtags, "there is a X
// called Y" and figures glued to their units.
func TestPastedPostPartsStillRead(t *testing.T) {
	if got := CleanQuery("@JoeBiden says #DefundTheCBC https://t.co/x now"); got != "Joe Biden says Defund The CBC now" {
		t.Errorf("CleanQuery = %q", got)
	}
	if got := outOfScope("HTTPS://example.com/a"); got != ReasonLink {
		t.Errorf("a bare link: %q, want %q", got, ReasonLink)
	}
	if r, ok := existential("There is a town called Springfield."); !ok || r.text == "" {
		t.Errorf("existential form not read")
	}
	if m := joined("60fps"); len(m) != 3 || m[1] != "60" || m[2] != "fps" {
		t.Errorf("joined(60fps) = %q", m)
	}
}
