package app

import (
	"encoding/json"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims/plainjson"
)

// Site is what a newsroom names and brands: every place the site says its
// own name, in the header, the title of each page, the manifest, the
// embed's label, share texts, og: tags and structured data, reads it from
// here. The server reads it from a file (`-site FILE`, see site/site.go)
// and gives it to the browser through go-app's environment (siteEnv).
type Site struct {
	Name      string `json:"name" toml:"name"`             // "The Gazette fact-checker"
	ShortName string `json:"short_name" toml:"short_name"` // under the icon on a phone's home screen
	Publisher string `json:"publisher" toml:"publisher"`   // the organisation that publishes the site
	Base      string `json:"base_url" toml:"base_url"`     // "https://factcheck.gazette.example"; "" when not known
	// Logo is the address of the logo the pages show (a file under /web/,
	// or the default icon).
	Logo       string `json:"logo" toml:"logo"`
	ThemeColor string `json:"theme_color" toml:"theme_color"` // "#1d4ed8"
	Language   string `json:"language" toml:"language"`       // BCP 47: "en", "en-GB"
	About      string `json:"about" toml:"about"`             // the about page's first paragraph
}

// DefaultSite is the seed's configuration: what a site is called when it
// is given none.
var DefaultSite = Site{
	Name:       "factcheck",
	ShortName:  "factcheck",
	Publisher:  "factcheck",
	Logo:       "/web/icon.svg",
	ThemeColor: "#1d4ed8",
	Language:   "en",
	About:      "factcheck holds a database of claims drawn from news articles. Every claim is tied to the exact words of its source, so you can read them yourself.",
}

// siteEnv is the go-app environment variable that carries the site's
// configuration, as JSON, to the browser.
const siteEnv = "SITE_CONFIG"

var siteConfig struct {
	sync.Mutex
	site *Site
}

// SetSite makes s the site's configuration; the server calls it before
// serving. SiteEnv then gives go-app what the browser needs to know it.
func SetSite(s Site) {
	siteConfig.Lock()
	defer siteConfig.Unlock()
	siteConfig.site = &s
}

// SiteEnv is the environment go-app hands to the browser (Handler.Env),
// where site() reads the configuration back.
func SiteEnv(s Site) map[string]string {
	data, _ := json.Marshal(s)
	return map[string]string{siteEnv: string(data)}
}

// site is the configuration: the one given to SetSite on the server, the
// one the server sent in the browser, else DefaultSite.
func site() Site {
	siteConfig.Lock()
	defer siteConfig.Unlock()
	if siteConfig.site == nil {
		s := DefaultSite
		if goapp.IsClient {
			if env := goapp.Getenv(siteEnv); env != "" {
				s = decodeSite(env, s)
			}
		}
		siteConfig.site = &s
	}
	return *siteConfig.site
}

// pageTitle is a page's title: what it shows, then the site's name. It is
// written into og:title too, so it goes through attrText.
func pageTitle(what string) string { return attrText(what + " · " + site().Name) }

// decodeSite reads the site's configuration from env over s (a field
// env leaves out keeps its value in s), as json.Unmarshal does, without reflection (claims/plainjson): the page
// reads it for its first render, and encoding/json's decoder would be
// compiled for it alone.
func decodeSite(env string, s Site) Site {
	read := s
	r := plainjson.NewReader(env)
	r.Object([]plainjson.Field{
		{Key: "name", Str: &read.Name},
		{Key: "short_name", Str: &read.ShortName},
		{Key: "publisher", Str: &read.Publisher},
		{Key: "base_url", Str: &read.Base},
		{Key: "logo", Str: &read.Logo},
		{Key: "theme_color", Str: &read.ThemeColor},
		{Key: "language", Str: &read.Language},
		{Key: "about", Str: &read.About},
	})
	if !r.Done() {
		json.Unmarshal([]byte(env), &s)
		return s
	}
	return read
}
