package claims

import (
	"strings"
	"testing"
)

// TestReaderAddress: calls to action and disclosures from real pages of
// go-trafilatura's comparison set are furniture; the news sentences next
// to them that use the same verbs stay claims.
func TestReaderAddress(t *testing.T) {
	cut := []string{
		"Consider inviting your friends and colleagues to join us.",
		"Thanks for following our live blog throughout the day.",
		"Check back for regular news roundups and subscribe to our YouTube channel for video updates.",
		"Also, don’t forget to tag me in re-creations on Instagram or Facebook with @elavegan and #elavegan – I love seeing them!",
		"If you give this peanut butter truffles recipe a try, I’d love a comment and recipe rating below.",
		"If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.",
		"To view the full story, please subscribe to The Haitian Times.",
		"For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
		"You might also want to check out our Insider’s Guide to Python Interviewing for suggestions on interview questions that can help identify Python experts.",
		"We may receive compensation when you click on links to those products.",
		"This post contains references to products from one or more of our advertisers.",
		"For bonus points, use my referral link and we both get $10 free credit (= 2 months of hosting).",
		"We want to hear what you think about this article.",
		"Submit a letter to the editor or write to letters@theatlantic.com.",
		"Thank you for supporting LA Weekly and our advertisers.",
		"/Editor’s note: The disclaimer below refers to advertising posts and does not apply to this or any other editorial stories.",
		"NOTE: The advertising disclaimer below does not apply to this article, nor any originating from the Village Voice editorial department, which does not accept paid links.",
		"Featured image by Alberto Riva/The Points Guy.",
		"We’ll keep this page updated as more information arises, which might last even beyond the RTX 3070’s launch.",
		"We hope you’ve found the pointers in this article helpful and welcome your feedback.",
		// Readability's test pages (go-readability v2.1.3).
		"If you value this article or any others please share and consider a subscription, or perhaps buying a virtual coffee.",
		"This version corrects the spelling of the region to Tuva, not Tyva.",
		"Many thanks to everyone who worked on this project: Anirudh Jayakumar, Deepak Gupta.",
		"(See Facebook's own description of this process.)",
	}
	kept := []string{
		"You can sign up for notifications, though.",
		"Amazon isn't taking pre-orders either, but you can sign up to be notified when products become available.",
		"We only got to check out the first floor because of our tight schedule, but they also have an eat-in area on the second floor.",
		"Next time I visit the New Chitose Airport, I will definitely check out this location of Dezuka Suisan.",
		"Share prices of the company fell 3% on Tuesday, our analysis of the filings shows.",
		"Contact tracing began on Monday, officials told us.",
		"Thanks to the rain, the reservoir is full again.",
		"If you are stopped by police, please remain calm, the guidance says.",
		"“Please follow our advice and stay at home,” the minister said.",
		"For more than a decade the agency has registered every birth in the county.",
		"Video by a bystander shows the officer firing twice.",
		"Following our report, the city council voted to close the plant.",
		"Support for the measure grew, our poll found.",
		"Submitted bids must reach the council by Friday.",
		"The ministry will keep the public updated as the storm moves north, officials said.",
	}
	for _, s := range cut {
		if !readerAddress(strings.ToLower(s)) {
			t.Errorf("kept as a claim: %q", s)
		}
	}
	for _, s := range kept {
		if readerAddress(strings.ToLower(s)) {
			t.Errorf("cut as furniture: %q", s)
		}
	}
}
