package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/collections"
)

func TestVariationsAreSystematicAndDistinct(t *testing.T) {
	base := []claims.Claim{
		{ID: "0", Text: "122 detainees released from Guantanamo under President Obama in 2016 re-engaged.", Title: "Did 122 return?", Kind: claims.KindImported},
		{ID: "1", Text: "Texas has 1,500 miles of border with Mexico.", Kind: claims.KindImported},
		{ID: "2", Text: "A meme recounts accurate statistics.", Kind: claims.KindImported},
	}
	got := Variations(base, 8)
	if len(got) != 8 {
		t.Fatalf("got %d claims, want 8", len(got))
	}
	want := map[string]string{
		"0":    base[0].Text,
		"0-v1": "244 detainees released from Guantanamo under President Trump in 2015 re-engaged.",
		"1-v1": "Utah has 3,000 miles of border with Canada.",
		"2-v1": "A meme recounts accurate statistics in February 2011.",
		"0-v2": "366 detainees released from Guantanamo under President Biden in 2014 re-engaged.",
	}
	seen := map[string]bool{}
	for _, c := range got {
		if w, ok := want[c.ID]; ok && c.Text != w {
			t.Errorf("%s: got %q, want %q", c.ID, c.Text, w)
		}
		if seen[c.Text] {
			t.Errorf("text %q twice", c.Text)
		}
		seen[c.Text] = true
	}
	if got[3].Title != "Did 244 return?" {
		t.Errorf("title of 0-v1: %q", got[3].Title)
	}
}

func TestWrittenTSVReadsBack(t *testing.T) {
	cs := Variations([]claims.Claim{{ID: "q", Text: `A "quoted" claim, with 3 words.`, Title: "T"}}, 3)
	var b bytes.Buffer
	if err := writeTSV(&b, cs); err != nil {
		t.Fatal(err)
	}
	back, err := collections.ImportTSV("gen.tsv", strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 3 || back[2].ID != "q-v2" || back[2].Text != `A "quoted" claim, with 9 words.` {
		t.Errorf("read back %+v", back)
	}
}
