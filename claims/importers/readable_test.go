package importers

import (
	"strings"
	"testing"
)

// A sentence of the story that links half its words to the site's other
// stories, which both extractors drop for its link density, is put back
// where it stands between two kept paragraphs of the same slot of the
// page's template. A teaser linked whole stays out.
func TestLinkedStorySentenceRestored(t *testing.T) {
	para := func(s string) string { return `<div class="story-par"><p>` + s + `</p></div>` }
	var story []string
	for _, s := range []string{
		"The harbour bridge reopened on Monday after six weeks of repairs, the city council said in a statement on its website.",
		"Engineers replaced forty of the bridge's steel cables, which had corroded faster than the original designers had expected them to.",
		"The council said the work had cost 4.2 million pounds, about a fifth more than it set aside for the repairs last spring.",
		"Ferry crews, who carried commuters across the harbour while the bridge was closed, will return to their usual timetable next week.",
	} {
		story = append(story, para(s))
	}
	for _, c := range []struct {
		middle string
		kept   string
	}{
		{`The number of drivers crossing the bridge each day is <a href="/news/traffic-counts">now at 41,000, up from 35,000 before the work</a>.`, "now at 41,000"},
		{`<a href="/news/other-story">The trust's report found the bridge's cables had corroded faster than engineers expected.</a>`, ""},
	} {
		page := `<html><head><link rel="canonical" href="https://www.gazette.example.com/news/bridge"><title>Harbour bridge reopens</title></head><body><article><h1>Harbour bridge reopens</h1>` +
			strings.Join(story[:2], "") + para(c.middle) + strings.Join(story[2:], "") + `</article></body></html>`
		a, _ := ParseHTML("bridge.html", []byte(page))
		if a == nil {
			t.Fatalf("no article with %s", c.middle)
		}
		if !strings.Contains(a.Text, "Ferry crews") || !strings.Contains(a.Text, "Engineers replaced") {
			t.Fatalf("the story itself is not read:\n%s", a.Text)
		}
		got := strings.Contains(a.Text, "crossing the bridge") || strings.Contains(a.Text, "trust's report")
		if want := c.kept != ""; got != want {
			t.Errorf("%s: in the text %v, want %v:\n%s", c.middle, got, want, a.Text)
		}
		if c.kept != "" && strings.Index(a.Text, c.kept) > strings.Index(a.Text, "The council said") {
			t.Errorf("%s: not in its place:\n%s", c.middle, a.Text)
		}
	}
}

// Where the extractors disagree, trafilatura's choice gives way to
// readability's only when it is furniture alone (dates, a photo credit, a
// cookie notice): a page is not refused for want of the article one
// extractor found.
func TestArticlelessChoice(t *testing.T) {
	furniture := []string{
		"Written: 2024-03-04 10:15:00 / Updated: 2024-03-04 11:02:41",
		"Photo : Gazette Pictures",
		"2024-03-01",
		"This website uses cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.",
	}
	story := []string{
		"The harbour bridge reopened on Monday after six weeks of repairs, the city council said.",
		"Engineers replaced forty of the bridge's steel cables.",
	}
	if !articleless(furniture) {
		t.Errorf("dates, a credit and a cookie notice read as an article: %q", furniture)
	}
	if articleless(story) || articleless(append(furniture, story...)) {
		t.Errorf("a story read as furniture: %q", story)
	}
}
