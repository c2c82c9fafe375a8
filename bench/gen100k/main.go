// Command gen100k writes a large claim collection for benchmarks: the
// CheckThat! 2020 verified claims and systematic variations of them (years
// moved back, other numbers multiplied, names, places and months swapped
// for others of their kind), as a CheckThat!-style TSV that
// `factcheck build -import` reads. `make db-100k` and `make db-1m` run it.
// A collection file holds at most 250,000 claims and 64 MiB
// (claims.MaxClaims, claims.MaxFileBytes): past -per claims, it writes
// OUT-1.tsv, OUT-2.tsv, … of -per claims each, for as many -import.
//
//	go run ./bench/gen100k -n 100000 -o build/bench/checkthat-100k.tsv ../shared/bench/checkthat2020/verified_claims.docs.tsv
//	go run ./bench/gen100k -n 1000000 -per 200000 -o build/bench/checkthat-1m.tsv ../shared/bench/checkthat2020/verified_claims.docs.tsv
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen100k:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen100k", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 100000, "claims to write (the collection's own first, then variations)")
	out := fs.String("o", "", "TSV file to write")
	per := fs.Int("per", 200000, "claims a file at most: more are written to OUT-1.tsv, OUT-2.tsv, …")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *out == "" {
		return errors.New("usage: gen100k [-n N] -o OUT.tsv COLLECTION.tsv")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	base, err := collections.ImportTSV(fs.Arg(0), f)
	if err != nil {
		return err
	}
	if *per < 1 {
		return errors.New("-per must be at least 1")
	}
	all := Variations(base, *n)
	if len(all) <= *per {
		return writeFile(*out, all)
	}
	ext := filepath.Ext(*out)
	for i := 0; i*(*per) < len(all); i++ {
		name := fmt.Sprintf("%s-%d%s", strings.TrimSuffix(*out, ext), i+1, ext)
		if err := writeFile(name, all[i*(*per):min((i+1)*(*per), len(all))]); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(name string, cs []claims.Claim) error {
	w, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := writeTSV(w, cs); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// writeTSV writes claims as id<TAB>claim<TAB>title with a header row and
// CSV quoting, as collections.ReadTSV reads them.
func writeTSV(w io.Writer, cs []claims.Claim) error {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	cw.Write([]string{"", "vclaim", "title"})
	for _, c := range cs {
		cw.Write([]string{c.ID, c.Text, c.Title})
	}
	cw.Flush()
	return cw.Error()
}

// Variations returns n claims: base, then round k = 1, 2, … of variations
// of every claim in base (ID "ID-vK"), until there are n. A variation moves
// every year back k years, multiplies every other whole number by k+1 and
// moves every name of a kind (US states, countries, politicians, months,
// weekdays) k places along its list, in the text and the title alike; a
// claim with none of these gets " in MONTH YEAR" instead, so no two claims
// read the same.
func Variations(base []claims.Claim, n int) []claims.Claim {
	out := make([]claims.Claim, 0, n)
	for k := 0; len(out) < n && len(base) > 0; k++ {
		for _, c := range base {
			if len(out) == n {
				break
			}
			if k == 0 {
				out = append(out, c)
				continue
			}
			text, changed := vary(c.Text, k)
			if !changed {
				text = strings.TrimRight(text, ". ") + fmt.Sprintf(" in %s %d.", kinds[3][k%12], 2010+k)
			}
			title, _ := vary(c.Title, k)
			out = append(out, claims.Claim{ID: fmt.Sprintf("%s-v%d", c.ID, k), Text: text, Title: title, Kind: c.Kind})
		}
	}
	return out
}

// kinds are lists of names that can stand for one another; kinds[3] is the months.
var kinds = [][]string{
	strings.Split("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming", "|"),
	strings.Split("Mexico|Canada|China|Russia|India|Brazil|France|Germany|Italy|Spain|Japan|Iran|Iraq|Israel|Syria|Turkey|Australia|Nigeria|Kenya|Egypt|Pakistan|Afghanistan|Venezuela|Cuba|Ukraine|Poland|Sweden|Norway|Ireland|Scotland|England|South Africa|North Korea|South Korea|Saudi Arabia", "|"),
	strings.Split("Obama|Trump|Biden|Clinton|Sanders|Pelosi|Bush|Warren|Harris|McConnell|Cruz|Rubio|Romney|Schumer|Pence|Reagan|Carter|Kennedy|Putin|Merkel|Macron|Trudeau", "|"),
	strings.Split("January|February|March|April|May|June|July|August|September|October|November|December", "|"),
	strings.Split("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", "|"),
}

var (
	kindRes = func() []*regexp.Regexp {
		var res []*regexp.Regexp
		for _, names := range kinds {
			res = append(res, regexp.MustCompile(`\b(`+strings.Join(names, "|")+`)\b`))
		}
		return res
	}()
	number = regexp.MustCompile(`\b\d+(?:[.,]\d+)*\b`)
)

// vary returns s with the substitutions of round k, and whether any applied.
func vary(s string, k int) (string, bool) {
	changed := false
	s = number.ReplaceAllStringFunc(s, func(m string) string {
		if strings.Contains(m, ".") {
			return m // a decimal or a dotted figure: kept
		}
		v, err := strconv.Atoi(strings.ReplaceAll(m, ",", ""))
		if err != nil || v > 1e9 {
			return m
		}
		changed = true
		if len(m) == 4 && v >= 1900 && v <= 2030 {
			return strconv.Itoa(v - k) // a year
		}
		out := strconv.Itoa(v * (k + 1))
		if strings.Contains(m, ",") {
			out = thousands(out)
		}
		return out
	})
	for i, re := range kindRes {
		names := kinds[i]
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			for j, name := range names {
				if name == m {
					changed = true
					return names[(j+k)%len(names)]
				}
			}
			return m
		})
	}
	return s, changed
}

// thousands puts commas between groups of three digits: 1234567 → 1,234,567.
func thousands(digits string) string {
	for i := len(digits) - 3; i > 0; i -= 3 {
		digits = digits[:i] + "," + digits[i:]
	}
	return digits
}
