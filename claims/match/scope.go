package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// scopeWords maps each scope word or phrase (data/scope-words.txt) to its
// group: "solely" and "limited to" to "only".
var scopeWords = wordlist.Map(data, "data/scope-words.txt")

// scope finds statements that narrow or widen what the source says. A
// scope word the source has no word of the same group for ("only",
// "all", "first") goes beyond the source; "only X" where the source names
// X among others ("officials from the White House, State Department and
// FBI") is a conflict, and the reason names the others.
func scope(c *comparison) []finding {
	var out []finding
	for _, sw := range scopeOf(c.q) {
		if hasScope(c.texts, sw.group) || (sw.group == "all" || sw.group == "only") && c.countsAll(sw) || sw.group == "ever" && (hasScope(c.texts, "first") || negatedBefore(c.q.tokens, sw.next-1)) {
			continue
		}
		if sw.group == "only" {
			if f, ok := onlyAgainstList(c, sw); ok {
				out = append(out, f)
				continue
			}
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source does not say %q", sw.text),
			qSpan:  sw.span,
		})
	}
	return out
}

// negatedBefore reports whether a negation stands within the three tokens
// before token i: "refused to ever work", "has not ever lost" deny, and
// their "ever" only says so more strongly. (After a "first", as in "the
// first time ever", it stresses the first: scope above.)
func negatedBefore(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if isNegation(toks, j) {
			return true
		}
	}
	return false
}

// countsAll reports whether an "all" or an "only" stands before a number
// the source gives for the same thing: "all three steps" against "these
// three steps" widens nothing, nor does "only 212 trains ran" against
// "212 of its 1,050 trains ran" narrow it (a figure is all there was;
// "only" says it is few: the same value will do, what it counts is the
// figures rule's).
func (c *comparison) countsAll(sw scoped) bool {
	toks := c.q.tokens
	if sw.next >= len(toks) || toks[sw.next].Kind != text.Number {
		return false
	}
	n := toks[sw.next]
	for _, a := range c.texts {
		for i, t := range a.tokens {
			if t.Kind == text.Number && t.Num == n.Num && (sw.group == "only" || i+1 < len(a.tokens) && sw.next+1 < len(toks) && a.tokens[i+1].Term == toks[sw.next+1].Term) {
				return true
			}
		}
	}
	return false
}

// idiomScope is the group of data/scope-words.txt's set phrases whose
// scope word sets no scope: "all the way", "at first", "once again".
const idiomScope = "idiom"

// idiomLongest is the most words an idiom of data/scope-words.txt has,
// and idiomFirst the words idioms open with.
var idiomLongest, idiomFirst = func() (int, map[string]bool) {
	n, first := 0, map[string]bool{}
	for phrase, g := range scopeWords {
		if g == idiomScope {
			words := strings.Fields(phrase)
			n = max(n, len(words))
			first[words[0]] = true
		}
	}
	return n, first
}()

// idiomAt returns how many words the longest set phrase of
// data/scope-words.txt's idiom group starting at token i has, or 0.
func idiomAt(toks []text.Token, i int) int {
	if i >= len(toks) || !idiomFirst[text.Normalize(toks[i].Text)] {
		return 0
	}
	n := 0
	words := make([]string, 0, idiomLongest)
	for k := i; k < len(toks) && k < i+idiomLongest; k++ {
		words = append(words, text.Normalize(toks[k].Text))
		if scopeWords[strings.Join(words, " ")] == idiomScope {
			n = k - i + 1
		}
	}
	return n
}

// inIdiom reports whether token i of a text stands in one of the set
// phrases of data/scope-words.txt's idiom group, whose words keep none of
// their own sense: the "end" of "in the end" (ultimately) is opposed to
// no "continued", the "after" of "after all" orders nothing.
func inIdiom(toks []text.Token, i int) bool {
	for start := max(0, i-idiomLongest+1); start <= i; start++ {
		if start+idiomAt(toks, start) > i {
			return true
		}
	}
	return false
}

// scoped is a scope word found in a text.
type scoped struct {
	group, text string
	span        [2]int
	next        int // index of the token after it
}

// scopeOf finds the scope words and phrases of a text, longest first.
func scopeOf(a analysed) []scoped {
	var out []scoped
	toks := a.tokens
	for i := 0; i < len(toks); i++ {
		if n := idiomAt(toks, i); n > 0 {
			i += n - 1 // "all the way": its "all" sets no scope
			continue
		}
		for n := 3; n >= 1; n-- {
			if i+n > len(toks) {
				continue
			}
			words := make([]string, n)
			for k := range words {
				words[k] = text.Normalize(toks[i+k].Text)
			}
			g, ok := scopeWords[strings.Join(words, " ")]
			if !ok && n == 1 && justBeforeNumber(toks, i) {
				g, ok = "only", true
			}
			if ok {
				// "Last week" is a time, not the last of something.
				if n == 1 && i+1 < len(toks) && deictic(toks, i+1) {
					break
				}
				out = append(out, scoped{g, a.text[toks[i].Start:toks[i+n-1].End], [2]int{toks[i].Start, toks[i+n-1].End}, i + n})
				i += n - 1
				break
			}
		}
	}
	return out
}

// hasScope reports whether any of the texts has a scope word of group.
func hasScope(texts []analysed, group string) bool {
	for _, a := range texts {
		for _, sw := range scopeOf(a) {
			if sw.group == group {
				return true
			}
		}
	}
	return false
}

// onlyAgainstList finds, for "only X", a claim text that names X in a
// list with names the statement leaves out.
func onlyAgainstList(c *comparison, sw scoped) (finding, bool) {
	q := c.q
	for k := sw.next; k < len(q.tokens) && k < sw.next+4; k++ {
		x := q.tokens[k]
		if x.Stop || !c.ix.key(q.text, x) {
			continue
		}
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != x.Term && ct.Term != c.al.matched[x.Term] {
					continue
				}
				if others := listedWith(c.ix, a, ci, q.terms); len(others) > 0 {
					return finding{
						kind:   conflict,
						reason: fmt.Sprintf("the source names %s too, not only %s", listOf(others), x.Text),
						qSpan:  sw.span, cText: a.text, cSpan: span(ct),
					}, true
				}
			}
		}
	}
	return finding{}, false
}

// listedWith returns the names listed with token i of a ("the White
// House, State Department and FBI"): names before or after it, separated
// by commas, "and" or "or" only, that the statement does not have. A list
// needs its "and" or "or": "In January, State Department…" is none.
func listedWith(ix *Index, a analysed, i int, have map[string]bool) []string {
	var spans []finding
	conjunction := false
	for _, dir := range []int{-1, 1} {
	walk:
		for j := i + dir; j >= 0 && j < len(a.tokens); j += dir {
			step(1)
			lo, hi := min(j, j-dir), max(j, j-dir)
			// Tokens may overlap (a compound beside its parts): only the
			// text between two that do not is punctuation to read.
			if e, s := a.tokens[lo].End, a.tokens[hi].Start; e < s && strings.ContainsAny(a.text[e:s], ".;:()") {
				break
			}
			switch t := a.tokens[j]; {
			case t.Term == "and" || t.Term == "or":
				conjunction = true
			case t.Term == "the" || t.Term == "a":
			case ix.isName(a, t):
				if !have[t.Term] {
					spans = append(spans, finding{qSpan: span(t)})
				}
			default:
				break walk
			}
		}
	}
	if !conjunction {
		return nil
	}
	// Words side by side are one name: "White" "House" -> "White House".
	var out []string
	seen := map[string]bool{}
	for _, n := range mergeAdjacent(spans, a.text) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// listOf writes names as a list: "“White House” and “State Department”".
func listOf(names []string) string { return joinQuoted(names, "and") }

// justBeforeNumber reports whether token i is a "just" before a figure:
// "just 30 hours", "just 16 years old" say "only" ("just announced" says
// when).
func justBeforeNumber(toks []text.Token, i int) bool {
	return text.Normalize(toks[i].Text) == "just" && i+1 < len(toks) && toks[i+1].Kind == text.Number
}
