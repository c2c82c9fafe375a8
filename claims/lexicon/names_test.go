package lexicon

import (
	"slices"
	"testing"
)

func TestCountries(t *testing.T) {
	if n := len(Countries()); n != 249+3 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1 and 3 blocs", n)
	}
	for name, want := range map[string]string{
		"russian": "russia", "russians": "russia", "russian federation": "russia",
		"french": "france", "u.s.": "united states", "americans": "united states", "usa": "united states",
		"british": "united kingdom", "uk": "united kingdom", "south korea": "south korea",
		"ukrainian": "ukraine", "chinese": "china", "turkey": "türkiye", "dutch": "netherlands",
		// the supplement's
		"kremlin": "russia", "ukrainians": "ukraine", "eu": "european union", "nato": "nato",
	} {
		c, ok := CountryOf(name)
		if !ok || c.Name != want {
			t.Errorf("CountryOf(%q) = %q, %v; want %q", name, c.Name, ok, want)
		}
	}
	if c, _ := CountryOf("russia"); c.Code != "RU" || !slices.Contains(c.Demonyms, "russian") {
		t.Errorf("Russia = %+v", c)
	}
	if _, ok := CountryOf("anti-american"); ok {
		t.Error(`"anti-american" is no demonym`)
	}
}

func TestCapitals(t *testing.T) {
	want := map[string]string{"moscow": "russia", "london": "united kingdom", "washington": "united states", "paris": "france", "kiev": "ukraine"}
	for _, c := range Capitals() {
		for _, n := range c.Names { // "kyyiv", "kiev", "capital of the ukraine"
			if w, ok := want[n]; ok {
				if c.Country != w {
					t.Errorf("capital %s: country %q, want %q", n, c.Country, w)
				}
				delete(want, n)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("capitals missing: %v", want)
	}
}

func TestPlaces(t *testing.T) {
	places := Places()
	for _, name := range []string{"geneva", "antalya", "hamburg", "europe", "new york", "texas", "middle east"} {
		if !slices.Contains(places, name) {
			t.Errorf("%s is not in the gazetteer", name)
		}
	}
	// Common words that WordNet also knows as places, descriptions,
	// places that are no districts, areas or continents, and the
	// countries and capitals (Countries, Capitals) are left out.
	for _, name := range []string{"reading", "nice", "bath", "mobile", "jackson", "amazon", "mississippi river", "capital of france", "france", "germany"} {
		if slices.Contains(places, name) {
			t.Errorf("%s is in the gazetteer", name)
		}
	}
}

func TestCommonNames(t *testing.T) {
	for name, want := range map[string]bool{"turkey": true, "chad": true, "polish": true, "japan": false, "french": false, "u.s.": false, "kremlin": false} {
		c, _ := CountryOf(name)
		if got := slices.Contains(c.Common, name); got != want {
			t.Errorf("%q a common word of %s: %v, want %v", name, c.Name, got, want)
		}
	}
}

func TestPhrasalVerbs(t *testing.T) {
	want := map[string]string{"call off": "cancel", "set up": "establish", "take part": "participate", "shut down": "close", "rule out": "preclude"}
	for _, v := range PhrasalVerbs() {
		if w, ok := want[v.Phrase]; ok && v.Rank == 1 {
			if !slices.Contains(v.Verbs, w) {
				t.Errorf("%s (rank 1) = %v, want %s among them", v.Phrase, v.Verbs, w)
			}
			delete(want, v.Phrase)
		}
	}
	if len(want) > 0 {
		t.Errorf("phrasal verbs missing: %v", want)
	}
}

// Within gives the chain of containers WordNet's part holonyms and ISO
// 3166-2 give, one step a line, and no place in a sibling or in itself.
func TestWithin(t *testing.T) {
	in := Within()
	for _, c := range []struct{ container, place string }{
		{"bavaria", "munich"}, {"germany", "bavaria"}, {"texas", "houston"}, {"united states", "texas"},
		{"lyonnais", "lyon"}, {"rhone-alpes", "lyonnais"}, {"france", "rhone-alpes"},
	} {
		if !slices.Contains(in[c.container], c.place) {
			t.Errorf("Within()[%q] = %v, want %q among them", c.container, in[c.container], c.place)
		}
	}
	for _, c := range []struct{ container, place string }{
		{"houston", "dallas"}, {"dallas", "houston"}, {"texas", "ohio"}, {"texas", "texas"}, {"germany", "munich"},
	} {
		if slices.Contains(in[c.container], c.place) {
			t.Errorf("Within()[%q] holds %q", c.container, c.place)
		}
	}
}
