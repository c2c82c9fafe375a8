package text

import "unicode/utf8"

// SignFilter gives the signs the tokenizer keeps beside figures their
// word (data/figure-signs.txt): "$" in "$5" is "dollar", "€" "euro", "%"
// in "15%" "percent", so "$5" and "5 dollars", "15%" and "15 percent"
// share their terms. A dash between two figures ("50-60", "$14–$18")
// reads "to", a stop word, as in "50 to 60". "per cent" after a number is
// "percent". It runs right after normalisation, before the hyphen filter.
type SignFilter struct{}

// signWords maps a sign to its word.
var signWords = itemToKey("figure-signs.txt")

func (SignFilter) Filter(tokens []Token) []Token {
	out := tokens[:0]
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		if r, w := utf8.DecodeRuneInString(t.Text); w == len(t.Text) && !isWordRune(r) {
			switch {
			case isDash(r):
				t.Term = "to"
			case signWords[t.Text] != "":
				t.Term = signWords[t.Text]
			}
		}
		// "15 per cent" is "15 percent": "per" goes, "cent" is "percent";
		// so is "Thirty per cent", a number said in words (isNumberWord
		// reads digits too).
		if t.Term == "per" && i > 0 && i+1 < len(tokens) && tokens[i+1].Term == "cent" && isNumberWord(tokens[i-1].Term) {
			cent := tokens[i+1]
			cent.Term = "percent"
			out = append(out, cent)
			i++
			continue
		}
		out = append(out, t)
	}
	return out
}

// IsFigureSign reports whether a token is a sign the tokenizer kept beside
// a figure: a currency or percent sign, or a dash between two figures.
func IsFigureSign(t Token) bool {
	r, w := utf8.DecodeRuneInString(t.Text)
	return w == len(t.Text) && (isCurrencySign(r) || isPercentSign(r) || isDash(r))
}

// isCurrency reports whether a token is a currency sign ("$", "€").
func isCurrency(t Token) bool {
	r, w := utf8.DecodeRuneInString(t.Text)
	return w == len(t.Text) && isCurrencySign(r)
}

// isRangeDash reports whether a token is a dash between two figures.
func isRangeDash(t Token) bool {
	r, w := utf8.DecodeRuneInString(t.Text)
	return w == len(t.Text) && isDash(r)
}
