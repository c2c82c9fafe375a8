package text

import (
	"testing"

	"github.com/factcheck/factcheck/claims/wordlist"
)

// TestGeography: claims/lexicon's countries, capitals and places are the
// pipeline's, and a name that is better known as a common word counts as
// a place only when written as one.
func TestGeography(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the Kremlin denied it", "russia deni it"},                                   // the supplement's news name
		{"Polish officials met", "poland offici meet"},                                // a demonym
		{"they polish the floor", "they polish the floor"},                            // the verb, not the country
		{"a turkey dinner", "a turkey dinner"},                                        // the bird
		{"Turkey and Chad signed", "türkiye and chad sign"},                           // capitalised: countries
		{"talks between the EU and NATO", "talk between the european union and nato"}, // blocs
		{"Kyiv and Ottawa agreed", "ukraine and ottawa agre"},                         // a newer spelling of a capital
	} {
		var got []string
		for _, tk := range Analyze(c.in) {
			got = append(got, tk.Term)
		}
		if g := join(got); g != c.want {
			t.Errorf("Analyze(%q) = %q, want %q", c.in, g, c.want)
		}
	}
	term := func(name string) string { // as placeRun joins a name's terms
		var words []string
		for _, tk := range Analyze("in " + name)[1:] {
			if !tk.Stop {
				words = append(words, tk.Term)
			}
		}
		return join(words)
	}
	for _, p := range []string{"new york", "los angeles", "paris", "texas", "europe", "pakistan", "the middle east"} {
		if !IsPlace(term(p)) {
			t.Errorf("IsPlace(%q) = false", term(p))
		}
	}
	// Common words that are also WordNet places ("Reading", "Nice",
	// "Bath"), and a word of a place's name alone, are no places.
	for _, w := range []string{"read", "nice", "bath", "new", "york"} {
		if IsPlace(w) {
			t.Errorf("IsPlace(%q) = true", w)
		}
	}
}

func join(s []string) string {
	out := ""
	for i, w := range s {
		if i > 0 {
			out += " "
		}
		out += w
	}
	return out
}

// TestCommittedPlaceTermsAreFresh: data/place-terms.txt is what `make
// places` writes from claims/lexicon's lists and today's pipeline, and
// reads back as the very gazetteer PlaceTerms analyses.
func TestCommittedPlaceTermsAreFresh(t *testing.T) {
	want := PlaceTerms()
	got, err := data.ReadFile(placeTermsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != PlaceTermsHeader+wordlist.FrontCode(want) {
		t.Fatal("claims/text/data/place-terms.txt is stale: run make places")
	}
	read := places()
	if len(read) != len(want)+len(countries) {
		t.Fatalf("the gazetteer reads %d terms from %s and the countries, want %d and %d", len(read), placeTermsFile, len(want), len(countries))
	}
	for c := range countries {
		want = append(want, c)
	}
	for _, w := range want {
		if !IsPlace(w) {
			t.Errorf("IsPlace(%q) = false, a place in %s", w, placeTermsFile)
		}
	}
}
