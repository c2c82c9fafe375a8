// Package text is factcheck's text pipeline: it turns a statement or an
// article sentence into tokens that keep their byte offsets in the original
// text, so that the UI can highlight exactly the words that matched.
//
// The pipeline follows bleve's analysis design: a Tokenizer cuts the text,
// then TokenFilters run in order, each a small stage in its own file:
//
//	tokenize -> normalize -> sign -> clock -> social -> contraction -> privative
//	         -> hyphen -> compound -> alias -> spelling -> synonym -> number
//	         -> stop -> calendar -> stem
//
// Every stage keeps Token.Start/End pointing into the original text.
package text

// Kind says what a token is.
type Kind uint8

const (
	Word   Kind = iota // an ordinary word
	Number             // a cardinal, ordinal or fraction ("three", "24th", "10,375", "a third": "1/3")
	Year               // a four-digit calendar year 1000..2199
	Entity             // a canonical alias ("usa", "russia")
	Symbol             // a compound like "24/7" kept whole
)

func (k Kind) String() string {
	switch k {
	case Number:
		return "number"
	case Year:
		return "year"
	case Entity:
		return "entity"
	case Symbol:
		return "symbol"
	}
	return "word"
}

// Token is one unit of text.
type Token struct {
	Text  string  // the original surface, text[Start:End]
	Term  string  // the normalised form the index and matcher compare
	Start int     // byte offset of the first byte in the original text
	End   int     // byte offset after the last byte
	Kind  Kind    // what the token is
	Num   float64 // the value, for Number and Year tokens
	Cap   bool    // the original starts with an upper-case letter
	Stop  bool    // a stop word: kept for positions and scope, not indexed
	Neg   bool    // a negation cue ("not", "no", "never", "n't")
	Tag   byte    // '#' or '@' when the word follows it (a hashtag, a mention), else 0
}

// Tokenizer cuts text into tokens.
type Tokenizer interface {
	Tokenize(text string) []Token
}

// TokenFilter rewrites a token stream.
type TokenFilter interface {
	Filter(tokens []Token) []Token
}

// Analyzer is a tokenizer followed by filters.
type Analyzer struct {
	Tokenizer Tokenizer
	Filters   []TokenFilter
}

// Analyze runs the whole pipeline over text.
//
// Not inlined: Analyze, its wrapper, is inlined in many callers, and a
// copy of this in each costs app.wasm more than the call.
//
//go:noinline
func (a *Analyzer) Analyze(text string) []Token {
	tokens := a.Tokenizer.Tokenize(text)
	for _, f := range a.Filters {
		tokens = f.Filter(tokens)
	}
	return tokens
}

// Default is the analyzer factcheck uses for claims and statements alike.
var Default = &Analyzer{
	Tokenizer: WordTokenizer{},
	Filters: []TokenFilter{
		NormalizeFilter{},
		SignFilter{},
		ClockFilter{},
		SocialFilter{},
		ContractionFilter{},
		PrivativeFilter{},
		HyphenFilter{},
		CompoundFilter{},
		AliasFilter{},
		SpellingFilter{},
		SynonymFilter{},
		FractionFilter{},
		NumberFilter{},
		StopFilter{},
		YearWordsFilter{},
		CalendarFilter{},
		StemFilter{},
	},
}

// Analyze runs the Default analyzer.
func Analyze(s string) []Token { return Default.Analyze(s) }

// Terms returns the indexable terms of tokens: no stop words.
func Terms(tokens []Token) []string {
	out := make([]string, 0, len(tokens))
	for _, t := range tokens {
		if !t.Stop && t.Term != "" {
			out = append(out, t.Term)
		}
	}
	return out
}
