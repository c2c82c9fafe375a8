package claims

// Lexical relates words of a database to the words a reader may use for
// them, in the terms of the text pipeline (claims/text: normalised,
// aliased, stemmed), each list sorted. It is built from WordNet by package
// claims/lexical for the database's own vocabulary only, so it stays small.
type Lexical struct {
	// Synonyms maps a term to the database terms that mean the same: the
	// same WordNet synset in a usual sense, or a derived form
	// ("extradition" for "extradite").
	Synonyms map[string][]string `json:"synonyms,omitempty"`
	// Opposites maps a term to the database terms opposed to it ("far" to
	// "near"), both ways.
	Opposites map[string][]string `json:"opposites,omitempty"`
}
