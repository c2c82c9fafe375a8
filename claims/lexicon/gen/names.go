package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims/wordlist"
	"golang.org/x/text/unicode/norm"
)

// The name lists in claims/lexicon/data: one item a line, tab-separated
// fields, "|" between the names of a list (no name holds a tab or "|").

// nameList is one data file: its header comment lines and its lines.
type nameList struct {
	file   string
	header []string
	lines  []string
}

func (nl nameList) bytes() []byte {
	var b bytes.Buffer
	for _, h := range nl.header {
		b.WriteString(strings.TrimSpace("# " + h))
		b.WriteByte('\n')
	}
	for _, l := range nl.lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// WordNet synsets the lists start from (noun offsets in WordNet 3.0).
var (
	countrySynset         = synKey{'n', 8544813} // country, state, land: "the territory occupied by a nation"
	nationalCapitalSynset = synKey{'n', 8691669} // national capital
)

// placeKinds are what a place of the gazetteer (places.txt) is: a
// district or territory (countries, states, cities, towns), a
// geographical area (regions, "the Middle East") or a continent.
var placeKinds = map[synKey]bool{
	{'n', 8552138}: true, // district, territory, territorial dominion, dominion
	{'n', 8574314}: true, // geographical area, geographic area, geographical region
	{'n', 9254614}: true, // continent
}

// commonName reports whether WordNet knows a place's name better as
// something else: a sense that is no place, and no people or government
// (noun.group: "Ottawa", "U.S."), is tagged more often than every place
// sense ("reading", "bath", "turkey", "nice", "mobile"; "lincoln", a
// person), or, none of them tagged, comes first ("chad", "jackson",
// "victoria"). A name WordNet does not have (iso-codes' only) is not.
func (wn *wordNet) commonName(name string) bool {
	return wn.betterKnownAs(name, func(s *wnSynset) bool { return placeLexnames[s.lex] && isInstance(s) })
}

// commonDemonym reports whether a demonym is better known as another word
// (commonName's test): as a verb ("polish"), or as a noun that is neither
// people (noun.person, noun.group) nor a language (noun.communication).
func (wn *wordNet) commonDemonym(d string) bool {
	return wn.betterKnownAs(d, func(s *wnSynset) bool {
		return s.key.file == 'a' || s.key.file == 'n' && (s.lex == 10 || s.lex == 18)
	})
}

// betterKnownAs reports whether a lemma's senses that are not what (nor
// noun.group) outweigh those that are: tagged more often, or, none
// tagged, a noun sense that is not what comes before every one that is.
func (wn *wordNet) betterKnownAs(lemma string, what func(*wnSynset) bool) bool {
	is, other := 0, 0 // the most times a sense of each was tagged
	seen, otherFirst := false, false
	for _, pos := range []byte{'n', 'v', 'a', 'r'} {
		for _, off := range wn.index[pos][lemma] {
			s := wn.synset(synKey{pos, off})
			c := 0
			for i, w := range s.words {
				if w == lemma {
					c = max(c, wn.count(s, i))
				}
			}
			switch {
			case what(s):
				is, seen = max(is, c), true
			case pos == 'n' && s.lex == 14: // a people, a government: the place's own
			default:
				other = max(other, c)
				if pos == 'n' && !seen {
					otherFirst = true
				}
			}
		}
	}
	return other > is || other == 0 && is == 0 && otherFirst
}

// minorKinds are places of placeKinds left out of the gazetteer: the small
// settlements news names rarely (towns, villages) and the parks and deserts
// that are no place of government or of events.
var minorKinds = map[synKey]bool{
	{'n', 8665504}: true, // town
	{'n', 8672738}: true, // village, hamlet
	{'n', 8600992}: true, // national park
	{'n', 8505573}: true, // desert
}

// Lexicographer files whose instances are places: noun.location (cities,
// countries, regions...) and noun.object (rivers, islands, mountains...).
var placeLexnames = map[int]bool{15: true, 17: true}

// countryAliases names, for the iso-codes countries whose names WordNet
// 3.0 (2006) does not use, the WordNet lemma of the same country. Written
// by hand from both lists; generating prints any country left unmatched.
var countryAliases = map[string]string{
	"TR": "turkey",     // Türkiye
	"SZ": "swaziland",  // Eswatini
	"MK": "macedonia",  // North Macedonia
	"CV": "cape verde", // Cabo Verde
	"TL": "east timor", // Timor-Leste
	"VA": "holy see",   // Holy See (Vatican City State)
	"BN": "brunei",     // Brunei Darussalam
	"PS": "palestine",  // Palestine, State of (WordNet: a region)
	"FK": "falkland islands",
}

func nameLists(wn *wordNet, isoDir string, src sources) ([]nameList, error) {
	sup, err := readSupplement()
	if err != nil {
		return nil, err
	}
	countries, err := countryList(wn, isoDir, src, sup)
	if err != nil {
		return nil, err
	}
	capitals, err := capitalList(wn, countries, src, sup)
	if err != nil {
		return nil, err
	}
	within, err := withinList(wn, countries, isoDir, src)
	if err != nil {
		return nil, err
	}
	return []nameList{countries.list, capitals, placeList(wn, countries, src), within, phrasalVerbList(wn, src)}, nil
}

func (s sources) wordnetHeader(what string, fields ...string) []string {
	h := []string{
		what,
		"Source: Princeton WordNet 3.0 (https://wordnet.princeton.edu/), Debian package wordnet-base " + s.wordnet + ".",
		"Generated by `make lexicon` (go run ./claims/lexicon/gen); do not edit.",
		"Fields (tab-separated, \"|\" between list items): " + strings.Join(fields, ", ") + ".",
		"Licence of the WordNet data: the WordNet 3.0 licence:",
		"",
	}
	return append(h, s.licence...)
}

type isoCountry struct {
	Alpha2       string `json:"alpha_2"`
	Name         string `json:"name"`
	CommonName   string `json:"common_name"`
	OfficialName string `json:"official_name"`
}

type countries struct {
	list   nameList
	byKey  map[synKey]string // WordNet country synset -> canonical name
	byCode map[string]string // code -> canonical name
	names  map[string]string // canonical name -> code
}

// countryList matches every iso-codes country with the WordNet place (an
// instance in noun.location or noun.object) that has most of its names,
// an instance of "country, state, land" first, and gives it:
//
//   - a canonical name: iso-codes' common name if it has one; else its
//     name, unless that has a comma or a form of government ("Russian
//     Federation"), in which case WordNet's first lemma ("russia");
//   - its names: iso-codes' name, common name and official name, the same
//     with "X, Y of" turned round ("republic of korea") and accents
//     dropped, and the lemmas of the WordNet synset ("u.s.", "usa");
//   - its demonyms: the adjectives whose pertainym or derivation pointers
//     lead to one of those names in a place synset ("russian", "french"),
//     and those of them that are also WordNet nouns for people, with their
//     plurals ("americans"; the plural from noun.exc, else a regular "-s",
//     none after "-ese", "-sh", "-ch", "-s", "-x", "-z": "chinese",
//     "english"), leaving out adjectives that have an antonym
//     ("anti-american");
//   - the names and demonyms that are also common words (commonName,
//     commonDemonym: "turkey", "chad", "polish"), which count as the
//     country only when capitalised.
//
// The supplement (supplement.txt) adds names, demonyms and blocs.
func countryList(wn *wordNet, isoDir string, src sources, sup supplement) (*countries, error) {
	data, err := os.ReadFile(filepath.Join(isoDir, "iso_3166-1.json"))
	if err != nil {
		return nil, fmt.Errorf("iso-codes: %w (install it with: apt-get install iso-codes)", err)
	}
	var iso struct {
		Countries []isoCountry `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &iso); err != nil {
		return nil, fmt.Errorf("iso-codes %s: %w", isoDir, err)
	}
	anc := map[synKey]bool{countrySynset: true}
	byName := map[string][]*wnSynset{} // every place instance by name
	isCountry := map[*wnSynset]bool{}
	for _, s := range wn.synsets {
		if s.key.file == 'n' && placeLexnames[s.lex] && isInstance(s) {
			for _, w := range s.words {
				byName[w] = append(byName[w], s)
			}
			isCountry[s] = wn.is(s, anc)
		}
	}
	plurals := pluralExceptions(wn)
	c := &countries{byKey: map[synKey]string{}, byCode: map[string]string{}, names: map[string]string{}}
	type match struct {
		iso             isoCountry
		syn             *wnSynset
		canonical       string
		names, demonyms []string
	}
	var found []match
	matched := map[*wnSynset]string{}
	var unmatched []string
	for _, e := range iso.Countries {
		names := isoNames(e)
		// The WordNet place that has most of the names, a country first
		// (the first in WordNet's order of a tie).
		var syn *wnSynset
		score := map[*wnSynset]int{}
		for _, n := range append(slices.Clone(names), countryAliases[e.Alpha2]) {
			for _, s := range byName[n] {
				if score[s] == 0 && isCountry[s] {
					score[s] = 100
				}
				score[s]++
				if syn == nil || score[s] > score[syn] || (score[s] == score[syn] && wn.byKey[s.key] < wn.byKey[syn.key]) {
					syn = s
				}
			}
		}
		canonical := strings.ToLower(e.CommonName)
		if canonical == "" {
			canonical = strings.ToLower(e.Name)
			if syn != nil && (strings.Contains(canonical, ",") || governmentForm(canonical)) {
				canonical = syn.words[0]
			} else if v, ok := turnRound(canonical); ok { // "virgin islands, u.s." -> "u.s. virgin islands"
				canonical = v
			}
		}
		var demonyms []string
		if syn != nil {
			if prev, ok := matched[syn]; ok {
				return nil, fmt.Errorf("iso-codes %s and %s both match WordNet's %q", prev, e.Alpha2, syn.words[0])
			}
			matched[syn] = e.Alpha2
			if isCountry[syn] { // a region's other names are not the state's ("holy land" for palestine)
				names = append(names, syn.words...)
			}
			demonyms = demonymsOf(wn, syn, plurals)
		} else {
			unmatched = append(unmatched, e.Alpha2+" "+e.Name)
		}
		found = append(found, match{e, syn, canonical, names, demonyms})
	}
	// Two countries with one canonical name ("congo"): the one whose
	// iso-codes name it is not takes its name turned round
	// ("democratic republic of the congo").
	count := map[string]int{}
	for _, m := range found {
		count[m.canonical]++
	}
	for i, m := range found {
		if count[m.canonical] > 1 && strings.ToLower(m.iso.Name) != m.canonical {
			if v, ok := turnRound(strings.ToLower(m.iso.Name)); ok {
				found[i].canonical = v
			}
		}
	}
	for i, m := range found {
		if extra := sup.names[m.iso.Alpha2]; len(extra) > 0 {
			found[i].names = append(found[i].names, extra...)
		}
		if extra := sup.demonyms[m.iso.Alpha2]; len(extra) > 0 {
			found[i].demonyms = uniqueSorted(append(found[i].demonyms, extra...))
		}
	}
	for _, b := range sup.blocs {
		found = append(found, match{iso: isoCountry{Alpha2: b.code}, canonical: b.name, names: b.names})
	}
	for _, m := range found {
		if c.names[m.canonical] != "" {
			return nil, fmt.Errorf("iso-codes %s and %s have one canonical name %q", c.names[m.canonical], m.iso.Alpha2, m.canonical)
		}
		c.names[m.canonical] = m.iso.Alpha2
		if m.syn != nil {
			c.byKey[m.syn.key] = m.canonical
		}
		c.byCode[m.iso.Alpha2] = m.canonical
		names := uniqueSorted(append(m.names, m.canonical))
		var common []string
		for _, n := range names {
			if !sup.written[n] && wn.commonName(n) {
				common = append(common, n)
			}
		}
		for _, d := range m.demonyms {
			if !sup.written[d] && wn.commonDemonym(d) {
				common = append(common, d)
			}
		}
		c.list.lines = append(c.list.lines, strings.Join([]string{m.iso.Alpha2, m.canonical, strings.Join(names, "|"), strings.Join(m.demonyms, "|"), strings.Join(uniqueSorted(common), "|")}, "\t"))
	}
	slices.Sort(c.list.lines)
	c.list.file = "countries.txt"
	c.list.header = []string{
		"Countries: ISO 3166-1 code, canonical lower-case name, every name, demonyms (adjectives and nouns for the people).",
		"Sources: iso-codes " + src.isoCodes + " (Debian package iso-codes, /usr/share/iso-codes/json/iso_3166-1.json: name,",
		"common_name, official_name), licence LGPL-2.1-or-later; Princeton WordNet 3.0 (Debian package wordnet-base " + src.wordnet + ")",
		"for the other names and the demonyms (its pertainym and derivation pointers), under the WordNet 3.0 licence below.",
		"Blocs (EU, UN, NATO) and some names and demonyms are factcheck's own, from claims/lexicon/gen/supplement.txt (written for factcheck).",
		"Generated by `make lexicon` (go run ./claims/lexicon/gen; the rules are in its names.go); do not edit.",
		fmt.Sprintf("%d countries, %d not found in WordNet (names from iso-codes only): %s.", len(iso.Countries), len(unmatched), strings.Join(unmatched, "; ")),
		"Fields (tab-separated, \"|\" between list items): code, name, names, demonyms, common words (names and demonyms WordNet knows first as something else: \"turkey\", \"polish\").",
		"",
	}
	c.list.header = append(c.list.header, src.licence...)
	return c, nil
}

func isInstance(s *wnSynset) bool {
	return slices.ContainsFunc(s.ptrs, func(p wnPointer) bool { return p.sym == "@i" })
}

// governmentForm reports whether a country's name says what state it is
// rather than where ("Russian Federation", "Syrian Arab Republic").
func governmentForm(name string) bool {
	for _, w := range []string{"republic", "federation", "kingdom", "state", "democratic", "people's", "plurinational", "islamic", "province", "bolivarian", "darussalam"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// isoNames returns a country's iso-codes names, lower case, with variants.
func isoNames(e isoCountry) []string {
	var out []string
	for _, n := range []string{e.Name, e.CommonName, e.OfficialName} {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		out = append(out, n)
		if v, ok := turnRound(n); ok {
			out = append(out, v)
		}
		if i := strings.Index(n, " ("); i > 0 { // "holy see (vatican city state)"
			out = append(out, n[:i])
		}
	}
	for _, n := range slices.Clone(out) {
		if f := foldAccents(n); f != n {
			out = append(out, f)
		}
	}
	return uniqueSorted(out)
}

// turnRound reads a "X, Y of" name the other way round: "korea, republic
// of" -> "republic of korea", "congo, the democratic republic of the" ->
// "democratic republic of the congo", "virgin islands, british" ->
// "british virgin islands"; not "taiwan, province of china".
func turnRound(name string) (string, bool) {
	x, y, ok := strings.Cut(name, ", ")
	if !ok || !(strings.HasSuffix(y, " of") || strings.HasSuffix(y, " of the") || !strings.Contains(y, " ")) {
		return "", false
	}
	return strings.TrimPrefix(y, "the ") + " " + x, true
}

// foldAccents drops combining marks: "côte d'ivoire" -> "cote d'ivoire".
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if r < 0x300 || r > 0x36f {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// demonymsOf returns the adjectives (and nouns for people) of a country.
func demonymsOf(wn *wordNet, country *wnSynset, plurals map[string][]string) []string {
	names := map[string]bool{}
	for _, w := range country.words {
		names[w] = true
	}
	var adjs []string
	for _, s := range wn.synsets {
		if s.key.file != 'a' || slices.ContainsFunc(s.ptrs, func(p wnPointer) bool { return p.sym == "!" }) {
			continue // "anti-american", "pro-american" are no demonyms
		}
		for _, p := range s.ptrs {
			if (p.sym != `\` && p.sym != "+") || p.src == 0 || p.target.file != 'n' {
				continue
			}
			t := wn.synset(p.target)
			if placeLexnames[t.lex] && p.tgt <= len(t.words) && names[t.words[p.tgt-1]] {
				adjs = append(adjs, s.words[p.src-1])
			}
		}
	}
	out := slices.Clone(adjs)
	for _, a := range adjs {
		for _, o := range wn.index['n'][a] {
			if wn.synset(synKey{'n', o}).lex == 18 { // noun.person: "an American"
				out = append(out, plural(a, plurals)...)
				break
			}
		}
	}
	return uniqueSorted(out)
}

// pluralExceptions inverts noun.exc: lemma -> its irregular plurals.
func pluralExceptions(wn *wordNet) map[string][]string {
	m := map[string][]string{}
	for _, line := range wn.exc['n'] {
		for _, base := range line[1:] {
			m[base] = append(m[base], line[0])
		}
	}
	return m
}

// plural returns a noun for people and its plural.
func plural(n string, exc map[string][]string) []string {
	if p, ok := exc[n]; ok {
		return append([]string{n}, p...)
	}
	for _, end := range []string{"ese", "sh", "ch", "ss", "s", "x", "z"} {
		if strings.HasSuffix(n, end) {
			return []string{n}
		}
	}
	return []string{n, n + "s"}
}

// capitalList lists the instances of "national capital" with the country
// they are part of (WordNet's part holonym, "#p"): "moscow" -> "russia".
// A name WordNet knows first as something else (commonName: "male",
// "victoria") or a description ("capital of france") is left out, and the
// supplement's names are added.
func capitalList(wn *wordNet, c *countries, src sources, sup supplement) (nameList, error) {
	nl := nameList{file: "capitals.txt", header: src.wordnetHeader(
		"National capitals: the instances of WordNet's \"national capital\" and the country each is part of (its part holonym); names WordNet knows first as something else (\"male\", \"victoria\") and descriptions (\"capital of france\") left out; more names from claims/lexicon/gen/supplement.txt (written for factcheck).",
		"capital's names", "country (canonical name from countries.txt)", "country code")}
	added := map[string]bool{}
	for _, s := range wn.synsets {
		if s.key.file != 'n' || !isCapital(s) {
			continue
		}
		country := c.partOf(wn, s)
		if country == "" { // part of no country of countries.txt
			continue
		}
		code := c.names[country]
		var names []string
		for _, w := range s.words {
			if !wn.commonName(w) && !description(w) {
				names = append(names, w)
			}
		}
		if extra := sup.capitals[code]; len(extra) > 0 && !added[code] {
			names, added[code] = append(names, extra...), true
		}
		if len(names) > 0 {
			nl.lines = append(nl.lines, strings.Join([]string{strings.Join(names, "|"), country, code}, "\t"))
		}
	}
	for code := range sup.capitals {
		if !added[code] {
			return nameList{}, fmt.Errorf("supplement: capital names for %s, whose capital WordNet does not know", code)
		}
	}
	slices.Sort(nl.lines)
	return nl, nil
}

// isCapital reports whether a synset is an instance of "national capital".
func isCapital(s *wnSynset) bool {
	return slices.ContainsFunc(s.ptrs, func(p wnPointer) bool { return p.sym == "@i" && p.target == nationalCapitalSynset })
}

// partOf returns the canonical name of the country a place is part of,
// following part holonyms ("#p") up: "london" -> "england" -> "united
// kingdom"; the nearest wins, the first in WordNet's order of a tie.
func (c *countries) partOf(wn *wordNet, s *wnSynset) string {
	var name string
	wn.climbParts(s, func(k synKey) (climb, stop bool) {
		n, ok := c.byKey[k]
		if ok {
			name = n
		}
		return !ok, ok
	})
	return name
}

// climbParts walks part holonyms ("#p") up from s, breadth first and in
// WordNet's order, at most five steps, each synset once: visit is given
// each container reached and says whether to climb on from it and whether
// to stop the whole walk.
func (wn *wordNet) climbParts(s *wnSynset, visit func(k synKey) (climb, stop bool)) {
	level, seen := []*wnSynset{s}, map[synKey]bool{s.key: true}
	for depth := 0; depth < 5 && len(level) > 0; depth++ {
		var next []*wnSynset
		for _, x := range level {
			for _, p := range x.ptrs {
				if p.sym != "#p" || seen[p.target] {
					continue
				}
				seen[p.target] = true
				climb, stop := visit(p.target)
				if stop {
					return
				}
				if climb {
					next = append(next, wn.synset(p.target))
				}
			}
		}
		level = next
	}
}

// placeList is a gazetteer of the places news text names as where
// something happens or who acts: every name of every WordNet instance in
// noun.location or noun.object that is a district or territory (countries,
// states, provinces, cities, towns), a geographical area (regions) or a
// continent (placeKinds), but for towns, villages, national parks and
// deserts (minorKinds) and the countries and national capitals,
// whose names countries.txt and capitals.txt give. Rivers, mountains,
// islands and stars are left out; so is a name WordNet knows first as something else (commonName:
// "reading", "nice", "bath", "jackson"), which read as a place would be
// taken for one in text that means the word, a description
// (description: "capital of france") and an abbreviation ("ny", "calif."). The names are sorted and front-coded
// (wordlist.FrontCode): the browser loads them, and so they are a third
// smaller.
func placeList(wn *wordNet, c *countries, src sources) nameList {
	h := src.wordnetHeader(
		"Place names: the names of WordNet's instances in noun.location and noun.object that are districts or territories (states, provinces, cities), geographical areas or continents, but for towns, villages, national parks and deserts and the countries and national capitals (countries.txt, capitals.txt); names WordNet knows first as something else (\"reading\", \"nice\", \"jackson\"), descriptions (\"capital of france\") and abbreviations (\"ny\") left out.")
	// One name a line, front-coded: not wordnetHeader's fields line.
	h = slices.DeleteFunc(h, func(l string) bool { return strings.HasPrefix(l, "Fields ") })
	h = slices.Insert(h, 3, "Format: sorted names, one a line, front-coded: a line starts with how many bytes its name shares with the name before (none when 0): \"new\", \"3 york\" is \"new\", \"new york\".")
	nl := nameList{file: "places.txt", header: h}
	var names []string
	for _, s := range wn.synsets {
		if s.key.file != 'n' || !placeLexnames[s.lex] || !isInstance(s) || !wn.is(s, placeKinds) || wn.is(s, minorKinds) {
			continue
		}
		if _, country := c.byKey[s.key]; country || isCapital(s) && c.partOf(wn, s) != "" {
			continue // countries.txt's, capitals.txt's
		}
		for _, w := range s.words {
			if !wn.commonName(w) && !description(w) && !abbreviation(w) {
				names = append(names, w)
			}
		}
	}
	nl.lines = strings.Split(strings.TrimSuffix(wordlist.FrontCode(uniqueSorted(names)), "\n"), "\n")
	return nl
}

// abbreviation reports whether a lemma of a place is an abbreviation
// ("ny", "calif.", "d.c."), which in text is as often another word's
// ("id", "oh").
func abbreviation(name string) bool {
	return len(strings.Trim(name, ".")) <= 2 || strings.HasSuffix(name, ".")
}

// description reports whether a lemma of a place describes it rather than
// names it: "capital of france", "french capital", "city of light".
func description(name string) bool {
	for _, w := range strings.Fields(name) {
		if w == "capital" || w == "city" && strings.Contains(name, " of ") {
			return true
		}
	}
	return false
}

// phrasalVerbList lists WordNet's multi-word verbs ("call off", "set up",
// "take part") with, for each of their senses, the single-word verbs of
// the same synset: "call off", rank 1 -> "cancel", "scratch", "scrub".
func phrasalVerbList(wn *wordNet, src sources) nameList {
	nl := nameList{file: "phrasal-verbs.txt", header: src.wordnetHeader(
		"Multi-word verbs and the single-word verbs they are synonyms of, one sense a line (senses without a single-word synonym left out).",
		"verb phrase", "sense rank", "single-word synonyms")}
	for phrase, offsets := range wn.index['v'] {
		if !strings.Contains(phrase, " ") {
			continue
		}
		for i, o := range offsets {
			var single []string
			for _, w := range wn.synset(synKey{'v', o}).words {
				if !strings.Contains(w, " ") {
					single = append(single, w)
				}
			}
			if len(single) > 0 {
				nl.lines = append(nl.lines, fmt.Sprintf("%s\t%d\t%s", phrase, i+1, strings.Join(uniqueSorted(single), "|")))
			}
		}
	}
	slices.SortFunc(nl.lines, func(a, b string) int { // by phrase, then rank
		fa, fb := strings.Split(a, "\t"), strings.Split(b, "\t")
		if c := strings.Compare(fa[0], fb[0]); c != 0 {
			return c
		}
		ra, _ := strconv.Atoi(fa[1])
		rb, _ := strconv.Atoi(fb[1])
		return cmp.Compare(ra, rb)
	})
	return nl
}

func uniqueSorted(s []string) []string {
	s = slices.DeleteFunc(s, func(x string) bool { return x == "" })
	slices.Sort(s)
	return slices.Compact(s)
}
