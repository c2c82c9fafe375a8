package claims

import (
	"fmt"
	"io"
	"os"
)

// Limits on what the readers accept: every input may be hostile, so none
// is read without a bound. Each limit is named in the message that
// reports it, with the file.
const (
	// MaxFileBytes is the largest file any reader takes: a database, a
	// claim collection, a feed, an article page.
	MaxFileBytes = 64 << 20
	// MaxDatabaseBytes is the largest database file (factcheck build's
	// output, which the server, the static generator and the command
	// read): a newsroom's archive of 10,000 articles is about 110 MB,
	// mostly the articles' text, so about 90,000 articles fit. A larger
	// archive is built as a sharded index (build -shards DIR), which has
	// no one file to read whole. Every other file keeps MaxFileBytes.
	MaxDatabaseBytes = 1 << 30
	// MaxClaims is the most claims a database or one collection holds.
	MaxClaims = 250_000
	// MaxArticles is the most articles a build, a database, a folder or
	// a feed holds: a build keeps about 45 KB of memory an article of
	// saved pages at 10,000 (705 MB) and 54 KB at 100,000 (5.65 GB;
	// README, "Building an archive of saved pages"), so 200,000 take
	// about 11 GB or more; past about 90,000 the
	// database is too large for one file (MaxDatabaseBytes) and is
	// built with -shards alone.
	MaxArticles = 200_000
	// MaxArticleBytes is the longest article text (a long report is
	// 50 KB; a page is larger, but its readable text is not).
	MaxArticleBytes = 2 << 20
	// MaxParagraphs is the most paragraphs an article may have (a long
	// report has a few hundred; a page whose every word became a line
	// would cost every reader's page and the server's renders).
	MaxParagraphs = 5_000
	// MaxTextBytes is the longest claim, title, rating or other field of
	// an imported claim or an article's metadata.
	MaxTextBytes = 16 << 10
	// MaxURLBytes is the longest URL kept; MaxIDBytes the longest ID.
	MaxURLBytes = 2048
	MaxIDBytes  = 128
)

// The limits as the code checks them: tests lower them to reach the
// limit with a few articles.
var (
	articleLimit  = MaxArticles
	databaseLimit = MaxDatabaseBytes
)

// TooBig says that something is over one of the limits. (Not inlined: a
// copy in each of its callers costs app.wasm more than the call.)
//
//go:noinline
func TooBig(what string, n, limit int, unit string) string {
	return fmt.Sprintf("%s is %d %s, over the limit of %d %s", what, n, unit, limit, unit)
}

// CheckFileSize is the message for a file over MaxFileBytes, or "".
func CheckFileSize(n int) string {
	if n > MaxFileBytes {
		return TooBig("the file", n, MaxFileBytes, "bytes")
	}
	return ""
}

// ReadFile reads a file of at most MaxFileBytes; a larger one is an
// error stating the limit (callers add the file's name), and is not read
// into memory.
func ReadFile(path string) ([]byte, error) { return ReadFileUpTo(path, MaxFileBytes) }

// ReadFileUpTo reads a file of at most limit bytes.
func ReadFileUpTo(path string, limit int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readUpTo(f, limit)
}

// ReadLimited reads r to its end, failing (with the limit) once it passes
// MaxFileBytes. Callers name the file in the error.
func ReadLimited(r io.Reader) ([]byte, error) { return readUpTo(r, MaxFileBytes) }

func readUpTo(r io.Reader, limit int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return nil, fmt.Errorf("the file is over the limit of %d bytes (%d MiB)", limit, limit>>20)
	}
	return data, nil
}

// CheckArticleText says why an article's text is over a limit (bytes,
// paragraphs), or "". Every reader of articles calls it.
func CheckArticleText(text string) string {
	if len(text) > MaxArticleBytes {
		return TooBig("the article text", len(text), MaxArticleBytes, "bytes")
	}
	if n := countParagraphs(text); n > MaxParagraphs {
		return TooBig("the article text", n, MaxParagraphs, "paragraphs") + "; is it an article?"
	}
	return ""
}

// countParagraphs counts the non-blank lines of text, as SegmentText
// reads them.
func countParagraphs(text string) int {
	n, start := 0, 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			for j := start; j < i; j++ {
				if c := text[j]; c != ' ' && c != '\t' && c != '\r' {
					n++
					break
				}
			}
			start = i + 1
		}
	}
	return n
}
