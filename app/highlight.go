package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims/match"
)

// highlighted renders text with its spans marked: words that match the
// other side, differ from it, or are missing from it. Text is always
// rendered as text nodes, never as HTML.
func highlighted(text string, spans []match.Span) []goapp.UI {
	var out []goapp.UI
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if s.Start > at {
			out = append(out, goapp.Text(text[at:s.Start]))
		}
		m := goapp.Mark().Class("hl-" + s.Kind)
		if t := spanTitle[s.Kind]; t != "" {
			m = m.Title(t)
		}
		out = append(out, m.Text(text[s.Start:s.End]))
		at = s.End
	}
	if at < len(text) {
		out = append(out, goapp.Text(text[at:]))
	}
	return out
}

var spanTitle = map[string]string{
	"match":   "same in the statement and the source",
	"differ":  "the statement and the source differ here",
	"missing": "the source does not mention this",
	"other":   "the source words this otherwise",
	// "filter": the letters a list filter matched, untitled
}
