package match

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// roles finds a country the statement puts before a word ("a Russian
// court") where the source puts another before the same word ("a U.S.
// federal court") and has the statement's country only in another role
// ("Another Russian hacker, Vladimir Drinkman, … charged in a U.S.
// federal court"). A country the claim's own texts never name, but its
// article's headline or the source's paragraph does, is swapped too when
// the word has another owner there: "Russian investigators" against "U.S.
// investigators concluded". A country the source never names at all is
// missing (names.go), not swapped.
func roles(c *comparison) []finding {
	q := c.q
	var out []finding
	for i, t := range q.tokens {
		if t.Kind != text.Entity || !text.IsCountry(t.Term) || i+1 >= len(q.tokens) {
			continue
		}
		w := q.tokens[i+1]
		// "… attributing it to Russia, officials said": a comma parts the
		// country from the word after it, which it does not own.
		if w.Stop || w.Kind != text.Word || clauseBreak(q.text, q.tokens, i) {
			continue
		}
		// A word that orders what it joins is no word a country owns:
		// "toured Norway before Greece" against "toured Greece before
		// Norway" is the order rule's (order.go).
		if _, ok := pivotAt(q.tokens, i+1); ok {
			continue
		}
		// A country before a verb in the past is its subject, not the
		// owner of a word: "Portugal played against Spain" against "Spain
		// played against Portugal" says the same, and who did it to whom
		// is the order rule's (activeSwapped, order.go).
		if pastTense(w) {
			continue
		}
		qOwners := ownersBefore(q, i+1)
		named := false
		for _, a := range c.texts {
			named = named || a.terms[t.Term]
		}
		if _, covered := c.al.matched[t.Term]; !named && !covered && !c.d.context[t.Term] {
			continue
		}
		for _, a := range c.texts {
			if named && !a.terms[t.Term] {
				continue
			}
			// Every mention of the word must have another owner: "Russian
			// officials … U.S. officials" has both.
			var other *text.Token
			var otherAt text.Token
			agrees := false
			for ci, ct := range a.tokens {
				if ct.Term != w.Term {
					continue
				}
				owners := ownersBefore(a, ci)
				switch {
				case shareAny(owners, qOwners):
					agrees = true
				case len(owners) > 0 && other == nil:
					other, otherAt = &owners[0], ct
				}
			}
			if agrees || other == nil {
				continue
			}
			out = append(out, finding{
				kind:   conflict,
				reason: fmt.Sprintf("the source says %s %s, you wrote %s %s", other.Text, otherAt.Text, t.Text, w.Text),
				qSpan:  span(t), cText: a.text, cSpan: span(*other),
				claim: span(t), block: span(t),
			})
			break
		}
	}
	return out
}

// ownersBefore returns the countries standing right before token i, past
// at most one describing word ("U.S. federal court") and through a
// coordination ("U.S. and Russian officials"), never past another
// function word ("invaded Ukraine and annexed").
func ownersBefore(a analysed, i int) []text.Token {
	var out []text.Token
	toks := a.tokens
	for j := i - 1; j >= 0 && !clauseBreak(a.text, toks, j); j-- {
		t := toks[j]
		switch {
		case t.Kind == text.Entity && text.IsCountry(t.Term):
			out = append(out, t)
			continue
		case len(out) > 0 && (t.Term == "and" || t.Term == "or") && j > 0 && toks[j-1].Kind == text.Entity && text.IsCountry(toks[j-1].Term):
			continue
		case len(out) == 0 && j == i-1 && !t.Stop && !t.Neg && t.Kind == text.Word:
			continue // one describing word: "federal"
		}
		break
	}
	return out
}

// destinations finds a country the statement puts after a verb and a
// preposition ("extradited back to russia") where the source has another
// country after the same verb and preposition ("extradited to the U.S."),
// whatever else it says of the statement's country ("Russian hackers");
// "is in China" against "located in Thailand" likewise. The verb may
// stand before its object ("extradited Roman Seleznev to Russia"). A
// journey turned around is a conflict too: "extradited from the US"
// against "extradited to the U.S.".
func destinations(c *comparison) []finding {
	q := c.q
	var out []finding
	for i, t := range q.tokens {
		if !isCountry(t) {
			continue
		}
		verb, prep, ok := verbBefore(q, i)
		if !ok {
			continue
		}
		m, said := c.al.matched[verb.Term]
		locative := copulas[verb.Term] || copulas[text.Normalize(verb.Text)] || locationVerbs[text.Normalize(verb.Text)]
		sending := sendingVerbs[verb.Term]
		if !said && !locative && !sending {
			continue
		}
		if f, ok := c.destination(t, verb, prep, m, locative, sending); ok {
			out = append(out, f)
		}
	}
	return out
}

// destination finds, for statement country t after verb and prep, the
// claim's other country after the same verb and preposition, or the same
// country after the opposite preposition.
func (c *comparison) destination(t, verb, prep text.Token, m string, locative, sending bool) (finding, bool) {
	q := c.q
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if ct.Term != m && !(locative && locationVerbs[text.Normalize(ct.Text)]) && !(sending && sendingVerbs[ct.Term]) {
				continue
			}
			for k := ci + 1; k < len(a.tokens) && k <= ci+3 && !clauseBreak(a.text, a.tokens, k-1); k++ {
				turned := opposite[prep.Term] != "" && a.tokens[k].Term == opposite[prep.Term]
				if a.tokens[k].Term != prep.Term && !turned {
					continue
				}
				j := k + 1
				for j < len(a.tokens) && text.IsDeterminer(a.tokens[j].Term) {
					j++
				}
				if j >= len(a.tokens) {
					break
				}
				o := a.tokens[j]
				if !isCountry(o) {
					break
				}
				same := o.Term == t.Term || sameLetters(o.Text, t.Text)
				if same != turned {
					break // the same place the same way, or another place the other way
				}
				at := span(t)
				if ct.Term != m { // "sent back to russia" stands where "extradited to the U.S." does
					at[0] = verb.Start
				}
				wrote := prep.Text + " " + t.Text
				if at[0] != t.Start {
					wrote = q.text[at[0]:at[1]]
				}
				return finding{
					kind:   conflict,
					reason: fmt.Sprintf("the source says %s %s %s, you wrote %s", ct.Text, a.tokens[k].Text, o.Text, wrote),
					qSpan:  at, cText: a.text, cSpan: span(o),
					claim: span(t), block: span(t),
				}, true
			}
		}
	}
	return finding{}, false
}

// isCountry reports whether a token names a country: an entity of
// claims/text ("usa", "russia") or an ISO 3166-1 name ("Thailand").
func isCountry(t text.Token) bool {
	return t.Kind == text.Entity && text.IsCountry(t.Term) || t.Kind == text.Word && t.Cap && countryCode(t.Term) != ""
}

// opposite holds the preposition of a journey's other end.
var opposite = map[string]string{"to": "from", "into": "from", "from": "to"}

// maxObjectWords is how many words may stand between a verb and the
// preposition of where it went: its object ("extradited Roman Seleznev
// to Russia", "from the United States to Russia").
const maxObjectWords = 5

// verbBefore returns the verb and the preposition before token i of a
// text ("extradited back to russia": "extradited", "to"), past
// determiners, and the verb's object or another place between the verb
// and the preposition (maxObjectWords), within the clause; else the noun
// right before "to", "from" or "into" ("extradition from the US").
func verbBefore(a analysed, i int) (verb, prep text.Token, ok bool) {
	toks := a.tokens
	j := i - 1
	for j >= 0 && text.IsDeterminer(toks[j].Term) {
		j--
	}
	if j < 1 || !directions[toks[j].Term] {
		return verb, prep, false
	}
	prep = toks[j]
	for k := j - 1; k >= 0 && k >= j-1-maxObjectWords && !clauseBreak(a.text, toks, k); k-- {
		if pastTense(toks[k]) || prep.Term == "in" && (copulas[toks[k].Term] || locationVerbs[text.Normalize(toks[k].Text)]) {
			return toks[k], prep, true
		}
	}
	// A noun of the journey: "seeking Assange's extradition from the US".
	if n := toks[j-1]; prep.Term != "in" && !n.Stop && !n.Neg && n.Kind == text.Word && !clauseBreak(a.text, toks, j-1) {
		return n, prep, true
	}
	return verb, prep, false
}

// locationVerbs say where something is: "is in China" against "located in
// Thailand".
var locationVerbs = wordSet("located based situated headquartered")

// sendingVerbs are the stems of verbs that send someone to a country:
// "sent back to russia" and "extradited to the U.S." name two
// destinations of one journey.
var sendingVerbs = stemSet(slices.Values([]string{"send", "sent", "extradite", "extradited", "deport", "deported", "return", "returned", "transfer", "transferred", "repatriate", "repatriated"}))

// directions are the prepositions of where something went or came from.
var directions = wordSet("to from into in")

func shareAny(a, b []text.Token) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Term == y.Term {
				return true
			}
		}
	}
	return false
}

// possessions finds a thing the statement gives to one person where the
// source gives it to another the statement also names: "painter plans to
// shut tillersons entire office" against "Tillerson plans to shutter
// Painter's entire office". Who owns what does not turn around, as "met"
// may ("Biden met Putin" is "Putin met Biden"), so only possessives count.
// Only the first one found counts (first in the rules table).
func possessions(c *comparison) []finding {
	inverse := inverse(c.al.matched)
	var out []finding
	for i := range c.q.tokens {
		if f, ok := c.possession(i, inverse); ok {
			out = append(out, f)
		}
	}
	return out
}

// possession finds the thing statement token i gives to one person where
// the source gives it to another (possessions).
func (c *comparison) possession(i int, inverse map[string]bool) (finding, bool) {
	q := c.q
	t := q.tokens[i]
	m, said := c.al.matched[t.Term]
	if !said || !c.ix.possessiveName(q, i) {
		return finding{}, false
	}
	window := q.tokens[i+1 : min(len(q.tokens), i+3)]
	for k := len(window) - 1; k >= 0; k-- { // the noun after a describing word first
		w := window[k]
		owned, ok := c.al.matched[w.Term]
		if !ok || w.Stop || c.ix.isName(q, w) {
			continue
		}
		for _, a := range c.texts {
			for ci, ct := range a.tokens {
				if ct.Term != owned {
					continue
				}
				for j := ci - 1; j >= 0 && j >= ci-2; j-- {
					o := a.tokens[j]
					if !c.ix.possessiveName(a, j) || !strings.ContainsAny(o.Text, "'’") {
						continue // an article writes its apostrophes: "The Lords reforms" owns nothing
					}
					if o.Term != m && (q.terms[o.Term] || inverse[o.Term]) {
						return finding{
							kind:   conflict,
							reason: fmt.Sprintf("the source says %s, you wrote %s", a.text[o.Start:ct.End], q.text[t.Start:w.End]),
							qSpan:  span(t), cText: a.text, cSpan: span(o),
							claim: span(t), block: span(t),
						}, true
					}
				}
			}
		}
	}
	return finding{}, false
}

// possessiveName reports whether token i of a text is a name in the
// possessive. One typed without its apostrophe ("tillersons entire
// office") closes its name: a word ending in s inside a name ("Indigenous
// Peoples' lands", "Famous Players") is no possessive.
func (ix *Index) possessiveName(a analysed, i int) bool {
	t := a.tokens[i]
	if !possessive(t) || !ix.isName(a, t) {
		return false
	}
	if w := text.Normalize(t.Text); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	return i+1 >= len(a.tokens) || !ix.isName(a, a.tokens[i+1]) || clauseBreak(a.text, a.tokens, i)
}

// possessive reports whether a token is a possessive ("Painter's"), also
// typed without its apostrophe ("tillersons" for a name whose term has no
// final s).
func possessive(t text.Token) bool {
	w := text.Normalize(t.Text)
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s") && !strings.HasSuffix(t.Term, "s") && t.Kind == text.Word
}

// doers finds who the statement says did something where the source says
// it was done and does not say by whom: "Russia extradited Roman Seleznev
// to the US" against "Seleznev and Polyakov were arrested in 2014 and
// extradited to the US", where "Russia" may stand elsewhere in another
// role ("Russian hackers"). The statement says more than its source: not
// supported, nor contradicted (who did it may be unknown). A source that
// says it in the active, whoever its subject, is left to the names rule
// (a subject swapped), and "by whom" of a passive statement to the agents
// rule.
//
// So does an attribute bound to another noun (attributeSwapped), a word
// joined to another clause's name (pairSwapped) or a relative clause's
// words said of what a contrast sets against the statement's thing
// (contrastBound, contrast.go): the source has the
// statement's words, not what it says of them; it may say the statement's
// too, elsewhere, so these say "not supported", never "contradicted" (an
// order rule's finding would: namedDifferences, check.go).
func doers(c *comparison) []finding {
	q := c.q
	var out []finding
	if f, ok := c.attributeSwapped(); ok {
		out = append(out, f)
	}
	if f, ok := c.pairSwapped(); ok {
		out = append(out, f)
	}
	if f, ok := c.contrastBound(); ok {
		out = append(out, f)
	}
	if f, ok := c.partyOfAnother(); ok {
		out = append(out, f)
	}
	if f, ok := c.doneByAnother(); ok {
		out = append(out, f)
	}
	for i := 0; i+1 < len(q.tokens); i++ {
		t := q.tokens[i]
		if !(c.ix.key(q.text, t) || isCountry(t) || c.ix.isNameWord(t)) || t.Kind == text.Number || t.Kind == text.Year || t.Stop {
			continue
		}
		v := i + 1
		for v < len(q.tokens) && adverb(q.tokens[v]) {
			v++
		}
		if v >= len(q.tokens) || !pastTense(q.tokens[v]) || v < len(q.tokens)-1 && q.text[t.End:q.tokens[i+1].Start] != " " {
			continue
		}
		if i+1 < len(q.tokens) && nameRunNext(q, i) {
			continue // the name goes on: its last word is the subject
		}
		if sayingVerb(q.tokens[v]) {
			continue // who said it: the speakers rule's
		}
		m, said := c.al.matched[q.tokens[v].Term]
		if !said || c.claimSaysDoer(t, m) {
			continue
		}
		out = append(out, finding{
			kind:   beyond,
			reason: fmt.Sprintf("the source says it was %s, not that %s did it", q.tokens[v].Text, t.Text),
			qSpan:  span(t), claim: span(t), block: span(t),
		})
	}
	return out
}

// nameRunNext reports whether key token i of a text is followed by
// another word of the same name ("Roman Seleznev").
func nameRunNext(a analysed, i int) bool {
	n := a.tokens[i+1]
	return n.Cap && !n.Stop && a.text[a.tokens[i].End:n.Start] == " " && !pastTense(n)
}

// claimSaysDoer reports whether the claim gives claim verb m a doer in the
// active or through "by", or says nothing of it in the passive: only a
// claim whose every use of m is passive, with no "by" of the statement's
// doer t, does not say who did it.
func (c *comparison) claimSaysDoer(t text.Token, m string) bool {
	passive := false
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if ct.Term != m {
				continue
			}
			j := ci - 1
			for j >= 0 && adverb(a.tokens[j]) {
				j--
			}
			if j >= 0 && !a.tokens[j].Stop && !a.tokens[j].Neg && !clauseBreak(a.text, a.tokens, j) {
				return true // a subject: "the Maldives extradited"
			}
			if !beBefore(a, ci) {
				return true // neither active nor passive that we can tell
			}
			for k := ci + 1; k < len(a.tokens) && k <= ci+5 && !clauseBreak(a.text, a.tokens, k-1); k++ {
				if a.tokens[k].Term == "by" {
					return true // "extradited by the Netherlands": the agents rule's
				}
			}
			passive = true
		}
	}
	return !passive
}

// beBefore reports whether a form of "be" stands before token i in its
// clause: "were arrested in 2014 and extradited".
func beBefore(a analysed, i int) bool {
	for j := i - 1; j >= 0 && !clauseBreak(a.text, a.tokens, j); j-- {
		if beForms[text.Normalize(a.tokens[j].Text)] {
			return true
		}
	}
	return false
}

// adverb reports whether a token is an adverb that may stand between a
// subject and its verb: "subsequently", "later", "then".
func adverb(t text.Token) bool {
	w := text.Normalize(t.Text)
	return t.Kind == text.Word && (strings.HasSuffix(w, "ly") && len(w) > 4 || w == "later" || w == "then" || w == "also" || w == "once" || w == "first")
}

// otherParties are nouns of a party other than their possessor: "Halvard's
// rival Ostmark" is not Halvard.
var otherParties = wordSet("rival rivals competitor competitors opponent opponents challenger challengers neighbour neighbours neighbor neighbors counterpart counterparts predecessor predecessors successor successors critic critics enemy enemies ally allies partner partners")

// partyOfAnother finds the name a statement opens with (its subject) that
// a claim text names only as the possessor of another party, named after
// it: "Halvard reported a 4% rise in quarterly revenue" against
// "Halvard's rival Ostmark reported a 4% rise in quarterly revenue". The
// source says it of Ostmark: not supported (beyond), and not contradicted
// either, since the source may say it of Halvard elsewhere.
func (c *comparison) partyOfAnother() (finding, bool) {
	q := c.q
	n := 0 // the statement's opening name: q.tokens[:n], capitalised
	for n < len(q.tokens) && q.tokens[n].Cap && !q.tokens[n].Stop && q.tokens[n].Kind == text.Word && !possessive(q.tokens[n]) {
		n++
	}
	if n == 0 || n >= len(q.tokens) {
		return finding{}, false
	}
	subject := q.tokens[n-1]
	for _, a := range c.texts {
		other, plain := -1, false
		for i, t := range a.tokens {
			if t.Term != subject.Term {
				continue
			}
			if !possessive(t) || !t.Cap || i+2 >= len(a.tokens) || !otherParties[text.Normalize(a.tokens[i+1].Text)] || !a.tokens[i+2].Cap {
				plain = true
				break
			}
			other = i
		}
		if other >= 0 && !plain {
			named := a.tokens[other+2]
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says this of %s, not of %s", a.text[a.tokens[other].Start:named.End], subject.Text),
				qSpan:  span(subject), cText: a.text, cSpan: span(named), claim: span(subject),
			}, true
		}
	}
	return finding{}, false
}

// doneByAnother finds a verb the statement gives to a name standing right
// before it ("head teacher Naomi Fairbairn left at Easter") where every
// use of the verb in a claim text has another name right before it, one
// the statement does not have ("the school's head teacher, Philip
// Garland, had left at Easter and … an interim head, Naomi Fairbairn, had
// been appointed"), and the claim names the statement's one elsewhere: the
// source says it of someone else. Not supported (beyond), and not
// contradicted: both may have done it.
func (c *comparison) doneByAnother() (finding, bool) {
	q := c.q
	has := inverse(c.al.matched)
	for v, t := range q.tokens {
		m, ok := c.al.matched[t.Term]
		if !ok || t.Stop || t.Neg || t.Kind != text.Word {
			continue
		}
		sn, passive, ok := c.ix.doerName(q, v)
		if !ok {
			continue
		}
		if a, other, ok := c.otherDoer(m, c.al.matched[sn.Term], passive, has); ok {
			return finding{
				kind:   beyond,
				reason: fmt.Sprintf("the source says %q of %s, not of %s", t.Text, other.Text, sn.Text),
				qSpan:  span(sn), cText: a.text, cSpan: span(other), claim: span(sn),
			}, true
		}
	}
	return finding{}, false
}

// otherDoer returns the name right before claim verb m (doerName) when
// every use of m has one, in the statement's voice (passive), none of them
// subject nor a name the statement has (has), and the claim text names
// subject elsewhere. A use in the other voice ("the Institute ranked
// Bogart" against "Bogart was ranked") puts the doer elsewhere.
func (c *comparison) otherDoer(m, subject string, passive bool, has map[string]bool) (analysed, text.Token, bool) {
	var at analysed
	var other text.Token
	found := false
	for _, a := range c.texts {
		for ci, ct := range a.tokens {
			if ct.Term != m {
				continue
			}
			n, cPassive, ok := c.ix.doerName(a, ci)
			if !ok || cPassive != passive || n.Term == subject || has[n.Term] || c.namesFormOf(n) {
				return analysed{}, text.Token{}, false // said of the statement's name, of a name it has, or of none we can tell
			}
			if !found {
				at, other, found = a, n, true
			}
		}
	}
	return at, other, found && at.terms[subject]
}

// doerName returns the name standing right before verb v of a, past
// auxiliaries, forms of "be", adverbs and the comma that closes an
// apposition ("Philip Garland, had left", "Fairbairn has been
// appointed"), and whether a form of "be" makes the verb passive (the
// name is then who it was done to), or the name before ", who" that
// opens the verb's relative clause ("Dele Okonjo and Marco Ferri, who
// scored from the penalty spot": Ferri). A verb with no auxiliary must be in
// the past ("Garland left"), so that a noun after a name ("Halvard
// shares") is no verb of it; a name after "and" is one of two, and one
// after a preposition a place or an object ("Ashgrove Academy in Dunmore
// has been rated").
func (ix *Index) doerName(a analysed, v int) (name text.Token, passive, ok bool) {
	j := v - 1
	for ; j >= 0; j-- {
		w := text.Normalize(a.tokens[j].Text)
		if !auxiliaries[w] && !beForms[w] && !adverb(a.tokens[j]) {
			break
		}
		passive = passive || beForms[w]
	}
	if j < 0 || j == v-1 && !pastTense(a.tokens[v]) {
		return text.Token{}, false, false
	}
	if j > 0 && text.Normalize(a.tokens[j].Text) == "who" && strings.TrimSpace(a.text[a.tokens[j-1].End:a.tokens[j].Start]) == "," {
		j-- // "… and striker Marco Ferri, who scored": the name before the comma
	}
	n := a.tokens[j]
	if !ix.isName(a, n) || n.Stop || possessive(n) || j > 0 && a.tokens[j-1].Term == "and" {
		return text.Token{}, false, false
	}
	if gap := strings.TrimSpace(a.text[n.End:a.tokens[j+1].Start]); gap != "" && gap != "," {
		return text.Token{}, false, false
	}
	k := j // the name's first word
	for k > 0 && a.tokens[k-1].Cap && !a.tokens[k-1].Stop && !sentenceBreak(a.text, a.tokens, k-1) {
		k--
	}
	if k > 0 && prepositions[text.Normalize(a.tokens[k-1].Text)] {
		return text.Token{}, false, false
	}
	return n, passive, true
}

// beForms are the forms of "be" between a name and its verb's participle
// ("had been appointed", "was ranked"): the passive.
var beForms = wordSet("be been being is are was were")

// namesFormOf reports whether the statement has a word formed on name n
// ("Kessarian" of "Kessaria"): it speaks of n, in another role the rules
// of names and swaps weigh.
func (c *comparison) namesFormOf(n text.Token) bool {
	w := text.Normalize(n.Text)
	if len(w) < 4 {
		return false
	}
	for _, t := range c.q.tokens {
		if strings.HasPrefix(text.Normalize(t.Text), w) {
			return true
		}
	}
	return false
}
