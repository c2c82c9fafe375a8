package match

import (
	"fmt"
	"maps"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// An article names someone or something once with its role or kind and
// then calls it by that alone: "Health Minister Maria Lopez announced …
// ¶ … The minister said …", "Ramsford General Hospital … ¶ The hospital
// recorded …", "Coty, the beauty company, …", "the airline's chief
// executive, Dana Hall, said". Where the sentence before gives no
// subject to read the description as (subject.go), a reader takes it for
// the one name the article itself calls so, and so does the matcher.
//
// A guess at whom a description means must never make a wrong badge, so
// the reading needs the article to say it: every word of the description
// is a word the article gives the name (its own words, the words right
// before it, or its apposition), no other name is called so ("Health
// Minister Maria Lopez … Finance Minister Tom Berg": none is "the
// minister"), and the article never uses the description's noun for one
// it does not name that way ("the finance minister", "a minister",
// "the minister of finance" beside "Health Minister Maria Lopez"). An
// indefinite ("a minister") in the claim names nobody: only "the" opens a
// description (descriptionsOf). As every reading of an antecedent, it is
// for a support only (check.go).

// describedLink is a name of the article and what the article calls it.
type describedLink struct {
	name   map[string]bool // the run of names' terms: "health minist maria lopez"
	words  map[string]bool // those and the words that describe it
	heads  map[string]bool // the nouns it is called by, as written: "minister", "zoo"
	lo, hi int             // the tokens the run and its description span
}

// maxDescribingWords is how many words before a name, or in its
// apposition, describe it: "the Japanese luxury carmaker" has three.
const maxDescribingWords = 4

// describingWord reports whether a token may be a word of a description
// of a name: a content word in lower case that is no verb.
func describingWord(t *text.Token) bool {
	return t.Kind == text.Word && !t.Cap && !t.Stop && !t.Neg && !possessiveWord(*t) && !verbLike(t)
}

// describedLinks returns the article's names with what it calls each.
func (ix *Index) describedLinks(article string, toks []text.Token) []describedLink {
	const stops = ".,;:()—–\"“”\n"
	var out []describedLink
	for i := 0; i < len(toks); {
		if !ix.subjectName(article, &toks[i]) {
			i++
			continue
		}
		j := ix.nameRunFrom(article, toks, i)
		l := describedLink{name: map[string]bool{}, words: map[string]bool{}, heads: map[string]bool{}, lo: i, hi: j}
		for _, t := range toks[i:j] {
			if !t.Stop {
				l.name[t.Term] = true
				l.words[t.Term] = true
			}
			// Its own nouns: "Harwell Bay Zoo", "Health Minister Maria
			// Lopez".
			l.heads[text.Normalize(t.Text)] = true
		}
		// The words right before it: "beauty company Coty", "transport
		// minister Carla Benn".
		for k := i - 1; k >= 0 && k >= i-maxDescribingWords && !gapHas(article, toks, k+1, stops) && describingWord(&toks[k]); k-- {
			if k == i-1 {
				l.heads[text.Normalize(toks[k].Text)] = true
			}
			l.words[toks[k].Term] = true
			l.lo = k
		}
		// An apposition after it, closed by punctuation: "Coty, the
		// beauty company, said" (not "Sales rose in Europe, the company
		// said"). It may open with whose role it is: "Bertil Aske, the
		// association's chairman" is the association chairman.
		if j < len(toks) && strings.TrimSpace(gap(article, toks, j)) == "," {
			k := j
			if text.IsDeterminer(toks[k].Term) {
				k++
			}
			first := k
			if k+1 < len(toks) && possessiveWord(toks[k]) && !toks[k].Cap && !gapHas(article, toks, k+1, stops) {
				k++
			}
			e := k
			for e < len(toks) && e < k+maxDescribingWords && describingWord(&toks[e]) && (e == k || !gapHas(article, toks, e, stops)) {
				e++
			}
			if e > k && (e == len(toks) || gapHas(article, toks, e, stops) || text.Normalize(toks[e].Text) == "of") {
				// "chair of the Rossbury Traders' Association": the
				// words after "of" describe it too.
				for f := e; f < len(toks) && (f == e || !gapHas(article, toks, f, stops)); f++ {
					l.words[toks[f].Term] = true
				}
				for _, t := range toks[first:e] {
					l.words[t.Term] = true
				}
				l.heads[text.Normalize(toks[e-1].Text)] = true
				l.hi = e
			}
		}
		// An apposition before it, the name set apart by commas before
		// its verb: "the health minister, Maria Lopez, said" (not "after
		// talks with the union, Pennine Rail, which …").
		if i > 0 && strings.TrimSpace(gap(article, toks, i)) == "," && j < len(toks) && gapHas(article, toks, j, ",") && verbLike(&toks[j]) {
			k := i - 1
			for k >= 0 && k > i-1-maxDescribingWords && describingWord(&toks[k]) && (k == i-1 || !gapHas(article, toks, k+1, stops)) {
				k--
			}
			// Opened by an article or an owner: "the health minister",
			// "the airline's chief executive", "Its chief economist".
			if k < i-1 && (k < 0 || text.IsDeterminer(toks[k].Term) || determiners[text.Normalize(toks[k].Text)] || possessiveWord(toks[k]) || gapHas(article, toks, k+1, stops)) {
				for _, t := range toks[k+1 : i] {
					l.words[t.Term] = true
				}
				l.heads[text.Normalize(toks[i-1].Text)] = true
				l.lo = k + 1
			}
		}
		out = append(out, l)
		i = j
	}
	return out
}

// describedName returns the terms of the one name the article calls by
// every word of one of the descriptions, or nil.
func (ix *Index) describedName(article string, descs []description) map[string]bool {
	if article == "" {
		return nil
	}
	toks := text.Analyze(article)
	links := ix.describedLinks(article, toks)
	var found map[string]bool
	for _, d := range descs {
		var best *describedLink
		var called []*describedLink
		for i := range links {
			if links[i].heads[headOf(d)] && subset(wordsOf(d), links[i].words) {
				called = append(called, &links[i])
				if best == nil || len(links[i].name) > len(best.name) {
					best = &links[i]
				}
			}
		}
		if best == nil {
			continue
		}
		// Every name called so is the one name: "Health Minister Maria
		// Lopez" and "Lopez", not "Maria Lopez" and "Tom Berg".
		for _, l := range called {
			if !subset(l.name, best.name) {
				return nil
			}
		}
		if !ix.onlyDescribed(article, toks, d, called, best.words) {
			return nil
		}
		if found != nil && !sameName(found, best.name) {
			return nil
		}
		found = best.name
	}
	return found
}

// headOf returns a description's noun as written: "minister", not
// "ministers".
func headOf(d description) string {
	f := strings.Fields(d.text)
	return text.Normalize(f[len(f)-1])
}

// wordsOf returns a description's words as a set.
func wordsOf(d description) map[string]bool {
	out := make(map[string]bool, len(d.words))
	for _, w := range d.words {
		out[w] = true
	}
	return out
}

// indefinites open a noun phrase that names one of many: "a minister".
var indefinites = wordSet("a an another one any some each every")

// onlyDescribed reports whether every use of the description's noun
// outside the links that call the name so may be that name: none with a
// word the article does not give the name ("the finance minister", "the
// minister of finance"), none indefinite ("a minister").
func (ix *Index) onlyDescribed(article string, toks []text.Token, d description, called []*describedLink, words map[string]bool) bool {
	head := headOf(d)
next:
	for k := range toks {
		if text.Normalize(toks[k].Text) != head {
			continue
		}
		for _, l := range called {
			if k >= l.lo && k < l.hi {
				continue next
			}
		}
		m := k - 1
		for ; m >= 0 && !gapHas(article, toks, m+1, ".,;:()—–\"“”\n") && (describingWord(&toks[m]) || possessiveWord(toks[m]) && !toks[m].Cap); m-- {
			if !words[toks[m].Term] {
				return false // "the finance minister"
			}
		}
		if m >= 0 && (normIn(indefinites, &toks[m]) || toks[m].Kind == text.Number) {
			return false // "a minister"
		}
		if k+2 < len(toks) && text.Normalize(toks[k+1].Text) == "of" && !toks[k+2].Stop && !words[toks[k+2].Term] {
			return false // "the minister of finance"
		}
	}
	return true
}

// otherRole finds a statement that gives its words to a role ("The
// finance minister said …", "…, the finance minister said", "according
// to the regulator, …") where the source gives them to a named person its
// article calls by that role's noun with other words ("Health Minister
// Maria Lopez"), or that the article gives only to another name ("Mona
// Iversen, chair of …"), or, when the article never uses the role's
// words at all, where the claim's paragraph gives words to a second
// speaker too ("The Data Protection Authority said … Hollins said …"):
// the role may be either's, so the source does not say the finance
// minister said it. Not supported, never contradicted: one person may
// hold two roles.
func (c *comparison) otherRole() []finding {
	d, ok := c.speakerDescription()
	if !ok {
		return nil
	}
	source, sourceName := c.sourceSpeaker()
	called, other, elsewhere := c.speakerRole([]description{d}, source)
	if !other && !called && !elsewhere && len(source) > 0 && !c.articleUses(d) && c.secondSpeaker(source) {
		other = true
	}
	if !other && (called || !elsewhere) {
		return nil
	}
	return []finding{{
		kind:   beyond,
		reason: fmt.Sprintf("the source gives these words to %s, not to %s", sourceName, d.text),
	}}
}

// speakerDescription returns the role the statement's own attribution
// gives its words to: the words after "the", or from an owner in lower
// case, before the verb of saying ("the traders' association chair said",
// not "the traders' association"; "pennant's chief economist said"), or
// after "according to" ("according to the regulator").
func (c *comparison) speakerDescription() (description, bool) {
	if c.q.speaker == "" {
		return description{}, false
	}
	q := analyse(c.q.speaker)
	toks := q.tokens
	v := 1
	if len(toks) > 2 && text.Normalize(toks[0].Text) == "according" && text.Normalize(toks[1].Text) == "to" {
		toks, v = toks[2:], len(toks)-2
	} else {
		for v < len(toks) && !closingVerbs[text.Normalize(toks[v].Text)] {
			v++
		}
		if v == len(toks) {
			return description{}, false
		}
	}
	// "pennant's chief economist" is the chief economist of Pennant, as
	// "the" would open it (a capitalised owner is a name: the speakers
	// rule reads it).
	from := 1
	if owner := toks[0]; possessiveWord(owner) && !owner.Cap {
		from = 0
	} else if text.Normalize(owner.Text) != "the" {
		return description{}, false
	}
	if v < 2 {
		return description{}, false
	}
	d := description{text: q.text[toks[0].Start:toks[v-1].End]}
	for _, t := range toks[from:v] {
		d.words = append(d.words, t.Term)
	}
	return d, true
}

// articleUses reports whether the claim's article has every word of the
// description d anywhere.
func (c *comparison) articleUses(d description) bool {
	if len(c.d.claim.Sources) == 0 {
		return true
	}
	_, article := c.ix.windowBefore(c.d.claim.Sources[0])
	has := map[string]bool{}
	for _, t := range text.Analyze(article) {
		has[t.Term] = true
	}
	return subset(wordsOf(d), has)
}

// secondSpeaker reports whether the claim's paragraph gives words to a
// speaker other than the one of terms source ("The Data Protection
// Authority said …" beside "Hollins said …").
func (c *comparison) secondSpeaker(source map[string]bool) bool {
	for _, src := range c.d.claim.Sources {
		_, para, ok := c.ix.paragraph(src)
		if !ok {
			continue
		}
		for _, a := range sentencesOf(para) {
			name := c.ix.speakerOf(a)
			terms := map[string]bool{}
			for _, t := range name {
				if !t.Stop {
					terms[t.Term] = true
				}
			}
			if len(terms) > 0 && !sameName(terms, source) {
				return true
			}
		}
	}
	return false
}

// sentencesOf analyses each sentence of s on its own.
func sentencesOf(s string) []analysed {
	toks := text.Analyze(s)
	var out []analysed
	from := 0
	for i := range toks {
		if sentenceBreak(s, toks, i) {
			part := s[toks[from].Start:toks[i].End]
			out = append(out, analysed{text: part, tokens: text.Analyze(part)})
			from = i + 1
		}
	}
	return out
}

// describesSpeaker reports whether the statement's speaker is a
// description ("the health minister said", of which the sources only ever
// capitalise "Health Minister") that the article gives the source's named
// speaker ("Health Minister Maria Lopez"): no other speaker.
func (c *comparison) describesSpeaker(name []text.Token, source map[string]bool) bool {
	toks := c.q.tokens
	i := 0
	for i < len(toks) && toks[i].Start != name[0].Start {
		i++
	}
	for i > 0 && !toks[i-1].Stop && toks[i-1].Kind == text.Word && !gapHas(c.q.text, toks, i, ",;:") {
		i--
	}
	if i < 1 || text.Normalize(toks[i-1].Text) != "the" {
		return false
	}
	last := name[len(name)-1]
	d := description{text: c.q.text[toks[i-1].Start:last.End]}
	for _, t := range toks[i:] {
		if t.Start > last.Start {
			break
		}
		d.words = append(d.words, t.Term)
	}
	called, other, _ := c.speakerRole([]description{d}, source)
	return called && !other
}

// speakerRole reports whether the claim's article calls the source's named
// speaker by every word of one of the descriptions (called), or by its
// noun with other words (other: "Health Minister Maria Lopez" for "the
// finance minister"), and whether it calls another name by that noun
// (elsewhere: "Mona Iversen, chair of …" for "the association chair",
// where the source's speaker is Ruth Kowalczyk).
func (c *comparison) speakerRole(descs []description, source map[string]bool) (called, other, elsewhere bool) {
	if len(descs) == 0 || len(source) == 0 || len(c.d.claim.Sources) == 0 {
		return false, false, false
	}
	_, article := c.ix.windowBefore(c.d.claim.Sources[0])
	toks := text.Analyze(article)
	links := c.ix.describedLinks(article, toks)
	for _, l := range links {
		for _, d := range descs {
			if !l.heads[headOf(d)] {
				continue
			}
			if !subset(source, l.name) {
				if subset(wordsOf(d), l.words) && speaksFor(article, toks, links, source, l) {
					called = true // "the retailer says" for its chief executive's words
				} else {
					elsewhere = true
				}
				continue
			}
			in := subset(wordsOf(d), l.words)
			called, other = called || in, other || !in
		}
	}
	return called, other, elsewhere
}

// speaksFor reports whether the article gives the source's speaker only a
// title of someone who speaks for a body (data/attribution.txt: "Chief
// executive Lena Marsh", "Lena Marsh, chief executive of Hollins Home")
// and that body is the name of link l: an organisation speaks through its
// officers, so what its chief executive said, it said. The title names
// the body ("of Hollins Home", "the retailer's chief executive"), or
// names none, and then it is the body the article opens with (its first
// sentence names it), as a report's "the chief executive" is of the
// company it is about. A title of another body ("head of policy at
// Fairbuy") or any other word the article calls the speaker by ("union
// leader") speaks for no one else.
func speaksFor(article string, toks []text.Token, links []describedLink, source map[string]bool, l describedLink) bool {
	for w := range l.words {
		if attribution.officers[w] {
			return false // "Mona Iversen, chair of …": someone with a title, no body
		}
	}
	officer, named := false, false
	for _, s := range links {
		if !subset(source, s.name) {
			continue
		}
		words := maps.Clone(s.words)
		// A body right before the title is whose title it is: "Penmore's
		// chief executive, Tom Hale", "Penmore chief executive Tom Hale".
		if k := s.lo - 1; k >= 0 && !gapHas(article, toks, s.lo, ".,;:()—–\"“”\n") && (toks[k].Cap || possessiveWord(toks[k])) {
			words[toks[k].Term] = true
		}
		for w := range words {
			switch {
			case s.name[w] || text.IsStopWord(w):
			case attribution.officers[w]:
				officer = true
			case l.words[w]:
				named = true // "chief executive of Hollins Home"
			default:
				return false
			}
		}
	}
	return officer && (named || opensWith(article, toks, links, l))
}

// opensWith reports whether the article's first sentence names link l's
// name (a headline the article's text opens with counts as one).
func opensWith(article string, toks []text.Token, links []describedLink, l describedLink) bool {
	end := 0
	for end < len(toks) && !sentenceBreak(article, toks, end) {
		end++
	}
	for _, o := range links {
		if o.lo <= end && sameName(o.name, l.name) {
			return true
		}
	}
	return false
}
