#!/usr/bin/env python3
"""Checks archive-9.jsonl against the article text of news pages from go-trafilatura's test files.

Usage from the repository root:
    python3 claims/match/testdata/archive-9/check.py [--bodies DIR] [--pages DIR]
The pages are the evaluation pages shipped in the Go module github.com/markusmobius/go-trafilatura
v1.12.2 (a dependency of this repository, Apache-2.0; the pages are as their sites published
them), found in the module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-trafilatura@
v1.12.2/test-files/{comparison,mock}/NAME.html; pages.txt lists them. None of them is in
archive-6 or archive-8. There is no true article body for these pages: a page's article text is
computed exactly as archive-6/check.py computes it (its visible text, cut to the article body by
the start and end phrases of BOUNDS below, with the passages of CUTS removed first); this file
only gives the phrases. With --bodies DIR it writes each page's article text to DIR/NAME.txt
(the folder that ../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it copies
each page to DIR/NAME.html (for `factcheck build -articles DIR`).
The statements are checked by archive-5/check.py's check_cases (as archive-6's and archive-8's
are): for every statement, whatever its verdict, the key is stored folded as
../shared/eval/score folds article text (NFKC, curly quotes and dashes to ASCII, white space
collapsed, lower case) and occurs in the folded article text of each listed page, `why` occurs
(folded) in that text, and the key occurs in `why` (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in
order, ids unique and in order (c001, c002, ...), verdicts and kinds valid, an unverified
statement has kind related or beyond and no other statement has, every article is listed in
pages.txt and every page there has statements, and no page is in archive-6's or archive-8's
pages.txt. No network is needed: the pages come from the Go module cache.
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive6 = _load("archive6check", "archive-6")  # its page text rules (it loads archive-5/check.py)
archive5 = archive6.archive5

# Article body of each page: (first words, last words), both exact (folded) phrases of the
# page's visible text; the body runs from the first occurrence of the start phrase to the end
# of the first occurrence of the end phrase after it (archive-6's rule). CUTS: folded phrases
# removed (as whole words) from the text before it is bounded, or a pair (first words, last
# words) of a passage removed once, such as a photo caption or a sign-up line.
BOUNDS = {
    "ticotimes.net-migration": ("the united states is seeking to reach a firm agreement", "to help those who are forced to leave their homes."),
    "stluciatimes.com-dea": ("british virgin islands (bvi) governor john rankin thursday called for calm", "since it was an active investigation."),
    "trinidadexpress.com-melissa": ("a 35-year-old woman of clarkia drive", "supervised by inspector anil maharaj."),
    "nationwideradiojm.com-caricom": ("president of the jamaica manufacturers & exporters, jmea, john mahfood says", "added value to produce increases the demand."),
    "publishedreporter.com-Hottest": ("according to scientists, 2023 is slated to be the hottest year", "the urgency and magnitude of the climate crisis."),
    "heartlandnewsfeed.com-Christian": ("taylorville - the following are arrest and accident reports", "was arrested on an active warrant."),
    "rutgers.edu.robot": ("in the future, robots could take blood samples", "also contributed to the study."),
    "thepointsguy.com.alaska": ("alaska airlines has a new date for when it will be a full fledged member", "according to cirium schedule data."),
    "medicalnewstoday.com.318674": ("many of us have noticed that we seem to get our best ideas", "and, generally, the human mind."),
    "pagesix.com.myers": ("dee dee myers - a white house press secretary for bill clinton", "warners has not named a replacement."),
    "barbadostoday.bb-contest": ("the democratic labour party (dlp) has formally announced", "voting will commence at 9 a.m. and end at 5 p.m."),
    "reporternewspapers.net-Brookhaven": ("dresden drive is closed between ellijay drive", "including arium brookhaven and @1377 apartments."),
    "jamaica.gleaner.com-victims": ("the police have now released the identities", "the other three were admitted."),
    "haitiantimes.com-family": ("west palm beach - the family of a ranked junior tennis player", "what's going on with mekhi,\" etienne said."),
    "nationnews.com-tridents": ("it will be a challenging task for the senior men's national football team", "playing well in the tournament."),
    "knowtechie.com.rally": ("rocket league is gearing up for a new season", "due to the whole epic games thing. please?"),
    "dw.com.uncork": ("climbing out of ahrweiler, a charming medieval village", "i most certainly have."),
}
CUTS = {
    "stluciatimes.com-dea": ("- advertisement -",),
    "thepointsguy.com.alaska": ("sign up for the free daily tpg newsletter for more airline news!",),
    "jamaica.gleaner.com-victims": ("headlines delivered to your inbox sign up for the gleaner's morning and evening newsletters.",),
    "knowtechie.com.rally": ("check out the reveal trailer for rocket league's new rocket pass \ufeff",),  # an embedded video's heading and its zero-width mark
    "dw.com.uncork": ("oak barrels enhance the frühburgunder flavor",
                      "the steep landscape makes harvesting the grapes a challenge",
                      "alexander stodden's vineyard contributed to the revival of frühburgunder"),
}

def main():
    """archive-6's check of a set, with this set's bounds and cuts, and none of archive-6's or archive-8's pages."""
    archive6.BOUNDS, archive6.CUTS = BOUNDS, CUTS
    taken = set()
    for earlier in ("archive-6", "archive-8"):
        taken |= set(archive5.stems(os.path.join(HERE, "..", earlier, "pages.txt")))
    return archive6.check_set(HERE, "archive-9", "c", taken)

if __name__ == "__main__":
    sys.exit(main())
