package build

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// A paragraph an outlet prints in several of its otherwise different
// articles is the outlet's (a plug, a standing note), not a claim; copies
// of one story keep all their claims, and another outlet's article with
// the same paragraph keeps it.
func TestOutletBoilerplateIsNoClaim(t *testing.T) {
	plug := "The Ledger is an independent newsroom funded by more than 4,000 members."
	stories := []string{
		"The council approved the new budget on Tuesday by seven votes to two.",
		"The river rose 2 metres overnight and flooded the lower town.",
		"The school board hired 40 new teachers for the autumn term.",
	}
	var arts []*claims.Article
	for i, s := range stories {
		arts = append(arts, &claims.Article{ID: "ledger-" + string(rune('a'+i)), Outlet: "The Ledger", Lang: "en",
			Text: s + "\n\nOfficials said more details would follow next week.\n\n" + plug + "\n"})
	}
	// Two copies of one story of another outlet, and its own copy of the plug.
	copyText := "The mayor resigned on Friday after 12 years in office.\n\nHer deputy will serve until an election in March.\n\n" + plug + "\n"
	arts = append(arts,
		&claims.Article{ID: "post-1", Outlet: "The Post", Lang: "en", Text: copyText},
		&claims.Article{ID: "post-2", Outlet: "The Post", Lang: "en", Text: copyText})
	db, _, err := Build("test", arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	from := map[string][]string{}
	for _, c := range db.Claims {
		for _, s := range c.Sources {
			from[s.Article] = append(from[s.Article], c.Text)
		}
	}
	for _, a := range arts[:3] {
		got := strings.Join(from[a.ID], "\n")
		if strings.Contains(got, "independent newsroom") {
			t.Errorf("%s: the outlet's plug is a claim:\n%s", a.ID, got)
		}
		if !strings.Contains(got, strings.TrimSuffix(stories[a.ID[len(a.ID)-1]-'a'], ".")) {
			t.Errorf("%s: its story is no claim:\n%s", a.ID, got)
		}
	}
	if got := strings.Join(from["post-1"], "\n"); !strings.Contains(got, "independent newsroom") || !strings.Contains(got, "The mayor resigned") {
		t.Errorf("post-1 (copies of one story): claims %q, want all three", from["post-1"])
	}
}
