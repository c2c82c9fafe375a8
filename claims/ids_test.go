package claims

import (
	"regexp"
	"strings"
	"testing"
)

// idExpression is the regular expression idAlphabet reads as a loop,
// kept here as its reference.
var idExpression = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

var idCases = []string{"", "a", "A", "0", "-", ".", "_", "a-", "a.b_c-d", "-a", ".a", "_a", "a b", "a/b", "a\\b", "é", "aé",
	"a\x00", "a\n", "\na", "Z9", "z.", "a..b", strings.Repeat("a", 200), "a:b", "a~b", "a+b", "a%2e"}

// TestIDAlphabetIsTheExpression: the loop accepts what the regular
// expression it replaces matches, and only that.
func TestIDAlphabetIsTheExpression(t *testing.T) {
	for _, id := range idCases {
		if got, want := idAlphabet(id), idExpression.MatchString(id); got != want {
			t.Errorf("idAlphabet(%q) = %v, the expression: %v", id, got, want)
		}
	}
}

// FuzzIDAlphabet searches for an ID the loop reads otherwise than the
// regular expression.
func FuzzIDAlphabet(f *testing.F) {
	for _, id := range idCases {
		f.Add(id)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if got, want := idAlphabet(id), idExpression.MatchString(id); got != want {
			t.Fatalf("idAlphabet(%q) = %v, the expression: %v", id, got, want)
		}
	})
}
