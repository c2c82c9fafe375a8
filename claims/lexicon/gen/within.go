package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// withinList says where the gazetteer's places lie: for every place of
// countries.txt, capitals.txt and places.txt that WordNet makes part of
// another (its part holonyms, "#p": "munich" of "bavaria", "bavaria" of
// "germany"), the nearest such places of the gazetteer, climbing past
// holonyms the gazetteer leaves out; and every ISO 3166-2 subdivision
// whose name is a place of places.txt, in its parent subdivision or
// country ("texas" in "united states"). One line a container: its name
// and the names of the places directly in it, each place by one name (a
// country's canonical name, else the first name the lists keep of it:
// "munich", not "muenchen"), so that the browser's copy stays small. Only
// the direct containers are listed: a reader follows the chain (munich,
// bavaria, germany). The places in a continent are left out: the matcher
// holds a continent to hold every place.
func withinList(wn *wordNet, c *countries, isoDir string, src sources) (nameList, error) {
	h := src.wordnetHeader(
		"Where the gazetteer's places lie: for each place of countries.txt, capitals.txt and places.txt, the nearest places of those lists WordNet makes it part of (its part holonyms, climbing past those the lists leave out; continents left out), and the ISO 3166-2 subdivisions named in places.txt, in their parent subdivision or country; one line a container. Only direct containers: \"munich\" is in \"bavaria\", \"bavaria\" in \"germany\". Each place by one name: a country's canonical name, else the first name the lists keep of it.",
		"container", "the places directly in it")
	h = slices.Insert(h, 2, "ISO 3166-2 subdivisions: iso-codes "+src.isoCodes+" (Debian package iso-codes, /usr/share/iso-codes/json/iso_3166-2.json), licence LGPL-2.1-or-later.")

	// names gives the names the gazetteer keeps of a place synset, none
	// for a synset that is not one of its places.
	names := func(s *wnSynset) []string {
		if name, ok := c.byKey[s.key]; ok {
			return []string{name}
		}
		if s.key.file != 'n' || !placeLexnames[s.lex] || !isInstance(s) {
			return nil
		}
		capital := isCapital(s) && c.partOf(wn, s) != ""
		if !capital && (!wn.is(s, placeKinds) || wn.is(s, minorKinds)) {
			return nil
		}
		var out []string
		for _, w := range s.words {
			if !wn.commonName(w) && !description(w) && (capital || !abbreviation(w)) {
				out = append(out, w)
			}
		}
		return out
	}
	kept := map[synKey][]string{}
	continent := map[synKey]bool{}
	placeNames := map[string]string{} // the names of places.txt and capitals.txt -> their place's first name
	for _, s := range wn.synsets {
		if n := names(s); len(n) > 0 {
			kept[s.key] = n
			continent[s.key] = wn.is(s, map[synKey]bool{continentSynset: true})
			if _, country := c.byKey[s.key]; !country {
				for _, w := range n {
					if _, dup := placeNames[w]; !dup {
						placeNames[w] = n[0]
					}
				}
			}
		}
	}

	in := map[string]map[string]bool{} // container -> names of the places in it
	add := func(container string, places ...string) {
		if in[container] == nil {
			in[container] = map[string]bool{}
		}
		for _, p := range places {
			if p != container {
				in[container][p] = true
			}
		}
	}
	for _, s := range wn.synsets {
		n, ok := kept[s.key]
		if !ok {
			continue
		}
		// The nearest containers the gazetteer keeps, on every path up.
		wn.climbParts(s, func(k synKey) (climb, stop bool) {
			up, ok := kept[k]
			if ok && !continent[k] {
				add(up[0], n[0])
			}
			return !ok, false
		})
	}

	data, err := os.ReadFile(filepath.Join(isoDir, "iso_3166-2.json"))
	if err != nil {
		return nameList{}, fmt.Errorf("iso-codes: %w (install it with: apt-get install iso-codes)", err)
	}
	var iso struct {
		Subdivisions []struct {
			Code   string `json:"code"`
			Name   string `json:"name"`
			Parent string `json:"parent"`
		} `json:"3166-2"`
	}
	if err := json.Unmarshal(data, &iso); err != nil {
		return nameList{}, fmt.Errorf("iso-codes %s: %w", isoDir, err)
	}
	subName := map[string]string{} // code -> name, lower case, accents folded
	for _, d := range iso.Subdivisions {
		subName[d.Code] = foldAccents(strings.ToLower(d.Name))
	}
	for _, d := range iso.Subdivisions {
		name, ok := placeNames[subName[d.Code]]
		if !ok {
			continue
		}
		code, _, _ := strings.Cut(d.Code, "-")
		container := c.byCode[code]
		if parent, ok := placeNames[subName[code+"-"+d.Parent]]; d.Parent != "" && ok {
			container = parent
		}
		if container != "" {
			add(container, name)
		}
	}

	nl := nameList{file: "within.txt", header: h}
	for container, places := range in {
		if len(places) > 0 {
			nl.lines = append(nl.lines, container+"\t"+strings.Join(uniqueSorted(mapKeys(places)), "|"))
		}
	}
	slices.Sort(nl.lines)
	return nl, nil
}

// continentSynset is WordNet's "continent": the places in a continent
// are left out of within.txt, the matcher holding a continent to hold
// every place.
var continentSynset = synKey{'n', 9254614}

func mapKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
