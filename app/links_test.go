package app

import "testing"

// leadingInts reads what fmt.Sscanf(s, "%d-%d", ...) read: a quote's
// "#q=12-40" link and a "2016-04" date, and nothing from what is not one.
func TestLeadingInts(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		a, b int
	}{
		{"12-40", 2, 12, 40},
		{"2016-04", 2, 2016, 4},
		{"2016-04-05", 2, 2016, 4},
		{"12", 1, 12, -1},
		{"12-", 1, 12, -1},
		{"12-x", 1, 12, -1},
		{"x-40", 0, -1, -1},
		{"", 0, -1, -1},
		{"-3-+4", 2, -3, 4},
		{" 7-8", 2, 7, 8},
		{"99999999999999999999-1", 0, -1, -1},
	} {
		a, b := -1, -1
		if n := leadingInts(c.in, &a, &b); n != c.n || a != c.a || b != c.b {
			t.Errorf("leadingInts(%q) = %d, %d, %d; want %d, %d, %d", c.in, n, a, b, c.n, c.a, c.b)
		}
	}
}
