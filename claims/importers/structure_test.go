package importers

import (
	"strings"
	"testing"
)

// A line only a caption, an aside, a link box or a note renders is no
// claim; the same words in the body (a pull quote) stay a claim.
func TestStructuralFurnitureIsNoClaim(t *testing.T) {
	body := strings.Repeat("<p>The council approved the budget on Tuesday after a long debate that ran past midnight in the old town hall.</p>\n", 3)
	page := `<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>` + body +
		`<figure><img src="a.jpg"><figcaption>Councillors vote on the budget in the town hall on Tuesday.</figcaption></figure>` +
		`<p>The mayor said the vote was a relief for the town and its schools, which had waited a year.</p>` +
		`<aside><p>The mayor said the vote was a relief for the town and its schools, which had waited a year.</p>` +
		`<p>Jane Doe covers city hall for the Ledger and lives in the north ward.</p></aside>` +
		`<p><a href="/other">Residents protest the new parking rules outside the town hall.</a></p>` +
		`<p><sup><a href="#ref-1">1</a></sup> The budget figures come from the council's own report of March.</p>` +
		body + `</article></body></html>`
	a, probs := ParseHTML("budget.html", []byte(page))
	if a == nil {
		t.Fatalf("no article: %v", probs)
	}
	for _, gone := range []string{"Councillors vote", "Jane Doe covers", "Residents protest", "The budget figures come"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q is in the text:\n%s", gone, a.Text)
		}
	}
	if !strings.Contains(a.Text, "The mayor said the vote was a relief") {
		t.Errorf("the body's sentence that a pull quote repeats is gone:\n%s", a.Text)
	}
}

// A caption whose last full stop is left out, which the segmenter would
// read as prose (three sentences, the last unclosed), leaves the text as
// a closed one does; a caption's credit with no sentence in it stays.
func TestUnclosedCaptionIsNoClaim(t *testing.T) {
	caption := "Councillors vote on the budget in the town hall on Tuesday. The debate ran past midnight. The mayor thanked the staff who had worked on the figures all year"
	credit := "Photograph: Jane Doe for the Ledger"
	furniture := map[string]structuralReason{lineKey(caption): reasonCaption, lineKey(credit): reasonCaption}
	kept, dropped := dropStructural([]string{"The council approved the budget on Tuesday.", caption, credit}, furniture)
	if len(dropped) != 1 || dropped[0][0] != caption {
		t.Errorf("dropped %q, want the unclosed caption", dropped)
	}
	if len(kept) != 2 || kept[1] != credit {
		t.Errorf("kept %q, want the body and the credit", kept)
	}
}
