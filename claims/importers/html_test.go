package importers

import (
	"strings"
	"testing"
)

// TestUnsafePageURLWarnedOnce: a page whose canonical link and og:url are
// the same unsafe address gets one warning, not two.
func TestUnsafePageURLWarnedOnce(t *testing.T) {
	page := `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(1)"></head><body><article>` +
		strings.Repeat("<p>The council approved the new library budget on Monday after a long debate about its cost.</p>", 5) + `</article></body></html>`
	a, problems := ParseHTML("page.html", []byte(page))
	if a == nil {
		t.Fatal(problems)
	}
	if n := len(problems.Warnings()); n != 1 || a.URL != "" {
		t.Errorf("%d warnings, url %q: %v", n, a.URL, problems)
	}
}
