package match

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// Stepped a sentence at a time, as the page and the embed step it, a text
// gets the report CheckText gives.
func TestTextCheckSteppedIsCheckText(t *testing.T) {
	ix := seedIndex(t)
	for _, text := range []string{
		"Drinkman was arrested in 2012. He was extradited to the United States.",
		"what did bossert say about russia",
		"Roman Seleznev was arrested in 2014. Roman Seleznev was arrested in 2014. Die Gespräche sind wichtig und das ist gut.",
		"https://example.com/x",
	} {
		c := ix.NewTextCheck(text)
		steps := 0
		for c.Next(time.Nanosecond) {
			steps++
		}
		if steps+1 != c.Total() {
			t.Errorf("%q: %d steps for %d sentences", text, steps+1, c.Total())
		}
		got, _ := json.Marshal(c.Report())
		want, _ := json.Marshal(ix.CheckText(text))
		if string(got) != string(want) {
			t.Errorf("%q:\nstepped %s\nwhole   %s", text, got, want)
		}
	}
}

// A check that reuses an earlier one's results says the same.
func TestTextCheckReuseChangesNothing(t *testing.T) {
	ix := seedIndex(t)
	first := ix.NewTextCheck("Drinkman was arrested in 2012. He was extradited to the United")
	for first.Next(time.Hour) {
	}
	text := "Drinkman was arrested in 2012. He was extradited to the United States."
	c := ix.NewTextCheck(text)
	c.Reuse(first)
	for c.Next(time.Hour) {
	}
	got, _ := json.Marshal(c.Report())
	want, _ := json.Marshal(ix.CheckText(text))
	if string(got) != string(want) {
		t.Errorf("reused:\n%s\nfresh:\n%s", got, want)
	}
}

// Repeated sentences are checked once and counted; each still stands in
// the report in its place.
func TestTextCheckRepeats(t *testing.T) {
	ix := seedIndex(t)
	c := ix.NewTextCheck("Roman Seleznev was arrested in 2014. roman  seleznev was arrested in 2014. Drinkman was arrested in 2012.")
	for c.Next(time.Hour) {
	}
	if n := len(c.Sentences()); n != 2 || c.Sentences()[0].Count != 2 || c.Repeats() != 1 {
		t.Errorf("%d distinct sentences, %+v repeats %d", n, c.Sentences(), c.Repeats())
	}
	if rep := c.Report(); len(rep.Sentences) != 3 || rep.Sentences[1].Start == rep.Sentences[0].Start {
		t.Errorf("report sentences %+v", rep.Sentences)
	}
}

// A name alone, or a phrase with no verb, gets no badge; a statement
// with a verb, typed in capitals, with a typo or a noun-like verb, does.
func TestNoVerbNoBadge(t *testing.T) {
	ix := seedIndex(t)
	for _, s := range []string{"Roman Seleznev", "Biden and Putin in Geneva", "extradition treaty with Russia", "Trump and Putin at the G20"} {
		if r := ix.CheckText(s); r.Checkable || r.NotCheckable != ReasonNoVerb {
			t.Errorf("%q: %s %q, want not checkable (no verb)", s, r.Verdict, r.NotCheckable)
		}
	}
	for _, s := range []string{"Russia and the US cooperate on cyber", "ROMAN SELEZNEV WAS ARRESTED IN 2014", "Russa annexd Crimea in 2014", "He's leaving his post", "Seleznev got 27 years in prison", "Officials took part in the talks"} {
		if r := ix.CheckText(s); !r.Checkable {
			t.Errorf("%q: not checkable (%s)", s, r.NotCheckable)
		}
	}
}

// A reason never says the same thing twice.
func TestReasonDoesNotRepeatItself(t *testing.T) {
	for in, want := range map[string]string{
		`The source says "more than three hours", you wrote "less than an hour"; the source says "more", you wrote "less".`: `The source says "more than three hours", you wrote "less than an hour".`,
		`The source says "praised", you wrote "criticized".`:                                                                `The source says "praised", you wrote "criticized".`,
		`The source says 2012, you wrote 2016; the source says "Amsterdam", you wrote "Paris".`:                             `The source says 2012, you wrote 2016; the source says "Amsterdam", you wrote "Paris".`,
	} {
		if got := tidyReason(in); got != want {
			t.Errorf("tidyReason(%q) = %q", in, got)
		}
	}
	ix := seedIndex(t)
	if r := ix.CheckText("Biden and Putin talked for less than an hour."); strings.Count(r.Reason, "you wrote") != 1 {
		t.Errorf("reason repeats itself: %q", r.Reason)
	}
}
