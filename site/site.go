//go:build !wasm

package site

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"github.com/factcheck/factcheck/app"
)

// The site's configuration: a newsroom names its site in a small TOML
// file (`-site FILE`, read with github.com/BurntSushi/toml, MIT), and that
// name and look reach every place the site names itself (app.Site). Every
// field is optional but name; README, "Your site's name and look":
//
//	name        = "Gazette Fact Check"
//	short_name  = "Fact Check"          # default: name
//	publisher   = "The Example Gazette" # default: name
//	base_url    = "https://factcheck.gazette.example"
//	logo        = "gazette-logo.svg"    # beside this file; .svg, .png, .jpg or .webp
//	theme_color = "#8a1538"
//	language    = "en-GB"
//	about       = "Gazette Fact Check holds the claims of every article the Gazette published since 2020. …"
//
// Without a file the site is the seed's, app.DefaultSite.

// Limits of the configuration's text: what a header, a home-screen label
// and a paragraph hold.
const (
	maxSiteName  = 80
	maxShortName = 30
	maxAbout     = 2000
	maxLogoBytes = 1 << 20
)

// siteCSS is the stylesheet the site's look writes (its theme colour).
const siteCSS = "site.css"

// logoFile is the configured logo, served at /web/site-logo.EXT.
type logoFile struct {
	name string // under /web/
	data []byte
}

// loadSite reads the configuration file (app.DefaultSite when file is
// ""), with base, when not "", as its base_url, and checks every field.
func loadSite(file, base string) (app.Site, *logoFile, error) {
	st := app.DefaultSite
	var logo *logoFile
	if file != "" {
		var err error
		if st, logo, err = readSiteFile(file); err != nil {
			return app.Site{}, nil, err
		}
	}
	if base != "" {
		st.Base = base
	}
	b, err := checkBase(st.Base)
	if err != nil {
		return app.Site{}, nil, fmt.Errorf("base address %q: %w", st.Base, err)
	}
	st.Base = b
	return st, logo, nil
}

func readSiteFile(file string) (app.Site, *logoFile, error) {
	var st app.Site
	md, err := toml.DecodeFile(file, &st)
	if err != nil {
		return st, nil, fmt.Errorf("site configuration %s: %w", file, err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		return st, nil, fmt.Errorf("site configuration %s: unknown field %q (the fields are name, short_name, publisher, base_url, logo, theme_color, language, about)", file, keys[0].String())
	}
	fail := func(format string, args ...any) (app.Site, *logoFile, error) {
		return app.Site{}, nil, fmt.Errorf("site configuration %s: %s", file, fmt.Sprintf(format, args...))
	}
	if strings.TrimSpace(st.Name) == "" {
		return fail("name is missing: the site's name, as its header shows it")
	}
	if st.ShortName == "" {
		st.ShortName = st.Name
	}
	if st.Publisher == "" {
		st.Publisher = st.Name
	}
	for _, f := range []struct {
		field, value string
		max          int
	}{{"name", st.Name, maxSiteName}, {"short_name", st.ShortName, maxShortName}, {"publisher", st.Publisher, maxSiteName}, {"about", st.About, maxAbout}} {
		if msg := plainText(f.value, f.max); msg != "" {
			return fail("%s %s", f.field, msg)
		}
	}
	if st.About == "" {
		st.About = st.Name + " holds a database of claims drawn from news articles. Every claim is tied to the exact words of its source, so you can read them yourself."
	}
	if st.ThemeColor == "" {
		st.ThemeColor = app.DefaultSite.ThemeColor
	} else if !hexColour.MatchString(st.ThemeColor) {
		return fail("theme_color %q is not a colour like #1d4ed8", st.ThemeColor)
	}
	if st.Language == "" {
		st.Language = app.DefaultSite.Language
	} else if tag, err := language.Parse(st.Language); err != nil {
		return fail("language %q is not a language tag like en or en-GB: %v", st.Language, err)
	} else {
		st.Language = tag.String()
	}
	var logo *logoFile
	if st.Logo == "" {
		st.Logo = app.DefaultSite.Logo
	} else {
		p := st.Logo
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(file), p)
		}
		ext := strings.ToLower(filepath.Ext(p))
		if ext == ".jpeg" {
			ext = ".jpg"
		}
		if !slices.Contains([]string{".svg", ".png", ".jpg", ".webp"}, ext) {
			return fail("logo %s is not an .svg, .png, .jpg or .webp file", st.Logo)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return fail("logo: %v", err)
		}
		if len(data) > maxLogoBytes {
			return fail("logo %s is %d bytes, more than %d", st.Logo, len(data), maxLogoBytes)
		}
		logo = &logoFile{name: "site-logo" + ext, data: data}
		st.Logo = "/web/" + logo.name
	}
	return st, logo, nil
}

var hexColour = regexp.MustCompile(`^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// plainText says what is wrong with a text field: too long, or holding
// characters no name has (controls, invisible formatting, markup's angle
// brackets); "" when it is fine.
func plainText(s string, max int) string {
	if !utf8.ValidString(s) {
		return "is not UTF-8"
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Sprintf("is %d characters long, more than %d", n, max)
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '<' || r == '>' {
			return fmt.Sprintf("has the character %q, which a name does not", r)
		}
	}
	return ""
}

// checkBase returns the site's public address without a trailing slash:
// an http or https origin ("https://factcheck.gazette.example"), as the
// site is served at the root of its host (its pages name /web/… from the
// root); "" stays "".
func checkBase(base string) (string, error) {
	if base == "" {
		return "", nil
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("not an http or https address")
	case u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "":
		return "", fmt.Errorf("not an address like https://factcheck.example")
	case strings.Trim(u.Path, "/") != "":
		return "", fmt.Errorf("the site is served at the root of its host, not under %s", u.Path)
	}
	return u.Scheme + "://" + u.Host, nil
}

// brandAssets adds the site's own files to the web folder: its logo,
// site.css (the theme colour), and embed.js with the site's name in the
// facade the host page shows (web/embed.js names "factcheck" on one line
// the server rewrites).
func brandAssets(web assets, st app.Site, logo *logoFile) error {
	if logo != nil {
		web[logo.name] = newAsset(logo.name, logo.data, "")
	}
	css := fmt.Sprintf("/* The site's look, from its configuration (-site FILE). */\n.site-header { border-top: 4px solid %s; }\n", st.ThemeColor)
	web[siteCSS] = newAsset(siteCSS, []byte(css), "")
	if e, ok := web["embed.js"]; ok {
		name, _ := json.Marshal(st.Name) // a JS string literal: quotes, <, > and & escaped
		js, n := embedSiteName.ReplaceAll(e.raw, append(append([]byte(`var site = `), name...), ';')), len(embedSiteName.FindAll(e.raw, -1))
		if n != 1 {
			return fmt.Errorf("web/embed.js: found %d lines `var site = \"…\";` to write the site's name in, want 1", n)
		}
		web["embed.js"] = newAsset("embed.js", js, "")
	}
	return nil
}

// embedSiteName is the line of web/embed.js that holds the site's name.
var embedSiteName = regexp.MustCompile(`var site = "[^"\n]*";`)

// svgIcon is the site's SVG icon for the favicon: its logo when that is
// an SVG, else the default icon.
func svgIcon(st app.Site) string {
	if path.Ext(st.Logo) == ".svg" {
		return st.Logo
	}
	return app.DefaultSite.Logo
}
