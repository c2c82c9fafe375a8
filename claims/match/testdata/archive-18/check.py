#!/usr/bin/env python3
"""Checks archive-18.jsonl against the article texts stored in pages/NAME.txt.

Usage from the repository root:
    python3 claims/match/testdata/archive-18/check.py [--bodies DIR] [--order FILE]
The articles are test data of the Python library newspaper3k (GitHub repository
codelucas/newspaper, MIT licence, Copyright (c) 2013 Lucas Ou-Yang): tests/data/text/NAME.txt is
the article text its maintainers checked by hand for the saved page tests/data/html/NAME.html.
archive-17 took its first 12 pages from the same pool; archive-18 continues archive-17's order
(README.md) and takes no site archive-17 took. The texts of the pages taken are stored here as
pages/NAME.txt, as read from the repository; pages.txt lists the stems in selection order. The
HTML pages are not stored, so there is no --pages. With --bodies DIR it writes each page's text
to DIR/NAME.txt (the folder that ../shared/eval/score reads as FACTCHECK_ARTICLES). With --order
FILE it prints the stems of FILE (one a line) sorted by FNV-1a 32-bit of the stem, the order of
the selection rule (README.md).
The statements are checked by archive-5/check.py's check_cases with archive-6's kinds and
archive-7's strict rules, as archive-17's are: for every statement, whatever its verdict, the key
is stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and dashes to
ASCII, white space collapsed, lower case) and occurs in the folded text of each listed page,
`why` occurs (folded) in that text and holds the key (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in
order, ids unique and in order (q001, q002, ...), texts not repeated, verdicts and kinds valid,
an unverified statement has kind related or beyond and no other statement has, a statement of
kind "lowercase" has no capital letter and no final period; every article is listed in
pages.txt and every page there has statements. Also checked here: no page of pages.txt is in an
earlier set's pages.txt, no page's site (the stem without its final 1 or 2) is a site of
archive-17's pages, no two pages of this set come from one site, pages.txt is in ascending
FNV-1a order, every page has pages/NAME.txt with at least 150 words (split on white space) and
no file in pages/ is left out of pages.txt.
No network is needed.
"""
import collections, glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive5 = _load("archive5check", "archive-5")  # norm, stems, check_cases, finish
archive6 = _load("archive6check", "archive-6")  # KINDS (with related and beyond)

def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def site(stem):
    """The site of a newspaper3k test stem: the stem without its final 1 or 2 (cnn.com1 -> cnn.com)."""
    return re.sub(r"[12]$", "", stem)

def taken_pages():
    """The pages of every earlier set's pages.txt (all but this one)."""
    taken = set()
    for path in glob.glob(os.path.join(HERE, "..", "*", "pages.txt")):
        if os.path.abspath(os.path.dirname(path)) != HERE:
            taken |= set(archive5.stems(path))
    return taken

def main():
    if "--order" in sys.argv:
        for s in sorted(archive5.stems(sys.argv[sys.argv.index("--order") + 1]), key=fnv1a32):
            print("%08x %s" % (fnv1a32(s), s))
        return 0
    if "--pages" in sys.argv:
        sys.exit("no HTML pages are stored for archive-18 (only the article texts): use --bodies")
    pages = archive5.stems(os.path.join(HERE, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    for p in sorted(set(pages) & taken_pages()): fail0("page already in an earlier set: " + p)
    if [fnv1a32(p) for p in pages] != sorted(fnv1a32(p) for p in pages): fail0("pages.txt is not in FNV-1a order")
    archive17 = {site(p) for p in archive5.stems(os.path.join(HERE, "..", "archive-17", "pages.txt"))}
    for p in pages:
        if site(p) in archive17: fail0("site of archive-17: " + p)
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
    for n, l in enumerate(open(os.path.join(HERE, "archive-18.jsonl"), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    archive5.check_cases(cases, pages, folded, "q", archive6.KINDS, fail0, {"related", "beyond"}, exact=True, strict=True)
    return archive5.finish(cases, pages, bad, texts, sources)

if __name__ == "__main__":
    sys.exit(main())
