// Package claims holds factcheck's claims database: articles, the claims
// built from them (each tied to the exact words of its sources), the
// builder that makes a database from a folder of articles, and the
// versioned file format. Outside claim collections (TSV, ClaimReview) are
// read by claims/collections.
//
// It imports no UI code, so it runs natively, under Node and in the browser.
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
