//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

const newsroomSite = "testdata/newsroom-site/site.toml"

// TestNewsroomSiteNamesItself (issue 23): with a newsroom's configuration
// the static site names the newsroom's site wherever it names itself, and
// "factcheck" appears nowhere a reader, a crawler or a link preview sees:
// not in a page, the manifest, robots.txt or the sitemap. (The scripts,
// the database's format tag and the asset names are code, not the
// site's name, and are not searched.)
func TestNewsroomSiteNamesItself(t *testing.T) {
	skipUnderRace(t)
	dir, _ := buildStatic(t, Config{SiteFile: newsroomSite})
	var searched int
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(p) {
		case ".html", ".webmanifest", ".txt", ".xml", ".css":
		default:
			return nil
		}
		if filepath.Base(p) == "app.css" { // the app's stylesheet: code
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		searched++
		rel, _ := filepath.Rel(dir, p)
		if m := regexp.MustCompile(`(?i).{0,60}factcheck.{0,40}`).Find(data); m != nil {
			t.Errorf("%s names factcheck: …%s…", rel, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if searched < 50 {
		t.Fatalf("searched only %d files", searched)
	}
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	index := read("index.html")
	for _, want := range []string{
		`<title>Gazette Fact Check — check a statement against its sources</title>`,
		`<span>Gazette Fact Check</span>`,
		`<html lang="en-GB">`,
		`<meta property="og:site_name" content="Gazette Fact Check">`,
		`<link rel="canonical" href="https://check.gazette.example/">`,
		`"@type":"WebSite"`, `"name":"Gazette Fact Check"`, `"urlTemplate":"https://check.gazette.example/#q={query}"`,
		`src="/web/site-logo.svg"`, `href="/web/site.css"`, `Loading Gazette Fact Check… 0%`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	// go-app writes attributes in any order: read these from the parsed page.
	doc, err := html.Parse(strings.NewReader(index))
	if err != nil {
		t.Fatal(err)
	}
	metas := map[string]string{}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "meta" && attr(n, "name") != "" {
			metas[attr(n, "name")] = attr(n, "content")
		}
	}
	if metas["theme-color"] != "#8a1538" || metas["author"] != "The Example Gazette" {
		t.Errorf("theme-color %q, author %q", metas["theme-color"], metas["author"])
	}
	var manifest map[string]any
	if err := json.Unmarshal([]byte(read("manifest.webmanifest")), &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest["name"] != "Gazette Fact Check" || manifest["short_name"] != "Fact Check" || manifest["theme_color"] != "#8a1538" {
		t.Errorf("manifest: %v", manifest)
	}
	if about := read("about/index.html"); !strings.Contains(about, "Gazette Fact Check holds the claims of every article the Example Gazette has published since 2020.") {
		t.Error("the about page's first paragraph is not the configured one")
	}
	// The embed's facade, which the host page shows before the frame: the
	// site's name, as a JavaScript string.
	if embed := read("web/embed.js"); !strings.Contains(embed, `var site = "Gazette Fact Check";`) {
		t.Error("embed.js does not carry the site's name")
	}
	if !strings.Contains(read("app.js"), `Gazette Fact Check`) {
		t.Error("the browser is not given the configuration (app.js's environment)")
	}
	if !bytes.Contains([]byte(read("web/site.css")), []byte("#8a1538")) {
		t.Error("site.css lacks the theme colour")
	}
	if logo, _ := os.ReadFile("testdata/newsroom-site/gazette-logo.svg"); read("web/site-logo.svg") != string(logo) {
		t.Error("the logo is not the configured file")
	}
}

// TestSiteConfigurationMistakes: a mistake in the configuration stops the
// server at start, naming the file and the field.
func TestSiteConfigurationMistakes(t *testing.T) {
	skipUnderRace(t)
	web := testWeb(t, 4096)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "logo.svg"), []byte("<svg/>"), 0o644)
	for body, want := range map[string]string{
		`name = "X"` + "\ncolour = \"red\"":                    `unknown field "colour"`,
		`short_name = "X"`:                                     "name is missing",
		`name = "X"` + "\ntheme_color = \"red\"":               `theme_color "red" is not a colour`,
		`name = "X"` + "\nlanguage = \"english please\"":       `language "english please" is not a language tag`,
		`name = "X"` + "\nlogo = \"missing.png\"":              "logo:",
		`name = "X"` + "\nlogo = \"logo.gif\"":                 "is not an .svg, .png, .jpg or .webp file",
		`name = "X"` + "\nbase_url = \"https://a.example/fc\"": "served at the root of its host",
		`name = "X<script>"`:                                   "has the character '<'",
		`name = "` + strings.Repeat("x", 81) + `"`:             "more than 80",
		`name = "X`: "site configuration",
	} {
		file := filepath.Join(dir, "site.toml")
		os.WriteFile(file, []byte(body), 0o644)
		_, err := newServer(Config{Web: web, SiteFile: file})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "site.toml") && !strings.Contains(err.Error(), "base address") {
			t.Errorf("%q: error %v, want one naming the file and %q", body, err, want)
		}
	}
	// A minimal file: the rest follows from the name.
	file := filepath.Join(dir, "site.toml")
	os.WriteFile(file, []byte(`name = "The Courier's checker"`), 0o644)
	s, err := newServer(Config{Web: web, SiteFile: file, Base: "https://check.courier.example/"})
	if err != nil {
		t.Fatal(err)
	}
	if st := s.site; st.ShortName != st.Name || st.Publisher != st.Name || st.Base != "https://check.courier.example" || !strings.HasPrefix(st.About, "The Courier's checker holds") {
		t.Errorf("defaults from the name: %+v", st)
	}
}
