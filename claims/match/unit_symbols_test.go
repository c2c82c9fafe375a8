package match

import "testing"

// TestUnitSymbolIsNoName: a unit symbol written with a capital after a
// figure ("151 PS", "2 MB") is a unit, which the figures rule compares,
// not a name the source must have, nor a word it must say. The
// sentences are written for this test.
func TestUnitSymbolIsNoName(t *testing.T) {
	ix := articleIndexWithLexicon(t, "The new Harlow engine puts out 151 horsepower, the maker said on Monday.")
	for _, tc := range []struct {
		statement string
		supported bool
	}{
		{"The new Harlow engine puts out 151 PS, the maker said on Monday.", true},
		{"The new Harlow engine puts out 160 PS, the maker said on Monday.", false},
	} {
		r := ix.Check(tc.statement)
		if got := r.Verdict == Supported; got != tc.supported {
			t.Errorf("%q: got %s (%s), want supported=%v", tc.statement, r.Verdict, r.Reason, tc.supported)
		}
	}
}
