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
	compassLetters  = itemToKey("compass-letters.txt")
	chatForms       = itemToKey("social.txt")
	chatFillers     = set("chat-fillers.txt")
	eraWords        = set("era-words.txt")
	infinitiveHeads = set("infinitive-heads.txt")
)

func (SocialFilter) Filter(tokens []Token) []Token {
	out := tokens[:0:0]
	trailing := len(tokens) // where the hashtags that end the text begin
	for trailing > 0 && tokens[trailing-1].Tag == '#' {
		trailing--
	}
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
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
		if c, ok := compassOf(tokens, i); ok {
			out = append(out, withTerm(t, c))
			continue
		}
		if chatTo(tokens, i) {
			out = append(out, withTerm(t, "to"))
			continue
		}
		lower := t.Text == strings.ToLower(t.Text)
		if w, ok := slashed(tokens, i); ok {
			// "w/o": the first letter's span says "without", the second's
			// nothing more.
			second := tokens[i+1]
			second.Stop = true
			out = append(out, withTerm(t, w), second)
			i++
			continue
		}
		term := t.Term
		possessive := strings.HasSuffix(term, "'s") && !strings.Contains(chatForms[strings.TrimSuffix(term, "'s")], " ")
		if possessive { // "the govt's plan": the contraction filter drops the "'s"
			term = strings.TrimSuffix(term, "'s")
		}
		era := eraWords[term] && i > 0 && allDigits(tokens[i-1].Term) // "300 bc"
		if words, ok := chatForms[term]; ok && lower && !era {
			if possessive {
				words += "'s"
			}
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

// slashed returns the word that token i and the next spell as one chat
// form written with a slash between two letters ("w/o": "without", "b/c":
// "because"; data/social.txt), when they are lower case and one character
// apart: the tokenizer keeps no slash, and a letter typed alone before
// another ("w o") is no word either.
func slashed(tokens []Token, i int) (string, bool) {
	if i+1 >= len(tokens) {
		return "", false
	}
	t, n := tokens[i], tokens[i+1]
	if len(t.Text) != 1 || len(n.Text) != 1 || t.Tag != 0 || n.Tag != 0 || !adjacent(t, n) ||
		t.Text != strings.ToLower(t.Text) || n.Text != strings.ToLower(n.Text) {
		return "", false
	}
	w, ok := chatForms[t.Text+"/"+n.Text]
	return w, ok && !strings.Contains(w, " ")
}

// IsChatFiller reports whether a word is a chat word that carries no
// claim ("lol", "omg", "smh": data/chat-fillers.txt).
func IsChatFiller(word string) bool { return chatFillers[Normalize(word)] }

// compassOf returns the compass point that token i, a lone letter, stands
// for before a place ("n korea", "N Korea": "north";
// data/compass-letters.txt): the point and the next word name a country
// or a place of the gazetteer, and the word before, if any, is no country
// or place the letter may join as "and" ("japan n korea").
func compassOf(tokens []Token, i int) (string, bool) {
	t := tokens[i]
	c, ok := compassLetters[t.Term]
	if !ok || len(t.Text) != 1 || i+1 >= len(tokens) || tokens[i+1].Tag != 0 {
		return "", false
	}
	name := c + " " + tokens[i+1].Term
	if _, alias := aliases[name]; !alias && !IsPlace(c+" "+Stem(tokens[i+1].Term)) {
		return "", false
	}
	if i > 0 {
		prev := tokens[i-1].Term
		if _, alias := aliases[prev]; alias || IsPlace(Stem(prev)) {
			return "", false
		}
	}
	return c, true
}

// chatTo reports whether token i is a "2" typed for "to": between a word
// that a "to" and a verb follow (data/infinitive-heads.txt: "plans 2
// shut", "trying 2 stop") and a lower-case verb in its base form
// (IsVerb). Elsewhere "2" is the figure it looks like ("the 2 countries",
// "has 2 votes", "2 meet in geneva").
func chatTo(tokens []Token, i int) bool {
	if tokens[i].Text != "2" || i == 0 || i+1 >= len(tokens) {
		return false
	}
	prev, next := tokens[i-1], tokens[i+1]
	return prev.Tag == 0 && next.Tag == 0 && infinitiveHeads[prev.Term] &&
		next.Text == strings.ToLower(next.Text) && IsVerb(next.Term) &&
		adjacent(prev, tokens[i]) && adjacent(tokens[i], next)
}

// adjacent reports whether token b follows token a with one character
// between them, a space: no punctuation parts them ("plans: 2, shut").
func adjacent(a, b Token) bool { return b.Start-a.End == 1 }

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
