package claims

import (
	"bufio"
	"bytes"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Example is a statement a first-time reader can try.
type Example struct {
	Text string
	// Altered is set on an example made from a claim with a changed date
	// or figure: the database should contradict it.
	Altered bool
}

// ParseExamples reads an examples file: one statement a line; blank lines
// and lines starting with # are ignored.
func ParseExamples(data []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), MaxTextBytes)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// Example lengths: short enough to read at a glance, long enough to state
// a fact.
const (
	minExampleBytes = 25
	maxExampleBytes = 100
)

var (
	yearRE   = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	figureRE = regexp.MustCompile(`\b[1-9]\d*(?:[.,]\d+)?\b`)
)

// DeriveExamples picks up to n examples from the claims when the
// newsroom named none: n-1 short claims from different articles, as they
// stand (curated claims first, they state one fact each; then the
// shortest), and one more with its year (or else a figure) changed, so a
// reader sees a contradiction too. The choice is deterministic.
func DeriveExamples(db *DB, n int) []Example {
	if n <= 0 {
		return nil
	}
	var cands []*Claim
	for i := range db.Claims {
		c := &db.Claims[i]
		if c.Kind == KindImported || len(c.Sources) == 0 || c.Sources[0].Article == "" {
			continue
		}
		if len(c.Text) < minExampleBytes || len(c.Text) > maxExampleBytes || strings.ContainsAny(c.Text, "\"“”?") {
			continue
		}
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if (a.Kind == KindCurated) != (b.Kind == KindCurated) {
			return a.Kind == KindCurated
		}
		if len(a.Text) != len(b.Text) {
			return len(a.Text) < len(b.Text)
		}
		return a.ID < b.ID
	})
	var out []Example
	used := map[string]bool{} // articles drawn on
	picked := map[*Claim]bool{}
	for _, c := range cands {
		if len(out) == n-1 {
			break
		}
		if a := c.Sources[0].Article; !used[a] {
			used[a] = true
			picked[c] = true
			out = append(out, Example{Text: sentence(c.Text)})
		}
	}
	// The altered one: a claim not picked if there is one, else any.
	for _, pass := range []bool{false, true} {
		for _, c := range cands {
			if picked[c] != pass {
				continue
			}
			if t, ok := alter(c.Text); ok {
				return append(out, Example{Text: sentence(t), Altered: true})
			}
		}
	}
	return out
}

// alter changes a claim's first year (one year later) or, failing that,
// its first figure (one more in its leading digit).
func alter(s string) (string, bool) {
	if loc := yearRE.FindStringIndex(s); loc != nil {
		y, _ := strconv.Atoi(s[loc[0]:loc[1]])
		return s[:loc[0]] + strconv.Itoa(y+1) + s[loc[1]:], true
	}
	if loc := figureRE.FindStringIndex(s); loc != nil {
		d := s[loc[0]] - '0'
		next := strconv.Itoa(int(d) + 1) // 9 becomes 10
		return s[:loc[0]] + next + s[loc[0]+1:], true
	}
	return "", false
}

// sentence ends s with a full stop unless it ends a sentence already.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if endsSentence(s) {
		return s
	}
	return s + "."
}
