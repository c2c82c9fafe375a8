#!/usr/bin/env python3
"""Checks archive-4.jsonl against the true bodies of ../shared/bench/extraction.

Usage from the repository root:  python3 claims/match/testdata/archive-4/check.py [--bodies DIR]
With --bodies DIR it also writes each page's true body to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES).
Adapted from archive-3/check.py. For every statement, whatever its verdict: the key is
stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and dashes to
ASCII, white space collapsed, lower case), occurs in the folded true body of each listed
article, `why` occurs verbatim (folded) in that body, and the key occurs in `why`. (For an
unverified statement the key and `why` are the body's nearest passage, which neither states
nor denies it.) Also checks the fields and their order, that ids are unique and in order
(a001, a002, ...), verdicts and kinds, that every article is listed in pages.txt, that
pages.txt names one page a site, and that no page of pages.txt, nor its site (the url's host
without www.), is in archive-1's, archive-2's or archive-3's pages.txt.
"""
import json, re, sys, unicodedata, collections, os, urllib.parse

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()

def stems(path):
    return [l.strip() for l in open(path) if l.strip() and not l.startswith("#")]

here = os.path.dirname(os.path.abspath(__file__))
gt = json.load(open(os.path.join(here, "..", "..", "..", "..", "..", "shared", "bench", "extraction", "ground-truth.json")))  # the repository is beside ../shared
pages = stems(os.path.join(here, "pages.txt"))
KINDS = {"typical", "paraphrase", "lowercase", "typo", "multi", "number", "negation", "opposite", "date",
         "place", "name", "direction", "partial", "plausible"}
bad = 0
def fail0(m):
    global bad; bad += 1; print(m)
if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
for p in pages:
    if p not in gt: fail0("page not in ground-truth.json: " + p)
def site(p):
    return urllib.parse.urlparse(gt[p]["url"]).netloc.lower().removeprefix("www.")
for other in ("archive/pages.txt", "archive-2/pages.txt", "archive-3/pages.txt"):
    theirs = stems(os.path.join(here, "..", other))
    if not theirs: fail0("no pages read from " + other)
    for p in set(pages) & set(theirs): fail0("page also in %s: %s" % (other, p))
    their_sites = {site(p) for p in theirs if p in gt}
    for p in pages:
        if p in gt and site(p) in their_sites: fail0("site of %s also in %s: %s" % (p, other, site(p)))
page_sites = [site(p) for p in pages if p in gt]
for s in sorted({s for s in page_sites if page_sites.count(s) > 1}): fail0("site listed twice: " + s)
cases = []
for n, l in enumerate(open(os.path.join(here, "archive-4.jsonl"), encoding="utf-8"), 1):
    try: cases.append(json.loads(l))
    except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
seen = set()
for i, c in enumerate(cases, 1):
    def fail(m):
        global bad; bad += 1; print(c.get("id"), m)
    if list(c) != ["id", "text", "verdict", "articles", "key", "kind", "why"]: fail("fields %s" % list(c)); continue
    if c["id"] in seen: fail("id repeated")
    seen.add(c["id"])
    if c["id"] != "a%03d" % i: fail("id out of order")
    if c["verdict"] not in ("supported", "contradicted", "unverified"): fail("verdict")
    if c["kind"] not in KINDS: fail("kind " + c["kind"])
    if not c["text"].strip(): fail("empty text")
    if c["key"] != norm(c["key"]) or not c["key"]: fail("key empty or not folded")
    if not c["articles"]: fail("no article")
    for a in c["articles"]:
        if a not in pages: fail("article not in pages.txt: " + a); continue
        body = norm(gt[a]["articleBody"])
        if c["key"] not in body: fail("key not in body")
        if norm(c["why"]) not in body: fail("why not verbatim in body")
        if c["key"] not in norm(c["why"]): fail("key not in why")
unused = set(pages) - {a for c in cases for a in c.get("articles", [])}
for p in sorted(unused): fail0("page without statements: " + p)
sites = set(page_sites)
print(len(cases), "cases,", len(pages), "pages,", len(sites), "sites,", bad, "problems")
print(collections.Counter(c["verdict"] for c in cases))
for k, n in sorted(collections.Counter((c["verdict"], c["kind"]) for c in cases).items()): print(" ", k, n)
if "--bodies" in sys.argv:
    out = sys.argv[sys.argv.index("--bodies") + 1]
    os.makedirs(out, exist_ok=True)
    for n in pages:
        with open(os.path.join(out, n + ".txt"), "w", encoding="utf-8") as f: f.write(gt[n]["articleBody"])
    print("wrote", len(pages), "bodies to", out)
sys.exit(1 if bad else 0)
