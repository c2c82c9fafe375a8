package claims

import "testing"

// TestLazyRegexps compiles every pattern compiled on first use, so that
// a bad one fails here rather than on some reader's first check.
func TestLazyRegexps(t *testing.T) {
	if len(lazyRegexps) == 0 {
		t.Fatal("no lazy patterns registered")
	}
	for _, l := range lazyRegexps {
		if l.Regexp() == nil {
			t.Fatal("a lazy pattern compiled to nil")
		}
	}
}
