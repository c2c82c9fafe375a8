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
// scheme, unsafe characters escaped) and as printable ASCII with no quote,
// angle bracket or backslash (see attrSafe): written into an HTML
// attribute by any encoder, even one that does not escape them (go-app
// writes attribute values with strconv.Quote), it cannot end the
// attribute or open an element.
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
	out := attrSafe(u.String())
	if len(out) > MaxURLBytes {
		return "", false
	}
	return out, true
}

// attrSafe percent-encodes every byte of a URL that is not printable
// ASCII or that HTML, CSS or a careless encoder may read as markup: quotes,
// angle brackets, the backslash, the backtick, braces, the caret and the
// pipe (RFC 3986 allows none of them unescaped). An existing %XX stays as
// it is, so the address means the same to the server it names.
func attrSafe(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"'<>\\`{}|^", c) >= 0 {
			if b.Len() == 0 {
				b.Grow(len(s) + 16)
				b.WriteString(s[:i])
			}
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(c)
		}
	}
	if b.Len() == 0 {
		return s
	}
	return b.String()
}

// SafeURLField returns u when it is a safe URL (SafeURL), else "" with a
// warning that it was left out (an article's front matter, an imported
// claim's fields).
func SafeURLField(errs *ErrorList, pos Pos, field, u string) string {
	if u == "" {
		return ""
	}
	if n := len(u); n > MaxURLBytes {
		errs.Warn(pos, "%s; left out", TooBig(field, n, MaxURLBytes, "bytes"))
		return ""
	}
	s, ok := SafeURL(u)
	if !ok {
		errs.Warn(pos, "%s %.80q is not an http or https address; left out", field, u)
		return ""
	}
	return s
}
