package app

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
)

// ArticleLink opens an article inside the app with a quote highlighted.
// The fragment carries byte offsets, never the reader's text.
func ArticleLink(id string, start, end int) string {
	return fmt.Sprintf("/article/%s#q=%d-%d", url.PathEscape(id), start, end)
}

// ShareLink is the address that reopens a check of text, or "" when text
// is longer than a link carries (maxLink). The text is in the fragment,
// which, unlike a query string, never reaches a server and still hits the
// offline cache. The app makes one only when the reader asks to share.
func ShareLink(text string) string {
	if strings.TrimSpace(text) == "" {
		return "/"
	}
	if utf8.RuneCountInString(text) > maxLink {
		return ""
	}
	return "/#q=" + url.QueryEscape(text)
}

// fragmentText reads the text a link carries in its fragment under key
// (#q=… on the check page, #text=… on the embed), at most maxCheck
// characters of it; cut reports that the link carried more.
func fragmentText(u *url.URL, key string) (text string, cut, ok bool) {
	v, err := url.ParseQuery(u.EscapedFragment())
	if err != nil || !v.Has(key) {
		return "", false, false
	}
	text = v.Get(key)
	if utf8.RuneCountInString(text) > maxCheck {
		n := 0
		for i := range text {
			if n == maxCheck {
				return text[:i], true, true
			}
			n++
		}
	}
	return text, false, true
}

// safeURL returns raw as a link may carry it, or "" when it is no http or
// https address: a link from imported data never runs script (javascript:,
// data:), and never ends the attribute it is written in (claims.SafeURL
// percent-encodes quotes and angle brackets; go-app writes attribute
// values with strconv.Quote, which HTML does not read as escapes). The
// database holds only such URLs; this checks again where one becomes a
// link, for a database built before.
func safeURL(raw string) string {
	u, _ := claims.SafeURL(raw)
	return u
}

// attrText makes data text safe for an attribute go-app writes (a title,
// a placeholder, an aria-label): go-app quotes attribute values with
// strconv.Quote, so a '"' in the text would end the attribute and the rest
// become markup on the page the server sends (issue 22). Straight double
// quotes become typographic ones, a backslash a reverse solidus operator
// (strconv.Quote would double it), and characters strconv.Quote would
// write as \u escapes a space (spaces) or nothing. Text shown as a text
// node needs none of this: go-app escapes it.
func attrText(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == '"' || r == '\\' || !strconv.IsPrint(r) }) {
		return s
	}
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		switch {
		case r == '"' && (unicode.IsSpace(prev) || strings.ContainsRune("([{“‘", prev)):
			r = '“'
		case r == '"':
			r = '”'
		case r == '\\':
			r = '⧵'
		case unicode.IsSpace(r) && !strconv.IsPrint(r):
			r = ' '
		case !strconv.IsPrint(r):
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// externalLink opens an outside address in a new tab, without giving the
// page opened a handle on this one (rel noopener) or our address
// (noreferrer); go-app leaves links with a target to the browser, so it
// never goes through window.open. An unsafe address gives no link.
func externalLink(href, label string) goapp.UI {
	href = safeURL(href)
	if href == "" {
		return nil
	}
	return goapp.A().Href(href).Target("_blank").Rel("noopener noreferrer").Text(label)
}

// appLink is a link inside the app: it navigates in place, or, in the
// embed (framed), opens the app in a new tab rather than navigating the
// frame.
func appLink(href string, framed bool) goapp.HTMLA {
	a := goapp.A().Href(href)
	if framed {
		a = a.Target("_blank").Rel("noopener noreferrer")
	}
	return a
}

// leadingInts reads integers separated by '-' from the start of s into
// dst ("12-40" of a quote's #q= link, "2016-04" of a date) and returns how
// many it read, as fmt.Sscanf(s, "%d-%d", ...) does, without bringing
// fmt's scanner into app.wasm.
func leadingInts(s string, dst ...*int) int {
	for i, d := range dst {
		if i > 0 {
			if !strings.HasPrefix(s, "-") {
				return i
			}
			s = s[1:]
		}
		s = strings.TrimLeft(s, " ")
		j := 0
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		v, err := strconv.Atoi(s[:k])
		if k == j || err != nil {
			return i
		}
		*d, s = v, s[k:]
	}
	return len(dst)
}
