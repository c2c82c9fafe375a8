package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// apposedSwap finds a name the statement puts in a role the claim gives
// another name: the holder of the same post set beside it ("SpaceX,
// NASA's other shipper, delivered supplies" against "Orbital ATK, NASA's
// other shipper, sent up supplies"; "Dr. Atef Hamad, the director of the
// children's hospital, says" against "said Dr. Omar Saleh, the director
// of the hospital"), or the body a person's post is of ("Jo Grady, the
// general secretary of UCEA" against "Jo Grady, the UCU general
// secretary"). The post is a noun phrase set beside a name by a comma
// (after it or before it) or written before it as a title ("NASA supplier
// SpaceX"); the two posts have the same head noun and the claim's has no
// word of its own besides names. It is a conflict: the claim names
// someone else in that very place.
//
// Not when the two names may be one (a word in common, one spelling the
// other's initials, places: a city and its country), when either stands
// in a list ("Smith and Jones, the directors"), nor when the claim's
// article gives the statement's name the same post somewhere (a sentence
// with the name and the post's head noun: a post may have a second
// holder) or sets the two names side by side (a parent company and its
// brand, a body and its short name: "Orbital ATK's Cygnus").
func (c *comparison) apposedSwap(t text.Token) (finding, bool) {
	toks := c.q.tokens
	i := tokenAt(toks, t.Start)
	if i < 0 || toks[i].Start != t.Start || !t.Cap {
		return finding{}, false
	}
	lo, hi := nameRun(c.q, i)
	if conjoined(toks, lo, hi) || placeRun(toks[lo:hi]) || runTimeWord(toks[lo:hi]) {
		return finding{}, false
	}
	name := toks[lo:hi]
	for _, p := range apposedPosts(c.q) {
		var holder bool // the name holds the post (else it is in the post)
		switch {
		case p.nlo == lo && p.nhi == hi:
			holder = true
		case lo >= p.lo && hi <= p.hi && (hi <= p.head || lo > p.head) && c.heldByMatched(p):
		default:
			continue
		}
		for _, a := range c.texts {
			for _, cp := range apposedPosts(a) {
				if !c.samePost(p, cp, a) {
					continue
				}
				var olo, ohi int // the claim's other name
				if holder {
					olo, ohi = cp.nlo, cp.nhi
				} else {
					if !c.sameHolder(p, a, cp) {
						continue
					}
					var ok bool
					if olo, ohi, ok = c.nameInPost(a, cp); !ok {
						continue
					}
				}
				other := a.tokens[olo:ohi]
				if conjoined(a.tokens, olo, ohi) || placeRun(other) || runTimeWord(other) || !c.otherName(other) || c.mayBeOne(name, other, holder) {
					continue
				}
				if c.articleGivesPost(name, other, a.tokens[cp.head]) {
					return finding{}, false
				}
				return finding{
					kind:   conflict,
					reason: fmt.Sprintf("the source says %s, you wrote %s", a.text[other[0].Start:other[len(other)-1].End], c.q.text[name[0].Start:name[len(name)-1].End]),
					qSpan:  [2]int{name[0].Start, name[len(name)-1].End}, cText: a.text, cSpan: [2]int{other[0].Start, other[len(other)-1].End},
					block: span(t),
				}, true
			}
		}
	}
	return finding{}, false
}

// post is a noun phrase set beside a name as the name's post: tokens
// [lo, hi) of a text, its head noun at head, the name at [nlo, nhi).
type post struct {
	lo, hi, head int
	nlo, nhi     int
}

// apposedPosts returns the posts a text sets beside a name: after it
// between commas ("Jo Grady, the UCU general secretary, said"), before it
// ending in a comma ("The priest, Fidelis Mukonori, is"), or as a title
// written before it ("NASA supplier SpaceX").
func apposedPosts(a analysed) []post {
	toks := a.tokens
	var out []post
	comma := func(k int) bool { // a comma alone between tokens k and k+1
		return k >= 0 && k+1 < len(toks) && toks[k].End <= toks[k+1].Start && strings.TrimSpace(a.text[toks[k].End:toks[k+1].Start]) == "," // tokens a filter adds may overlap
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].Cap || toks[i].Stop || toks[i].Kind == text.Number || toks[i].Kind == text.Year {
			continue
		}
		lo, hi := nameRun(a, i)
		i = hi - 1
		if lo == 0 && hi-lo == 1 && toks[lo].Stop {
			continue
		}
		// After: ", a former president of the Commission,".
		if comma(hi - 1) {
			e := hi
			for e < len(toks) && !clauseBreak(a.text, toks, e) && e-hi < 12 {
				e++
			}
			if e < len(toks) && e-hi < 12 {
				if h, ok := postHead(a, hi, e+1); ok {
					out = append(out, post{lo: hi, hi: e + 1, head: h, nlo: lo, nhi: hi})
				}
			}
		}
		// Before: "the director of the hospital, Dr. Omar Saleh,".
		b := lo - 1
		if b > 0 && toks[b].Cap && titleAbbreviation(a, toks[b]) {
			b-- // "Dr."
		}
		if comma(b) {
			s := b
			for s > 0 && !clauseBreak(a.text, toks, s-1) && b-s < 12 {
				s--
			}
			if text.IsDeterminer(toks[s].Term) && toks[s].Stop {
				if h, ok := postHead(a, s, b+1); ok {
					out = append(out, post{lo: s, hi: b + 1, head: h, nlo: lo, nhi: hi})
				}
			}
		}
		// A title: "NASA supplier SpaceX", "the actor Tom Hanks"; not a
		// verb's object ("met Putin", "visit Paris").
		if b >= 0 && b == lo-1 && !toks[b].Cap && !toks[b].Stop && toks[b].Kind == text.Word && !pastTense(toks[b]) && !slotWords[toks[b].Term] && !clauseBreak(a.text, toks, b) {
			s := b
			for s > 0 && !clauseBreak(a.text, toks, s-1) && toks[s-1].Cap && !toks[s-1].Stop && b-s < 6 {
				s--
			}
			if s < b || s > 0 && text.IsDeterminer(toks[s-1].Term) && toks[s-1].Stop && !clauseBreak(a.text, toks, s-1) {
				out = append(out, post{lo: s, hi: b + 1, head: b, nlo: lo, nhi: hi})
			}
		}
	}
	return out
}

// postHead returns the head noun of a noun phrase [lo, hi): its last
// lower-case content word before "of", or its last one. A phrase with a
// verb, a negation or a figure is no post ("…, said on Monday").
func postHead(a analysed, lo, hi int) (int, bool) {
	toks := a.tokens
	head := -1
	for k := lo; k < hi; k++ {
		u := toks[k]
		if u.Neg || u.Kind == text.Number || u.Kind == text.Year || copulas[u.Term] || slotWords[u.Term] || pastTense(u) || relatives[u.Term] ||
			u.Stop && !u.Cap && !text.IsDeterminer(u.Term) && !postWords[u.Term] {
			return -1, false // "the company will open a store": a clause, no post
		}
		if u.Term == "of" && head >= 0 {
			break
		}
		if !u.Cap && !u.Stop && u.Kind == text.Word {
			head = k
		}
	}
	if head < 0 || !text.IsDeterminer(toks[lo].Term) && !toks[lo].Cap {
		return -1, false
	}
	return head, true
}

// postWords are the function words a post may hold: "NASA's other
// shipper", "a former president of the Commission", "the director and
// founder of the clinic".
var postWords = wordSet("of for at in and other own former then new")

// samePost reports whether a claim's post cp (in text a) is the
// statement's post p: the same head noun (or the one the alignment
// matched to it), and no lower-case content word the statement's post
// lacks ("the director of the hospital" is "the director of the
// children's hospital", "a former president of" is not "the president").
func (c *comparison) samePost(p, cp post, a analysed) bool {
	qh, ch := c.q.tokens[p.head].Term, a.tokens[cp.head].Term
	if qh != ch && c.al.matched[qh] != ch {
		return false
	}
	mine := map[string]bool{}
	for k := p.lo; k < p.hi; k++ {
		u := c.q.tokens[k]
		mine[u.Term] = true
		if m, ok := c.al.matched[u.Term]; ok {
			mine[m] = true
		}
	}
	for k := cp.lo; k < cp.hi; k++ {
		u := a.tokens[k]
		if !u.Cap && !u.Stop && !mine[u.Term] {
			return false
		}
	}
	return true
}

// heldByMatched reports whether the name a statement's post is set
// beside is one the claim has: every content word of it matched.
func (c *comparison) heldByMatched(p post) bool {
	for k := p.nlo; k < p.nhi; k++ {
		u := c.q.tokens[k]
		if _, ok := c.al.matched[u.Term]; !ok && !u.Stop {
			return false
		}
	}
	return true
}

// sameHolder reports whether the claim's post cp is set beside the name
// the statement's post p is: a content word of the two names in common.
func (c *comparison) sameHolder(p post, a analysed, cp post) bool {
	for k := p.nlo; k < p.nhi; k++ {
		u := c.q.tokens[k]
		for j := cp.nlo; j < cp.nhi; j++ {
			if !u.Stop && (a.tokens[j].Term == u.Term || c.al.matched[u.Term] == a.tokens[j].Term) {
				return true
			}
		}
	}
	return false
}

// nameInPost returns the one name a claim's post has besides its head
// ("UCU" of "the UCU general secretary"), or false.
func (c *comparison) nameInPost(a analysed, cp post) (lo, hi int, ok bool) {
	n := 0
	for k := cp.lo; k < cp.hi; k++ {
		u := a.tokens[k]
		if !u.Cap || u.Stop || k == cp.head {
			continue
		}
		l, h := nameRun(a, k)
		l, h = max(l, cp.lo), min(h, cp.hi)
		lo, hi, n = l, h, n+1
		k = h - 1
	}
	return lo, hi, n == 1
}

// mayBeOne reports whether two names may name one thing: for the holders
// of a post (person) a word in common or spelt nearly alike ("Premier
// Fahie", "Andrew Fahie"; "Al-Kahlout", "Al-Kahlot"), for two bodies one
// with no word of its own ("the Commission", "the Energy Commission"; two
// bodies may share words: "the California Energy Commission", "the
// California Public Utilities Commission"); one the other's short form
// or initials ("UCU", "University and College Union"). (Two places are
// the place swap's to weigh: apposedSwap leaves them.)
func (c *comparison) mayBeOne(run, other []text.Token, person bool) bool {
	alike := func(u, o text.Token) bool {
		return u.Term == o.Term || c.al.matched[u.Term] == o.Term || len(u.Term) >= 5 && damerau(u.Term, o.Term, maxTypoEdits(u.Term)) <= maxTypoEdits(u.Term)
	}
	own := func(a, b []text.Token) int {
		n := 0
		for _, u := range a {
			if u.Stop {
				continue
			}
			found := false
			for _, o := range b {
				found = found || !o.Stop && alike(u, o)
			}
			if !found {
				n++
			}
		}
		return n
	}
	mine, theirs := own(run, other), own(other, run)
	if mine == 0 || theirs == 0 || person && mine < countContent(run) {
		return true
	}
	if shortFormOf(run, other) || shortFormOf(other, run) || initials(run, other) || initials(other, run) {
		return true
	}
	return false
}

// initials reports whether a name of one word in capitals spells the
// initials of the other's capitalised words ("UCU", "University and
// College Union").
func initials(run, other []text.Token) bool {
	if len(run) != 1 {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(run[0].Text, "'s"), "’s")
	if len(w) < 2 || strings.ToUpper(w) != w {
		return false
	}
	var in strings.Builder
	for _, o := range other {
		if o.Cap && !o.Stop {
			in.WriteString(strings.ToUpper(o.Text[:1]))
		}
	}
	return in.String() == w
}

// articleGivesPost reports whether an article the claim stands in has a
// sentence with the statement's name and the post's head noun (the post
// may have a second holder, or the name be the post's in another way),
// or one with the two names a few words apart ("Orbital ATK's Cygnus",
// "Kylie Cosmetics (Coty)"): they may be one thing under two names.
func (c *comparison) articleGivesPost(name, other []text.Token, head text.Token) bool {
	own := ownWords(name, other)
	if len(own) == 0 {
		return true
	}
	mine := map[string]bool{}
	for _, u := range own {
		mine[u.Term] = true
	}
	theirs := map[string]bool{}
	for _, o := range ownWords(other, name) {
		theirs[o.Term] = true
	}
	for _, src := range c.d.claim.Sources {
		body := ""
		if a := c.ix.Article(src.Article); a != nil {
			body = a.Text + "\n" + a.Headline
		}
		if _, para, ok := c.ix.paragraph(src); ok {
			body += "\n" + para
		}
		for _, sent := range roughSentences(body) {
			if !containsWord(sent, own[0].Text) {
				continue
			}
			toks := text.Analyze(sent)
			for k, u := range toks {
				if !mine[u.Term] || !u.Cap {
					continue
				}
				near := map[string]bool{}
				for j, v := range toks {
					if v.Term == head.Term {
						return true
					}
					if theirs[v.Term] && v.Cap && abs(j-k) <= 3 && !joinedByList(toks, min(j, k), max(j, k)) {
						near[v.Term] = true
					}
				}
				if len(near) > 0 && len(near) >= min(2, len(theirs)) {
					return true // the whole other name beside it, not a word of it ("Hollywood movies “The Irishman”")
				}
			}
		}
	}
	return false
}

// roughSentences cuts a text at line ends and at a full stop, question or
// exclamation mark followed by a space.
func roughSentences(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		start := 0
		for i := 0; i+1 < len(line); i++ {
			if (line[i] == '.' || line[i] == '?' || line[i] == '!') && line[i+1] == ' ' {
				out = append(out, line[start:i+1])
				start = i + 1
			}
		}
		out = append(out, line[start:])
	}
	return out
}

// joinedByList reports whether a conjunction stands between tokens i and j: two
// names of a list ("“The Irishman” and “Joker”") are two.
func joinedByList(toks []text.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch toks[k].Term {
		case "and", "or", "nor", "vs", "versus":
			return true
		}
	}
	return false
}

// countContent counts a name's words that are no stop words.
func countContent(run []text.Token) int {
	n := 0
	for _, u := range run {
		if !u.Stop {
			n++
		}
	}
	return n
}
