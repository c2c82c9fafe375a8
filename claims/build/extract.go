package build

import (
	"regexp"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/internal/lazyre"
	"github.com/factcheck/factcheck/claims/text"
)

// attribution verbs, as a regular-expression alternation.
const attrVerbs = `said|says|told|tells|stated|states|added|adds|declared|announced|wrote|warned|noted|reported|explained|claimed|insisted`

// roleNouns end a common-noun speaker: "a State Department official".
const roleNouns = `official|officials|spokesman|spokeswoman|spokesperson|adviser|advisor|source|sources|diplomat|minister|envoy|agency|coordinator|secretary|president|ambassador|analyst|expert|investigators`

var (
	nameRun         = `(?:[A-Z][\p{L}.'’-]+\s+){0,4}[A-Z][\p{L}.'’-]+`
	commonSpeaker   = `(?:\b(?:[Aa]|[Tt]he|[Oo]ne|[Aa]nother)\s+|` + nameRun + `\s+)(?:[\p{L}.-]+\s+){0,4}?(?:` + roleNouns + `)`
	appositiveRE    = lazyre.New(`(` + nameRun + `),\s+[^,]{1,100},\s+(?:` + attrVerbs + `)\b`)
	speakerBeforeRE = lazyre.New(`(` + commonSpeaker + `|` + nameRun + `)\s*,?\s+(?:` + attrVerbs + `)\b`)
	speakerAfterRE  = lazyre.New(`\b(?:said|says|added|stated|declared)\s+(` + nameRun + `|the\s+(?:[\p{L}.-]+\s+){0,4}?(?:` + roleNouns + `))`)
	// A closing attribution:
	// "…, the city council said." and "…, the authority said on Tuesday."
	tailSpeakerRE = lazyre.New(`,\s+((?:the|a|an)\s+[\p{L}.'’ -]{1,40}?)\s+(?:said|says|added|stated|reported)(?:\s+(?:on|in|at|last|this|earlier)(?:\s+[\p{L}\d]+){1,3})?\s*[.!]?["”]?\s*$`)
	accordingToRE = lazyre.New(`\baccording to (` + nameRun + `)`)
	pronounRE     = lazyre.New(`\b(?:[Hh]e|[Ss]he)\s+(?:` + attrVerbs + `)\b`)
	// Capitalised words before an attribution verb that name nobody: a
	// pronoun opening a sentence ("She said …") is resolved by pronounRE,
	// or not at all.
	notNames = map[string]bool{"The": true, "This": true, "That": true, "It": true, "But": true, "And": true, "However": true, "In": true, "On": true, "Last": true,
		"He": true, "She": true, "They": true, "We": true, "I": true, "You": true}
	// A name right after one of these is a place or object, not a speaker.
	prepositions = map[string]bool{"in": true, "at": true, "from": true, "of": true, "to": true, "with": true, "on": true, "by": true, "for": true}
)

// afterInvertedName are the words that may follow the name of an inverted
// attribution ("…, said Lavrov at the conference", "said Hill, who will
// testify"), besides the end of the clause.
var afterInvertedName = map[string]bool{"at": true, "in": true, "on": true, "during": true, "last": true, "this": true,
	"earlier": true, "who": true, "when": true, "after": true, "before": true, "from": true, "of": true, "about": true,
	"to": true, "referring": true, "adding": true, "speaking": true, "according": true, "while": true, "as": true}

// invertedAttribution reports whether the first "said Name" of s is an
// inverted attribution, the name followed by the end of the clause or a
// word of afterInvertedName. In "Shotwell said Starship lunar lander
// missions could begin" the name after "said" begins what was said.
func invertedAttribution(s string) bool {
	m := speakerAfterRE.Regexp().FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	rest := strings.TrimLeft(s[m[3]:], " \t")
	if rest == "" || strings.ContainsRune(`,.;:!?"”’')—–-`, []rune(rest)[0]) {
		return true
	}
	next := strings.ToLower(strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })[0])
	return afterInvertedName[next]
}

// Speaker returns who a sentence attributes its words to, or "". A "he"
// or "she" is resolved to prev, the last speaker named before it in the
// same paragraph (the caller passes "" across paragraphs).
func Speaker(s, prev string) string {
	type found struct {
		name string
		verb int // where the attribution verb stands
		prio int // for two readings of one verb: the lower wins
	}
	var cands []found
	verbRE := regexp.MustCompile(`\b(?:` + attrVerbs + `|according to)\b`)
	try := func(re *regexp.Regexp, prio int, verbAfterName bool) {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			name := strings.TrimRight(strings.TrimSpace(s[m[2]:m[3]]), ",.")
			fields := strings.Fields(name)
			for len(fields) > 1 && notNames[fields[0]] {
				fields = fields[1:]
			}
			if len(fields) == 0 || len(fields) == 1 && notNames[fields[0]] {
				continue
			}
			before := strings.Fields(s[:m[2]])
			if len(before) > 0 && prepositions[strings.ToLower(before[len(before)-1])] {
				continue
			}
			verb := m[0]
			if verbAfterName {
				if v := verbRE.FindStringIndex(s[m[3]:]); v != nil {
					verb = m[3] + v[0]
				}
			}
			cands = append(cands, found{strings.Join(fields, " "), verb, prio})
			return
		}
	}
	try(appositiveRE.Regexp(), 0, true)
	if invertedAttribution(s) {
		try(speakerAfterRE.Regexp(), 1, false)
	}
	try(speakerBeforeRE.Regexp(), 2, true)
	try(tailSpeakerRE.Regexp(), 2, true)
	try(accordingToRE.Regexp(), 3, false)
	if m := pronounRE.FindStringIndex(s); m != nil && prev != "" {
		cands = append(cands, found{prev, m[0], 4})
	}
	if len(cands) == 0 {
		return ""
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if c.verb < best.verb || c.verb == best.verb && c.prio < best.prio {
			best = c
		}
	}
	return best.name
}

// Facts are what a sentence states that can be compared.
type Facts struct {
	Entities []string
	Numbers  []string
	Dates    []text.Date
}

// ExtractFacts finds the named entities, quantities and dates of s.
// proper says whether a word, seen capitalised mid-sentence somewhere in
// the collection, is a name; it decides a capital at a sentence's start.
func ExtractFacts(s string, proper func(string) bool) Facts {
	toks := text.Analyze(s)
	dates, used := text.Dates(toks)
	var f Facts
	f.Dates = dates
	for _, q := range text.Quantities(toks, used) {
		if q.Unit == "" && !strings.ContainsAny(s[q.Start:q.End], "0123456789") {
			continue // "one of the officials": a word, not a figure
		}
		f.Numbers = append(f.Numbers, s[q.Start:q.End])
	}
	f.Entities = Entities(s, toks, proper)
	return f
}

// Entities lists the names in s: runs of capitalised words and canonical
// aliases. A capital that only starts a sentence counts when proper says
// the word is a name.
func Entities(s string, toks []text.Token, proper func(string) bool) []string {
	seen := map[string]bool{}
	var out []string
	var run []text.Token
	flush := func() {
		if len(run) > 0 && run[len(run)-1].Stop { // "Secretary of" + no name
			run = run[:len(run)-1]
		}
		if len(run) > 0 {
			e := strings.Trim(s[run[0].Start:run[len(run)-1].End], " ,.'’\"“”")
			if e != "" && !seen[strings.ToLower(e)] {
				seen[strings.ToLower(e)] = true
				out = append(out, e)
			}
		}
		run = run[:0]
	}
	for i, t := range toks {
		if len(run) > 0 && t.Start > run[len(run)-1].End && strings.TrimSpace(s[run[len(run)-1].End:t.Start]) != "" {
			flush() // punctuation between two capitals splits names
		}
		name := t.Cap && t.Kind != text.Number && t.Kind != text.Year && !text.IsMonthOrWeekday(t.Text)
		if name && len(run) == 0 && claims.SentenceStartAt(s, t.Start) && t.Kind != text.Entity {
			name = proper != nil && proper(t.Text) && !t.Stop
		}
		if name && len(run) == 0 && t.Stop {
			name = false
		}
		switch {
		case name:
			run = append(run, t)
		case len(run) > 0 && (t.Term == "of" || t.Term == "for" || t.Term == "on") && i+1 < len(toks) && toks[i+1].Cap:
			run = append(run, t) // "Secretary of State", "Conference on International Security"
		default:
			flush()
		}
	}
	flush()
	return out
}
