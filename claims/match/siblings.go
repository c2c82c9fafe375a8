package match

import (
	"slices"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims/text"
)

// Names an article gives in its other sentences.
//
// A news article names who or what it is about once, in full, and then
// calls it otherwise: "Coty acquired a 51% ownership position…" and, two
// paragraphs up, "the beauty brand took a majority stake…"; "Officers from
// the Columbus Police Department…" and, in the lead, "Police arrested six
// people…". A reader's statement names it in the sentence it takes from
// the lead ("Coty took a majority stake…"). The claims a check weighs
// often hold several sentences of the same article: the names those
// sentences have are the article's, and a statement's name found there
// is read as the names rule reads a name of the claim's paragraph or of
// its headline (contextual, names.go), not as a name the source never
// speaks of. The set comes from the claims retrieved for the statement,
// so a sharded index, which fetches those claims and no whole article,
// reads the same.

// articleNamed is what the retrieved claims of each article name: by
// article ID, the terms of their names (key words, alignment.go), and the
// given names they put before a surname ("LeBron James": "lebron" ->
// "jame"), by which a statement may call someone the claim calls by
// surname alone ("LeBron is third" against "James is fifth").
type articleNamed struct {
	names map[string]map[string]bool
	given map[string]map[string][]string
}

// articleNames collects the names of the claims docs, by article.
func (ix *Index) articleNames(docs []*doc) articleNamed {
	out := articleNamed{names: map[string]map[string]bool{}, given: map[string]map[string][]string{}}
	for _, d := range docs {
		for _, src := range d.claim.Sources {
			art := src.Article
			if art == "" {
				continue
			}
			for _, a := range d.all() {
				for i, t := range a.tokens {
					if !ix.key(a.text, t) {
						continue
					}
					if out.names[art] == nil {
						out.names[art] = map[string]bool{}
					}
					out.names[art][t.Term] = true
					if sur, ok := surnameAfter(ix, a, i); ok && !slices.Contains(out.given[art][t.Term], sur) {
						if out.given[art] == nil {
							out.given[art] = map[string][]string{}
						}
						out.given[art][t.Term] = append(out.given[art][t.Term], sur)
					}
				}
			}
		}
	}
	return out
}

// surnameAfter returns the term of the surname after token i of a text
// when the two make a name of two words: "LeBron James", not "Jason Kidd
// Lakers" nor "Pacific Gas & Electric".
func surnameAfter(ix *Index, a analysed, i int) (string, bool) {
	toks := a.tokens
	if i+1 >= len(toks) {
		return "", false
	}
	first, sur := toks[i], toks[i+1]
	if first.Kind != text.Word || sur.Kind != text.Word || !first.Cap || !sur.Cap || sur.Start-first.End != 1 || !ix.key(a.text, sur) {
		return "", false
	}
	if i > 0 && toks[i-1].Cap && !toks[i-1].Stop && first.Start-toks[i-1].End == 1 {
		return "", false // a word inside a longer name
	}
	if i+2 < len(toks) && toks[i+2].Cap && toks[i+2].Start-sur.End <= 1 || strings.HasPrefix(a.text[sur.End:], " &") {
		return "", false
	}
	return sur.Term, true
}

// of returns the names of the articles d quotes.
func (n articleNamed) of(d *doc) map[string]bool {
	if len(d.claim.Sources) == 1 {
		return n.names[d.claim.Sources[0].Article]
	}
	out := map[string]bool{}
	for _, src := range d.claim.Sources {
		for t := range n.names[src.Article] {
			out[t] = true
		}
	}
	return out
}

// givenNames adds to given (statement term -> claim term) the statement's
// names that the claim's article gives as the first name of a surname the
// claim has, where the statement has not that surname: "LeBron" read as
// the claim's "James" when another sentence of its article says "LeBron
// James".
func (n articleNamed) givenNames(q analysed, d *doc, given map[string]string) {
	for _, t := range q.tokens {
		if t.Kind != text.Word || !t.Cap || t.Stop || d.terms[t.Term] {
			continue
		}
		if _, ok := given[t.Term]; ok {
			continue
		}
		for _, src := range d.claim.Sources {
			for _, sur := range n.given[src.Article][t.Term] {
				if d.terms[sur] && !q.terms[sur] {
					given[t.Term] = sur
				}
			}
		}
	}
}

// articleSubjects returns the terms of the statement's names that the
// claim's article names (names, from articleNames) and that stand where a
// sentence names who acts: before the verb of their clause, which opens
// the sentence, follows a break or a verb of saying ("Coty took a
// majority stake in …", "Maley says Coty's stock could…"). A name after
// the verb is what was done to or with something ("Kylie Jenner took a
// majority stake in Coty", against "the beauty brand took a majority
// stake in Kylie Jenner's company"): its place in the claim, not its
// article, says who it is.
func (ix *Index) articleSubjects(q analysed, d *doc, names map[string]bool) map[string]bool {
	c := &comparison{ix: ix, q: q}
	var out map[string]bool
	for i, t := range q.tokens {
		if !ix.publishedOn(d, t) && (!names[t.Term] || !ix.key(q.text, t) || inDate(q, t) || text.IsMonthOrWeekday(t.Text) || !c.beforeVerb(i)) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[t.Term] = true
	}
	return out
}

// beforeVerb reports whether statement token i stands before the verb of
// its clause.
func (c *comparison) beforeVerb(i int) bool {
	toks := c.q.tokens
	for j := i - 1; j >= 0; j-- {
		if clauseBreak(c.q.text, toks, j) || attribution.verbs[text.Normalize(toks[j].Text)] {
			return true
		}
		if pastTense(toks[j]) || afterModal(toks, j) || c.presentVerb(j) {
			return false
		}
	}
	return true
}

// publishedOn reports whether t is the weekday an article d quotes was
// published on (by its own date, not one the build inferred): a news
// report's "on Tuesday" is the day of its dateline, which its sentences
// leave out ("U.S. crude fell 3.38% to $55.12", published on a Tuesday,
// says "US crude fell 3.38% on Tuesday"). A day the claim gives itself is
// the dates rule's (figures.go).
func (ix *Index) publishedOn(d *doc, t text.Token) bool {
	w := strings.TrimSuffix(text.Normalize(t.Text), ".")
	day, ok := weekdayNames[w]
	if !ok {
		return false
	}
	for _, src := range d.claim.Sources {
		ms := ix.Source(src)
		if ms.DateInferred || len(ms.Published) < len("2006-01-02") {
			continue
		}
		if p, err := time.Parse("2006-01-02", ms.Published[:10]); err == nil && p.Weekday() == day {
			return true
		}
	}
	return false
}

// weekdayNames are the English weekdays as written in full (an
// abbreviation, "Tue", is too rarely one in a statement to count).
var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}
