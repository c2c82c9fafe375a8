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
	ReasonNoVerb   = "no verb: a name or a phrase alone states no fact"
)

// outOfScope says why a sentence the segmenter let through cannot be
// checked, or "": a bare link, a question typed without its question mark
// ("what did bossert say about russia"), text in another language, or a
// name or phrase with no verb ("Roman Seleznev", "Biden and Putin in
// Geneva"), which states nothing a source could settle: a badge on it
// would say more than the reader did.
// The language is told by its letters (mostly not Latin: Cyrillic,
// Arabic, Han…) or its function words (english-markers.txt,
// foreign-markers.txt), so that a short English statement full of names
// is never turned away. (whatlanggo, a trigram detector, was tried: it
// takes "Tillerson plans to shut down Painter's office" for French, and
// adds 490 KB to app.wasm.)
func outOfScope(s string) string {
	if strings.TrimSpace(s) == "" {
		return ReasonLink
	}
	if hasLink(s) {
		if re := urlRE.Regexp(); strings.TrimSpace(re.ReplaceAllString(s, "")) == "" || len(strings.Fields(re.ReplaceAllString(s, " "))) < 3 && re.MatchString(s) {
			return ReasonLink
		}
	}
	toks := text.Analyze(s)
	if len(toks) > 0 && questionStart(toks) && !closedAsStatement(s) {
		return claims.ReasonQuestion
	}
	if !english(s, toks) {
		return ReasonLanguage
	}
	if !hasVerb(s, toks) {
		return ReasonNoVerb
	}
	return ""
}

// hasVerb reports whether a sentence has a word that may be its verb: an
// auxiliary or a contraction of one, a verb of text.IsVerb (WordNet's
// verbs) or an inflection of one, or an irregular past ("met"). A word
// written with a capital is read as a name ("Trump", "Hunter"), unless
// the whole sentence is in capitals. The test errs towards a verb: a noun
// that is also a verb ("talks", "attacks") counts, so a real statement is
// never turned away; only a phrase with no word that could be a verb is.
func hasVerb(s string, toks []text.Token) bool {
	caps := strings.ToUpper(s) == s
	for _, t := range toks {
		if t.Kind != text.Word || t.Text == "" {
			continue
		}
		if r := []rune(t.Text)[0]; unicode.IsUpper(r) && !caps {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(text.Normalize(t.Text))) { // "took part"
			if verbForm(w) {
				return true
			}
		}
	}
	return false
}

// moreAuxiliaries complete auxiliaries (a question's first words) with the
// forms of "be" and the modals that never begin one here.
var moreAuxiliaries = wordSet("am be been being may might must shall ought")

// contractedVerbs are the endings that hold a verb: "he's", "they're",
// "we've", "she'll", "it'd", "isn't".
var contractedVerbs = []string{"'s", "'re", "'ve", "'ll", "'d", "'m", "n't"}

// inflections undo an English verb ending: "says", "passes", "tries",
// "agreed", "agreed"/"agree", "tried", "talking", "making".
var inflections = []struct{ cut, add string }{
	{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"},
	{"d", ""}, // "annexd", as typed in a hurry
}

func verbForm(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	if auxiliaries[w] || moreAuxiliaries[w] || text.IsVerb(w) || text.IsIrregularPast(w) {
		return true
	}
	for _, c := range contractedVerbs {
		if strings.HasSuffix(w, c) && len(w) > len(c) {
			return true
		}
	}
	for _, in := range inflections {
		if !strings.HasSuffix(w, in.cut) || len(w) <= len(in.cut)+1 {
			continue
		}
		base := strings.TrimSuffix(w, in.cut) + in.add
		if text.IsVerb(base) {
			return true
		}
		// "stopped", "planning": a doubled last consonant.
		if n := len(base); in.add == "" && n > 2 && base[n-1] == base[n-2] && text.IsVerb(base[:n-1]) {
			return true
		}
	}
	return false
}

// auxiliaryWords are the auxiliaries a question may open with (and a
// subject stand before: subject.go's finiteAux).
const auxiliaryWords = "is are was were do does did can could will would should has have had"

// questionWords begin a question: "what did…", "is the hotline…". "When"
// and "where" do only before an auxiliary ("when did…"), as they also
// begin statements ("When Russia annexed Crimea, …").
var (
	questionWords = wordSet("what who whom whose why how which")
	auxiliaries   = wordSet(auxiliaryWords)
)

// closedAsStatement reports whether s ends with a full stop or an
// exclamation mark (before closing quotes or brackets): its writer made it
// a statement, whatever its first words ("What voters make of it remains
// unclear."). Readers who leave out a question's mark leave out the full
// stop too, so questionStart still reads "what did bossert say".
func closedAsStatement(s string) bool {
	s = strings.TrimRight(s, " \t\r\n\"'”’)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!")
}

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
