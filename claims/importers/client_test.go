package importers

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// The WebAssembly client never links the HTML and feed readers: they
// would grow app.wasm for code the browser never runs.
func TestClientDoesNotImportImporters(t *testing.T) {
	if runtime.GOOS == "js" || testing.Short() {
		t.Skip("needs the go command")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command(gobin, "list", "-deps", "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasSuffix(pkg, "/claims/importers") || strings.Contains(pkg, "go-readability") || strings.Contains(pkg, "go-trafilatura") || strings.Contains(pkg, "whatlanggo") || strings.Contains(pkg, "gofeed") || pkg == "golang.org/x/net/html" {
			t.Errorf("the wasm client imports %s", pkg)
		}
	}
}
