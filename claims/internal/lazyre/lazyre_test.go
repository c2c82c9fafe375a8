package lazyre

import "testing"

// TestLazyRegexps: a pattern is compiled on first use, once, and every
// pattern made is listed for the tests of the packages that make them.
func TestLazyRegexps(t *testing.T) {
	n := len(All())
	l := New(`^a+$`)
	if len(All()) != n+1 || All()[n] != l {
		t.Fatal("New did not list its pattern")
	}
	first := l.Regexp()
	if !l.MatchString("aaa") || l.MatchString("ab") || l.Regexp() != first {
		t.Fatal("the pattern does not match as compiled once")
	}
}
