package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// Issue 22, point 2: a claim rated false in another language, or on a
// scale that runs from 5 (worst) to 1 (best), supported the statement that
// repeated it ("✓ Supported … (rated Falso)"). Rated false in any language
// or direction, it contradicts; rated with words we cannot read, it
// settles nothing and says how it was rated.
func TestRatingsInOtherLanguagesAndScales(t *testing.T) {
	const stmt = "Vaccines contain microchips that track people."
	for rating, want := range map[string]Verdict{
		"Falso":                  Contradicted,
		"Faux":                   Contradicted,
		"Falsch":                 Contradicted,
		"FALSCH":                 Contradicted,
		"  pinocchio   andante ": Contradicted,
		"5/1, worst 5":           Contradicted, // ratingValue 5, bestRating 1, worstRating 5
		"Engañoso":               Unverified,
		"Irreführend":            Unverified,
		"Explainer":              Unverified, // words we cannot read never support
		"Ни то ни се":            Unverified,
		"9/1, worst 5":           Unverified, // off its scale
		"Vero":                   Supported,
		"1/1, worst 5":           Supported,
	} {
		c := claims.Claim{ID: "c", Text: stmt, Kind: claims.KindImported, Rating: rating, Sources: []claims.Source{{Quote: stmt}}}
		r := NewIndex(claims.FromClaims("ratings", []claims.Claim{c})).Check(stmt)
		if r.Verdict != want {
			t.Errorf("rated %q: %s (%s), want %s", rating, r.Verdict, r.Reason, want)
		}
		if want != Supported && !strings.Contains(r.Reason, rating) {
			t.Errorf("rated %q: the reason %q does not show the rating", rating, r.Reason)
		}
	}
}

// FuzzRatingStance: a rating maps to the same class, and so the same
// stance, whatever its case and spacing.
func FuzzRatingStance(f *testing.F) {
	for _, s := range []string{"False", "Mostly true", "Falso", "Plutôt faux", "Größtenteils richtig", "No es verdad", "Non è vero", "4/4, worst 0", "5/1, worst 5", "Falso (1/5)", "Pants on Fire!", "C'eri quasi", "ﬁction"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rating string) {
		want := claims.ClassifyRating(rating)
		for _, v := range []string{
			strings.ToUpper(rating),
			strings.ToLower(rating),
			strings.ToTitle(rating),
			"  " + strings.Join(strings.Fields(rating), " \t\u00a0") + "\n",
			strings.Join(strings.Fields(rating), " "),
		} {
			if got := claims.ClassifyRating(v); got != want {
				t.Fatalf("%q is %v, %q is %v", rating, want, v, got)
			}
		}
	})
}
