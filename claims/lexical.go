package claims

import "strconv"

// Lexical relates words of a database to the words a reader may use for
// them, in the terms of the text pipeline (claims/text: normalised,
// aliased, stemmed), each list sorted. It is built from WordNet and PPDB by
// package claims/lexical for the database's own vocabulary only, so it
// stays small.
type Lexical struct {
	// Synonyms maps a term to the database terms that mean the same: the
	// same WordNet synset in a usual sense, or a derived form
	// ("extradition" for "extradite").
	Synonyms map[string][]string `json:"synonyms,omitempty"`
	// Paraphrases maps a term to the database terms PPDB 2.0 gives as its
	// lexical paraphrases ("negotiations" for "talks"), besides its
	// Synonyms.
	Paraphrases map[string][]string `json:"paraphrases,omitempty"`
	// Opposites maps a term to the database terms opposed to it ("far" to
	// "near"), both ways.
	Opposites map[string][]string `json:"opposites,omitempty"`
}

// Relation is how a reader's word was found among a claim's words: what
// made the match. The matcher records it for each word it matched, and
// the decision weighs matches by it.
type Relation uint8

// Relations, from the surest.
const (
	Unmatched  Relation = iota // no word of the claim
	Exact                      // the same word
	Stem                       // another form of the same word: the same term ("talks", "talked")
	Typo                       // a word one or two edits away ("arested")
	Synonym                    // Lexical.Synonyms: WordNet, the same synset or a derived form
	Paraphrase                 // Lexical.Paraphrases: PPDB 2.0
	Given                      // a word read for the claim's anaphor or kind (match's given terms)
	Context                    // a name the source's paragraph has, not the claim
)

var relationNames = [...]string{"unmatched", "exact", "stem", "typo", "synonym", "paraphrase", "given", "context"}

func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "Relation(" + strconv.Itoa(int(r)) + ")"
}
