//go:build !wasm

package app

import (
	"strings"
	"testing"
)

// TestOfflineButton: a sharded archive offers "Make available offline";
// a database that comes whole with the page says it works offline already.
func TestOfflineButton(t *testing.T) {
	if html := render(t, newOfflineButton()); strings.Contains(html, "<button") || !strings.Contains(html, "works offline") {
		t.Errorf("whole database: %s", html)
	}
	t.Setenv(shardsEnv, ShardsPath)
	html := render(t, newOfflineButton())
	if !strings.Contains(html, "Make available offline") || !strings.Contains(html, "<button") {
		t.Errorf("sharded archive: %s", html)
	}
	b := &offlineButton{state: offlineWorking, got: 2_500_000, total: 7_000_000}
	if html := render(t, b); !strings.Contains(html, "<progress") || !strings.Contains(html, "2.5 MB of 7.0 MB") || !strings.Contains(html, "disabled") {
		t.Errorf("downloading: %s", html)
	}
	b = &offlineButton{state: offlineFailed, err: "404 Not Found"}
	if html := render(t, b); !strings.Contains(html, `role="alert"`) || !strings.Contains(html, "404 Not Found") || !strings.Contains(html, "Try again") {
		t.Errorf("failed: %s", html)
	}
}
