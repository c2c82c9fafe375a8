// Package importers reads the articles a newsroom builds a claims
// database from beyond plain text and Markdown: saved HTML pages and
// feeds (RSS, Atom). (Claim collections, which need no HTML, are read by
// package claims/collections: see collections.Collections.)
//
// It is for the factcheck command and the native server only: the HTML
// and feed libraries it uses stay out of the WebAssembly client, which
// imports package claims alone.
package importers

import (
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// ArticleFormats are the article files `factcheck build -articles DIR`
// reads: text and Markdown (package claims), and saved HTML pages.
var ArticleFormats = append(append([]claims.ArticleFormat{}, claims.TextFormats...),
	claims.ArticleFormat{Exts: []string{".html", ".htm"}, Parse: ParseHTML})

// LoadArticles reads every article file of dir that ArticleFormats knows,
// and tells each one's language (detectLanguage) unless its front matter
// says it.
func LoadArticles(dir string) ([]*claims.Article, claims.ErrorList) {
	arts, errs, _ := LoadArticlesFrom(dir, LoadOptions{})
	return arts, errs
}

// LoadFeed reads a feed file (see ReadFeed).
func LoadFeed(path string) ([]*claims.Article, claims.ErrorList) {
	data, err := claims.ReadFile(path)
	if err != nil {
		var errs claims.ErrorList
		errs.Add(claims.Pos{File: path}, "read feed: %v", err)
		return nil, errs
	}
	return ReadFeed(path, data)
}

// stemOf is a file's name without folder and extension.
func stemOf(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
