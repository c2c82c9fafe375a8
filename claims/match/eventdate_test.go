package match

import "testing"

// TestDateOfItsOwnClause: a date in a relative clause or a second clause
// dates that clause's event, not the main one's ("The council, which
// approved the plan in 2023, will vote again in March" says nothing of an
// approval in March or a vote in 2023); said of its own event, it still
// supports, and of two dates the one of the statement's event is the one
// set against it ("approved … in 2023 and will vote … in 2025" contradicts
// "approved … in 2025"). A date set apart by commas alone dates the
// main clause. The sentences are written for this test.
func TestDateOfItsOwnClause(t *testing.T) {
	for _, tc := range []struct {
		source, statement string
		want              Verdict
	}{
		{"The Ardley council, which approved the ferry plan in 2023, will vote again in March.", "The Ardley council approved the ferry plan in March.", Unverified},
		{"The Ardley council, which approved the ferry plan in 2023, will vote again in March.", "The Ardley council will vote again in 2023.", Unverified},
		{"The Ardley council, which approved the ferry plan in 2023, will vote again in March.", "The Ardley council will vote again in March.", Supported},
		{"The Ardley council, which approved the ferry plan in 2023, will vote again in March.", "The Ardley council approved the ferry plan in 2023.", Supported},
		{"The Ardley council, which approved the ferry plan in 2023, will vote again in March.", "The Ardley council approved the ferry plan in 2021.", Contradicted},
		{"The Ardley council approved the ferry plan in 2023 and will vote on the budget in 2025.", "The Ardley council approved the ferry plan in 2025.", Contradicted},
		{"The Ardley council approved the ferry plan in 2023 and will vote on the budget in 2025.", "The Ardley council will vote on the budget in 2023.", Contradicted},
		{"The Ardley council approved the ferry plan in 2023 and will vote on the budget in 2025.", "The Ardley council will vote on the budget in 2025.", Supported},
		{"The Ardley council, after rejecting the ferry plan in 2021, approved it in 2023.", "The Ardley council rejected the ferry plan in 2023.", Contradicted},
		// One date after two verbs of one subject may date both; a date in
		// the statement's subject dates no event.
		{"Ostland troops crossed the Varna river and seized the port of Kell in 2011.", "Ostland troops crossed the Varna river in 2011.", Supported},
		{"The Tessa Award's Class of 2024, which will be honoured in Lyon on May 4, includes six writers.", "The Tessa Award's Class of 2024 will be honoured in Lyon on May 4.", Supported},
		{"Mayor Ines Valko, speaking on Monday, said the ferry would resume in June.", "Mayor Ines Valko said the ferry would resume in June.", Supported},
		// What "when" opens right after a date happened then.
		{"The two towns last met in May, when they agreed to share a ferry.", "The two towns agreed in May to share a ferry.", Supported},
		{"Ties between the towns soured in 2022 when Ardley closed its ferry port.", "Ardley closed its ferry port in 2022.", Supported},
		// A relative clause after a list speaks of its last noun.
		{"The plan includes a sports hall, a library and a new bus station on the ring road, which the council said would open in 2027.", "The library will open in 2028.", Unverified},
		{"The plan includes a sports hall, a library and a new bus station on the ring road, which the council said would open in 2027.", "The new bus station will open in 2028.", Contradicted},
	} {
		ix := articleIndexWithLexicon(t, tc.source)
		if r := ix.Check(tc.statement); r.Verdict != tc.want {
			t.Errorf("%q against %q: %s (%s), want %s", tc.statement, tc.source, r.Verdict, r.Reason, tc.want)
		}
	}
}
