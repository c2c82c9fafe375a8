//go:build !wasm

package main

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

// demoHandler serves the mock article; widget is the widget's origin
// (http://127.0.0.1:8000).
func demoHandler(widget string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/demo.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Write(demoCSS)
	})
	mux.HandleFunc("/favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Security-Policy", demoCSP(widget))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		demoTemplate.Execute(w, struct{ Widget string }{widget})
	})
	return mux
}
