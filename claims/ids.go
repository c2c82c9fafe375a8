package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
)

// idAlphabet reports whether id has the form of every article and claim
// ID: it becomes a file name (dist/claim/ID/index.html) and a URL path
// segment, so it is ASCII letters, digits, '.', '_' and '-', starting
// with a letter or digit (what `^[A-Za-z0-9][A-Za-z0-9._-]*$` matches; a
// loop, as the browser checks every ID of the database it loads, and a
// regular expression costs it the compiling of package regexp's code
// before its first verdict).
func idAlphabet(id string) bool {
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case i > 0 && (c == '.' || c == '_' || c == '-'):
		default:
			return false
		}
	}
	return id != ""
}

// windowsDevices are names Windows file systems refuse whatever their
// extension.
var windowsDevices = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true}

// ValidID reports whether id is safe as a file name and a URL path
// segment on any host: letters, digits, '.', '_' and '-', starting with a
// letter or digit, at most MaxIDBytes long, with no "..", not ending in a
// dot and not a Windows device name (con, nul, com1…). Every article and
// claim ID in a database is valid; the server and the static-site
// generator check again before an ID becomes a path.
func ValidID(id string) bool {
	if len(id) > MaxIDBytes || !idAlphabet(id) {
		return false
	}
	if strings.Contains(id, "..") || strings.HasSuffix(id, ".") {
		return false
	}
	base, _, _ := strings.Cut(strings.ToLower(id), ".")
	return !windowsDevices[base]
}

// SafeID returns raw when it is a valid ID, else a stable valid ID made
// from it: a slug of its readable part (for a URL, the last segment of its
// path) and the first 8 hex digits of its SHA-256, so different originals
// stay different. "../index" becomes "index-…";
// "https://example.org/reviews/hotline-abolished" becomes
// "hotline-abolished-…".
func SafeID(raw string) string {
	if ValidID(raw) {
		return raw
	}
	sum := sha256.Sum256([]byte(raw))
	hash := hex.EncodeToString(sum[:4])
	if id := slugOf(raw) + "-" + hash; ValidID(id) {
		return id
	}
	return "id-" + hash
}

// maxSlug bounds the readable part of a derived ID.
const maxSlug = 48

// slugOf keeps the readable part of raw in the ID alphabet: letters,
// digits, '_' and single dots as they are, any run of other characters
// (dashes among them) as one '-'.
func slugOf(raw string) string {
	s := strings.TrimSpace(raw)
	if lower := strings.ToLower(s); strings.HasPrefix(lower, "tag:") || strings.HasPrefix(lower, "urn:") {
		s = s[strings.LastIndexAny(s, ":")+1:] // "tag:example.org,2024:town-hall" names "town-hall"
	} else if u, err := url.Parse(s); err == nil && u.Scheme != "" && u.Host != "" {
		s = u.Host
		if u.RawQuery != "" { // "https://example.org/?p=123": the query names it
			s = u.RawQuery
		}
		for _, seg := range strings.Split(u.Path, "/") {
			if seg != "" {
				s = seg
			}
		}
		s = strings.TrimSuffix(s, ".html")
	}
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_')
		switch {
		case ok && !(r == '.' && strings.HasSuffix(b.String(), ".")):
			b.WriteRune(r)
			dash = false
		case !ok && !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= maxSlug {
			break
		}
	}
	out := strings.TrimLeft(b.String(), "._-")
	return strings.TrimRight(out, ".-")
}
