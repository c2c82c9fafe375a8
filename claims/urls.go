package claims

import (
	"net/url"
	"strings"
	"unicode"
)

// SafeURL returns raw as a URL a reader may follow, and true, when it is
// an absolute http or https address with a host and nothing hidden in it;
// else "" and false. Every importer keeps only such URLs (dropping others
// with a warning), the database refuses others, and the app checks again
// before it renders a link: a javascript:, data: or file: address never
// becomes a link. The URL comes back in its canonical form (lower-case
// scheme, unsafe characters escaped).
func SafeURL(raw string) (string, bool) {
	s := strings.TrimSpace(raw)
	if s == "" || len(s) > MaxURLBytes {
		return "", false
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\\' || r == unicode.ReplacementChar {
			return "", false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.User != nil || u.Hostname() == "" {
		return "", false
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", false
	}
	out := u.String()
	if len(out) > MaxURLBytes {
		return "", false
	}
	return out, true
}
