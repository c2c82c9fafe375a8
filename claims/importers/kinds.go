package importers

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
)

// A Flag is the `factcheck build` flag that reads a kind of file.
type Flag string

const (
	FlagArticles Flag = "-articles" // a folder: each file of a known kind is one article
	FlagFeed     Flag = "-feed"     // a feed: each item is an article
	FlagImport   Flag = "-import"   // claims, or a database (`check -db` and `rank -db` read the same files)
)

// A Kind is one kind of file factcheck reads.
type Kind struct {
	Flag Flag     // the flag that reads it
	Exts []string // file extensions, lower case with the dot; each names one flag
	// AnyExt: the flag reads a file of any other extension as this kind
	// too (a feed is known by its content, whatever its name).
	AnyExt bool
	Name   string // what it is, for help and messages ("saved HTML page")
	About  string // one line for the README: what is read from it
	// Sniff is nil when the extension decides; else the content must fit
	// too (a .json file is a factcheck database when it says so).
	Sniff func(data []byte) bool
	// MaxBytes is the largest file of this kind (0: claims.MaxFileBytes).
	MaxBytes int
	// The reader, the one Flag calls for: Article for FlagArticles, Items
	// for FlagFeed, Collection for FlagImport.
	Article    func(name string, data []byte) (*claims.Article, claims.ErrorList)
	Items      func(name string, data []byte) ([]*claims.Article, claims.ErrorList)
	Collection func(name string, data []byte) (*claims.DB, claims.ErrorList)
}

// Kinds is the one table of the files factcheck reads: which flag reads
// each kind, by which extensions, and with which reader. The flags' help,
// the README's table of formats (TestReadmeListsKinds) and the error for a
// file given to the wrong flag all come from it. For -import, the first
// row with a file's extension whose Sniff accepts the content reads it: a
// .json file is a factcheck database when its "format" says so, else
// ClaimReview.
var Kinds = []Kind{
	{Flag: FlagArticles, Exts: claims.TextExts, Name: "text or Markdown article", Article: claims.ParseArticle,
		About: "plain text, or Markdown with front matter"},
	{Flag: FlagArticles, Exts: []string{".html", ".htm"}, Name: "saved HTML page", Article: ParseHTML,
		About: "a page saved from the browser: its article's text and metadata"},
	{Flag: FlagFeed, Exts: []string{".rss", ".atom", ".xml"}, AnyExt: true, Name: "RSS, Atom or JSON feed", Items: ReadFeed,
		About: "each item is an article; a file of any other name is read as a feed too"},
	{Flag: FlagImport, Exts: []string{".json"}, Name: "factcheck claims database", Sniff: collections.IsDatabase, Collection: collections.ReadDatabase, MaxBytes: claims.MaxDatabaseBytes,
		About: "when its `\"format\"` is `\"factcheck-claims\"`: its articles and claims are added"},
	{Flag: FlagImport, Exts: []string{".json", ".jsonld"}, Name: "schema.org ClaimReview JSON-LD", Collection: readClaimReview,
		About: "a `.json` file that is not a database, or a `.jsonld` file: its fact-checks as claims"},
	{Flag: FlagImport, Exts: []string{".tsv"}, Name: "CheckThat!-style TSV", Collection: readTSV,
		About: "its claims, one a line"},
}

func readClaimReview(name string, data []byte) (*claims.DB, claims.ErrorList) {
	cs, errs := collections.ReadClaimReview(name, data)
	return claims.FromClaims(filepath.Base(name), cs), errs
}

func readTSV(name string, data []byte) (*claims.DB, claims.ErrorList) {
	cs, errs := collections.ReadTSV(name, bytes.NewReader(data))
	return claims.FromClaims(filepath.Base(name), cs), errs
}

// kindsOf are the rows flag reads, in the table's order; with ext, only
// those with that extension.
func kindsOf(flag Flag, ext string) []Kind {
	var out []Kind
	for _, k := range Kinds {
		if k.Flag == flag && (ext == "" || slices.Contains(k.Exts, ext)) {
			out = append(out, k)
		}
	}
	return out
}

// extOf is a file's extension, lower case with the dot.
func extOf(path string) string { return strings.ToLower(filepath.Ext(path)) }

// Accepted lists the extensions flag reads and what each may be, for
// help and messages: ".json (factcheck claims database or schema.org
// ClaimReview JSON-LD), .jsonld (schema.org ClaimReview JSON-LD), .tsv
// (CheckThat!-style TSV)". Extensions that may be the same kinds are
// listed together.
func Accepted(flag Flag) string {
	var (
		parts  []string
		exts   []string // waiting for their kinds, all of the same
		last   string   // those kinds
		anyExt bool
	)
	flush := func() {
		if len(exts) > 0 {
			parts = append(parts, strings.Join(exts, ", ")+" ("+last+")")
		}
		exts = nil
	}
	seen := map[string]bool{}
	for _, k := range kindsOf(flag, "") {
		anyExt = anyExt || k.AnyExt
		for _, ext := range k.Exts {
			if seen[ext] {
				continue
			}
			seen[ext] = true
			names := namesOf(kindsOf(flag, ext))
			if names != last {
				flush()
				last = names
			}
			exts = append(exts, ext)
		}
	}
	flush()
	if anyExt {
		parts = append(parts, "or a file of any other name")
	}
	return strings.Join(parts, ", ")
}

// namesOf joins kinds' names: "factcheck claims database or schema.org
// ClaimReview JSON-LD".
func namesOf(kinds []Kind) string {
	var names []string
	for _, k := range kinds {
		names = append(names, k.Name)
	}
	return strings.Join(names, " or ")
}

// otherFlag says, of a file given to flag, which flag reads it when its
// extension is another flag's: "gazette.rss is an RSS, Atom or JSON feed:
// use -feed". It is "" when no other flag reads that extension.
func otherFlag(flag Flag, path string) string {
	ext := extOf(path)
	for _, k := range Kinds {
		if k.Flag != flag && slices.Contains(k.Exts, ext) {
			return fmt.Sprintf("%s is %s: use %s", filepath.Base(path), withArticle(namesOf(kindsOf(k.Flag, ext))), k.Flag)
		}
	}
	return ""
}

// withArticle puts "a" or "an" before a kind's name, as it is said: "an
// RSS feed", "an HTML page", "a saved page".
func withArticle(name string) string {
	word, _, _ := strings.Cut(name, " ")
	word = strings.TrimRight(word, ",")
	if word == "" {
		return name
	}
	if strings.ContainsRune("aeiouAEIOU", rune(word[0])) ||
		strings.ToUpper(word) == word && len(word) > 1 && strings.ContainsRune("FHLMNRSX", rune(word[0])) {
		return "an " + name
	}
	return "a " + name
}
