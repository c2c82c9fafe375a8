package claims

import "github.com/factcheck/factcheck/claims/plainjson"

// The database's JSON, read without reflection. encoding/json reads a
// database by reflection, after a first pass that validates the whole
// input; under WebAssembly that is most of the time between a page
// receiving the seed database and its first check. decodeJSON reads, in
// one pass, the JSON that Encode writes (and any JSON as strict): the
// keys of DB, Article, Claim, Source and Lexical exactly as their tags
// spell them, each at most once per object, strings, whole numbers,
// arrays and objects (plainjson.Reader; null only where encoding/json
// leaves the field empty). Anything else, valid or not (another key, a
// key in another case, a repeated key, a fraction, null for a list of
// articles or claims), makes it give up, and Decode leaves the input to
// encoding/json, whose answer (a database, or the error) is then the one
// returned: what decodeJSON returns is always what json.Unmarshal would
// (FuzzDecodeJSONIsUnmarshal).
func decodeJSON(data []byte) (*DB, bool) {
	// One copy of the input, of which every string read without an
	// escape is a part: no allocation for each.
	r := plainjson.NewReader(string(data))
	var db DB
	r.Object([]plainjson.Field{
		{Key: "format", Str: &db.Format},
		{Key: "version", Int: &db.Version},
		{Key: "name", Str: &db.Name},
		{Key: "examples", Strs: &db.Examples},
		{Key: "articles", Read: func() {
			db.Articles = []*Article{}
			r.Array(func() {
				a := &Article{}
				readArticle(r, a)
				db.Articles = append(db.Articles, a)
			})
		}},
		{Key: "claims", Read: func() {
			db.Claims = []Claim{}
			r.Array(func() {
				db.Claims = append(db.Claims, Claim{})
				readClaim(r, &db.Claims[len(db.Claims)-1])
			})
		}},
		{Key: "lexical", Read: func() {
			l := &Lexical{}
			r.Object([]plainjson.Field{
				{Key: "synonyms", Lists: &l.Synonyms},
				{Key: "paraphrases", Lists: &l.Paraphrases},
				{Key: "opposites", Lists: &l.Opposites},
			})
			db.Lexical = l
		}},
	})
	if !r.Done() {
		return nil, false
	}
	return &db, true
}

func readArticle(r *plainjson.Reader, a *Article) {
	r.Object([]plainjson.Field{
		{Key: "id", Str: &a.ID},
		{Key: "outlet", Str: &a.Outlet},
		{Key: "headline", Str: &a.Headline},
		{Key: "byline", Str: &a.Byline},
		{Key: "published", Str: &a.Published},
		{Key: "url", Str: &a.URL},
		{Key: "inferred", Strs: &a.Inferred},
		{Key: "note", Str: &a.Note},
		{Key: "lang", Str: &a.Lang},
		{Key: "text", Str: &a.Text},
	})
}

func readClaim(r *plainjson.Reader, c *Claim) {
	r.Object([]plainjson.Field{
		{Key: "id", Str: &c.ID},
		{Key: "text", Str: &c.Text},
		{Key: "kind", Str: &c.Kind},
		{Key: "sources", Read: func() {
			c.Sources = []Source{}
			r.Array(func() {
				c.Sources = append(c.Sources, Source{})
				readSource(r, &c.Sources[len(c.Sources)-1])
			})
		}},
		{Key: "speaker", Str: &c.Speaker},
		{Key: "date", Str: &c.Date},
		{Key: "entities", Strs: &c.Entities},
		{Key: "numbers", Strs: &c.Numbers},
		{Key: "dates", Strs: &c.Dates},
		{Key: "title", Str: &c.Title},
		{Key: "rating", Str: &c.Rating},
		{Key: "url", Str: &c.URL},
		{Key: "reviewer", Str: &c.Reviewer},
		{Key: "reviewed", Str: &c.Reviewed},
	})
}

func readSource(r *plainjson.Reader, s *Source) {
	r.Object([]plainjson.Field{
		{Key: "article", Str: &s.Article},
		{Key: "start", Int: &s.Start},
		{Key: "end", Int: &s.End},
		{Key: "quote", Str: &s.Quote},
		{Key: "outlet", Str: &s.Outlet},
		{Key: "published", Str: &s.Published},
		{Key: "url", Str: &s.URL},
	})
}
