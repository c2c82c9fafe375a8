package lexicon

import (
	"slices"
	"testing"
)

func TestCountries(t *testing.T) {
	if n := len(Countries()); n != 249 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1", n)
	}
	for name, want := range map[string]string{
		"russian": "russia", "russians": "russia", "russian federation": "russia",
		"french": "france", "u.s.": "united states", "americans": "united states", "usa": "united states",
		"british": "united kingdom", "uk": "united kingdom", "south korea": "south korea",
		"ukrainian": "ukraine", "chinese": "china", "turkey": "türkiye", "dutch": "netherlands",
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
	kinds := map[string]string{}
	for _, p := range Places() {
		if p.Name == "geneva" || p.Name == "antalya" || p.Name == "amsterdam" || p.Name == "europe" {
			kinds[p.Name] += p.Kind + "/" + p.In + " "
		}
	}
	for _, name := range []string{"geneva", "antalya", "amsterdam", "europe"} {
		if kinds[name] == "" {
			t.Errorf("%s is not in the gazetteer", name)
		}
	}
	t.Logf("kinds: %v", kinds)
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
