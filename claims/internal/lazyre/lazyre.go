// Package lazyre holds regular expressions compiled on their first use
// rather than at start-up, for every package of the claims library.
//
// The browser links the claims packages for the database and its checks,
// and runs few of the extraction patterns: compiled at init they cost
// every page load (GODEBUG=inittrace=1 under Node: 1.1 s of the client's
// 4.5 s of package init, nearly all compiling these).
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on its first use.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// all are every pattern New made, which each package's tests compile
// (All).
var all []*Regexp

// New returns expr to be compiled on first use (a bad expr panics then,
// as regexp.MustCompile would at start-up; a test compiles them all with
// All). Not inlined: once per pattern would cost the client 120 kB of
// code.
//
//go:noinline
func New(expr string) *Regexp {
	l := &Regexp{expr: expr}
	all = append(all, l)
	return l
}

// All returns every pattern made so far by the packages linked in.
func All() []*Regexp { return all }

// Regexp returns the compiled expression.
func (l *Regexp) Regexp() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *Regexp) Match(b []byte) bool            { return l.Regexp().Match(b) }
func (l *Regexp) MatchString(s string) bool      { return l.Regexp().MatchString(s) }
func (l *Regexp) FindStringIndex(s string) []int { return l.Regexp().FindStringIndex(s) }
func (l *Regexp) FindStringSubmatch(s string) []string {
	return l.Regexp().FindStringSubmatch(s)
}
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	return l.Regexp().FindStringSubmatchIndex(s)
}
