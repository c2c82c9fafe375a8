//go:build !wasm && !race

package main

import "testing"

// skipUnderRace: see race_on_test.go.
func skipUnderRace(testing.TB) {}
