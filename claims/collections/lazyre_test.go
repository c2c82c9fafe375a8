package collections

import (
	"testing"

	"github.com/factcheck/factcheck/claims/internal/claimstest"
)

// TestLazyRegexps compiles every pattern compiled on first use, so that
// a bad one fails here rather than on some reader's first check.
func TestLazyRegexps(t *testing.T) { claimstest.CompileLazyRegexps(t) }
