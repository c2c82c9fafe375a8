package match

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// One check path. Everything a reader's text goes through before and
// after the per-statement check lives here, in one steppable check:
// sentence splitting, what is out of scope (checkable.go), "he" and
// "they" read as the sentence before's subject (pronouns.go), "there is
// a …" restated (existential.go), repeated sentences checked once, and
// the text's overall verdict. The command (`check -jsonl`), the embed API
// and the page all use it: CheckText steps it to the end; the page and
// the embed step it a slice at a time (Next) so that a long text never
// blocks the browser. What the page shows is what the engine says.

// TextCheck is the check of a reader's text, a sentence at a time.
type TextCheck struct {
	ix   *Index
	text string
	segs []claims.Segment
	next int     // the next segment to check
	prev subject // the last sentence's subject, for "he" and "they"

	all      []Result       // every sentence, in reading order, repeats included
	who      []string       // for each of all, the name its pronoun was read as, or ""
	distinct []Sentence     // each distinct sentence once, in reading order
	seen     map[string]int // a sentence's repeat key -> its index in distinct
	earlier  map[string]Result
}

// Sentence is a distinct sentence of a text and how often it stands in it.
type Sentence struct {
	Result
	Count int
}

// NewTextCheck starts the check of s; nothing is checked until Next.
func (ix *Index) NewTextCheck(s string) *TextCheck {
	return &TextCheck{ix: ix, text: s, segs: claims.SplitStatements(s), seen: map[string]int{}}
}

// Reuse lets the check take the results of an earlier check of the same
// index for the sentences the two share (as the reader types, every
// sentence but the one being edited): they are not checked again, and
// their badges stay as they were. A check is deterministic, so this
// changes no result, only how soon it comes.
func (c *TextCheck) Reuse(earlier *TextCheck) {
	if earlier == nil || earlier.ix != c.ix {
		return
	}
	c.earlier = map[string]Result{}
	if len(earlier.earlier) < maxReused { // what the check before it reused, when it was cut short
		for k, r := range earlier.earlier {
			c.earlier[k] = r
		}
	}
	for i, r := range earlier.all {
		c.earlier[r.Text+"\x00"+earlier.who[i]] = r
	}
}

// maxReused bounds what a chain of checks, each cut short by the next
// keystroke, carries forward.
const maxReused = 1000

// Text is the text being checked.
func (c *TextCheck) Text() string { return c.text }

// Done reports whether every sentence is checked.
func (c *TextCheck) Done() bool { return c.next >= len(c.segs) }

// Checked is how many sentences are checked so far, of Total.
func (c *TextCheck) Checked() int { return c.next }

// Total is how many sentences the text has.
func (c *TextCheck) Total() int { return len(c.segs) }

// Sentences are the distinct sentences checked so far, in reading order.
func (c *TextCheck) Sentences() []Sentence { return c.distinct }

// Repeats is how many sentences so far repeat an earlier one.
func (c *TextCheck) Repeats() int { return len(c.all) - len(c.distinct) }

// Next checks sentences until budget is spent, at least one, and reports
// whether any are left.
func (c *TextCheck) Next(budget time.Duration) bool {
	start := time.Now()
	for !c.Done() {
		c.step()
		if time.Since(start) >= budget {
			break
		}
	}
	return !c.Done()
}

// step checks the next sentence.
func (c *TextCheck) step() {
	seg := c.segs[c.next]
	c.next++
	s := c.text[seg.Start:seg.End]
	if seg.Reason == "" {
		seg.Reason = outOfScope(s)
	}
	if seg.Reason != "" {
		c.add(Result{
			Text: s, Start: seg.Start, End: seg.End, NotCheckable: seg.Reason,
			Verdict: Unverified, Reason: "Not checkable: " + seg.Reason + ".", Matches: []Match{},
		}, "")
		return
	}
	ix := c.ix
	// "There is a capital called Mogadishu" says "Mogadishu is a capital"
	// (existential.go).
	if rs, ok := existential(s); ok {
		if sub, ok := ix.subjectOf(analyse(rs.text)); ok {
			c.prev = sub
		}
		c.add(c.reuse(s, "", seg, func() Result { return rs.back(ix.check(rs.text, 0, len(rs.text)), seg.Start, seg.End) }), "")
		return
	}
	if len(c.segs) > 1 { // only a text of several sentences has a "he" to read
		sentence := analyse(s)
		// "He was later charged …" after the sentence it follows is read
		// without "later" (links.go); only a sentence after another has
		// one to follow.
		lk, linked := linked{}, false
		if c.next > 1 {
			if lk, linked = readLink(sentence); linked {
				sentence = analyse(lk.text)
			}
		}
		if rd, ok := readPronoun(sentence, c.prev); ok {
			c.add(c.reuse(s, rd.who, seg, func() Result {
				r := rd.back(ix.check(rd.text, 0, len(rd.text)), sentence.text, seg.Start, seg.End)
				if linked {
					r = lk.back(r, s, seg.Start, seg.End)
				}
				return r
			}), rd.who)
			return
		}
		if sub, ok := ix.subjectOf(sentence); ok {
			c.prev = sub
		}
		if linked {
			c.add(c.reuse(s, "", seg, func() Result {
				return lk.back(ix.check(lk.text, 0, len(lk.text)), s, seg.Start, seg.End)
			}), "")
			return
		}
	}
	c.add(c.reuse(s, "", seg, func() Result { return ix.check(c.text, seg.Start, seg.End) }), "")
}

// reuse is an earlier check's result for the sentence s (read with who
// for its pronoun), else check's.
func (c *TextCheck) reuse(s, who string, seg claims.Segment, check func() Result) Result {
	if r, ok := c.earlier[s+"\x00"+who]; ok {
		r.Start, r.End = seg.Start, seg.End
		return r
	}
	return check()
}

// add records a sentence's result; a sentence that repeats an earlier one
// (ignoring case and spacing, with its pronoun read the same) counts
// there.
func (c *TextCheck) add(r Result, who string) {
	r.Reason = tidyReason(r.Reason)
	c.all = append(c.all, r)
	c.who = append(c.who, who)
	key := strings.ToLower(strings.Join(strings.Fields(r.Text), " ")) + "\x00" + who
	if i, ok := c.seen[key]; ok {
		c.distinct[i].Count++
		return
	}
	c.seen[key] = len(c.distinct)
	c.distinct = append(c.distinct, Sentence{Result: r, Count: 1})
}

// tidyReason drops a clause of a reason that says again what an earlier
// clause said: 'the source says "more", you wrote "less"' after 'the
// source says "more than three hours", you wrote "less than an hour"'
// (every word it quotes stands in a quote of the earlier clause).
func tidyReason(reason string) string {
	end := ""
	if strings.HasSuffix(reason, ".") {
		reason, end = reason[:len(reason)-1], "."
	}
	clauses := strings.Split(reason, "; ")
	if len(clauses) < 2 {
		return reason + end
	}
	kept := clauses[:1]
	for _, cl := range clauses[1:] {
		if !saidBefore(cl, kept) {
			kept = append(kept, cl)
		}
	}
	return strings.Join(kept, "; ") + end
}

// saidBefore reports whether every quoted part of clause stands inside a
// quoted part of one earlier clause, in the same order.
func saidBefore(clause string, earlier []string) bool {
	qs := quoted(clause)
	if len(qs) == 0 {
		return false
	}
	for _, e := range earlier {
		eq := quoted(e)
		if len(eq) != len(qs) {
			continue
		}
		same := true
		for i := range qs {
			if !strings.Contains(strings.ToLower(eq[i]), strings.ToLower(qs[i])) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// quoted returns the parts of s between straight or curly double quotes.
func quoted(s string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, "\"“")
		if i < 0 {
			return out
		}
		s = s[i:]
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		j := strings.IndexAny(s, "\"”")
		if j < 0 {
			return out
		}
		out = append(out, s[:j])
		_, size = utf8.DecodeRuneInString(s[j:])
		s = s[j+size:]
	}
}

// Counts are a text's sentences by verdict, each occurrence of a repeated
// sentence counted.
type Counts struct {
	Supported, Contradicted, Unverified, NotCheckable int
}

// Counts counts the sentences checked so far.
func (c *TextCheck) Counts() Counts { return countsOf(c.all) }

func countsOf(rs []Result) Counts {
	var n Counts
	for _, r := range rs {
		switch {
		case !r.Checkable:
			n.NotCheckable++
		case r.Verdict == Supported:
			n.Supported++
		case r.Verdict == Contradicted:
			n.Contradicted++
		default:
			n.Unverified++
		}
	}
	return n
}

// Verdict is the overall verdict of a text with these counts
// (OverallVerdict).
func (n Counts) Verdict() Verdict { return OverallVerdict(n.Supported, n.Contradicted, n.Unverified) }

// Report is the text's check so far: the overall verdict and, for a text
// of several sentences, each sentence's. The overall verdict rests on the
// most decisive sentence: a contradicted one first, else a supported one;
// see OverallVerdict.
func (c *TextCheck) Report() Report {
	s := c.text
	rep := Report{Sentences: append([]Result(nil), c.all...)}
	rep.Result = Result{Text: s, End: len(s), Verdict: Unverified, Matches: []Match{}, Reason: "Nothing checkable was given."}
	best := -1
	for i, r := range rep.Sentences {
		if !r.Checkable {
			continue
		}
		if best < 0 || rank(r.Verdict) > rank(rep.Sentences[best].Verdict) {
			best = i
		}
	}
	if best >= 0 {
		b := rep.Sentences[best]
		rep.Result = b
		rep.Result.Text, rep.Result.Start, rep.Result.End = s, 0, len(s)
		rep.Result.Spans = nil
		for _, sp := range b.Spans {
			rep.Result.Spans = append(rep.Result.Spans, Span{sp.Start + b.Start, sp.End + b.Start, sp.Kind})
		}
		if v, why := overall(rep.Sentences); v != b.Verdict {
			rep.Result.Verdict, rep.Result.Reason = v, why
		}
	}
	if len(rep.Sentences) == 1 && !rep.Sentences[0].Checkable {
		rep.Result = rep.Sentences[0]
		rep.Result.Text, rep.Result.Start, rep.Result.End = s, 0, len(s)
	}
	if len(rep.Sentences) == 1 {
		rep.Sentences = nil
	}
	return rep
}

// CheckText checks everything a reader pasted: each checkable sentence
// gets its own result; questions, greetings, opinions, links, text in
// another language and fragments with no verb are marked not checkable.
// It steps a TextCheck to the end.
func (ix *Index) CheckText(s string) Report {
	c := ix.NewTextCheck(s)
	for c.Next(time.Hour) {
	}
	return c.Report()
}

// overall is the verdict of a text from those of its sentences (see
// OverallVerdict), with the reason counting them.
func overall(rs []Result) (Verdict, string) {
	n := countsOf(rs)
	sup, con, unv := n.Supported, n.Contradicted, n.Unverified
	switch v := n.Verdict(); v {
	case Mixed:
		return v, fmt.Sprintf("Mixed: %s contradicted, %s supported%s.", sentences(con), sentences(sup), unverifiedTail(unv))
	case Contradicted:
		return v, fmt.Sprintf("%s contradicted%s.", capitalise(sentences(con)), unverifiedTail(unv))
	case Supported:
		return v, fmt.Sprintf("%s supported.", capitalise(sentences(sup)))
	}
	if sup > 0 {
		return Unverified, fmt.Sprintf("Not settled as a whole: %s supported, %s with no sourced claim.", sentences(sup), sentences(unv))
	}
	return Unverified, "No sourced claim settles any sentence."
}

// OverallVerdict is the verdict of a text whose checkable sentences are
// so many supported, contradicted and unverified: contradicted or
// supported when every sentence with a verdict agrees, mixed when some are
// contradicted and some supported, unverified when some are supported and
// the rest unsettled: the sources vouch for part of the text only, and a
// badge on the whole would vouch for the rest (each sentence keeps its
// own badge). One true sentence never hides a false one.
func OverallVerdict(supported, contradicted, unverified int) Verdict {
	switch {
	case contradicted > 0 && supported > 0:
		return Mixed
	case contradicted > 0:
		return Contradicted
	case supported > 0 && unverified > 0:
		return Unverified
	case supported > 0:
		return Supported
	}
	return Unverified
}

// Not inlined: a copy in each of its callers costs app.wasm more than
// the call.
//
//go:noinline
func sentences(n int) string {
	if n == 1 {
		return "1 sentence"
	}
	return fmt.Sprintf("%d sentences", n)
}

func unverifiedTail(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", %s with no sourced claim", sentences(n))
}

func rank(verdict Verdict) int {
	switch verdict {
	case Contradicted:
		return 2
	case Supported:
		return 1
	}
	return 0
}
