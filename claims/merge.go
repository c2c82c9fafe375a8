package claims

import "strings"

// Merge adds the articles and claims of another collection (named from,
// for messages) to db and reindexes it. An article or claim whose ID db
// already has (ignoring case: IDs name files, and macOS and Windows do not
// tell "Case-Test" from "case-test") is refused with an error naming
// both; the rest are added.
func (db *DB) Merge(from string, articles []*Article, cs []Claim) ErrorList {
	var errs ErrorList
	arts := make(map[string]bool, len(db.Articles))
	for _, a := range db.Articles {
		arts[strings.ToLower(a.ID)] = true
	}
	for _, a := range articles {
		if arts[strings.ToLower(a.ID)] {
			errs.Add(Pos{File: from}, "article id %q is already in the database", a.ID)
			continue
		}
		arts[strings.ToLower(a.ID)] = true
		db.Articles = append(db.Articles, a)
	}
	ids := make(map[string]bool, len(db.Claims))
	for _, c := range db.Claims {
		ids[strings.ToLower(c.ID)] = true
	}
	for _, c := range cs {
		if ids[strings.ToLower(c.ID)] {
			errs.Add(Pos{File: from}, "claim id %q is already in the database", c.ID)
			continue
		}
		ids[strings.ToLower(c.ID)] = true
		db.Claims = append(db.Claims, c)
	}
	db.Reindex()
	return errs
}
