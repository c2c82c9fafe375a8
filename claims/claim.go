// Package claims is factcheck's model: articles (article.go), the claims
// drawn from them, each tied to the exact words of its sources
// (claim.go), the database and its versioned file format (db.go, merge.go,
// coverage.go), IDs and URLs safe as file names and links (ids.go,
// urls.go), problems with their place in a file (errors.go), the limits
// every input is held to (limits.go), the word relations the matcher reads
// (lexical.go) and what a fact-checker's rating says (rating.go).
//
// It also holds segmentation: how a text becomes sentences, and which of
// them are page furniture or no claim at all (segment.go, boilerplate.go,
// furniture.go, readeraddress.go, names.go). The builder splits articles
// with it and the matcher splits what a reader pastes with the same rules
// at check time; both import this package, and the matcher and the
// browser client link no builder. (claims/text, below both, is the
// word-level pipeline: tokens, normalisation, stems; it knows nothing of
// sentences, paragraphs or pages.)
//
// Making a database from articles is claims/build; outside collections of
// claims (TSV, ClaimReview) and the ClaimReview export are
// claims/collections. It imports no UI code, so it runs natively, under
// Node and in the browser.
package claims

// Claim is one checkable statement and where it comes from.
type Claim struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`               // short canonical statement
	Kind     string   `json:"kind"`               // sentence, curated or imported
	Sources  []Source `json:"sources,omitempty"`  // at least one for built claims
	Speaker  string   `json:"speaker,omitempty"`  // who said it, when attributed
	Date     string   `json:"date,omitempty"`     // the date it refers to, YYYY[-MM[-DD]]
	Entities []string `json:"entities,omitempty"` // people, places, organisations named
	Numbers  []string `json:"numbers,omitempty"`  // quantities ("more than 3 hour")
	Dates    []string `json:"dates,omitempty"`    // every date stated, as written by Date.String
	Title    string   `json:"title,omitempty"`    // imported: the fact-check's headline
	Rating   string   `json:"rating,omitempty"`   // imported: the fact-checker's verdict ("False")
	URL      string   `json:"url,omitempty"`      // imported: the fact-check's address
	Reviewer string   `json:"reviewer,omitempty"` // imported: who checked it
	Reviewed string   `json:"reviewed,omitempty"` // imported: when it was checked
}

// Claim kinds.
const (
	KindSentence = "sentence" // a check-worthy sentence, extracted automatically
	KindCurated  = "curated"  // an atomic claim written by hand from the articles
	KindImported = "imported" // from an outside collection
)

// Source is where a claim's words stand.
type Source struct {
	Article string `json:"article,omitempty"` // article ID in this database
	Start   int    `json:"start"`             // byte offsets of Quote in the article's text
	End     int    `json:"end"`
	Quote   string `json:"quote"` // verbatim: Article.Text[Start:End]
	// For imported claims whose source is elsewhere.
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
}
