// Package build makes a claims database from a folder of articles: it
// reads each article's sentences (claims.SegmentText), keeps the
// check-worthy ones as claims tied to their exact words (builder.go), with
// who said them, their names, numbers and dates (extract.go), leaves out
// what an outlet repeats on every page (repeated.go), adds the curated
// atomic claims written by hand (curated.go), and picks statements a
// first-time reader can try (examples.go).
//
// Segmentation itself (segment.go, boilerplate.go, furniture.go,
// readeraddress.go) and proper nouns (names.go) stay in package claims:
// the matcher splits what a reader pastes into statements with the same
// rules at check time, and the browser, which links the matcher, links no
// builder. The builder imports the model; nothing in the model, the
// matcher or the client imports the builder.
package build

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/text"
)

// SentenceReport says what became of one segment of an article.
type SentenceReport struct {
	Article string
	Segment claims.Segment
	Text    string
	ClaimID string // the claim it is a source of, "" when skipped
}

// Report is what a build did with every piece of every article.
type Report struct {
	Sentences []SentenceReport
	// LeftOut are the articles none of whose sentences were read for
	// claims, with the reason (a language the matcher cannot check).
	LeftOut []LeftOut
}

// LeftOut is an article kept in the database but not read for claims.
type LeftOut struct {
	Article *claims.Article
	Reason  string
}

// BuildOptions are what a build may be told beyond its inputs.
type BuildOptions struct {
	// Languages are the ISO 639-1 codes of the articles read for claims;
	// an article detected in another language is kept (readers can open
	// it) but gives no claim, and the report says so. An article whose
	// language is unknown ("") is read. Nil means DefaultLanguages.
	Languages map[string]bool
	// NotCheckable, when set, says why the checker would not check a
	// sentence ("" when it would): such a sentence becomes no claim, so
	// that the database holds nothing the checker turns away (a quote in
	// another language inside an English article). The command sets it
	// from the checker itself. It is called from several goroutines at
	// once.
	// An answer ending in claims.ReasonQuestion is not taken for a
	// sentence its writer closed as a statement (checkerReason).
	NotCheckable func(sentence string) string
	// Progress, when set, is told how many of the articles read for
	// claims are done, after each batch.
	Progress func(done, total int)
}

// checkerReason is why the checker's answer why (BuildOptions.NotCheckable)
// keeps the article sentence s from being a claim, "" when it does not.
// The checker reads a question by its first words ("what did bossert say
// about russia"), as readers type questions without their mark; an
// article's writer punctuates, and a sentence closed with a full stop or
// an exclamation mark that opens with such words states something ("What
// voters will make of all this remains uncertain.", "Which brings us back
// to the tarot cards."). (A sentence closed with a question mark the
// segmenter has already skipped as a question.)
func checkerReason(why, s string) string {
	if strings.HasSuffix(why, claims.ReasonQuestion) && claims.EndsSentence(s) {
		return ""
	}
	return why
}

// DefaultLanguages are the languages the matcher checks.
var DefaultLanguages = map[string]bool{"en": true}

// Skipped returns the segments that became no claim, with their reasons.
func (r *Report) Skipped() []SentenceReport {
	var out []SentenceReport
	for _, s := range r.Sentences {
		if s.ClaimID == "" {
			out = append(out, s)
		}
	}
	return out
}

// corroborationMinJaccard is how alike two sentences from different
// articles must be (Jaccard similarity of their content terms) to be one
// claim with two sources. 0.6 joins reworded copies of one quote and keeps
// apart sentences that merely share a topic.
const corroborationMinJaccard = 0.6

// Build turns articles and curated claims into a database. Every
// check-worthy sentence becomes a claim (sentences from different articles
// saying the same thing become one claim with several sources); curated
// claims are added with their quotes located in the articles. A sentence
// claim's ID is its article's ID and its place: "harbour-bridge-s01".
// The examples the articles name become the database's Examples. It
// fails, listing every problem, when a curated quote is not found
// verbatim.
func Build(name string, articles []*claims.Article, curated []Curated) (*claims.DB, *Report, error) {
	return BuildWith(name, articles, curated, BuildOptions{})
}

// BuildWith is Build with options.
func BuildWith(name string, articles []*claims.Article, curated []Curated, opts BuildOptions) (*claims.DB, *Report, error) {
	if opts.Languages == nil {
		opts.Languages = DefaultLanguages
	}
	if err := uniqueArticles(articles); err != nil {
		return nil, &Report{}, err
	}
	db := claims.NewDB(name, articles, nil)
	db.Examples = namedExamples(articles)
	rep := &Report{}
	// Corroboration: a sentence that restates one from an earlier article
	// becomes a further source of that claim. Which earlier claims a
	// sentence may restate is found through an index of their terms
	// (prefix filtering: two term sets with Jaccard similarity ≥ t share
	// one of each set's first n-⌈t·n⌉+1 terms in any one fixed order,
	// here the latest-met term first), so an archive of 100,000
	// articles is not compared pair by pair; the first such claim, in
	// order, takes the source. Each sentence is matched as it is read, so
	// only the kept claims' terms are held, never every sentence's (an
	// archive's copies of one story are most of them).
	type kept struct {
		claim claims.Claim
		terms []uint32 // term numbers, from the highest, each once
		rep   []int    // indexes into rep.Sentences
	}
	var built []*kept
	termNo := map[string]uint32{}
	byTerm := map[uint32][]int{} // term -> indexes into built
	tried := []int{}             // per kept claim: the last sentence (at) that tried it
	corroborate := func(c claims.Claim, words []string, at int) {
		terms := make([]uint32, 0, len(words))
		for _, w := range words {
			n, ok := termNo[w]
			if !ok {
				n = uint32(len(termNo))
				termNo[w] = n
			}
			terms = append(terms, n)
		}
		slices.Sort(terms)
		terms = slices.Compact(terms)
		slices.Reverse(terms) // the latest-met terms first: the rarest, so the prefixes' lists are short
		prefix := prefixTerms(terms, corroborationMinJaccard)
		best := -1
		for _, t := range prefix {
			for _, i := range byTerm[t] {
				if tried[i] == at || best >= 0 && i > best {
					continue
				}
				tried[i] = at
				if built[i].claim.Sources[0].Article != c.Sources[0].Article && jaccard(built[i].terms, terms) >= corroborationMinJaccard {
					best = i
				}
			}
		}
		if best >= 0 {
			k := built[best]
			k.claim.Sources = append(k.claim.Sources, c.Sources...)
			k.rep = append(k.rep, at)
			return
		}
		for _, t := range prefix {
			byTerm[t] = append(byTerm[t], len(built))
		}
		built = append(built, &kept{claim: c, terms: terms, rep: []int{at}})
		tried = append(tried, at)
	}
	var bodies []string
	for _, a := range articles {
		if a.Lang == "" || opts.Languages[a.Lang] {
			bodies = append(bodies, a.Text)
		}
	}
	names := claims.ProperNouns(bodies...)
	bodies = nil
	proper := func(w string) bool { return names[w] }
	// Each article's sentences are read on every CPU, a batch of
	// articles at a time; the batch is then taken in order, so the
	// claims are those of one article after the other.
	type sentence struct {
		seg   claims.Segment
		claim *claims.Claim // nil when skipped
		terms []string      // the claim's
	}
	var repeats *outletRepeats // set before the first read (below)
	read := func(a *claims.Article) []sentence {
		var out []sentence
		speaker, para := "", -1
		n := 0
		bio := authorBio(a.Byline)
		outletOwn := repeats.boilerplate(a)
		bioPara, lastPara := -1, -1 // a paragraph that opens with the author's bio is the bio to its end: "Aidan Joly joined the News 4 staff in 2022. He is a graduate of Canisius College."
		for _, seg := range claims.SegmentText(a.Text) {
			s := a.Text[seg.Start:seg.End]
			opens := seg.Para != lastPara
			lastPara = seg.Para
			if seg.Reason == "" && (bio(s) || seg.Para == bioPara) {
				seg.Reason = "boilerplate: " + ReasonAuthorBio
			}
			if opens && bio(s) {
				bioPara = seg.Para
			}
			if seg.Reason == "" && outletOwn[seg.Para] {
				seg.Reason = ReasonOutletBoilerplate
			}
			if seg.Reason == "" && opts.NotCheckable != nil {
				seg.Reason = checkerReason(opts.NotCheckable(s), s)
			}
			if seg.Reason != "" {
				out = append(out, sentence{seg: seg})
				continue
			}
			n++
			if seg.Para != para {
				speaker, para = "", seg.Para
			}
			sp := Speaker(s, speaker)
			if sp != "" {
				speaker = sp
			}
			c := &claims.Claim{
				ID:      fmt.Sprintf("%s-s%02d", a.ID, n),
				Text:    strings.Join(strings.Fields(s), " "),
				Kind:    claims.KindSentence,
				Speaker: sp,
				Sources: []claims.Source{{Article: a.ID, Start: seg.Start, End: seg.End, Quote: s}},
			}
			fillFacts(c, a.Published, proper)
			out = append(out, sentence{seg: seg, claim: c, terms: text.Terms(text.Analyze(s))})
		}
		return out
	}
	var checked []*claims.Article
	for _, a := range articles {
		if a.Lang != "" && !opts.Languages[a.Lang] {
			rep.LeftOut = append(rep.LeftOut, LeftOut{a, "written in " + LanguageName(a.Lang) + ", which the checker cannot check"})
			continue
		}
		checked = append(checked, a)
	}
	repeats = findOutletRepeats(checked)
	const batch = 64
	workers := runtime.GOMAXPROCS(0)
	sentences := make([][]sentence, batch)
	for b0 := 0; b0 < len(checked); b0 += batch {
		b1 := min(b0+batch, len(checked))
		var wg sync.WaitGroup
		next := make(chan int)
		for range min(workers, b1-b0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range next {
					sentences[k] = read(checked[b0+k])
				}
			}()
		}
		for k := range b1 - b0 {
			next <- k
		}
		close(next)
		wg.Wait()
		for k := range b1 - b0 {
			a := checked[b0+k]
			for _, st := range sentences[k] {
				rep.Sentences = append(rep.Sentences, SentenceReport{Article: a.ID, Segment: st.seg, Text: a.Text[st.seg.Start:st.seg.End]})
				if st.claim != nil {
					corroborate(*st.claim, st.terms, len(rep.Sentences)-1)
				}
			}
			sentences[k] = nil
		}
		if opts.Progress != nil {
			opts.Progress(b1, len(checked))
		}
	}
	for _, k := range built {
		db.Claims = append(db.Claims, k.claim)
		for _, i := range k.rep {
			rep.Sentences[i].ClaimID = k.claim.ID
		}
	}
	built, termNo, byTerm, tried = nil, nil, nil, nil
	var errs claims.ErrorList
	for _, cu := range curated {
		c := claims.Claim{ID: cu.ID, Text: strings.TrimSpace(cu.Claim), Kind: claims.KindCurated, Speaker: cu.Speaker}
		for _, src := range cu.Sources {
			a := db.Article(src.Article)
			if a == nil {
				errs.Add(cu.pos, "curated claim %s: article %q is not among the articles", cu.ID, src.Article)
				continue
			}
			start, err := locate(a.Text, src.Quote, src.Occurrence)
			if err != nil {
				errs.Add(cu.pos, "curated claim %s: %v in article %s", cu.ID, err, src.Article)
				continue
			}
			c.Sources = append(c.Sources, claims.Source{Article: a.ID, Start: start, End: start + len(src.Quote), Quote: src.Quote})
		}
		published := ""
		if len(c.Sources) > 0 {
			published = db.Article(c.Sources[0].Article).Published
		}
		fillFacts(&c, published, proper)
		if cu.Date != "" {
			c.Date = cu.Date
		}
		db.Claims = append(db.Claims, c)
	}
	if err := errs.Err(); err != nil {
		return nil, rep, err
	}
	db.Reindex()
	if err := db.Validate(); err != nil {
		return nil, rep, err
	}
	return db, rep, nil
}

// locate finds the occurrence-th (1-based; 0 means the only one) place
// quote stands in text.
func locate(text, quote string, occurrence int) (int, error) {
	if quote == "" {
		return 0, fmt.Errorf("empty quote")
	}
	var at []int
	for i := 0; ; {
		j := strings.Index(text[i:], quote)
		if j < 0 {
			break
		}
		at = append(at, i+j)
		i += j + 1
	}
	switch {
	case len(at) == 0:
		return 0, fmt.Errorf("quote %q does not stand verbatim", quote)
	case occurrence == 0 && len(at) > 1:
		return 0, fmt.Errorf("quote %q stands %d times; set occurrence", quote, len(at))
	case occurrence > len(at):
		return 0, fmt.Errorf("quote %q stands %d times, not %d", quote, len(at), occurrence)
	case occurrence > 0:
		return at[occurrence-1], nil
	}
	return at[0], nil
}

// fillFacts sets a claim's entities, numbers and dates from its text, and
// its Date from the first date stated (a day or month without a year takes
// the article's publication year).
func fillFacts(c *claims.Claim, published string, proper func(string) bool) {
	f := ExtractFacts(c.Text, proper)
	c.Entities, c.Numbers = f.Entities, f.Numbers
	c.Dates = nil
	for _, d := range f.Dates {
		c.Dates = append(c.Dates, d.String())
	}
	if len(f.Dates) > 0 && c.Date == "" {
		d := f.Dates[0]
		if d.Year == 0 && len(published) >= 4 {
			fmt.Sscanf(published[:4], "%d", &d.Year)
		}
		if d.Year > 0 {
			c.Date = d.ISO()
		}
	}
}

// prefixTerms are the first n-⌈t·n⌉+1 of a set's n terms (in one fixed
// order, each once): any set whose Jaccard similarity with it is at least t shares
// one of them with the same prefix of its own.
func prefixTerms(terms []uint32, t float64) []uint32 {
	n := len(terms)
	keep := n - int(math.Ceil(t*float64(n))) + 1
	return terms[:max(0, min(n, keep))]
}

// jaccard is the Jaccard similarity of two term sets, each in descending
// order and each term once.
func jaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] > b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// namedExamples gathers the examples the articles name, in article order,
// each once.
func namedExamples(articles []*claims.Article) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range articles {
		for _, e := range a.Examples {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// uniqueArticles fails when two articles share an ID, ignoring case,
// naming both files.
func uniqueArticles(articles []*claims.Article) error {
	var errs claims.ErrorList
	seen := map[string]*claims.Article{}
	for _, a := range articles {
		if prev, dup := seen[strings.ToLower(a.ID)]; dup {
			errs.Add(claims.Pos{File: a.Path()}, "article id %q already used by %s (IDs are compared ignoring case: they name files)", a.ID, prev.Path())
			continue
		}
		seen[strings.ToLower(a.ID)] = a
	}
	return errs.Err()
}

// ReasonAuthorBio marks a sentence about the article's author: "Steven
// Mufson covers the White House.", "Jane Doe is a reporter for…".
const ReasonAuthorBio = "author bio (a sentence about the byline's author)"

// authorBio returns a test for sentences that begin with the name of one
// of the byline's people (the full name, or "Mufson" alone after it was
// given): on a page, those are the author's bio or credit, not the
// article's reporting.
func authorBio(byline string) func(string) bool {
	var names []string
	for _, n := range strings.Split(byline, ",") {
		if n = strings.TrimSpace(n); len(strings.Fields(n)) >= 2 {
			names = append(names, n)
		}
	}
	return func(s string) bool {
		s = strings.TrimLeft(s, "\"'“‘([ ")
		for _, n := range names {
			if strings.HasPrefix(s, n) && (len(s) == len(n) || !isWordByte(s[len(n)])) {
				return true
			}
		}
		return false
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// languageNames name the languages a build reports most often; any other
// is named by its code.
var languageNames = map[string]string{"en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
	"it": "Italian", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "ja": "Japanese", "zh": "Chinese", "ar": "Arabic",
	"ko": "Korean", "tr": "Turkish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
	"id": "Indonesian", "hi": "Hindi", "uk": "Ukrainian", "el": "Greek", "he": "Hebrew", "ro": "Romanian", "hu": "Hungarian"}

// LanguageName is "French (fr)" for "fr".
func LanguageName(code string) string {
	if n, ok := languageNames[code]; ok {
		return n + " (" + code + ")"
	}
	return "language " + code
}
