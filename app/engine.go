package app

import (
	"github.com/factcheck/factcheck/claims/match"
)

// The check engine off the page's main thread (issue 21). In the browser
// the page starts a dedicated Web Worker (web/check-worker.js) running the
// same app.wasm in its engine role (engine_wasm.go): it loads the database
// and its index, runs the checks (match.TextCheck, the one check path)
// and posts what it found after each slice. The page's go-app UI on the
// main thread sends the texts and renders what comes back: a long check
// never holds the page. Where no worker can start, or its database does
// not load, the page checks in itself, stepped a slice at a time, as
// before (checking.go).

// engine is a check engine away from the page's main thread, or nil where
// there is none (on the server, in tests, in a browser where the worker
// could not start).
type engine interface {
	// CheckPart checks the part of the reader's text the page shows,
	// calling update with what was found after each slice, on the
	// page's thread. A later CheckPart supersedes it: its updates stop.
	CheckPart(text string, update func(checkUpdate))
	// CheckWhole checks text to its end (the embed API) and calls done
	// with the JSON of its report, as `check -jsonl` writes it.
	CheckWhole(text string, done func(report string, err error))
	// Working reports whether the engine still checks: false once it
	// failed, and the page checks in itself.
	Working() bool
}

// checkUpdate is what the engine found of a check so far, sent after each
// slice: the distinct sentences found since the last update, and what
// changes as the check goes on (counts of repeats, totals).
type checkUpdate struct {
	From      int          `json:"from"`      // the index, among the distinct sentences, of Sentences[0]
	Sentences []sentence   `json:"sentences"` // the distinct sentences from From on
	Counts    []int        `json:"counts"`    // how often each distinct sentence stands in the text so far
	Tally     match.Counts `json:"tally"`
	Checked   int          `json:"checked"`
	Total     int          `json:"total"`
	Repeats   int          `json:"repeats"`
	Done      bool         `json:"done"`
	// Err says the engine could not check (its database did not load,
	// it stopped): the page checks the text itself.
	Err string `json:"err,omitempty"`
}

// updateOf is the update of c after its first sent distinct sentences were
// sent already.
func updateOf(c *match.TextCheck, sent int) checkUpdate {
	all := c.Sentences()
	u := checkUpdate{From: sent, Sentences: all[min(sent, len(all)):], Counts: make([]int, len(all)),
		Tally: c.Counts(), Checked: c.Checked(), Total: c.Total(), Repeats: c.Repeats(), Done: c.Done()}
	for i, s := range all {
		u.Counts[i] = s.Count
	}
	return u
}

// apply takes an update of the engine's check into c.
func (c *textCheck) apply(u checkUpdate) {
	c.view.sentences = append(c.view.sentences[:min(u.From, len(c.view.sentences))], u.Sentences...)
	for i, n := range u.Counts {
		if i < len(c.view.sentences) {
			c.view.sentences[i].Count = n
		}
	}
	c.view.counts, c.view.checked, c.view.total, c.view.repeats, c.view.done = u.Tally, u.Checked, u.Total, u.Repeats, u.Done
}
