package claims

import (
	"regexp"
	"testing"
)

func TestClassifyRating(t *testing.T) {
	for rating, want := range map[string]RatingClass{
		// PolitiFact's Truth-O-Meter
		"True":          RatedTrue,
		"Mostly True":   RatedTrue,
		"Half True":     RatedMixed,
		"Mostly False":  RatedFalse,
		"False":         RatedFalse,
		"Pants on Fire": RatedFalse,
		"pants-on-fire": RatedFalse,
		// Snopes
		"Mixture":              RatedMixed,
		"Unproven":             RatedUnproven,
		"Unfounded":            RatedFalse,
		"Miscaptioned":         RatedFalse,
		"Correct Attribution":  RatedTrue,
		"Misattributed":        RatedFalse,
		"Labeled Satire":       RatedFalse,
		"Outdated":             RatedMixed,
		"Research In Progress": RatedUnproven,
		"Scam":                 RatedFalse,
		"Legit":                RatedTrue,
		// The Washington Post
		"Four Pinocchios":    RatedFalse,
		"Two Pinocchios":     RatedMixed,
		"Geppetto Checkmark": RatedTrue,
		// AFP, Reuters, USA Today, Full Fact, Africa Check, Logically
		"Partly false":    RatedMixed,
		"Missing context": RatedMixed,
		"Misleading":      RatedMixed,
		"Altered":         RatedFalse,
		"Satire":          RatedFalse,
		"No evidence":     RatedUnproven,
		"Correct":         RatedTrue,
		"Incorrect":       RatedFalse,
		"Not quite":       RatedMixed,
		"Unsupported":     RatedUnproven,
		"Exaggerated":     RatedMixed,
		"Mostly correct":  RatedTrue,
		"Unverifiable":    RatedUnproven,
		"Fake":            RatedFalse,
		"Baseless":        RatedFalse,
		"Fabricated":      RatedFalse,
		"Wrong":           RatedFalse,
		"Accurate":        RatedTrue,
		// Sentences, negations, several phrases
		"This is false.":                   RatedFalse,
		"FALSE: the hotline was not ended": RatedFalse,
		"Not true":                         RatedFalse,
		"This isn't correct.":              RatedFalse,
		"Not false":                        RatedMixed,
		"True, but misleading":             RatedMixed,
		"Correct, but it needs context":    RatedMixed,
		"False. There is no evidence.":     RatedFalse,
		"Mostly false (2/5)":               RatedFalse,
		// Numeric ratings: ratingValue/bestRating, with worstRating
		"1/5":           RatedFalse,
		"2/5":           RatedFalse,
		"3/5":           RatedMixed,
		"4/5":           RatedTrue,
		"5/5":           RatedTrue,
		"0/4, worst 0":  RatedFalse,
		"2/4, worst 0":  RatedMixed,
		"4/4, worst 0":  RatedTrue,
		"Falso (1/5)":   RatedFalse,
		"Vrai (5/5)":    RatedTrue,
		"2.5/5":         RatedMixed,
		"5/1, worst 5":  RatedFalse, // a scale whose best is 1
		"1/1, worst 5":  RatedTrue,
		"3/1, worst 5":  RatedMixed,
		"0/-3, worst 0": RatedFalse,
		"2 / 5":         RatedFalse,
		"4/4, WORST 0":  RatedTrue,
		"6/1, worst 5":  RatedUnknown, // off the scale
		"6/5":           RatedUnknown, // off the scale
		"1/1":           RatedUnknown, // no scale
		// Nothing we can read
		"":          RatedUnknown,
		"Explainer": RatedUnknown,
		"Sourced":   RatedUnknown,
		"Stimmt":    RatedUnknown, // "stimmt nicht" negates after the word: not read
		"Rumeur":    RatedUnknown,
	} {
		if got := ClassifyRating(rating); got != want {
			t.Errorf("ClassifyRating(%q) = %v, want %v", rating, got, want)
		}
	}
}

// Ratings in the languages fact-checkers publish in (issue 22, point 2:
// "Falso", "Faux" and "Falsch" read as nothing, and a claim so rated
// supported a statement that repeated it).
func TestClassifyRatingLanguages(t *testing.T) {
	for rating, want := range map[string]RatingClass{
		// Spanish
		"Falso":              RatedFalse,
		"FALSO":              RatedFalse,
		"Engañoso":           RatedMixed,
		"Verdad a medias":    RatedMixed,
		"Verdadero":          RatedTrue,
		"Verdadero, pero...": RatedMixed,
		"No es verdad":       RatedFalse,
		"Inchequeable":       RatedUnproven,
		"Bulo":               RatedFalse,
		"Parcialmente falso": RatedMixed,
		"Sátira":             RatedFalse,
		"No confirmado":      RatedUnproven,
		// Portuguese
		"Falso.":                  RatedFalse,
		"Enganoso":                RatedMixed,
		"Verdadeiro":              RatedTrue,
		"Verdadeiro, mas":         RatedMixed,
		"Não é verdade":           RatedFalse,
		"Insustentável":           RatedUnproven,
		"Ainda é cedo para dizer": RatedUnproven,
		"Distorcido":              RatedMixed,
		"Pimenta na língua":       RatedFalse,
		// French
		"Faux":                 RatedFalse,
		"Plutôt faux":          RatedFalse,
		"Vrai":                 RatedTrue,
		"Plutôt vrai":          RatedTrue,
		"Trompeur":             RatedMixed,
		"Manque de contexte":   RatedMixed,
		"Ce n'est pas vrai":    RatedFalse,
		"C’est plus compliqué": RatedMixed,
		"Non confirmé":         RatedUnproven,
		// German
		"Falsch":                RatedFalse,
		"Größtenteils falsch":   RatedFalse,
		"GRÖSSTENTEILS RICHTIG": RatedTrue,
		"Teilweise falsch":      RatedMixed,
		"Irreführend":           RatedMixed,
		"Fehlender Kontext":     RatedMixed,
		"Frei erfunden":         RatedFalse,
		"Unbelegt":              RatedUnproven,
		"Nicht richtig":         RatedFalse,
		"Das ist nicht wahr":    RatedFalse,
		// Italian
		"Vero":              RatedTrue,
		"C'eri quasi":       RatedTrue,
		"Nì":                RatedMixed,
		"Pinocchio andante": RatedFalse,
		"Panzana pazzesca":  RatedFalse,
		"Fuorviante":        RatedMixed,
		"Non è vero":        RatedFalse,
		"Bufala":            RatedFalse,
	} {
		if got := ClassifyRating(rating); got != want {
			t.Errorf("ClassifyRating(%q) = %v, want %v", rating, got, want)
		}
	}
}

func TestRatingClassString(t *testing.T) {
	if RatedFalse.String() != "false" || RatedUnknown.String() != "unknown" || RatingClass(9).String() != "RatingClass(9)" {
		t.Error("String")
	}
}

// numericRatingExpression is the regular expression findNumericRating
// reads as loops, kept here as its reference.
var numericRatingExpression = regexp.MustCompile(`(?i)(?:^|\()\s*(-?\d+(?:\.\d+)?)\s*/\s*(-?\d+(?:\.\d+)?)(?:\s*,\s*worst\s+(-?\d+(?:\.\d+)?))?\s*\)?$`)

// checkNumericRating fails t when findNumericRating reads s otherwise
// than numericRatingExpression matches it.
func checkNumericRating(t *testing.T, s string) {
	t.Helper()
	start, value, best, worst, ok := findNumericRating(s)
	m := numericRatingExpression.FindStringSubmatchIndex(s)
	if ok != (m != nil) {
		t.Fatalf("findNumericRating(%q) ok = %v, the expression matches: %v", s, ok, m != nil)
	}
	if !ok {
		return
	}
	part := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	if start != m[0] || value != part(1) || best != part(2) || worst != part(3) {
		t.Fatalf("findNumericRating(%q) = %d %q %q %q, the expression: %d %q %q %q", s, start, value, best, worst, m[0], part(1), part(2), part(3))
	}
}

var numericRatingCases = []string{
	"", "1/5", "0/4, worst 0", "Falso (1/5)", "Vrai (5/5)", "2.5/5", "5/1, worst 5", "0/-3, worst 0", "2 / 5",
	"4/4, WORST 0", "4/4, wOrſt 0", "4/4, worst0", "4/4 ,worst 1)", "(1/5", "1/5)", "((1/5)", "a (1/5) b", "a (b (1/5)",
	"x 1/5", "1/5.", "1./5", "1/.5", "-1/-5", "--1/5", "1/5, worst", "1/5, worst -0.5 )", "1/5,\tworst\n2\f)\r",
	"1/5\v", " 1 / 5 ", "(2/5) (3/5)", "1/5 (2/5)", "1.5.5/5", "1/5, worst 2, worst 3", "١/٥", "1/5)\n",
	"Mostly false (2/5)", "(", "/", "1/", "/5", "1/5 ,", "1/5, worst 1/5",
}

// TestFindNumericRatingIsTheExpression: the loops read every rating as
// the regular expression they replace does, on the importer's forms and
// on near misses.
func TestFindNumericRatingIsTheExpression(t *testing.T) {
	for _, s := range numericRatingCases {
		checkNumericRating(t, s)
	}
}

// FuzzFindNumericRating searches for a rating the loops read otherwise
// than the regular expression.
func FuzzFindNumericRating(f *testing.F) {
	for _, s := range numericRatingCases {
		f.Add(s)
	}
	f.Fuzz(checkNumericRating)
}

func TestReadNumericRating(t *testing.T) {
	for _, tc := range []struct{ in, name, value, best, worst string }{
		{"Falso (1/5)", "Falso", "1", "5", ""},
		{"0/4, worst 0", "", "0", "4", "0"},
		{"  Mostly false  (2 / 5 , Worst 1)", "Mostly false", "2", "5", "1"},
	} {
		name, value, best, worst, ok := ReadNumericRating(tc.in)
		if !ok || name != tc.name || value != tc.value || best != tc.best || worst != tc.worst {
			t.Errorf("ReadNumericRating(%q) = %q %q %q %q %v, want %q %q %q %q", tc.in, name, value, best, worst, ok, tc.name, tc.value, tc.best, tc.worst)
		}
	}
	if name, _, _, _, ok := ReadNumericRating("Pants on Fire"); ok || name != "Pants on Fire" {
		t.Errorf("a rating without a number: %q %v", name, ok)
	}
}
