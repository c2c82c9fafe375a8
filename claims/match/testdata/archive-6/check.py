#!/usr/bin/env python3
"""Checks archive-6.jsonl against the article text of news pages from go-trafilatura's test files.

Usage from the repository root:
    python3 claims/match/testdata/archive-6/check.py [--bodies DIR] [--pages DIR]
The pages are the evaluation pages shipped in the Go module github.com/markusmobius/go-trafilatura
v1.12.2 (a dependency of this repository, Apache-2.0; the pages are as their sites published
them), found in the module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-trafilatura@
v1.12.2/test-files/{comparison,mock}/NAME.html. There is no true article body for these pages:
a page's article text is its visible text (tags removed, block-level tags read as a space and
inline tags as nothing, script/style/noscript/template/title skipped, character references
decoded, white space collapsed), cut at the start and end phrases of BOUNDS below (the first
words of the article body after the headline and standfirst, the last words of its last
paragraph), so that navigation, headline, related links and the page's footer are left out.
With --bodies DIR it writes each page's article text to DIR/NAME.txt (the folder that
../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it copies each page to
DIR/NAME.html (for `factcheck build -articles DIR`).
Adapted from archive-5/check.py. For every statement, whatever its verdict: the key is stored
folded as ../shared/eval/score folds article text (NFKC, curly quotes and dashes to ASCII,
white space collapsed, lower case), occurs in the folded article text of each listed page,
`why` occurs (folded) in that text, and the key occurs in `why`. (For an unverified statement
the key and `why` are the text's nearest passage, which neither states nor denies it.) Also
checks the fields and their order, that ids are unique and in order (a001, a002, ...),
verdicts and kinds, that every article is listed in pages.txt, and that every page of
pages.txt has statements.
"""
import collections, importlib.util, json, os, re, shutil, subprocess, sys, unicodedata

MODULE = os.path.join("github.com", "markusmobius", "go-trafilatura@v1.12.2", "test-files")
FOLDERS = ("comparison", "mock")

# Article body of each page: (first words, last words), both exact (folded) phrases of the
# page's visible text; the body runs from the first occurrence of the start phrase to the end
# of the first occurrence of the end phrase after it. Photo captions inside that span are left
# out with CUTS: folded phrases removed (as whole words) from the text before it is bounded,
# or a pair (first words, last words) of a passage removed once, such as a photo gallery.
BOUNDS = {
    "bbc.com.52241221": ("images have emerged of coffins", 'the impact of "structural racism".'),
    "telegraph.co.uk.plumber": ("zoe anderson, 24, was overcome", "was led to begin his sentence."),
    "theguardian.com.academics": ("thousands of academic staff at british universities are being treated", "on the cards later this year."),
    "edition.cnn.com-royal": ("it was the interview that some within buckingham palace", "greater than any fairytale you've ever read.\""),
    "latimes.com.bloomberg": ("washington - this is not the gracious welcome", "days floating above the fray are over."),
    "politico.com.retirement": ("rep. mark meadows' shock retirement", "another stiff primary challenge next year."),
    "cbsnews.com.carolina": ("the stakes are high for all of the candidates", "\"yeah. so that's important. i need to know,\" chisholm said."),
    "reuters.com.parasite": ("south korean thriller \"parasite\" was the upset winner", "it's been the most beautiful dream,\" waller-bridge said."),
    "independent.co.uk.penalty": ("anyone falsely naming an antagonist", "allowed to take to the dance floor."),
    "standard.co.uk.caribbean": ("t urkey, poland and the caribbean islands of bonaire", "applying them where they're not needed.\""),
    "timesofisrael.com.washington": ("the state of washington has sworn in its first native american supreme court justice", "their deep commitment to what is just.\""),
    "nature.com.telescope": ("the world's largest single-dish radio observatory is preparing", "\"a successful review will definitely help,\" he says."),
    "dw.com.colonial": ("berlin's relationship with its colonial history is being reconsidered", "a period of intense imperialist activity."),
    "vice.com.amazon": ("in the middle of the day on monday, the sky above são paulo", "highest number of deforestation warnings.\""),
    "bostonherald.com-Brothel-catering": ("a \"booming\" sex ring catering", "but also local attention.\""),
    "gothamist.com-plagues": ("a controversial rezoning proved to be a central issue", "at the expense of the community,\" delgado said."),
    "kxan.com-Voters": ("texas voters approved an amendment to the state constitution", "than a lot of us even realize.\""),
    "abc7news.com-Napa": ("a plan to bring a margaritaville resort", "there is still a ways to go."),
    "phys.org.tool": ("a team of researchers affiliated with several institutions in the netherlands", "at the bottom of the north sea for most of its existence."),
    "vancouversun.com.microsoft": ("microsoft corp said on thursday it aims to remove more carbon", "direct air capture,\" microsoft said."),
    "msn.com.university": ("as increasing numbers of uk universities wrestle", "work to mitigate it?\""),
    "wsvn.com-crash": ("an overnight crash in southwest miami-dade", "as well as wearing seat belts."),
    "kaieteurnewsonline.com-essequibo": ("police investigators in region two are currently trying", "as investigations continue."),
    "phillyvoice.com-Sixers": ("in perhaps their biggest game of the young nba season", "led to the sixers' statement win."),
    "nytimes.com.blackouts": ("as temperatures began to rise in california on friday", "tomorrow evening, the wolf arrives.\""),
}
CUTS = {
    "bbc.com.52241221": ("image copyright reuters image caption about 40 bodies were buried on thursday",
                         "one virus, two americas four out of five jobs affected by virus globally",
                         "image copyright reuters image caption mourners attend a funeral in brooklyn, new york, as the city's coronavirus death toll hit a record high for a third day",
                         "coronavirus: a visual guide to the economic impact global economy will suffer for 'years to come'",
                         "media playback is unsupported on your device media captionhow caravans are helping frontline medics with a place to stay",
                         "are minorities being hit hardest by coronavirus?",
                         "a simple guide: how do i protect myself? avoiding contact: the rules on self-isolation and exercise hope and loss: your coronavirus stories look-up tool: check cases in your area video: the 20-second hand wash stress: how to look after your mental health"),
    "theguardian.com.academics": ("third of cambridge university staff 'have experienced bullying' read more",
                                  "temporary work at £9 an hour. no wonder lecturers are balloting to strike read more"),
    "edition.cnn.com-royal": ("meghan had suicidal thoughts read more",
                              "harry and meghan last march, in their final royal engagement.",
                              "the queen with harry and meghan in 2018. the couple spoke glowingly of the monarch, but admitted their relationship with other royals was fraught.",
                              "prince william and harry in 2014",
                              "meghan reveals 'concerns' within royal family about her baby's skin color",
                              "'self-serving': uk media tabloids hit back at meghan and harry's interview",
                              "how to get help: in the us, call the national suicide prevention lifeline at 1-800-273-8255. the international association for suicide prevention and befrienders worldwide also provide contact information for crisis centers around the world."),
    "politico.com.retirement": ("first in politico playbook: mark meadows to leave congress, plus what mcconnell will say on impeachment by jake sherman and anna palmer",
                                "rep. mark meadows, r-n.c., and wife debbie meadows at the white house in september. | patrick semansky/ap photo",
                                "advertisement",
                                '"meadows screwed everybody ... they have all been eyeing that seat and figured they had two more years." a gop operative in the state'),
    "latimes.com.bloomberg": ("advertisement",),
    "reuters.com.parasite": ("related coverage factbox: key winners at the 2020 screen actors guild awards", "slideshow ( 15 images )"),
    "independent.co.uk.penalty": (("uk news in pictures show all 50", "expected to bask in temperatures of more than 30 degrees pa"),
                                  "read more why a coronavirus vaccine may provide better immunity than infection the government's coronavirus sex rules are an insult to singletons coronavirus: infections in food industry could be 30 times higher than reported brussels imposes curfew on bars as coronavirus cases soar"),
    "standard.co.uk.caribbean": (("essential news, delivered daily", "related indoor socialising ban rolled out amid virus curb hopes- live"),
                                 ("europe starts to ease itself out of coronavirus lockdown 1/21", "afp via getty images commuters arrive from regional trains at the cardona railway station in milan afp via getty images"),
                                 "air bridges: denmark, slovakia and iceland added to quarantine list",
                                 "read more italy and poland at risk of being added to uk quarantine list"),
    "timesofisrael.com.washington": ("get the times of israel's daily edition by email and never miss our top stories free sign up",
                                     ("judge raquel montoya-lewis, left, walks with washington gov. jay inslee", "(ap photo/elaine thompson)"),
                                     ("members of the port gamble s'klallam indian tribe sing and play drums", "(ap photo/ted s. warren)"),
                                     ("honored to have offered the benediction today", "(@rabbi_360) january 7, 2020"),
                                     ("the state's newest supreme court justice, raquel montoya-lewis, heading into courtroom", "(@drewmikkelsenk5) january 6, 2020")),
    "dw.com.colonial": ("tahir della helped organize berlin's new initiative",
                        "read more: recognizing germany colonial crimes: work in progress",
                        ("racist, ruthless, cruel: germany's colonial history 'our future is on the water'", "author: julia hitz (eg)"),
                        "petersallee is to be renamed after the maji maji rebellion against german rule",
                        "read more: looted colonial art: germany to set up new contact office"),
    "kxan.com-Voters": ("previous cost-of-living adjustment for retired texas teachers passes",),
    "abc7news.com-Napa": ("more: black-led group strikes deal to revitalize oakland coliseum site, could bring $5b megaproject",),
    "vancouversun.com.microsoft": (("related how one calgary company turns co2 into soap", "working with their rival amazon"),),
    "msn.com.university": ("_" * 52,  # the rules around the "More on coronavirus" box
                           ("more on coronavirus: download the microsoft news app", "pandemic has exposed britain's reality (the guardian)"),
                           ("© getty images manchester (britain), sept. 29, 2020", "(xinhua/jon super via getty images)"),
                           ("video: dr hilary suggests", "wales online up next"),
                           ("© getty images manchester, england - september 28:", "(photo by christopher furlong/getty images)"),
                           "gallery: coronavirus outbreak around the world (photo services)"),
    "kaieteurnewsonline.com-essequibo": ("dead hunter, bharrat ramdehol.",),
    "phillyvoice.com-Sixers": ("more sixers six sixers takeaways after six games sixers game notes: joel embiid dominates in win over wizards trade grades roundup: how did the sixers fare in the james harden deal?",),
}

# The text rules of archive-5/check.py (its norm, its block tags and its HTML-to-text parser),
# with a page's <template> and <title> skipped too: here the whole page is read, not
# Readability's output.
_spec = importlib.util.spec_from_file_location("archive5check", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "archive-5", "check.py"))
archive5 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(archive5)
norm = archive5.norm
SKIP = archive5.SKIP | {"template", "title"}

def decode(raw):
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:20000], re.I)
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    try: return raw.decode(enc)
    except (LookupError, UnicodeDecodeError): pass
    try: return raw.decode("utf-8")
    except UnicodeDecodeError: return raw.decode("cp1252", "replace")

def visible_text(path):
    p = archive5.Text(SKIP)
    with open(path, "rb") as f: p.feed(decode(f.read()))
    p.close()
    return re.sub(r"\s+", " ", "".join(p.out)).strip()

def article_text(name, path):
    """The page's visible text (folded as norm folds it, but keeping its case), cut to its article body."""
    t = norm(visible_text(path))
    u = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", visible_text(path))).strip()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        u = u.replace(a, b)
    if u.lower() != t: u = t  # lower case changed the length: keep the folded text
    for c in CUTS.get(name, ()):
        if isinstance(c, tuple):  # (first words, last words) of a passage to cut, such as a photo gallery
            i = t.find(c[0]); j = t.find(c[1], i) if i >= 0 else -1
            if j < 0: raise ValueError("cut passage not found: %s ... %s" % c)
            j += len(c[1])
            t, u = t[:i] + " " + t[j:], u[:i] + " " + u[j:]
            continue
        spans = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(c) + r"(?!\w)", t)]
        if not spans: raise ValueError("cut phrase not found: " + c)
        for i, j in reversed(spans):  # whole words only: cutting "advertisement" keeps "advertisements"
            t, u = t[:i] + " " + t[j:], u[:i] + " " + u[j:]
    t, u = re.sub(r"\s+", " ", t).strip(), re.sub(r"\s+", " ", u).strip()
    if name in BOUNDS:
        start, end = BOUNDS[name]
        i = t.find(start)
        if i < 0: raise ValueError("start phrase not found: " + start)
        j = t.find(end, i)
        if j < 0: raise ValueError("end phrase not found after the start: " + end)
        u = u[i:j + len(end)]
    return u

stems = archive5.stems

KINDS = {"typical", "paraphrase", "lowercase", "typo", "number", "name", "place", "date", "negation",
         "opposite", "direction", "partial", "multi", "related", "beyond"}

def main():
    return check_set(os.path.dirname(os.path.abspath(__file__)), "archive-6", "a")

def check_set(here, name, prefix, taken=()):
    """Checks the set NAME.jsonl in the folder HERE (ids PREFIX001...) against its pages, bounded by this
    module's BOUNDS and CUTS (a later set on the same test files sets its own), and writes --bodies/--pages.
    A page in TAKEN (an earlier set's) is a problem."""
    modcache = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True, check=True).stdout.strip()
    root = os.path.join(modcache, MODULE)
    if not os.path.isdir(root):
        sys.exit("test pages not found at %s (run `go mod download` in the repository first)" % root)
    pages = stems(os.path.join(here, "pages.txt"))
    bad = [0]
    def fail0(m):
        bad[0] += 1; print(m)
    if len(set(pages)) != len(pages): fail0("pages.txt lists a page twice")
    for p in pages:
        if p not in BOUNDS: fail0("page without article bounds (BOUNDS): " + p)
    for n in set(BOUNDS) | set(CUTS):
        if n not in pages: fail0("bounds for a page not in pages.txt: " + n)
    for p in pages:
        if p in taken: fail0("page already in an earlier set: " + p)
    files, texts = {}, {}
    for p in pages:
        found = [os.path.join(root, d, p + ".html") for d in FOLDERS if os.path.isfile(os.path.join(root, d, p + ".html"))]
        if len(found) != 1:
            fail0("page not found once among the test files: " + p); continue
        files[p] = found[0]
        try: texts[p] = article_text(p, found[0])
        except ValueError as e: fail0("%s: %s" % (p, e))
    path = os.path.join(here, name + ".jsonl")
    cases = []
    if os.path.exists(path):
        for n, l in enumerate(open(path, encoding="utf-8"), 1):
            try: cases.append(json.loads(l))
            except ValueError as e: fail0("line %d does not parse: %s" % (n, e))
    folded = {p: norm(t) for p, t in texts.items()}
    archive5.check_cases(cases, pages, folded, prefix, KINDS, fail0, {"related", "beyond"}, exact=True)
    return archive5.finish(cases, pages, bad[0], texts, files)

if __name__ == "__main__":
    sys.exit(main())
