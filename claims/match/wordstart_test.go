package match

import (
	"strings"
	"testing"
)

// The guard before notTheCase finds "but" and "however" where a word
// starts, not inside "attributed" or "contribute", and the guard and the
// expression agree on sentences of our own.
func TestWordStartsAtGuardsNotTheCase(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"it might sound odd, but that's not the case", true},
		{"However, this is not true.", true},
		{"the attack was attributed to a group", false},
		{"donors contribute to the fund", false},
		{"butter prices rose", true}, // a word start: the expression then decides
	} {
		if got := wordStartsAt(strings.ToLower(tc.s), "but") || wordStartsAt(strings.ToLower(tc.s), "however"); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.s, got, tc.want)
		}
		if l := strings.ToLower(tc.s); notTheCase.FindStringIndex(tc.s) != nil && !wordStartsAt(l, "but") && !wordStartsAt(l, "however") {
			t.Errorf("%q: the expression matches where the guard does not", tc.s)
		}
	}
}
