package collections

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/seed"
)

func TestImportCheckThatCollection(t *testing.T) {
	cs := checkThatClaims(t)
	if len(cs) != 10375 {
		t.Fatalf("imported %d claims, want 10375", len(cs))
	}
	if cs[2].Text != `A "Trump and Obama by the Numbers" meme recounts accurate statistics about their job performances.` {
		t.Errorf("quoting not undone: %q", cs[2].Text)
	}
	if err := claims.FromClaims("checkthat", cs).Validate(); err != nil {
		t.Error(err)
	}
}

func TestImportClaimReview(t *testing.T) {
	data, err := claims.ReadFile("../testdata/claimreview.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	cs, probs := ReadClaimReview("../testdata/claimreview.jsonld", data)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if len(cs) != 1 {
		t.Fatalf("%d claims", len(cs))
	}
	c := cs[0]
	if c.Text != "The US-Russia cyber hotline was abolished in 2016." || c.Rating != "False" || c.Reviewer != "Example Fact Desk" ||
		c.Speaker != "A viral post" || c.Sources[0].URL != "https://social.example.com/post/123" || c.Reviewed != "2016-05-02" {
		t.Errorf("imported %+v", c)
	}
	// A rating with no name falls back to its value.
	cs, probs = ReadClaimReview("x", []byte(`[{"@type": "ClaimReview", "claimReviewed": "X is Y", "reviewRating": {"ratingValue": 2, "bestRating": 5}}]`))
	if len(probs) > 0 || cs[0].Rating != "2/5" {
		t.Errorf("%+v %v", cs, probs)
	}
	if _, err := ImportClaimReview("x", []byte(`{"@type": "WebPage"}`)); err == nil {
		t.Error("a file without ClaimReview imported")
	}
}

// TestClaimReviewRoundTrip: an imported collection exported again is the
// same reviews: text, rating, reviewer, date and address as imported; the
// seed's own sentences (the committed seed, as `make claims` builds it)
// are no reviews and are not exported.
func TestClaimReviewRoundTrip(t *testing.T) {
	data, err := os.ReadFile("../testdata/claimreview.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	imported, err := ImportClaimReview("claimreview.jsonld", data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(ClaimReviews(claims.FromClaims("imported", imported)))
	if err != nil {
		t.Fatal(err)
	}
	again, err := ImportClaimReview("export", out)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(imported) {
		t.Fatalf("round trip: %d claims, want %d", len(again), len(imported))
	}
	for i, c := range again {
		want := imported[i]
		if c.Text != want.Text || c.Rating != want.Rating || c.Reviewer != want.Reviewer || c.Reviewed != want.Reviewed || c.URL != want.URL || c.Speaker != want.Speaker {
			t.Errorf("round trip changed a review:\n got %+v\nwant %+v", c, want)
		}
	}
	db, err := seed.DB()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ClaimReviews(db)); n != 0 {
		t.Errorf("the seed's sentences exported as %d ClaimReviews", n)
	}
}

// Issue 12's reproduction, on the data side: the test collection's
// hotline claim is rated False, and its rating reads as false.
func TestImportedRatingIsFalse(t *testing.T) {
	data, err := os.ReadFile("../testdata/claimreview.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	cs, err := ImportClaimReview("claimreview.jsonld", data)
	if err != nil || len(cs) != 1 {
		t.Fatal(cs, err)
	}
	if c := claims.ClassifyRating(cs[0].Rating); c != claims.RatedFalse {
		t.Errorf("%q classified %v", cs[0].Rating, c)
	}
}

// How the importer stores numeric ratings, and that words it cannot read
// keep the number beside them.
func TestImportedNumericRatings(t *testing.T) {
	for in, want := range map[string]string{
		`{"ratingValue": 2, "bestRating": 5}`:                                    "2/5",
		`{"ratingValue": 1, "bestRating": 4, "worstRating": 0}`:                  "1/4, worst 0",
		`{"ratingValue": 1, "bestRating": 5, "worstRating": 1}`:                  "1/5",
		`{"ratingValue": 3}`:                                                     "3/5",
		`{"alternateName": "False", "ratingValue": 1, "bestRating": 5}`:          "False",
		`{"alternateName": "Falso", "ratingValue": 1, "bestRating": 5}`:          "Falso",
		`{"alternateName": "Explainer", "ratingValue": 1, "bestRating": 5}`:      "Explainer (1/5)",
		`{"ratingValue": 5, "bestRating": 1, "worstRating": 5}`:                  "5/1, worst 5",
		`{"alternateName": "Pants on Fire!", "ratingValue": 0, "bestRating": 5}`: "Pants on Fire!",
	} {
		cs, err := ImportClaimReview("x", []byte(`{"@type": "ClaimReview", "claimReviewed": "X is Y", "reviewRating": `+in+`}`))
		if err != nil || len(cs) != 1 || cs[0].Rating != want {
			t.Errorf("%s: rating %q (%v), want %q", in, cs[0].Rating, err, want)
		}
	}
}

// Importing hostile ClaimReview keeps every claim: unsafe URLs are left
// out with a warning, unsafe IDs get a derived file-safe one, and the
// original address stays as the claim's URL.
func TestImportHostileClaimReview(t *testing.T) {
	data, err := os.ReadFile("../testdata/claimreview-hostile.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	cs, probs := ReadClaimReview("hostile.jsonld", data)
	if err := probs.Err(); err != nil {
		t.Fatalf("errors: %v", err)
	}
	if len(cs) != 4 {
		t.Fatalf("imported %d claims, want 4 (none lost)", len(cs))
	}
	checkImported(t, cs)
	byText := map[string]claims.Claim{}
	for _, c := range cs {
		byText[c.Text] = c
		if strings.Contains(c.ID, "..") || strings.Contains(c.ID, "/") {
			t.Errorf("claim id %q", c.ID)
		}
	}
	if c := byText["The hotline was abolished in 2016."]; !strings.HasPrefix(c.ID, "index-") || c.Sources[0].URL != "" || c.URL != "https://factcheck.example.org/reviews/1" {
		t.Errorf("../index review: %+v", c)
	}
	if c := byText["Russia signed the treaty in 2015."]; !strings.HasPrefix(c.ID, "russia-treaty-") || c.URL != "https://factcheck.example.org/reviews/russia-treaty" {
		t.Errorf("URL @id review: %+v", c)
	}
	warnings := probs.Warnings().Error()
	for _, want := range []string{
		`ClaimReview #1: warning: appearance url "javascript://x/%0a<script>alert(document.cookie)</script>" is not an http or https address; left out`,
		`ClaimReview #1: warning: claim id "../index" is not file-safe; using "index-`,
		`ClaimReview #2: warning: url "data:text/html;base64,PHNjcmlwdD4=" is not an http or https address; left out`,
		`ClaimReview #3: warning: claim id "../../victim/owned"`,
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
}

func TestImportTSVIDs(t *testing.T) {
	in := "id\tclaim\ttitle\n../index\tA claim.\tT\nok-1\tB claim.\t\nCON\tC claim.\t\n"
	cs, probs := ReadTSV("x.tsv", strings.NewReader(in))
	if probs.Err() != nil || len(cs) != 3 {
		t.Fatalf("%d claims, %v", len(cs), probs)
	}
	checkImported(t, cs)
	if cs[1].ID != "ok-1" || !strings.HasPrefix(cs[0].ID, "index-") || len(probs.Warnings()) != 2 {
		t.Errorf("ids %q %q %q, warnings %v", cs[0].ID, cs[1].ID, cs[2].ID, probs)
	}
}

// BenchmarkDecodeCheckThat measures loading the 10,375-claim CheckThat!
// collection from the database file format (the figure in README.md).
func BenchmarkDecodeCheckThat(b *testing.B) {
	cs := checkThatClaims(b)
	var buf bytes.Buffer
	if err := claims.Encode(&buf, claims.FromClaims("checkthat", cs)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := claims.Decode(buf.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}

// Sizes are capped, and the message names the file and the limit.
func TestImportLimits(t *testing.T) {
	long := strings.Repeat("word ", claims.MaxTextBytes/5+2)
	_, probs := ReadTSV("big.tsv", strings.NewReader("id\tclaim\n1\t"+long+"\n2\tfine\n"))
	if err := probs.Err(); err == nil || !strings.Contains(err.Error(), "big.tsv:2: claim 1: the text is") || !strings.Contains(err.Error(), "over the limit of 16384 bytes") {
		t.Errorf("long field: %v", err)
	}
	_, probs = ReadTSV("huge.tsv", bytes.NewReader(make([]byte, claims.MaxFileBytes+1)))
	if err := probs.Err(); err == nil || !strings.Contains(err.Error(), "huge.tsv: the file is over the limit of 67108864 bytes (64 MiB)") {
		t.Errorf("huge file: %v", err)
	}
	_, probs = ReadClaimReview("huge.jsonld", make([]byte, claims.MaxFileBytes+1))
	if err := probs.Err(); err == nil || !strings.Contains(err.Error(), "huge.jsonld: the file is") {
		t.Errorf("huge ClaimReview: %v", err)
	}
}
