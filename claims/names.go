package claims

import (
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// Proper nouns: the words a collection capitalises in the middle of a
// sentence. The builder reads them to tell a claim's names, and the
// matcher its index's, from words that merely open a sentence.

// ProperNouns returns the words seen capitalised in the middle of a
// sentence somewhere in texts: the collection's own list of names.
func ProperNouns(texts ...string) map[string]bool {
	out := map[string]bool{}
	for _, s := range texts {
		for _, t := range text.Analyze(s) {
			if t.Cap && !SentenceStartAt(s, t.Start) && t.Kind == text.Word && !t.Stop {
				out[t.Text] = true
			}
		}
	}
	return out
}

// SentenceStartAt reports whether a word at byte at opens a sentence or a
// line (a paragraph after a heading or a list item that ends with no stop:
// "Thanks to the success of Star Wars, …" names no one "Thanks").
func SentenceStartAt(s string, at int) bool {
	before := strings.TrimRight(s[:at], " \u00a0\"'“‘(\n")
	return before == "" || strings.Contains(s[len(before):at], "\n") || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, ":")
}
