package claims

import (
	"testing"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// TestLazyRegexps compiles every pattern compiled on first use, so that
// a bad one fails here rather than on some reader's first check.
func TestLazyRegexps(t *testing.T) {
	if len(lazyre.All()) == 0 {
		t.Fatal("no lazy patterns registered")
	}
	for _, l := range lazyre.All() {
		if l.Regexp() == nil {
			t.Fatal("a lazy pattern compiled to nil")
		}
	}
}
