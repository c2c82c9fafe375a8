package match

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	urlRE     = regexp.MustCompile(`(?i)(https?://\S+|pic\.twitter\.com/\S*|www\.\S+)`)
	mentionRE = regexp.MustCompile(`@(\w+)`)
	hashtagRE = regexp.MustCompile(`#(\w+)`)
)

// CleanQuery removes what a pasted post carries that is not its claim:
// links (even glued to a hashtag, as embedded tweets print them); @mentions
// and hashtags become the words they spell ("@JoeBiden" -> "Joe Biden",
// "#DefundTheCBC" -> "Defund The CBC"), since they often name the claim's
// subject. Offsets are not kept: it is for ranking pasted posts, not for
// checking.
func CleanQuery(s string) string {
	s = urlRE.ReplaceAllString(s, " ")
	s = mentionRE.ReplaceAllStringFunc(s, func(h string) string { return " " + splitCamel(h[1:]) + " " })
	s = hashtagRE.ReplaceAllStringFunc(s, func(h string) string { return " " + splitCamel(h[1:]) + " " })
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
