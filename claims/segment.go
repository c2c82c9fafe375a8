package claims

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
	"github.com/factcheck/factcheck/claims/text"
)

// Segment is a piece of an article: a sentence that may become a claim, or
// a piece skipped for a stated reason.
type Segment struct {
	Start, End int    // byte span in the article text
	Line       int    // line of the article text (1-based)
	Para       int    // paragraph index
	Reason     string // why it is skipped; "" for a check-worthy sentence
}

// Skip reasons. Boilerplate reasons come from the boilerplate rules and
// are prefixed "boilerplate: ".
const (
	ReasonHeading  = "heading (no sentence punctuation)"
	ReasonLeadIn   = "lead-in to a list"
	ReasonQuestion = "question"
	ReasonFragment = "fragment (too short to state a fact)"
	ReasonOpinion  = "opinion (unattributed first-person view)"
	// ReasonInstruction marks a sentence that tells the reader to do
	// something ("Sign up to our newsletter.", "Click the gear icon.",
	// "Follow her on Twitter."): page furniture, never a fact.
	ReasonInstruction = "boilerplate: instruction to the reader"
)

// imperativeRE matches a sentence that opens with a call to action: the
// verbs of sign-ups, sharing, navigation and shopping, in the base form
// news prose does not start a statement with.
var imperativeRE = lazyre.New(`^["“‘(]?(?:sign (?:up|in)|log ?in|subscribe|follow (?:us|him|her|them|me|@)|download|click|tap|select|go to|visit|read (?:more|the full|our)|watch|listen (?:to|live|back)|join (?:us|our|the conversation)|get (?:the|our|your|free|unlimited|access|more|all)|find (?:out|more|us)|discover|explore|check out|share (?:this|your|on)|like us|register|contact (?:us|the)|e-?mail (?:us|the|him|her|them)|learn more|don'?t miss|shop|buy|order (?:now|your|online)|enter (?:your|the)|choose|open (?:the|your)|scroll|donate|support (?:us|our)|set \S+(?: \S+)? as your|make \S+(?: \S+)? your)\b`)

// linkPointerRE matches a sentence that only sends the reader to a link:
// "(For more forecasts we made surrounding this grant, see here.)".
var linkPointerRE = lazyre.New(`^["“‘(]?(?:for more|to learn more|for details|for the full|for further|more on)\b[^()]*\b(?:see|click|read|go|look) here[.!]?\)?[.!]?$`)

// IsBoilerplate reports whether a skip reason is page furniture.
func IsBoilerplate(reason string) bool { return strings.HasPrefix(reason, "boilerplate: ") }

// bulletRE matches a list bullet at the start of a line.
var bulletRE = lazyre.New(`^\s*([•·▪◦‣*-]|\d{1,2}[.)])\s+`)

// ReasonDateline marks a wire story's dateline opening a paragraph.
const ReasonDateline = "boilerplate: dateline"

// leadDatelineRE is a dateline opening a paragraph's first sentence, as
// wire stories print it: a place in capitals, perhaps its state or
// country, a day, the agency in brackets, then a dash: "PARIS, April 8
// —", "WASHINGTON (Reuters) -", "LOUISVILLE, Ky. (AP) -", "LONDON, Jun
// 11 (EFE-EPA).-", "NEW YORK CITY (WABC) --", or the agency alone, "(CNN)
// —", "NEW DELHI:". One capitalised word of two letters ("US - China
// talks") is no place.
var leadDatelineRE = lazyre.New(`^(?:(?:\p{Lu}{2,}\.?(?:[ .'’-]+\p{Lu}{2,}\.?)+|\p{Lu}{3,}\.?)(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([\p{L}\p{N} .&/-]{2,30}\))?|\([\p{L}\p{N} .&/-]{2,30}\))(?:\s*\.?(?:--|[-–—])|:)\s+`)

// leadDateline is the length of the dateline opening body, 0 when none
// does (leadDatelineRE): where and when the story was filed, not what it
// reports. Left in its first sentence, its day reads as the day of the
// events ("PARIS, April 8 — The games will take place July 15-24"
// contradicted "the games will be held from July 15 to 24") and its
// place as where they happened. What follows must open a sentence.
func leadDateline(body string) int {
	m := leadDatelineRE.FindStringIndex(body)
	if m == nil {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(body[m[1]:])
	if !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'", r) {
		return 0
	}
	return m[1]
}

// Segment splits an article into sentences and skipped pieces, in order.
// Every non-blank byte of the text is in exactly one segment.
func SegmentText(text string) []Segment {
	type para struct{ start, end, line int }
	var paras []para
	line, start := 1, 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if strings.TrimSpace(text[start:i]) != "" {
				paras = append(paras, para{start, i, line})
			}
			line++
			start = i + 1
		}
	}
	names := dottedNames(text)
	// Furniture kept in the text (data/furniture.txt's "in text" kinds) is
	// kept out of the claims, where it stands among the paragraphs.
	bodies := make([]string, len(paras))
	for i, p := range paras {
		bodies[i] = strings.TrimSpace(text[p.start:p.end])
	}
	inText := furnitureReasons(bodies, true)
	markTeasers(bodies, inText)
	var out []Segment
	for pi, p := range paras {
		raw := text[p.start:p.end]
		lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		body := strings.TrimSpace(raw)
		s0 := p.start + lead
		seg := func(a, b int, reason string) Segment {
			a, b = trimSpan(text, a, b)
			return Segment{Start: a, End: b, Line: p.line, Para: pi, Reason: reason}
		}
		if r := cmp.Or(inText[pi], boilerplate(body, paraContext{pi, len(paras)})); r != "" {
			out = append(out, seg(s0, s0+len(body), "boilerplate: "+r))
			continue
		}
		if m := bulletRE.FindStringIndex(body); m != nil {
			s0 += m[1]
			body = body[m[1]:]
		}
		if n := leadDateline(body); n > 0 {
			out = append(out, seg(s0, s0+n, ReasonDateline))
			s0 += n
			body = body[n:]
		}
		// A paragraph ending in a colon leads in to what follows it; of
		// several sentences, only the last does ("… talks have been
		// futile so far. Here are the top developments:").
		leadIn := strings.HasSuffix(body, ":")
		sentences := splitSentencesNamed(body, s0, false, names)
		switch {
		case leadIn && len(sentences) < 2:
			out = append(out, seg(s0, s0+len(body), ReasonLeadIn))
			continue
		case !leadIn && !EndsSentence(body) && !unclosedProse(text, sentences):
			out = append(out, seg(s0, s0+len(body), ReasonHeading))
			continue
		}
		for si, sp := range sentences {
			reason := classify(text[sp[0]:sp[1]])
			if leadIn && si == len(sentences)-1 {
				reason = ReasonLeadIn
			}
			if k := furnitureLineOf(text[sp[0]:sp[1]], true, placeAnywhere, placePage); k != "" && reason == "" { // a furniture line kept in the text, run into a paragraph: "… with a massive win. We hope you liked our coverage. Stay connected to NDTV Sports for more updates …"
				reason = "boilerplate: " + k
			}
			if low := strings.ToLower(text[sp[0]:sp[1]]); reason == "" && (imperativeRE.MatchString(low) || linkPointerRE.MatchString(low) || readerAddress(low)) {
				reason = ReasonInstruction
			}
			out = append(out, seg(sp[0], sp[1], reason))
		}
	}
	markClosingNote(text, out, len(paras))
	return out
}

// A paragraph without sentence punctuation at its end is a heading, a
// label or a caption, except when it is prose whose writer left its last
// full stop out (a quoted post, a slip): minClosedSentences sentences or
// more closed with their full stops before it (minClosedWords words or
// more each: "U.S." is no sentence), and a last sentence of
// minUnclosedWords or more words, no link in it, written as prose is (more
// of its words start in lower case than in capitals, as a title's do
// not). "The #Browns' best-graded defender was Joe Schobert. He posted a
// 93.2 grade. He had two interceptions, allowing a passer rating of just
// 22.4" is three sentences; a caption or a plug of two ("Let our news meet
// your inbox. The news and stories that matter, delivered weekday
// mornings"), "Ticket details: http://…" after closed sentences, "U.S.
// AND RUSSIAN DELEGATIONS MEET TO DISCUSS …", and a title stay one
// heading.
const (
	minUnclosedWords   = 8
	minClosedWords     = 4
	minClosedSentences = 2
)

// unclosedProse reports whether a paragraph that does not end a sentence,
// split into the sentences spans (of text), is such prose.
func unclosedProse(text string, spans [][2]int) bool {
	if len(spans) < minClosedSentences+1 {
		return false
	}
	for _, sp := range spans[:len(spans)-1] {
		if !EndsSentence(text[sp[0]:sp[1]]) || len(strings.Fields(text[sp[0]:sp[1]])) < minClosedWords {
			return false
		}
	}
	last := spans[len(spans)-1]
	tail := text[last[0]:last[1]]
	words := strings.Fields(tail)
	lower := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return len(words) >= minUnclosedWords && 2*lower > len(words) && !strings.Contains(tail, "://") && !strings.Contains(tail, "www.")
}

// ReasonClosingNote marks a sentence of the note an article closes on
// when it turns to its reader: "Please file bugs, and as always help is
// welcome!", "If you're in the market for one, go check it out…", "So
// if you want to help or have thoughts, let's talk."
const ReasonClosingNote = "boilerplate: closing note to the reader"

// Closing notes: the article's last paragraphs, while each holds a
// sentence addressed to the reader (closingAddress) or the writer's bio
// (closingBioRE), are the writer signing off (a call for help or
// feedback, a plug, thanks, a disclaimer, who they are), not reporting.
// In such a paragraph the addressed sentences are skipped, and all of
// its sentences when they and those already skipped as furniture are
// more than half of them; a paragraph skipped whole is skipped wherever
// else the article prints it (markRepeatedNote). The note is looked for in the second half of the
// article only, over at most maxClosingParas paragraphs with
// sentences; paragraphs with none (headings, furniture) are passed.
const maxClosingParas = 3

// closingLeadRE opens a sentence that bids the reader do something:
// "Let's talk", "Allow me to …", "Please …", "See …", "Go …";
// closingBidRE is such a bid later in the sentence: "… so if you want to
// help or have thoughts, let's talk", "… go check it out".
var (
	closingLeadRE = lazyre.New(`^\W*(?:(?:so|and|also|now|then|finally),? )?(?:let'?s|let’s|let us|let me|allow me|please|see|go|feel free|stay tuned)\b`)
	closingBidRE  = lazyre.New(`\b(?:please|let'?s (?:talk|chat|connect|discuss|hear)|let’s (?:talk|chat|connect|discuss|hear)|get in touch|reach out|feel free|allow me|thanks? (?:you )?for reading|share (?:it|this)|(?:go )?check (?:it|them) out|drop (?:me|us) a (?:line|note))\b`)
)

// closingBioRE is a writer's standing bio: "Jane Doe is a senior
// reporter at …", "Steven Mufson covers energy for …", "She writes about
// health."
var closingBioRE = lazyre.New(`^(?:(?:[A-Z][\p{L}.'’-]+\s+){1,3}|(?:he|she|they)\s+)(?:(?:is|was|has been|are)\s+(?:a|an|the|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,4}?(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|producer|author|critic|photographer|intern|fellow)s?\b|(?:covers|writes about|writes for|reports on|reports for|has written for|has reported for)\b)`)

// closingAddress reports whether a sentence bids the reader do
// something: "please", an opening that bids (closingLeadRE, or an action
// verb of data/reader-address.txt: "Share it …"), a bid later on
// (closingBidRE), or readerAddress's calls to action. Second person
// alone is not enough: a review's or a guide's last paragraphs speak to
// the reader too ("If price isn't a huge concern for you, …"). A
// quotation or a reported speech is a source's words, never the note.
func closingAddress(s string) bool {
	readerAddressOnce.Do(readerAddressRules)
	s = strings.ToLower(s)
	if reportedRE.MatchString(s) {
		return false
	}
	return readerBare.MatchString(s) || closingLeadRE.MatchString(s) || closingBidRE.MatchString(s) || readerAddress(s)
}

// closingNote reports whether a sentence of the article's last
// paragraphs belongs to its closing note: it bids the reader
// (closingAddress) or is the writer's bio (closingBioRE).
func closingNote(s string) bool {
	if closingBioRE.MatchString(s) && !reportedRE.MatchString(strings.ToLower(s)) {
		return true
	}
	return closingAddress(s)
}

// markClosingNote gives the sentences of the closing note (above) the
// reason ReasonClosingNote. segs are SegmentText's, n its paragraphs.
func markClosingNote(text string, segs []Segment, n int) {
	var notes []string // the text of the note's paragraphs skipped whole
	defer func() { markRepeatedNote(text, segs, notes) }()
	end := len(segs)
	withSentences := 0
	for p := n - 1; p >= n/2 && p > 0 && end > 0; p-- {
		start := end
		for start > 0 && segs[start-1].Para == p {
			start--
		}
		var claims, addressed []int
		furniture := 0 // sentences already skipped as furniture: they count with the addressed
		for i := start; i < end; i++ {
			if IsBoilerplate(segs[i].Reason) {
				furniture++
			}
			if segs[i].Reason != "" {
				continue
			}
			claims = append(claims, i)
			if closingNote(text[segs[i].Start:segs[i].End]) {
				addressed = append(addressed, i)
			}
		}
		last := end - 1
		end = start
		if len(claims) == 0 {
			continue
		}
		if withSentences++; len(addressed) == 0 || withSentences > maxClosingParas {
			return
		}
		if 2*(len(addressed)+furniture) > len(claims)+furniture {
			addressed = claims
			notes = append(notes, text[segs[start].Start:segs[last].End])
		}
		for _, i := range addressed {
			segs[i].Reason = ReasonClosingNote
		}
	}
}

// markRepeatedNote skips, anywhere in the article, the sentences of a
// paragraph that is word for word one of the closing note's paragraphs
// skipped whole: pages print the same plug at the top and at the end
// ("Thank you for reading …. If you value this article … please share
// …" twice on a Substack post).
func markRepeatedNote(text string, segs []Segment, notes []string) {
	if len(notes) == 0 {
		return
	}
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && segs[j].Para == segs[i].Para {
			j++
		}
		para := text[segs[i].Start:segs[j-1].End]
		if slices.Contains(notes, para) {
			for k := i; k < j; k++ {
				if segs[k].Reason == "" {
					segs[k].Reason = ReasonClosingNote
				}
			}
		}
		i = j
	}
}

func trimSpan(text string, a, b int) (int, int) {
	for a < b && unicode.IsSpace(rune(text[a])) {
		a++
	}
	for b > a && unicode.IsSpace(rune(text[b-1])) {
		b--
	}
	return a, b
}

// closers may follow a sentence's final punctuation.
const closers = "\"'”’)]»"

// EndsSentence reports whether s ends like a sentence: . ! ? possibly
// followed by closing quotes or brackets.
func EndsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(closers, r) })
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "rep": true, "sen": true, "gov": true,
	"pres": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "etc": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "fig": true, "approx": true, "dept": true, "est": true,
	"mt": true, "ft": true, "vol": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
	"v": true, "bros": true, // "Roe v. Wade", "Warner Bros. Discovery"
}

// sentenceStarters are words that, capitalised after an initialism such
// as "U.S.", show that a new sentence began.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "this": true, "that": true, "these": true, "those": true, "in": true, "on": true, "but": true,
	"and": true, "however": true, "there": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "at": true, "for": true, "after": true, "before": true, "when": true, "while": true, "if": true,
	"is": true, "are": true, "was": true, "were": true, "do": true, "does": true, "did": true, "can": true,
	"could": true, "will": true, "would": true, "should": true, "has": true, "have": true, "had": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "which": true, "here": true,
	"you": true, "my": true, "your": true, "no": true, "not": true, "then": true, "now": true, "today": true,
	"as": true, "so": true, "yet": true, "meanwhile": true, "also": true, "both": true, "one": true, "another": true,
}

// splitSentences returns the spans [start, end) of the sentences of s, as
// offsets plus base. A boundary is . ! or ? (with any closing quotes)
// followed by space and a capital, a digit or an opening quote, unless the
// dot ends an abbreviation, an initial, or an ellipsis.
// splitSentences splits a paragraph into sentences. A sentence starts
// with a capital, a digit or a quote; in a reader's text (lower) also with
// a lower-case letter, as people type ("it was 2014. then he left").
func splitSentences(s string, base int, lower bool) [][2]int {
	return splitSentencesNamed(s, base, lower, nil)
}

// splitSentencesNamed is splitSentences where a dot inside one of names
// (dottedNames) ends no sentence.
func splitSentencesNamed(s string, base int, lower bool, names map[string]bool) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' {
			i += w
			continue
		}
		j := i + w
		for j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
			j++
		}
		ellipsis := r == '.' && j-i >= 3
		for j < len(s) {
			c, cw := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(closers, c) {
				break
			}
			j += cw
		}
		k := j
		for k < len(s) {
			c, cw := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsSpace(c) {
				break
			}
			k += cw
		}
		if k == j || k >= len(s) || ellipsis {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘(", next) || lower && unicode.IsLower(next)) {
			i = j
			continue
		}
		if !lower && insideShortQuote(s, start, i) { // in an article's text; a reader's statement is split as typed
			i = j
			continue
		}
		if r == '.' && (!dotEndsSentence(s[start:i], s[k:]) || names[lastWord(s[start:i])+". "+firstWord(s[k:])]) {
			i = j
			continue
		}
		out = append(out, [2]int{base + start, base + j})
		start = k
		i = k
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, [2]int{base + start, base + len(s)})
	}
	return out
}

// Sentences returns the spans [start, end) of the sentences of an
// article's text, each line a paragraph, as SegmentText cuts them: past a
// list's bullet, a wire story's dateline opening a paragraph as a span of
// its own, a paragraph with no sentence punctuation at its end (a
// heading, a caption) as one span. A span may hold white space at its
// ends. It is for a reader of the text around a claim (match's reading of
// the sentence before, in the browser): SegmentText's reasons for
// skipping a piece, which it does not give, would cost app.wasm 19 kB of
// brotli more (furniture, boilerplate and closing notes' rules).
func Sentences(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '\n' {
			continue
		}
		raw := s[start:i]
		line := strings.TrimSpace(raw)
		a := start + strings.Index(raw, line) // past the white space before it
		b := a + len(line)
		start = i + 1
		if line == "" {
			continue
		}
		if m := bulletRE.FindStringIndex(line); m != nil {
			a += m[1]
		}
		if n := leadDateline(s[a:b]); n > 0 {
			out = append(out, [2]int{a, a + n})
			a += n
		}
		if spans := splitSentencesNamed(s[a:b], a, false, nil); EndsSentence(s[a:b]) || unclosedProse(s, spans) {
			out = append(out, spans...)
		} else {
			out = append(out, [2]int{a, b}) // a heading, a caption: one piece
		}
	}
	return out
}

// maxShortQuote is the most bytes a slogan or a title in quotation marks
// runs on each side of a stop inside it.
const maxShortQuote = 40

// insideShortQuote reports whether the stop at i stands inside a short
// quotation that the sentence goes on after: a slogan or a title ("The
// South Dakota “Meth. We’re on it.” awareness campaign has …", "South
// Dakota says, 'Meth. We're On It,' and Twitter asks …"). The quotation
// opens at most maxShortQuote bytes before the stop, closes at most
// maxShortQuote bytes after it, and a lower-case word follows it. A quoted
// sentence that a new sentence follows (“It went well.” They left.) ends
// at its stop.
func insideShortQuote(s string, start, i int) bool {
	open := -1
	var want string
	for p := i - 1; p >= start && p >= i-maxShortQuote; p-- {
		if !utf8.RuneStart(s[p]) {
			continue
		}
		c, _ := utf8.DecodeRuneInString(s[p:])
		if strings.ContainsRune("”\"’'", c) && !quoteOpens(s, p) {
			if r, _ := utf8.DecodeRuneInString(s[p+utf8.RuneLen(c):]); !unicode.IsLetter(r) {
				return false // a quotation closed before the stop (or a plural's apostrophe: "witnesses’ views")
			}
		}
		if strings.ContainsRune("“‘\"'", c) && quoteOpens(s, p) {
			open = p
			want = map[rune]string{'“': "”", '‘': "’", '"': "\"", '\'': "'"}[c]
			break
		}
	}
	if open < 0 {
		return false
	}
	for q := i + 1; q < len(s) && q <= i+maxShortQuote; q++ {
		if !strings.HasPrefix(s[q:], want) {
			continue
		}
		after := s[q+len(want):]
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) {
			continue // an apostrophe: "We’re"
		}
		after = strings.TrimLeft(after, ",.;:!? ")
		r, _ := utf8.DecodeRuneInString(after)
		return unicode.IsLower(r)
	}
	return false
}

// quoteOpens reports whether the quotation mark at p opens a quotation:
// it starts the text or follows a space or a bracket, and a letter or a
// figure follows it.
func quoteOpens(s string, p int) bool {
	_, w := utf8.DecodeRuneInString(s[p:])
	if p > 0 {
		b, _ := utf8.DecodeLastRuneInString(s[:p])
		if !unicode.IsSpace(b) && !strings.ContainsRune("([—–-", b) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[p+w:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// dottedNameRE finds a capitalised word, a dot, and the capitalised word
// after it: "ID. SPACE", "Inc. Shares".
var dottedNameRE = lazyre.New(`(?:^|[\s(“"'‘])(\p{Lu}[\p{L}\p{N}]*)\. +(\p{Lu}[\p{L}\p{N}]*)`)

// minDottedName is how often an article writes the same "Word. Next" for
// the dot to be part of a name.
const minDottedName = 3

// dottedNames are the names with a dot inside that an article itself
// shows: the same capitalised word, dot and next word, written
// minDottedName times or more, the next word not one that starts
// sentences ("The", "He"). Volkswagen's "ID. SPACE VIZZION" (eight times
// in one story) is a name, not a sentence that ends with "ID."; three
// sentences ending "… Smith." and the next starting "Shares …" each time
// are rare. Keys are "Word. Next".
func dottedNames(text string) map[string]bool {
	count := map[string]int{}
	for _, m := range dottedNameRE.Regexp().FindAllStringSubmatch(text, -1) {
		if !sentenceStarters[strings.ToLower(m[2])] {
			count[m[1]+". "+m[2]]++
		}
	}
	var names map[string]bool
	for k, n := range count {
		if n >= minDottedName {
			if names == nil {
				names = map[string]bool{}
			}
			names[k] = true
		}
	}
	return names
}

// lastWord and firstWord are the letters and digits that end before and
// begin after.
func lastWord(before string) string {
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return before[i+1:]
}

func firstWord(after string) string {
	if i := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); i >= 0 {
		return after[:i]
	}
	return after
}

// dotEndsSentence decides a dot after before, followed by after.
func dotEndsSentence(before, after string) bool {
	lastSpace := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"'“‘(", r) })
	word := before[lastSpace+1:]
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		return false
	}
	if i := strings.LastIndex(lw, "-"); i >= 0 && abbreviations[lw[i+1:]] { // "then-Rep. Heath Shuler", "ex-Gov. Smith"
		return false
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) { // an initial: "J. Smith"
		return false
	}
	if strings.Contains(word, ".") && !strings.ContainsAny(word, "0123456789") { // an initialism: "U.S." (a figure, "$164.99.", is whole)
		nextWord := strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
		if strings.ContainsRune("\"'“‘", []rune(after)[0]) {
			return true
		}
		if len(nextWord) == 0 {
			return false
		}
		// A writer who capitalises the initialism ("U.S.") capitalises a
		// sentence's first word too: a lower-case word goes on the same
		// sentence ("Police said U.S. and Russian officials met"). Typed
		// all in lower case ("the u.s. the next day"), a word that starts
		// sentences still ends it.
		if first, _ := utf8.DecodeRuneInString(nextWord[0]); unicode.IsLower(first) && strings.ToLower(word) != word {
			return false
		}
		return sentenceStarters[strings.ToLower(nextWord[0])]
	}
	return true
}

var opinionRE = lazyre.New(`(?i)^["“]?(i|we) (think|believe|feel|guess|suppose)\b|^in my (opinion|view)\b`)
var attributionRE = lazyre.New(`(?i)\b(said|says|told|stated|added|according to)\b`)

// classify returns why an article sentence is not check-worthy, or "".
func classify(s string) string { return classifyMin(s, minArticleContent) }

// Content words a sentence needs to state a fact: an article sentence
// needs three ("It can't." is not a claim); a reader's statement two
// ("Hotline in force.").
const (
	minArticleContent   = 3
	minStatementContent = 2
)

var greetingRE = lazyre.New(`(?i)^\W*(hi|hello|hey|thanks|thank you|cheers|good (morning|afternoon|evening)|dear \w+|regards)\b`)

func classifyMin(s string, minContent int) string {
	trimmed := strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(closers, r) })
	switch {
	case strings.HasSuffix(trimmed, "?") && !reportedQuestion(s):
		return ReasonQuestion
	case ContentWords(s) < minContent:
		return ReasonFragment
	case opinionRE.MatchString(s) && !attributionRE.MatchString(s):
		return ReasonOpinion
	}
	return ""
}

// questionOpenerRE is how a question opens: a question word or an
// auxiliary ("Why did…", "Is it…", "When did…").
var questionOpenerRE = lazyre.New(`(?i)^\W*(?:what|who|whom|whose|why|how|which|when|where|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must)\b`)

// reportedQuestion reports whether a sentence ending in a question mark
// states that a question was asked: the question is a quotation opened
// after the sentence's first words, which do not open a question
// themselves ("She posted to Twitter asking if there were “any happy
// voters?”", "He asked: “Why now?”"). "Did he say “why?”" stays a
// question.
func reportedQuestion(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	var open int
	switch {
	case strings.HasSuffix(s, "?”"):
		open = strings.LastIndex(s, "“")
	case strings.HasSuffix(s, "?\""):
		open = strings.LastIndex(s[:len(s)-1], "\"")
	default:
		return false
	}
	return open > 0 && len(strings.Fields(s[:open])) >= 2 && !questionOpenerRE.MatchString(s)
}

// ContentWords counts the words of s that are not stop words.
func ContentWords(s string) int {
	n := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !isStop(strings.ToLower(f)) {
			n++
		}
	}
	return n
}

// ReasonGreeting marks a reader's greeting or thanks.
const ReasonGreeting = "greeting"

// SplitStatements splits what a reader pasted into sentences, each with
// the reason it is not checkable ("" when it is). Unlike article text, a
// line without final punctuation is a statement, not a heading.
func SplitStatements(s string) []Segment {
	var out []Segment
	line, start := 1, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '\n' {
			continue
		}
		if strings.TrimSpace(s[start:i]) != "" {
			for _, sp := range splitSentences(s[start:i], start, true) {
				a, b := trimSpan(s, sp[0], sp[1])
				if a >= b {
					continue
				}
				reason := classifyMin(s[a:b], minStatementContent)
				if reason == ReasonQuestion && incredulous(s[a:b]) {
					reason = classifyMin(strings.TrimRight(strings.TrimRightFunc(s[a:b], unicode.IsSpace), "?!"), minStatementContent)
				}
				if greetingRE.MatchString(s[a:b]) && ContentWords(s[a:b]) <= 4 {
					reason = ReasonGreeting
				}
				out = append(out, Segment{Start: a, End: b, Line: line, Reason: reason})
			}
		}
		line++
		start = i + 1
	}
	return out
}

func isStop(w string) bool { return text.IsStopWord(w) }

// incredulous reports whether a reader's sentence ending in a question
// mark is a statement said in disbelief: it ends in two marks or more
// ("so russia has no extradition treaty with the us?? smh", "?!") and
// opens as a statement, not with a question word or an auxiliary after
// the chat words and linking words before it ("omg did russia…??" stays
// a question). Its words state what the reader just read; a source can
// settle them.
func incredulous(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(closers, r) })
	if !strings.HasSuffix(t, "??") && !strings.HasSuffix(t, "?!") && !strings.HasSuffix(t, "!?") {
		return false
	}
	words := strings.Fields(strings.ToLower(t))
	for len(words) > 1 && (text.IsChatFiller(words[0]) || statementOpeners[strings.Trim(words[0], ",.:;!")]) {
		words = words[1:]
	}
	return !questionOpenerRE.MatchString(strings.Join(words, " "))
}

// statementOpeners are linking words a reader's statement may open with
// ("so russia has…", "wait, the hotline…"): no question opens with them.
var statementOpeners = map[string]bool{"so": true, "wait": true, "but": true, "and": true, "yet": true}

// ReasonTeaser marks a paragraph of a list of other stories' openings,
// each cut short: furniture wherever it stands.
const ReasonTeaser = "teaser (one of a list of other stories, each cut short)"

// cutShortRE is a paragraph cut short after a bare word, a link to the
// rest beside it: "… his brow furrowed, he...", "… linked to the…".
var cutShortRE = lazyre.New(`\p{L}\s?(\.\.\.|…)$`)

// markTeasers sets ReasonTeaser for the paragraphs of a run of two or more
// that are each cut short (a campaign page's list of posts: "… his brow
// furrowed, he...", "… linked to the..."), where reasons has none. One
// paragraph closing on a writer's own ellipsis ("Little did I know…")
// stays: a list of teasers is the signal, not the ellipsis.
func markTeasers(bodies, reasons []string) {
	cut := make([]bool, len(bodies))
	for i, b := range bodies {
		cut[i] = len(strings.Fields(b)) <= maxTeaserWords && cutShortRE.MatchString(b)
	}
	for i := range bodies {
		if cut[i] && reasons[i] == "" && (i > 0 && cut[i-1] || i+1 < len(cut) && cut[i+1]) {
			reasons[i] = ReasonTeaser
		}
	}
}

// maxTeaserWords is the most words of a teaser: an opening of a few
// sentences.
const maxTeaserWords = 80
