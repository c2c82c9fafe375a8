package claims

import (
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestLibraryHasNoUI: the claims library packages (everything under
// claims/ but the command, claims/cmd/...) import neither go-app nor the
// UI and site packages, natively and as WebAssembly, so that they run
// natively, under Node and in the browser alike. The command may: its
// serve and static subcommands are the site package.
func TestLibraryHasNoUI(t *testing.T) {
	if runtime.GOOS == "js" || testing.Short() {
		t.Skip("needs the go command")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	list, err := exec.Command(gobin, "list", "./...").Output()
	if err != nil {
		t.Fatalf("go list ./...: %v", err)
	}
	var lib []string
	for _, p := range strings.Fields(string(list)) {
		if !strings.Contains(p, "/claims/cmd/") {
			lib = append(lib, p)
		}
	}
	if len(lib) < 5 {
		t.Fatalf("go list found only %v under claims/", lib)
	}
	for _, want := range []string{"/claims", "/claims/build", "/claims/collections", "/claims/match"} {
		if !slices.ContainsFunc(lib, func(p string) bool { return strings.HasSuffix(p, want) }) {
			t.Fatalf("go list ./... under claims/ lacks %s: %v", want, lib)
		}
	}
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		cmd := exec.Command(gobin, append([]string{"list", "-deps"}, lib...)...)
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps %v: %v", env, err)
		}
		deps := strings.Fields(string(out))
		if len(deps) < len(lib) {
			t.Fatalf("go list -deps %v listed %d packages for %d", env, len(deps), len(lib))
		}
		for _, p := range deps {
			if strings.Contains(p, "maxence-charriere/go-app") || strings.HasSuffix(p, "factcheck/app") || strings.HasSuffix(p, "factcheck/site") {
				t.Errorf("a claims library package (%v) depends on %s", env, p)
			}
		}
	}
}

// TestModelImportsNoBuilder: the model package and the matcher (and so
// the browser client) depend on neither the builder (claims/build) nor the
// collection importers (claims/collections); those import the model.
func TestModelImportsNoBuilder(t *testing.T) {
	if runtime.GOOS == "js" || testing.Short() {
		t.Skip("needs the go command")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		cmd := exec.Command(gobin, "list", "-deps", ".", "./match")
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps %v: %v", env, err)
		}
		for _, p := range strings.Fields(string(out)) {
			if strings.HasSuffix(p, "/claims/build") || strings.HasSuffix(p, "/claims/collections") {
				t.Errorf("claims or claims/match (%v) depends on %s", env, p)
			}
		}
	}
}
