package claims

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

// everyField is a database with every field of the format set, in
// strings that JSON escapes (quotes, <, &, control characters, non-ASCII).
func everyField() []byte {
	text := "He said \"no\" <b> & left.\n\tÉté 2024 — 😀"
	db := NewDB("every <field>", []*Article{{ID: "a-1", Outlet: "The Times & Co", Headline: "Headline",
		Byline: "A. Writer", Published: "2024-05-01", URL: "https://example.com/a?x=1&y=2", Inferred: []string{"outlet"},
		Note: "from the page", Lang: "en", Text: text}}, []Claim{{ID: "c-1", Text: "He said no.", Kind: "imported",
		Sources: []Source{{Article: "a-1", Start: 0, End: 7, Quote: text[:7], Outlet: "Times", Published: "2024", URL: "https://example.com/s"}},
		Speaker: "he", Date: "2024-05", Entities: []string{}, Numbers: []string{"3 hour"}, Dates: []string{"May 2024"},
		Title: "Did he?", Rating: "False", URL: "https://example.com/c", Reviewer: "Checker", Reviewed: "2024-06-01"}})
	db.Examples = []string{"He said no", ""}
	db.Lexical = &Lexical{Synonyms: map[string][]string{"say": {"tell"}}, Paraphrases: map[string][]string{}, Opposites: map[string][]string{"no": {"yes", "\u2028"}}}
	var b bytes.Buffer
	if err := Encode(&b, db); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// TestDecodeJSONReadsWhatEncodeWrites: the seed database, and one with
// every field set, are read without reflection (decodeJSON does not give
// up on what Encode writes), to what encoding/json reads.
func TestDecodeJSONReadsWhatEncodeWrites(t *testing.T) {
	seed, err := os.ReadFile("seed/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"the seed": seed, "every field": everyField()} {
		var want DB
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		got, ok := decodeJSON(data)
		if !ok {
			t.Errorf("%s: decodeJSON gave up on a database", name)
			continue
		}
		if !reflect.DeepEqual(got, &want) {
			t.Errorf("%s: decodeJSON reads another database than encoding/json:\n%+v\n%+v", name, got, &want)
		}
	}
}

// TestDecodeJSONGivesUp: on JSON that encoding/json reads otherwise than
// a strict reading would (a key in another case, a key given twice, null,
// a fraction) or not at all, decodeJSON gives up, and Decode's answer is
// encoding/json's.
func TestDecodeJSONGivesUp(t *testing.T) {
	for _, in := range []string{
		`{"format": "factcheck-claims", "Version": 1}`,
		`{"format": "factcheck-claims", "version": 1, "version": 1}`,
		`{"format": "factcheck-claims", "version": 1, "lexical": null}`,
		`{"format": "factcheck-claims", "version": 1, "name": "\x41"}`,
		"{\"format\": \"factcheck-claims\", \"version\": 1, \"name\": \"a\nb\"}",
		`{"format": "factcheck-claims", "version": 1, "name": "a`,
		`{"format": "factcheck-claims", "version": 1,}`,
		`{"format": "factcheck-claims", "version": 1, "claims": [{"id": "a"},]}`,
		`{"format": "factcheck-claims", "version": 1.0}`,
		`{"format": "factcheck-claims", "version": 01}`,
		`{"format": "factcheck-claims", "version": 1, "claims": [{"id": "a", "sources": [{"start": 1, "start": 2}]}]}`,
		`{"format": "factcheck-claims", "version": 1} x`,
		`{"format": "factcheck-claims", "version": 1, "unknown": 1}`,
	} {
		if _, ok := decodeJSON([]byte(in)); ok {
			t.Errorf("decodeJSON(%s) did not give up", in)
		}
	}
}

// FuzzDecodeJSONIsUnmarshal: whatever decodeJSON reads, encoding/json
// reads too, to the same database.
func FuzzDecodeJSONIsUnmarshal(f *testing.F) {
	f.Add(everyField())
	for _, s := range []string{
		`{"format": "factcheck-claims", "version": 1, "articles": [], "claims": []}`,
		`{"name": "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00", "examples": ["x", ""], "version": -0}`,
		`{"lexical": {"synonyms": {"a": ["b"], "a": []}, "opposites": {}}}`,
		`{"claims": [{"id": "c", "sources": [{"article": "a", "start": 0, "end": 3, "quote": "abc"}], "entities": []}]}`,
		`{"articles": [{"id": "a", "text": "abc", "inferred": ["outlet"]}]}`,
		`{"name": "\ud800", "examples": ["\ud800\u0041", "\udc00", "caf\u00e9\/"]}`,
		"{\"name\": \"\xff\xfe ok\", \"examples\": [\"\xc3\"]}",
		`{"\u0069d": 1, "na\u006de": "escaped key"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ok := decodeJSON(data)
		if !ok {
			return
		}
		var want DB
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("decodeJSON read what encoding/json rejects (%v)", err)
		}
		if !reflect.DeepEqual(got, &want) {
			t.Fatalf("decodeJSON read\n%+v\nencoding/json\n%+v", got, &want)
		}
	})
}

// TestDecodeJSONUnquotes: a string with escapes is read in the one pass,
// as encoding/json reads it (pairs of surrogates, halves and bytes that
// are not UTF-8 as U+FFFD), and an escape JSON lacks makes it give up.
func TestDecodeJSONUnquotes(t *testing.T) {
	for _, lit := range []string{`"line\nnext"`, `"tab\there \"quoted\" back\\slash \/"`, `"\b\f\r"`,
		`"caf\u00e9 \u00E9 \u20ac"`, `"\ud83d\ude00 smile"`, `"\ud800 half"`, `"\udc00\ud800"`, `"\ud800\u0041"`,
		`"\ud800\n"`, `"end \ud800"`, "\"\xff byte \\n\"", `"\u0000"`} {
		data := []byte(`{"name": ` + lit + `}`)
		got, ok := decodeJSON(data)
		if !ok {
			t.Errorf("%s: gave up", lit)
			continue
		}
		var want DB
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if got.Name != want.Name {
			t.Errorf("%s: read %q, encoding/json %q", lit, got.Name, want.Name)
		}
	}
	for _, lit := range []string{`"\x"`, `"\'"`, `"\u12"`, `"\u12g4"`, `"\ud800\u12g4"`} {
		if _, ok := decodeJSON([]byte(`{"name": ` + lit + `}`)); ok {
			t.Errorf("%s: read what is not JSON", lit)
		}
	}
}
