package importers

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
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
// a closed one does, and so does a caption's credit with no sentence in
// it; a box of links' headline with no sentence's end stays.
func TestUnclosedCaptionIsNoClaim(t *testing.T) {
	caption := "Councillors vote on the budget in the town hall on Tuesday. The debate ran past midnight. The mayor thanked the staff who had worked on the figures all year"
	credit := "Photograph: Jane Doe for the Ledger"
	teaser := "Ferry fares to rise in spring"
	furniture := map[string]structuralReason{lineKey(caption): reasonCaption, lineKey(credit): reasonCaption, lineKey(teaser): reasonLinks}
	kept, dropped := dropStructural([]string{"The council approved the budget on Tuesday.", caption, credit, teaser}, furniture)
	if len(dropped) != 2 || dropped[0][0] != caption || dropped[1][0] != credit {
		t.Errorf("dropped %q, want the unclosed caption and the credit", dropped)
	}
	if len(kept) != 2 || kept[1] != teaser {
		t.Errorf("kept %q, want the body and the teaser", kept)
	}
}

// What a page's markup sets around its story without <figure> or <nav>
// is structural furniture, and leaves the text whether or not it ends as
// a sentence does: a picture's caption in a <div> of its own that repeats
// the image's alt text, a caption or a byline named so by its class, a
// breadcrumb trail; a promotion linked whole among the story's
// paragraphs goes too. A paragraph of the story that an image's alt text
// repeats stays.
func TestUnmarkedFurnitureLeavesText(t *testing.T) {
	story := "<p>The harbour board approved a new ferry timetable on Monday after a year of complaints from commuters on the island.</p>\n"
	page := `<html><head><title>Ferry timetable approved</title></head><body><div class="story">` +
		`<div class="crumbs-breadcrumb"><a href="/">Home</a> / <a href="/local">Local</a> / <span>Ferry timetable approved</span></div>` +
		`<h1>Ferry timetable approved</h1>` +
		`<div class="lead-media"><div><img src="f.jpg" alt="The morning ferry leaves the pier at dawn"></div>` +
		`<div class="x9">The morning ferry leaves the pier at dawn</div></div>` +
		`<p class="hero-caption"><span>The old pier</span></p>` +
		`<span class="byline-item">Ana Ruiz @anaruiz_news</span>` +
		`<img src="g.jpg" alt="Boats will now leave every twenty minutes at peak hours, the board said."><p>Boats will now leave every twenty minutes at peak hours, the board said.</p>` +
		strings.Repeat(story, 3) +
		`<b><a href="/games/?utm_campaign=quiz">Time to test your harbour knowledge and win a season ticket. Register Now!</a></b><br><br>` +
		`</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	furniture := structuralFurniture(doc, "ferry.example")
	var paras []string // the furniture lines as the text has them
	for line, want := range map[string]structuralReason{
		"Home / Local / Ferry timetable approved":   reasonNavigation,
		"The morning ferry leaves the pier at dawn": reasonCaption,
		"The old pier":           reasonCaption,
		"Ana Ruiz @anaruiz_news": reasonAddress,
		"Time to test your harbour knowledge and win a season ticket. Register Now!":                                          reasonLinks,
		"Boats will now leave every twenty minutes at peak hours, the board said.":                                            "",
		"The harbour board approved a new ferry timetable on Monday after a year of complaints from commuters on the island.": "",
	} {
		if got := furniture[lineKey(line)]; got != want {
			t.Errorf("%q: %q, want %q", line, got, want)
		}
		if want != "" {
			paras = append(paras, line)
		}
	}
	if kept, _ := dropStructural(paras, furniture); len(kept) != 0 {
		t.Errorf("kept %q", kept)
	}
	a, probs := ParseHTML("ferry.html", []byte(page))
	if a == nil {
		t.Fatalf("no article: %v", probs)
	}
	for _, gone := range []string{"Home / Local", "The morning ferry leaves", "The old pier", "@anaruiz_news", "Register Now", "harbour knowledge"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q is in the text:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"Boats will now leave every twenty minutes", "The harbour board approved"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("%q is not in the text:\n%s", kept, a.Text)
		}
	}
}
