package match

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexical"
)

// oneClaim indexes a collection of one claim, with the word relations the
// command line gives an imported collection (lexical.For).
func oneClaim(t *testing.T, text string) *Index {
	t.Helper()
	return indexOf(t, "one", []claims.Claim{{ID: "1", Text: text, Sources: []claims.Source{{Quote: text}}}})
}

// indexOf indexes the collection of claims cs, with its word relations
// (lexical.For), and the hand-written decision: the tests that use it are
// of the rules (see rulesIndex).
func indexOf(t *testing.T, name string, cs []claims.Claim) *Index {
	t.Helper()
	db := claims.FromClaims(name, cs)
	lx, err := lexical.For(db)
	if err != nil {
		t.Fatal(err)
	}
	db.Lexical = lx
	ix := NewIndex(db)
	ix.Decision = HandWritten()
	return ix
}

// TestOneClaimCollections: a collection of a single claim (a newsroom's
// first article, one row of a fact-check table) weighs words as a large
// one would, and each rule reads the one sentence right. The statements
// are written for this test, in the manner of FEVER's.
func TestOneClaimCollections(t *testing.T) {
	for _, tc := range []struct {
		claim, statement string
		want             Verdict
		reason           string // in the reason, when not empty
	}{
		// A reader's word the claim lacks does not outweigh all it shares.
		{"Timothy Simon Roth (born 14 May 1961) is an English actor and director.", "Tim Roth is an English actor.", Supported, ""},
		// A given name of the person the source names by surname alone.
		{"Ditko studied under the artist Jerry Robinson at the Cartoonists School in New York.", "Steve Ditko studied at the Cartoonists School.", Supported, ""},
		{"The film was produced by Kenneth Edmonds and Robert Teitel.", "Tracey Edmonds produced the film.", Unverified, "Tracey"},
		{"Ellis also wrote the screenplay for the 2013 film The Canyons.", "Bret Easton Ellis wrote the screenplay for The Canyons.", Supported, ""},
		// By whom, and a word in another's place past a preposition.
		{"The song was recorded by the singer Katy Perry for her second album.", "The song was recorded by cats.", Unverified, "cats"},
		{"Polar bears depend on the ocean as their main food source.", "Polar bears depend on the land as their main food source.", Unverified, `"ocean" where you wrote "land"`},
		// A negation of what the source does not say contradicts nothing.
		{"Ekta Kapoor is an Indian television and film producer.", "Ekta Kapoor did not work in film.", Unverified, `denies "work"`},
		{"The Bermuda Triangle, also known as the Devil's Triangle, is a region of the North Atlantic.", "The Bermuda Triangle has no other name.", Unverified, ""},
		{"In 1975 Thatcher became the second woman to lead a major political party in Britain.", "Thatcher was not the first woman to lead a major political party in Britain.", Unverified, "denies"},
		// A negation denies neither who said it nor a relative clause of a
		// noun it does not govern; it still denies its own noun's.
		{"NASA said the crash would have no impact on the operations of the space lab that is home to a six-member crew, including three cosmonauts from Russia and two NASA astronauts.", "The crew on the space lab includes three Russian cosmonauts and two NASA astronauts.", Supported, ""},
		{"Officials said there are no drugs that are approved for the disease.", "Officials said there are drugs that are approved for the disease.", Contradicted, ""},
		{"The drug had no effect on patients over 60.", "The drug had an effect on patients over 60.", Contradicted, ""},
		// A verb of keeping from may say what the statement's negation says.
		{"New regulations ban pubs and bars from playing loud music.", "Pubs and bars can no longer play loud music.", Unverified, `"ban"`},
		// "Before" and "after" are opposites about the same event only.
		{"Te Kaurinui was called after the first whale his father ever named, and left university this year to study whale carving.", "Te Kaurinui was studying marine biology before he left university.", Unverified, ""},
		{"Patrick visited Nevada after the debate in Iowa.", "Patrick visited Nevada before the debate in Iowa.", Contradicted, ""},
		// Who addresses whom.
		{"The cast decided to make a public announcement to Vice-President elect Mike Pence while he watched the performance.", "Mike Pence made a public announcement to the cast while watching the performance.", Unverified, `"Mike" on the other side of "to"`},
		// A negation and an opposite on different words are two differences.
		{"The concert generated no awareness and very little funds.", "The concert generated awareness and significant funds.", Contradicted, ""},
		{"Cruz has modelled for Mango, but declined to model for L'Oreal.", "Penelope Cruz modelled for L'Oreal.", Contradicted, "declined"},
		// Decades.
		{"Carlos Santana (born July 20, 1947) is a Mexican and American musician.", "Carlos Santana was born in the fifties.", Contradicted, "1947"},
		{"Carlos Santana (born July 20, 1947) is a Mexican and American musician.", "Carlos Santana was born in the forties.", Supported, ""},
		{"Heavy metal is a genre of rock music that developed in the late 1960s and early 1970s.", "Heavy metal developed in the early 1970's.", Supported, ""},
		// Where it is: another country after "located in", whatever else
		// the source says of the statement's.
		{"The university, known in Chinese as Beida, is located in Russia.", "The university is in China.", Contradicted, "located in Russia"},
		// A name of several words that differs in one of them.
		{"The song was recorded by Katy Perry for her album One of the Boys (2008).", "The album One of the Girls contains the song.", Contradicted, "One of the Boys"},
		// Another country's nationality in what the copula says, when
		// the source names the statement's country nowhere.
		{"Rina Kapoor (born 3 May 1990) is a Pakistani cricketer who plays for Lahore.", "Rina Kapoor is an Indian cricketer.", Contradicted, "Pakistani"},
		{"Harbour Lights is a 1995 American crime drama film directed by Anna Cole.", "Harbour Lights is a solely Canadian film.", Contradicted, "American"},
		{"Luis Ortega is a Mexican and American musician.", "Luis Ortega is an American musician.", Supported, ""},
		// "English" names no ISO country: against "British" it is no conflict.
		{"Tom Hale (born 1961) is a British actor.", "Tom Hale is an English actor.", Unverified, ""},
		// "Zero" says none.
		{"The unit never produced any training films.", "The unit produced zero training films.", Supported, ""},
		{"The unit produced 300 training films.", "The unit produced zero training films.", Contradicted, ""},
		// A verb in the present tense after the subject is what the
		// statement says happens.
		{"The Kremlin is concerned about plans to militarise the internet.", "The Kremlin backs plans to militarise the internet.", Unverified, "backs"},
		// "Until they reach it" says they have not yet.
		{"The two countries have not yet reached a trusted relationship.", "Until the two countries reach a trusted relationship, they will not discuss a partnership.", Unverified, ""},
		// Sent somewhere else than the source's country.
		{"Seleznev was arrested in 2014 and extradited to the U.S. from the Maldives.", "Seleznev was arrested in 2014 and later sent back to Russia.", Contradicted, "extradited to U.S., you wrote sent back to Russia"},
		{"Paramore is an American rock band from Franklin, Tennessee, formed in 2004.", "Paramore disbanded in 2004.", Contradicted, "formed"},
		// The claim's shorter form of a longer name.
		{"The X-99 first flew on 3 March 2011.", "Boeing X-99 Stratoliner first flew on 3 March 2011.", Supported, ""},
		{"Korea tested a missile in 2017.", "North Korea tested a missile in 2017.", Unverified, "North"},
		// When a span of time began or finished is where it starts or ends.
		{"Work on the bridge ran from March 2001 to May 2002.", "Work on the bridge began in March 2001.", Supported, ""},
		{"Work on the bridge ran from March 2001 to May 2002.", "Work on the bridge began in May 2002.", Contradicted, "March 2001"},
		{"Work on the bridge ran from March 2001 to May 2002.", "Work on the bridge finished in May 2002.", Supported, ""},
		// A plan the statement says was already carried out: not yet,
		// when the source was written. Done without "already", or after a
		// past attempt, it is only unsettled.
		{"The minister plans to close the embassy in Oslo.", "The minister already closed the embassy in Oslo last week.", Contradicted, "not done yet"},
		{"The minister plans to close the embassy in Oslo.", "The minister closed the embassy in Oslo.", Unverified, "plans to close"},
		{"The minister sought to close the embassy in Oslo.", "The minister already closed the embassy in Oslo.", Unverified, "sought to close"},
		// Opposites said together, relative times and "the end of" are no
		// opposites; a source citing someone gives the words to them.
		{"The mayor said earlier this month that she had discussed the plan with the governor.", "The mayor later said that she had discussed the plan with the governor.", Supported, ""},
		{"Moscow and Oslo are in talks to create a joint working group, the TASS agency reported, citing Ivan Orlov.", "Orlov told TASS that Moscow and Oslo are in talks to create a joint working group.", Supported, ""},
		// Being at an occasion is not saying it there.
		{"Anna Berg, a Swedish official who was at the recent summit in Oslo, said earlier this month that the talks would resume.", "Anna Berg made her comments while at the summit in Oslo.", Unverified, "not that the words were said there"},
		{"Anna Berg said at the summit in Oslo that the talks would resume.", "Anna Berg said during the summit in Oslo that the talks would resume.", Supported, ""},
		// "It was suspended" says nothing of what was.
		{"The Nordic Trade Commission working group was suspended in 2014 after the crisis.", "The official said it was suspended in 2014 after the crisis.", Unverified, `what "it" is`},
		{"The Nordic Trade Commission working group was suspended in 2014 after the crisis.", "The Nordic Trade Commission working group is on hold since it was suspended in 2014 after the crisis.", Supported, ""},
		// What the statement ends on.
		{"Boyhood depicts the death and aftermath of Mason Evans.", "Boyhood is about Mason Evans's childhood.", Unverified, "childhood"},
	} {
		r := oneClaim(t, tc.claim).Check(tc.statement)
		if r.Verdict != tc.want || !strings.Contains(r.Reason, tc.reason) {
			t.Errorf("%q against %q: %s (%s), want %s naming %q", tc.statement, tc.claim, r.Verdict, r.Reason, tc.want, tc.reason)
		}
	}
}

// TestOppositesSaidTogether: a statement that says both opposites ("big
// and small") contradicts no source that says one of them.
func TestOppositesSaidTogether(t *testing.T) {
	ix := oneClaim(t, "The measures will help the two governments share warnings about small threats to their networks.")
	if r := ix.Check("The measures will help the two governments share warnings about threats to their networks big and small."); r.Verdict == Contradicted {
		t.Errorf("got %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
}

// TestOppositeWithItsOwnObject: "avoid a confrontation" says the source's
// own word, "confrontation": the pair avoid / confront is no swap there
// (reader-6's r6-175 was of this kind).
func TestOppositeWithItsOwnObject(t *testing.T) {
	// The seed's source: "could mistakenly lead to a real confrontation
	// between the two countries".
	if r := seedIndex(t).Check("The two countries want to avoid a mistaken confrontation."); r.Verdict == Contradicted {
		t.Errorf("got %s (%s), want no contradiction", r.Verdict, r.Reason)
	}
}

// TestNamesAreWordsNotStems: a word the sources capitalise makes a name
// of that word, not of every word with its stem: "Readiness Teams" makes
// no name of "ready", so "ready" is compared as a word.
func TestNamesAreWordsNotStems(t *testing.T) {
	var cs []claims.Claim
	for i, s := range []string{
		"The two nations agreed last year to link the daily work of their national Computer Emergency Readiness Teams during a crisis.",
		"Bossert said it would be premature to suggest a cyber partnership with Moscow.",
	} {
		cs = append(cs, claims.Claim{ID: string(rune('1' + i)), Text: s, Sources: []claims.Source{{Quote: s}}})
	}
	ix := NewIndex(claims.FromClaims("two", cs))
	ix.Decision = HandWritten()
	if r := ix.Check("bossert said they are ready for a cyber partnership with moscow"); r.Verdict != Contradicted || !strings.Contains(r.Reason, "premature") {
		t.Errorf("got %s (%s), want contradicted: ready against premature", r.Verdict, r.Reason)
	}
}
