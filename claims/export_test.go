package claims

// Hooks for the external tests (package claims_test, which may import
// claims/build and claims/collections): the limits a test lowers.
var (
	ArticleLimit  = &articleLimit
	DatabaseLimit = &databaseLimit
)
