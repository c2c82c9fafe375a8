package match

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims/text"
)

// Whose a figure is. A sentence that lists figures of one unit gives each
// to its own holder: "Green candidate Priya Halloran received 1,874 votes,
// ahead of Labour's Tom Brereton on 1,402 and the Conservatives' Alan
// Fitch on 611" gives 1,874 to Halloran, 1,402 to Brereton and 611 to
// Fitch; "29% of girls said so, against 18% of boys" gives 29% to the
// girls. Read by the words around them alone, "Tom Brereton got 1,874
// votes" finds 1,874 beside "votes" and "received", and "18% of girls
// said so" finds 18% in a sentence that names girls: both looked
// supported. So each figure of a list is given its holder, and a
// statement's figure is set against the figure the source gives the
// statement's holder (heldAnswers, read by quantities in figures.go): the
// other holder's figure contradicts it, and the holder's own one answers
// it even where it is written without its unit ("on 1,402").

// heldFigure is a figure of a text with the words that say whose it is.
type heldFigure struct {
	fig    text.Quantity // a list's bare figure ("on 1,402") with the list's unit
	holder []text.Token
}

// heldFigures returns the figures of unit in text a that a list gives each
// its holder. The holder is the nearest run of content words before the
// figure in its own phrase, past a verb ("Halloran received 1,874", "Tom
// Brereton on 1,402", "Brereton's 1,402"), or the words after it where
// the list puts them there ("18% of boys", "1,402 for Brereton"), and
// then the words before it too, past those of the figure before it
// ("Hanwha had 3.7 GW of cell capacity and LG had 3 GW of output"), unless
// only the first has words before it, which all the list then shares
// ("sales rose 5% in Europe and 3% in Asia"). A
// list is read only when its figures put words after them alike, as the
// halves of a list run parallel (figureOwners reads two figures the same
// way): "sentenced Hartley to three years for manslaughter and one year
// to run concurrently" puts "manslaughter" after the first and nothing
// after the last, and which words are whose is not read; when no date stands
// among them (figures of two times, not of two holders), none is a
// change's earlier figure ("13%, down from 19%" is one holder's) and none
// is the other end of a range or a choice ("230 miles to 300 miles").
//
// wide reads the words of the whole phrase before a figure, not only the
// nearest run: a statement's figure is set against a source's only when
// every word that might name its holder points to the same one ("Halloran's
// lead over Brereton was 472 votes" names two).
func heldFigures(a analysed, unit string, wide bool) []heldFigure {
	var out []heldFigure
	for _, list := range figureLists(a, unit) {
		last := list[len(list)-1]
		after := len(wordsAfter(a, last)) > 0 // its figures' words follow them
		held := make([]heldFigure, len(list))
		from, shared := 0, false // where a figure's phrase may start: past the figure before it and its words
		for k, x := range list {
			held[k] = heldFigure{x, wordsBefore(a, x, from, wide)}
			shared = shared || k > 0 && len(held[k].holder) == 0
			from = x.End
			if w := wordsAfter(a, x); len(w) > 0 {
				from = w[len(w)-1].End
			}
			if fromFigure(a, x) || len(list) > 1 && (from > x.End) != after || k > 0 && rangeJoiners[a.tokens[tokenAt(a.tokens, list[k-1].End)].Term] {
				held = nil
				break
			}
		}
		if len(held) == 2 && len(held[0].holder) == 0 && len(held[1].holder) == 0 && !after {
			held[0].holder, held[1].holder = comparedHolders(a, list[0], list[1])
		}
		for k := range held {
			if after && shared {
				held[k].holder = nil // "Sales rose 5% in Europe and 3% in Asia": the sales are both's
			}
			held[k].holder = append(held[k].holder, wordsAfter(a, held[k].fig)...)
			if len(held[k].holder) == 0 {
				held = nil
				break
			}
		}
		for _, d := range a.dates {
			if d.Start < last.End && d.End > list[0].Start {
				held = nil // "1,402 votes in 2019 and 1,874 in 2023"
			}
		}
		out = append(out, held...)
	}
	return out
}

// comparedHolders returns the holders of two figures that follow, set
// apart by a comma, a comparison of two holders and stand for theirs in
// its order: "Girls reported more late-night screen use than boys, 38%
// against 29%" gives 38% to girls and 29% to boys. The second holder is
// the words after its "than", the first the comparison's subject (its
// words before its first verb) or, where a preposition opens the second
// ("faster in the north than in the south"), the words after the same
// preposition before "than"; the figures are joined by "against",
// "versus" or "compared with". None where the sentence does not read so.
func comparedHolders(a analysed, x, y text.Quantity) (first, second []text.Token) {
	switch strings.Join(strings.Fields(strings.ToLower(a.text[x.End:y.Start])), " ") {
	case "against", "versus", "vs", "vs.", "compared with", "compared to":
	default:
		return nil, nil
	}
	i := tokenAt(a.tokens, x.Start)
	if i == 0 || !strings.Contains(a.text[a.tokens[i-1].End:x.Start], ",") {
		return nil, nil
	}
	than := -1
	lo := 0 // the sentence's first token
	for k := i - 1; k >= 0; k-- {
		if k < i-1 && sentenceBreak(a.text, a.tokens, k) {
			lo = k + 1
			break
		}
		if a.tokens[k].Term == "than" && than < 0 {
			than = k
		}
	}
	if than < 0 {
		return nil, nil
	}
	from, verb := lo, true // the subject's words, up to its verb
	if than+1 < i && prepositions[text.Normalize(a.tokens[than+1].Text)] {
		// "in the north than in the south": the words after the same
		// preposition before "than" are the first holder's.
		for k := than - 1; k > lo; k-- {
			if text.Normalize(a.tokens[k].Text) == text.Normalize(a.tokens[than+1].Text) {
				from, verb = k+1, false
				break
			}
		}
	}
	for k := from; k < than && !(verb && verbish(a.tokens[k])); k++ {
		if holderWord(a.tokens[k], x.Unit) && !a.tokens[k].Stop {
			first = append(first, a.tokens[k])
		}
	}
	for k := than + 1; k < i; k++ {
		t := a.tokens[k]
		if k > than+1 && clauseBreak(a.text, a.tokens, k-1) || verbish(t) || t.Term == "to" {
			break // "than boys to report it": the holder ends at its verb
		}
		if holderWord(t, x.Unit) && !t.Stop {
			second = append(second, t)
		}
	}
	if len(first) == 0 || len(second) == 0 {
		return nil, nil
	}
	return first, second
}

// figureJoiners set two figures side by side ("17% versus 9%") and name
// no holder, as the stop word "against" does not either.
var figureJoiners = wordSet("versus vs")

// rangeJoiners join two figures as the ends of a range or a choice of
// one: "230 miles to 300 miles", "five or six votes".
var rangeJoiners = wordSet("to or")

// figureLists returns the lists of figures of unit in a text: in one
// sentence, a figure of the unit and the figures after it, each of the
// unit or bare ("on 1,402"). A bare figure takes the unit when the first
// figure writes it in words of its own (givesBareValue reads such a list
// too; "a 60-minute ride" is no count to list) and it is a figure in
// digits the list goes on past ("on 1,402 and"): one set apart by a comma
// ("Brereton, 52,"), the hour of a time ("a 4:25 kickoff") or a figure
// with a word of its own after it ("800 000 hectares") is no figure of
// the list, and ends it, as any other figure does.
func figureLists(a analysed, unit string) [][]text.Quantity {
	var lists [][]text.Quantity
	open, named, end := false, false, 0 // the last list goes on; its first figure names its unit in words
	for _, x := range a.qty {
		n := len(lists) - 1
		counts := x.Cmp != text.Between && !rankFigure(a, x)
		open = open && counts && x.Start >= end && !strings.ContainsAny(a.text[end:x.Start], ".!?;")
		end = x.End
		switch {
		case open && x.Unit == "" && named && bareOfList(a, x):
			x.Unit = unit
			lists[n] = append(lists[n], x)
		case open && x.Unit == unit:
			lists[n] = append(lists[n], x)
		case counts && x.Unit == unit:
			lists = append(lists, append([]text.Quantity(nil), x))
			w := a.text[x.Start:x.End]
			open, named = true, strings.ContainsFunc(w, unicode.IsLetter) && !strings.Contains(w, "-")
		default:
			open = false
		}
	}
	return lists
}

// bareOfList reports whether a figure with no unit may go on a list: it is
// written in digits, after a word of its clause, and a stop word or the
// end of its clause follows it.
func bareOfList(a analysed, x text.Quantity) bool {
	i := tokenAt(a.tokens, x.Start)
	j := tokenAt(a.tokens, x.End) // the token after it
	if i == 0 || clauseBreak(a.text, a.tokens, i-1) || a.text[x.Start] < '0' || a.text[x.Start] > '9' || strings.HasPrefix(a.text[x.End:], ":") {
		return false
	}
	return a.tokens[j].Start < x.End || clauseBreak(a.text, a.tokens, j-1) || a.tokens[j].Stop && a.tokens[j].Kind == text.Word
}

// holderWord reports whether a token may name a figure's holder: a
// content word that is no figure, no date and not the unit.
//
//go:noinline
func holderWord(t text.Token, unit string) bool {
	return contextWord(t) && t.Kind != text.Year && t.Term != unit && !text.IsMonthOrWeekday(t.Text)
}

// verbish reports whether a token is a verb in lower case ("received",
// "got", "trails"): the link between a holder and its figure, not the
// holder. A word that may be a noun too ("survey") is read as a verb
// where it may be one (wordsBefore).
//
// Not inlined, nor holderWord: a copy in each of their callers costs
// app.wasm more than the call.
//
//go:noinline
func verbish(t text.Token) bool {
	return !t.Cap && t.Kind == text.Word && (pastTense(t) || verbForm(text.Normalize(t.Text)))
}

// wordsBefore returns the holder words before figure x in its clause, from
// byte from on: the nearest run of them past the stop words and verbs
// that link it to the figure, up to a verb, or with wide every one. A
// noun that may be a verb too stands before the verb it is the subject of
// ("profit fell to $1 billion", "operating reserves dipped to 8.9%"):
// where no other word is the holder, the one before the verb is.
func wordsBefore(a analysed, x text.Quantity, from int, wide bool) []text.Token {
	var run []text.Token
	var subject text.Token // the word before a verb that may be one too: "profit" of "profit fell"
	verbs := 0             // verbs side by side so far
	for j := tokenAt(a.tokens, x.Start) - 1; j >= 0 && a.tokens[j].Start >= from && !clauseBreak(a.text, a.tokens, j); j-- {
		t := a.tokens[j]
		switch {
		case t.Kind == text.Number || t.Kind == text.Year:
			j = 0 // another figure's
		case wide && holderWord(t, x.Unit) && !t.Stop:
			run = append(run, t)
		case t.Stop || t.Neg || !holderWord(t, x.Unit) || verbish(t) && len(run) > 0 || figureJoiners[text.Normalize(t.Text)]:
			if len(run) > 0 && !wide {
				return run
			}
			verbs = 0
		case !verbish(t):
			run = append(run, t)
		default:
			if verbs++; verbs == 2 {
				subject = t
			}
		}
	}
	if len(run) == 0 && subject.Text != "" {
		return append(run, subject)
	}
	return run
}

// wordsAfter returns the holder words right after figure x: past a
// preposition and an article ("of boys", "for Brereton", "among the
// over-65s"), or straight after a figure whose unit is a sign ("the 15%
// tariffs"); at most maxOwnWords, up to a verb or the end of the clause
// ("of girls said": girls). Where a preposition opens them, the first is
// its noun, whatever else it may be ("for costs").
func wordsAfter(a analysed, x text.Quantity) []text.Token {
	var out []text.Token
	k := tokenAt(a.tokens, x.End)
	if a.tokens[k].Start < x.End || k > 0 && clauseBreak(a.text, a.tokens, k-1) {
		return nil
	}
	last := a.tokens[k-1] // the figure's last word
	opened := last.Kind != text.Word || text.IsFigureSign(last)
	for ; k < len(a.tokens) && len(out) < maxOwnWords; k++ {
		t := a.tokens[k]
		w := text.Normalize(t.Text)
		switch {
		case figureJoiners[w]:
			return out
		case len(out) == 0 && (prepositions[w] || w == "among"):
			opened = true
		case len(out) == 0 && opened && text.IsDeterminer(w):
		case !opened || !holderWord(t, x.Unit) || t.Stop || len(out) > 0 && verbish(t):
			return out
		default:
			out = append(out, t)
		}
		if clauseBreak(a.text, a.tokens, k) {
			break
		}
	}
	return out
}

// heldAnswer is a figure a claim text gives the holder of a statement's
// figure, and that text.
type heldAnswer struct {
	heldFigure
	text string
}

// heldAnswers returns the figures the claim's texts give the holder of the
// statement's figure qq (of qq's unit, or of the unit its list gives it),
// one of each value: those a word of the statement naming qq's holder
// names the holder of, among figures of two values at least whose holders
// a text tells apart. A word that names two figures' holders
// ("candidate" in "Green candidate … Labour candidate …") tells nothing.
// One answer is the holder's figure; two or more, a statement that names
// two holders ("Green candidate Tom Brereton").
func (c *comparison) heldAnswers(qq text.Quantity) []heldAnswer {
	if qq.Unit == "" {
		return nil // a figure of no list: whose it is, its words alone say
	}
	var mine []text.Token
	for _, h := range heldFigures(c.q, qq.Unit, true) {
		if h.fig.Start == qq.Start {
			mine = h.holder
		}
	}
	var out []heldAnswer
	for _, a := range c.texts {
		hs := heldFigures(a, qq.Unit, false)
		own := map[string]int{} // a claim term's figure; -1: two figures' of other values
		values := 0             // one more than the figures of another value than the first
		for k, h := range hs {
			if k == 0 || h.fig.Value != hs[0].fig.Value {
				values++
			}
			for _, t := range h.holder {
				if o, ok := own[t.Term]; !ok {
					own[t.Term] = k
				} else if o >= 0 && hs[o].fig.Value != h.fig.Value {
					own[t.Term] = -1
				}
			}
		}
		if values < 2 {
			continue
		}
		for _, t := range mine {
			if k, ok := own[c.al.matched[t.Term]]; ok && k >= 0 && !answered(out, hs[k].fig.Value) {
				out = append(out, heldAnswer{hs[k], a.text})
			}
		}
	}
	return out
}

// heldFinding reads the statement's figure qq against the figures the
// source gives its holder (answers): another figure contradicts it; where
// the statement names two holders and one's figure is qq's, it is not
// supported (which of them the figure is said of, a reading of the
// statement's words alone cannot tell: "Halloran beat Brereton with 1,874
// votes" says it of the first).
func heldFinding(q analysed, qq text.Quantity, answers []heldAnswer) (finding, bool) {
	f := finding{kind: conflict, qSpan: [2]int{qq.Start, qq.End}}
	var h heldAnswer // the figure the reason names
	switch {
	case len(answers) == 1 && qq.Conflict(answers[0].fig):
		h = answers[0]
	case len(answers) > 1:
		agrees := false
		for _, x := range answers {
			if qq.Conflict(x.fig) {
				h = x // the other holder's
			} else {
				agrees = true
			}
		}
		if !agrees {
			return finding{}, false
		}
		f.kind = beyond
	}
	if h.text == "" {
		return finding{}, false
	}
	f.reason = "the source gives " + strconv.Quote(h.text[h.fig.Start:h.fig.End]) + " to " + strconv.Quote(h.holderText())
	if f.kind == conflict {
		f.reason += ", you wrote " + strconv.Quote(q.text[qq.Start:qq.End])
	}
	f.cText, f.cSpan = h.text, [2]int{h.fig.Start, h.fig.End}
	return f, true
}

// answered reports whether answers hold a figure of value v.
func answered(answers []heldAnswer, v float64) bool {
	for _, x := range answers {
		if x.fig.Value == v {
			return true
		}
	}
	return false
}

// holderText is the words of the source that name a figure's holder (read
// back from the figure, then on).
func (h heldAnswer) holderText() string {
	first, last := h.holder[0], h.holder[0]
	for _, t := range h.holder {
		if t.Start < first.Start {
			first = t
		}
		if t.End > last.End {
			last = t
		}
	}
	if first.Start < h.fig.Start && last.Start > h.fig.Start {
		return first.Text + " … " + last.Text // on both sides of it
	}
	return h.text[first.Start:last.End]
}

// listed returns a bare figure of a text with the unit a list of the
// text gives it, or as it is.
func listed(a analysed, x text.Quantity) text.Quantity {
	for _, y := range a.qty {
		if y.Unit == "" {
			continue
		}
		for _, list := range figureLists(a, y.Unit) {
			for _, z := range list {
				if z.Start == x.Start {
					return z
				}
			}
		}
	}
	return x
}
