package match

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// Attribution words (data/attribution.txt): the verbs that give words to a
// speaker, those whose speaker may follow them, the words that may stand
// between the speaker and the verb, those that join a speaker to the
// body they speak for, and the titles of those who speak for a body
// (stemmed).
var attribution = func() struct{ verbs, inverted, fillers, affiliation, officers map[string]bool } {
	var a struct{ verbs, inverted, fillers, affiliation, officers map[string]bool }
	a.verbs, a.inverted, a.fillers, a.affiliation, a.officers = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, e := range wordlist.Table(data, "data/attribution.txt") {
		for _, w := range e.Items {
			switch e.Key {
			case "verbs":
				a.verbs[w] = true
			case "inverted":
				a.inverted[w] = true
			case "fillers":
				a.fillers[w] = true
			case "affiliation":
				a.affiliation[w] = true
			case "officers":
				a.officers[text.Stem(w)] = true // as a description's words are kept
			}
		}
	}
	return a
}()

// speakers compares who the statement says spoke with who the source says
// did: "Joyce said Tillerson will not impair cyber security" is not
// "Tillerson said he will not". When the source gives the words to a named
// person and the statement to another, the statement is contradicted, and
// the reason says who: "the source attributes this to Rob Joyce".
func speakers(c *comparison) []finding {
	// The statement's own attribution, with no name ("according to the
	// regulator, Hollins told it …"), is who the statement says spoke,
	// whoever its words say told whom: a role may be someone else's.
	if f := c.otherRole(); len(f) > 0 {
		return f
	}
	name := c.ix.speakerOf(c.q)
	said := c.ix.personal(name)
	if len(said) == 0 {
		return nil // nobody named, or a country ("Russia said" may be Lavrov's words)
	}
	source, sourceName := c.sourceSpeaker()
	if len(source) == 0 {
		return c.namelessSource(name, said)
	}
	for _, t := range said {
		if source[t.Term] || c.cites(t) {
			return nil
		}
	}
	if c.describesSpeaker(name, source) {
		return nil // "the health minister said" for Health Minister Maria Lopez
	}
	// The reason and the highlight name the statement's speaker whole:
	// "Home Depot", of which "Home" alone is no name word.
	first, last := name[0], name[len(name)-1]
	return []finding{{
		kind:   conflict,
		reason: fmt.Sprintf("the source attributes this to %s, not to %s", sourceName, c.q.text[first.Start:last.End]),
		qSpan:  [2]int{first.Start, last.End},
		claim:  [2]int{first.Start, last.End},
	}}
}

// namelessSource finds a source that gives the words to a speaker it
// does not name ("The unions said more than 15,000 people registered")
// where the statement gives them to a named one the claim never mentions
// ("Ohio State Police said …"): the source does not say who the statement
// says spoke, so it does not support it, though the two may be one (the
// unions' officials may be the ones named): not supported, never
// contradicted.
func (c *comparison) namelessSource(name, said []text.Token) []finding {
	for _, a := range c.texts {
		for _, ct := range a.tokens {
			for _, t := range name {
				if ct.Term == t.Term && !t.Stop {
					return nil // "a spokesman for Ohio State Police said"
				}
			}
		}
	}
	for _, t := range said {
		if c.cites(t) {
			return nil
		}
	}
	for _, a := range c.texts {
		who := c.ix.namelessSpeakerOf(a)
		if len(who) == 0 {
			continue
		}
		first, last := name[0], name[len(name)-1]
		return []finding{{
			kind:   beyond,
			reason: fmt.Sprintf("the source gives these words to %s, not to %s", a.text[who[0].Start:who[len(who)-1].End], c.q.text[first.Start:last.End]),
			qSpan:  [2]int{first.Start, last.End},
			cText:  a.text, cSpan: [2]int{who[0].Start, who[len(who)-1].End},
		}}
	}
	return nil
}

// sayingVerbs are the attribution verbs that say someone spoke, as
// namelessSpeakerOf reads them: "A partnership suggests…" or "Ellis also
// wrote the screenplay" gives no one's words.
var sayingVerbs = wordSet("said says say stated states announced announces warned warns claimed claims insisted insists declared declares")

// namelessSpeakerOf returns the words of a speaker a text opens with that
// name no one (unnamed: "The unions said …", "Officials say …"), or nil:
// the clause's first words, up to the verb that gives them the words.
func (ix *Index) namelessSpeakerOf(a analysed) []text.Token {
	toks := a.tokens
	for i, t := range toks {
		if i > closingSpeakerLimit {
			return nil
		}
		if sayingVerbs[text.Normalize(t.Text)] {
			speaker := toks[:i]
			for len(speaker) > 0 && speaker[0].Stop && text.IsDeterminer(speaker[0].Term) {
				speaker = speaker[1:]
			}
			if len(speaker) == 0 {
				return nil
			}
			// (A capital opening the sentence stays: "Ellis said" may
			// name someone the sources write nowhere else.)
			if !ix.unnamed(speaker) {
				return nil
			}
			return speaker
		}
		if clauseBreak(a.text, toks, i) {
			return nil
		}
	}
	return nil
}

// citeWords pass on someone's words: "RIA reported, citing Andrey
// Krutskikh" gives the words to Krutskikh as much as to RIA.
var citeWords = wordSet("citing quoting quoted according")

// cites reports whether a claim text passes on the words of the person the
// statement's token t names, after a word of citeWords.
func (c *comparison) cites(t text.Token) bool {
	for _, a := range c.texts {
		for i, ct := range a.tokens {
			if !citeWords[text.Normalize(ct.Text)] {
				continue
			}
			for j := i + 1; j < len(a.tokens) && j <= i+5; j++ {
				step(1)
				if a.tokens[j].Term == t.Term {
					return true
				}
			}
		}
	}
	return false
}

// personal keeps the tokens of a speaker's name that name a person: words
// the sources only ever capitalise ("Putin", "Lavrov"), or capitalised
// words they do not know; titles ("President") and countries go.
func (ix *Index) personal(name []text.Token) []text.Token {
	var out []text.Token
	for _, t := range name {
		if pronounSpeakers[text.Normalize(t.Text)] {
			continue // "She said": whom she stands for is anaphora's (anaphora.go)
		}
		if t.Kind == text.Word && (ix.isNameWord(t) || t.Cap && ix.df(t.Term) == 0) {
			out = append(out, t)
		}
	}
	return out
}

// speakerOf returns the name tokens a text gives its words to: the names
// just before an attribution verb ("Lavrov said", "Tillerson himself
// said", "it was Putin who said"), just after one that allows it ("…, said
// Lavrov", but not "told Reuters"), or after "according to".
func (ix *Index) speakerOf(a analysed) []text.Token {
	toks := a.tokens
	for i, t := range toks {
		w := text.Normalize(t.Text)
		switch {
		case attribution.verbs[w]:
			if name := ix.nameBefore(a, i); len(name) > 0 {
				if saidWithin(a, name[0], i) {
					continue
				}
				return name
			}
			if name := ix.nameAfter(a, i+1); len(name) > 0 && attribution.inverted[w] {
				return name
			}
		case w == "according" && i+1 < len(toks) && text.Normalize(toks[i+1].Text) == "to":
			if name := ix.nameAfter(a, i+2); len(name) > 0 {
				return name
			}
		}
	}
	return nil
}

// saidWithin reports whether the verb of saying at token i, whose subject
// begins at name, says no one's words: its object is no clause (saysAClause:
// "said 'hummus'") and the verb's clause stands within another, after a
// verb or a word that makes it a noun phrase ("loved the way Pickard said
// hummus", "how Pickard said hummus"). "Grant heard Pickard say the
// plan had failed" still gives the words to Pickard: a clause follows.
func saidWithin(a analysed, name text.Token, i int) bool {
	toks := a.tokens
	end := i + 1
	for end < len(toks) && !clauseBreak(a.text, toks, end-1) {
		end++
	}
	if i+1 < len(toks) && toks[i+1].Term == "that" || saysAClause(toks[i+1:end]) {
		return false
	}
	for k := tokenAt(toks, name.Start) - 1; k >= 0 && !clauseBreak(a.text, toks, k); k-- {
		if verbLike(&toks[k]) || nounPhraseSaying[text.Normalize(toks[k].Text)] {
			return true
		}
	}
	return false
}

// nounPhraseSaying makes the clause of saying after them a noun phrase:
// "how she said it", "the way she said it", "what he said".
var nounPhraseSaying = wordSet("how way what whatever")

// nameBefore returns the run of name tokens ending just before token i,
// past filler words, within the clause.
func (ix *Index) nameBefore(a analysed, i int) []text.Token {
	toks := a.tokens
	j := i - 1
	for j >= 0 && !ix.isName(a, toks[j]) && attribution.fillers[text.Normalize(toks[j].Text)] && !clauseBreak(a.text, toks, j) {
		j--
	}
	end := j
	// A comma between the name and its verb sets the name apart: "Prince
	// Andrew, the younger brother of heir to the throne, Charles, has
	// told friends" gives the words to Andrew, not to the Charles the
	// commas enclose. Who spoke is then not known.
	if end >= 0 && clauseBreak(a.text, toks, end) {
		return nil
	}
	for j >= 0 && ix.isName(a, toks[j]) && (j == end || !clauseBreak(a.text, toks, j)) {
		j--
	}
	if end < 0 || j == end {
		return nil
	}
	// "Jeffrey Halley of Oanda said": the name before the verb is the body
	// the speaker speaks for; the speaker is the name before it, and both
	// stand for who spoke (a source giving the words to Halley, or to
	// Oanda, agrees).
	if k := j; k > 0 && attribution.affiliation[text.Normalize(toks[k].Text)] && !clauseBreak(a.text, toks, k-1) && !clauseBreak(a.text, toks, k) {
		for k--; k >= 0 && ix.isName(a, toks[k]) && (k == j-1 || !clauseBreak(a.text, toks, k)); k-- {
		}
		if k < j-1 {
			j = k
		}
	}
	return toks[j+1 : end+1]
}

// nameAfter returns the run of name tokens starting at token i.
func (ix *Index) nameAfter(a analysed, i int) []text.Token {
	toks := a.tokens
	j := i
	for j < len(toks) && ix.isName(a, toks[j]) {
		if j > i && clauseBreak(a.text, toks, j-1) {
			break
		}
		j++
	}
	return toks[i:j]
}

// isName reports whether a token of a text names someone: key content
// (alignment.go) that is not a month or a number.
func (ix *Index) isName(a analysed, t text.Token) bool {
	return ix.key(a.text, t) && t.Kind != text.Number && t.Kind != text.Year && !text.IsMonthOrWeekday(t.Text)
}

// sourceSpeaker returns the terms of the person the claim attributes its
// words to, and how to name them: the speaker the builder recorded, else
// the one its quote names. Only a named person counts: "a State
// Department official" might be anyone.
func (c *comparison) sourceSpeaker() (map[string]bool, string) {
	terms := map[string]bool{}
	if sp := c.d.claim.Speaker; sp != "" {
		for _, t := range c.ix.personal(text.Analyze(sp)) {
			terms[t.Term] = true
		}
		if len(terms) > 0 {
			return terms, sp
		}
	}
	for _, a := range c.texts {
		if name := c.ix.speakerOf(a); len(name) > 0 {
			for _, t := range c.ix.personal(name) {
				terms[t.Term] = true
			}
			if len(terms) == 0 {
				return nil, ""
			}
			return terms, strings.TrimSpace(a.text[name[0].Start:name[len(name)-1].End])
		}
	}
	return nil, ""
}
