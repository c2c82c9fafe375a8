//go:build !wasm && race

package site

import "testing"

// skipUnderRace skips a test with no concurrency of its own when the race
// detector is on: make test runs it without, and under -race (about 5x
// slower) it would only lengthen make test-race.
func skipUnderRace(t testing.TB) {
	t.Helper()
	t.Skip("no concurrency of its own: run without -race (make test-go)")
}
