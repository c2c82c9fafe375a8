#!/usr/bin/env python3
"""Checks archive-20.jsonl against the article texts stored in pages/STEM.txt.

Usage from the repository root:
    python3 claims/match/testdata/archive-20/check.py [--bodies DIR] [--order]
    python3 claims/match/testdata/archive-20/check.py --text FILE.json STEM
The articles are test data of fundus (GitHub flairNLP/fundus, MIT licence, "Copyright (c) 2023 Max
Dallabetta, Conrad Dobberstein, Aaron Wey"), a Python news crawler:
tests/resources/parser/test_data/COUNTRY/PUBLISHER.json holds the article(s) its parser must extract
from the saved page beside it. The text of each page taken is stored here as pages/STEM.txt (STEM =
COUNTRY_PUBLISHER): a first line "title: THE TITLE", a blank line, then the body's paragraphs (the
summary's, then each section's headline, if any, and paragraphs), one blank line apart, exactly as
in the JSON. `--text FILE.json STEM` writes pages/STEM.txt so from a JSON saved from the repository
(the first version key's article, "V1"; a JSON holding title and body at its top is read as is).
pages.txt lists the stems in selection order. With --bodies DIR it writes each page's text to
DIR/STEM.txt (the folder that ../shared/eval/score reads as FACTCHECK_ARTICLES). With --order it
prints the 26 candidates of the selection rule (README.md) sorted by FNV-1a 32-bit of the path.
The statements are checked by archive-5/check.py's check_cases with archive-6's kinds and
archive-7's strict rules, as archive-17's to archive-19's are: for every statement, whatever its
verdict, the key is stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and
dashes to ASCII, white space collapsed, lower case) and occurs in the folded text of each listed
page, `why` occurs (folded) in that text and holds the key (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in order,
ids unique and in order (q001, q002, ...), texts not repeated, verdicts and kinds valid, an
unverified statement has kind related or beyond and no other statement has, a statement of kind
"lowercase" has no capital letter and no final period; every article is listed in pages.txt and
every page there has statements. Also checked here: every page of pages.txt is a candidate of the
rule (an even FNV-1a path), no stem is in an earlier set's pages.txt, no page's publisher (its
domain or name, SITES below) occurs in an earlier set's pages.txt or README.md, no two pages share
a publisher, pages.txt is in ascending FNV-1a order, every page has pages/STEM.txt in the format
above with at least 250 words (split on white space, the title line left out) and no file in
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

PREFIX = "tests/resources/parser/test_data/"
# The JSON files of fundus's English-language country folders (au, ca, ind, international, ls, my,
# na, tz, uk, us, za) as the tool library's index listed them, COUNTRY/PUBLISHER.
LISTED = """au/NineNews au/WestAustralian ca/CBCNews ca/CanadaCom ca/FinancialPost ca/GlobalNews
ca/NationalPost ca/OttawaCitizen ca/TheGlobeAndMail ca/TheProvince ind/Bhaskar ind/TimesOfIndia
international/Wikinews ls/LesothoTimes my/MalayMail na/TheNamibian tz/DailyNewsTZ tz/HabariLeo uk/BBC
uk/DailyMail uk/DailyStar uk/EuronewsEN uk/EveningStandard uk/Express uk/Metro uk/Nature uk/TechRadar
uk/TheGuardian uk/TheIndependent uk/TheMirror uk/TheStandard uk/TheSun uk/TheTelegraph uk/iNews
us/APNews us/BusinessInsider us/CNBC us/FoxNews us/FreeBeacon us/LATimes us/OccupyDemocrats
us/RestOfWorld us/Reuters us/RollingStone us/TechCrunch us/TheGatewayPundit us/TheIntercept
us/TheNation us/TheNewYorker us/VoiceOfAmerica us/WashingtonPost us/WashingtonTimes us/Wired
us/WorldTruth za/DailyMaverick za/Dizindaba za/DurbanLocal za/EyethuNews za/Ilanga za/Isolezwe
za/IsolezweLesiXhosa za/TheCitizen za/TimesLive""".split()
# The publisher of each page taken: its domain (fundus's publisher spec or the images' host) and
# its name, both looked for in the earlier sets' pages.txt and README.md.
SITES = {
    "za_DailyMaverick": ("dailymaverick.co.za", "Daily Maverick"),
    "uk_iNews": ("inews.co.uk", "inews"),
    "us_RollingStone": ("rollingstone.com", "Rolling Stone"),
    "za_DurbanLocal": ("durbanlocal.co.za", "Durban Local"),
    "tz_DailyNewsTZ": ("dailynews.co.tz", "Daily News"),
    "za_TheCitizen": ("citizen.co.za", "The Citizen"),
    "ca_OttawaCitizen": ("ottawacitizen.com", "Ottawa Citizen"),
    "ca_NationalPost": ("nationalpost.com", "National Post"),
}
MIN_WORDS = 250

def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def path(cp):
    return PREFIX + cp + ".json"

def candidates():
    """The rule's candidates (COUNTRY/PUBLISHER) in its order: the even FNV-1a paths, ascending."""
    return sorted((cp for cp in LISTED if fnv1a32(path(cp)) % 2 == 0), key=lambda cp: fnv1a32(path(cp)))

def stem(cp):
    return cp.replace("/", "_")

def page_text(article):
    """The stored text of a fundus article: the title line, then the body's paragraphs."""
    body = article["body"]
    paras = list(body.get("summary") or [])
    for s in body.get("sections") or []:
        paras += s.get("headline") or []
        paras += s.get("paragraphs") or []
    return "title: " + article["title"] + "\n\n" + "\n\n".join(paras) + "\n"

def write_text(src, name):
    d = json.load(open(src, encoding="utf-8"))
    if "body" not in d:
        d = d[next(k for k in d if k.startswith("V"))]  # the first version key's article only
    out = os.path.join(HERE, "pages", name + ".txt")
    with open(out, "w", encoding="utf-8") as f: f.write(page_text(d))
    print("wrote", out)

def main():
    if "--text" in sys.argv:
        i = sys.argv.index("--text")
        write_text(sys.argv[i + 1], sys.argv[i + 2])
        return 0
    if "--order" in sys.argv:
        for n, cp in enumerate(candidates()):
            print("%d %08x %s" % (n, fnv1a32(path(cp)), cp))
        return 0
    pages = archive5.stems(os.path.join(HERE, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    cands = {stem(cp): cp for cp in candidates()}
    for p in pages:
        if p not in cands: fail0("not a candidate of the rule: " + p)
        if p not in SITES: fail0("no publisher named in SITES: " + p)
    earlier_text, taken = "", set()
    for d in glob.glob(os.path.join(HERE, "..", "*")):
        if os.path.abspath(d) == HERE or not os.path.isdir(d): continue
        for name in ("pages.txt", "README.md"):
            f = os.path.join(d, name)
            if os.path.isfile(f): earlier_text += open(f, encoding="utf-8").read().lower() + "\n"
        if os.path.isfile(os.path.join(d, "pages.txt")): taken |= set(archive5.stems(os.path.join(d, "pages.txt")))
    for p in sorted(set(pages) & taken): fail0("page already in an earlier set: " + p)
    order = [fnv1a32(path(cands[p])) for p in pages if p in cands]
    if order != sorted(order): fail0("pages.txt is not in FNV-1a order")
    for p in pages:
        for w in SITES.get(p, ()):
            if w.lower() in earlier_text: fail0("publisher used by an earlier set: %s (%s)" % (p, w))
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
    for n, l in enumerate(open(os.path.join(HERE, "archive-20.jsonl"), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    archive5.check_cases(cases, pages, folded, "q", archive6.KINDS, fail0, {"related", "beyond"}, exact=True, strict=True)
    return archive5.finish(cases, pages, bad, texts, sources)

if __name__ == "__main__":
    sys.exit(main())
