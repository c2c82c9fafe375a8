package main

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/build"
)

// coverageOnly measures, instead of verdicts, how many development
// statements about real news pages could get a badge at all (-coverage).
var coverageOnly = false

// A supported or contradicted statement can only get a badge when the
// sentence that settles it became a claim: its key phrase (its "why" when
// it has none) stands in a quote of one of the statement's articles.
// coverage counts, for the development part of every set about real news
// pages (never those of neverRead), the statements whose key is
// covered so, and lists the others with why the builder left their
// sentence out, as its report says:
//
//	page left out       the page gave no article (no text, another language)
//	text lost           the key is not in the article's stored text
//	dropped: REASON     the one segment holding the key was skipped
//	spans N segments    the key crosses segment bounds (split in the wrong
//	                    place, or a key over two sentences)
//	quoted elsewhere    its segment is a claim quoting another article
//
//	go run ./claims/match/train -shared ../shared -coverage | grep -v archive-9
func coverage(sets []*set, w io.Writer) error {
	fmt.Fprintln(w, "| set | statements | covered | page left out | text lost | dropped | spans segments | quoted elsewhere |\n|---|---|---|---|---|---|---|---|")
	var lines []string
	total := map[string]int{}
	for _, s := range sets {
		if s.kind != "archive" || slices.Contains(neverRead, s.name) {
			continue
		}
		db, report, err := s.pages.database()
		if err != nil {
			return err
		}
		arts := map[string]*claims.Article{}
		for _, a := range db.Articles {
			arts[a.ID] = a
		}
		quoted := map[string][]string{} // article → its claims' folded quotes
		for _, c := range db.Claims {
			for _, src := range c.Sources {
				quoted[src.Article] = append(quoted[src.Article], fold(src.Quote))
			}
		}
		segments := map[string][]int{} // article → indices into report.Sentences
		for i, r := range report.Sentences {
			segments[r.Article] = append(segments[r.Article], i)
		}
		n, covered := 0, 0
		causes := map[string]int{}
		for _, c := range s.cases {
			if heldOut(c) || (c.Verdict != "supported" && c.Verdict != "contradicted") {
				continue
			}
			key := fold(c.Key)
			if key == "" {
				key = fold(c.Why)
			}
			if key == "" {
				continue
			}
			n++
			if isCovered(key, c.Articles, quoted) {
				covered++
				continue
			}
			cause, detail := uncoveredCause(key, c.Articles, arts, report.Sentences, segments)
			causes[strings.SplitN(cause, ":", 2)[0]]++
			lines = append(lines, fmt.Sprintf("UNCOVERED %s %s %s [%s] key %q\n%s", s.name, c.ID, c.Verdict, cause, key, detail))
		}
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %d | %d |\n", s.name, n, covered,
			causes["page left out"], causes["text lost"], causes["dropped"], causes["spans segments"], causes["quoted elsewhere"])
		total["n"] += n
		total["covered"] += covered
	}
	fmt.Fprintf(w, "\ncovered %d of %d development statements\n\n", total["covered"], total["n"])
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return nil
}

// isCovered reports whether a claim of one of the articles quotes key.
func isCovered(key string, articles []string, quoted map[string][]string) bool {
	for _, a := range articles {
		for _, q := range quoted[a] {
			if strings.Contains(q, key) {
				return true
			}
		}
	}
	return false
}

// uncoveredCause says why no claim of the articles quotes key, and shows
// the segments the key falls in.
func uncoveredCause(key string, articles []string, arts map[string]*claims.Article, reports []build.SentenceReport, segments map[string][]int) (cause, detail string) {
	cause = "page left out"
	re := keyPattern(key)
	for _, id := range articles {
		a := arts[id]
		if a == nil {
			continue
		}
		cause = "text lost"
		loc := re.FindStringIndex(a.Text)
		if loc == nil {
			continue
		}
		var in []build.SentenceReport
		for _, i := range segments[id] {
			r := reports[i]
			if r.Segment.Start < loc[1] && r.Segment.End > loc[0] {
				in = append(in, r)
			}
		}
		var b strings.Builder
		for _, r := range in {
			what := r.Segment.Reason
			if r.ClaimID != "" {
				what = "claim " + r.ClaimID
			}
			fmt.Fprintf(&b, "    [%s] %q\n", what, r.Text)
		}
		switch {
		case len(in) == 0:
			return "text lost: between segments", b.String()
		case len(in) > 1:
			return fmt.Sprintf("spans segments: %d", len(in)), b.String()
		case in[0].ClaimID != "":
			return "quoted elsewhere", b.String()
		}
		return "dropped: " + in[0].Segment.Reason, b.String()
	}
	return cause, ""
}

// keyPattern finds a folded key in an article's raw text: any case, any
// run of white space, curly or straight quotes, any dash.
func keyPattern(key string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("(?i)")
	for _, r := range key {
		switch r {
		case ' ':
			b.WriteString(`\s+`)
		case '\'':
			b.WriteString(`['’‘]`)
		case '"':
			b.WriteString(`["“”]`)
		case '-':
			b.WriteString(`[-–—]`)
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return regexp.MustCompile(b.String())
}
