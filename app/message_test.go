//go:build !wasm

package app

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims/match"
)

// viaJSON is u as encoding/json carried it from the worker to the page
// before (json.Marshal, then json.Unmarshal); ok is false where
// json.Marshal fails.
func viaJSON(u checkUpdate) (checkUpdate, bool) {
	b, err := json.Marshal(u)
	if err != nil {
		return checkUpdate{}, false
	}
	var got checkUpdate
	if err := json.Unmarshal(b, &got); err != nil {
		panic(err)
	}
	return got, true
}

// withoutEmptySpans makes every empty list of spans nil: encoding/json
// leaves an empty one out (omitempty), and reads it back as none.
func withoutEmptySpans(u checkUpdate) checkUpdate {
	none := func(p *[]match.Span) {
		if len(*p) == 0 {
			*p = nil
		}
	}
	for i := range u.Sentences {
		r := &u.Sentences[i].Result
		none(&r.Spans)
		for j := range r.Matches {
			none(&r.Matches[j].Spans)
			for k := range r.Matches[j].Sources {
				none(&r.Matches[j].Sources[k].Spans)
			}
		}
	}
	return u
}

// checkUpdateCrosses fails t when u, written by encodeUpdate and read by
// decodeUpdate, is not what encoding/json carried (the same update, with
// strings that are not UTF-8 mended the same way), or when one of them
// refuses it and the other does not.
func checkUpdateCrosses(t *testing.T, u checkUpdate) {
	t.Helper()
	want, jsonOK := viaJSON(u)
	b, ok := encodeUpdate(u)
	if ok != jsonOK {
		t.Fatalf("encodeUpdate ok = %v, json.Marshal ok = %v, for %#v", ok, jsonOK, u)
	}
	if !ok {
		return
	}
	got, err := decodeUpdate(string(b))
	if err != nil {
		t.Fatalf("decodeUpdate(%s): %v", b, err)
	}
	if !reflect.DeepEqual(withoutEmptySpans(got), withoutEmptySpans(want)) {
		t.Fatalf("the page read\n%#v\nencoding/json carried\n%#v\n(%s)", got, want, b)
	}
}

// TestUpdatesOfSeedChecksCross: the updates of real checks on the seed
// (supported, contradicted, unverified and not checkable sentences, with
// their claims, sources and spans) reach the page as they left the
// worker, and as encoding/json carried them.
func TestUpdatesOfSeedChecksCross(t *testing.T) {
	db := seedDB(t)
	for _, text := range []string{
		"Russia has no extradition treaty with the United States. Is the hotline still in force? Hello!",
		"The hotline between Moscow and Washington remains in force. Vadim Polyakov was arrested in 2016.",
		"The Eiffel Tower is the tallest structure in Paris. <b>Biden</b> & Putin met in Geneva in June 2021.",
		"",
	} {
		c := db.Index.NewTextCheck(text)
		for sent := 0; ; {
			c.Next(time.Millisecond)
			u := updateOf(c, sent)
			checkUpdateCrosses(t, u)
			b, _ := encodeUpdate(u)
			if got, err := decodeUpdate(string(b)); err != nil || !reflect.DeepEqual(got, u) {
				t.Fatalf("an update of %q did not cross as it was: %v", text, err)
			}
			sent = len(c.Sentences())
			if c.Done() {
				break
			}
		}
	}
}

// someUpdate is an update with every field set from a few values.
func someUpdate(s string, n int, f float64, b bool) checkUpdate {
	span := []match.Span{{Start: n, End: n + 1, Kind: s}}
	src := match.MatchSource{Article: s, Outlet: s, Headline: s, Published: s, DateInferred: b, URL: s, Quote: s, Start: n, End: -n, Spans: span}
	m := match.Match{ClaimID: s, Claim: s, Kind: s, Stance: match.Stance(s), Score: f, Reason: s, Speaker: s, Date: s, Rating: s, URL: s,
		Sources: []match.MatchSource{src, {Spans: []match.Span{}}}, Spans: span}
	res := match.Result{Text: s, Start: n, End: n, Checkable: b, NotCheckable: s, Verdict: match.Verdict(s), Confidence: f / 7, Reason: s,
		Matches: []match.Match{m, {Sources: []match.MatchSource{}}}, Spans: span}
	return checkUpdate{From: n, Sentences: []sentence{{Result: res, Count: n}, {}}, Counts: []int{n, 0, -1},
		Tally: match.Counts{Supported: n, Contradicted: 1, Unverified: 2, NotCheckable: 3}, Checked: n, Total: n * 2, Repeats: 1, Done: b, Err: s}
}

// TestUpdatesCross: every field, empty lists against none, strings JSON
// escapes or that are not UTF-8, numbers that are not finite (refused);
// and what is not an update is refused.
func TestUpdatesCross(t *testing.T) {
	checkUpdateCrosses(t, checkUpdate{})
	checkUpdateCrosses(t, checkUpdate{Sentences: []sentence{}, Counts: []int{}})
	for _, f := range []float64{0, math.Copysign(0, -1), 0.873, 1e-9, 1e22, math.MaxFloat64, math.NaN(), math.Inf(-1)} {
		checkUpdateCrosses(t, someUpdate("a \"quote\" <b> & \u2028 \xff é\n", 3, f, true))
		checkUpdateCrosses(t, someUpdate("", math.MinInt64, f, false))
	}
	good, _ := encodeUpdate(someUpdate("x", 1, 0.5, true))
	for _, s := range []string{"", "[]", "[0]", `{"from": 0}`, "not json", string(good[:len(good)-1]), string(good) + "]",
		string(good[:len(good)-1]) + `,1]`} {
		if _, err := decodeUpdate(s); err == nil {
			t.Errorf("decodeUpdate(%q) read an update", s)
		}
	}
}

// FuzzUpdateCrosses searches for an update the page reads otherwise than
// encoding/json carried it, and for text decodeUpdate reads that
// encodeUpdate would not write back the same.
func FuzzUpdateCrosses(f *testing.F) {
	good, _ := encodeUpdate(someUpdate("x", 1, 0.5, true))
	f.Add("supported", 2, 0.9, true, string(good))
	f.Add("\x00<>&\u2029", -5, 1e-7, false, "[0,null,null,[0,0,0,0],0,0,0,false,\"\"]")
	f.Fuzz(func(t *testing.T, s string, n int, x float64, b bool, raw string) {
		checkUpdateCrosses(t, someUpdate(s, n, x, b))
		if u, err := decodeUpdate(raw); err == nil {
			again, ok := encodeUpdate(u)
			if back, err := decodeUpdate(string(again)); !ok || err != nil || !reflect.DeepEqual(back, u) {
				t.Fatalf("read %q as %#v, which does not cross again", raw, u)
			}
		}
	})
}
