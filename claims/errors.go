package claims

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a place in an input file.
type Pos struct {
	File string
	Line int // 1-based; 0 when the problem concerns the whole file
}

func (p Pos) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return p.File
}

// Problem is one thing wrong with one input, at a position. A warning
// says what was dropped or changed while the input was still read (an
// unsafe URL left out, an ID made file-safe); any other problem is an
// error.
type Problem struct {
	Pos     Pos
	Msg     string
	Warning bool
}

func (p Problem) Error() string {
	if p.Warning {
		return p.Pos.String() + ": warning: " + p.Msg
	}
	return p.Pos.String() + ": " + p.Msg
}

// ErrorList collects per-file problems, like go/scanner's ErrorList, so a
// build reports every broken article at once instead of the first.
type ErrorList []Problem

// Add appends a problem.
//
// Not inlined: the client checks a database with Validate, and a copy in
// each of its calls cost app.wasm more than the call.
//
//go:noinline
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, Problem{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Warn appends a warning.
//
// Not inlined: the client checks a database with Validate, and a copy in
// each of its calls cost app.wasm more than the call.
//
//go:noinline
func (l *ErrorList) Warn(pos Pos, format string, args ...any) {
	*l = append(*l, Problem{Pos: pos, Msg: fmt.Sprintf(format, args...), Warning: true})
}

// Warnings returns the warnings alone, sorted.
func (l ErrorList) Warnings() ErrorList {
	var out ErrorList
	for _, p := range l {
		if p.Warning {
			out = append(out, p)
		}
	}
	out.Sort()
	return out
}

// Sort orders problems by file and line.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Pos.File != l[j].Pos.File {
			return l[i].Pos.File < l[j].Pos.File
		}
		return l[i].Pos.Line < l[j].Pos.Line
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, p := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Err returns nil when the list holds no errors (warnings alone are not
// a failure), else the errors, sorted.
func (l ErrorList) Err() error {
	var errs ErrorList
	for _, p := range l {
		if !p.Warning {
			errs = append(errs, p)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	errs.Sort()
	return errs
}
