package claims

import (
	"embed"
	"regexp"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
	"github.com/factcheck/factcheck/claims/wordlist"
)

// A sentence addressed to the reader with a call to action on the
// outlet's own channels ("Please spare some time to comment below",
// "check out my … product", "Thanks for following our live blog") or a
// disclosure of the outlet's terms ("We may receive compensation when
// you click on links to those products") is furniture, not a claim. The
// verbs, objects and disclosures are data/reader-address.txt (its header
// gives the test and its source); this file joins them into one test.

//go:embed data/reader-address.txt
var readerAddressData embed.FS

var (
	readerAddressOnce sync.Once
	// readerTargeted: second person or "please"/"thanks", then an action
	// aimed at the writer or page within four words.
	readerAddressed, readerThanks, readerBare, readerImperative, readerTargeted, readerDisclosure *regexp.Regexp
)

func readerAddressRules() {
	sections := map[string][]string{}
	for _, sec := range wordlist.Sections(readerAddressData, "data/reader-address.txt") {
		sections[sec.Name] = append(sections[sec.Name], sec.Entries...)
	}
	action := `(?:` + strings.Join(sections["action"], "|") + `)`
	target := `(?:` + strings.Join(sections["target"], "|") + `)`
	readerAddressed = regexp.MustCompile(`(?i)\b(?:you|your|you're|you’re|you'll|you’ll|please|thanks for|thank you for)\b`)
	readerTargeted = regexp.MustCompile(`(?i)\b` + action + `\b(?:\W+[\w'’-]+){0,4}?\W+` + target + `(?:\W|$)`)
	readerThanks = regexp.MustCompile(`(?i)^\W*(?:thanks|thank you)(?: so much| very much)? for (?:` + strings.Join(sections["thanks"], "|") + `)\b.*\W` + target + `(?:\W|$)`)
	readerBare = regexp.MustCompile(`(?i)^\W*(?:(?:also|so|and|now|then|just|finally),? )?` + action + `\b`)
	readerImperative = regexp.MustCompile(`(?i)^\W*(?:(?:also|so|and|now|then|just|finally),? )?(?:(?:please )?(?:don'?t forget|don’t forget|do not forget|be sure|make sure|remember) to |please )` + action + `\b` +
		`|^\W*(?:for|to) [^.,]*, (?:please )?` + action + `\b` +
		`|^\W*if you\b[^.]*\bplease (?:consider |do )?` + action + `\b` + // "If you value this article … please share and consider a subscription"
		`|^\W*for (?:the latest|more (?:news|stories|updates|information|coverage)|breaking news|all the latest)\b[^.,]*?,? (?:please )?` + action + `\b`)
	var whole []string // every other section: whole-sentence patterns
	for name, lines := range sections {
		if name != "action" && name != "target" && name != "thanks" {
			whole = append(whole, lines...)
		}
	}
	readerDisclosure = regexp.MustCompile(`(?i)` + strings.Join(whole, "|"))
}

// reportedRE marks a source's words: a quotation or a reporting verb.
var reportedRE = lazyre.New(`["“”]|\b(?:said|says|told|according to|wrote|tweeted|posted)\b`)

// readerAddress reports whether an article's sentence is a call to action
// addressed to the reader or a disclosure (data/reader-address.txt).
func readerAddress(s string) bool {
	readerAddressOnce.Do(readerAddressRules)
	if readerDisclosure.MatchString(s) {
		return true
	}
	if reportedRE.MatchString(s) {
		return false
	}
	if readerImperative.MatchString(s) || readerThanks.MatchString(s) {
		return true
	}
	// A bare imperative ("Check back … and subscribe to our channel")
	// needs its target too: "Share prices …", "Contact tracing …" open
	// news sentences with the same words.
	return (readerAddressed.MatchString(s) || readerBare.MatchString(s)) && readerTargeted.MatchString(s)
}
