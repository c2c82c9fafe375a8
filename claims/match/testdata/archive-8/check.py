#!/usr/bin/env python3
"""Checks archive-8.jsonl against the article text of news pages from go-trafilatura's test files.

Usage from the repository root:
    python3 claims/match/testdata/archive-8/check.py [--bodies DIR] [--pages DIR]
The pages are the evaluation pages shipped in the Go module github.com/markusmobius/go-trafilatura
v1.12.2 (a dependency of this repository, Apache-2.0; the pages are as their sites published
them), found in the module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-trafilatura@
v1.12.2/test-files/{comparison,mock}/NAME.html; pages.txt lists them. None of them is in
archive-6. There is no true article body for these pages: a page's article text is computed
exactly as archive-6/check.py computes it (its visible text, cut to the article body by the start
and end phrases of BOUNDS below, with the passages of CUTS removed first); this file only gives
the phrases. With --bodies DIR it writes each page's article text to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it copies each page to
DIR/NAME.html (for `factcheck build -articles DIR`).
The statements are checked by archive-5/check.py's check_cases (as archive-6's are): for every
statement, whatever its verdict, the key is stored folded as ../shared/eval/score folds article
text (NFKC, curly quotes and dashes to ASCII, white space collapsed, lower case) and occurs in
the folded article text of each listed page, `why` occurs (folded) in that text, and the key
occurs in `why` (for an unverified statement the key and `why` are the text's nearest passage,
which neither states nor denies it); the fields are in order, ids unique and in order (b001,
b002, ...), verdicts and kinds valid, an unverified statement has kind related or beyond and no
other statement has, every article is listed in pages.txt and every page there has statements.
No network is needed: the pages come from the Go module cache.
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
# words) of a passage removed once, such as a photo caption, an embedded post or a sign-up box.
BOUNDS = {
    "salon.com.emissions": ("just a week into the new year", "emissions from factories, cars, and buildings."),
    "observer.com-LVMH": ("for over a year, the louvre has fought", "at the musée guimet and château de versailles."),
    "abc13.com-Copperfield": ("houston, texas (ktrk) -- a houston-area beauty business", "we will continue that policy for as long as we are here,\" hasib said."),
    "ticotimes.net-worldbank": ("president-elect rodrigo chaves apologized to the two female", "my sisters and my own,\" concluded chaves."),
    "thestkittsnevisobserver.com-bvi": ("bvi premier andrew fahie has been detained in the united states",
                                        "on this urgent issue. i realise this will be shocking news for people in the territory. and i would call for calm at this time. the honourable deputy premier natalio wheatley will remain acting premier of the territory. i will discuss with him and cabinet the way forward in continuing to support the good governance of the territory. i will provide a further update in due course."),
    "tribune242.com-gunned": ("two men were killed in separate incidents just hours apart yesterday.", "crime stoppers at 328-tips (8477)."),
    "newsday.co.tt-forex": ("a private motion brought by independent senator amrita deonarine", "to address forex challenges in tt."),
    "thenassauguardian.com-hikes": ("there is no end in sight for rising prices", "in consumer prices since 1991."),
    "viconsortium.com-cocaine": ("u.s. customs and border protection (cbp) air and marine operations (amo) found sunday", "and within the nation's interior."),
    "citylimits.org-Nycha": ("wednesday is a monumental day for the new york city housing authority", "additional details can be found here."),
    "world.kbs.co.kr-Temperatures": ("after heavy downpours on monday", "forecasts the winter-like weather to return over the weekend."),
    "nowgrenada.com-pm": ("grenada's prime minister and chairman of the oecs authority", "can impact the governments and people of the caribbean."),
    "dominicantoday.com-air": ("iberojet has signed an interline agreement with air europa", "even more pleasant and comfortable,\" he said."),
    "theverge.com.ios13": ("ios 13's third developer beta includes a new feature", "the feature should arrive in the public-facing beta next week."),
    "threatpost.com.android": ("researchers are warning of a new android ransomware", "using novel techniques to exfiltrate data."),
    "breakingbelizenews.com-paho": ("the americas cannot ignore the risk of further covid-19 surges", "we must adjust our strategies when cases rise, to save lives.\""),
    "miamitodaynews.com-Transitway": ("the trust spending more than $100 million on a 20-mile bus rapid transit line", "is aligned with those funding partners.\""),
    "californiaglobe.com.amazon": ("on thursday, california's 4th district court of appeal in santa ana", "amazon is expected to bring the case to a higher court in the near future."),
    "nationalgeographic.co.uk.goats": ("it takes four hours to sail to redonda", "\"but they don't know the work that goes into keeping it that way.\""),
    "theplanetarypress.com.forestlands": ("indigenous peoples have had a track record of managing landscapes sustainably", "ethical, equitable and beneficial partnerships, the paper states."),
    "theintercept.com-Gaza": ("khan younis, gaza - the israeli assault on the gaza strip", "one of the most difficult decisions imposed on us by wars.\""),
    "wired.com.burn": ("last month, researchers at openai in san francisco revealed", "\"ai is clearly moving toward lighter models and greener ai,\" he says."),
    "fivethirtyeight.com.endorsement": ("if you've been following endorsements of the 2020 democratic primary field", "the polls suggest that's a good thing for sanders and especially biden."),
    "jamaicaobserver.com-attacks": ("st catherine, jamaica - a female police inspector", "the incident drew several curious onlookers."),
    "twincities.com-mayor": ("st. louis park appears to be the first u.s. city", "but it is not where we want to stop our story.\""),
}
CUTS = {
    "salon.com.emissions": ("advertisement:", "(credit: clayton aldern / grist)"),
    "observer.com-LVMH": ("jean siméon chardin 's basket of wild strawberries, (1761). courtesy louvre",),
    "thestkittsnevisobserver.com-bvi": ("bvinews.com",),
    "newsday.co.tt-forex": ("brian manning -",),
    "citylimits.org-Nycha": ("rsvp for our zoom panel on 11/9: trust, pact or section 9? a city limits conversation on the future of nycha",),
    "nowgrenada.com-pm": ("discussions underway during the caribbean financial access roundtable in barbados",),
    "theverge.com.ios13": ("normally if you look at a portrait phone screen, you appear to be looking below the front-facing camera. image: wsig",
                           "with the new feature, you appear to be looking at the camera, even when you're looking at the screen. image: wsig",
                           ("how ios 13 facetime attention correction works:", "(@schukin) july 3, 2019")),
    "nationalgeographic.co.uk.goats": ("the redonda tree lizard (anolis nubilus), one of the reptiles that rebounded after invasive species were removed from the island. photograph by ed marshall, redonda restoration programme",
                                       "goats on redonda before they were airlifted to antigua. photograph by jeremy holden, fauna & flora international",
                                       "an evolution in colour: redonda in 2016 and 2019. photograph by eag antigua"),
    "theintercept.com-Gaza": (("\"we ran out of fuel", "out of service.\""),
                              "join our newsletter original reporting. fearless journalism. delivered to you. i'm in",
                              "children injured in an israeli attack are treated at al aqsa martyrs hospital in deir al balah, gaza, on nov. 05, 2023. photo: ashraf amra/anadolu via getty images",
                              "related inside the biden white house, doubts about gaza war are beginning to creep in",
                              ("\"i hope that my baby recovers", "run out of fuel.\""),
                              ("most read blowback:", "surveillance program renewal daniel boguslaw"),
                              ("\"today there are no medicines", "painkiller drugs.\""),
                              ("\"it is not enough for one day in a hospital. they just", "inside the operating rooms.\"")),
    "wired.com.burn": ("\"the concern is that machine-learning algorithms in general are consuming more and more energy, using more data, training for longer and longer.\" sasha luccioni, mila",
                       "advertisement",
                       "keep reading the latest on artificial intelligence, from machine learning to computer vision and more"),
    "fivethirtyeight.com.endorsement": ("[our latest forecast: who will win the 2020 democratic primary?]",),
    "twincities.com-mayor": (("st. louis park appears to be the first u.s. city", "(screen grab)"),),
}

def main():
    """archive-6's check of a set, with this set's bounds and cuts, and none of archive-6's pages."""
    archive6.BOUNDS, archive6.CUTS = BOUNDS, CUTS
    taken = set(archive5.stems(os.path.join(HERE, "..", "archive-6", "pages.txt")))
    return archive6.check_set(HERE, "archive-8", "b", taken)

if __name__ == "__main__":
    sys.exit(main())
