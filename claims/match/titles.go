package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// minTitleWords is how many words a title needs before it identifies one
// person: "president" alone fits two in a summit story; "secretary of
// state" fits one.
const minTitleWords = 2

// titles finds a title the statement gives one person and the source gives
// another: "Secretary of State Lavrov" against "Secretary of State John
// Kerry … Russian Foreign Minister Segrei Lavrov". A title is the words
// right before a name ("White House Cybersecurity Coordinator Howard
// Schmidt"), or after "is the" ("Klimashin is the White House
// cybersecurity coordinator").
func titles(c *comparison) []finding {
	var out []finding
	if f, ok := c.rankChanged(); ok {
		out = append(out, f)
	}
	if f, ok := c.affiliationChanged(); ok {
		out = append(out, f)
	}
	for _, held := range c.ix.titledNames(c.q) {
		for _, a := range c.texts {
			for _, src := range c.ix.titledNames(a) {
				if shareTerms(src.name, held.name) || !covers(src.title, held.title) {
					continue
				}
				return append(out, finding{
					kind: conflict,
					reason: fmt.Sprintf("the source gives the title %q to %s, not to %s",
						a.text[src.title[0].Start:src.title[len(src.title)-1].End], nameText(a, src.name), nameText(c.q, held.name)),
					qSpan: [2]int{held.name[0].Start, held.name[len(held.name)-1].End},
					cText: a.text, cSpan: [2]int{src.name[0].Start, src.name[len(src.name)-1].End},
					claim: [2]int{held.name[0].Start, held.name[len(held.name)-1].End},
				})
			}
		}
	}
	return out
}

// titled is a person's name with the title a text gives them.
type titled struct {
	name, title []text.Token
}

// titledNames finds the people of a text who carry a title of at least
// minTitleWords content words.
func (ix *Index) titledNames(a analysed) []titled {
	var out []titled
	toks := a.tokens
	for i := 0; i < len(toks); i++ {
		if !ix.isPerson(a, toks[i]) {
			continue
		}
		j := i
		for j+1 < len(toks) && ix.isPerson(a, toks[j+1]) && !clauseBreak(a.text, toks, j) {
			j++
		}
		name := toks[i : j+1]
		if title := titleBefore(ix, a, i); len(content(title)) >= minTitleWords {
			out = append(out, titled{name, title})
		} else if title := titleAfter(ix, a, j); len(content(title)) >= minTitleWords {
			out = append(out, titled{name, title})
		}
		i = j
	}
	return out
}

// isPerson reports whether a token may be part of a person's name: a
// personal name (speakers.go) that is not a place.
func (ix *Index) isPerson(a analysed, t text.Token) bool {
	return len(ix.personal([]text.Token{t})) == 1 && !text.IsPlace(t.Term) && ix.isName(a, t)
}

// titleBefore returns the title words right before token i: words, "of"
// and countries, back to a clause break or another kind of word. In a text
// with capitals, a title is capitalised ("… met Russian Foreign Minister
// Sergei Lavrov": not "met"); a name is part of one only before "of"
// ("Secretary of State").
func titleBefore(ix *Index, a analysed, i int) []text.Token {
	toks := a.tokens
	cased := hasCapitals(a)
	j := i - 1
	for ; j >= 0 && !clauseBreak(a.text, toks, j) && titleWord(toks[j]); j-- {
		t := toks[j]
		if cased && !t.Cap && !t.Stop {
			break
		}
		if ix.isPerson(a, t) && !(j+1 < i && toks[j+1].Term == "of") {
			break
		}
	}
	t := toks[j+1 : i]
	for len(t) > 0 && t[0].Stop { // "of" may join a title, not start one
		t = t[1:]
	}
	return t
}

// hasCapitals reports whether a text is written with capitals (beyond its
// first word), so that a lower-case word in it is not a name or title.
func hasCapitals(a analysed) bool {
	for _, t := range a.tokens[min(1, len(a.tokens)):] {
		if t.Cap {
			return true
		}
	}
	return false
}

// titleAfter returns the title in "NAME is/was the TITLE".
func titleAfter(ix *Index, a analysed, j int) []text.Token {
	toks := a.tokens
	k := j + 1
	if k+1 >= len(toks) || !(toks[k].Term == "is" || toks[k].Term == "was") || toks[k+1].Term != "the" {
		return nil
	}
	end := k + 2
	for end < len(toks) && titleWord(toks[end]) && !ix.isPerson(a, toks[end]) && !clauseBreak(a.text, toks, end-1) {
		end++
	}
	return toks[k+2 : end]
}

// titleWord reports whether a token can be part of a title: a content
// word, a country, or "of" ("Secretary of State").
func titleWord(t text.Token) bool {
	if t.Term == "of" {
		return true
	}
	return !t.Stop && !t.Neg && (t.Kind == text.Word || t.Kind == text.Entity)
}

func content(ts []text.Token) []text.Token {
	var out []text.Token
	for _, t := range ts {
		if !t.Stop {
			out = append(out, t)
		}
	}
	return out
}

// covers reports whether every content word of small stands in big.
func covers(big, small []text.Token) bool {
	have := map[string]bool{}
	for _, t := range big {
		have[t.Term] = true
	}
	for _, t := range content(small) {
		if !have[t.Term] {
			return false
		}
	}
	return true
}

func shareTerms(a, b []text.Token) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Term == y.Term {
				return true
			}
		}
	}
	return false
}

// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func nameText(a analysed, name []text.Token) string {
	return strings.TrimSpace(a.text[name[0].Start:name[len(name)-1].End])
}

// ranks are the words that make a title a lower office than the title
// alone: a "vice president" is not the president, a "deputy secretary"
// not the secretary. Source: written for factcheck; licence: that of
// factcheck. ("Acting", "interim" and "former" are left out: they say
// when the office is held, not which office it is.)
var ranks = wordSet("vice deputy assistant lieutenant")

// rankChanged finds a title word the two sides share where one of them
// has a rank before it and the other has not: "McHugh is president of
// the utility" against "McHugh, vice president of electrical engineering
// for the utility", and the other way round. The source does not make
// the statement (not supported; not contradicted: the same person may
// hold both).
func (c *comparison) rankChanged() (finding, bool) {
	rankBefore := func(a analysed, i int) (text.Token, bool) {
		if i == 0 || clauseBreak(a.text, a.tokens, i-1) {
			return text.Token{}, false
		}
		r := a.tokens[i-1]
		return r, ranks[text.Normalize(r.Text)]
	}
	for qi, qt := range c.q.tokens {
		m, ok := c.al.matched[qt.Term]
		if !ok || qt.Stop || qt.Kind != text.Word {
			continue
		}
		qr, qRanked := rankBefore(c.q, qi)
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != m {
					continue
				}
				cr, cRanked := rankBefore(a, ci)
				switch {
				case cRanked && !qRanked:
					return finding{
						kind:   beyond,
						reason: fmt.Sprintf("the source says %q, you wrote %q", a.text[cr.Start:ct.End], qt.Text),
						qSpan:  span(qt), cText: a.text, cSpan: [2]int{cr.Start, ct.End},
					}, true
				case qRanked && !cRanked && !c.ranked(m):
					return finding{
						kind:   beyond,
						reason: fmt.Sprintf("the source says %q, you wrote %q", ct.Text, c.q.text[qr.Start:qt.End]),
						qSpan:  [2]int{qr.Start, qt.End}, cText: a.text, cSpan: span(ct),
					}, true
				}
			}
		}
	}
	return finding{}, false
}

// ranked reports whether some claim text has a rank before term m.
func (c *comparison) ranked(m string) bool {
	for _, a := range c.texts {
		for i, t := range a.tokens {
			if t.Term == m && i > 0 && ranks[text.Normalize(a.tokens[i-1].Text)] {
				return true
			}
		}
	}
	return false
}

// affiliated is a person a text names after the group they belong to and
// their role in it: "Panthers forward Adam Johnson", "Acme chief
// executive Jo Lee".
type affiliated struct {
	name, group []text.Token
}

// affiliations finds the people of a text named after a group and a role:
// a run of capitalised words, then one lower-case word of role (no verb
// in the past or in -ing: "Acme hired Jo Lee" is no role), then the name.
func (ix *Index) affiliations(a analysed) []affiliated {
	var out []affiliated
	toks := a.tokens
	for i := 2; i < len(toks); i++ {
		if !ix.nameWord(a, toks[i]) || ix.nameWord(a, toks[i-1]) {
			continue
		}
		role := toks[i-1]
		if role.Cap || role.Stop || role.Neg || role.Kind != text.Word || pastTense(role) || strings.HasSuffix(text.Normalize(role.Text), "ing") || nameParticles[text.Normalize(role.Text)] || !adjacent(a, i-1) {
			continue
		}
		lo := i - 1
		for lo > 0 && groupWord(toks[lo-1]) && adjacent(a, lo-1) {
			lo--
		}
		if lo == i-1 {
			continue
		}
		hi := i
		for hi+1 < len(toks) && ix.nameWord(a, toks[hi+1]) && adjacent(a, hi) {
			hi++
		}
		out = append(out, affiliated{name: toks[i : hi+1], group: toks[lo : i-1]})
	}
	return out
}

// nameWord reports whether a token may be part of a person's name: a
// capitalised word that is a name (isName), no place.
func (ix *Index) nameWord(a analysed, t text.Token) bool {
	return t.Cap && t.Kind == text.Word && !t.Stop && !text.IsPlace(t.Term) && ix.isName(a, t)
}

// nameParticles are the lower-case words inside people's names ("Fritz
// von Weizsäcker", "Vincent van Gogh", "Ahmed bin Ali"): no role. Source:
// written for factcheck from the particles of Dutch, German, French,
// Italian, Spanish, Portuguese and Arabic names; licence: that of
// factcheck.
var nameParticles = wordSet("von van der den ter zu de du des la le da di del della dos das bin ibn bint al el ben abu y")

// groupWord reports whether a token can be part of a group's name: a
// capitalised content word.
func groupWord(t text.Token) bool {
	return t.Cap && !t.Stop && !t.Neg && (t.Kind == text.Word || t.Kind == text.Entity)
}

// adjacent reports whether token i and the next stand one space apart:
// no punctuation between them.
func adjacent(a analysed, i int) bool {
	return i+1 < len(a.tokens) && a.tokens[i+1].Start-a.tokens[i].End == 1 && a.text[a.tokens[i].End] == ' '
}

// affiliationPrepositions tie a person to the group they act for: "played
// for", "works for". ("At" and "with" place them or name whom they met:
// "spoke at the Brightwater conference", "met with the Rovers".)
var affiliationPrepositions = wordSet("for")

// affiliationChanged finds a person the statement ties to a group ("Adam
// Johnson played for the Steelers", "Steelers forward Adam Johnson")
// where the source names them after another group ("Panthers forward Adam
// Johnson … a game between the Steelers and the Panthers"): the source
// has both groups, and gives the person to the other. Not supported (a
// person may belong to two groups, or have moved: not contradicted).
func (c *comparison) affiliationChanged() (finding, bool) {
	var srcs []affiliated
	var in []analysed
	for _, a := range c.texts {
		for _, af := range c.ix.affiliations(a) {
			srcs, in = append(srcs, af), append(in, a)
		}
	}
	if len(srcs) == 0 {
		return finding{}, false
	}
	q := c.q
	for _, held := range c.statementAffiliations() {
		for k, src := range srcs {
			if !shareTerms(src.name, held.name) || shareTerms(src.group, held.group) || !c.sourceHas(held.group) {
				continue
			}
			a := in[k]
			return finding{
				kind: beyond,
				reason: fmt.Sprintf("the source says %q, you wrote %q",
					strings.TrimSpace(a.text[src.group[0].Start:src.name[len(src.name)-1].End]), nameText(q, held.group)),
				qSpan: [2]int{held.group[0].Start, held.group[len(held.group)-1].End},
				cText: a.text, cSpan: [2]int{src.group[0].Start, src.group[len(src.group)-1].End},
			}, true
		}
	}
	return finding{}, false
}

// statementAffiliations are the people the statement ties to a group:
// named after it and a role, as the sources do, or acting for it right
// after their name ("Jo Lee works for Acme", "Jo Lee, who plays for the
// Steelers").
func (c *comparison) statementAffiliations() []affiliated {
	q := c.q
	out := c.ix.affiliations(q)
	toks := q.tokens
	for i := 0; i < len(toks); i++ {
		if !c.ix.nameWord(q, toks[i]) {
			continue
		}
		hi := i
		for hi+1 < len(toks) && c.ix.nameWord(q, toks[hi+1]) && adjacent(q, hi) {
			hi++
		}
		name := toks[i : hi+1]
		k := hi + 1
		if k < len(toks) && relatives[toks[k].Term] {
			k++
		}
		for k < len(toks) && helper(toks[k]) {
			k++
		}
		if k+1 >= len(toks) || toks[k].Cap || toks[k].Stop || toks[k].Kind != text.Word || !affiliationPrepositions[toks[k+1].Term] {
			i = hi
			continue
		}
		lo := k + 2
		for lo < len(toks) && text.IsDeterminer(toks[lo].Term) {
			lo++
		}
		end := lo
		for end < len(toks) && groupWord(toks[end]) && (end == lo || adjacent(q, end-1)) {
			end++
		}
		if end > lo {
			out = append(out, affiliated{name: name, group: toks[lo:end]})
		}
		i = hi
	}
	return out
}

// sourceHas reports whether a claim text has every word of a group's
// name the statement gives (as matched): the source names that group too.
func (c *comparison) sourceHas(group []text.Token) bool {
	for _, t := range group {
		m, ok := c.al.matched[t.Term]
		if !ok {
			return false
		}
		found := false
		for _, a := range c.texts {
			found = found || a.terms[m]
		}
		if !found {
			return false
		}
	}
	return true
}
