package main

import (
	"embed"
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims/wordlist"
)

// supplementFS holds supplement.txt, the geography written for factcheck that the sources
// lack (see its header); it is merged into data/countries.txt and
// data/capitals.txt, which stay the one list.
//
//go:embed supplement.txt
var supplementFS embed.FS

// supplement is supplement.txt read: more names, demonyms and capital
// names by ISO 3166-1 code, and the blocs.
type supplement struct {
	names, demonyms, capitals map[string][]string
	blocs                     []bloc
	written                   map[string]bool // every name the supplement writes: never a common word
}

type bloc struct {
	code, name string
	names      []string
}

func readSupplement() (supplement, error) {
	sup := supplement{names: map[string][]string{}, demonyms: map[string][]string{}, capitals: map[string][]string{}, written: map[string]bool{}}
	for _, sec := range wordlist.Sections(supplementFS, "supplement.txt") {
		for i, line := range sec.Entries {
			key, items, ok := strings.Cut(line, ":")
			if !ok {
				return sup, fmt.Errorf("supplement.txt:%d: %q is not \"key: names\"", sec.Lines[i], line)
			}
			var names []string
			for _, n := range strings.Split(items, ",") {
				if n = strings.Join(strings.Fields(n), " "); n != "" {
					names = append(names, n)
					sup.written[n] = true
				}
			}
			key = strings.TrimSpace(key)
			switch sec.Name {
			case "blocs":
				code, name, ok := strings.Cut(key, " ")
				if !ok {
					return sup, fmt.Errorf("supplement.txt:%d: a bloc is \"code name: names\"", sec.Lines[i])
				}
				sup.written[name] = true
				sup.blocs = append(sup.blocs, bloc{code, name, names})
			case "names":
				sup.names[key] = append(sup.names[key], names...)
			case "demonyms":
				sup.demonyms[key] = append(sup.demonyms[key], names...)
			case "capitals":
				sup.capitals[key] = append(sup.capitals[key], names...)
			default:
				return sup, fmt.Errorf("supplement.txt:%d: unknown section [%s]", sec.Line, sec.Name)
			}
		}
	}
	return sup, nil
}
