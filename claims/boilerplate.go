package claims

import (
	"strings"

	"github.com/factcheck/factcheck/claims/internal/lazyre"
)

// A boilerplate rule recognises page furniture that is not the article's
// own reporting. Rules are general patterns, not lists of known strings:
// each names the kind of furniture it finds, which becomes the reason a
// paragraph is skipped.
type boilerplateRule struct {
	reason string
	match  func(para string, p paraContext) bool
}

// paraContext is what a rule may know about a paragraph's place.
type paraContext struct {
	index, count int // position among the article's non-empty paragraphs
}

var (
	// Photo agencies and stock libraries, and the "ID 123456" or "Job:"
	// fields their credits carry.
	imageCreditRE = lazyre.New(`(?i)\b(shutterstock|getty images|istock(photo)?|alamy|dreamstime|adobe stock|unsplash|pexels|ap photo|afp photo|reuters/)\b|\b(image|photo|picture) (id|credit)\b|\bID:? ?\d{6,}\b|;\s*job:`)
	// A media timestamp with its source: "03:40 - Source: CNN".
	videoStampRE = lazyre.New(`^\d{1,2}:\d{2}(:\d{2})?\s*([-–—]\s*)?(source:.*)?$`)
	// Three or more "Name:" items in a row: a source list.
	sourceListRE = lazyre.New(`^(\s*[^:.!?]{1,40}:){3,}`)
	// A byline dateline on its own line: "CNN —", "WASHINGTON (Reuters) -".
	datelineRE = lazyre.New(`^[A-Z][A-Za-z .&()\x{00a0}]{0,40}[-–—]+\s*$`)
	// "The post <title> appeared first on <site>.", WordPress's feed trailer.
	feedTrailerRE = lazyre.New(`^The post .{1,300} appeared first on .{1,200}$`)
	// A caption's credit at its end: "… the country [File: Reuters]",
	// "(Photo: AP)", "[Getty Images]".
	captionCreditRE = lazyre.New(`(?i)[\[(]\s*(file|photo|photograph|image|picture|video|credit|courtesy|getty|ap|afp|reuters|epa|ips|anadolu|xinhua)\b[^\])]{0,80}[\])]\s*$`)
	// Credit and syndication lines: who reported, edited or first
	// published the story.
	creditLineRE = lazyre.New(`(?i)^\(?\s*((additional |editing |writing |research |contributed |compiled )?(reporting|editing|writing|research) by\b|(this|the) (article|story|piece|post|report) (was|is|first|originally)( \w+)? (published|posted|appeared|produced)|(originally|first) (published|appeared|posted) (by|in|on|at)\b)|\bcontributed (to )?(this|the) (report|story|article)|\bcontributed reporting\b`)
	// Imperative marketing openers: "Find latest…", "Subscribe to…".
	promoOpenerRE = lazyre.New(`^(find|get|subscribe|sign up|follow|download|click|shop|buy|watch|listen|join|visit|discover|explore|check out|don't miss|read more|share)\b`)
)

var boilerplateRules = []boilerplateRule{
	{"video timestamp", func(s string, _ paraContext) bool { return videoStampRE.MatchString(strings.ToLower(s)) }},
	{"source list", func(s string, _ paraContext) bool { return sourceListRE.MatchString(s) }},
	{"image credit", func(s string, _ paraContext) bool { return imageCreditRE.MatchString(s) }},
	{"dateline", func(s string, _ paraContext) bool { return datelineRE.MatchString(s) }},
	{"image caption", func(s string, _ paraContext) bool { return captionCreditRE.MatchString(s) }},
	{"credit line", func(s string, _ paraContext) bool { return creditLineRE.MatchString(s) }},
	{"link list heading", func(s string, _ paraContext) bool {
		// A title-case line ending in a colon: "You Might Also Read:".
		return strings.HasSuffix(s, ":") && wordCount(s) <= 8 && isTitleCase(strings.TrimSuffix(s, ":"))
	}},
	{"page furniture", func(s string, _ paraContext) bool {
		// A word or three with no sentence punctuation and no figures:
		// "Advertisement", "Story highlights", "Latest Podcasts".
		return wordCount(s) <= 3 && !EndsSentence(s) && !strings.ContainsAny(s, "0123456789") && !strings.HasSuffix(s, ":")
	}},
	{"feed trailer", func(s string, _ paraContext) bool {
		// What WordPress appends to every item of its feeds.
		return feedTrailerRE.MatchString(s)
	}},
	{"promotion", func(s string, _ paraContext) bool {
		// Most sentences are calls to action aimed at the reader.
		sents := splitSentences(s, 0, false)
		if len(sents) < 2 {
			return false
		}
		n := 0
		for _, sp := range sents {
			if promoOpenerRE.MatchString(strings.ToLower(s[sp[0]:sp[1]])) {
				n++
			}
		}
		return n*2 >= len(sents)
	}},
}

// boilerplate returns why a paragraph is page furniture, or "".
func boilerplate(para string, ctx paraContext) string {
	para = strings.TrimSpace(para)
	for _, r := range boilerplateRules {
		if r.match(para, ctx) {
			return r.reason
		}
	}
	// The furniture lines of data/furniture.txt that stand anywhere (a
	// feed's item or a text file keeps them in its text).
	return furnitureLine(para, placeAnywhere)
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// isTitleCase reports whether most words of s start with a capital.
func isTitleCase(s string) bool {
	words := strings.Fields(s)
	caps := 0
	for _, w := range words {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return len(words) > 0 && caps*4 >= len(words)*3
}
