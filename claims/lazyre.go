package claims

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use rather
// than at start-up. The browser links this package for the database and
// its checks, and runs few of the extraction patterns: compiled at init
// they cost every page load (GODEBUG=inittrace=1 under Node: 1.1 s of
// the client's 4.5 s of package init, nearly all compiling these).
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRegexps are every pattern lazyRE made, which a test compiles.
var lazyRegexps []*lazyRegexp

// lazyRE returns expr to be compiled on first use (a bad expr panics
// then, as regexp.MustCompile would at start-up; TestLazyRegexps
// compiles them all). Not inlined: once per pattern would cost the
// client 120 kB of code.
//
//go:noinline
func lazyRE(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// Regexp returns the compiled expression.
func (l *lazyRegexp) Regexp() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRegexp) Match(b []byte) bool            { return l.Regexp().Match(b) }
func (l *lazyRegexp) MatchString(s string) bool      { return l.Regexp().MatchString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.Regexp().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	return l.Regexp().FindStringSubmatch(s)
}
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.Regexp().FindStringSubmatchIndex(s)
}
