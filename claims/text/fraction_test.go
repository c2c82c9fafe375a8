package text

import "testing"

// TestFractions: a fraction in words is one term, never the ordinal's
// number; an ordinal that is no fraction stays a number.
func TestFractions(t *testing.T) {
	for _, tc := range []struct {
		in, word, term string
		kind           Kind
	}{
		{"A third of the voters backed it.", "third", "1/3", Number},
		{"one-third of the staff", "third", "1/3", Number},
		{"Two thirds of the seats", "thirds", "2/3", Number},
		{"three quarters of voters", "quarters", "3/4", Number},
		{"a fifth of the jobs", "fifth", "1/5", Number},
		{"in the third quarter", "third", "3", Number},
		{"a third term", "third", "3", Number},
		{"LeBron is third in NBA history", "third", "3", Number},
		{"Three voters backed it.", "Three", "3", Number},
	} {
		var found bool
		for _, tk := range Analyze(tc.in) {
			if tk.Text != tc.word {
				continue
			}
			found = true
			if tk.Term != tc.term || tk.Kind != tc.kind {
				t.Errorf("%q: %q is %q (%v), want %q (%v)", tc.in, tc.word, tk.Term, tk.Kind, tc.term, tc.kind)
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tc.in, tc.word)
		}
	}
	// "Two thirds of" is one figure, a share: no count of two is left.
	qs := Quantities(Analyze("Two thirds of the seats changed hands."), nil)
	if len(qs) != 1 || qs[0].Unit != "share of seat" || qs[0].Value != 2.0/3 || qs[0].Start != 0 {
		t.Errorf("two thirds: quantities %+v, want one share of seat from 0", qs)
	}
}
