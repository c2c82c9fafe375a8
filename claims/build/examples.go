package build

import (
	"bufio"
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// Example is a statement a first-time reader can try.
type Example struct {
	Text string
	// Altered is set on an example made from a claim with a changed date
	// or figure: the database should contradict it.
	Altered bool
}

// ParseExamples reads an examples file: one statement a line; blank lines
// and lines starting with # are ignored.
func ParseExamples(data []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), claims.MaxTextBytes)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// Example lengths: short enough to read at a glance, long enough to state
// a fact.
const (
	minExampleBytes = 25
	maxExampleBytes = 100
)

var (
	yearRE   = lazyre.New(`\b(1[89]\d\d|20\d\d)\b`)
	figureRE = lazyre.New(`\b[1-9]\d*(?:[.,]\d+)?\b`)
)

// DeriveExamples picks up to n examples from the claims when the
// newsroom named none: n-1 short claims from different articles, as they
// stand (curated claims first, they state one fact each; then those
// naming someone or something with a date or figure; then the shortest), and one more with its year (or else a figure) changed, so a
// reader sees a contradiction too. Only a whole declarative sentence can
// be one (see exampleSentence); hasVerb, when set, must find its verb
// (the command asks WordNet). The choice is deterministic.
func DeriveExamples(db *claims.DB, n int, hasVerb func(string) bool) []Example {
	if n <= 0 {
		return nil
	}
	var cands []*claims.Claim
	for i := range db.Claims {
		c := &db.Claims[i]
		if c.Kind == claims.KindImported || len(c.Sources) == 0 || c.Sources[0].Article == "" {
			continue
		}
		if !exampleSentence(c.Text) || hasVerb != nil && !hasVerb(c.Text) {
			continue
		}
		cands = append(cands, c)
	}
	// A fact a reader can check names someone or something, and best
	// also a date or a figure: those come first.
	weight := func(c *claims.Claim) int {
		w := 0
		if len(c.Entities) > 0 {
			w += 2
			if len(c.Dates) > 0 || len(c.Numbers) > 0 {
				w++
			}
		}
		return w
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if (a.Kind == claims.KindCurated) != (b.Kind == claims.KindCurated) {
			return a.Kind == claims.KindCurated
		}
		if wa, wb := weight(a), weight(b); wa != wb {
			return wa > wb
		}
		if len(a.Text) != len(b.Text) {
			return len(a.Text) < len(b.Text)
		}
		return a.ID < b.ID
	})
	var out []Example
	used := map[string]bool{} // articles drawn on
	picked := map[*claims.Claim]bool{}
	for _, c := range cands {
		if len(out) == n-1 {
			break
		}
		if a := c.Sources[0].Article; !used[a] {
			used[a] = true
			picked[c] = true
			out = append(out, Example{Text: sentence(c.Text)})
		}
	}
	// The altered ones: claims not picked if there are, else any; one
	// for every four examples asked for (at least one), so that a caller
	// that drops those the database does not contradict has a next one.
	want := max(1, n/4)
	for _, pass := range []bool{false, true} {
		for _, c := range cands {
			if picked[c] != pass || want == 0 {
				continue
			}
			if t, ok := alter(c.Text); ok {
				out = append(out, Example{Text: sentence(t), Altered: true})
				want--
			}
		}
	}
	return out
}

// exampleSentence reports whether a claim reads as a whole declarative
// sentence a reader can trust out of its page: short enough to read at a
// glance, long enough to state a fact; starting with a capital, ending
// as a statement (a full stop is added when a curated claim has none); no
// quotation (a fragment of someone's words), no
// question, no colon or brackets (captions, credits and "Photo: …" lines
// have them), no address or handle.
func exampleSentence(s string) bool {
	if len(s) < minExampleBytes || len(s) > maxExampleBytes || strings.HasSuffix(s, "..") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…") {
		return false
	}
	if r := []rune(s)[0]; !unicode.IsUpper(r) {
		return false
	}
	if strings.ContainsAny(s, "\"“”‘«»?:;()[]@/|") || strings.Contains(s, " '") || strings.HasPrefix(s, "'") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 5 || len(words)-claims.ContentWords(s) < 2 {
		return false // a line of statistics has no function words: "Aden O'Hara 2 goals, 2 assists."
	}
	// A sentence that opens on a pronoun or a link to the one before it
	// ("Instead, they lost…", "He said…", "The same appears…") means
	// nothing out of its page; nor do words given to a pronoun ("…, he
	// said."), which name nobody.
	if contextOpeners[strings.ToLower(strings.TrimRight(words[0], ",.’'s"))] ||
		len(words) > 1 && strings.EqualFold(words[0], "the") && strings.EqualFold(strings.TrimRight(words[1], ","), "same") {
		return false
	}
	return !pronounSaidRE.Regexp().MatchString(s) && !personalPronounRE.Regexp().MatchString(s) && !pageReferenceRE.Regexp().MatchString(s)
}

// personalPronounRE finds a person named by a pronoun only, anywhere in
// the sentence ("One day, he and Aytim quarrelled." names nobody out of
// its page), and the writer or the reader ("First, let’s say what the
// Yahoo sale is not."): not a reported fact. (Case-blind but for "us",
// so "the US" stays.)
var personalPronounRE = lazyre.New(`\b(?i:he|she|him|his|her|hers|they|them|their)\b|\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y|me|[Yy]ou|[Yy]our|[Ll]et[’']s)\b`)

// pageReferenceRE finds a sentence about its own page: "Figure 20 shows
// how Bob’s repository looks now.", "the table below".
var pageReferenceRE = lazyre.New(`(?i)\b(?:figure|fig\.|table|chart|graph|diagram|listing|example|screenshot)\s+\d|\b(?:above|below)\b`)

// pronounSaidRE finds words given to a pronoun: "he said", "she added".
var pronounSaidRE = lazyre.New(`(?i)\b(?:he|she|they|it)\s+(?:` + attrVerbs + `)\b`)

// contextOpeners begin sentences that lean on the one before.
var contextOpeners = map[string]bool{"he": true, "she": true, "they": true, "it": true, "its": true, "this": true, "that": true,
	"these": true, "those": true, "we": true, "i": true, "you": true, "his": true, "her": true, "their": true, "our": true,
	"instead": true, "but": true, "and": true, "or": true, "however": true, "also": true, "so": true, "still": true, "yet": true,
	"meanwhile": true, "then": true, "let": true, "there": true, "here": true, "such": true, "both": true, "thus": true, "later": true}

// alter changes a claim's first year (one year later) or, failing that,
// its first figure (one more in its leading digit).
func alter(s string) (string, bool) {
	if loc := yearRE.FindStringIndex(s); loc != nil {
		y, _ := strconv.Atoi(s[loc[0]:loc[1]])
		return s[:loc[0]] + strconv.Itoa(y+1) + s[loc[1]:], true
	}
	if loc := figureRE.FindStringIndex(s); loc != nil {
		d := s[loc[0]] - '0'
		next := strconv.Itoa(int(d) + 1) // 9 becomes 10
		return s[:loc[0]] + next + s[loc[0]+1:], true
	}
	return "", false
}

// sentence ends s with a full stop unless it ends a sentence already.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if claims.EndsSentence(s) {
		return s
	}
	return s + "."
}
