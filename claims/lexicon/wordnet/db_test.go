package wordnet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/seed"
)

// A claims database carries its lexicon, one line of lexicon text a line of
// the file, and reads it back; encoding twice gives the same bytes.
func TestDatabaseCarriesLexicon(t *testing.T) {
	db, err := claims.Decode(seed.JSON)
	if err != nil {
		t.Fatal(err)
	}
	words, _ := seedVocabulary(t)
	if db.Lexicon, err = ForWords(words); err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	if err := claims.Encode(&a, db); err != nil {
		t.Fatal(err)
	}
	back, err := claims.Decode(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.Lexicon == nil || back.Lexicon.Len() != db.Lexicon.Len() {
		t.Fatal("the lexicon did not come back")
	}
	has(t, "Synonyms(arrest, 1)", back.Lexicon.Synonyms("arrest", 1), "apprehend", "collar")
	var b bytes.Buffer
	if err := claims.Encode(&b, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("encoding the decoded database gives other bytes")
	}
	lines := strings.Count(a.String(), "\n")
	if want := len(db.Articles) + len(db.Claims) + len(db.Lexicon.Lines()); lines < want {
		t.Errorf("%d lines, want one an article, claim and lexicon line (%d)", lines, want)
	}
	t.Logf("seed database: %d bytes without its lexicon, %d with", len(seed.JSON), a.Len())

	// The lexicon taken out before encoding/json reads the rest.
	rest, lex, err := lexicon.ExtractJSON(a.Bytes(), "lexicon")
	if err != nil || lex == nil {
		t.Fatalf("ExtractJSON: %v, %v", lex, err)
	}
	if !bytes.Equal(rest, seed.JSON) {
		t.Error("the database without its lexicon is not the seed database")
	}
	if m1, _ := lex.Marshal(); string(m1) != string(must(db.Lexicon.Marshal())) {
		t.Error("ExtractJSON's lexicon differs")
	}
	if rest, lex, err := lexicon.ExtractJSON(seed.JSON, "lexicon"); err != nil || lex != nil || !bytes.Equal(rest, seed.JSON) {
		t.Errorf("ExtractJSON of a database without a lexicon: %v %v", lex, err)
	}
}

// What claims.Decode would take with ExtractJSON first.
func BenchmarkDecodeSeedExtracted(b *testing.B) {
	data := seedWithLexicon(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		rest, lex, err := lexicon.ExtractJSON(data, "lexicon")
		if err != nil {
			b.Fatal(err)
		}
		db, err := claims.Decode(rest)
		if err != nil {
			b.Fatal(err)
		}
		db.Lexicon = lex
	}
}

func seedWithLexicon(b *testing.B) []byte {
	db, err := claims.Decode(seed.JSON)
	if err != nil {
		b.Fatal(err)
	}
	words, _ := seedVocabulary(b)
	if db.Lexicon, err = ForWords(words); err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := claims.Encode(&buf, db); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func BenchmarkDecodeSeedWithLexicon(b *testing.B) {
	data := seedWithLexicon(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := claims.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeSeed(b *testing.B) {
	b.SetBytes(int64(len(seed.JSON)))
	for b.Loop() {
		if _, err := claims.Decode(seed.JSON); err != nil {
			b.Fatal(err)
		}
	}
}
