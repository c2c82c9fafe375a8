package text

import (
	"reflect"
	"testing"
)

// Invisible format characters (soft hyphen, zero-width space, joiner and
// non-joiner, word joiner, byte-order mark, direction marks) do not cut a
// word or change its term, and no-break and other spaces are spaces; the
// tokens still point into the original text (issue 18 point 3: a source's
// "Vladi\u00admir" contradicted a true sentence about Vladimir Putin).
func TestInvisibleCharactersAndSpaces(t *testing.T) {
	for in, want := range map[string][]string{
		"Vladi\u00admir Putin":                           {"vladimir", "putin"},
		"\ufeffVladimir\u00a0Putin":                      {"vladimir", "putin"},
		"Vla\u200bdi\u200cmir Pu\u200dtin\u2060":         {"vladimir", "putin"},
		"Putin\u200e met\u2009Biden\u202fin\u3000Geneva": {"putin", "meet", "biden", "in", "geneva"},
		"cyber\u00ad-\u00adsecurity":                     {"cyber", "secur"},
		"\u00ad\u200b":                                   nil,
		"ex\u00ad\u00adtra\u00ad":                        {"extra"},
	} {
		toks := Analyze(in)
		var got []string
		for _, tk := range toks {
			if in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets %d:%d", in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Term)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Analyze(%q) terms %q, want %q", in, got, want)
		}
	}
	if got := Normalize("Vladi\u00admir\u00a0Putin\u200b"); got != "vladimir putin" {
		t.Errorf("Normalize: %q", got)
	}
}
