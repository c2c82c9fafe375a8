package text

import (
	"strings"
	"testing"
)

// A time of day typed as readers type it ("7pm", "7 PM", "11:45am")
// shares its terms with the way the press writes it ("7 p.m.",
// "11:45 a.m."), and keeps its spans; "am" and "pm" elsewhere stay what
// they are. The sentences are written for this test.
func TestTimesOfDayShareTheirTerms(t *testing.T) {
	for _, tc := range []struct{ typed, press string }{
		{"the ferry leaves at 7pm", "the ferry leaves at 7 p.m."},
		{"the ferry leaves at 7 PM", "the ferry leaves at 7 p.m."},
		{"doors open at 11:45am on Friday", "doors open at 11:45 a.m. on Friday"},
		{"kickoff moved to a 1pm start", "kickoff moved to a 1 p.m. start"},
		{"the shop shuts at 9 pm", "the shop shuts at 9 p.m."},
	} {
		got, want := strings.Join(Terms(Analyze(tc.typed)), " "), strings.Join(Terms(Analyze(tc.press)), " ")
		if got != want {
			t.Errorf("%q = %q, want %q (as %q)", tc.typed, got, want, tc.press)
		}
	}
	s := "the ferry leaves at 7pm"
	for _, tk := range Analyze(s) {
		if s[tk.Start:tk.End] != tk.Text {
			t.Errorf("%q: token %q spans %q", s, tk.Text, s[tk.Start:tk.End])
		}
	}
	if toks := Analyze("at 7pm"); len(toks) != 3 || toks[1].Kind != Number || toks[1].Num != 7 || toks[2].Text != "pm" {
		t.Errorf("at 7pm = %+v, want the figure 7 and its pm", toks)
	}
	for s, want := range map[string]string{
		"the PM said no":     "pm no",
		"i am 40 this year":  "40 year",
		"a 300pm laser":      "300pm laser",
		"the 2am club opens": "2 a.m. club open",
	} {
		if got := strings.Join(Terms(Analyze(s)), " "); got != want {
			t.Errorf("%q = %q, want %q", s, got, want)
		}
	}
}
