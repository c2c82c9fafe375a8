//go:build !wasm

package site

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
	"github.com/factcheck/factcheck/claims/importers"
)

// schema.org's definitions, as the schema-dts package (npm, Apache-2.0;
// generated from schema.org's vocabulary, CC BY-SA 3.0) writes them in
// dist/schema.d.ts: for each type, its parents and its properties with
// the types each may hold.
type vocabulary struct {
	parents  map[string][]string            // type -> parent types
	props    map[string]map[string][]string // type -> property -> range types
	members  map[string][]string            // type -> the types of its union (its subtypes, "string" when a plain string will do)
	isLeaf   map[string]bool                // a type with its own @type
	dataType map[string]bool                // Text, URL, Date, Number, …: JSON strings and numbers
}

var (
	tsBase  = regexp.MustCompile(`^interface (\w+)Base extends (.+) \{$`)
	tsProp  = regexp.MustCompile(`^    "([\w-]+)"\?: SchemaValue<(.+), "[\w-]+">;$`)
	tsLeaf  = regexp.MustCompile(`^export interface (\w+)Leaf extends`)
	tsUnion = regexp.MustCompile(`^export type (\w+) = (.+);$`)
)

// schemaVocabulary reads node_modules/schema-dts (npm ci installs it).
func schemaVocabulary(t *testing.T) *vocabulary {
	t.Helper()
	f, err := os.Open("../node_modules/schema-dts/dist/schema.d.ts")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("schema-dts not installed: run npm ci")
		}
		t.Skip("schema-dts not installed (npm ci)")
	}
	defer f.Close()
	v := &vocabulary{parents: map[string][]string{}, props: map[string]map[string][]string{}, members: map[string][]string{}, isLeaf: map[string]bool{},
		dataType: map[string]bool{"Text": true, "URL": true, "Date": true, "DateTime": true, "Time": true, "Number": true, "Integer": true, "Float": true, "Boolean": true}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	current := ""
	for sc.Scan() {
		line := sc.Text()
		if m := tsBase.FindStringSubmatch(line); m != nil {
			current = m[1]
			v.props[current] = map[string][]string{}
			for _, p := range strings.Split(m[2], ",") {
				if p = strings.TrimSpace(p); strings.HasSuffix(p, "Base") {
					v.parents[current] = append(v.parents[current], strings.TrimSuffix(p, "Base"))
				}
			}
			continue
		}
		if m := tsProp.FindStringSubmatch(line); m != nil && current != "" {
			var ranges []string
			for _, r := range strings.Split(m[2], "|") {
				if r = strings.TrimSpace(r); r != "IdReference" {
					ranges = append(ranges, r)
				}
			}
			v.props[current][m[1]] = ranges
			continue
		}
		if line == "}" {
			current = ""
		}
		if m := tsLeaf.FindStringSubmatch(line); m != nil {
			v.isLeaf[m[1]] = true
		}
		if m := tsUnion.FindStringSubmatch(line); m != nil {
			for _, r := range strings.Split(m[2], "|") {
				v.members[m[1]] = append(v.members[m[1]], strings.TrimSuffix(strings.TrimSpace(r), "Leaf"))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(v.props["Claim"]) == 0 || len(v.props["ClaimReview"]) == 0 || !v.isLeaf["NewsArticle"] {
		t.Fatal("schema.d.ts was not read: no Claim, ClaimReview or NewsArticle")
	}
	return v
}

// property finds prop on type t or its ancestors.
func (v *vocabulary) property(t, prop string) ([]string, bool) {
	if r, ok := v.props[t][prop]; ok {
		return r, true
	}
	for _, p := range v.parents[t] {
		if r, ok := v.property(p, prop); ok {
			return r, true
		}
	}
	return nil, false
}

// isA tells whether type t is want or one of its subtypes.
func (v *vocabulary) isA(t, want string) bool {
	if t == want {
		return true
	}
	for _, m := range v.members[want] {
		if m != want && m != "string" && v.isA(t, m) {
			return true
		}
	}
	return false
}

// takesString: a range that a JSON string fits (a data type, or a type
// whose union allows a plain string, as Organization and Person do).
func (v *vocabulary) takesString(r string) bool {
	return v.dataType[r] || slices.Contains(v.members[r], "string") ||
		slices.ContainsFunc(v.members[r], func(m string) bool { return m != r && v.takesString(m) })
}

// required are the properties a node of each type must have here: Google
// Search Central's required ones for ClaimReview (claimReviewed,
// reviewRating; url where the import had one, checked by the caller) and
// what makes each of our nodes say anything.
var required = map[string][]string{
	"ClaimReview":  {"claimReviewed", "reviewRating", "itemReviewed"},
	"Claim":        {},
	"NewsArticle":  {"headline", "url"},
	"WebSite":      {"name", "url", "potentialAction"},
	"SearchAction": {"target", "query-input"},
	"EntryPoint":   {"urlTemplate"},
	"Quotation":    {"text"},
	"Organization": {"name"},
	"Person":       {"name"},
	"Rating":       {},
	"CreativeWork": {"url"},
	"ImageObject":  {"url"},
}

// validate checks node (of the type its @type says) against the
// vocabulary: a known type, only its own and inherited properties, each
// value of a type the property takes, the required properties present.
func (v *vocabulary) validate(node map[string]any, where string) []string {
	var problems []string
	typ, _ := node["@type"].(string)
	if !v.isLeaf[typ] {
		return []string{fmt.Sprintf("%s: @type %q is no schema.org type", where, node["@type"])}
	}
	where += " " + typ
	for _, r := range required[typ] {
		if _, ok := node[r]; !ok {
			problems = append(problems, fmt.Sprintf("%s: no %s", where, r))
		}
	}
	if _, ok := required[typ]; !ok {
		problems = append(problems, fmt.Sprintf("%s: a type this site does not write", where))
	}
	for prop, val := range node {
		if strings.HasPrefix(prop, "@") {
			if !slices.Contains([]string{"@context", "@type", "@id"}, prop) {
				problems = append(problems, fmt.Sprintf("%s: %s", where, prop))
			}
			continue
		}
		base := strings.TrimSuffix(prop, "-input") // an Action's input constraint (schema-dts InputActionConstraints)
		ranges, ok := v.property(typ, base)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: %s is not a property of %s", where, prop, typ))
			continue
		}
		if base != prop {
			ranges = []string{"Text"}
		}
		vals, isList := val.([]any)
		if !isList {
			vals = []any{val}
		}
		for _, x := range vals {
			switch x := x.(type) {
			case string:
				if !slices.ContainsFunc(ranges, v.takesString) {
					problems = append(problems, fmt.Sprintf("%s: %s is a string; it takes %v", where, prop, ranges))
				}
			case json.Number, float64:
				if !slices.ContainsFunc(ranges, func(r string) bool { return r == "Number" || r == "Integer" || r == "Float" || r == "Text" }) {
					problems = append(problems, fmt.Sprintf("%s: %s is a number; it takes %v", where, prop, ranges))
				}
			case map[string]any:
				sub, _ := x["@type"].(string)
				if !slices.ContainsFunc(ranges, func(r string) bool { return v.isA(sub, r) }) {
					problems = append(problems, fmt.Sprintf("%s: %s is a %s; it takes %v", where, prop, sub, ranges))
				}
				problems = append(problems, v.validate(x, where+"."+prop)...)
			default:
				problems = append(problems, fmt.Sprintf("%s: %s is %T", where, prop, x))
			}
		}
	}
	return problems
}

// TestStructuredData (issue 23): every page's JSON-LD, and
// export-claimreview's, is valid against schema.org's definitions, and
// says what the page is: claim pages carry a Claim (the article as a
// NewsArticle, the quote as a Quotation), imported fact-checks a
// ClaimReview with their own rating and address exactly as imported,
// article pages a NewsArticle, / a WebSite whose SearchAction is /#q=.
// No rating is invented: every Rating on the site is an imported one.
func TestStructuredData(t *testing.T) {
	skipUnderRace(t)
	v := schemaVocabulary(t)
	db, err := claims.Load(claimsSeedWithReviews(t))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "db.json")
	if err := claims.Save(file, db); err != nil {
		t.Fatal(err)
	}
	dir, _ := buildStatic(t, Config{DB: file, Base: "https://check.example"})
	seen := map[string]int{}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		page, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		route := "/" + strings.TrimSuffix(strings.TrimSuffix(filepath.ToSlash(rel), "index.html"), "/")
		nodes := jsonLDOf(t, page)
		for _, n := range nodes {
			for _, problem := range v.validate(n, rel) {
				t.Error(problem)
			}
			seen[n["@type"].(string)]++
		}
		checkPageKind(t, db, route, nodes)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen["Claim"] < 100 || seen["ClaimReview"] < 1 || seen["NewsArticle"] != len(db.Articles) || seen["WebSite"] != 1 {
		t.Errorf("JSON-LD by type: %v", seen)
	}
	// export-claimreview: the same reviews, the same rule.
	reviews := collections.ClaimReviews(db)
	if len(reviews) == 0 {
		t.Fatal("no review exported")
	}
	data, _ := json.Marshal(reviews)
	var exported []map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&exported); err != nil {
		t.Fatal(err)
	}
	for i, r := range exported {
		for _, problem := range v.validate(r, fmt.Sprintf("export #%d", i)) {
			t.Error(problem)
		}
	}
}

// checkPageKind: the page at route carries the JSON-LD its kind calls for.
func checkPageKind(t *testing.T, db *claims.DB, route string, nodes []map[string]any) {
	t.Helper()
	types := []string{}
	for _, n := range nodes {
		types = append(types, n["@type"].(string))
	}
	ratings := strings.Count(fmt.Sprint(nodes), "Rating")
	switch {
	case route == "/":
		if !slices.Equal(types, []string{"WebSite"}) {
			t.Errorf("/: %v", types)
		} else if target := nodes[0]["potentialAction"].(map[string]any)["target"].(map[string]any)["urlTemplate"]; target != "https://check.example/#q={query}" {
			t.Errorf("/: search %v", target)
		}
	case strings.HasPrefix(route, "/claim/"):
		c := db.Claim(strings.TrimPrefix(route, "/claim/"))
		if c == nil {
			t.Errorf("%s: no such claim", route)
			return
		}
		if collections.IsFactCheck(c) {
			n := nodes[0]
			rating := n["reviewRating"].(map[string]any)
			if !slices.Equal(types, []string{"ClaimReview"}) || n["claimReviewed"] != c.Text || n["url"] != c.URL ||
				n["author"].(map[string]any)["name"] != c.Reviewer || !strings.HasPrefix(c.Rating, fmt.Sprint(rating["alternateName"])) {
				t.Errorf("%s: not the review as imported (%+v): %v", route, c, n)
			}
			return
		}
		if !slices.Equal(types, []string{"Claim"}) || ratings > 0 || nodes[0]["text"] != c.Text {
			t.Errorf("%s (%s): %v, %d ratings: a claim no one rated must be a Claim with no rating", route, c.Kind, types, ratings)
		}
		if c.Kind != claims.KindImported && len(nodes[0]["appearance"].([]any)) != len(c.Sources) {
			t.Errorf("%s: %d appearances for %d sources", route, len(nodes[0]["appearance"].([]any)), len(c.Sources))
		}
	case strings.HasPrefix(route, "/article/"):
		if !slices.Equal(types, []string{"NewsArticle"}) || ratings > 0 {
			t.Errorf("%s: %v", route, types)
		}
	default:
		if len(nodes) > 0 {
			t.Errorf("%s: JSON-LD %v on a page that is no claim, article or the home page", route, types)
		}
	}
}

// jsonLDOf returns the JSON-LD objects of a page, numbers kept as written.
func jsonLDOf(t *testing.T, page []byte) []map[string]any {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "script" && attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
			var v map[string]any
			dec := json.NewDecoder(strings.NewReader(n.FirstChild.Data))
			dec.UseNumber()
			if err := dec.Decode(&v); err != nil {
				t.Errorf("JSON-LD: %v", err)
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

// claimsSeedWithReviews is the seed with claims/testdata/claimreview.jsonld
// imported (fact-checks with ratings, words and numbers), as
// `factcheck build -import` adds them.
func claimsSeedWithReviews(t *testing.T) string {
	t.Helper()
	db, err := claims.Load("../claims/seed/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	from, problems := importers.OpenCollection("../claims/testdata/claimreview.jsonld")
	if from == nil {
		t.Fatal(problems.Err())
	}
	if err := db.Merge("claimreview.jsonld", from.Articles, from.Claims).Err(); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "seed-reviews.json")
	if err := claims.Save(file, db); err != nil {
		t.Fatal(err)
	}
	return file
}
