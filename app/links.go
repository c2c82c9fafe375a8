package app

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
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

// safeURL returns raw when it is an http or https address, else "": a
// link from imported data never runs script (javascript:, data:).
// (claims.SafeURL does the same check at import.)
func safeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
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
