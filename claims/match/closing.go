package match

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims/text"
)

// A closing attribution with no named speaker ("…, officials said",
// "…, police said on Tuesday", "…, according to officials", "…, reports
// say") tells the reader where the words come from, not what happened:
// the source need not say "officials" or "police" for the statement to be
// supported, and a source silent on who spoke must not lose its badge.
// The statement is checked without it (closingAttribution). A named
// speaker ("…, Lavrov said") stays and is compared as before (the
// speakers rule, speakers.go), and so does a pronoun ("…, he said"), which
// stands for a name. A source that gives the words to someone who denies
// them still settles nothing: the polarity rule reads the denial in the
// source, whoever the statement says spoke.
//
// Measured on the seed's 128 claims restated with ", officials said"
// before their final stop: 13 of those supported without it lost their
// badge (", police said": 70, ", reports say": 35).

// closingVerbs are the attribution verbs (data/attribution.txt) and the
// verbs of reporting a closing attribution may end on ("…, police
// reported", "…, reports say").
var closingVerbs = func() map[string]bool {
	out := map[string]bool{"reported": true, "reports": true, "report": true, "confirmed": true, "confirms": true, "confirm": true}
	for w := range attribution.verbs {
		out[w] = true
	}
	return out
}()

// closingTime are the words that may follow the verb of a closing
// attribution ("…, police said on Tuesday", "…, officials said last
// week"), besides months, weekdays, years and numbers.
var closingTime = wordSet("on in last this week month year yesterday today earlier later night morning afternoon evening recently previously also the")

// closingSpeakerLimit is the most words an unnamed speaker may have
// ("senior U.S. security officials").
const closingSpeakerLimit = 5

// closingAttribution returns where a statement's closing attribution with
// no named speaker begins (the byte offset of the clause mark before it),
// or -1 when it has none.
func (ix *Index) closingAttribution(q analysed) int {
	toks := q.tokens
	k := -1 // the tail is toks[k:]
	for i := len(toks) - 2; i >= 0; i-- {
		if clauseBreak(q.text, toks, i) {
			k = i + 1
			break
		}
	}
	if k <= 1 {
		return -1
	}
	tail := toks[k:]
	norm := func(t text.Token) string { return text.Normalize(t.Text) }
	var speaker []text.Token
	switch {
	case len(tail) >= 3 && norm(tail[0]) == "according" && norm(tail[1]) == "to":
		speaker = tail[2:]
	case len(tail) >= 2 && attribution.inverted[norm(tail[0])]:
		speaker = tail[1:] // "…, said officials"
	default:
		v := -1 // the last verb: "…, reports say"
		for i, t := range tail {
			if closingVerbs[norm(t)] && !(i > 0 && determiners[norm(tail[i-1])]) { // "the report" is no verb
				v = i
			}
		}
		if v < 1 {
			return -1
		}
		for _, t := range tail[v+1:] {
			if !closingTime[norm(t)] && !text.IsMonthOrWeekday(t.Text) && t.Kind != text.Year && t.Kind != text.Number {
				return -1 // "…, officials told Reuters", "…, police said he fled"
			}
		}
		speaker = tail[:v]
	}
	if !ix.unnamed(speaker) {
		return -1 // a named speaker: the speakers rule compares it
	}
	return toks[k-1].End
}

// leadingAttribution returns where a statement's content begins after an
// opening attribution with no named speaker ("Officials said that …",
// "Police say …", "According to officials, …"), or -1 when it has none.
// The verbs that name whom the words were told to ("officials told
// Reuters …") are left out: the name after them is not the content.
func (ix *Index) leadingAttribution(q analysed) int {
	toks := q.tokens
	norm := func(i int) string { return text.Normalize(toks[i].Text) }
	var speaker []text.Token
	start := -1 // the first token of the content
	if len(toks) > 3 && norm(0) == "according" && norm(1) == "to" {
		for i := 2; i < len(toks)-3 && i < 2+closingSpeakerLimit; i++ {
			if clauseBreak(q.text, toks, i) {
				speaker, start = toks[2:i+1], i+1
				break
			}
		}
	} else {
		for v := 1; v < len(toks) && v <= closingSpeakerLimit; v++ {
			if clauseBreak(q.text, toks, v-1) {
				return -1
			}
			if w := norm(v); closingVerbs[w] && !determiners[norm(v-1)] { // "put out the report on…" reports nothing
				if strings.HasPrefix(w, "tel") || strings.HasPrefix(w, "told") || clauseBreak(q.text, toks, v) {
					return -1
				}
				speaker, start = toks[:v], v+1
				if start < len(toks) && norm(start) == "that" {
					start++
				}
				break
			}
		}
	}
	if start < 0 || len(toks)-start < 3 {
		return -1
	}
	// What was said is no comparison the subject is the first side of:
	// "Nurses reported higher workloads than teachers" is not "higher
	// workloads than teachers", reported (nor "Boys reported more screen
	// use than girls").
	if comparedSubject(toks[start:]) {
		return -1
	}
	// What was said is a clause; a verb of saying that also takes an
	// object ("added", "claimed", "posted") followed by none names no
	// speaker: "Higher steel prices alone added 300 million euros to the
	// cost", "The storm claimed 20 lives". Left out as a speaker, it would
	// leave the object alone to be checked ("300 million euros to the
	// cost"), and any source with the figure would settle it.
	if !saysAClause(toks[start:]) {
		return -1
	}
	// The first word's capital is the sentence's: "Police say" names no
	// one, though no claim has "police" (a name word still counts).
	speaker = append([]text.Token(nil), speaker...)
	if speaker[0].Start == toks[0].Start {
		speaker[0].Cap = false
	}
	if !ix.unnamed(speaker) {
		return -1
	}
	return toks[start].Start
}

// unnamed reports whether the words of a speaker name no one: no
// capitalised word ("U.S. officials", "the Kremlin", "Lavrov": the
// sentence's own capital aside, reset by the caller), no word the sources
// only ever capitalise ("russian officials", "lavrov"), no nation or place
// ("Russia said" is not "the U.S. said"), no pronoun (which stands for a
// name), no negation ("no official said"), no relative ("the man who
// said"), and at most
// closingSpeakerLimit words. Only such a speaker ("officials", "police",
// "reports", "a spokesman") is left out of the check: any other is
// compared as before.
func (ix *Index) unnamed(speaker []text.Token) bool {
	if len(speaker) == 0 || len(speaker) > closingSpeakerLimit {
		return false
	}
	for _, t := range speaker {
		w := text.Normalize(t.Text)
		if t.Cap || t.Kind != text.Word || ix.isNameWord(t) || text.IsPlace(t.Term) || len(nationsOf(t)) > 0 ||
			t.Neg || pronounSpeakers[w] || speakerRelatives[w] || attribution.verbs[w] {
			return false
		}
	}
	return len(ix.personal(speaker)) == 0
}

// withoutAttribution is the statement as checked: without a closing or
// an opening attribution with no named speaker. An opening one is blanked
// out with spaces, so that every offset still points into the statement.
func (ix *Index) withoutAttribution(stmt string, q analysed) analysed {
	speaker := ""
	if cut := ix.closingAttribution(q); cut > 0 {
		speaker = strings.TrimLeft(stmt[cut:], " ,;:—–-")
		stmt = stmt[:cut]
		q = analyse(stmt)
	}
	if at := ix.leadingAttribution(q); at > 0 {
		speaker = stmt[:at]
		q = analyse(strings.Repeat(" ", at) + stmt[at:])
	}
	q.speaker = speaker
	return q
}

// comparedSubject reports whether what follows an opening verb of saying
// opens with a comparison ("more", "fewer", "higher", within its first two
// words) that a "than" completes, whose first side is then the verb's
// subject.
func comparedSubject(toks []text.Token) bool {
	if !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Term == "than" }) {
		return false
	}
	for _, t := range toks[:min(2, len(toks))] {
		w := text.Normalize(t.Text)
		if w == "more" || w == "less" || w == "fewer" || len(w) > 4 && strings.HasSuffix(w, "er") && t.Kind == text.Word {
			return true
		}
	}
	return false
}

// saysAClause reports whether the words after a verb of saying may be a
// clause: past their first word (its subject), a word that may be a verb
// (verbForm, as hasVerb reads one) that no determiner or "to" makes a
// noun or an infinitive ("the cost"), and that after a figure is a past
// form or an auxiliary ("12 died", "three were hurt"; not "20 lives", "a
// 5% rise"). It errs towards a clause: only words with no such verb are
// an object.
func saysAClause(toks []text.Token) bool {
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if t.Kind != text.Word || t.Cap || prev.Term == "to" || determiners[strings.ToLower(text.Normalize(prev.Text))] {
			continue
		}
		counted := prev.Kind == text.Number || text.IsFigureSign(prev)
		for _, w := range strings.Fields(strings.ToLower(text.Normalize(t.Text))) { // "took part"
			if counted && pastOrAuxiliary(w) || !counted && verbForm(w) {
				return true
			}
		}
	}
	return false
}

// pastOrAuxiliary reports whether a word after a figure is its verb: an
// auxiliary or a past form ("were", "died", "killed"), where a noun it
// counts would stand ("lives", "euros").
func pastOrAuxiliary(w string) bool {
	return auxiliaries[w] || moreAuxiliaries[w] || text.IsIrregularPast(w) || strings.HasSuffix(w, "ed") && verbForm(w)
}

// speakerRelatives open a clause within a speaker's words: "the man who said he
// was shot" is no attribution to leave out.
var speakerRelatives = wordSet("who whom whose which that what")

// pronounSpeakers stand for a named speaker ("…, he said"), or tie the
// speaker to one ("Her mother said …": Fiona, whom the source names).
var pronounSpeakers = wordSet("he she they i we it you his her their its my our your")
