package importers

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
)

// LoadOptions say how a folder of articles is read at archive scale.
type LoadOptions struct {
	// Cache, when set, is the file that remembers what each article file
	// gave (the build keeps it beside its output): a file whose path,
	// size and modification time are unchanged, or whose content hash is
	// unchanged, is not parsed again. It is rewritten after the load.
	Cache string
	// Progress, when set, is told how many files of how many are done.
	Progress func(done, total int)
	// Workers is how many files are parsed at once (default: the CPUs).
	Workers int
}

// LoadStats say what a load did.
type LoadStats struct {
	Files, Parsed, FromCache int
}

// cacheFormat names the cache's format; the cache's first line is it and
// a hash of the factcheck program that wrote it (programID), so a
// program built from other code (another extractor, other metadata
// rules) reads every file again rather than trust an older result.
const cacheFormat = "factcheck-articles-cache-1"

var programID = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(exe)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
})

func cacheVersion() string { return cacheFormat + " " + programID() }

// cacheEntry is one article file's result.
type cacheEntry struct {
	Path     string           `json:"path"`
	Size     int64            `json:"size"`
	ModTime  int64            `json:"mtime"`
	SHA256   string           `json:"sha256"`
	Article  *claims.Article  `json:"article,omitempty"`
	Extra    articleExtra     `json:"extra"`
	Problems []claims.Problem `json:"problems,omitempty"`
}

// articleExtra is what an Article does not write to JSON itself.
type articleExtra struct {
	Examples   []string `json:"examples,omitempty"`
	Extraction string   `json:"extraction,omitempty"`
	LeftOut    []string `json:"left_out,omitempty"`
	BodyLine   int      `json:"body_line,omitempty"`
}

// articleLimit is claims.MaxArticles, the most files of a folder (and
// items of a feed); tests lower it.
var articleLimit = claims.MaxArticles

// LoadArticlesFrom reads every article file of dir that Kinds gives to
// -articles, as LoadArticles does, file by file: each file is read, parsed
// and let go (only the article stays), by opts.Workers at once, in the
// order of their names; with a cache, unchanged files are not parsed
// again.
func LoadArticlesFrom(dir string, opts LoadOptions) ([]*claims.Article, claims.ErrorList, LoadStats) {
	var errs claims.ErrorList
	var stats LoadStats
	parser := map[string]func(string, []byte) (*claims.Article, claims.ErrorList){}
	var exts []string
	for _, k := range kindsOf(FlagArticles, "") {
		for _, e := range k.Exts {
			parser[e] = k.Article
			exts = append(exts, e)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		errs.Add(claims.Pos{File: dir}, "read articles folder: %v%s", err, notAFolder(dir))
		return nil, errs, stats
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && parser[strings.ToLower(filepath.Ext(e.Name()))] != nil {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	stats.Files = len(names)
	if len(names) == 0 {
		errs.Add(claims.Pos{File: dir}, "read articles folder: no %s files%s", strings.Join(exts, ", "), othersIn(entries))
		return nil, errs, stats
	}
	if len(names) > articleLimit {
		errs.Add(claims.Pos{File: dir}, "read articles folder: the number of articles is %d files, over the limit of %d files (claims.MaxArticles)", len(names), articleLimit)
		return nil, errs, stats
	}
	old := readCache(opts.Cache)
	results := make([]cacheEntry, len(names))
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan int)
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				p := filepath.Join(dir, names[i])
				e, parsed := loadOne(p, parser[strings.ToLower(filepath.Ext(p))], old)
				results[i] = e
				mu.Lock()
				done++
				if parsed {
					stats.Parsed++
				} else {
					stats.FromCache++
				}
				if opts.Progress != nil {
					opts.Progress(done, len(names))
				}
				mu.Unlock()
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []*claims.Article
	seen := map[string]string{}
	for _, e := range results {
		errs = append(errs, e.Problems...)
		a := e.Article
		if a == nil {
			continue
		}
		if prev, dup := seen[strings.ToLower(a.ID)]; dup {
			errs.Add(claims.Pos{File: e.Path}, "article id %q already used by %s (IDs are compared ignoring case: they name files)", a.ID, prev)
			continue
		}
		seen[strings.ToLower(a.ID)] = e.Path
		out = append(out, a)
	}
	if opts.Cache != "" {
		if err := writeCache(opts.Cache, results); err != nil {
			errs.Warn(claims.Pos{File: opts.Cache}, "could not write the build cache: %v; the next build reads every file again", err)
		}
	}
	errs.Sort()
	return out, errs, stats
}

// notAFolder says what a file given to -articles is, when it is one: "
// (gazette.rss is an RSS, Atom or JSON feed: use -feed)".
func notAFolder(path string) string {
	if info, err := os.Stat(path); err != nil || info.IsDir() {
		return ""
	}
	if hint := otherFlag(FlagArticles, path); hint != "" {
		return " (" + hint + ")"
	}
	if ks := kindsOf(FlagArticles, extOf(path)); len(ks) > 0 {
		return " (" + filepath.Base(path) + " is " + withArticle(namesOf(ks)) + ": give " + string(FlagArticles) + " the folder that holds it)"
	}
	return ""
}

// othersIn says, of a folder with no article files, which flag reads the
// first file another flag reads: "; gazette.rss is an RSS, Atom or JSON
// feed: use -feed".
func othersIn(entries []os.DirEntry) string {
	for _, e := range entries {
		if hint := otherFlag(FlagArticles, e.Name()); !e.IsDir() && hint != "" {
			return "; " + hint
		}
	}
	return ""
}

// loadOne reads one file, or takes its result from the cache: by path,
// size and modification time, else by content hash.
func loadOne(path string, parse func(string, []byte) (*claims.Article, claims.ErrorList), old map[string]cacheEntry) (cacheEntry, bool) {
	e := cacheEntry{Path: path}
	fail := func(format string, args ...any) (cacheEntry, bool) {
		var errs claims.ErrorList
		errs.Add(claims.Pos{File: path}, format, args...)
		e.Problems = errs
		return e, true
	}
	info, err := os.Stat(path)
	if err != nil {
		return fail("read: %v", err)
	}
	e.Size, e.ModTime = info.Size(), info.ModTime().UnixNano()
	prev, cached := old[path]
	if cached && prev.Size == e.Size && prev.ModTime == e.ModTime && prev.SHA256 != "" {
		return restore(prev), false
	}
	data, err := claims.ReadFile(path)
	if err != nil {
		return fail("read: %v", err)
	}
	sum := sha256.Sum256(data)
	e.SHA256 = hex.EncodeToString(sum[:])
	if cached && prev.SHA256 == e.SHA256 {
		prev.Size, prev.ModTime = e.Size, e.ModTime
		return restore(prev), false
	}
	a, probs := parse(path, data)
	e.Problems = probs
	if a != nil {
		a.SetPath(path)
		if a.Lang == "" {
			a.Lang = detectLanguage(a.Text)
		}
		e.Article = a
		e.Extra = articleExtra{Examples: a.Examples, Extraction: a.Extraction, LeftOut: a.LeftOut, BodyLine: a.BodyLine()}
	}
	return e, true
}

// restore makes a cached entry's article whole again.
func restore(e cacheEntry) cacheEntry {
	if a := e.Article; a != nil {
		a.SetPath(e.Path)
		a.Examples, a.Extraction, a.LeftOut = e.Extra.Examples, e.Extra.Extraction, e.Extra.LeftOut
		a.SetBodyLine(e.Extra.BodyLine)
	}
	return e
}

// readCache reads a cache file: a version line, then one entry a line. A
// missing, older or damaged cache is empty (every file is read again).
func readCache(path string) map[string]cacheEntry {
	out := map[string]cacheEntry{}
	if path == "" {
		return out
	}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	line, err := r.ReadString('\n')
	if err != nil || strings.TrimSpace(line) != cacheVersion() {
		return out
	}
	dec := json.NewDecoder(r)
	for {
		var e cacheEntry
		if err := dec.Decode(&e); err != nil {
			if !errors.Is(err, io.EOF) {
				return map[string]cacheEntry{}
			}
			return out
		}
		out[e.Path] = e
	}
}

// writeCache writes the cache next to its final name, then renames it
// into place, so a build stopped halfway leaves the old cache whole.
func writeCache(path string, entries []cacheEntry) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(cacheVersion() + "\n")
	enc := json.NewEncoder(w)
	for _, e := range entries {
		if e.SHA256 == "" { // unreadable: read it again next time
			continue
		}
		if err := enc.Encode(e); err != nil {
			f.Close()
			os.Remove(tmp)
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
