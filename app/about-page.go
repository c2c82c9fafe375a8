package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims/match"
)

// aboutPage explains how a check works, what its answers mean, what the
// database covers, and lists the sources.
type aboutPage struct {
	goapp.Compo
	db database
}

func newAboutPage() *aboutPage { return &aboutPage{db: initialDatabase()} }

func (p *aboutPage) OnNav(ctx goapp.Context) { observeDatabase(ctx, &p.db, nil) }

func (p *aboutPage) Render() goapp.UI {
	cv := p.db.Coverage
	var articles []goapp.UI
	if p.db.Status == loaded {
		for _, a := range p.db.Index.DB.Articles[:min(len(p.db.Index.DB.Articles), maxListedArticles)] {
			title := firstNonEmpty(a.Headline, a.ID)
			articles = append(articles, goapp.Li().Body(
				goapp.A().Href("/article/"+a.ID).Text(title),
				goapp.Text(" — "+byline(a)),
			))
		}
	}
	return newPageShell("/about",
		goapp.H1().Text("How this works"),
		goapp.P().Text(site().About),
		goapp.Ol().Class("steps").Body(
			goapp.Li().Text("Your text is split into sentences. Questions, greetings and opinions are marked as not checkable. Pasted web markup is read as the text it shows."),
			goapp.Li().Text("Each sentence is matched against the claims: its words, names, numbers and dates, tolerating typos and different spellings."),
			goapp.Li().Text("The best claim is compared with your sentence. A negation, a different date or number, a swapped place or an opposite word makes it contradicted; a name or fact the sources never mention leaves it without a sourced claim."),
			goapp.Li().Text("The result says why, and highlights the words that match or differ in your sentence and in the source."),
		),
		goapp.H2().Text("What the answers mean"),
		goapp.Dl().Class("verdict-list").Body(
			verdictTerm(match.Supported, "A claim in the sources says the same thing, and its source is quoted."),
			verdictTerm(match.Contradicted, "A claim in the sources says otherwise (another date, number, place, or the opposite), and the result says where they differ."),
			verdictTerm(match.Unverified, "No claim in these sources speaks to the sentence. It means the sources do not cover it, not that it is false."),
			verdictTerm(match.Mixed, "For a text of several sentences: some are contradicted and some supported. A text whose sentences are some supported and the rest without a sourced claim gets no badge as a whole: each sentence keeps its own."),
		),
		goapp.P().Text("A verdict rests on one claim and its quoted source, shown with it, so you can judge it yourself. A badge is shown only when the check is sure enough of it: its confidence (the percentage the command line and the embed API give) is the probability that it is right, calibrated on labelled statements it was not fitted on; below the threshold the closest claim is shown as related, with no badge. Where a reason gives a percentage, it says how many of your sentence's key words the source covers."),
		goapp.H2().Text("What the sources cover"),
		goapp.If(p.db.Status == loaded, func() goapp.UI {
			return goapp.P().Textf("%s from %s. A statement about anything else gets “no sourced claim”.", plural(cv.Claims, "claim"), coverageSources(cv))
		}),
		goapp.Ul().Class("source-list").Body(articles...),
		goapp.If(p.db.Status == loaded && len(p.db.Index.DB.Articles) > maxListedArticles, func() goapp.UI {
			return goapp.P().Body(
				goapp.Textf("and %s more articles: ", thousands(len(p.db.Index.DB.Articles)-maxListedArticles)),
				goapp.A().Href("/claims").Text("browse the claims"),
				goapp.Text(" to find them."),
			)
		}),
		goapp.H2().Text("Offline"),
		newOfflineButton(),
		goapp.H2().Text("Privacy"),
		goapp.P().Text("The whole check runs in your browser, in WebAssembly. Nothing you type is sent anywhere or stored: the app keeps its own files and the claims database in the browser's cache so it works offline, and nothing else. Your text goes into a link only when you ask for a share link."),
		goapp.H2().Text("Limits"),
		goapp.P().Textf("Up to %s characters are checked at once; a longer text stays whole in the box and is checked part by part. A share link carries up to %s characters.", thousands(maxCheck), thousands(maxLink)),
	)
}

// maxListedArticles is how many sources the page lists by name; an
// archive's others are found on the claims page.
const maxListedArticles = 200

func verdictTerm(v match.Verdict, meaning string) goapp.UI {
	return goapp.Div().Body(
		goapp.Dt().Body(badge(v)),
		goapp.Dd().Text(meaning),
	)
}
