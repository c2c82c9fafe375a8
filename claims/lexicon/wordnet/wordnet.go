// Package wordnet embeds all of Princeton WordNet 3.0 that package lexicon
// answers from (wordnet.dat.gz, 1.7 MB, made by `make lexicon` from Debian's
// wordnet-base; the licence is in ../NOTICE and at the top of the data) and
// cuts from it the part a claims database needs.
//
// It is for native programs, the database builder: app.wasm must never
// import it, since that would link the whole of WordNet into the page.
package wordnet

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"

	"github.com/factcheck/factcheck/claims/lexicon"
)

//go:embed wordnet.dat.gz
var data []byte

// Full returns the whole lexicon, decoded on first use (0.4 s natively).
func Full() (*lexicon.Lexicon, error) { return full() }

var full = sync.OnceValues(func() (*lexicon.Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("wordnet: %w", err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("wordnet: %w", err)
	}
	l, err := lexicon.Parse(text)
	if err != nil {
		return nil, fmt.Errorf("wordnet: %w", err)
	}
	return l, nil
})

// DefaultCut is what ForWords keeps around each word: its senses of rank
// 1 and 2 (of each part of speech) and, for a verb, the verbs one level
// below ("launch" for "begin"). For the seed database's 722 lemmas it
// keeps 8,700 synsets (350 kB of JSON, 127 kB gzipped); rank 1 alone would
// be half that, every sense 1.35 times, every sense and a level of noun
// and verb hyponyms 2.3 times. See lexicon.Cut.
func DefaultCut() lexicon.Cut {
	return lexicon.Cut{MaxSenseRank: 2, Hyponyms: map[lexicon.POS]int{lexicon.Verb: 1}}
}

// ForWords returns ForWordsCut(words, DefaultCut()).
func ForWords(words []string) (*lexicon.Lexicon, error) {
	return ForWordsCut(words, DefaultCut())
}

// ForWordsCut returns the subset of the full lexicon that words need: each
// word or phrase (any case, inflected or not) keeps every lemma Lemmas
// gives for it ("Agencies" keeps "agency"), and what cut says around it.
// See lexicon.Lexicon.SubsetOf for what a kept lemma brings along.
func ForWordsCut(words []string, cut lexicon.Cut) (*lexicon.Lexicon, error) {
	full, err := Full()
	if err != nil {
		return nil, err
	}
	keep := map[string]bool{}
	for _, w := range words {
		for _, lemma := range full.Lemmas(strings.ToLower(w)) {
			keep[lemma] = true
		}
	}
	return full.SubsetOf(func(lemma string) bool { return keep[lemma] }, cut), nil
}

// MaxPhrase is the longest phrase, in words, that Vocabulary looks for.
const MaxPhrase = 4

// phraseMemo is how many runs of words Vocabulary remembers as phrases or
// not (about 100 bytes each).
const phraseMemo = 1 << 20

// Vocabulary returns the words of texts (lower case, split at anything but
// letters, digits, apostrophes, hyphens and inner full stops, a trailing
// "'s" dropped), the parts of hyphenated words, and every run of 2 to
// MaxPhrase words that is, or inflects, a WordNet lemma ("called off",
// "extradition treaty"): what ForWords needs to cover the texts.
func Vocabulary(texts ...string) ([]string, error) {
	full, err := Full()
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	// Whether a run of words is a WordNet phrase, remembered: an archive
	// repeats its runs of words (copies and updates of a story), and each
	// lookup tries every inflection. Forgotten when it grows past
	// phraseMemo, so memory stays bounded at any archive size.
	known := map[string]bool{}
	isPhrase := func(p string) bool {
		is, ok := known[p]
		if !ok {
			if len(known) >= phraseMemo {
				clear(known)
			}
			is = len(full.Lemmas(p)) > 0
			known[p] = is
		}
		return is
	}
	for _, t := range texts {
		ws := tokens(t)
		for i, w := range ws {
			add(w)
			if strings.Contains(w, "-") {
				for _, part := range strings.Split(w, "-") {
					add(part)
				}
			}
			for n := 2; n <= MaxPhrase && i+n <= len(ws); n++ {
				p := strings.Join(ws[i:i+n], " ")
				if isPhrase(p) {
					add(p)
				}
			}
		}
	}
	return out, nil
}

// tokens splits text into lower-case words.
func tokens(text string) []string {
	var out []string
	// Invisible format characters (a soft hyphen inside "Vladi\u00admir")
	// are not there for a reader: they go before the text is cut.
	text = strings.Map(func(r rune) rune {
		if r >= 0xAD && unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, text)
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' && r != '.'
	}) {
		f = strings.ReplaceAll(f, "’", "'")
		f = strings.TrimSuffix(f, "'s")
		if !strings.HasSuffix(f, ".") || strings.Count(f, ".") < 2 { // "u.s." keeps its stops
			f = strings.Trim(f, "'-.")
		}
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}
