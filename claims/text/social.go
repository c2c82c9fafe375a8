package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SocialFilter reads text as people type it in posts and on phones: chat
// spellings become the words they stand for (data/social.txt: "u" ->
// "you", "gonna" -> "going to", "govt" -> "government"), chat fillers
// ("lol", "smh"; data/chat-fillers.txt) become stop words, and hashtags and
// @mentions are read as the words they spell ("#BidenPutinSummit" ->
// "Biden" "Putin" "Summit", each with its own span). Contractions typed
// without an apostrophe ("dont") are the contraction filter's. Hashtags
// that trail a post ("moscow cant be trusted #cybersecurity") tag its
// topic rather than say anything: they become stop words. It runs right
// after normalisation.
type SocialFilter struct{}

var (
	chatForms   = itemToKey("social.txt")
	chatFillers = set("chat-fillers.txt")
)

func (SocialFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	trailing := len(tokens) // where the hashtags that end the text begin
	for trailing > 0 && tokens[trailing-1].Tag == '#' {
		trailing--
	}
	for i, t := range tokens {
		if t.Tag != 0 {
			parts := splitTag(t)
			if i >= trailing && trailing > 0 {
				for j := range parts {
					parts[j].Stop = true
				}
			}
			out = append(out, parts...)
			continue
		}
		lower := t.Text == strings.ToLower(t.Text)
		if words, ok := chatForms[t.Term]; ok && lower {
			for i, w := range strings.Fields(words) {
				p := withTerm(t, w)
				p.Cap = p.Cap && i == 0
				out = append(out, p)
			}
			continue
		}
		if chatFillers[t.Term] && lower {
			t.Stop = true
		}
		out = append(out, t)
	}
	return out
}

// splitTag cuts a hashtag or mention at its capitals and digits:
// "BidenPutinSummit" -> "Biden" "Putin" "Summit", "G20Summit" -> "G20"
// "Summit"; an all-lower or all-upper tag stays whole.
func splitTag(t Token) []Token {
	var out []Token
	s := t.Text
	start := 0
	runes := []rune(s)
	pos := 0 // byte offset of runes[i]
	for i, r := range runes {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1]) && unicode.IsUpper(runes[i-1])) {
			out = append(out, part(t, start, pos))
			start = pos
		}
		pos += utf8.RuneLen(r)
	}
	out = append(out, part(t, start, len(s)))
	return out
}

// part is the piece [a, b) of token t's text, as a token of its own.
func part(t Token, a, b int) Token {
	p := t
	p.Text = t.Text[a:b]
	p.Term = Normalize(p.Text)
	p.Start, p.End = t.Start+a, t.Start+b
	r, _ := utf8.DecodeRuneInString(p.Text)
	p.Cap = unicode.IsUpper(r)
	p.Tag = 0
	return p
}
