package claims

import (
	"strings"
	"testing"
)

// A database changed after it was indexed still answers correctly (by
// looking through), and Reindex makes lookups fast again.
func TestLookupAfterChange(t *testing.T) {
	db := FromClaims("t", []Claim{{ID: "a", Text: "A", Kind: KindImported}})
	db.Claims = append(db.Claims, Claim{ID: "b", Text: "B", Kind: KindImported})
	if c := db.Claim("b"); c == nil || c.Text != "B" {
		t.Fatalf("Claim(b) = %v after an append", c)
	}
	db.Claims = db.Claims[1:]
	if c := db.Claim("a"); c != nil {
		t.Fatalf("Claim(a) = %v after it was removed", c)
	}
	db.Reindex()
	if c := db.Claim("b"); c == nil || c.Text != "B" {
		t.Fatalf("Claim(b) = %v after Reindex", c)
	}
	var lit DB // never indexed
	lit.Articles = []*Article{{ID: "x", Text: "X."}}
	if lit.Article("x") == nil || lit.Claim("x") != nil {
		t.Fatal("lookups on an unindexed database")
	}
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"harbour-bridge":          true,
		"harbour-bridge-s01":      true,
		"000_e5b01c607c127f20":    true,
		"v1.2":                    true,
		"A":                       true,
		"":                        false,
		"../index":                false,
		"../../victim/owned":      false,
		"a..b":                    false,
		"a/b":                     false,
		"a\\b":                    false,
		"bridge:s01":              false, // a colon: refused by several hosts and file systems
		".hidden":                 false,
		"-flag":                   false,
		"trailing.":               false,
		"CON":                     false,
		"nul.txt":                 false,
		"com1":                    false,
		"console":                 true,
		"a b":                     false,
		"é":                       false,
		strings.Repeat("a", 128):  true,
		strings.Repeat("a", 129):  false,
		"https://example.org/x":   false,
		"index.html":              true,
		"x\x00":                   false,
		"line\nbreak":             false,
		"%2e%2e":                  false,
		"claim-review-2024-03-11": true,
	} {
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestSafeID(t *testing.T) {
	for _, tc := range []struct{ raw, prefix string }{
		{"harbour-bridge", "harbour-bridge"}, // valid: kept as it is
		{"../index", "index-"},
		{"../../victim/owned", "victim-owned-"},
		{"https://factcheck.example.org/reviews/hotline-abolished", "hotline-abolished-"},
		{"https://example.org/news/2024/03/bridge.html", "bridge-"},
		{"https://example.org/", "example.org-"},
		{"tag:example.org,2024:town-hall", "town-hall-"},
		{"urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", "6e8bc430-9c3a-11d9-9669-0800200c9a66-"},
		{"https://example.org/?p=48211", "p-48211-"},
		{"Bridge reopens - The Gazette", "Bridge-reopens-The-Gazette-"},
		{"Ελληνικά", "id-"},
		{"", "id-"},
		{"con.x", "id-"},
		{"..", "id-"},
		{strings.Repeat("x", 500), strings.Repeat("x", 48) + "-"},
	} {
		got := SafeID(tc.raw)
		if !ValidID(got) || !strings.HasPrefix(got, tc.prefix) {
			t.Errorf("SafeID(%q) = %q, want a valid ID starting %q", tc.raw, got, tc.prefix)
		}
		if got != SafeID(tc.raw) {
			t.Errorf("SafeID(%q) is not stable", tc.raw)
		}
	}
	if SafeID("../a") == SafeID("/a") {
		t.Error("two originals share a derived ID")
	}
}

func TestSafeURL(t *testing.T) {
	for raw, want := range map[string]string{
		"https://example.org/news/bridge":   "https://example.org/news/bridge",
		"  http://example.org/a?b=c#d  ":    "http://example.org/a?b=c#d",
		"HTTPS://Example.org/x":             "https://Example.org/x",
		"https://example.org/<script>":      "https://example.org/%3Cscript%3E",
		"javascript://x/%0a<script>":        "",
		"javascript:alert(1)":               "",
		"JavaScript:alert(1)":               "",
		"data:text/html,<b>x</b>":           "",
		"file:///etc/passwd":                "",
		"vbscript:msgbox":                   "",
		"//example.org/x":                   "",
		"/relative/path":                    "",
		"example.org":                       "",
		"https://":                          "",
		"https://user:pw@example.org/":      "",
		"https://example.org/a b":           "",
		"https://exa\nmple.org/":            "",
		"https://example.org/\u202egnp.exe": "",
		"https:\\\\evil.example":            "",
		"ftp://example.org/x":               "",
		"":                                  "",
		"https://example.org/" + strings.Repeat("a", 2100): "",
	} {
		got, ok := SafeURL(raw)
		if got != want || ok != (want != "") {
			t.Errorf("SafeURL(%q) = %q, %v; want %q", raw, got, ok, want)
		}
		if ok {
			if again, ok2 := SafeURL(got); !ok2 || again != got {
				t.Errorf("SafeURL is not idempotent on %q: %q", got, again)
			}
		}
	}
}

// A database with an unsafe ID or URL is refused when loaded, with the
// reason.
func TestDecodeRefusesUnsafeData(t *testing.T) {
	for name, tc := range map[string]struct{ json, want string }{
		"traversal id": {`{"format":"factcheck-claims","version":1,"articles":[],"claims":[{"id":"../index","text":"x","kind":"imported"}]}`, `claim id "../index" is not file-safe`},
		"colon id":     {`{"format":"factcheck-claims","version":1,"articles":[],"claims":[{"id":"a:s01","text":"x","kind":"imported"}]}`, `claim id "a:s01" is not file-safe`},
		"article id":   {`{"format":"factcheck-claims","version":1,"articles":[{"id":"../a","text":"x"}],"claims":[]}`, `article id "../a" is not file-safe`},
		"claim url":    {`{"format":"factcheck-claims","version":1,"articles":[],"claims":[{"id":"a","text":"x","kind":"imported","url":"javascript:alert(1)"}]}`, `url "javascript:alert(1)" is not an http or https address`},
		"source url":   {`{"format":"factcheck-claims","version":1,"articles":[],"claims":[{"id":"a","text":"x","kind":"imported","sources":[{"quote":"x","url":"data:,x"}]}]}`, `source url "data:,x"`},
		"article url":  {`{"format":"factcheck-claims","version":1,"articles":[{"id":"a","text":"x","url":"file:///x"}],"claims":[]}`, `url "file:///x"`},
		"null article": {`{"format":"factcheck-claims","version":1,"articles":[null],"claims":[]}`, "article is null"},
		"dup article":  {`{"format":"factcheck-claims","version":1,"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}],"claims":[]}`, "duplicate article id"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Decode([]byte(tc.json))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Decode: %v, want it to say %s", err, tc.want)
			}
		})
	}
}

// Sizes are capped, and the message names the file and the limit (the
// collections' own: TestImportLimits in claims/collections).
func TestLimits(t *testing.T) {
	long := strings.Repeat("word ", MaxTextBytes/5+2)
	// A database may pass MaxFileBytes (MaxDatabaseBytes; see
	// TestDatabaseLargerThanOtherFiles), but not be garbage.
	if _, err := Decode(make([]byte, MaxFileBytes+1)); err == nil {
		t.Errorf("huge database of zeros: no error")
	}
	_, aprobs := ParseArticle("big.md", []byte(strings.Repeat("A sentence of words. ", MaxArticleBytes/21+1)))
	if err := aprobs.Err(); err == nil || !strings.Contains(err.Error(), "big.md:1: the article text is") {
		t.Errorf("big article: %v", err)
	}
	_, aprobs = ParseArticle("fm.md", []byte("---\nheadline: "+long+"\n---\nText here.\n"))
	if err := aprobs.Err(); err == nil || !strings.Contains(err.Error(), "fm.md:2: front matter field headline is") {
		t.Errorf("long front matter: %v", err)
	}
}

// Front matter: an unsafe url is left out with a warning and the article
// still read; examples are read as a list; an unsafe file name gives a
// derived ID.
func TestFrontMatterSafety(t *testing.T) {
	a, probs := ParseArticle("dir/My article (1).md", []byte("---\nurl: javascript:alert(1)\nbyline: Jane Doe\nexamples:\n  - The bridge reopened on Monday.\n  - Repairs cost 4.2 million dollars.\nheadline: Bridge\n---\nThe bridge reopened on Monday.\n"))
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	if a.URL != "" || a.Byline != "Jane Doe" || a.Headline != "Bridge" || len(a.Examples) != 2 || a.Examples[1] != "Repairs cost 4.2 million dollars." {
		t.Errorf("article %+v", a)
	}
	if !ValidID(a.ID) || !strings.HasPrefix(a.ID, "My-article-1-") {
		t.Errorf("id %q", a.ID)
	}
	w := probs.Warnings().Error()
	if !strings.Contains(w, `dir/My article (1).md:2: warning: url "javascript:alert(1)" is not an http or https address; left out`) || !strings.Contains(w, "is not a valid article id") {
		t.Errorf("warnings: %s", w)
	}
	a, _ = ParseArticle("b.md", []byte("---\nexamples: One statement. | Another one.\n---\nText.\n"))
	if len(a.Examples) != 2 || a.Examples[0] != "One statement." {
		t.Errorf("examples on one line: %q", a.Examples)
	}
	if _, probs := ParseArticle("c.md", []byte("---\nid: ../index\n---\nText.\n")); probs.Err() == nil {
		t.Error("an explicit unsafe id was accepted")
	}
}

// Merging refuses IDs already in the database, and keeps the rest.
func TestMerge(t *testing.T) {
	db := FromClaims("a", []Claim{{ID: "1", Text: "One.", Kind: KindImported}})
	probs := db.Merge("b.tsv", nil, []Claim{{ID: "1", Text: "Again.", Kind: KindImported}, {ID: "2", Text: "Two.", Kind: KindImported}})
	if len(db.Claims) != 2 || db.Claim("2") == nil || probs.Err() == nil || !strings.Contains(probs.Error(), `b.tsv: claim id "1" is already in the database`) {
		t.Errorf("merge: %d claims, %v", len(db.Claims), probs)
	}
}
