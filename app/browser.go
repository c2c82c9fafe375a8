package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The few things the app asks of the browser directly. Outside it (the
// server, tests) go-app's Window does nothing and these do nothing.

// ignoreRejection handles a promise the reader may reject (by closing the
// share sheet), so that it is not reported as an error.
var ignoreRejection = goapp.FuncOf(func(goapp.Value, []goapp.Value) any { return nil })

// afterBrowser runs f on the UI goroutine once the browser has had a turn
// to handle input and paint. ctx.After does not promise that: its Go
// timer fires without returning to the browser whenever work before it
// overran, so slices of work scheduled with it add up to one long task.
func afterBrowser(ctx goapp.Context, f func(goapp.Context)) {
	if !goapp.IsClient {
		ctx.Dispatch(f)
		return
	}
	var cb goapp.Func
	cb = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		cb.Release()
		ctx.Dispatch(f)
		return nil
	})
	goapp.Window().Call("setTimeout", cb, 0)
}

// origin is the app's address, for links copied or shared.
func origin() string {
	if !goapp.IsClient {
		return ""
	}
	return goapp.Window().Get("location").Get("origin").String()
}

// copyText puts text on the clipboard and says how it went, for the
// button that asked.
func copyText(text string) string {
	if !goapp.IsClient {
		return "Copied"
	}
	clip := goapp.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		return "Copying is not available here"
	}
	clip.Call("writeText", text).Call("catch", ignoreRejection)
	return "Copied"
}

// share hands a link to the system's share sheet where there is one
// (the Web Share API), else copies it; it says which it did.
func share(title, url string) string {
	if !goapp.IsClient {
		return "Link copied"
	}
	nav := goapp.Window().Get("navigator")
	if nav.Get("share").Truthy() {
		nav.Call("share", map[string]any{"title": title, "url": url}).Call("catch", ignoreRejection) // the reader closed the sheet
		return ""
	}
	if copyText(url) == "Copied" {
		return "Link copied"
	}
	return "Copy this link: " + url
}

// textBox is what the reader had in the text box with id when go-app
// starts: it replaces the prerendered page with its own, and what was
// typed before must not be lost.
type textBox struct {
	Value            string
	Focused          bool
	SelStart, SelEnd int
}

func readTextBox(id string) textBox {
	if !goapp.IsClient {
		return textBox{}
	}
	el := goapp.Window().GetElementByID(id)
	if !el.Truthy() {
		return textBox{}
	}
	return textBox{
		Value:    el.Get("value").String(),
		Focused:  goapp.Window().Get("document").Get("activeElement").Equal(el),
		SelStart: el.Get("selectionStart").Int(),
		SelEnd:   el.Get("selectionEnd").Int(),
	}
}

// restore gives the new text box the focus and selection the old had.
func (b textBox) restore(id string) {
	if !goapp.IsClient || !b.Focused {
		return
	}
	el := goapp.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	el.Call("focus", map[string]any{"preventScroll": true})
	el.Call("setSelectionRange", b.SelStart, b.SelEnd)
}

// revealResults scrolls the first result into view when it is below the
// visible part of the page (on a phone, behind the on-screen keyboard),
// without moving the focus from the text box, and never so far that the
// text box's top leaves the screen.
func revealResults() {
	if !goapp.IsClient {
		return
	}
	w := goapp.Window()
	doc := w.Get("document")
	first := doc.Call("querySelector", "#results .summary, #results .result")
	box := doc.Call("getElementById", "statement")
	if !first.Truthy() || !box.Truthy() {
		return
	}
	top, height := 0.0, w.Get("innerHeight").Float()
	if vv := w.Get("visualViewport"); vv.Truthy() {
		top, height = vv.Get("offsetTop").Float(), vv.Get("height").Float()
	}
	r := first.Call("getBoundingClientRect")
	want := min(r.Get("height").Float(), height*0.4) // enough of it to read
	dy := r.Get("top").Float() + want - (top + height)
	if dy <= 0 {
		return
	}
	dy = min(dy, box.Call("getBoundingClientRect").Get("top").Float()-top)
	if dy > 0 {
		w.Call("scrollBy", map[string]any{"top": dy, "behavior": "smooth"})
	}
}

// fitHeight grows a text box with its text where the browser cannot do
// it from CSS (field-sizing: content, in web/app.css), up to its
// max-height.
func fitHeight(box goapp.Value) {
	if !goapp.IsClient {
		return
	}
	if css := goapp.Window().Get("CSS"); css.Truthy() && css.Call("supports", "field-sizing", "content").Bool() {
		return
	}
	style := box.Get("style")
	style.Set("height", "auto")
	style.Set("height", strconv.Itoa(box.Get("scrollHeight").Int()+4)+"px")
}

// scrollToThird scrolls the element with id to about a third of the way
// down the visible page, so the lines above it, and what the page keeps
// on top, stay in view; never under a bar the page keeps stuck to the top
// (the article view's source line, which on a phone may take several
// lines).
func scrollToThird(id string) {
	if !goapp.IsClient {
		return
	}
	w := goapp.Window()
	el := w.GetElementByID(id)
	if !el.Truthy() {
		return
	}
	clear := 0.0 // the bottom of what is stuck to the top of the screen
	bars := w.Get("document").Call("querySelectorAll", ".source-bar, .filter-bar")
	for i := 0; i < bars.Get("length").Int(); i++ {
		r := bars.Call("item", i).Call("getBoundingClientRect")
		clear = max(clear, r.Get("height").Float())
	}
	h := w.Get("innerHeight").Float()
	y := el.Call("getBoundingClientRect").Get("top").Float() + w.Get("scrollY").Float() - max(h/3, clear+16)
	w.Call("scrollTo", map[string]any{"top": max(0, y)})
}
