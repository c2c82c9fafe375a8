package match

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// negationScope is how many words after a negation cue it can reach
// before a clause boundary ends it.
const negationScope = 14

// minNegatedShare is how much of what two texts share (IDF-weighted) the
// clause of a negation must hold for it to flip their agreement: a "not" in
// a side clause ("they were not participating in the talks, which were
// confined to mid-level officials") says nothing about the words outside it.
const minNegatedShare = 0.25

// polarity compares what the statement and the claim assert: a negation
// reaching shared words on one side only, or opposite words ("easy" against
// "difficult"), flips the meaning. Two flips cancel ("not easy" and
// "difficult" agree). The claim text that best covers the statement
// decides.
func polarity(c *comparison) []finding {
	q, texts, matched, inClaim := c.q, c.texts, c.al.matched, c.al.claimTerms
	qNeg := negated(q, func(t string) bool { _, ok := matched[t]; return ok }, c.ix.IDF)
	// Pick the claim text sharing the most words with the statement.
	best, bestN := 0, -1
	for i, a := range texts {
		n := 0
		for _, t := range a.tokens {
			if inClaim[t.Term] {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	a := texts[best]
	if len(qNeg) == 0 {
		if f, ok := c.deniedBefore(); ok {
			return []finding{f}
		}
	}
	cNeg := negated(a, func(t string) bool { return inClaim[t] }, c.ix.IDF)
	// Opposite words count in any of the claim's texts (a quote may say
	// "deny" where the claim's own statement does not).
	var qa, ca text.Token
	opposite := false
	for _, t := range append([]analysed{a}, texts...) {
		if qa, ca, opposite = oppositeOf(q, t, matched, inClaim, c.ix.DB.Lexical, false); opposite {
			if t.text != a.text {
				a = t
				cNeg = negated(a, func(t string) bool { return inClaim[t] }, c.ix.IDF)
			}
			break
		}
	}
	if !opposite {
		// Stop words that turn the sentence round (sides.go), where no
		// opposite words do: "sold to" against "bought from" is the
		// opposites' to read.
		if f, ok := turned(q, a, matched); ok {
			return []finding{f} // "voted for" against "voted against"
		}
	}
	if opposite && converse(qa, ca) && !c.sameDoer(qa, a, ca) {
		// "Halvorsen sold the quarry to Kestrel" against "Kestrel bought
		// the quarry from Halvorsen": the two words say one event from
		// either side; with the doer turned round they agree, and
		// whether they are cannot be told from the words alone.
		return []finding{{
			kind:   beyond,
			reason: fmt.Sprintf("the source says %q of someone else than your %q: it may say the same from the other side", ca.Text, qa.Text),
			qSpan:  span(qa), cText: a.text, cSpan: span(ca),
		}}
	}
	if opposite {
		// A negation of an opposite word itself counts, however little
		// else its clause shares ("could not be trusted" against
		// "untrustworthy").
		qNeg = withDenial(q, qNeg, qa)
		cNeg = withDenial(a, cNeg, ca)
		// A denial opposed to an admission ("admits" / "denies") is that
		// opposite, not a negation besides it.
		qNeg, cNeg = without(qNeg, qa), without(cNeg, ca)
	}
	if !opposite {
		cNeg = c.setApart(a, cNeg)
	}
	qNeg, cNeg = pairedDenials(q, a, qNeg, cNeg, matched)
	flips := len(qNeg)%2 != len(cNeg)%2
	// "Not all of the objects will go back" denies only "all": some
	// will. It contradicts "all of them will go back"; of a statement
	// without "all" ("40 others will stay", "the objects will go back")
	// it says neither yes nor no.
	if flips && len(qNeg) == 0 && len(cNeg) == 1 && notUniversal(a, cNeg[0]) && !hasUniversal(q) {
		f := finding{kind: beyond, reason: fmt.Sprintf("the source says %q: some, not none", a.text[cNeg[0].Start:nextEnd(a, cNeg[0])]), cText: a.text, cSpan: [2]int{cNeg[0].Start, nextEnd(a, cNeg[0])}}
		for _, t := range q.tokens {
			if _, ok := matched[t.Term]; ok && !t.Stop {
				f.qSpan = span(t)
				break
			}
		}
		return []finding{f}
	}
	// "Only X" says "nothing but X": against a negated source ("not known
	// by any other name") it is no flip. (The scope rule still asks the
	// source to say "only".) A source that says the same "only" word
	// under its negation denies it: "villages will face this alone"
	// against "No village will face this alone".
	if flips && len(cNeg) > len(qNeg) && hasOnly(q) && !sharesOnly(q, a) {
		flips = false
	}
	if flips && opposite && len(cNeg) == 0 && deniesSaying(q, qNeg, qa) {
		// "Obama did not say relations had worsened" against "Obama said
		// relations had improved": the negation denies the saying of the
		// opposite word, so the two cancel, yet what was not said does
		// not follow from what was. Not supported, never contradicted.
		return []finding{{
			kind:   beyond,
			reason: fmt.Sprintf("your statement denies that %q was said; the source says %q", qa.Text, ca.Text),
			qSpan:  span(qa), cText: a.text, cSpan: span(ca),
		}}
	}
	if flips && opposite && !denies(q, qNeg, qa) && !denies(a, cNeg, ca) {
		// The negation is about other words than the opposites ("no
		// awareness and very little funds" against "awareness and
		// significant funds"): two differences, not one that cancels.
		return []finding{
			{kind: conflict, reason: fmt.Sprintf("the source says %q, you wrote %q", ca.Text, qa.Text), qSpan: span(qa), cText: a.text, cSpan: span(ca), opposite: true},
			negationFinding(q, a, qNeg, cNeg),
		}
	}
	if flips == opposite {
		if !flips && len(qNeg) == 0 && len(cNeg) == 0 {
			if f, ok := c.privativeUnsaid(a); ok {
				return []finding{f}
			}
			for _, t := range texts {
				if qa, ca, ok := oppositeOf(q, t, matched, inClaim, c.ix.DB.Lexical, true); ok {
					// "bought it a month before his symptoms began"
					// against "the doctor subsequently prescribed…": the
					// source orders its event after another one, not
					// the statement's (relativeTimes); it says neither
					// the statement's order nor the opposite.
					return []finding{{
						kind:   beyond,
						reason: fmt.Sprintf("the source's %q orders its event against another one than your %q does", ca.Text, qa.Text),
						qSpan:  span(qa), cText: t.text, cSpan: span(ca),
					}}
				}
			}
			return deniesUnsaid(c, texts)
		}
		return nil
	}
	// A denial on one side only reports what someone said: it does not
	// settle the statement either way.
	if !opposite {
		for _, n := range append(append([]text.Token(nil), qNeg...), cNeg...) {
			if isDenial(n) {
				return []finding{{
					kind:   beyond,
					reason: fmt.Sprintf("one side only reports a denial (%q): the source does not settle whether it is true", n.Text),
					qSpan:  span(n),
				}}
			}
		}
	}
	if !opposite {
		if f, ok := c.privativeAgainst(q, a, qNeg, cNeg); ok {
			return []finding{f}
		}
	}
	if opposite {
		return []finding{{
			kind:   conflict,
			reason: fmt.Sprintf("the source says %q, you wrote %q", ca.Text, qa.Text),
			qSpan:  span(qa), cText: a.text, cSpan: span(ca), opposite: true,
		}}
	}
	// "Ekta Kapoor did not work in film" against "a TV and film
	// producer": what the statement denies ("work") is not what the
	// source says, so the source does not say the opposite.
	if len(qNeg) > len(cNeg) {
		if f, ok := c.deniesUnsaidWord(qNeg[0]); ok {
			return []finding{f}
		}
		if f, ok := c.notSayingWhich(qNeg[0]); ok {
			return []finding{f}
		}
		// The source's own negation of the same word, too far from the
		// rest to count.
		if n, ok := c.sameDenialInOtherWords(a, qNeg[0], cNeg); ok {
			return []finding{{
				kind:   beyond,
				reason: fmt.Sprintf("the source has a negation of its own (%q), which may say the same as yours", phraseAround(a, n)),
				qSpan:  span(qNeg[0]), cText: a.text, cSpan: span(n),
			}}
		}
	}
	return []finding{negationFinding(q, a, qNeg, cNeg)}
}

// wordStartsAt reports whether w opens a word somewhere in l: what
// notTheCase needs before the regular expression runs, so that
// "attributed" or "contribute" does not make the worker compile it.
func wordStartsAt(l, w string) bool {
	for i := 0; ; {
		j := strings.Index(l[i:], w)
		if j < 0 {
			return false
		}
		if at := i + j; at == 0 || !isWordByte(l[at-1]) {
			return true
		}
		i += j + 1
	}
}

// isWordByte reports whether b is an ASCII letter, digit or '_' (a \w of
// a regular expression).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// notTheCase is a clause that denies the one before it: "it might sound
// like an endless runner, but that's not the case", "…, but this isn't
// true".
var notTheCase = lazyre.New(`(?i)\b(?:but|however),?\s+(?:that|this|it)(?:['’]s|\s+is|\s+was)?\s*(?:not|n['’]t)\s+(?:the\s+case|true|so)\b`)

// deniedBefore finds a claim text that says what the statement says and
// then that it is not the case (notTheCase): what the source denies is no
// support, and as "that" may reach more or less of it, no sure
// contradiction either.
func (c *comparison) deniedBefore() (finding, bool) {
	if len(c.q.tokens) == 0 {
		return finding{}, false
	}
	for _, a := range c.texts {
		var loc []int
		if l := strings.ToLower(a.text); wordStartsAt(l, "but") || wordStartsAt(l, "however") {
			loc = notTheCase.FindStringIndex(a.text)
		}
		if loc == nil {
			continue
		}
		shared := 0
		for _, t := range a.tokens {
			if t.Start < loc[0] && !t.Stop && c.al.claimTerms[t.Term] {
				shared++
			}
		}
		if shared < 2 {
			continue
		}
		toks := c.q.tokens
		return finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source goes on to say %q", strings.TrimSpace(a.text[loc[0]:loc[1]])),
			qSpan:  [2]int{toks[0].Start, toks[len(toks)-1].End},
			cText:  a.text, cSpan: [2]int{loc[0], loc[1]},
		}, true
	}
	return finding{}, false
}

// privativeVerbs are the stems of data/privative-verbs.txt: verbs of
// losing, ending or going without.
var privativeVerbs = stemSet(maps.Keys(wordlist.Set(data, "data/privative-verbs.txt")))

// privativeAgainst reports a negation on one side only where the other
// side has a verb of losing or ending the negated side has no word for
// and reaches, in its clause, a word the two share ("losing their jobs"
// against "they no longer have a job", "scrapped the meeting" against
// "did not hold the meeting"): the two may say the same,
// so the negation contradicts nothing, and the source does not plainly say
// it either.
func (c *comparison) privativeAgainst(q, a analysed, qNeg, cNeg []text.Token) (finding, bool) {
	plain, said := q, func(t text.Token) bool { _, ok := c.al.matched[t.Term]; return ok }
	if len(qNeg) > len(cNeg) {
		plain, said = a, func(t text.Token) bool { return c.al.claimTerms[t.Term] }
	}
	// reaches reports whether the verb at i reaches, in its clause, a word
	// the two sides share ("losing their jobs"), as a negation would.
	reaches := func(i int) bool {
		toks := plain.tokens
		for j := i; j+1 < len(toks) && j < i+negationScope && !clauseBreak(plain.text, toks, j); j++ {
			if n := toks[j+1]; !n.Stop && said(n) {
				return true
			}
		}
		return false
	}
	for i, t := range plain.tokens {
		if !privativeVerbs[t.Term] || said(t) || !reaches(i) {
			continue
		}
		f := finding{kind: beyond, reason: fmt.Sprintf("one side says %q where the other has a negation: they may say the same, and the source does not plainly say it", t.Text)}
		if len(qNeg) > len(cNeg) {
			f.qSpan, f.cText, f.cSpan = span(qNeg[0]), a.text, span(t)
		} else {
			f.qSpan = span(t)
		}
		return f, true
	}
	return finding{}, false
}

// privativeUnsaid finds a verb of losing, ending or keeping from
// (privativeVerbs) in claim text a, that the statement does not have,
// before a verb the two share: "told to avoid giving peanuts to babies"
// against "told to give peanuts to babies", "stopped paying the rent"
// against "paid the rent". The source says what a negation would of the
// shared verb; the statement says it plainly: the source does not make
// it (not supported; not contradicted either: "stopped paying" says it
// was paid before). The shared verb is an -ing form or stands after
// "to", in the privative verb's clause.
func (c *comparison) privativeUnsaid(a analysed) (finding, bool) {
	toks := a.tokens
	for i, t := range toks {
		if !privativeVerbs[t.Term] || c.al.claimTerms[t.Term] || t.Kind != text.Word {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+negationScope && !clauseBreak(a.text, toks, j-1); j++ {
			n := toks[j]
			if pastTense(n) {
				break // another verb: "lost the seat he held…"
			}
			if n.Stop || !c.al.claimTerms[n.Term] || n.Kind != text.Word {
				continue
			}
			// "avoid giving", "banned pubs from playing", "ceased to trade"
			w := text.Normalize(n.Text)
			if strings.HasSuffix(w, "ing") && len(w) > 4 || text.Normalize(toks[j-1].Text) == "to" && j-1 > i {
				return finding{
					kind:   beyond,
					reason: fmt.Sprintf("the source says %q before %q, which your statement leaves out", t.Text, n.Text),
					cText:  a.text, cSpan: span(t),
				}, true
			}
		}
	}
	return finding{}, false
}

// deniesUnsaid finds a negation of the statement's that reaches none of
// the words it shares with the claim ("Bermuda Triangle has no other
// name" against "also known as the Devil's Triangle"): the words it denies
// are ones the source does not have, so the source cannot support it. A
// claim with a negation of its own is left to the rest of the rules.
func deniesUnsaid(c *comparison, texts []analysed) []finding {
	for _, a := range texts {
		for i := range a.tokens {
			if isNegation(a.tokens, i) {
				return nil
			}
		}
	}
	q := c.q
	for i, t := range q.tokens {
		if !isNegation(q.tokens, i) || pairedNegation(q.tokens, i) || isDenial(t) {
			continue
		}
		if f, ok := c.deniesUnsaidWord(t); ok {
			return []finding{f}
		}
	}
	return nil
}

// notSayingWhich reports whether the statement's negation is of a verb of
// saying before a question word: "Krutskikh declined to say which
// proposals were exchanged" denies nothing of what he said.
func (c *comparison) notSayingWhich(cue text.Token) (finding, bool) {
	toks := c.q.tokens
	for i := tokenAt(toks, cue.Start) + 1; i+1 < len(toks) && !clauseBreak(c.q.text, toks, i-1); i++ {
		if !sayingVerb(toks[i]) {
			if toks[i].Stop {
				continue // "declined to say", "would not say"
			}
			return finding{}, false
		}
		if n := text.Normalize(toks[i+1].Text); !questionWords[n] && !indirectQuestion[n] {
			return finding{}, false
		}
		return finding{
			kind:   beyond,
			reason: fmt.Sprintf("your statement says %q was left unsaid, which the source does not settle", c.q.text[toks[i].Start:toks[i+1].End]),
			qSpan:  span(toks[i]),
		}, true
	}
	return finding{}, false
}

// indirectQuestion are the words besides questionWords (checkable.go) that
// open an indirect question: "say whether", "say when".
var indirectQuestion = wordSet("whether if when where")

// deniesUnsaidWord reports whether the statement's negation cue denies a
// word the claim has no word for.
func (c *comparison) deniesUnsaidWord(cue text.Token) (finding, bool) {
	w, ok := deniedWord(c.q, cue)
	if !ok {
		return finding{}, false
	}
	if m, said := c.al.matched[w.Term]; said {
		if mod, cw, ok := c.otherSense(w, m); ok {
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("your statement denies %q, and the source's %q may be another sense of it", w.Text, mod.Text+" "+cw.Text),
				qSpan:  span(w),
			}, true
		}
		return finding{}, false
	}
	if c.claimSays(w) {
		return finding{}, false
	}
	return finding{
		kind:   beyond,
		reason: fmt.Sprintf("your statement denies %q, which the source does not speak to", w.Text),
		qSpan:  span(w),
	}, true
}

// otherSense reports whether a word w the statement denies matched claim
// term m, another word (a synonym, a paraphrase), that stands in every
// claim text after a content word of its own the statement has no word
// for: "is not a musician" against "is an American football player"
// ("player" a synonym of "musician" in another sense, the one "football"
// gives it). The denial may be of another thing than the source's, so it
// contradicts nothing; the source does not say it either. It returns the
// claim's modifier and word.
func (c *comparison) otherSense(w text.Token, m string) (mod, cw text.Token, ok bool) {
	if m == w.Term {
		return text.Token{}, text.Token{}, false
	}
	for _, a := range c.texts {
		for k, t := range a.tokens {
			if t.Term != m {
				continue
			}
			if k == 0 || clauseBreak(a.text, a.tokens, k-1) {
				return text.Token{}, text.Token{}, false
			}
			p := a.tokens[k-1]
			if p.Stop || p.Neg || p.Kind != text.Word || c.q.terms[p.Term] || c.al.matchedBy(p.Term) != "" {
				return text.Token{}, text.Token{}, false
			}
			mod, cw, ok = p, t, true
		}
	}
	return mod, cw, ok
}

// sameDenialInOtherWords returns a negation cue of claim text a, besides
// those counted, whose clause has the word the statement's cue denies
// (in the claim's terms): "was never paid for the job" against "the job -
// for which he did not receive payment -". It denies the same thing, yet
// too little of the rest to count (negated), so the two neither plainly
// agree nor differ.
func (c *comparison) sameDenialInOtherWords(a analysed, qCue text.Token, counted []text.Token) (text.Token, bool) {
	qw, ok := deniedWord(c.q, qCue)
	if !ok {
		return text.Token{}, false
	}
	target, ok := c.al.matched[qw.Term]
	if !ok {
		return text.Token{}, false
	}
	for i, t := range a.tokens {
		if !isNegation(a.tokens, i) || pairedNegation(a.tokens, i) || slices.Contains(counted, t) {
			continue
		}
		for j := i + 1; j < len(a.tokens) && j <= i+negationScope && !clauseBreak(a.text, a.tokens, j-1); j++ {
			if a.tokens[j].Term == target {
				return t, true
			}
		}
	}
	return text.Token{}, false
}

// withDenial adds to a text's negation cues the one that denies token t,
// if there is one.
func withDenial(a analysed, cues []text.Token, t text.Token) []text.Token {
	if denies(a, cues, t) {
		return cues
	}
	for i, n := range a.tokens {
		if isNegation(a.tokens, i) && !pairedNegation(a.tokens, i) && denies(a, []text.Token{n}, t) {
			return append(cues, n)
		}
	}
	return cues
}

// denies reports whether one of a text's negation cues denies token t
// itself: "not easy" against "difficult" is one meaning said two ways.
func denies(a analysed, cues []text.Token, t text.Token) bool {
	for _, n := range cues {
		if w, ok := deniedWord(a, n); ok && w.Start == t.Start {
			return true
		}
	}
	return false
}

// converses are the pairs of verbs that say one event from either side:
// who sells and who buys, who lends and who borrows, who wins and who
// loses. Opposite words (antonyms.txt, WordNet) though they are, one
// with the doer turned round says what the other does. Source: written
// for factcheck (the converse relations of Lyons 1977, Semantics, 9.4);
// licence: that of factcheck.
var converses = func() map[string]int {
	out := map[string]int{}
	for i, pair := range [][2]string{
		{"buy bought buying buys purchase purchased acquire acquired", "sell sold selling sells"},
		{"lend lent lending lends loan loaned", "borrow borrowed borrowing borrows"},
		{"win won winning wins beat beating defeat defeated", "lose lost losing loses"},
		{"give gave given giving gives donate donated send sent", "receive received receiving receives get got take took"},
		{"teach taught teaching teaches", "learn learned learnt learning learns"},
		{"lead led leading leads", "trail trailed trailing trails"},
		{"precede preceded", "follow followed"},
		{"employ employed hire hired", "work worked"},
	} {
		for side, words := range pair {
			for _, t := range stems(words) {
				out[t] = 2*(i+1) + side
			}
		}
	}
	return out
}()

// converse reports whether two words are the two sides of one converse
// pair ("sold" / "bought").
func converse(x, y text.Token) bool {
	a, b := converses[x.Term], converses[y.Term]
	return a != 0 && b != 0 && a/2 == b/2 && a != b
}

// sameDoer reports whether the statement's subject before word qa (the
// name closest before it in its clause that the claim has, else the
// closest such word: "Chevron agreed to buy" gives Chevron) stands
// before word ca of claim text a in its clause: the same doer on both
// sides.
func (c *comparison) sameDoer(qa text.Token, a analysed, ca text.Token) bool {
	q := c.q
	i := tokenAt(q.tokens, qa.Start)
	var subject, word string // the closest name before qa the claim has, else the closest word it has
	for j := i - 1; j >= 0 && !clauseBreak(q.text, q.tokens, j); j-- {
		t := q.tokens[j]
		m, ok := c.al.matched[t.Term]
		if !ok || t.Stop || t.Neg || t.Kind != text.Word && t.Kind != text.Entity {
			continue
		}
		if c.ix.isName(q, t) {
			subject = m
			break
		}
		if word == "" && !pastTense(t) {
			word = m
		}
	}
	if subject == "" {
		subject = word
	}
	if subject == "" {
		return true // no subject to tell: the opposite stands
	}
	for j := tokenAt(a.tokens, ca.Start) - 1; j >= 0 && !clauseBreak(a.text, a.tokens, j); j-- {
		if a.tokens[j].Term == subject {
			return true
		}
	}
	return false
}

// deniesSaying reports whether every negation cue of a text denies a
// verb of saying ("did not say", "never claimed") whose clause holds word
// t after it: the negation reaches t through what was said.
func deniesSaying(a analysed, cues []text.Token, t text.Token) bool {
	if len(cues) == 0 {
		return false
	}
	for _, n := range cues {
		w, ok := deniedWord(a, n)
		if !ok || w.Start >= t.Start {
			return false
		}
		said := false // the verb of saying may be a stop word ("say") before the denied word
		for j := tokenAt(a.tokens, n.Start) + 1; j < len(a.tokens) && a.tokens[j].Start <= w.Start; j++ {
			said = said || sayingVerb(a.tokens[j])
		}
		if !said {
			return false
		}
		for j := tokenAt(a.tokens, w.Start); j+1 < len(a.tokens) && a.tokens[j].Start < t.Start; j++ {
			if strings.ContainsAny(a.text[a.tokens[j].End:a.tokens[j+1].Start], ".;!?") {
				return false // another sentence
			}
		}
	}
	return true
}

// negationFinding is the conflict of a negation on one side only: the
// source's (cNeg) or the statement's (qNeg).
func negationFinding(q, a analysed, qNeg, cNeg []text.Token) finding {
	if len(cNeg) > len(qNeg) {
		n := cNeg[0]
		return finding{
			kind:   conflict,
			reason: fmt.Sprintf("the source says the opposite: it is negated (%q) where your statement is not", phraseAround(a, n)),
			cText:  a.text, cSpan: span(n),
		}
	}
	n := qNeg[0]
	return finding{
		kind:   conflict,
		reason: fmt.Sprintf("your statement is negated (%q) where the source is not", phraseAround(q, n)),
		qSpan:  span(n), cText: a.text,
	}
}

// clauseBreak reports whether a clause ends between tokens i and i+1.
func clauseBreak(s string, toks []text.Token, i int) bool {
	step(1)
	if i+1 >= len(toks) {
		return true
	}
	if toks[i+1].Start > toks[i].End && strings.ContainsAny(s[toks[i].End:toks[i+1].Start], ",;:()—–.!?") {
		return true
	}
	switch toks[i+1].Term {
	case "but", "though", "although", "while", "whereas", "however", "because":
		return true
	}
	return false
}

// isNegation reports whether token i of toks is a negation cue: a
// negation word, a verb that denies what follows it ("failed to
// attribute", "lacks a treaty", "refused to sign"), a verb that reports a
// denial ("denied", see isDenial), or one of the phrases "has yet to",
// "ruled out", "declined to", "stopped/fell short of", "still waiting
// for" and "died before" a verb in -ing.
func isNegation(toks []text.Token, i int) bool {
	t := toks[i]
	// "Not only", "not just", "not merely": X and more, not a denial of X.
	if t.Term == "not" && i+1 < len(toks) && additiveAfterNot[toks[i+1].Term] {
		return false
	}
	if t.Neg || text.IsNegatingVerb(t.Term) || isDenial(t) {
		return true
	}
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].Term
	}
	if i+1 < len(toks) {
		next = toks[i+1].Term
	}
	switch t.Term {
	case "short":
		return prev == "stop" || prev == "fall"
	case "yet": // "has yet to", "is yet to", "people yet to receive"
		return next == "to" && (prev == "has" || prev == "have" || prev == "had" || prev == "is" || prev == "are" || prev == "was" || prev == "were" || yetToAfterNoun(toks, i))
	case stemBefore: // "died before finishing it": it was never finished
		return i > 0 && i+1 < len(toks) && deathWords[text.Normalize(toks[i-1].Text)] && toks[i+1].Kind == text.Word && strings.HasSuffix(text.Normalize(toks[i+1].Text), "ing")
	case stemWait, stemAwait: // "is still waiting for his first goal": he has not scored it
		return prev == "still" && (next == "for" || next == "on" || t.Term == stemAwait)
	case "rule": // "ruled out"
		return next == "out"
	case "declin": // "declined to model", not "sales declined"
		return next == "to"
	case "until": // "until they reach that point" says they have not yet; "until 2015" is a date
		if untilTime(toks, i) {
			return false // "until at least Wednesday", "until the end of May"
		}
		return i+1 < len(toks) && toks[i+1].Kind == text.Word && !toks[i+1].Cap && !text.IsMonthOrWeekday(toks[i+1].Text) && !timeWords[next] || i+1 < len(toks) && text.IsDeterminer(next)
	}
	// "Produced zero films" says it produced none.
	return t.Kind == text.Number && strings.EqualFold(t.Text, "zero")
}

// yetToAfterNoun reports whether the "yet to" at i follows a content word
// and leads to a verb: "with 240 people in the region yet to receive a
// shot" says they have not received one, as "have yet to" does. "Yet"
// after a stop word ("and yet to many of them…") is a conjunction, and
// "to" before a stop word other than "be" ("tired yet to his credit…")
// or a name is a preposition. After a negation ("isn't ready yet to
// talk") "yet" belongs to it: one negation, not two.
func yetToAfterNoun(toks []text.Token, i int) bool {
	if i < 1 || i+2 >= len(toks) || toks[i-1].Stop || toks[i-1].Kind != text.Word {
		return false
	}
	// "Not ready yet to talk": "yet" of a negation said before it.
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Neg {
			return false
		}
	}
	v := toks[i+2]
	return v.Kind == text.Word && !v.Cap && (!v.Stop || v.Term == toBe)
}

// stemWait and stemAwait are the terms of "wait" and "await": "still
// waiting for" a thing, "still awaiting" it, says it has not come yet.
var stemWait, stemAwait = text.Stem("waiting"), text.Stem("awaiting")

// toBe is the term of "be" ("cases yet to be heard").
var toBe = text.Stem("be")

// stemBefore is the term of "before".
var stemBefore = text.Stem("before")

// deathWords before "before" and a verb in -ing deny that verb: who "died
// before seeing the bridge finished" never saw it.
var deathWords = wordSet("die died dies dying death")

// additiveAfterNot are the words after which "not" adds rather than
// denies: "Not only is Destiny 2 not true 4K, it runs at medium
// settings" says it is not true 4K once, not twice.
var additiveAfterNot = wordSet("onli only just mere merely simpli simply")

// timeWords may follow "until" as a time, not a clause: "until now".
var timeWords = wordSet("now then today recently late earli last next")

// untilTime reports whether the "until" at token i opens a time, past a
// hedge ("until at least Wednesday", "until about noon") or as a part of
// one ("until the end of May", "until the summer"), not a clause.
func untilTime(toks []text.Token, i int) bool {
	switch wordAt(toks, i+1) {
	case "at", "about", "around", "roughly", "approximately", "mid", "early", "late", "after", "before":
		return true
	case "the":
		return untilParts[wordAt(toks, i+2)]
	}
	return false
}

// wordAt returns token j's word, normalised, or "" when there is no token
// j.
//
// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func wordAt(toks []text.Token, j int) string {
	if j < 0 || j >= len(toks) {
		return ""
	}
	return text.Normalize(toks[j].Text)
}

// untilParts are the times "until the" opens: "until the end of May".
var untilParts = wordSet("end start beginning middle summer spring autumn fall winter weekend morning afternoon evening night")

// relativeTimes are opposites only relative to some other time ("later
// tweeted" against "said earlier this month" may well be one event): the
// order words of scope.go, not opposites. In a source, against a pivot of
// the statement that names its own event, neither are the adverbs of order
// in time ("had bought the duvet a month before his symptoms began"
// against "the doctor subsequently prescribed steroids": the adverb orders
// the doctor's act after some other event than the statement's); against
// one that refers back ("resigned the week after"), they may order the
// same two events, and are opposites.
var relativeTimes = stemSet(slices.Values([]string{"earlier", "later", "sooner", "previously", "subsequently", "afterwards", "afterward", "beforehand"}))

// nounAfterThe reports whether token i is a noun after "the" before "of":
// "before the end of 2017" dates something, it does not end it.
func nounAfterThe(toks []text.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].Term == "the" && toks[i+1].Term == "of"
}

// pairedDenials takes out of the two texts' negations those that deny the
// same verb on both sides ("will not seek compensation" against "would not
// seek any"), and then, of the claim's, those that deny a verb the
// statement never says ("had not been asked to pay compensation and would
// not seek any"): the claim's second denial pairs with the statement's,
// and its first denies something else. Without a pair, so does a claim
// with several denials, one of the statement's verb, against a statement
// with none; otherwise the negations are counted as they are.
func pairedDenials(q, a analysed, qNeg, cNeg []text.Token, matched map[string]string) ([]text.Token, []text.Token) {
	if len(cNeg) == 0 {
		return qNeg, cNeg // nothing to pair, nothing to take out
	}
	paired := false
	for i := 0; i < len(qNeg); i++ {
		qv := deniedVerb(q, qNeg[i])
		if qv == "" {
			continue
		}
		for j := range cNeg {
			if cv := deniedVerb(a, cNeg[j]); cv != "" && (cv == qv || matched[qv] == cv) {
				qNeg = slices.Delete(slices.Clone(qNeg), i, i+1)
				cNeg = slices.Delete(slices.Clone(cNeg), j, j+1)
				i--
				paired = true
				break
			}
		}
	}
	if !paired && (len(qNeg) > 0 || len(cNeg) < 2) {
		return qNeg, cNeg
	}
	said := map[string]bool{}
	for _, t := range q.tokens {
		said[t.Term] = true
		if m, ok := matched[t.Term]; ok {
			said[m] = true
		}
	}
	// Without a pair, a claim that denies the statement's verb in one
	// clause and another verb in another ("had not been asked to pay
	// compensation and would not seek any" against "will seek
	// compensation") denies the statement once, not twice.
	denied := slices.ContainsFunc(cNeg, func(cue text.Token) bool { return said[deniedVerb(a, cue)] })
	if !paired && !denied {
		return qNeg, cNeg
	}
	return qNeg, slices.DeleteFunc(slices.Clone(cNeg), func(cue text.Token) bool {
		v := deniedVerb(a, cue)
		return v != "" && !said[v]
	})
}

// setApart drops from a source's negation cues those that deny a word the
// statement has no word for, where a dash or a semicolon after the cue
// sets beside it a part of its sentence that holds words of the
// statement: "Oil can't fuel Oman's renaissance forever, though — its
// reserves are expected to run out in some 15 years" denies that oil fuels
// it for ever, nothing of "Oman's oil is expected to run out in 15 years".
// A comma or a "but" joins the two more closely ("… by the end of the
// month, but gave no date for Ward 6" still denies a date): left to the
// rest of the rules.
func (c *comparison) setApart(a analysed, cues []text.Token) []text.Token {
	var out []text.Token
	for _, cue := range cues {
		if w, ok := deniedWord(a, cue); ok && !c.al.claimTerms[w.Term] && c.sharedBeside(a, cue.End) {
			continue
		}
		out = append(out, cue)
	}
	return out
}

// sharedBeside reports whether claim text a has a word the statement
// shares past the dash or semicolon that next follows byte offset at,
// where one does before the sentence ends.
func (c *comparison) sharedBeside(a analysed, at int) bool {
	d := strings.IndexAny(a.text[at:], ";—–.!?")
	if d < 0 || strings.IndexByte(".!?", a.text[at+d]) >= 0 {
		return false
	}
	for _, t := range a.tokens {
		if t.Start > at+d && !t.Stop && c.al.claimTerms[t.Term] {
			return true
		}
	}
	return false
}

// deniedVerb returns the term of the word a negation cue denies
// (deniedWord) when it is a verb within three words of the cue ("not been
// asked": "ask"); "" otherwise.
func deniedVerb(a analysed, cue text.Token) string {
	t, ok := deniedWord(a, cue)
	if !ok || tokenAt(a.tokens, t.Start)-tokenAt(a.tokens, cue.Start) > 3 || !verbForm(strings.ToLower(text.Normalize(t.Text))) {
		return ""
	}
	return t.Term
}

// isDenial reports whether a cue reports a denial ("Russia denies hacking
// the election"): what someone said, not that the opposite is true.
func isDenial(t text.Token) bool { return text.IsDenialVerb(t.Term) }

// pairedNegation reports whether the cue at i is the "nor" of a
// "neither … nor" already counted (one negation, not two).
func pairedNegation(toks []text.Token, i int) bool {
	if toks[i].Term != "nor" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-negationScope; j-- {
		if toks[j].Term == "neither" {
			return true
		}
	}
	return false
}

// negated returns, for a text, the negation cues whose scope reaches
// enough of the terms the other side shares (weight gives a term's
// importance).
func negated(a analysed, shared func(string) bool, weight func(string) float64) []text.Token {
	total := 0.0
	seen := map[string]bool{}
	for _, t := range a.tokens {
		if !t.Stop && !seen[t.Term] && shared(t.Term) {
			seen[t.Term] = true
			total += weight(t.Term)
		}
	}
	// "Nobody denies", "did not deny": a negated denial affirms; neither
	// word is a cue.
	cancelled := map[int]bool{}
	for i, t := range a.tokens {
		if !isDenial(t) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if a.tokens[j].Neg {
				cancelled[i], cancelled[j] = true, true
			}
		}
	}
	// Each cue's clause: back to the last clause break or verb of
	// saying (who said it is not denied: "NASA said the crash would
	// have no impact"), forward to the next break (within negationScope
	// words), or to a relative clause of a noun the cue does not govern
	// ("no impact on the operations of the lab that is home to a crew"
	// denies the impact, not that the lab is home to the crew; "no drugs
	// that are approved" still denies the drugs).
	type clause struct{ cue, lo, hi, ante int }
	var clauses []clause
	for i := range a.tokens {
		// A negation inside what a source reports as claimed or rumoured
		// ("false claims that she is not eligible") is not the source's.
		if !isNegation(a.tokens, i) || pairedNegation(a.tokens, i) || cancelled[i] || hearsayAt(a, i) != "" {
			continue
		}
		lo := i
		for lo > 0 && i-lo < negationScope && !clauseBreak(a.text, a.tokens, lo-1) && !sayingVerb(a.tokens[lo-1]) {
			lo--
		}
		// "She was chosen by the council in 2021, not elected by
		// voters": a "not" after a comma borrows its subject and verb
		// from the sentence before it, so its clause is that sentence.
		if lo == i && contrastingNot(a, i) {
			for lo > 0 && !sentenceBreak(a.text, a.tokens, lo-1) && !sayingVerb(a.tokens[lo-1]) {
				lo--
			}
		}
		hi, governs := i, true
		for j := i + 1; j < len(a.tokens) && j <= i+negationScope && !clauseBreak(a.text, a.tokens, j-1); j++ {
			governs = governs && !prepositions[a.tokens[j].Term] // (predicates.go)
			if !governs && relativeClauseAt(a.tokens, j) {
				break
			}
			// "Would not comment on rumours that a bidder had
			// approached it" denies no approach: what the rumours say is
			// theirs. A negation of the saying itself ("never claimed
			// that") is read whole (deniesSaying), as is a denial
			// (isDenial).
			if a.tokens[j].Term == "that" && (hearsayNouns[a.tokens[j-1].Term] || reportNouns[a.tokens[j-1].Term]) && !isDenial(a.tokens[i]) && contentBetween(a.tokens, i, j-1) {
				break
			}
			hi = j
		}
		// A relative clause the negation opens ("an outside IT
		// contractor, which it did not name") denies it of the noun
		// phrase before its comma: its words are the clause's too.
		ante := -1
		if lo > 0 && lo < i && relativeClauseAt(a.tokens, lo) && a.tokens[lo].Term != "that" && clauseBreak(a.text, a.tokens, lo-1) && !a.tokens[lo-1].Stop {
			ante = lo - 1
		}
		clauses = append(clauses, clause{i, lo, hi, ante})
	}
	// A shared word the text also says outside every negation's clause
	// is asserted there: "He failed to win the seat but later won the
	// nomination" says he won something. A negation whose clause reaches
	// only such words denies nothing the other side says of its own ("He
	// won the nomination"); one that reaches a shared word of its own
	// ("3% of kids who ate peanuts …, compared to 17% of kids who didn't
	// eat them": "17%") still counts them all.
	inside := make([]bool, len(a.tokens))
	for _, cl := range clauses {
		for j := cl.lo; j <= cl.hi; j++ {
			inside[j] = true
		}
	}
	// (A capitalised word there is a name, whatever its term: "Super
	// Mario Run" asserts no running.)
	assertedElsewhere := map[string]bool{}
	for j, t := range a.tokens {
		if !inside[j] && !t.Stop && !t.Cap {
			assertedElsewhere[t.Term] = true
		}
	}
	var cues []text.Token
	for _, cl := range clauses {
		reached, after, own := 0.0, false, false
		inClause := map[string]bool{}
		for j := cl.ante; j >= 0 && !a.tokens[j].Stop && (j == cl.ante || !clauseBreak(a.text, a.tokens, j)); j-- {
			// the noun's phrase: "an outside IT contractor"
			if term := a.tokens[j].Term; shared(term) && !inClause[term] {
				inClause[term] = true
				reached += weight(term)
			}
		}
		for j := cl.lo; j <= cl.hi; j++ {
			if term := a.tokens[j].Term; j != cl.cue && shared(term) && !a.tokens[j].Stop && !inClause[term] {
				inClause[term] = true
				reached += weight(term)
				after = after || j > cl.cue
				// A name the clause ends on, which a relative clause of its
				// own then speaks of, is no word of the clause's own:
				// "ruled out a coalition with the Homeland movement, which
				// came third" denies the coalition, nothing said of
				// Homeland.
				described := a.tokens[j].Cap && cl.hi-j < 3 && cl.hi+1 < len(a.tokens) && relativeClauseAt(a.tokens, cl.hi+1)
				own = own || !assertedElsewhere[term] && !described
			}
		}
		// The negation must reach a shared word after it, its clause a
		// shared word of its own, and enough of what the texts share.
		if !after || !own {
			continue
		}
		if reached > 0 && reached >= minNegatedShare*total {
			cues = append(cues, a.tokens[cl.cue])
		}
	}
	return cues
}

// universals are the words "not" before them denies alone: "not all",
// "not every", "not always".
var universals = wordSet("all every everyone everybody everything always")

// notUniversal reports whether negation cue t of a text is a "not" before
// a universal ("not all").
func notUniversal(a analysed, t text.Token) bool {
	i := tokenAt(a.tokens, t.Start)
	return text.Normalize(t.Text) == "not" && i+1 < len(a.tokens) && universals[text.Normalize(a.tokens[i+1].Text)]
}

// nextEnd returns where the token after t ends in a text ("not all").
func nextEnd(a analysed, t text.Token) int {
	if i := tokenAt(a.tokens, t.Start); i+1 < len(a.tokens) {
		return a.tokens[i+1].End
	}
	return t.End
}

// hasUniversal reports whether a text says "all", "every", "always"….
func hasUniversal(a analysed) bool {
	for _, t := range a.tokens {
		if universals[text.Normalize(t.Text)] {
			return true
		}
	}
	return false
}

// contentBetween reports whether a content word stands strictly between
// tokens i and j.
func contentBetween(toks []text.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !toks[k].Stop && !toks[k].Neg {
			return true
		}
	}
	return false
}

// contrastingNot reports whether token i of a text is a "not" that opens
// a contrast after a comma or a dash ("chosen by the council, not elected
// by voters"; "the company — not the city — paid"), with no verb of its
// own: not "not to mention", which adds.
func contrastingNot(a analysed, i int) bool {
	toks := a.tokens
	if i < 1 || text.Normalize(toks[i].Text) != "not" || !strings.ContainsAny(a.text[toks[i-1].End:toks[i].Start], ",—–") {
		return false
	}
	return !(i+2 < len(toks) && toks[i+1].Term == "to" && text.Normalize(toks[i+2].Text) == "mention")
}

// sentenceBreak reports whether a sentence ends between tokens i and i+1.
func sentenceBreak(s string, toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	// Tokens a filter made of one word ("U.S." and its expansion) may
	// overlap: nothing stands between them.
	return toks[i+1].Start > toks[i].End && strings.ContainsAny(s[toks[i].End:toks[i+1].Start], ".!?;")
}

// relativeClauseAt reports whether token j opens a relative clause:
// "which", "who", "whom" or "whose", or "that" before an auxiliary ("the
// lab that is home to"; "that the" opens a complement, not read as one).
func relativeClauseAt(toks []text.Token, j int) bool {
	switch toks[j].Term {
	case "which", "who", "whom", "whose":
		return true
	case "that":
		return j+1 < len(toks) && auxiliaries[toks[j+1].Term] // (checkable.go)
	}
	return false
}

// oppositeOf finds a word in a claim text opposed to a statement word that
// the claim itself lacks, near words the two share.
//
// With relative, it finds only the pairs it otherwise passes over: a claim
// word of relative time ("subsequently") against the statement's opposite
// ("before").
func oppositeOf(q analysed, a analysed, matched map[string]string, shared map[string]bool, lx *claims.Lexical, relative bool) (text.Token, text.Token, bool) {
	for qi, qt := range q.tokens {
		rel := -1 // where the claim's relative clause that has qt's word opens
		if a.terms[qt.Term] {
			if rel = relativeOnly(a, qt.Term); rel < 0 || subjectBefore(q, qi, a.tokens[rel-1].Term, matched) {
				continue
			}
		}
		if qt.Stop || relativeTimes[qt.Term] || nounAfterThe(q.tokens, qi) {
			continue
		}
		qBound, qBounds := boundOf(q, qt)
		opp, lexOpp := antonym()[qt.Term], lexicalOpposites(lx, qt.Term)
		if opp == nil && lexOpp == nil || inIdiom(q.tokens, qi) {
			continue
		}
		for ci, ct := range a.tokens {
			if !opp[ct.Term] && !lexOpp[ct.Term] || rel >= 0 && ci >= rel {
				continue
			}
			// "Networks big and small": the statement says both, together.
			// So does "trying to avoid a confrontation" against "could lead
			// to a confrontation": a pair is opposed only when each side
			// lacks the other's word, as the claim lacks qt's (above).
			if rel := relativeTimes[ct.Term] && !elliptic(q, qi); q.terms[ct.Term] || nounAfterThe(a.tokens, ci) || rel != relative || inIdiom(a.tokens, ci) {
				continue
			}
			if cBound, cBounds := boundOf(a, ct); (qBounds || cBounds) && !(qBounds && cBounds && text.SameUnit(qBound, cBound) && qBound.Conflict(cBound)) {
				continue // "fewer than 400" and "more than 300" may both be true
			}
			if !sameEventAfter(q, qi, a, ci, matched) || saidOfOtherThing(q, qi, a, ci, matched) { // patient.go
				continue
			}
			if nearShared(a, ci, shared) {
				return qt, ct, true
			}
		}
	}
	return text.Token{}, text.Token{}, false
}

// boundOf returns the figure token t of a bounds, as a word of its
// comparator ("more" of "more than 300 complaints"). Two such words
// oppose each other only when the figures they bound cannot both be true
// ("more than half" against "less than half", "less than an hour" against
// "more than three hours"): "fewer than 400" and "more than 300" may both
// be, and a bound against a word of no figure says nothing of it.
func boundOf(a analysed, t text.Token) (text.Quantity, bool) {
	for _, x := range a.qty {
		if x.Cmp != text.Exactly && x.Start <= t.Start && t.End <= x.End {
			return x, true
		}
	}
	return text.Quantity{}, false
}

// relativeOnly returns where the relative clause opens ("that", "which")
// when every occurrence of term in a stands in one, within a few words of
// it, after a noun: "overturned a lower court decision that had upheld
// the law" has "upheld" only as what the decision did. -1 otherwise.
func relativeOnly(a analysed, term string) int {
	at := -1
	for i, t := range a.tokens {
		if t.Term != term {
			continue
		}
		k := i - 1
		for k > 0 && i-k <= 3 && !relativeClauseAt(a.tokens, k) && !clauseBreak(a.text, a.tokens, k) {
			k--
		}
		if k < 1 || !relativeClauseAt(a.tokens, k) || a.tokens[k-1].Stop || at >= 0 && at != k {
			return -1
		}
		at = k
	}
	return at
}

// subjectBefore reports whether the statement has the claim's term m
// (through the alignment) before token qi: the statement speaks of what
// the claim's relative clause is said of ("the lower court decision had
// upheld the law").
func subjectBefore(q analysed, qi int, m string, matched map[string]string) bool {
	for _, t := range q.tokens[:qi] {
		if t.Term == m || matched[t.Term] == m {
			return true
		}
	}
	return false
}

// oppositeReach is how many tokens either side of an opposite word a
// word the two texts share must stand for the pair to be about the same
// thing.
const oppositeReach = 6

// nearShared reports whether a content word of shared stands within
// oppositeReach tokens of token i of a, on its side of a contrast
// (contrastBreak); a figure's sign ("%") shared only because both texts
// give a share is no such word.
func nearShared(a analysed, i int, shared map[string]bool) bool {
	side0, side1 := contrastSide(a, i)
	lo, hi := max(side0, i-oppositeReach), min(side1, i+oppositeReach)
	for j := lo; j <= hi; j++ {
		if t := a.tokens[j]; j != i && shared[t.Term] && !t.Stop && !text.IsFigureSign(t) {
			return !saidOfAnother(a, i, side0, side1, shared)
		}
	}
	return false
}

// contrastSide returns the first and last tokens of the side of a
// contrast (contrastBreak) that token i of a stands on.
func contrastSide(a analysed, i int) (lo, hi int) {
	lo, hi = i, i
	for lo > 0 && !contrastBreak(a, lo-1) {
		lo--
	}
	for hi+1 < len(a.tokens) && !contrastBreak(a, hi) {
		hi++
	}
	return lo, hi
}

// saidOfAnother reports whether the side of a contrast that token i of a
// stands on, tokens lo to hi (contrastSide), names only someone the
// statement does not (a name it lacks, none it has), while a name it has
// stands on another side: "Halvard shares jumped 24 percent, while
// Brenmark shares fell 3.2 percent" says "fell" of Brenmark, not of the
// Halvard shares a statement speaks of.
func saidOfAnother(a analysed, i, lo, hi int, shared map[string]bool) bool {
	name := func(t text.Token) bool { return t.Cap && !t.Stop && t.Kind != text.Number }
	other := false
	for j := lo; j <= hi; j++ {
		if t := a.tokens[j]; j != i && name(t) {
			if shared[t.Term] {
				return false
			}
			other = true
		}
	}
	if !other {
		return false
	}
	for j, t := range a.tokens {
		if (j < lo || j > hi) && name(t) && shared[t.Term] {
			return true
		}
	}
	return false
}

// contrastBreak reports whether a sentence ends, or a contrast opens,
// between tokens i and i+1 of a text: what stands on the two sides of
// "while", "whereas" or "but" is said of two things ("Copperline shares
// jumped 22%, while Brightwell's fell 3%"), so a word near another on the
// other side is not said of it.
func contrastBreak(a analysed, i int) bool {
	if i+1 >= len(a.tokens) || sentenceBreak(a.text, a.tokens, i) {
		return true
	}
	return contrastWords[a.tokens[i+1].Term]
}

// contrastWords open the other side of a contrast.
var contrastWords = wordSet("while whereas but although though")

// elliptic reports whether token i of a text has no content word after it
// in its clause: "resigned the week after" refers back to an event said
// before, "a month before his symptoms began" names its own.
func elliptic(a analysed, i int) bool {
	for j := i + 1; j < len(a.tokens) && !clauseBreak(a.text, a.tokens, j-1); j++ {
		if !a.tokens[j].Stop {
			return false
		}
	}
	return true
}

// sameEventAfter reports, for a pivot that orders in time ("before",
// "after"), whether the words after it in its clause share words in the
// statement (token qi) and the claim (token ci), more of them than the
// claim has before its pivot: "studied biology
// before he left university" and "was called after the first whale his
// father named, and left university" place nothing on the two sides of
// the same event. A pivot with no event after it ("resigned the week
// after") refers back to one, which may be the same. Other opposite words
// need no such thing.
func sameEventAfter(q analysed, qi int, a analysed, ci int, matched map[string]string) bool {
	if pivotClasses[text.Normalize(q.tokens[qi].Text)].inverse == "" {
		return true
	}
	after, elliptic := map[string]bool{}, true
	for j := qi + 1; j < len(q.tokens) && !clauseBreak(q.text, q.tokens, j-1); j++ {
		if t := q.tokens[j]; !t.Stop {
			elliptic = false
			if m, ok := matched[t.Term]; ok {
				after[m] = true
			}
		}
	}
	if elliptic {
		return true
	}
	elliptic = true
	later := map[string]bool{}
	for j := ci + 1; j < len(a.tokens) && !clauseBreak(a.text, a.tokens, j-1); j++ {
		if t := a.tokens[j]; !t.Stop {
			elliptic = false
			if after[t.Term] {
				later[t.Term] = true
			}
		}
	}
	if elliptic || len(later) == 0 {
		return elliptic
	}
	// The statement's event after its pivot must be the claim's event
	// after its own, not the one the claim orders first: "After admitting
	// the keyboard was flawed, Apple launched a repair program" against
	// "Apple admitted the flawed design and launched a repair program,
	// before it offered free keyboard repairs" shares "keyboard" after
	// both pivots, but "admitting" and "flawed" stand before the claim's.
	earlier := map[string]bool{}
	for j := ci - 1; j >= 0 && !sentenceBreak(a.text, a.tokens, j); j-- {
		if t := a.tokens[j]; after[t.Term] && !later[t.Term] {
			earlier[t.Term] = true
		}
	}
	return len(later) > len(earlier)
}

// hasOnly reports whether a text narrows with "only" or a word of its
// group (data/scope-words.txt).
func hasOnly(a analysed) bool {
	for _, sw := range scopeOf(a) {
		if sw.group == "only" {
			return true
		}
	}
	return false
}

// sharesOnly reports whether every "only" word of statement q stands in
// claim text a too, as the scope reader finds them in both.
func sharesOnly(q, a analysed) bool {
	said := map[string]bool{}
	for _, sw := range scopeOf(a) {
		if sw.group == "only" {
			said[text.Normalize(sw.text)] = true
		}
	}
	for _, sw := range scopeOf(q) {
		if sw.group == "only" && !said[text.Normalize(sw.text)] {
			return false
		}
	}
	return true
}

// without returns cues without the one at t's place.
func without(cues []text.Token, t text.Token) []text.Token {
	var out []text.Token
	for _, c := range cues {
		if c.Start != t.Start {
			out = append(out, c)
		}
	}
	return out
}

// lexicalOpposites returns the database terms opposed to term
// (claims.Lexical), as a set; nil when there are none.
func lexicalOpposites(lx *claims.Lexical, term string) map[string]bool {
	if lx == nil || len(lx.Opposites[term]) == 0 {
		return nil
	}
	out := make(map[string]bool, len(lx.Opposites[term]))
	for _, t := range lx.Opposites[term] {
		if !text.IsNegatingVerb(t) {
			out[t] = true
		}
	}
	return out
}

// phraseAround returns the negation cue with the word before and after it.
func phraseAround(a analysed, cue text.Token) string {
	i := tokenAt(a.tokens, cue.Start)
	lo, hi := a.tokens[max(0, i-1)].Start, a.tokens[min(len(a.tokens)-1, i+2)].End
	if lo > cue.Start {
		lo = cue.Start
	}
	if hi < cue.End {
		hi = cue.End
	}
	return a.text[lo:hi]
}

// deniedWord returns the first content word after a negation cue in its
// clause, past auxiliaries, articles and adverbs of degree and time ("did
// not work", "is not a musician", "is no longer in force"): the word the
// negation denies.
func deniedWord(a analysed, cue text.Token) (text.Token, bool) {
	i := tokenAt(a.tokens, cue.Start)
	for j := i + 1; j < len(a.tokens) && j <= i+negationScope; j++ {
		if clauseBreak(a.text, a.tokens, j-1) {
			break
		}
		if t := a.tokens[j]; !t.Stop && !t.Neg && t.Kind == text.Word && !isNegation(a.tokens, j) && !copulaFillers[text.Normalize(t.Text)] {
			return t, true
		}
	}
	return text.Token{}, false
}
