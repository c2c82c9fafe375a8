#!/usr/bin/env python3
"""Checks archive-5.jsonl against the article text of Mozilla Readability's test pages.

Usage from the repository root:
    python3 claims/match/testdata/archive-5/check.py [--bodies DIR] [--pages DIR]
The pages are the test pages shipped in the Go module codeberg.org/readeck/go-readability/v2
v2.1.3 (a dependency of this repository, MIT licence; the pages are as their sites published
them), found in the module cache: $(go env GOMODCACHE)/codeberg.org/readeck/go-readability/
v2@v2.1.3/test-pages/NAME/{source.html,expected.html}. A page's article text is the text of
its expected.html (Readability's own output) with the tags removed (block-level tags read as
a space, inline tags as nothing), character references decoded and white space collapsed.
With --bodies DIR it writes each page's article text to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it copies each page's
source.html to DIR/NAME.html (for `factcheck build -articles DIR`).
Adapted from archive-3/check.py. For every statement, whatever its verdict: the key is
stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and dashes to
ASCII, white space collapsed, lower case), occurs in the folded article text of each listed
page, `why` occurs (folded) in that text, and the key occurs in `why`. (For an unverified
statement the key and `why` are the text's nearest passage, which neither states nor denies
it.) Also checks the fields and their order, that ids are unique and in order (e001, e002,
...), verdicts and kinds, that every article is listed in pages.txt, and that every page of
pages.txt has statements.
"""
import collections, json, os, re, shutil, subprocess, sys, unicodedata
from html.parser import HTMLParser

MODULE = os.path.join("codeberg.org", "readeck", "go-readability", "v2@v2.1.3", "test-pages")

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()

BLOCK = {"address", "article", "aside", "audio", "blockquote", "br", "caption", "dd", "details", "dialog",
         "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
         "h5", "h6", "header", "hr", "iframe", "img", "li", "main", "nav", "ol", "p", "picture", "pre",
         "section", "source", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "video"}
SKIP = {"script", "style", "noscript"}

class Text(HTMLParser):
    """The text of a page: block-level tags read as a space, inline tags as nothing, the
    content of the skipped tags left out."""
    def __init__(self, skip=SKIP):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.skipped = [], 0, skip
    def handle_starttag(self, tag, attrs):
        if tag in self.skipped: self.skip += 1
        if tag in BLOCK: self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in self.skipped: self.skip = max(0, self.skip - 1)
        if tag in BLOCK: self.out.append(" ")
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.out.append(" ")
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def article_text(pagedir):
    p = Text()
    with open(os.path.join(pagedir, "expected.html"), encoding="utf-8") as f: p.feed(f.read())
    p.close()
    return re.sub(r"\s+", " ", "".join(p.out)).strip()

def stems(path):
    return [l.strip() for l in open(path) if l.strip() and not l.startswith("#")]

KINDS = {"typical", "paraphrase", "lowercase", "typo", "multi", "number", "negation", "opposite", "date",
         "place", "name", "direction", "partial", "plausible"}

def main(here, jsonl, prefix, kinds, unverified_only=frozenset(), strict=False):
    """Checks here/jsonl (ids prefix001, prefix002, …) against the pages of here/pages.txt. Kinds in
    unverified_only need the verdict unverified; strict also asks a non-empty why and that a
    "lowercase" statement has no capitals and no final period (archive-7's rules)."""
    modcache = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True, check=True).stdout.strip()
    root = os.path.join(modcache, MODULE)
    if not os.path.isdir(root):
        sys.exit("test pages not found at %s (run `go mod download` in the repository first)" % root)
    pages = stems(os.path.join(here, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    texts = {}
    for p in pages:
        d = os.path.join(root, p)
        if not os.path.isfile(os.path.join(d, "expected.html")) or not os.path.isfile(os.path.join(d, "source.html")):
            fail0("page not among the test pages: " + p); continue
        texts[p] = article_text(d)
    folded = {p: norm(t) for p, t in texts.items()}
    cases = []
    for n, l in enumerate(open(os.path.join(here, jsonl), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    check_cases(cases, pages, folded, prefix, kinds, fail0, unverified_only, strict=strict)
    sources = {p: os.path.join(root, p, "source.html") for p in texts}
    return finish(cases, pages, bad, texts, sources)

def check_cases(cases, pages, folded, prefix, kinds, fail0, unverified_only=frozenset(), exact=False, strict=False):
    """Checks each case's fields, id (prefix001, …), verdict, kind and text, and its key and why
    against the folded article text of its pages, reporting each problem to fail0. Kinds in
    unverified_only need the verdict unverified (exact: and an unverified case needs one of
    them); strict also asks a non-empty why and a "lowercase" statement with no capitals and
    no final period."""
    seen, seen_text = set(), set()
    for i, c in enumerate(cases, 1):
        def fail(m):
            fail0("%s %s" % (c.get("id"), m))
        if list(c) != ["id", "text", "verdict", "articles", "key", "kind", "why"]: fail("fields %s" % list(c)); continue
        if c["id"] in seen: fail("id repeated")
        seen.add(c["id"])
        if c["id"] != prefix + "%03d" % i: fail("id out of order")
        if c["verdict"] not in ("supported", "contradicted", "unverified"): fail("verdict")
        if c["kind"] not in kinds: fail("kind " + c["kind"])
        if exact and (c["kind"] in unverified_only) != (c["verdict"] == "unverified"):
            fail("kind %s with verdict %s" % (c["kind"], c["verdict"]))
        elif c["kind"] in unverified_only and c["verdict"] != "unverified":
            fail("kind %s needs verdict unverified" % c["kind"])
        if strict and c["kind"] == "lowercase" and (c["text"] != c["text"].lower() or c["text"].rstrip().endswith(".")):
            fail("lowercase statement has capitals or a final period")
        if not c["text"].strip(): fail("empty text")
        if norm(c["text"]) in seen_text: fail("text repeated")
        seen_text.add(norm(c["text"]))
        if c["key"] != norm(c["key"]) or not c["key"]: fail("key empty or not folded")
        if strict and not c["why"].strip(): fail("empty why")
        if not c["articles"]: fail("no article")
        for a in c["articles"]:
            if a not in pages: fail("article not in pages.txt: " + a); continue
            if a not in folded: continue
            body = folded[a]
            if c["key"] not in body: fail("key not in article text")
            if norm(c["why"]) not in body: fail("why not verbatim in article text")
            if c["key"] not in norm(c["why"]): fail("key not in why")
    unused = set(pages) - {a for c in cases for a in c.get("articles", [])}
    for p in sorted(unused): fail0("page without statements: " + p)

def finish(cases, pages, bad, texts, sources):
    """Prints the counts, writes the article texts (--bodies DIR) and copies the pages from
    sources (--pages DIR), and returns the exit status."""
    print(len(cases), "cases,", len(pages), "pages,", bad, "problems")
    print(collections.Counter(c["verdict"] for c in cases))
    for k, n in sorted(collections.Counter((c["verdict"], c["kind"]) for c in cases).items()): print(" ", k, n)
    if "--bodies" in sys.argv:
        out = sys.argv[sys.argv.index("--bodies") + 1]
        os.makedirs(out, exist_ok=True)
        for p, t in texts.items():
            with open(os.path.join(out, p + ".txt"), "w", encoding="utf-8") as f: f.write(t + "\n")
        print("wrote", len(texts), "article texts to", out)
    if "--pages" in sys.argv:
        out = sys.argv[sys.argv.index("--pages") + 1]
        os.makedirs(out, exist_ok=True)
        for p in texts:
            shutil.copyfile(sources[p], os.path.join(out, p + ".html"))
        print("copied", len(texts), "source pages to", out)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(os.path.dirname(os.path.abspath(__file__)), "archive-5.jsonl", "e", KINDS))
