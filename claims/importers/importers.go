// Package importers reads every file `factcheck build` takes, from one
// table (Kinds): the article files of a folder (-articles: text and
// Markdown, read by package claims, and saved HTML pages), feeds (-feed:
// RSS, Atom, JSON Feed) and claim collections (-import, and `check -db`,
// `rank -db`: a factcheck database, or what package claims/collections
// reads, ClaimReview and TSV).
//
// It is for the factcheck command and the native server only: the HTML
// and feed libraries it uses stay out of the WebAssembly client, which
// imports package claims alone.
package importers

import (
	"cmp"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
)

// LoadArticles reads every article file of dir that Kinds gives to
// -articles, and tells each one's language (detectLanguage) unless its
// front matter says it.
func LoadArticles(dir string) ([]*claims.Article, claims.ErrorList) {
	arts, errs, _ := LoadArticlesFrom(dir, LoadOptions{})
	return arts, errs
}

// LoadFeed reads a feed file, as -feed does: whatever its extension (a
// feed is known by its content), with the reader Kinds gives to -feed. A
// file that is no feed, and whose extension another flag reads, says
// which ("claims.tsv is a CheckThat!-style TSV: use -import"). A file so
// named that gives no item and declares no feed version is refused: it
// is no feed (an empty feed of any name that says it is one is read).
func LoadFeed(path string) ([]*claims.Article, claims.ErrorList) {
	var errs claims.ErrorList
	data, err := claims.ReadFile(path)
	if err != nil {
		errs.Add(claims.Pos{File: path}, "read feed: %v", err)
		return nil, errs
	}
	read := kindsOf(FlagFeed, "")[0].Items
	arts, errs := read(path, data)
	hint := otherFlag(FlagFeed, path)
	if hint == "" {
		return arts, errs
	}
	// Named as another kind, a file that gives no item and declares no
	// feed (a ClaimReview file reads as an empty JSON Feed) is that kind.
	if len(arts) == 0 && !refused(errs, path) && !declaresFeed(data) {
		errs.Add(claims.Pos{File: path}, "not an RSS, Atom or JSON feed: no feed version and no items")
	}
	if refused(errs, path) {
		errs.Add(claims.Pos{File: path}, "%s", hint)
	}
	return arts, errs
}

// refused reports whether a reader failed on a whole file (not on one of
// its items, whose problems name the item).
func refused(errs claims.ErrorList, path string) bool {
	for _, p := range errs {
		if !p.Warning && p.Pos.File == path {
			return true
		}
	}
	return false
}

// OpenCollection reads a claim file into a database, as -import, `check
// -db` and `rank -db` do: the first row of Kinds for -import with its
// extension whose Sniff accepts the content reads it. The problems hold
// warnings and errors (problems.Err() is the failure); the database is
// nil when the file could not be read at all. An unknown extension is an
// error listing the accepted ones, and naming the flag that reads it when
// another does.
func OpenCollection(path string) (*claims.DB, claims.ErrorList) {
	var errs claims.ErrorList
	ext := extOf(path)
	rows := kindsOf(FlagImport, ext)
	if len(rows) == 0 {
		if hint := otherFlag(FlagImport, path); hint != "" {
			errs.Add(claims.Pos{File: path}, "%s; %s reads %s", hint, FlagImport, Accepted(FlagImport))
		} else {
			errs.Add(claims.Pos{File: path}, "unknown kind of claims file %q: accepted are %s", ext, Accepted(FlagImport))
		}
		return nil, errs
	}
	// A database may be larger than any other file (MaxDatabaseBytes);
	// what turns out to be another kind is held to its own limit.
	data, err := claims.ReadFileUpTo(path, claims.MaxDatabaseBytes)
	if err != nil {
		errs.Add(claims.Pos{File: path}, "read claims file: %v", err)
		return nil, errs
	}
	var names []string
	for _, k := range rows {
		if k.Sniff == nil || k.Sniff(data) {
			if limit := cmp.Or(k.MaxBytes, claims.MaxFileBytes); len(data) > limit {
				errs.Add(claims.Pos{File: path}, "read claims file: the file is over the limit of %d bytes (%d MiB) for a %s", limit, limit>>20, k.Name)
				return nil, errs
			}
			return k.Collection(path, data)
		}
		names = append(names, k.Name)
	}
	errs.Add(claims.Pos{File: path}, "the file is none of: %s", strings.Join(names, ", "))
	return nil, errs
}

// collections.OpenCollection, which callers written before the table
// still call (claims/match's tests), is this one.
func init() { collections.OpenCollection = OpenCollection }

// stemOf is a file's name without folder and extension.
func stemOf(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
