package claims

import (
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
