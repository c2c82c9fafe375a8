#!/usr/bin/env python3
"""Checks archive-16.jsonl against the true article bodies of ../shared/bench/extraction.

Usage from the repository root:
    python3 claims/match/testdata/archive-16/check.py [--bodies DIR] [--pages DIR]
The pages are real news pages of Zyte's article-extraction-benchmark (MIT licence, see
../shared/bench/extraction/LICENSE), stored as html/NAME.html.gz beside ground-truth.json, which
holds each page's true article body (articleBody) and URL; pages.txt lists the stems. As
archive-2/check.py does, the article text of a page is its true body, and keys are checked
against it. With --bodies DIR it writes each page's true body to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it writes each page,
decompressed, to DIR/NAME.html (for `factcheck build -articles DIR`).
The statements are checked by archive-5/check.py's check_cases with archive-6's kinds and
archive-7's strict rules, as archive-6's to archive-12's are: for every statement, whatever its
verdict, the key is stored folded as ../shared/eval/score folds article text (NFKC, curly
quotes and dashes to ASCII, white space collapsed, lower case) and occurs in the folded true
body of each listed page, `why` occurs (folded) in that body and holds the key (for an
unverified statement the key and `why` are the body's nearest passage, which neither states
nor denies it); the fields are in order, ids unique and in order (p001, p002, ...), texts not
repeated, verdicts and kinds valid, an unverified statement has kind related or beyond and no
other statement has, a statement of kind "lowercase" has no capital letter and no final
period; every article is listed in pages.txt and every page there has statements. Also
checked here: no page of pages.txt is in an earlier set's pages.txt, no two pages of this set
come from one site (URL host without www.), and every page's html/NAME.html.gz exists.
No network is needed.
"""
import collections, glob, gzip, importlib.util, json, os, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "bench", "extraction")  # the repository is beside ../shared

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive5 = _load("archive5check", "archive-5")  # norm, stems, check_cases, finish
archive6 = _load("archive6check", "archive-6")  # KINDS (with related and beyond)

def taken_pages():
    """The pages of every earlier set's pages.txt (all but this one)."""
    taken = set()
    for path in glob.glob(os.path.join(HERE, "..", "*", "pages.txt")):
        if os.path.abspath(os.path.dirname(path)) != HERE:
            taken |= set(archive5.stems(path))
    return taken

def main():
    gtpath = os.path.join(BENCH, "ground-truth.json")
    if not os.path.isfile(gtpath):
        sys.exit("benchmark not found at %s (../shared/bench/extraction beside the repository)" % gtpath)
    gt = json.load(open(gtpath, encoding="utf-8"))
    pages = archive5.stems(os.path.join(HERE, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    for p in sorted(set(pages) & taken_pages()): fail0("page already in an earlier set: " + p)
    texts, sources, hosts = {}, {}, collections.defaultdict(list)
    for p in pages:
        src = os.path.join(BENCH, "html", p + ".html.gz")
        if p not in gt or not os.path.isfile(src):
            fail0("page not in the benchmark: " + p); continue
        texts[p], sources[p] = gt[p]["articleBody"], src
        hosts[urlparse(gt[p]["url"]).netloc.lower().removeprefix("www.")].append(p)
    for h, ps in sorted(hosts.items()):
        if len(ps) > 1: fail0("site %s has %d pages" % (h, len(ps)))
    folded = {p: archive5.norm(t) for p, t in texts.items()}
    cases = []
    for n, l in enumerate(open(os.path.join(HERE, "archive-16.jsonl"), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    archive5.check_cases(cases, pages, folded, "p", archive6.KINDS, fail0, {"related", "beyond"}, exact=True, strict=True)
    if "--pages" in sys.argv:  # the pages are gzipped: written here, not by finish
        i = sys.argv.index("--pages")
        out = sys.argv[i + 1]
        del sys.argv[i:i + 2]
        os.makedirs(out, exist_ok=True)
        for p, src in sources.items():
            with gzip.open(src, "rb") as f, open(os.path.join(out, p + ".html"), "wb") as g: g.write(f.read())
        print("wrote", len(sources), "pages to", out)
    return archive5.finish(cases, pages, bad, texts, sources)

if __name__ == "__main__":
    sys.exit(main())
