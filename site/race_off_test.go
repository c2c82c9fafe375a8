//go:build !wasm && !race

package site

import "testing"

// skipUnderRace: see race_on_test.go.
func skipUnderRace(testing.TB) {}
