//go:build js

package main

import "time"

// cpuTime is not known under js/wasm (Node): the probe's "CPU + network"
// figure is then the network's share alone.
func cpuTime() time.Duration { return 0 }
