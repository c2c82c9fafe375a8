package match

import (
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// The patterns of a pasted post, compiled the first time a text has what
// they need (hasLink, '@', '#'): most checks never compile them, and the
// page's start-up does not wait for them.
var (
	urlRE     = lazyre.New(`(?i)(https?://\S+|pic\.twitter\.com/\S*|www\.\S+)`)
	mentionRE = lazyre.New(`@(\w+)`)
	hashtagRE = lazyre.New(`#(\w+)`)
)

// hasLink reports whether s may hold a link urlRE reads: it has one of the
// pattern's fixed parts, in any case.
func hasLink(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "http") || strings.Contains(l, "www.") || strings.Contains(l, "pic.twitter.com")
}

// CleanQuery removes what a pasted post carries that is not its claim:
// links (even glued to a hashtag, as embedded tweets print them); @mentions
// and hashtags become the words they spell ("@JoeBiden" -> "Joe Biden",
// "#DefundTheCBC" -> "Defund The CBC"), since they often name the claim's
// subject. Offsets are not kept: it is for ranking pasted posts, not for
// checking.
func CleanQuery(s string) string {
	if hasLink(s) {
		s = urlRE.Regexp().ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "@") {
		s = mentionRE.Regexp().ReplaceAllStringFunc(s, func(h string) string { return " " + splitCamel(h[1:]) + " " })
	}
	if strings.Contains(s, "#") {
		s = hashtagRE.Regexp().ReplaceAllStringFunc(s, func(h string) string { return " " + splitCamel(h[1:]) + " " })
	}
	return strings.Join(strings.Fields(s), " ")
}

// splitCamel splits "DefundTheCBC" into "Defund The CBC".
func splitCamel(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i > 0 && (unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) || unicode.IsDigit(r) != unicode.IsDigit(rs[i-1]) || r == '_') {
			b.WriteByte(' ')
		}
		if r != '_' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
