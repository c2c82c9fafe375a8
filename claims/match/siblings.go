package match

import "github.com/factcheck/factcheck/claims/text"

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

// articleNamed maps an article's ID to the names (terms of key words,
// alignment.go) of the retrieved claims that quote it.
type articleNamed map[string]map[string]bool

// articleNames collects the names of the claims docs, by article.
func (ix *Index) articleNames(docs []*doc) articleNamed {
	out := articleNamed{}
	for _, d := range docs {
		for _, src := range d.claim.Sources {
			if src.Article == "" {
				continue
			}
			for _, a := range d.all() {
				for _, t := range a.tokens {
					if !ix.key(a.text, t) {
						continue
					}
					if out[src.Article] == nil {
						out[src.Article] = map[string]bool{}
					}
					out[src.Article][t.Term] = true
				}
			}
		}
	}
	return out
}

// of returns the names of the articles d quotes.
func (n articleNamed) of(d *doc) map[string]bool {
	if len(d.claim.Sources) == 1 {
		return n[d.claim.Sources[0].Article]
	}
	out := map[string]bool{}
	for _, src := range d.claim.Sources {
		for t := range n[src.Article] {
			out[t] = true
		}
	}
	return out
}

// articleSubject reports whether statement token i may be read as named
// by the claim's article (c.siblings): it is such a name, and it stands
// where a sentence names who acts, before the verb of its clause (the
// clause opens the sentence, follows a break or a verb of saying:
// "Coty took a majority stake in …", "Maley says Coty's stock could…").
// A name after the verb is what was done to or with something ("Kylie
// Jenner took a majority stake in Coty", against "the beauty brand took
// a majority stake in Kylie Jenner's company"): its place in the claim,
// not its article, says who it is.
func (c *comparison) articleSubject(i int) bool {
	toks := c.q.tokens
	if !c.siblings[toks[i].Term] {
		return false
	}
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
