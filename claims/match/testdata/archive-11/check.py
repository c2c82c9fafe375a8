#!/usr/bin/env python3
"""Checks archive-11.jsonl against the article text of news pages from go-htmldate's test files.

Usage from the repository root:
    python3 claims/match/testdata/archive-11/check.py [--bodies DIR] [--pages DIR]
The pages are the test pages shipped in the Go module github.com/markusmobius/go-htmldate
v1.9.1 (a dependency of this repository, Apache-2.0; the pages are as their sites published
them), found in the module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-htmldate@
v1.9.1/test-files/mediacloud/NAME.html (this set takes its pages from the mediacloud folder
only); pages.txt lists them. None of them is in an earlier set's pages.txt, and none is
byte-identical to a go-trafilatura test page. There
is no true article body for these pages: a page's article text is computed exactly as
archive-6/check.py computes it (its visible text, cut to the article body by the start and end
phrases of BOUNDS below, with the passages of CUTS removed first); this file only gives the
phrases and points archive-6's check at go-htmldate's test files. With --bodies DIR it writes
each page's article text to DIR/NAME.txt (the folder that ../shared/eval/score reads as
FACTCHECK_ARTICLES); with --pages DIR it copies each page to DIR/NAME.html (for
`factcheck build -articles DIR`).
The statements are checked by archive-5/check.py's check_cases (as archive-6's, archive-8's,
archive-9's and archive-10's are): for every statement, whatever its verdict, the key is stored folded as
../shared/eval/score folds article text (NFKC, curly quotes and dashes to ASCII, white space
collapsed, lower case) and occurs in the folded article text of each listed page, `why` occurs
(folded) in that text, and the key occurs in `why` (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in
order, ids unique and in order (a001, a002, ...), verdicts and kinds valid, an unverified
statement has kind related or beyond and no other statement has, every article is listed in
pages.txt and every page there has statements, and no page is in an earlier set's pages.txt;
and (archive-7's rule) a statement of kind "lowercase" has no capital letter and no final period.
No network is needed: the pages come from the Go module cache.
"""
import glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive6 = _load("archive6check", "archive-6")  # its page text rules (it loads archive-5/check.py)
archive5 = archive6.archive5

MODULE = os.path.join("github.com", "markusmobius", "go-htmldate@v1.9.1", "test-files")
FOLDERS = ("mediacloud",)

# Article body of each page: (first words, last words), both exact (folded) phrases of the
# page's visible text; the body runs from the first occurrence of the start phrase to the end
# of the first occurrence of the end phrase after it (archive-6's rule). CUTS: folded phrases
# removed (as whole words) from the text before it is bounded, or a pair (first words, last
# words) of a passage removed once, such as a photo caption or a sign-up line.
BOUNDS = {
    "1535415671": ("bhakkar: in what was blamed on negligence on the part of its administration", "oxygen is available in abundance at the government health facility."),
    "1549555386": ("rockland county executive ed day said he will declare a state of emergency", "said in a saturday facebook post that he intends to do the same on monday."),
    "1594754655": ("new york city (wabc) -- starting on sunday, new york penn station", "suspend subway service each night from 1 a.m. to 5 a.m beginning on wednesday, may 6."),
    "1606865668": ("the city of coachella passed an emergency ordinance wednesday", "do your part to flatten the curve,\" he said."),
    "1791336003": ("azerbaijan has launched a counteroffensive to restore its territorial integrity, which", "remains unfulfilled,\" he concluded."),
    "1711803974": ("today sees the advent of amazon's luxury stores division", "or worse: discounting their products."),
    "1545738097": ("kigali: four outstanding young people have won commonwealth youth awards", "civil society representative from commonwealth countries."),
    "1699121936": ("louisville, ky. (ap) - tiz the law is the 3-5 morning-line favorite", "south bend will start from the no. 8 post as one of eight 50-1 long shots."),
    "1556637845": ("the zimbabwe hospital doctors association (zhda) has proposed", "the person's test results were inconclusive."),
    "1632107283": ("london, jun 11 (efe-epa).- the coronavirus pandemic", "\"foreigners are an absolutely vital part of the british economy,\" he adds."),
    "1731257347": ("denver (kdvr) - police are leaving the aurora police department", "increased from the first half of 2019 in every category except sexual assault."),
    "1643960841": ("washington - the senate has approved the nomination of a mississippi judge", "the precedent of a 2012 supreme court ruling that upheld the health care law."),
}
CUTS = {
    "1545738097": (("2020 commonwealth young person of the year", "2020 commonwealth young person of the year"),  # a sub-heading (its first occurrence only; the sentence after it keeps the name)
                   "asia winner", "the caribbean and canada winner", "the pacific winner"),  # sub-headings
}

def taken_pages():
    """The pages of every earlier set's pages.txt (all but this one)."""
    taken = set()
    for path in glob.glob(os.path.join(HERE, "..", "*", "pages.txt")):
        if os.path.abspath(os.path.dirname(path)) != HERE:
            taken |= set(archive5.stems(path))
    return taken

def lowercase_problems():
    """Statements of kind "lowercase" that have a capital letter or end with a period."""
    bad = 0
    path = os.path.join(HERE, "archive-11.jsonl")
    for line in open(path, encoding="utf-8"):
        try: c = json.loads(line)
        except ValueError: continue  # check_set reports it
        t = c.get("text", "")
        if c.get("kind") == "lowercase" and (t != t.lower() or t.rstrip().endswith(".")):
            bad += 1; print(c.get("id"), "lowercase statement has capitals or a final period")
    return bad

def main():
    """archive-6's check of a set, on go-htmldate's test files, with this set's bounds and cuts, and
    none of an earlier set's pages; and the lowercase rule."""
    archive6.MODULE, archive6.FOLDERS = MODULE, FOLDERS
    archive6.BOUNDS, archive6.CUTS = BOUNDS, CUTS
    status = archive6.check_set(HERE, "archive-11", "a", taken_pages())
    return 1 if lowercase_problems() else status

if __name__ == "__main__":
    sys.exit(main())
