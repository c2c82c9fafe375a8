package match

import (
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// Why a sentence is not checkable, beyond the segmenter's reasons
// (claims.ReasonQuestion, claims.ReasonGreeting, …).
const (
	ReasonLink     = "a link: only the words of a statement can be checked"
	ReasonLanguage = "not English: only English text can be checked"
)

// outOfScope says why a sentence the segmenter let through cannot be
// checked, or "": a bare link, a question typed without its question mark
// ("what did bossert say about russia"), or text in another language.
// The language is told by its letters (mostly not Latin: Cyrillic,
// Arabic, Han…) or its function words (english-markers.txt,
// foreign-markers.txt), so that a short English statement full of names
// is never turned away. (whatlanggo, a trigram detector, was tried: it
// takes "Tillerson plans to shut down Painter's office" for French, and
// adds 490 KB to app.wasm.)
func outOfScope(s string) string {
	if strings.TrimSpace(urlRE.ReplaceAllString(s, "")) == "" || len(strings.Fields(urlRE.ReplaceAllString(s, " "))) < 3 && urlRE.MatchString(s) {
		return ReasonLink
	}
	toks := text.Analyze(s)
	if len(toks) > 0 && questionStart(toks) {
		return claims.ReasonQuestion
	}
	if !english(s, toks) {
		return ReasonLanguage
	}
	return ""
}

// questionWords begin a question: "what did…", "is the hotline…". "When"
// and "where" do only before an auxiliary ("when did…"), as they also
// begin statements ("When Russia annexed Crimea, …").
var (
	questionWords = map[string]bool{"what": true, "who": true, "whom": true, "whose": true, "why": true, "how": true, "which": true}
	auxiliaries   = map[string]bool{"is": true, "are": true, "was": true, "were": true, "do": true, "does": true, "did": true, "can": true, "could": true, "will": true, "would": true, "should": true, "has": true, "have": true, "had": true}
)

func questionStart(toks []text.Token) bool {
	first := text.Normalize(toks[0].Text)
	second := ""
	if len(toks) > 1 {
		second = text.Normalize(toks[1].Text)
	}
	switch {
	case questionWords[first]:
		return len(toks) > 2
	case first == "when" || first == "where":
		return auxiliaries[second]
	case auxiliaries[first]:
		return len(toks) > 3
	}
	return false
}

func english(s string, toks []text.Token) bool {
	latin, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	if other > latin {
		return false
	}
	foreign := 0
	for _, t := range toks {
		w := text.Normalize(t.Text)
		if englishMarkers[w] {
			return true
		}
		if foreignMarkers[w] {
			foreign++
		}
	}
	return foreign < 2
}

// englishMarkers are function words only English writes
// (data/english-markers.txt).
var englishMarkers = wordlist.Set(data, "data/english-markers.txt")

// foreignMarkers are frequent function words of other languages
// (data/foreign-markers.txt).
var foreignMarkers = func() map[string]bool {
	out := map[string]bool{}
	for _, e := range wordlist.Table(data, "data/foreign-markers.txt") {
		for _, l := range e.Items {
			for _, w := range strings.Fields(l) {
				out[w] = true
			}
		}
	}
	return out
}()
