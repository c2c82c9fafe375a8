package importers

import (
	"os"
	"testing"
)

// A newsroom label before a headline ("BREAKING:", "Opinion |") is no part
// of it; a headline's own first words stay, and so does a label with too
// little after it to be a headline.
func TestHeadlineLabelCut(t *testing.T) {
	for in, want := range map[string]string{
		"BREAKING: Storm closes the coastal bridge":       "Storm closes the coastal bridge",
		"BREAKING NEWS: Council votes to close the pool":  "Council votes to close the pool",
		"VIDEO: Firefighters rescue a horse from a ditch": "Firefighters rescue a horse from a ditch",
		"Watch: The moment the old tower came down":       "The moment the old tower came down",
		"Update | Ferry services resume after the strike": "Ferry services resume after the strike",
		"Opinion | Our town needs a second bridge":        "Our town needs a second bridge",
		"EXCLUSIVE - Minister met the builder twice":      "Minister met the builder twice",
		"LIVE: VIDEO: Crowds gather for the harvest fair": "Crowds gather for the harvest fair",
		"The Latest: Flood waters recede in the valley":   "Flood waters recede in the valley",
		"Update on the floods":                            "Update on the floods",
		"Live music returns to the harbour":               "Live music returns to the harbour",
		"Exclusive deals: what the shops offer this week": "Exclusive deals: what the shops offer this week",
		"Storm warning: schools close across the county":  "Storm warning: schools close across the county",
		"Breaking: Bad":        "Breaking: Bad",
		"LIVE: Election night": "LIVE: Election night",
		"Watchdog: the council overspent by a million": "Watchdog: the council overspent by a million",
	} {
		if got := headlineLabelCut(in); got != want {
			t.Errorf("headlineLabelCut(%q) = %q, want %q", in, got, want)
		}
	}
}

// A real page titles its story "Update | Deceased Clarendon crash victims
// identified" (jamaica-gleaner.com, go-trafilatura's comparison set): the
// headline is what follows the label.
func TestRealPageHeadlineLabel(t *testing.T) {
	path := "../testdata/labelled-pages/jamaica.gleaner.com-victims.html"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, probs := ParseHTML(path, data)
	if a == nil || probs.Err() != nil {
		t.Fatalf("ParseHTML: %v", probs.Err())
	}
	if want := "Deceased Clarendon crash victims identified"; a.Headline != want {
		t.Errorf("headline %q, want %q", a.Headline, want)
	}
}
