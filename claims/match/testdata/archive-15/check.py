#!/usr/bin/env python3
"""Checks archive-15.jsonl against the article text of 15 news pages from two sources.

Usage from the repository root:
    python3 claims/match/testdata/archive-15/check.py [--bodies DIR] [--pages DIR]
The pages (pages.txt) come from two sources, as README.md explains (go-htmldate's comparison
pages had only 11 unused English news pages left; the selection rule, written down before any
page was read, took the other 4 from the extraction benchmark):
- 11 test pages shipped in the Go module github.com/markusmobius/go-htmldate v1.9.1 (a dependency
  of this repository, Apache-2.0; the pages are as their sites published them), found in the
  module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-htmldate@v1.9.1/test-files/
  comparison/NAME.html, named in pages.txt by NAME. There is no true article body for these: a
  page's article text is computed exactly as archive-6/check.py computes it (its visible text, cut
  to the article body by the start and end phrases of BOUNDS below, with the passages of CUTS
  removed first), as archive-14/check.py does for the same folder.
- 4 pages of Zyte's article-extraction-benchmark (MIT licence, see
  ../shared/bench/extraction/LICENSE), beside the repository in ../shared/bench/extraction:
  html/NAME.html.gz with ground-truth.json, named in pages.txt by their 64-hex stem; a page's
  article text is its true body (articleBody), as archive-13/check.py takes it.
With --bodies DIR it writes each page's article text to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it writes each page to
DIR/NAME.html (decompressed for the benchmark's pages), for `factcheck build -articles DIR`.
The statements are checked by archive-5/check.py's check_cases with archive-6's kinds and
archive-7's strict rules, as archive-13's are: for every statement, whatever its verdict, the
key is stored folded as ../shared/eval/score folds article text (NFKC, curly quotes and dashes to
ASCII, white space collapsed, lower case) and occurs in the folded article text of each listed
page, `why` occurs (folded) in that text and holds the key (for an unverified statement the key
and `why` are the text's nearest passage, which neither states nor denies it); the fields are in
order, ids unique and in order (o001, o002, ...), texts not repeated, verdicts and kinds valid,
an unverified statement has kind related or beyond and no other statement has, a statement of
kind "lowercase" has no capital letter and no final period; every article is listed in
pages.txt and every page there has statements. Also checked here: no page of pages.txt is in an
earlier set's pages.txt, no go-htmldate page is byte-identical to an earlier set's page (in
go-htmldate's or go-trafilatura's test files), no two pages of this set come from one site, and
every page exists. No network is needed.
"""
import collections, glob, gzip, hashlib, importlib.util, json, os, re, shutil, subprocess, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "bench", "extraction")  # the repository is beside ../shared

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive6 = _load("archive6check", "archive-6")  # page text rules, KINDS (it loads archive-5/check.py)
archive5 = archive6.archive5  # norm, stems, check_cases, finish

MODULE = os.path.join("github.com", "markusmobius", "go-htmldate@v1.9.1", "test-files")
FOLDER = "comparison"

# The site of each go-htmldate page (its file name does not always hold the host); the
# benchmark's pages take theirs from ground-truth.json's url.
SITES = {
    "Express.co.uk-bubbly": "express.co.uk",
    "voice-online.co.uk-elites": "voice-online.co.uk",
    "people.com-Mina-Starsiak": "people.com",
    "thesun.co.uk-Linda-Nolan": "thesun.co.uk",
    "irishtimes.com-Israel": "irishtimes.com",
    "Politics.co.uk-starmer": "politics.co.uk",
    "politicalite.com-Kelly": "politicalite.com",
    "theconversation.com-Storm": "theconversation.com",
    "sports.ndtv.com-Cricket-World-Cup": "sports.ndtv.com",
    "surgezirc.co.uk-Storm": "surgezirc.co.uk",
    "breakingnewstoday.co.uk-Centuries-Old": "breakingnewstoday.co.uk",
}

# Article body of each go-htmldate page: (first words, last words), both exact (folded) phrases
# of the page's visible text (archive-6's rule: from the first occurrence of the start phrase to
# the end of the first occurrence of the end phrase after it). CUTS: folded phrases removed (as
# whole words, every occurrence) from the text before it is bounded, or a pair (first words, last
# words) of a passage removed once, such as a photo caption, a related link or a sign-up line.
BOUNDS = {
    "Express.co.uk-bubbly": ("a 21-year-old woman was found dead at the foot of her mother's bed", "my first-born and my first girl.\""),
    "voice-online.co.uk-elites": ("a racial code blocks black high flyers", "in hardback and paperback, plus ebook and audio."),
    "people.com-Mina-Starsiak": ("mina starsiak hawk may seem intense on tv", "we are incredibly lucky.\""),
    "thesun.co.uk-Linda-Nolan": ("linda nolan has vowed \"not to live in fear\"", "she does not know how much time she has left."),
    "irishtimes.com-Israel": ("taoiseach leo varadkar has said that israel's response", "many medics who were themselves bereaved and homeless."),
    "Politics.co.uk-starmer": ("two labour councillors have called on keir starmer", "about the party's israel-gaza stance."),
    "politicalite.com-Kelly": ("kelly osbourne has blasted", "suck it! no!\""),
    "theconversation.com-Storm": ("storm ciarán made landfall", "far less costly than doing nothing."),
    "sports.ndtv.com-Cricket-World-Cup": ("mohammed shami shone with a five-wicket haul", "dushmantha chameera took one."),
    "surgezirc.co.uk-Storm": ("brits are being advised to exercise caution", "avoid unnecessary risks during this period."),
    "breakingnewstoday.co.uk-Centuries-Old": ("two purported", "concealed by the american government."),
}
CUTS = {
    "Express.co.uk-bubbly": ("read more: tragedy as beloved son, 4, dies of sepsis hours after doctors dismissed symptoms",  # a related link
                             "she was described by her mum ami as \"kind\" and \"caring\" (image: na)",  # a photo caption
                             ("don't miss... major incident declared", "will work from home [spotlight]"),  # related links
                             ("experience the express like never before", "start 30-day free trial trending")),  # an advertisement box
    "people.com-Mina-Starsiak": ("mina starsiak hawk/instagram",  # photo credits
                                 ("mina starsiak hawk and mom karen e. laine", "says good bones costar"),  # related links
                                 ("mina starsiak hawk says she was 'naive'", "'wish i had known how bad it could be'")),
    "thesun.co.uk-Linda-Nolan": ("6 linda nolan has vowed not to 'live in fear' as she updated fans on her cancer diagnosiscredit: splash",  # photo captions
                                 "6 the singer, 64, was diagnosed with secondary breast cancer in 2017credit: getty",
                                 "6 linda, second left, found fame in her family's band the nolanscredit: getty",
                                 ("read more linda nolan tough decision", "amid cancer battle"),  # related links
                                 ("most read in celebrity what's new", "suffering seizure in nyc restaurant"),
                                 ("read more on the sun end of street soap", "whenever i smile")),
    "irishtimes.com-Israel": ("[ pat leahy: ireland has traditionally been regarded as among the most pro-palestinian eu members ]",  # related links
                              "[ israeli forces enter gaza city as foreign nationals flee ]",
                              "[ justine mccarthy: erstwhile imperialists' defence of israel's merciless slaughter makes a mockery of democracy ]",
                              ("read more european credibility in the middle east is in ashes", "makes a mockery of democracy"),
                              "taoiseach leo varadkar during a visit to the korean dmz during a trade mission to south korea on thursday. photograph: shin hyun kyung/pa",  # photo captions
                              "israel bombards gaza. photograph: fadel senna/afp/getty images",
                              "house hit by a rocket fired from gaza near lod, israel. photograph: amir levy/getty images"),
    "Politics.co.uk-starmer": (("featured mdu calls for fundamental reform", "concerns with north wales pcc"),),  # related links
    "politicalite.com-Kelly": ("advertisement. scroll to continue reading.",),  # advertisement marks
    "theconversation.com-Storm": ("forming a sting jet", "why autumn 2023 has been so stormy", "more wet and windy conditions ahead?"),  # sub-headings
    "sports.ndtv.com-Cricket-World-Cup": ("facebook twitter share link",  # share buttons after every update
                                          "(scorecard | points table)",  # links
                                          ("get alerts for live updates", "in your app's settings. toggle")),  # a sign-up box
    "surgezirc.co.uk-Storm": ("you may also like: partner arrested in uk after british gran found dead in italy home",  # a related link
                              "impacts on travel and education"),  # a sub-heading
}

def taken_pages():
    """The pages of every earlier set's pages.txt (all but this one)."""
    taken = set()
    for path in glob.glob(os.path.join(HERE, "..", "*", "pages.txt")):
        if os.path.abspath(os.path.dirname(path)) != HERE:
            taken |= set(archive5.stems(path))
    return taken

def is_bench(p):
    return re.fullmatch(r"[0-9a-f]{64}", p) is not None

def copies_of_taken(modcache, taken, pages, fail0):
    """go-htmldate pages of pages.txt whose bytes are those of an earlier set's page (found in
    go-htmldate's or go-trafilatura's test files under the same name): none may be."""
    roots = [os.path.join(modcache, MODULE),
             os.path.join(modcache, "github.com", "markusmobius", "go-trafilatura@v1.12.2", "test-files")]
    digest = lambda p: hashlib.md5(open(p, "rb").read()).hexdigest()
    seen = set()
    for root in roots:
        for d, _, fs in os.walk(root):
            for f in fs:
                if f.endswith(".html") and f[:-5] in taken:
                    seen.add(digest(os.path.join(d, f)))
    for p in pages:
        path = os.path.join(roots[0], FOLDER, p + ".html")
        if not is_bench(p) and os.path.isfile(path) and digest(path) in seen:
            fail0(p + " is byte-identical to an earlier set's page")

def main():
    modcache = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True, check=True).stdout.strip()
    root = os.path.join(modcache, MODULE, FOLDER)
    if not os.path.isdir(root):
        sys.exit("test pages not found at %s (run `go mod download` in the repository first)" % root)
    gtpath = os.path.join(BENCH, "ground-truth.json")
    if not os.path.isfile(gtpath):
        sys.exit("benchmark not found at %s (../shared/bench/extraction beside the repository)" % gtpath)
    gt = json.load(open(gtpath, encoding="utf-8"))
    pages = archive5.stems(os.path.join(HERE, "pages.txt"))
    bad = 0
    def fail0(m):
        nonlocal bad; bad += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    taken = taken_pages()
    for p in sorted(set(pages) & taken): fail0("page already in an earlier set: " + p)
    copies_of_taken(modcache, taken, pages, fail0)
    for n in set(BOUNDS) | set(CUTS) | set(SITES):
        if n not in pages: fail0("bounds or site for a page not in pages.txt: " + n)
    archive6.BOUNDS, archive6.CUTS = BOUNDS, CUTS
    texts, sources, hosts, gz = {}, {}, collections.defaultdict(list), set()
    for p in pages:
        if is_bench(p):
            src = os.path.join(BENCH, "html", p + ".html.gz")
            if p not in gt or not os.path.isfile(src):
                fail0("page not in the benchmark: " + p); continue
            texts[p], sources[p] = gt[p]["articleBody"], src
            gz.add(p)
            hosts[urlparse(gt[p]["url"]).netloc.lower().removeprefix("www.")].append(p)
            continue
        src = os.path.join(root, p + ".html")
        if not os.path.isfile(src) or p not in BOUNDS or p not in SITES:
            fail0("page not among go-htmldate's comparison pages, or without BOUNDS or SITES: " + p); continue
        try: texts[p] = archive6.article_text(p, src)
        except ValueError as e: fail0("%s: %s" % (p, e)); continue
        sources[p] = src
        hosts[SITES[p]].append(p)
    for h, ps in sorted(hosts.items()):
        if len(ps) > 1: fail0("site %s has %d pages" % (h, len(ps)))
    folded = {p: archive5.norm(t) for p, t in texts.items()}
    cases = []
    for n, l in enumerate(open(os.path.join(HERE, "archive-15.jsonl"), encoding="utf-8"), 1):
        try: cases.append(json.loads(l))
        except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    archive5.check_cases(cases, pages, folded, "o", archive6.KINDS, fail0, {"related", "beyond"}, exact=True, strict=True)
    if "--pages" in sys.argv:  # the benchmark's pages are gzipped: all are written here, not by finish
        i = sys.argv.index("--pages")
        out = sys.argv[i + 1]
        del sys.argv[i:i + 2]
        os.makedirs(out, exist_ok=True)
        for p, src in sources.items():
            dst = os.path.join(out, p + ".html")
            if p in gz:
                with gzip.open(src, "rb") as f, open(dst, "wb") as g: g.write(f.read())
            else:
                shutil.copyfile(src, dst)
        print("wrote", len(sources), "pages to", out)
    return archive5.finish(cases, pages, bad, texts, sources)

if __name__ == "__main__":
    sys.exit(main())
