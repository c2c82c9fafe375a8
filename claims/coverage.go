package claims

import "sort"

// Coverage says what a database speaks to, so that a reader learns that
// "no sourced claim" means "not in these sources", not "false".
type Coverage struct {
	Claims   int      // claims in the database
	Articles int      // articles they are drawn from
	Outlets  []string // the articles' outlets, sorted, each once (unnamed ones left out)
	From, To string   // the earliest and latest publication dates (YYYY[-MM[-DD]]), "" when none is known
}

// Coverage summarises the database: how many claims, from which outlets,
// published between which dates. Imported claims count their sources'
// outlets and dates too.
func (db *DB) Coverage() Coverage {
	cv := Coverage{Claims: len(db.Claims), Articles: len(db.Articles)}
	outlets := map[string]bool{}
	date := func(d string) {
		if d == "" {
			return
		}
		if cv.From == "" || d < cv.From {
			cv.From = d
		}
		if d > cv.To {
			cv.To = d
		}
	}
	for _, a := range db.Articles {
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
		date(a.Published)
	}
	for _, c := range db.Claims {
		for _, s := range c.Sources {
			if s.Article != "" {
				continue
			}
			if s.Outlet != "" {
				outlets[s.Outlet] = true
			}
			date(s.Published)
		}
	}
	for o := range outlets {
		cv.Outlets = append(cv.Outlets, o)
	}
	sort.Strings(cv.Outlets)
	return cv
}
