package app

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/match"
)

// typingPause is how long the reader must stop typing before a check
// runs: short enough to feel live, long enough not to check every letter.
// settlePause is how long they must stop before the sentence they are
// still typing is checked too: until then it shows "checking…", never a
// badge on half a sentence ("…extradited to the U" is not a claim).
const (
	typingPause = 150 * time.Millisecond
	settlePause = 900 * time.Millisecond
)

// checkPage is the widget's main view: a text box and a result for each
// sentence, updated as the reader types. The embed (embed-page.go) is the
// same page without the site around it.
type checkPage struct {
	goapp.Compo

	db      database
	text    string         // everything in the text box
	from    int            // where the part being checked starts in text
	check   *textCheck     // the check of that part, built a slice at a time
	shown   int            // how many results are shown
	gen     int            // bumped on every check; a check goes on only while current
	edits   int            // bumped on every edit; a scheduled check runs only if none came after
	typing  bool           // the last edit was a key typed with the caret at the text's end
	pending string         // the sentence being typed: shown as "checking…" until a pause or its end
	only    match.Verdict  // the summary's filter: show only sentences with this verdict ("" for all; "skip" for not checkable)
	framed  bool           // shown inside another site (the /embed route)
	linkCut bool           // the link opened carried more than maxCheck characters
	shared  string         // what the Share button did
	typed   textBox        // the text box of the page the server sent, as go-app found it
	self    *goapp.Context // the page's own context, once mounted: checks are scheduled on it
}

func newCheckPage() *checkPage { return &checkPage{db: initialDatabase()} }

// OnInit keeps what the reader typed into the page the server sent,
// before go-app replaced it.
func (p *checkPage) OnInit() {
	p.typed = readTextBox("statement")
	if p.typed.Value != "" {
		p.text = p.typed.Value
	}
}

// OnMount keeps the page's own context. A check's steps are dispatched on
// it, not on the element that started the check: go-app drops what is
// dispatched to an element no longer mounted, and an example button folds
// away as soon as it is clicked (its check then never ran, now and then).
func (p *checkPage) OnMount(ctx goapp.Context) {
	p.self = &ctx
	p.typed.restore("statement")
}

// scheduler is the context to dispatch a check's next step on.
func (p *checkPage) scheduler(ctx goapp.Context) goapp.Context {
	if p.self != nil {
		return *p.self
	}
	return ctx
}

// readerText is the state that keeps the reader's text while they look at
// a source in the article view, so that the way back finds the result as
// it was. It lives in memory only (never stored, never in the address).
const readerText = "/check/text"

func (p *checkPage) OnNav(ctx goapp.Context) {
	key := "q"
	if p.framed {
		key = "text" // the embed's #origin=…&text=…
	}
	if t, cut, ok := fragmentText(ctx.Page().URL(), key); ok && t != p.text {
		p.text, p.from, p.linkCut = t, 0, cut
	} else if p.text == "" && !p.framed {
		ctx.GetState(readerText, &p.text)
	}
	observeDatabase(ctx, &p.db, p.startCheck)
}

func (p *checkPage) onInput(ctx goapp.Context, e goapp.Event) {
	box := ctx.JSSrc()
	p.text = box.Get("value").String()
	p.typing = typedAtEnd(box, e)
	fitHeight(box)
	p.from, p.linkCut, p.shared = 0, false, ""
	ctx.SetState(readerText, p.text)
	p.edits++
	edit := p.edits
	if !p.framed {
		p.dropStaleLink()
	}
	ctx.After(typingPause, func(ctx goapp.Context) {
		if edit == p.edits {
			p.startCheck(ctx)
		}
	})
	if p.typing {
		ctx.After(settlePause, func(ctx goapp.Context) {
			if edit == p.edits {
				p.typing = false
				p.startCheck(ctx)
			}
		})
	}
}

// typedAtEnd reports whether an input event typed or erased a character
// with the caret at the end of the text: the reader is writing its last
// sentence. A paste, a drop or an edit elsewhere is not.
func typedAtEnd(box goapp.Value, e goapp.Event) bool {
	if !goapp.IsClient {
		return false
	}
	switch e.Get("inputType").String() {
	case "insertText", "insertCompositionText", "deleteContentBackward":
	default:
		return false
	}
	n := len(utf16.Encode([]rune(box.Get("value").String()))) // the caret counts UTF-16 units
	return box.Get("selectionStart").Int() == n && box.Get("selectionEnd").Int() == n
}

// pendingFrom is where the sentence still being typed starts in text, or
// -1 when the text ends a sentence (end punctuation and a space, or a
// line break).
func pendingFrom(text string) int {
	if isBlank(text) || strings.HasSuffix(text, "\n") {
		return -1
	}
	if trimmed := strings.TrimRight(text, " \t"); trimmed != text && endsSentence(trimmed) {
		return -1
	}
	segs := claims.SplitStatements(text)
	if len(segs) == 0 {
		return -1
	}
	return segs[len(segs)-1].Start
}

// endsSentence reports whether s ends with a sentence's end punctuation,
// before any closing quote or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]»")
	for _, end := range []string{".", "!", "?", "…"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// dropStaleLink takes a shared text out of the address once the reader
// edits it, so the address never names a check the page no longer shows.
// (The app never writes the reader's text into the address.)
func (p *checkPage) dropStaleLink() {
	if goapp.IsClient && goapp.Window().Get("location").Get("hash").String() != "" {
		goapp.Window().Get("history").Call("replaceState", nil, "", goapp.Window().Get("location").Get("pathname").String())
	}
}

func (p *checkPage) setText(ctx goapp.Context, text string) {
	p.text, p.from, p.linkCut, p.shared, p.typing = text, 0, false, "", false
	ctx.SetState(readerText, p.text)
	p.startCheck(ctx)
}

// startCheck checks the current part of the text, a slice of sentences
// per task, yielding to the browser between slices. The results shown
// stay until the new check has its first ones, so the page does not
// flicker as the reader types; a sentence whose words did not change
// keeps its result (match.TextCheck.Reuse), so its badge never moves
// while another is edited. The sentence still being typed waits for a
// pause (settlePause) or its end.
func (p *checkPage) startCheck(ctx goapp.Context) {
	p.gen++
	text := p.text
	p.pending = ""
	if p.typing && p.from == 0 {
		if at := pendingFrom(text); at >= 0 {
			text, p.pending = text[:at], strings.TrimSpace(text[at:])
		}
	}
	if p.db.Status != loaded || isBlank(text) {
		p.check = nil
		return
	}
	gen, sched := p.gen, p.scheduler(ctx)
	if e := p.db.Engine; e != nil && e.Working() {
		c := newEngineCheck(text, p.from)
		e.CheckPart(c.text, func(u checkUpdate) {
			sched.Dispatch(func(ctx goapp.Context) { p.update(ctx, gen, c, text, u) })
		})
		return
	}
	p.checkInPage(sched, gen, text)
}

// checkInPage checks text's current part in the page, a slice at a time.
func (p *checkPage) checkInPage(ctx goapp.Context, gen int, text string) {
	earlier := p.check
	if earlier != nil && earlier.local == nil {
		earlier = nil // the engine's: nothing to reuse in the page
	}
	c := newTextCheck(p.db.Index, text, p.from, earlier)
	afterBrowser(ctx, func(ctx goapp.Context) { p.step(ctx, gen, c) })
}

// update shows what the engine found so far of check c (of text), while
// it is the current check; when the engine could not check, the page
// checks text itself.
func (p *checkPage) update(ctx goapp.Context, gen int, c *textCheck, text string, u checkUpdate) {
	if gen != p.gen {
		return
	}
	if u.Err != "" {
		p.checkInPage(ctx, gen, text)
		return
	}
	c.apply(u)
	p.show(ctx, c)
}

func (p *checkPage) step(ctx goapp.Context, gen int, c *textCheck) {
	if gen != p.gen {
		return
	}
	c.Step(sliceBudget)
	p.show(ctx, c)
	if !c.Done() {
		afterBrowser(ctx, func(ctx goapp.Context) { p.step(ctx, gen, c) })
	}
}

// show makes c the check shown, once it has its first results.
func (p *checkPage) show(ctx goapp.Context, c *textCheck) {
	if p.check != c {
		first := p.check == nil
		p.check, p.shown, p.only = c, firstResults, ""
		if first {
			ctx.Defer(func(goapp.Context) { revealResults() })
		}
	}
}

func (p *checkPage) Render() goapp.UI {
	return newPageShell("/",
		goapp.H1().Text("Check a statement against its sources"),
		goapp.P().Class("lead").Text("Paste or type a statement or a whole paragraph. Each sentence is matched against claims drawn from news articles, with the exact words of the source."),
		goapp.Label().For("statement").Class("field-label").Text("Statement to check"),
		p.textBox(4),
		goapp.P().ID("statement-help").Class("help").Textf("Results update as you type. Nothing you type leaves this device. Up to %s characters are checked at once.", thousands(maxCheck)),
		p.renderExamples(),
		p.renderResults(),
	)
}

func (p *checkPage) textBox(rows int) goapp.UI {
	return goapp.Textarea().
		ID("statement").
		Class("statement").
		Rows(rows).
		Placeholder(attrText(firstNonEmpty(first(p.db.Examples), "Paste or type a statement"))).
		Aria("describedby", "statement-help").
		Attr("autocomplete", "off"). // the browser keeps no copy for its history or session restore
		Text(p.text).
		OnInput(p.onInput)
}

// renderExamples offers statements to try, from the database, until the
// reader has typed (then they fold away, leaving the results room).
func (p *checkPage) renderExamples() goapp.UI {
	if !isBlank(p.text) || len(p.db.Examples) == 0 {
		return nil
	}
	ex := p.db.Examples
	return goapp.Div().Class("examples").Body(
		goapp.Span().Class("examples-label").Text("Try:"),
		goapp.Range(ex).Slice(func(i int) goapp.UI {
			s := ex[i]
			return goapp.Button().Type("button").Class("example").Text(s).OnClick(func(ctx goapp.Context, e goapp.Event) {
				p.setText(ctx, s)
			})
		}),
	)
}

func (p *checkPage) renderResults() goapp.UI {
	switch {
	case p.db.Status == loadFailed:
		return goapp.Div().Class("notice", "error").Role("alert").Text("The claims database could not be loaded, so nothing can be checked right now. Reload the page to try again.")
	case p.db.Status != loaded:
		return goapp.Div().Class("notice").Role("status").Text("Loading the claims database…")
	case p.check == nil:
		return goapp.Section().ID("results").Aria("live", "polite").Aria("label", "Results").Body(p.renderPending())
	}
	c := p.check
	results := p.filtered(c.Ordered())
	more := len(results) - p.shown
	if more > 0 {
		results = results[:p.shown]
	}
	return goapp.Section().ID("results").Aria("live", "polite").Aria("label", "Results").Body(
		p.renderPartNotice(),
		goapp.If(c.Total() > 1, func() goapp.UI { return p.renderSummary() }),
		goapp.Range(results).Slice(func(i int) goapp.UI {
			r := results[i]
			return newResultCard(r.Result, r.Count, p.db.Coverage, p.framed)
		}),
		goapp.If(more > 0, func() goapp.UI {
			return goapp.P().Class("show-more").Body(
				goapp.Button().Type("button").Class("button").Textf("Show all %s results", thousands(more+p.shown)).OnClick(p.onShowAll),
			)
		}),
		p.renderPending(),
		goapp.If(c.Done() && p.pending == "", func() goapp.UI { return p.renderShare() }),
	)
}

// renderPending shows the sentence still being typed: no badge until the
// reader pauses or ends it.
func (p *checkPage) renderPending() goapp.UI {
	if p.pending == "" || p.db.Status != loaded {
		return nil
	}
	return goapp.Article().Class("result", "result-pending").Body(
		goapp.P().Class("statement-text").Text(p.pending),
		goapp.P().Class("badge", "badge-pending").Text("checking…"),
	)
}

// filtered keeps the results the summary's filter asks for.
func (p *checkPage) filtered(rs []sentence) []sentence {
	if p.only == "" {
		return rs
	}
	var out []sentence
	for _, r := range rs {
		if verdictOf(r.Result) == p.only {
			out = append(out, r)
		}
	}
	return out
}

// verdictOf is a sentence's verdict, "skip" when it is not checkable.
func verdictOf(r match.Result) match.Verdict {
	if !r.Checkable {
		return "skip"
	}
	return r.Verdict
}

// renderSummary comes first for a text of several sentences: the overall
// verdict, the sentences by verdict (each count shows those sentences
// alone, so a long paste's contradicted sentences are one press away),
// and how far the check has got.
func (p *checkPage) renderSummary() goapp.UI {
	c := p.check
	n := c.Counts()
	counts := []count{
		{n.Contradicted, "contradicted", match.Contradicted},
		{n.Supported, "supported", match.Supported},
		{n.Unverified, "with no sourced claim", match.Unverified},
		{n.NotCheckable, "not checkable", "skip"},
	}
	// Always the four buttons, a count of none hidden: go-app keeps a
	// button's click handler when the list around it changes.
	return goapp.Div().Class("summary", "result-"+string(n.Verdict())).Body(
		goapp.Div().Class("result-head").Body(
			badge(n.Verdict()),
			goapp.Span().Class("summary-counts").Body(
				p.countButton(counts[0]), p.countButton(counts[1]), p.countButton(counts[2]), p.countButton(counts[3]),
			),
		),
		goapp.If(p.only != "", func() goapp.UI {
			return goapp.P().Class("help").Body(
				goapp.Button().Type("button").Class("button-quiet").Text("Show every sentence").OnClick(func(ctx goapp.Context, e goapp.Event) { p.filter("") }),
			)
		}),
		goapp.If(!c.Done(), func() goapp.UI {
			return goapp.P().Class("help").Textf("Checking… %s of %s sentences so far.", thousands(c.Checked()), thousands(c.Total()))
		}),
		goapp.If(c.Repeats() > 0, func() goapp.UI {
			return goapp.P().Class("help").Textf("%s repeated: each is shown once.", plural(c.Repeats(), "sentence"))
		}),
		goapp.If(len(c.Results()) > firstResults && p.only == "", func() goapp.UI {
			return goapp.P().Class("help").Text("Contradicted sentences come first, then supported ones, then the rest. Press a count to see those sentences alone.")
		}),
	)
}

// count is a number of sentences with a verdict, as the summary shows it.
type count struct {
	n    int
	what string
	v    match.Verdict
}

// countButton shows only the sentences the count counts.
func (p *checkPage) countButton(k count) goapp.UI {
	return goapp.Button().Type("button").Class("count", "count-"+string(k.v)).Hidden(k.n == 0).
		Aria("pressed", strconv.FormatBool(p.only == k.v)).
		Title("Show only these sentences").Text(thousands(k.n) + " " + k.what).
		OnClick(func(ctx goapp.Context, e goapp.Event) { p.filter(k.v) })
}

// filter shows only the sentences with verdict v ("" for all), and
// brings the first of them into view.
func (p *checkPage) filter(v match.Verdict) {
	if p.only == v {
		v = ""
	}
	p.only, p.shown = v, firstResults
	scrollToThird("results")
}

// renderPartNotice says when only part of the text is checked, and lets
// the reader check the rest, part by part: nothing typed is dropped.
func (p *checkPage) renderPartNotice() goapp.UI {
	c := p.check
	if c.Part.From == 0 && !c.Part.More(p.text) && !p.linkCut {
		return nil
	}
	checked := utf8.RuneCountInString(p.text[c.Part.From:c.Part.To])
	before := utf8.RuneCountInString(p.text[:c.Part.From])
	msg := "Your text has " + thousands(c.Part.Chars) + " characters, more than the " + thousands(maxCheck) + " checked at once. "
	if p.linkCut {
		msg = "The link carried more than " + thousands(maxCheck) + " characters; only the first " + thousands(maxCheck) + " were read. "
	}
	msg += "Checked: characters " + thousands(before+1) + " to " + thousands(before+checked) + ". All of your text stays in the box."
	return goapp.Div().Class("notice", "part-notice").Role("status").Body(
		goapp.P().Text(msg),
		goapp.If(c.Part.More(p.text), func() goapp.UI {
			next := c.Part.To
			return goapp.Button().Type("button").Class("button").Text("Check the next part").OnClick(func(ctx goapp.Context, e goapp.Event) {
				p.from = next
				p.startCheck(ctx)
			})
		}),
		goapp.If(c.Part.From > 0, func() goapp.UI {
			return goapp.Button().Type("button").Class("button-quiet").Text("Back to the start").OnClick(func(ctx goapp.Context, e goapp.Event) {
				p.from = 0
				p.startCheck(ctx)
			})
		}),
	)
}

// onShowAll shows the rest of the results a few at a time, one batch per
// task, so a long list never blocks the page.
func (p *checkPage) onShowAll(ctx goapp.Context, e goapp.Event) {
	gen := p.gen
	var more func(goapp.Context)
	more = func(ctx goapp.Context) {
		if gen != p.gen || p.check == nil || p.shown >= len(p.check.Results()) {
			return
		}
		p.shown += 25
		afterBrowser(p.scheduler(ctx), more)
	}
	more(ctx)
}

// renderShare offers a link to this check, made only when the reader asks
// (the text then goes into a link, and nowhere else).
func (p *checkPage) renderShare() goapp.UI {
	link := ShareLink(p.text)
	return goapp.P().Class("share").Body(
		goapp.If(link != "", func() goapp.UI {
			return goapp.Button().Type("button").Class("button-quiet").Text("Share a link to this check").OnClick(func(ctx goapp.Context, e goapp.Event) {
				p.shared = share(site().Name, origin()+link)
			})
		}).Else(func() goapp.UI {
			return goapp.Span().Class("help").Textf("This text is too long for a share link (more than %s characters). Copy the results instead.", thousands(maxLink))
		}),
		goapp.If(p.shared != "", func() goapp.UI {
			return goapp.Span().Class("help").Role("status").Text(" " + p.shared)
		}),
	)
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return "e.g. " + s[0]
}
