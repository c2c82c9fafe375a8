package importers

import (
	"strings"

	"github.com/RadhiFadlillah/whatlanggo"
)

// detectLanguage returns the ISO 639-1 code of the language text is
// written in, with whatlanggo (a trigram detector for 84 languages, a
// port of the Rust whatlang library; MIT licence). It is the copy
// go-trafilatura already links, so it costs the command nothing more
// (its own size, measured in the README, is about 0.6 MB). The first
// 4,000 bytes decide. When the text is too short for a reliable answer,
// the page's own declaration (JSON-LD inLanguage, else <html lang>) is
// taken if it has one. "" means unknown (and the article is read).
func detectLanguage(text string, declared ...string) string {
	sample := text
	if len(sample) > 4000 {
		sample = sample[:4000]
	}
	info := whatlanggo.Detect(sample)
	code := info.Lang.Iso6391()
	if info.IsReliable() && code != "" {
		return code
	}
	for _, d := range declared {
		if d = strings.ToLower(strings.TrimSpace(d)); len(d) >= 2 && (len(d) == 2 || d[2] == '-' || d[2] == '_') {
			return d[:2]
		}
	}
	return ""
}
