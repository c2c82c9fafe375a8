package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

// sharedPath returns a path under ../shared (the data beside the project,
// as in CI), skipping the test or benchmark when it is not there.
func sharedPath(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not beside the project", p)
	}
	return p
}
