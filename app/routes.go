package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers every page. The client and the server both call it.
func Routes() {
	goapp.Handle(loadDatabase, handleLoadDatabase)
	goapp.Route("/", func() goapp.Composer { return newCheckPage() })
	goapp.Route("/claims", func() goapp.Composer { return newClaimsPage() })
	goapp.Route("/about", func() goapp.Composer { return newAboutPage() })
	goapp.RouteWithRegexp("^/article/[A-Za-z0-9._-]+$", func() goapp.Composer { return newArticlePage() })
	goapp.RouteWithRegexp("^/claim/[^/]+$", func() goapp.Composer { return newClaimPage() })
	goapp.Route("/embed", func() goapp.Composer { return newEmbedPage() })
	// Last: any other address is the site's own not-found page, on the
	// server (with status 404) and in the browser alike.
	goapp.RouteWithRegexp("^/", func() goapp.Composer { return newNotFoundPage() })
}

// Paths of the pages with no parameter, for the offline cache.
var StaticPaths = []string{"/claims", "/about", "/embed"}
