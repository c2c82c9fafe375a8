#!/usr/bin/env python3
"""Checks archive-19.jsonl against the article texts stored in pages/NAME.txt.

Usage from the repository root:
    python3 claims/match/testdata/archive-19/check.py [--bodies DIR] [--order [FILE]]
The articles are test data of two Python libraries, both MIT-licensed: newspaper4k (GitHub
AndyTheFactory/newspaper4k, the maintained fork of newspaper3k), whose tests/data/txt/NAME.txt is
the article text its tests expect for tests/data/html/NAME.html; and newspaper3k (GitHub
codelucas/newspaper, "Copyright (c) 2013 Lucas Ou-Yang"), whose tests/data/text/NAME.txt is the
article text its maintainers checked by hand (the pool of archive-17 and archive-18). The texts of
the pages taken are stored here as pages/NAME.txt, as read from the repositories; pages.txt lists
the stems in selection order. The HTML pages are not stored, so there is no --pages. With --bodies
DIR it writes each page's text to DIR/NAME.txt (the folder that ../shared/eval/score reads as
FACTCHECK_ARTICLES). With --order it prints the 41 candidates of the selection rule (README.md)
sorted by FNV-1a 32-bit of the stem; with --order FILE, the stems of FILE (one a line) so sorted.
The statements are checked by archive-5/check.py's check_cases with archive-6's kinds and
archive-7's strict rules, as archive-17's and archive-18's are: for every statement, whatever its
verdict, the key is stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and
dashes to ASCII, white space collapsed, lower case) and occurs in the folded text of each listed
page, `why` occurs (folded) in that text and holds the key (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in order,
ids unique and in order (q001, q002, ...), texts not repeated, verdicts and kinds valid, an
unverified statement has kind related or beyond and no other statement has, a statement of kind
"lowercase" has no capital letter and no final period; every article is listed in pages.txt and
every page there has statements. Also checked here: every page of pages.txt is a candidate of the
rule, no page is in an earlier set's pages.txt, no page's site (SITES below) occurs in an earlier
set's pages.txt or is a site of archive-17's or archive-18's pages or (when
../shared/bench/extraction/ground-truth.json is at hand) the host of a benchmark page an earlier set
lists, no two pages share a site, pages.txt is in ascending FNV-1a order, every page has
pages/NAME.txt with at least 150 words (split on white space) and no file in pages/ is left out of
pages.txt.
No network is needed.
"""
import collections, glob, importlib.util, json, os, re, sys, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive5 = _load("archive5check", "archive-5")  # norm, stems, check_cases, finish
archive6 = _load("archive6check", "archive-6")  # KINDS (with related and beyond)

# The candidates of the selection rule (README.md): newspaper4k's new stems, then newspaper3k's
# positions 133 to 157 of archive-18's order.
NEWSPAPER4K = ("article_with_br article_with_divs cnn_001 cnn_002 cnn_article cnn_test_nlp fool.com1 "
               "fox13now_001 foxnews.com4 huffingtonpost.com1 reuters.com4 reuters.com5 video_article_01 "
               "video_article_02 wired_001 yna_co_kr").split()
NEWSPAPER3K = ("vanityfair.com1 slate.com1 thenextweb.com2 slate.com2 thenextweb.com1 vogue.de2 vogue.de1 "
               "self.com1 huffingtonpost.de2 technologyreview.com1 self.com2 technologyreview.com2 "
               "apartmenttherapy.com1 huffingtonpost.de1 247wallst.com1 about.com1 247wallst.com2 "
               "glamour.com1 apartmenttherapy.com2 about.com2 glamour.com2 adoption.com2 adoption.com1 "
               "upworthy.com1 upworthy.com2").split()
# The site of a named newspaper4k stem: the host (without www. and en.) of the URL in
# tests/data/metadata/NAME.json.
SITES = {"video_article_02": "oneesports.gg", "yna_co_kr": "yna.co.kr", "fox13now_001": "fox13now.com"}

def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def site(stem):
    """The site of a stem: SITES for named stems, else the stem without its final digit (cnn.com1 -> cnn.com)."""
    return SITES.get(stem) or re.sub(r"\d$", "", stem)

def earlier_lists():
    """The pages.txt files of every earlier set (all but this one)."""
    return [p for p in glob.glob(os.path.join(HERE, "..", "*", "pages.txt"))
            if os.path.abspath(os.path.dirname(p)) != HERE]

def main():
    if "--order" in sys.argv:
        i = sys.argv.index("--order") + 1
        names = archive5.stems(sys.argv[i]) if i < len(sys.argv) and not sys.argv[i].startswith("--") else NEWSPAPER4K + NEWSPAPER3K
        for n, s in enumerate(sorted(names, key=fnv1a32)):
            print("%d %08x %s%s" % (n, fnv1a32(s), s, " (4k)" if s in NEWSPAPER4K else ""))
        return 0
    if "--pages" in sys.argv:
        sys.exit("no HTML pages are stored for archive-19 (only the article texts): use --bodies")
    pages = archive5.stems(os.path.join(HERE, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    for p in pages:
        if p not in NEWSPAPER4K + NEWSPAPER3K: fail0("not a candidate of the rule: " + p)
    earlier_text, taken = "", set()
    for path in earlier_lists():
        earlier_text += open(path, encoding="utf-8").read().lower()
        taken |= set(archive5.stems(path))
    for p in sorted(set(pages) & taken): fail0("page already in an earlier set: " + p)
    if [fnv1a32(p) for p in pages] != sorted(fnv1a32(p) for p in pages): fail0("pages.txt is not in FNV-1a order")
    used = {site(p) for a in ("archive-17", "archive-18") for p in archive5.stems(os.path.join(HERE, "..", a, "pages.txt"))}
    truth = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "bench", "extraction", "ground-truth.json")
    if os.path.isfile(truth):
        gt = json.load(open(truth, encoding="utf-8"))
        for p in taken:
            if p in gt: used.add(re.sub(r"^www\.", "", urllib.parse.urlparse(gt[p]["url"]).netloc.lower()))
    else:
        print("note: %s not found; the benchmark's hosts are not checked" % truth)
    for p in pages:
        if site(p) in used or site(p).lower() in earlier_text: fail0("site used by an earlier set: %s (%s)" % (p, site(p)))
    sites = collections.defaultdict(list)
    for p in pages: sites[site(p)].append(p)
    for s, ps in sorted(sites.items()):
        if len(ps) > 1: fail0("site %s has %d pages" % (s, len(ps)))
    stored = {os.path.basename(f)[:-4] for f in glob.glob(os.path.join(HERE, "pages", "*.txt"))}
    for p in sorted(stored - set(pages)): fail0("pages/%s.txt is not in pages.txt" % p)
    texts, sources = {}, {}
    for p in pages:
        src = os.path.join(HERE, "pages", p + ".txt")
        if not os.path.isfile(src):
            fail0("page text not stored: pages/%s.txt" % p); continue
        texts[p] = open(src, encoding="utf-8").read()
        sources[p] = src
        if len(texts[p].split()) < 150: fail0("page %s has %d words" % (p, len(texts[p].split())))
    folded = {p: archive5.norm(t) for p, t in texts.items()}
    cases = []
    for n, l in enumerate(open(os.path.join(HERE, "archive-19.jsonl"), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    archive5.check_cases(cases, pages, folded, "q", archive6.KINDS, fail0, {"related", "beyond"}, exact=True, strict=True)
    return archive5.finish(cases, pages, bad, texts, sources)

if __name__ == "__main__":
    sys.exit(main())
