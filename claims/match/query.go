package match

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	urlRE      = regexp.MustCompile(`(?i)\b(https?://\S+|pic\.twitter\.com/\S+|www\.\S+)`)
	tweetSigRE = regexp.MustCompile(`\s[—–-]+\s*[^—–\n]{0,80}\(@\w+\)\s*\w+ \d{1,2}, \d{4}\s*$`)
	mentionRE  = regexp.MustCompile(`@\w+`)
	hashtagRE  = regexp.MustCompile(`#(\w+)`)
)

// CleanQuery removes what a pasted post carries that is not its claim:
// links, the "— Name (@handle) Date" signature of an embedded tweet and
// @mentions; hashtags become words ("#DefundTheCBC" -> "Defund The CBC").
// Offsets are not kept: it is for ranking pasted posts, not for checking.
func CleanQuery(s string) string {
	s = tweetSigRE.ReplaceAllString(s, " ")
	s = urlRE.ReplaceAllString(s, " ")
	s = mentionRE.ReplaceAllString(s, " ")
	s = hashtagRE.ReplaceAllStringFunc(s, func(h string) string { return splitCamel(h[1:]) })
	return strings.Join(strings.Fields(s), " ")
}

// splitCamel splits "DefundTheCBC" into "Defund The CBC".
func splitCamel(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
