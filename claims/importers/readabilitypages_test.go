package importers

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// readabilityPage reads one of Mozilla Readability's test pages as shipped
// in our dependency codeberg.org/readeck/go-readability/v2
// (test-pages/NAME/source.html, Apache-2.0): real pages saved from news
// sites. The test is skipped when the module's source is not at hand.
// These are pages of the development part of bench/readability-audit.
func readabilityPage(t *testing.T, name string) *claims.Article {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		t.Skipf("go-readability's test pages are not at hand (go list -m: %v)", err)
	}
	path := filepath.Join(dir, "test-pages", name, "source.html")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("go-readability's test page %s is not at hand: %v", name, err)
	}
	a, probs := ParseHTML(name+".html", data)
	if a == nil || probs.Err() != nil {
		t.Fatalf("%s: no article: %v", name, probs)
	}
	return a
}

// What a reader sees on the article page of a real news page: the
// headline the page shows, a person as the byline (never the outlet or
// the magazine), the outlet by its name.
func TestReadabilityPagesMetadata(t *testing.T) {
	for _, c := range []struct {
		page, headline, byline, outlet string
	}{
		// og:title is the site's application-name; the <h1> is the story's.
		{"yahoo-2", "Russia: Space ship malfunctions, breaks up over Siberia", "Nataliya Vasilyeva", "Yahoo News"}, // "NATALIYA VASILYEVA" in the markup: a name as a name is written
		// "BBC News" is the outlet, not a byline.
		{"bbc-1", "Obama admits US gun laws are his 'biggest frustration'", "", "BBC News"},
		// The author "Mac & i" is heise's magazine, not "Mac".
		{"heise", "1Password für Mac generiert Einmal-Passwörter", "", "Mac & i"},
		{"lemonde-1", "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", "Martin Untersinger, Damien Leloup, Morgane Tual", "Le Monde.fr"},
		// The title's "- The New York Times" names nytimes.com's outlet.
		{"nytimes-1", "United States to Lift Sudan Sanctions", "Jeffrey Gettleman", "The New York Times"},
		// The first <h1> is the site's logo ("V8").
		{"v8-blog", "Outside the web: standalone WebAssembly binaries using Emscripten", "", ""},
		// "0.17 in sight" is no date.
		{"keep-tabular-data", "Friday Facts #282 - 0.17 in sight", "", "Factorio.com"},
		// A tagline after the name is no part of it.
		{"aktualne", "West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout", "Aleš Vávra", "Aktuálně.cz"},
		// "WebMD Health News", on the line after the name, is no co-author.
		{"webmd-1", "Babies Who Eat Peanuts Early May Avoid Allergy", "Brenda Goodman", ""},
		// Middle names in brackets (JSON-LD's author) are not shown.
		{"folha", "Tite diz que errou ao levar taça da Libertadores a Lula em 2012", "Bruno Rodrigues", "Folha de S.Paulo"},
		// A page that names no site: Readability's cut of its title.
		{"title-en-dash", "Lorem ipsum dolor sit amet", "", ""},
		{"archive-of-our-own", "Conversations with a Cryptid - Chapter 1 - AMournfulHowlInTheNight - 僕のヒーローアカデミア | Boku no Hero Academia", "", ""},
		// Parse.ly's title; RDFa's several properties in one tag.
		{"parsely-metadata", "Some Other Title", "Jane Doe", ""},
		{"metadata-content-missing", "My title", "Creator Name", ""},
		// "Written by …" opens a byline; the editor is no author.
		{"google-sre-book-1", "Google - Site Reliability Engineering", "Rob Ewaschuk", ""},
		// A name in a script without capitals.
		{"gmw", "宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网", "肖春芳", ""},
		// Declared gb2312, saved as UTF-8.
		{"qq", "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网", "", ""},
	} {
		a := readabilityPage(t, c.page)
		if a.Headline != c.headline || a.Byline != c.byline || c.outlet != "" && a.Outlet != c.outlet {
			t.Errorf("%s: headline %q, byline %q, outlet %q;\nwant %q, %q, %q", c.page, a.Headline, a.Byline, a.Outlet, c.headline, c.byline, c.outlet)
		}
	}
}

// No claim of a real page is furniture: a link's icon label, a
// correction's notice, a wiki's references, a series promotion, thanks.
func TestReadabilityPagesNoFurnitureClaims(t *testing.T) {
	for _, c := range []struct {
		page       string
		kept, gone []string // claims kept; no claim may hold these
	}{
		{"spiceworks", []string{"The company that provides video platforms for businesses said that the new product lineup"}, []string{"Opens a new window"}},
		{"yahoo-2", []string{"NASA supplier SpaceX, meanwhile, has been grounded since a rocket explosion in September"}, []string{"This version corrects the spelling"}},
		{"wikipedia", []string{"Mozilla produces many products such as the Firefox web browser"}, []string{"Retrieved 2014-04-05", "Two discontinued browsers"}},
		// A labelled promotion of the outlet's series ending on a bare link.
		{"cnet", []string{"Zuckerberg said this was reason Facebook was able to acquire Oculus"}, []string{"Tech Enabled", "Technically Literate"}},
		// The writer's thanks; a pointer to a link in brackets.
		{"dropbox-blog", []string{"I joined Dropbox not long after graduating"}, []string{"Many thanks to everyone who worked on this project"}},
		{"aclu", []string{"Facebook uses this contact information to learn about people"}, []string{"(See Facebook's own description"}},
		// The writer's closing note to the reader: a call for bug reports,
		// for help, a plug; the guide's and the review's last paragraphs in
		// second person stay.
		{"v8-blog", []string{"You can still use all those in Emscripten's standalone mode"}, []string{"Please file bugs"}},
		{"toc-missing", []string{"The method presented above is a very simple method to detect anomalies"}, []string{"go check it out"}},
		{"medium-1", nil, []string{"let’s talk"}},
		// The post's plug, printed at its top and in its closing note.
		{"substack", []string{"The time has come for a third edition to the summary of our predicament."}, []string{"allow me to express my eternal gratitude"}},
		{"engadget", []string{"If price isn't a huge concern for you, it's worth considering investing in a gaming PC."}, nil},
		// Notes by their markup: HTMLBook's footnotes opening with a link
		// back to their mark, a wiki's reference entries; a caption by its
		// class word.
		{"google-sre-book-1", []string{"Monitoring and alerting enables a system to tell us when it’s broken"}, []string{"Applying Cardiac Alarm Management", "N%2B1_redundancy"}},
		{"wikipedia-2", []string{"is a sovereign island country in the southwestern Pacific Ocean"}, []string{"Miocene mammal reveals a Mesozoic ghost lineage"}},
		{"bug-1255978", []string{"Zeev Sharon and Michael Forrest Jones both run hotel start-ups in the US."}, []string{"Forrest Jones advised stuffing the peep hole"}},
	} {
		a := readabilityPage(t, c.page)
		checkClaimed(t, c.page, a, c.kept, c.gone)
	}
}

// The date a story was first published: Medium's article:published_time
// is its last edit's day (2015-12-11), its JSON-LD datePublished the
// first (2015-10-15).
func TestReadabilityPagesFirstPublished(t *testing.T) {
	if a := readabilityPage(t, "medium-3"); a.Published != "2015-10-15" {
		t.Errorf("medium-3: published %q, want 2015-10-15", a.Published)
	}
}
