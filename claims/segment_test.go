package claims

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	for in, want := range map[string][]string{
		`Russia does not have an extradition treaty with the U.S. “Russia would be the last country,” he said.`: {
			`Russia does not have an extradition treaty with the U.S.`, `“Russia would be the last country,” he said.`},
		`It met the U.S. President on Dec. 5. Then it left.`:     {`It met the U.S. President on Dec. 5.`, `Then it left.`},
		`J. Smith and Mr. Jones met. "It went well." They left.`: {`J. Smith and Mr. Jones met.`, `"It went well."`, `They left.`},
		`The talks are underway ... different proposals. Done.`:  {`The talks are underway ... different proposals.`, `Done.`},
		`Is it true? Yes! 3.5 percent rose.`:                     {`Is it true?`, `Yes!`, `3.5 percent rose.`},
		`with the U.S. Is the hotline working?`:                  {`with the U.S.`, `Is the hotline working?`},
		// A figure with a decimal point ends its sentence (bgr.com, reuters.com):
		`Cases are down to $164.99. Heck, even AirPods Pro are cheaper!`: {`Cases are down to $164.99.`, `Heck, even AirPods Pro are cheaper!`},
		`Emerging market stocks rose 0.48%. MSCI’s index closed higher.`: {`Emerging market stocks rose 0.48%.`, `MSCI’s index closed higher.`},
		// A slogan in quotation marks inside a sentence (spokesman.com, usatoday.com)
		`South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing backlash. It began Monday.`: {
			`South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing backlash.`, `It began Monday.`},
		`“Meth. We’re on it” is rolling out with TV commercials.`: {`“Meth. We’re on it” is rolling out with TV commercials.`},
		`“It went well.” They left.`:                              {`“It went well.”`, `They left.`},
		// A title after a hyphen is still a title (politico.com): "then-Rep.", "ex-Gov."
		`It came in 2012 when then-Rep. Alan Marsh retired. The seat stayed red.`: {`It came in 2012 when then-Rep. Alan Marsh retired.`, `The seat stayed red.`},
		`“Nothing new in today's ‘impeachment’ proceedings. However, the witnesses’ opinions differ.”`: {
			`“Nothing new in today's ‘impeachment’ proceedings.`, `However, the witnesses’ opinions differ.”`},
		// A case's "v." and a firm's "Bros." end no sentence (newsweek.com, dailyherald.com)
		`The court overturned Smith v. Jones last June. It was 5-4.`:        {`The court overturned Smith v. Jones last June.`, `It was 5-4.`},
		`Studios including Warner Bros. Discovery and Universal took part.`: {`Studios including Warner Bros. Discovery and Universal took part.`},
	} {
		var got []string
		for _, sp := range splitSentences(in, 0, false) {
			got = append(got, in[sp[0]:sp[1]])
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

func TestSegmentText(t *testing.T) {
	text := "A Headline Without A Period\n\n  • First bullet states a fact here.\n• Second bullet states another fact.\nWhat happened next?\nIt can't.\nThe two sides agreed to the following:\nWe forecast a 55% chance of success. (For more forecasts we made surrounding this grant, see here.)\n"
	var got [][2]string
	for _, s := range SegmentText(text) {
		got = append(got, [2]string{text[s.Start:s.End], s.Reason})
	}
	want := [][2]string{
		{"A Headline Without A Period", ReasonHeading},
		{"First bullet states a fact here.", ""},
		{"Second bullet states another fact.", ""},
		{"What happened next?", ReasonQuestion},
		{"It can't.", ReasonFragment},
		{"The two sides agreed to the following:", ReasonLeadIn},
		{"We forecast a 55% chance of success.", ""},
		{"(For more forecasts we made surrounding this grant, see here.)", ReasonInstruction}, // blog.givewell.org
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SegmentText\n got %q\nwant %q", got, want)
	}
}

// A wire story's dateline opening a paragraph is where and when the
// story was filed: no part of the claim, so that its day is not read as
// the day of the events. A sentence that opens with a name in capitals,
// or with a country's short name and a dash, keeps it. Our own sentences.
func TestLeadDatelineIsNoPartOfTheClaim(t *testing.T) {
	for _, tc := range []struct{ para, dateline, claim string }{
		{"PARIS, April 8 — The regional games will take place July 15-24 in 2022.", "PARIS, April 8 —", "The regional games will take place July 15-24 in 2022."},
		{"WASHINGTON (Reuters) - The Senate approved the farm bill on Tuesday.", "WASHINGTON (Reuters) -", "The Senate approved the farm bill on Tuesday."},
		{"LOUISVILLE, Ky. (AP) - The favourite drew the outside post on Monday.", "LOUISVILLE, Ky. (AP) -", "The favourite drew the outside post on Monday."},
		{"LONDON, Jun 11 (EFE-EPA).- The ferry strike ended after four days.", "LONDON, Jun 11 (EFE-EPA).-", "The ferry strike ended after four days."},
		{"NEW YORK CITY (WABC) -- Night service on the subway will stop from May 6.", "NEW YORK CITY (WABC) --", "Night service on the subway will stop from May 6."},
		{"(CNN) — The mayor said on Thursday that the bridge would reopen.", "(CNN) —", "The mayor said on Thursday that the bridge would reopen."},
		{"NEW DELHI: The talks between the unions and the ministry resumed on Sunday.", "NEW DELHI:", "The talks between the unions and the ministry resumed on Sunday."},
		{"US - China talks resumed in Geneva on Monday.", "", "US - China talks resumed in Geneva on Monday."},
		{"NASA launched the probe on Monday — a day late.", "", "NASA launched the probe on Monday — a day late."},
	} {
		var dateline, claim string
		for _, s := range SegmentText(tc.para) {
			switch s.Reason {
			case ReasonDateline:
				dateline = tc.para[s.Start:s.End]
			case "":
				claim = tc.para[s.Start:s.End]
			}
		}
		if dateline != tc.dateline || claim != tc.claim {
			t.Errorf("%q: dateline %q, claim %q; want %q, %q", tc.para, dateline, claim, tc.dateline, tc.claim)
		}
	}
}

// A paragraph that ends by leading in to a list ("Here are the top
// developments:") loses only that sentence: the reporting before it
// stays claims. Our own sentences.
func TestLeadInEndingAParagraph(t *testing.T) {
	para := "The strike entered its eleventh day on Sunday. Talks between the unions and the ministry have failed so far. Here are the top developments:"
	var got [][2]string
	for _, s := range SegmentText(para) {
		got = append(got, [2]string{para[s.Start:s.End], s.Reason})
	}
	want := [][2]string{
		{"The strike entered its eleventh day on Sunday.", ""},
		{"Talks between the unions and the ministry have failed so far.", ""},
		{"Here are the top developments:", ReasonLeadIn},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SegmentText\n got %q\nwant %q", got, want)
	}
}

func TestBoilerplateRules(t *testing.T) {
	for in, want := range map[string]string{
		"Aerial view of a city at night; Getty Images ID 998877665": "image credit",
		"Photo credit: Jane Doe":                                    "image credit",
		"01:12 - Source: BBC":                                       "video timestamp",
		"12:03:44":                                                  "video timestamp",
		"AP: Reuters: AFP: Bloomberg":                               "source list",
		"WASHINGTON (Reuters) -":                                    "dateline",
		"Related Stories:":                                          "link list heading",
		"Sponsored":                                                 "page furniture",
		"Most Read Today":                                           "page furniture",
		"Subscribe to our newsletter. Follow us on social media. Great stories.": "promotion",
		"Officials met on Monday.":                                 "",
		"The two nations signed an agreement:":                     "",
		"Russia does not have an extradition treaty with the U.S.": "",
	} {
		if got := boilerplate(in, paraContext{}); got != want {
			t.Errorf("boilerplate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitStatements(t *testing.T) {
	in := "Hello! Russia has no treaty with the U.S. Is that right?\nseleznev was arested in 2014\n\nI think Putin is wrong."
	var got [][2]string
	for _, s := range SplitStatements(in) {
		got = append(got, [2]string{in[s.Start:s.End], s.Reason})
	}
	want := [][2]string{
		{"Hello!", ReasonGreeting},
		{"Russia has no treaty with the U.S.", ""},
		{"Is that right?", ReasonQuestion},
		{"seleznev was arested in 2014", ""},
		{"I think Putin is wrong.", ReasonOpinion},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SplitStatements\n got %q\nwant %q", got, want)
	}
}

// TestStatementsTypedInLowerCase: a reader's sentences split even when
// the next one starts in lower case; abbreviations still do not split.
func TestStatementsTypedInLowerCase(t *testing.T) {
	in := "the meetings include fbi officials. they will review agreements signed in 2013. talks with the u.s. government went well"
	var got []string
	for _, seg := range SplitStatements(in) {
		got = append(got, in[seg.Start:seg.End])
	}
	want := []string{"the meetings include fbi officials.", "they will review agreements signed in 2013.", "talks with the u.s. government went well"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("SplitStatements = %q, want %q", got, want)
	}
}

// TestStatementAfterCapitalInitialism: "U.S." followed by a lower-case
// word does not end a reader's sentence.
func TestStatementAfterCapitalInitialism(t *testing.T) {
	for in, want := range map[string][]string{
		"Police said U.S. and Russian officials met in Geneva.": {"Police said U.S. and Russian officials met in Geneva."},
		"They met in the U.S. The talks went well.":             {"They met in the U.S.", "The talks went well."},
		"they met in the u.s. the talks went well":              {"they met in the u.s.", "the talks went well"},
	} {
		var got []string
		for _, seg := range SplitStatements(in) {
			got = append(got, in[seg.Start:seg.End])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("SplitStatements(%q) = %q, want %q", in, got, want)
		}
	}
}

// A name with a dot in it, which the article writes the same way again and
// again, ends no sentence: Volkswagen's "ID. SPACE VIZZION" (slashgear.com,
// eight times in the story). A dot before the same word only once or
// twice, or before a word that starts sentences, still ends one.
func TestDottedNames(t *testing.T) {
	text := "The VW ID. SPACE VIZZION is the seventh electric concept in the family.\n\n" +
		"VW says that while the ID. SPACE VIZZION may only be a concept, it is close to production.\n\n" +
		"VW hopes to put a production version of the ID. SPACE VIZZION into the US market in 2021.\n\n" +
		"The car was shown by VW. It is long. Analysts praised the ID. The design is new.\n"
	var got []string
	for _, s := range SegmentText(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{
		"The VW ID. SPACE VIZZION is the seventh electric concept in the family.",
		"VW says that while the ID. SPACE VIZZION may only be a concept, it is close to production.",
		"VW hopes to put a production version of the ID. SPACE VIZZION into the US market in 2021.",
		"The car was shown by VW.", "It is long.", "Analysts praised the ID.", "The design is new.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// The note an article closes on when it turns to its reader is no claim;
// second person alone in a closing paragraph (a review's advice) is still
// the article's, and a reader-addressed line earlier on is left to the
// other rules.
func TestClosingNoteToTheReader(t *testing.T) {
	text := "The council approved the budget on Tuesday by seven votes to two.\n\n" +
		"If you live in the north ward, your taxes will rise by 3 percent.\n\n" +
		"The mayor said the vote was a relief.\n\n" +
		"We are still collecting stories from residents. Please get in touch if the change affects you.\n"
	var claimed, note []string
	for _, s := range SegmentText(text) {
		switch s.Reason {
		case "":
			claimed = append(claimed, text[s.Start:s.End])
		case ReasonClosingNote:
			note = append(note, text[s.Start:s.End])
		}
	}
	if len(note) != 1 || !strings.HasPrefix(note[0], "Please get in touch") {
		t.Errorf("closing note %q, want the 'Please get in touch' sentence alone", note)
	}
	if len(claimed) != 4 {
		t.Errorf("claims %q, want the budget, the taxes, the mayor and 'We are still collecting' (4)", claimed)
	}
}

// A writer's standing bio closing the article is no claim; a sentence
// about a reporter in the story's body is.
func TestClosingBio(t *testing.T) {
	text := "The paper's editor resigned on Monday. Maria Lopez is a veteran reporter who broke the story in 2019.\n\n" +
		"The board will meet on Friday.\n\n" +
		"Jane Doe is a senior reporter at the Ledger covering city hall. She can be reached at jdoe@ledger.example.\n"
	var claimed []string
	for _, s := range SegmentText(text) {
		if s.Reason == "" {
			claimed = append(claimed, text[s.Start:s.End])
		}
	}
	got := strings.Join(claimed, "\n")
	if strings.Contains(got, "Jane Doe") || !strings.Contains(got, "Maria Lopez") || !strings.Contains(got, "The board will meet") {
		t.Errorf("claims:\n%s\nwant the editor, Maria Lopez and the board, not Jane Doe's bio", got)
	}
}

// A plug the page prints at the top and again in its closing note is
// skipped in both places.
func TestClosingNoteRepeatedAtTheTop(t *testing.T) {
	plug := "Thank you for reading the Ledger. If you value this article, please share it. Allow me to thank those who support my work."
	text := plug + "\n\nThe council approved the budget on Tuesday by seven votes to two.\n\nThe mayor said the vote was a relief.\n\n" + plug + "\n"
	for _, s := range SegmentText(text) {
		if s.Reason == "" && strings.Contains(plug, text[s.Start:s.End]) {
			t.Errorf("a sentence of the repeated plug is a claim: %q", text[s.Start:s.End])
		}
	}
}

// A correction note stays in the article's text, but neither it nor the
// rest of its paragraph is a claim; the article's next paragraph is.
func TestCorrectionNoteNoClaims(t *testing.T) {
	text := "The mill employed 300 people when it closed.\nCorrection: An earlier version of this article misstated the year the mill closed. It closed in 1987.\nThe site has been a public park since 2004.\n"
	var claims []string
	for _, s := range SegmentText(text) {
		if s.Reason == "" {
			claims = append(claims, text[s.Start:s.End])
		}
	}
	want := []string{"The mill employed 300 people when it closed.", "The site has been a public park since 2004."}
	if !reflect.DeepEqual(claims, want) {
		t.Errorf("claims of %q\n got %q\nwant %q", text, claims, want)
	}
}

// Two or more paragraphs in a row, each cut short after a bare word, are
// a list of other stories' teasers: no claim. One paragraph ending on its
// writer's ellipsis is the article's own.
func TestTeaserListIsNoClaim(t *testing.T) {
	text := "The harbour bridge reopened on Monday after six weeks of repairs.\n\n" +
		"The mayor walked across it at dawn. Asked about the cost, she smiled and...\n\n" +
		"Ferry crews were told on Friday that their timetable would change from the...\n\n" +
		"Repairs cost 4.2 million dollars. Nobody expected the bill to be that high...\n\n" +
		"The council will publish the final accounts in May."
	claimed := map[string]bool{}
	for _, s := range SegmentText(text) {
		if s.Reason == "" {
			claimed[text[s.Start:s.End]] = true
		}
	}
	for _, want := range []string{"The harbour bridge reopened on Monday after six weeks of repairs.", "The council will publish the final accounts in May."} {
		if !claimed[want] {
			t.Errorf("%q is no claim", want)
		}
	}
	for _, teaser := range []string{"The mayor walked across it at dawn.", "Repairs cost 4.2 million dollars."} {
		if claimed[teaser] {
			t.Errorf("teaser %q became a claim", teaser)
		}
	}
	single := "The harbour bridge reopened on Monday after six weeks of repairs. Nobody expected that...\n\nThe council will publish the final accounts in May."
	if segs := SegmentText(single); segs[0].Reason != "" {
		t.Errorf("a paragraph closing on an ellipsis lost its first sentence: %q", segs[0].Reason)
	}
}

// A paragraph whose writer left out its last full stop is prose when the
// sentences before it are closed and its last one is long enough to be
// one: every sentence is read. A title, a one-sentence caption and a
// closed sentence followed by a link stay headings.
func TestUnclosedProseParagraph(t *testing.T) {
	reasons := func(text string) [][2]string {
		var got [][2]string
		for _, s := range SegmentText(text) {
			got = append(got, [2]string{text[s.Start:s.End], s.Reason})
		}
		return got
	}
	prose := "The county declared an emergency over the floods on Friday, the mayor said. Two rivers burst their banks. Rain is expected to continue until Sunday, with the worst of it falling overnight in the hills"
	want := [][2]string{
		{"The county declared an emergency over the floods on Friday, the mayor said.", ""},
		{"Two rivers burst their banks.", ""},
		{"Rain is expected to continue until Sunday, with the worst of it falling overnight in the hills", ""},
	}
	if got := reasons(prose); !reflect.DeepEqual(got, want) {
		t.Errorf("unclosed prose\n got %q\nwant %q", got, want)
	}
	for _, heading := range []string{
		"Firefighters at the scene of the blaze on the edge of the old town on Friday",                                  // a caption: one sentence
		"The bridge closed for repairs in March. The works on its cables ran on through the whole of the summer",        // two sentences
		"Firefighters at the scene of the blaze on Friday. The old mill had stood empty for more than twenty years",     // a caption of two
		"The festival returns in June. Tickets go on sale in May. Ticket details: https://tickets.example.org/festival", // a link after closed sentences
		"Rain returns. Schools closed", // a short tail
		"Storm warning for the coast. Council says more to follow. The mayor visits the town", // short tail
	} {
		if got := SegmentText(heading); len(got) != 1 || got[0].Reason != ReasonHeading {
			t.Errorf("%q: got %q, want one heading", heading, reasons(heading))
		}
	}
}

// A sentence that reports a question, quoting it after its own opening
// words, states something; a question, quoted or not, stays one.
func TestReportedQuestion(t *testing.T) {
	for s, want := range map[string]string{
		"The councillor posted online asking whether there were “any cyclists left in town?”": "",
		`The minister asked reporters: "Who will pay for the new bridge?"`:                    "",
		"Did the mayor really ask “who pays?”":                                                ReasonQuestion,
		"“Who pays for the bridge?”":                                                          ReasonQuestion,
		"Who will pay for the new bridge?":                                                    ReasonQuestion,
		"Why did the minister ask “who pays?”":                                                ReasonQuestion,
	} {
		if got := classify(s); got != want {
			t.Errorf("classify(%q) = %q, want %q", s, got, want)
		}
	}
}

// An initialism's dot inside a title in capitals, or a title in title case
// after a closed sentence, is no unclosed prose.
func TestUnclosedTitleStaysHeading(t *testing.T) {
	for _, heading := range []string{
		"U.K. AND IRISH MINISTERS MEET TO DISCUSS FISHING RIGHTS IN THE SEA",
		"Storm warning for the coast tonight. Rain is expected. Council Leaders Meet To Discuss The Flood Defences Of The Town",
	} {
		if got := SegmentText(heading); len(got) != 1 || got[0].Reason != ReasonHeading {
			t.Errorf("%q: got %v, want one heading", heading, got)
		}
	}
}

// TestIncredulousStatements: a reader who types a statement with two
// question marks ("?!", "??") says it in disbelief, and a source can
// settle it; a sentence that opens as a question stays one, after chat
// words too. The sentences are written for this test.
func TestIncredulousStatements(t *testing.T) {
	for s, want := range map[string]string{
		"so the bridge closed for the whole summer?? smh": "",
		"wait, the mayor resigned after two weeks?!":      "",
		"lol the council sold the park??":                 "",
		"the council sold the park?":                      ReasonQuestion,
		"did the council really sell the park??":          ReasonQuestion,
		"omg did the council sell the park??":             ReasonQuestion,
		"so why did the council sell the park??":          ReasonQuestion,
		"who sold the park??":                             ReasonQuestion,
	} {
		got := SplitStatements(s)
		if len(got) == 0 || got[0].Reason != want {
			t.Errorf("SplitStatements(%q) = %+v, want the first reason %q", s, got, want)
		}
	}
}
