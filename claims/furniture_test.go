package claims

import (
	"strings"
	"testing"
)

// Furniture lines as real pages print them are recognised, each as its
// kind; the sentences beside them on the same pages are not.
func TestFurnitureLines(t *testing.T) {
	for line, want := range map[string]string{
		// The kinds issue 19's newcomer found in 25 saved news pages, and
		// lines of the benchmark's pages (../shared/bench/extraction).
		"READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing":                                         "link lead-in",
		"Related: The 15 Weirdest Galaxies in Our Universe":                                                                         "link lead-in",
		"[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]":                                     "link lead-in",
		"(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori che interpreteranno Pegasus e co –FOTO)":                       "link lead-in",
		"Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]":                                                         "link lead-in",
		"Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.":                                            "newsletter plug",
		"Sign up for our daily briefing newsletter to get the top stories in your inbox.":                                           "newsletter plug",
		"Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick Zieminski and Dan Grebler":           "credit line",
		"(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash and Megan Davies, editing by Martin Howell.)": "credit line",
		"Fox News’ Jessica Napoli contributed to this report.":                                                                      "credit line",
		"Keith Bradsher contributed reporting from Hong Kong.":                                                                      "credit line",
		"Continue Reading Below": "continue marker",
		"Advertisement":          "continue marker",
		"Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her on Twitter @AmyKup or on Facebook.": "follow or share prompt",
		"Like this story? Share it with a friend.":                                                            "follow or share prompt",
		"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.":                                        "follow or share prompt",
		"Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous": "follow or share prompt",
		"CLICK HERE TO GET THE FOX NEWS APP":                                                                  "follow or share prompt",
		"Photos: Europa, Mysterious Icy Moon of Jupiter":                                                      "photo credit",
		"(Graphic: Emerging markets in 2019 - here)":                                                          "photo credit",
		"Updated at 1:23 p.m.":                                                                                "timestamp",
		"Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit":           "follow or share prompt",
		// go-htmldate's mediacloud test pages (issue 19's second newcomer):
		// an agency credit, an agency's pointer to its coverage, a plea.
		"(With inputs from agencies)":      "credit line",
		"With inputs from PTI and Reuters": "credit line",
		"Follow the Ledger's coverage at https://example.com/hub/floods and https://example.com/rain": "follow or share prompt",
		"If you found the reporting above useful, please consider a donation to support it.":          "membership plug",
		"If you value our journalism, please consider supporting us with a donation.":                 "membership plug",
		"Filed under: Khawarij |":               "tag list",
		"Download: http://po.st/TP_615Download": "link line",
		"Tempo de leitura: 2 minutos":           "reading time",
		"[button link=\"http://www.example.co.uk/submit-kit-review/\" type=\"big\"] Send us YOUR kit review[/button]": "shortcode",
		"SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'":                                                        "teaser in capitals",
		"Note: we are temporarily moderating all comments submitted to deal with a surge in spam.":                    "comment policy",
		// go-trafilatura's comparison pages (corkbeo.ie, barbadostoday.bb)
		"Every day we'll send you a roundup email of all the latest from Cork covering news, entertainment and sport, all in one handy email.":                                                                            "newsletter plug",
		"Barbados Today firmly discourages any commentary or statements that are libelous, disruptive in nature or incites others to violate our Terms of Use.":                                                           "comment policy",
		"This website uses cookies and other technology to enhance quality of service. Continuous usage of the website will be considered as giving consent to the application of such technology and the policy of KBS.": "cookie notice",
		"We use cookies to give you the best experience on our website.":                    "cookie notice",
		"The Harbour Gazette reserves the right to remove comments that break these rules.": "comment policy",
	} {
		if got := furnitureLine(line, placeAnywhere, placePage); got != want {
			t.Errorf("furnitureLine(%q) = %q, want %q", line, got, want)
		}
	}
	if got := furnitureLine("Farmers gather in the square. (Credits: Jane Doe)", placeFirst); got != "photo credit" { // a caption's credit standing first
		t.Errorf("the caption with its credit standing first: %q, want photo credit", got)
	}
	if got := furnitureLine("Fuente: Diario del Puerto", placeTrailing); got != "credit line" { // the source named last
		t.Errorf("the source line closing a story: %q, want credit line", got)
	}
	if got := furnitureLine("Source: the harbour board's annual report", placeAnywhere); got != "" {
		t.Errorf("a source line before the story's end: %q, want none", got)
	}
	for _, line := range []string{
		"Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks across the globe rose for a seventh session.",
		"The road safety slogan was an intentional play for a double entendre, but drew enough criticism to get the ax from the state.",
		"Share this information, please?",
		"Officials did not immediately provide any other details.",
		"Related coverage of the trial has drawn millions of viewers, the network said on Monday.",
		"Reuters reported on Monday that the company had hired advisers.",
		"Follow-up tests showed no trace of the virus, the ministry said.",
		"About 1,300 people work for the company worldwide, it said.",
		"We will send an email to all parents on Monday, the principal said.",
		"\"We'll send you the documents tomorrow,\" the minister told the committee.",
		"The party will not tolerate such comments, its leader said on Tuesday.",
		"If you value your privacy, do not join the network, the regulator warned.",
		"The regulator said the website uses cookies to follow readers across other sites.",
		"BAAR, SWITZERLAND",
		"WASHINGTON (Reuters) - The Senate passed the bill on Friday.",
		"NASA",
		"http://amzn.to/2iJFhRj",
		"With inputs from farmers, the ministry revised the plan.",
		"With input from residents the council changed the route.",
		"Follow-up coverage at the station was limited, the editor said.",
		"If you found the keys, please return them to the front desk.",
		"The credits rolled at 10 p.m. (after the final whistle).",
	} {
		if got := furnitureLine(line, placeAnywhere, placePage, placeFirst, placeTrailing, placeToEnd); got != "" {
			t.Errorf("furnitureLine(%q) = %q, want none (a sentence of the article)", line, got)
		}
	}
}

// Where a kind of furniture stands matters: a photo credit or a headline
// with its timestamp only first, a press release's "About X" and what
// follows only in the second half, company boilerplate and copyright
// only at the end.
func TestDropFurniture(t *testing.T) {
	story := []string{
		"The Latest: Man stabbed to death on San Francisco Bay train Updated 10:01 pm PST, Tuesday, November 19, 2019",
		"HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San Francisco Bay Area commuter train.",
		"Authorities say a stabbing that killed a passenger on a San Francisco Bay Area commuter train was the result of a fight.",
		"Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions, its chief executive said in Baar.",
		"Continue Reading Below",
		"The company said the partnership would start in January and cover 14 countries.",
		"About Ascom",
		"Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.",
		"Media contact: press@example.com",
	}
	kept, dropped := DropFurniture(story)
	want := []string{story[1], story[2], story[3], story[5]}
	if strings.Join(kept, "\n") != strings.Join(want, "\n") {
		t.Errorf("kept:\n%s\nwant:\n%s", strings.Join(kept, "\n"), strings.Join(want, "\n"))
	}
	if len(dropped) != 5 || dropped[0].Reason != "timestamp" || dropped[2].Reason != "press-release section" {
		t.Errorf("dropped %+v", dropped)
	}
	// A photo's caption and credit standing first (theguardian.com).
	kept, dropped = DropFurniture([]string{"‘Excessive force and police brutality have accelerated and magnified these protests.’ Photograph: AFP via Getty", "Hong Kong is burning."})
	if len(kept) != 1 || len(dropped) != 1 || dropped[0].Reason != "photo credit" {
		t.Errorf("caption first: kept %q dropped %+v", kept, dropped)
	}
	// "About X" in the first half is the article's own heading.
	kept, _ = DropFurniture([]string{"About the study", "Researchers followed 4,000 patients for ten years.", "They found no link.", "The study was paid for by the institute."})
	if len(kept) != 4 {
		t.Errorf("an early 'About' heading cut the article: %q", kept)
	}
	// ... nor a long closing section of the article's own.
	long := []string{"Researchers followed 4,000 patients for ten years.", "They found no link, the authors said on Monday.", "About Mars"}
	for i := 0; i < 4; i++ {
		long = append(long, "The planet's thin atmosphere is mostly carbon dioxide, and its surface is colder than any desert on Earth, the agency said.")
	}
	if kept, _ = DropFurniture(long); len(kept) != len(long) {
		t.Errorf("a long late section was cut: kept %d of %d", len(kept), len(long))
	}
	// Company boilerplate ends a press release, not an article's middle.
	kept, _ = DropFurniture([]string{"Ascom is a global solutions provider focused on healthcare ICT.", "The deal was signed on Monday, the company said.", "Ascom is headquartered in Baar (Switzerland) and employs around 1,300 people worldwide."})
	if len(kept) != 2 || !strings.HasPrefix(kept[0], "Ascom is a global") {
		t.Errorf("kept %q", kept)
	}
}

// BenchmarkDropFurniture measures the furniture pass on a long article
// (every paragraph is tried against every pattern).
func BenchmarkDropFurniture(b *testing.B) {
	var paras []string
	for i := 0; i < 50; i++ {
		paras = append(paras, "The Harbour Tunnel will close for three weekends in June while engineers replace its ventilation fans, the city's transport authority said on Tuesday.", "Read more: Harbour bridge reopens after repairs")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		DropFurniture(paras)
	}
}

// Lines kept in an article's text but out of its claims: the help-line
// note under a story (CNN on go-trafilatura's comparison pages). The
// outlet's membership plug is cut from the text (TestFurnitureLines).
func TestFurnitureLinesInText(t *testing.T) {
	for line, want := range map[string]string{
		"How to get help: In the US, call the National Suicide Prevention Lifeline at 1-800-273-8255.": "help line",
		"If you or someone you know is struggling, call or text 988.":                                  "help line",
		"The lifeline received 2,000 calls in its first week, officials said.":                         "",
		"If you enjoyed the concert, you were not alone: 40,000 people came, organisers said.":         "",
	} {
		if got := furnitureLineOf(line, true, placeAnywhere, placePage); got != want {
			t.Errorf("furnitureLineOf(%q, in text) = %q, want %q", line, got, want)
		}
	}
}

// A correction or update note opening its paragraph is a note about the
// article: it stays in the text and gives no claim, however the rest of
// its paragraph reads; a paragraph about someone else's correction or a
// live page's "Update:" is news.
func TestCorrectionNotesInText(t *testing.T) {
	for line, want := range map[string]string{
		"Correction: An earlier version of this article misstated the year the mill closed. It closed in 1987.": "correction note",
		"Correction (May 4): The river rose by two metres, not three.":                                          "correction note",
		"Corrections: The bridge's engineer is Ana Ruiz, not Ana Ruíz.":                                         "correction note",
		"Correction, Jan. 9, 2025: This article originally misidentified the publisher of the novel.":           "correction note",
		"Corrections, police and fire crews all took part in the drill on May 4.":                               "",
		"Correction added on 12 March 2025: the school has 410 pupils.":                                         "correction note",
		"Editor's note: This story contains descriptions of violence. The trial resumes on Monday.":             "correction note",
		"Editor’s note — Names of the witnesses have been withheld.":                                            "correction note",
		"This story has been updated to include a statement from the harbour authority.":                        "correction note",
		"This article was amended on 3 June 2025 to correct the name of the mayor's party.":                     "correction note",
		"This version corrects the spelling of the ferry company's name.":                                       "correction note",
		"An earlier version of this story gave the wrong date for the vote. The vote is on Thursday.":           "correction note",
		"Corrections officers at the prison went on strike on Friday.":                                          "",
		"The newspaper published a correction on Tuesday after the minister complained.":                        "",
		"The report was amended after the auditors objected, the council said.":                                 "",
		"Update: Police said the driver had been arrested.":                                                     "",
		"Editors at the paper said the story had been corrected.":                                               "",
	} {
		if got := furnitureLineOf(line, true, placeAnywhere, placePage); got != want {
			t.Errorf("furnitureLineOf(%q, in text) = %q, want %q", line, got, want)
		}
	}
}

// A fact check's statement of the claim under check ("CLAIM: …", "THE
// CLAIM: …", as AP's fact checks print it) stays in the text and gives
// no claim: the outlet reports it, to refute it; its "THE FACTS:" and a
// sentence about a claim are the outlet's own. Our own sentences.
func TestClaimUnderCheckInText(t *testing.T) {
	for line, want := range map[string]string{
		"CLAIM: The new bridge over the river was built without a permit.":                       "claim under check",
		"THE CLAIM: A photo shows the mayor at a rally in 2019.":                                 "claim under check",
		"THE FACTS: The bridge was approved by the council in 2017, records show.":               "",
		"The claim that the bridge lacked a permit spread on social media last week.":            "",
		"Claims for unemployment benefits rose by 12,000 last week, the labour department said.": "",
	} {
		if got := furnitureLineOf(line, true, placeAnywhere, placePage); got != want {
			t.Errorf("furnitureLineOf(%q, in text) = %q, want %q", line, got, want)
		}
	}
}

// A paragraph of reporting that closes on a furniture line loses only that
// line; one that is nothing but furniture goes whole; and furniture kept
// in the text, run into a paragraph, is no claim while the paragraph's
// reporting is.
func TestFurnitureClosingAParagraph(t *testing.T) {
	kept, dropped := DropFurniture([]string{
		"The bridge reopens on Monday. Repairs cost $4 million. For the full timetable, click here.",
		"For the full timetable, click here. Follow us on Twitter.",
		"The council meets on Tuesday.",
	})
	if len(kept) != 2 || kept[0] != "The bridge reopens on Monday. Repairs cost $4 million." || kept[1] != "The council meets on Tuesday." {
		t.Errorf("kept %q", kept)
	}
	if len(dropped) != 2 || dropped[0].Para != "For the full timetable, click here." {
		t.Errorf("dropped %q", dropped)
	}
	text := "The ferry won the race by a length. We hope you enjoyed our coverage. Stay tuned to River Radio for more updates from the regatta. Until next year, goodbye.\n"
	var claimed []string
	for _, s := range SegmentText(text) {
		if s.Reason == "" {
			claimed = append(claimed, text[s.Start:s.End])
		}
	}
	if got := strings.Join(claimed, "|"); strings.Contains(got, "coverage") || strings.Contains(got, "River Radio") || !strings.Contains(got, "The ferry won the race by a length.") {
		t.Errorf("claims %q", claimed)
	}
}

// The headlines under a heading that is furniture (a teaser heading in
// capitals closed by a colon, a box of links' heading) leave the text
// with it, up to the first sentence; a list under a heading of the
// story's own, or under a capitals line without a colon, stays.
func TestListUnderFurnitureHeading(t *testing.T) {
	paras := []string{
		"The ferry company said on Monday that it would add two boats to the island route in the spring.",
		"WHAT ELSE YOU NEED TO KNOW ABOUT THE FLOODS:",
		"— Rain returns to the valley as rivers stay high",
		"— Schools shut: parents scramble for care",
		"The harbour board approved the new timetable after a year of complaints from commuters.",
		"Related",
		"Tunnel repairs to start in June",
		"The work will cost 7.5 million dollars, officials said.",
		"SCHEDULE",
		"March 3: the first sailing",
		"Key dates:",
		"April 9: the second sailing",
	}
	kept, dropped := DropFurniture(paras)
	var gone []string
	for _, d := range dropped {
		gone = append(gone, d.Para)
	}
	want := []string{paras[1], paras[2], paras[3], paras[5], paras[6]}
	if strings.Join(gone, "|") != strings.Join(want, "|") {
		t.Errorf("dropped %q, want %q", gone, want)
	}
	if len(kept) != len(paras)-len(want) {
		t.Errorf("kept %q", kept)
	}
}
