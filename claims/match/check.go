package match

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// Verdict is what the sources say of a statement, or of a whole text.
type Verdict string

// Verdicts. A single statement is supported, contradicted or unverified; a
// text of several sentences may also be mixed (some sentences contradicted,
// some supported), so that one true sentence never hides a false one. A
// text is supported only when every sentence with a verdict is: some
// supported and the rest unsettled is no badge for the text (each
// sentence keeps its own), since the sources do not vouch for the rest.
const (
	Supported    Verdict = "supported"
	Contradicted Verdict = "contradicted"
	Unverified   Verdict = "unverified"
	Mixed        Verdict = "mixed"
)

// retrieveK is how many claims retrieval hands to the verdict; maxMatches
// is how many a result shows.
const (
	retrieveK  = 12
	maxMatches = 3
)

// Span marks part of a text to highlight.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"` // match, differ or missing
}

// minDecisiveShare is the share of the best claim's fit (its score) that a
// claim needs for its stance to decide the verdict: 0.9, against 0.7 and
// 0.8, gave the fewest wrong badges on our statements.
const minDecisiveShare = 0.9

// minDoubtShare is the share of the best claim's fit at which a claim that
// contradicts the statement casts doubt on another that supports it, so
// that neither decides.
const minDoubtShare = 0.75

// Result is the check of one statement.
type Result struct {
	Text         string  `json:"text"`
	Start        int     `json:"start"` // where the statement stands in what was checked
	End          int     `json:"end"`
	Checkable    bool    `json:"checkable"`
	NotCheckable string  `json:"not_checkable,omitempty"` // why not: question, greeting, opinion, fragment
	Verdict      Verdict `json:"verdict"`
	// Confidence, for a supported or contradicted statement, is the
	// calibrated probability that the badge is right (decision.go): of the
	// statements the decision was trained on that it weighed like this
	// one, about that share were labelled so. It is 0 for an unverified
	// statement: no badge, no measure.
	Confidence float64 `json:"confidence"`
	Reason     string  `json:"reason"`
	Matches    []Match `json:"matches"`
	Spans      []Span  `json:"spans,omitempty"` // in Text: words matched, differing or missing
}

// Match is one claim a statement is about.
type Match struct {
	ClaimID string        `json:"claim_id"`
	Claim   string        `json:"claim"`
	Kind    string        `json:"kind"`
	Stance  Stance        `json:"stance"`
	Score   float64       `json:"score"`
	Reason  string        `json:"reason"`
	Speaker string        `json:"speaker,omitempty"`
	Date    string        `json:"date,omitempty"`
	Rating  string        `json:"rating,omitempty"`
	URL     string        `json:"url,omitempty"`
	Sources []MatchSource `json:"sources"`
	Spans   []Span        `json:"spans,omitempty"` // in the statement
}

// MatchSource is a source of a matched claim, with what to highlight.
type MatchSource struct {
	Article      string `json:"article,omitempty"`
	Outlet       string `json:"outlet,omitempty"`
	Headline     string `json:"headline,omitempty"`
	Published    string `json:"published,omitempty"`
	DateInferred bool   `json:"date_inferred,omitempty"`
	URL          string `json:"url,omitempty"`
	Quote        string `json:"quote"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Spans        []Span `json:"spans,omitempty"` // relative to Quote
}

// Report is the check of a text of one or more sentences.
type Report struct {
	Result
	Sentences []Result `json:"sentences,omitempty"` // when the text holds more than one
}

// Check checks one statement against the index.
func (ix *Index) Check(statement string) Result {
	return ix.check(statement, 0, len(statement))
}

// maxSentence is the longest statement, in bytes, checked as one. A
// longer one (a run-on paste, a page with no full stops) is cut into parts
// of at most this length (cutLong), each checked on its own, and the
// result says so: it bounds what one sentence may cost (work.go). No
// sentence a reader writes comes near it: the longest of our labelled
// statements has 202 characters, of the CheckThat! tweets 308.
const maxSentence = 600

func (ix *Index) check(s string, start, end int) Result {
	if end-start > maxSentence {
		return ix.checkLong(s, start, end)
	}
	stmt := s[start:end]
	r := Result{Text: stmt, Start: start, End: end, Checkable: true, Verdict: Unverified, Matches: []Match{}}
	q := ix.withoutAttribution(stmt, analyse(stmt)) // closing.go: "…, officials said"
	// A sentence of a text of several is held to another threshold
	// (Thresholds.SupportsAmongOthers).
	among := strings.TrimSpace(s[:start]) != "" || strings.TrimSpace(s[end:]) != ""
	found := ix.weigh(q, among)
	d := ix.decision()
	if d != nil && d.Observe != nil {
		d.Observe(exported(found, among))
	}
	if len(found) == 0 {
		r.Reason = "No sourced claim is about this statement."
		return r
	}
	dd := d.decide(found, among)
	for i := 0; i < len(found) && i < maxMatches; i++ {
		f := found[i]
		r.Matches = append(r.Matches, ix.match(f.d, f.stance, f.why, f.al, q))
	}
	m := r.Matches[0]
	r.Spans = m.Spans
	r.Verdict, r.Confidence = dd.verdict, dd.confidence
	switch dd.verdict {
	case Supported, Contradicted:
		r.Reason = m.Reason + "."
	default:
		r.Reason = "No source settles this: " + m.Reason + "."
	}
	return r
}

// weighed is a claim weighed for a statement: how they line up, what the
// hand-written rules make of it, and the numbers the decision reads.
type weighed struct {
	d    *doc
	doc  int
	bm25 float64
	rank int // in retrieval, from 0
	al   alignment
	// hand is the claim's stance by the hand-written rules (stance.go);
	// stance and why are what remains of it once weighed against the
	// other claims, until the decision (decision.go) has the last word.
	hand   Stance
	stance Stance
	why    string
	// differs marks a claim the rules did not let contradict the
	// statement, though they found a difference the reason can name
	// (differsPlainly): the decision may still contradict with it.
	differs bool
	x       []float64 // the features (features.go)
	p       [numClasses]float64
}

// givenWords returns the statement's words that count as found in claim
// d though the claim lacks them (alignment.coverage's given): a name read
// as the claim's anaphor rd, a broader word for what the claim says
// something is, two words the claim writes as one, a misspelt word of the
// claim's, "still" against a verb that goes on, a reporting verb, the
// words of an age the claim gives between commas.
func (ix *Index) givenWords(q analysed, qs []queryTerm, d *doc, rd anaphora) map[string]string {
	given := rd.given()
	ix.broaderKinds(q, d, given)
	joinedWords(q, d, given)
	ix.misspelt(q, qs, d, given)
	continuing(q, d, given)
	reportingGiven(q, d, given)
	apposedAge(q, d, given)
	return given
}

// weigh retrieves the claims a statement may be about and weighs each
// that covers enough of it: its alignment, the rules' findings, their
// stance, and the decision's features.
func (ix *Index) weigh(q analysed, among bool) []weighed {
	qs := ix.withoutMisspeltStopWords(ix.queryTerms(q.tokens))
	var found []weighed
	var givens []map[string]string
	for rank, c := range ix.retrieve(qs, retrieveK) {
		d := ix.doc(c.doc)
		// Coverage first, without recording matches: it alone decides
		// whether the claim is about the statement at all.
		rd := ix.readAnaphor(q, qs, d)
		given := ix.givenWords(q, qs, d, rd)
		if cov := ix.coverage(qs, d, nil, given); cov < minRelatedCoverage {
			continue
		}
		al := ix.align(q, qs, d, rd, given)
		st, why := stance(al)
		if rd.sourced && st != Supports && !(st == Related && anyRule(al.findings, ruleOrder)) {
			// A pronoun read as a person named before settles a
			// support only (antecedent.go): without it, the claim is
			// weighed as it stands. Unless the reading finds the
			// statement's names the other way round (order.go:
			// "Caicedo outshone Gallagher" against "He …, outshining
			// Caicedo", He read as Gallagher): without the reading the
			// name stands only in the paragraph, and the claim would
			// support what it says the other way round.
			rd = anaphora{}
			given = ix.givenWords(q, qs, d, rd)
			if ix.coverage(qs, d, nil, given) < minRelatedCoverage {
				continue
			}
			al = ix.align(q, qs, d, rd, given)
			st, why = stance(al)
		}
		found = append(found, weighed{d: d, doc: c.doc, bm25: c.score, rank: rank, al: al, hand: st, stance: st, why: why})
		givens = append(givens, given)
	}
	weighAgainstOthers(found)
	if ix.n > retrieveK { // an archive (RegimeArchive)
		markDiffering(found)
	}
	for i := range found {
		found[i].x = ix.features(q, qs, &found[i], found, givens[i], among)
	}
	return found
}

// weighAgainstOthers is the hand-written decision between the claims: a
// claim settles the statement only if it fits it nearly as well as the
// best-fitting claim, and sources that disagree settle nothing. The
// decision (decision.go) reads what it leaves as features.
func weighAgainstOthers(found []weighed) {
	// A contradiction found in a claim that is only loosely about the
	// statement must not outrank the claim that is really about it. (A
	// claim silent on the statement's date or figure does not count as
	// the best fit: it cannot speak to it.)
	bestScore := 0.0
	for _, f := range found {
		if !silentOnFigures(f.al) {
			bestScore = max(bestScore, f.al.score)
		}
	}
	// Sources that disagree settle nothing: a claim supports the statement
	// while another, nearly as close, contradicts it.
	var support, contra *weighed
	for i := range found {
		f := &found[i]
		switch {
		case f.stance == Supports && f.al.score >= minDecisiveShare*bestScore && support == nil:
			support = f
		case f.stance == Contradicts && f.al.score >= minDoubtShare*bestScore && contra == nil:
			contra = f
		}
	}
	contraWhy := ""
	if contra != nil {
		contraWhy = strings.ToLower(contra.why[:1]) + contra.why[1:]
	}
	for i := range found {
		if f := &found[i]; f.stance != Related && f.al.score < minDecisiveShare*bestScore {
			f.stance, f.why = Related, "a closer source speaks to your statement: "+undecided(f)
		}
	}
	if support != nil && contra != nil {
		// Every claim that still settles it, not only the first of
		// each: a second source that supports the statement is no
		// answer to the one that contradicts it.
		why := "the sources disagree: " + contraWhy
		for i := range found {
			if f := &found[i]; f.stance != Related {
				f.stance, f.why = Related, why
			}
		}
	}
}

// markDiffering marks the claims the learned decision may contradict
// the statement with though the hand-written stance does not
// (weighed.differs): a claim the stance leaves related, yet where a rule
// found a difference it can name (namedDifferences: a conflict, or the
// statement's words the other way round), that fits the statement as well
// as the best of the claims, when no claim supports the statement. The
// stance's guards ("not a football player" against "an actor", a name
// the source does not have) are then features the decision weighs, and
// its threshold, chosen so that no labelled set gets more than 1% wrong
// badges, says whether the difference is surely a contradiction. Only in
// an archive: in a collection of a few claims (RegimeFew, FEVER's) each
// claim is weighed alone, and the stance's guards stay.
func markDiffering(found []weighed) {
	bestScore := 0.0
	for _, f := range found {
		if f.stance == Supports {
			return
		}
		bestScore = max(bestScore, f.al.score)
	}
	for i := range found {
		f := &found[i]
		f.differs = f.hand == Related && f.stance == Related && f.al.score >= minDecisiveShare*bestScore && len(namedDifferences(f.al)) > 0
	}
}

// namedDifferences are a claim's findings that say how the claim differs
// from the statement, not only that it says less: conflicts, and the
// order rule's words the other way round (order.go), except those it is
// unsure of (finding.unsure).
func namedDifferences(al alignment) []finding {
	var out []finding
	for _, f := range al.findings {
		if f.kind == conflict || f.rule == ruleOrder && f.kind == beyond && !f.unsure {
			out = append(out, f)
		}
	}
	return out
}

// checkLong checks a statement longer than maxSentence in parts
// (cutLong). It is contradicted when a part is, supported only when every
// part is; the matches, spans and confidence are the deciding part's
// (the first contradicted part, else the first supported one), and the
// reason says the statement was cut.
func (ix *Index) checkLong(s string, start, end int) Result {
	parts := cutLong(s, start, end)
	var results []Result
	sup, con := 0, 0
	best := -1
	for i, p := range parts {
		r := ix.check(s, p[0], p[1])
		results = append(results, r)
		switch r.Verdict {
		case Contradicted:
			con++
		case Supported:
			sup++
		}
		if best < 0 || rank(r.Verdict) > rank(results[best].Verdict) {
			best = i
		}
	}
	b := results[best]
	r := Result{Text: s[start:end], Start: start, End: end, Checkable: true, Verdict: Unverified, Matches: b.Matches}
	cut := fmt.Sprintf("This sentence is longer than %d characters: it was checked in %d parts. ", maxSentence, len(parts))
	switch {
	case con > 0:
		r.Verdict, r.Confidence = Contradicted, b.Confidence
		r.Reason = cut + fmt.Sprintf("Part %d: %s", best+1, b.Reason)
	case sup == len(parts):
		r.Verdict, r.Confidence = Supported, b.Confidence
		r.Reason = cut + "Every part is supported."
	case sup > 0:
		r.Reason = cut + fmt.Sprintf("%d of them supported, the rest with no sourced claim: the sources settle only some of it.", sup)
	default:
		r.Reason = cut + "No source settles any part."
	}
	for i, p := range results {
		for _, sp := range p.Spans {
			r.Spans = append(r.Spans, Span{sp.Start + parts[i][0] - start, sp.End + parts[i][0] - start, sp.Kind})
		}
	}
	return r
}

// cutLong cuts s[start:end] into parts of at most maxSentence bytes: at
// the last clause mark (a comma, a semicolon, a colon, a dash) in the
// second half of the part's room, else at the last space, else at a
// character's boundary. Each part is trimmed of the spaces around it.
func cutLong(s string, start, end int) [][2]int {
	var parts [][2]int
	for start < end {
		for start < end && s[start] == ' ' {
			start++
		}
		if start >= end {
			break
		}
		stop := end
		if stop-start > maxSentence {
			stop = start + maxSentence
			room := s[start+maxSentence/2 : stop]
			switch {
			case strings.LastIndexAny(room, ",;:–—") >= 0:
				at := strings.LastIndexAny(room, ",;:–—")
				_, size := utf8.DecodeRuneInString(room[at:])
				stop = start + maxSentence/2 + at + size
			case strings.LastIndexByte(room, ' ') >= 0:
				stop = start + maxSentence/2 + strings.LastIndexByte(room, ' ')
			default:
				for stop > start && !utf8.RuneStart(s[stop]) {
					stop--
				}
			}
		}
		if e := strings.TrimRight(s[start:stop], " "); len(e) > 0 {
			parts = append(parts, [2]int{start, start + len(e)})
		}
		start = stop
	}
	return parts
}

// silentOnFigures reports whether a claim gives no date or figure for one
// the statement gives.
func silentOnFigures(al alignment) bool {
	for _, f := range al.findings {
		if f.kind == missing && (f.rule == ruleDates || f.rule == ruleUnquantified) {
			return true
		}
	}
	return false
}

// match builds the output for one claim, with highlights.
func (ix *Index) match(d *doc, st Stance, why string, al alignment, q analysed) Match {
	c := d.claim
	m := Match{
		ClaimID: c.ID, Claim: c.Text, Kind: c.Kind, Stance: st, Reason: why + al.anaphora.reason(),
		Score: math.Round(al.score*1000) / 1000, Speaker: c.Speaker, Date: c.Date, Rating: c.Rating, URL: c.URL,
		Sources: []MatchSource{},
	}
	var spans []Span
	for _, t := range q.tokens {
		if _, ok := al.matched[t.Term]; ok && !t.Stop {
			spans = append(spans, Span{t.Start, t.End, "match"})
		}
	}
	for _, f := range al.findings {
		kind := "differ"
		if f.kind == missing {
			kind = "missing"
		}
		if f.qSpan[1] > f.qSpan[0] {
			spans = append(spans, Span{f.qSpan[0], f.qSpan[1], kind})
		}
	}
	m.Spans = mergeSpans(spans)
	for si, s := range c.Sources {
		ms := ix.Source(s)
		var qs []Span
		for _, t := range d.sources[si].tokens {
			if al.claimTerms[t.Term] && !t.Stop {
				qs = append(qs, Span{t.Start, t.End, "match"})
			}
		}
		for _, cf := range al.findings {
			if cf.kind == missing || cf.cSpan[1] <= cf.cSpan[0] {
				continue
			}
			if cf.cText == s.Quote {
				qs = append(qs, Span{cf.cSpan[0], cf.cSpan[1], "differ"})
				continue
			}
			// Found in the claim's statement: mark the same words in the quote.
			if at := indexFold(s.Quote, cf.cText[cf.cSpan[0]:cf.cSpan[1]]); at >= 0 {
				qs = append(qs, Span{at, at + cf.cSpan[1] - cf.cSpan[0], "differ"})
			}
		}
		ms.Spans = mergeSpans(qs)
		m.Sources = append(m.Sources, ms)
	}
	if len(c.Sources) == 0 { // an imported claim: its own words are the quote
		m.Sources = append(m.Sources, MatchSource{Quote: c.Text, URL: c.URL, Outlet: c.Reviewer, Published: c.Reviewed, End: len(c.Text)})
	}
	return m
}

// Source describes a claim's source for display: its quote and offsets,
// and where it was published (from its article, when it has one).
func (ix *Index) Source(s claims.Source) MatchSource {
	ms := MatchSource{Article: s.Article, Quote: s.Quote, Start: s.Start, End: s.End, URL: s.URL, Outlet: s.Outlet, Published: s.Published}
	if a := ix.Article(s.Article); a != nil {
		ms.Outlet, ms.Headline, ms.Published, ms.URL = a.Outlet, a.Headline, a.Published, a.URL
		ms.DateInferred = a.IsInferred("published")
	}
	return ms
}

// mergeSpans sorts spans and merges overlapping ones; "differ" wins over
// "missing", which wins over "match".
func mergeSpans(in []Span) []Span {
	rank := map[string]int{"match": 0, "missing": 1, "differ": 2}
	sort.SliceStable(in, func(i, j int) bool {
		if in[i].Start != in[j].Start {
			return in[i].Start < in[j].Start
		}
		return in[i].End > in[j].End
	})
	var out []Span
	for _, s := range in {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			if s.End > out[n-1].End {
				out[n-1].End = s.End
			}
			if rank[s.Kind] > rank[out[n-1].Kind] {
				out[n-1].Kind = s.Kind
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// indexFold finds needle in s ignoring ASCII case, or -1.
func indexFold(s, needle string) int {
	return strings.Index(strings.ToLower(s), strings.ToLower(needle))
}
