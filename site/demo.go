//go:build !wasm

package site

import (
	_ "embed"
	"html/template"
	"net/http"
	"strings"
)

// The demo host: a mock news article that embeds the widget with the
// documented snippet, served on another port so embedding is always
// exercised across origins, under a strict Content-Security-Policy that
// allows only what the snippet needs.

//go:embed demo/index.html
var demoPage string

//go:embed demo/demo.css
var demoCSS []byte

var demoTemplate = template.Must(template.New("demo").Parse(demoPage))

// demoCSP is a strict host policy plus the snippet's documented needs:
// script-src and frame-src for the widget's origin.
func demoCSP(widget string) string {
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self' " + widget,
		"frame-src " + widget,
		"style-src 'self'",
		"img-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
	}, "; ")
}

// demoHandler serves the mock article at / and, at /plain, the same
// article without the embed (what embedding costs is the difference
// between the two); widget is the widget's origin (http://127.0.0.1:8000).
func demoHandler(widget string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/demo.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Write(demoCSS)
	})
	mux.HandleFunc("/favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" && r.URL.Path != "/plain" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Security-Policy", demoCSP(widget))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		demoTemplate.Execute(w, struct {
			Widget string
			Embed  bool
		}{widget, r.URL.Path == "/"})
	})
	return getOnly(mux)
}

// getOnly answers 405 to any method but GET and HEAD.
func getOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h.ServeHTTP(w, r)
	})
}
