//go:build !wasm

package app

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims/match"
)

// statementTexts are the texts of every labelled statement file: the
// matcher's (claims/match/testdata) and the shared development set when
// it is there.
func statementTexts(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../claims/match/testdata/*.jsonl")
	if _, err := os.Stat("../../shared/eval/dev.jsonl"); err == nil {
		files = append(files, "../../shared/eval/dev.jsonl")
	}
	var out []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var c struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &c) == nil && c.Text != "" {
				out = append(out, c.Text)
			}
		}
		fh.Close()
	}
	if len(out) == 0 {
		t.Fatal("no statement files found")
	}
	return out
}

// shown is what the page shows of a check: the overall verdict and
// reason, and each distinct sentence's verdict and reason.
type shown struct {
	Verdict   match.Verdict
	Reason    string
	Sentences []string
}

// pageShows checks text the way the check page does: sliced under a tiny
// budget, as a slow phone would.
func pageShows(db database, text string) shown {
	c := newTextCheck(db.Index, text, 0, nil)
	for !c.Done() {
		c.Step(time.Nanosecond)
	}
	rep := c.local.Report()
	s := shown{Verdict: rep.Verdict, Reason: rep.Reason}
	for _, r := range c.Results() {
		s.Sentences = append(s.Sentences, string(r.Verdict)+": "+r.Reason)
	}
	return s
}

// workerShows checks text the way the page does with its Web Worker: the
// worker steps the check under a tiny budget and sends an update after
// each slice, as JSON (engine_wasm.go); the page applies them. The overall
// verdict is the summary's (the counts'); the reason is the worker's
// report's, which the embed API sends.
func workerShows(t *testing.T, db database, text string) shown {
	t.Helper()
	c := newEngineCheck(text, 0)
	w := db.Index.NewTextCheck(c.text)
	sent := 0
	for !c.Done() {
		w.Next(time.Nanosecond)
		b, err := json.Marshal(updateOf(w, sent))
		if err != nil {
			t.Fatal(err)
		}
		sent = len(w.Sentences())
		var u checkUpdate
		if err := json.Unmarshal(b, &u); err != nil {
			t.Fatal(err)
		}
		c.apply(u)
	}
	if got, want := c.Results(), w.Sentences(); !reflect.DeepEqual(got, want) {
		t.Errorf("%q: the page has other sentences than the worker:\n%+v\n%+v", text, got, want)
	}
	rep := w.Report()
	s := shown{Verdict: c.Counts().Verdict(), Reason: rep.Reason}
	for _, r := range c.Results() {
		s.Sentences = append(s.Sentences, string(r.Verdict)+": "+r.Reason)
	}
	return s
}

// engineSays is what CheckText (the command's `check -jsonl`, the embed
// API) says of text, its repeated sentences once.
func engineSays(ix *match.Index, text string) shown {
	rep := ix.CheckText(text)
	s := shown{Verdict: rep.Verdict, Reason: rep.Reason}
	sentences := rep.Sentences
	if len(sentences) == 0 {
		sentences = []match.Result{rep.Result}
	}
	seen := map[string]bool{}
	for _, r := range sentences {
		key := strings.ToLower(strings.Join(strings.Fields(r.Text), " "))
		if seen[key] {
			continue
		}
		seen[key] = true
		s.Sentences = append(s.Sentences, string(r.Verdict)+": "+r.Reason)
	}
	return s
}

// TestPageShowsWhatTheEngineSays: every labelled statement, checked the
// way the page checks it (in the page, and through its Web Worker), gets the verdicts and reasons CheckText gives.
func TestPageShowsWhatTheEngineSays(t *testing.T) {
	db := seedDB(t)
	texts := statementTexts(t)
	differ := 0
	for _, text := range texts {
		page, worker, engine := pageShows(db, text), workerShows(t, db, text), engineSays(db.Index, text)
		pj, _ := json.Marshal(page)
		wj, _ := json.Marshal(worker)
		ej, _ := json.Marshal(engine)
		if string(pj) != string(ej) || string(wj) != string(ej) {
			differ++
			if differ <= 10 {
				t.Errorf("%q:\n page   %s\n worker %s\n engine %s", text, pj, wj, ej)
			}
		}
	}
	t.Logf("%d texts, %d shown otherwise on the page than the engine says", len(texts), differ)
	if differ > 0 {
		t.Errorf("the page and the engine differ on %d of %d texts", differ, len(texts))
	}
}
