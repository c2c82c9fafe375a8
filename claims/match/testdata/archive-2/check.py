#!/usr/bin/env python3
"""Checks archive-2.jsonl against the true bodies of ../shared/bench/extraction.

Usage from the repository root:  python3 claims/match/testdata/archive-2/check.py [--bodies DIR]
With --bodies DIR it also writes each page's true body to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES).
For every supported/contradicted statement: the key, folded as ../shared/eval/score folds
article text (NFKC, curly quotes and dashes to ASCII, white space collapsed, lower case),
occurs in the folded true body of each listed article, and `why` occurs verbatim (folded).
Also checks ids, fields, verdicts and that every article is listed in pages.txt.
"""
import json, re, sys, unicodedata, collections, os

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()

here = os.path.dirname(os.path.abspath(__file__))
gt = json.load(open(os.path.join(here, "..", "..", "..", "..", "..", "shared", "bench", "extraction", "ground-truth.json")))  # the repository is beside ../shared
pages = [l.strip() for l in open(os.path.join(here, "pages.txt")) if l.strip() and not l.startswith("#")]
bad = 0
cases = [json.loads(l) for l in open(os.path.join(here, "archive-2.jsonl"), encoding="utf-8")]
for i, c in enumerate(cases, 1):
    def fail(m):
        global bad; bad += 1; print(c["id"], m)
    if list(c) != ["id", "text", "verdict", "articles", "key", "kind", "why"]: fail("fields %s" % list(c))
    if c["id"] != "b%03d" % i: fail("id out of order")
    if c["verdict"] not in ("supported", "contradicted", "unverified"): fail("verdict")
    for a in c["articles"]:
        if a not in pages: fail("article not in pages.txt: " + a)
        body = norm(gt[a]["articleBody"])
        if c["key"] != norm(c["key"]): fail("key not folded")
        if c["verdict"] != "unverified":
            if c["key"] not in body: fail("key not in body")
            if norm(c["why"]) not in body: fail("why not verbatim in body")
            if c["key"] not in norm(c["why"]): fail("key not in why")
print(len(cases), "cases,", len(pages), "pages,", bad, "problems")
print(collections.Counter(c["verdict"] for c in cases))
for k, n in sorted(collections.Counter((c["verdict"], c["kind"]) for c in cases).items()): print(" ", k, n)
if "--bodies" in sys.argv:
    out = sys.argv[sys.argv.index("--bodies") + 1]
    os.makedirs(out, exist_ok=True)
    for n in pages:
        with open(os.path.join(out, n + ".txt"), "w", encoding="utf-8") as f: f.write(gt[n]["articleBody"])
    print("wrote", len(pages), "bodies to", out)
sys.exit(1 if bad else 0)
