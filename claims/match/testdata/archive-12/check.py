#!/usr/bin/env python3
"""Checks archive-12.jsonl against the article text of news pages from go-htmldate's test files.

Usage from the repository root:
    python3 claims/match/testdata/archive-12/check.py [--bodies DIR] [--pages DIR]
The pages are test pages shipped in the Go module github.com/markusmobius/go-htmldate v1.9.1 (a
dependency of this repository, Apache-2.0; the pages are as their sites published them), found
in the module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-htmldate@v1.9.1/
test-files/mediacloud/NAME.html (the mediacloud folder only; never the comparison folder);
pages.txt lists them and says why they are not go-trafilatura's pages. None of them is in an
earlier set's pages.txt list of pages, and none is byte-identical to a go-trafilatura test page
(checked here too). There is no true article body for these pages: a page's article text is
computed exactly as archive-6/check.py computes it (its visible text, cut to the article body by
the start and end phrases of BOUNDS below, with the passages of CUTS removed first); this file
only gives the phrases and points archive-6's check at go-htmldate's test files, as
archive-11/check.py does. With --bodies DIR it writes each page's article text to DIR/NAME.txt
(the folder that ../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it copies
each page to DIR/NAME.html (for `factcheck build -articles DIR`).
The statements are checked by archive-5/check.py's check_cases (as archive-6's to archive-11's
are): for every statement, whatever its verdict, the key is stored folded as
../shared/eval/score folds article text (NFKC, curly quotes and dashes to ASCII, white space
collapsed, lower case) and occurs in the folded article text of each listed page, `why` occurs
(folded) in that text, and the key occurs in `why` (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in
order, ids unique and in order (a001, a002, ...), verdicts and kinds valid, an unverified
statement has kind related or beyond and no other statement has, every article is listed in
pages.txt and every page there has statements, and no page is in an earlier set's pages.txt;
and (archive-7's rule) a statement of kind "lowercase" has no capital letter and no final period.
No network is needed: the pages come from the Go module cache.
"""
import glob, hashlib, importlib.util, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive6 = _load("archive6check", "archive-6")  # its page text rules (it loads archive-5/check.py)
archive5 = archive6.archive5

MODULE = os.path.join("github.com", "markusmobius", "go-htmldate@v1.9.1", "test-files")
FOLDERS = ("mediacloud",)

# Article body of each page: (first words, last words), both exact (folded) phrases of the
# page's visible text; the body runs from the first occurrence of the start phrase to the end
# of the first occurrence of the end phrase after it (archive-6's rule). CUTS: folded phrases
# removed (as whole words) from the text before it is bounded, or a pair (first words, last
# words) of a passage removed once, such as a photo caption or a sign-up line.
BOUNDS = {
    "1566930342": ("west palm beach, fla. - emergency managers run drills", "\"we are resilient and we will get through it.\""),
    "1676872902": ("with the number of coronavirus cases increasing across much of the country", "we need to make sure the federal workforce is protected.\""),
    "1656725247": ("rattled by the biggest single-day spurt yet", "she will stay in home quarantine, the statement said."),
    "1720285564": ("the reserve bank on thursday came out with a five-pillared", "prescribing basic cybersecurity controls for all the ucbs."),
    "1599860291": ("chris wilder believes it would be 'morally correct' for dean henderson", "keeping a close eye on him."),
    "1571147129": ("bhubaneswar: a 72-year-old man from bhubaneswar", "and those in bhubaneswar to 34."),
    "1602142656": ("real madrid have set arsenal a june 15 deadline", "arsenal and aubameyang's plans then as well."),
    "1753036930": ("the us's top coronavirus expert has praised australia's handling", "up to 50 people for outdoor dining."),
    "1705296354": ("u.s. treasury yields fell on early tuesday's trade", "for the fed to remain accommodative,\" said lederer."),
    "1685640081": ("the u.s. army corps of engineers will hold a virtual meeting next month", "was delayed due to the ongoing coronavirus pandemic."),
    "1536545428": ("syrian government forces entered parts of a strategic rebel-held town on monday", "caught in no-man's land."),
    "1485102321": ("president trump kicked off 2020 the same way", "maybe this is why trump apparently hates cnn."),
}
CUTS = {
    "1685640081": ("advertisement",  # advertisement marks
                   "scarred by deadly floods, ellicott city residents have learned to prepare whenever it rains \u00bb"),  # a related link
    "1536545428": ("read more: turkey-syria conflict escalates as migrants, refugees arrive at greece border",  # related links and videos
                   "story continues below advertisement",
                   "1:30 turkish military releases footage showing airstrike on syrian targets turkish military releases footage showing airstrike on syrian targets",
                   "read more: greek police fire tear gas at migrants as country accuses turkey of sending an 'onslaught'",
                   ("trending stories coronavirus in canada", "taliban resumes attacks against afghan forces despite u.s. peace deal"),
                   "3:14 u.s. troops under fire at checkpoint in syria during clash with locals u.s. troops under fire at checkpoint in syria during clash with locals",
                   "hopes for putin talks",  # a sub-heading
                   "read more: turkey raises death toll from syrian airstrike to 33 troops, marking major escalation",
                   "1:52 over 230,000 people flee idlib during russian-backed offensive: un over 230,000 people flee idlib during russian-backed offensive: un"),
    "1602142656": ("real are keen to sign aubameyang (image: getty images)",  # a photo caption
                   ("read more related articles mirror football email", "after impressing mikel arteta in two-week trial"),  # related links
                   ("read more mirror football's top stories", "real set arsenal aubameyang deadline")),  # a sign-up box and links
    "1753036930": ("wearing of masks in us too divisive", "melburnians take to the streets to end lockdown",  # sub-headings
                   ("view photos dr anthony fauci said it was difficult", "source: the university of melbourne more"),  # photo captions
                   ("view photos melburnians take to the streets on wednesday night.", "source: getty images more")),
    "1599860291": (("goalkeeper dean henderson has impressed while on loan at sheffield united this campaign", "for him to see out the campaign there"),  # photo captions
                   ("related articles previous 1 next", "share this article share"),  # related links (first box)
                   "but wilder did admit that manchester united could choose to recall him from his loan"),  # a caption
    "1676872902": ("support our journalism. subscribe today.", "ad",  # a subscription line, the advertisement marks
                   "as the backlogged irs struggles to open mail and answer the phone, taxpayers face long delays"),  # a related link
    "1566930342": ("coronavirus kills 1,000 in one day in us, doubling worst daily death toll of flu this is what china did to beat coronavirus. could america handle it? doctors try plasma from recovered patients in desperate coronavirus fight",  # related links
                   "travelers get a break: real id deadline pushed back due to the coronavirus coronavirus: cdc advises against nonessential travel to chile, pakistan, thailand and turkey can't travel because of coronavirus? recreate your vacation at home instead"),
}

def taken_pages():
    """The pages of every earlier set's pages.txt (all but this one)."""
    taken = set()
    for path in glob.glob(os.path.join(HERE, "..", "*", "pages.txt")):
        if os.path.abspath(os.path.dirname(path)) != HERE:
            taken |= set(archive5.stems(path))
    return taken

def lowercase_problems():
    """Statements of kind "lowercase" that have a capital letter or end with a period."""
    bad = 0
    path = os.path.join(HERE, "archive-12.jsonl")
    for line in open(path, encoding="utf-8"):
        try: c = json.loads(line)
        except ValueError: continue  # check_set reports it
        t = c.get("text", "")
        if c.get("kind") == "lowercase" and (t != t.lower() or t.rstrip().endswith(".")):
            bad += 1; print(c.get("id"), "lowercase statement has capitals or a final period")
    return bad

def trafilatura_copies():
    """Pages of pages.txt whose bytes are those of a go-trafilatura v1.12.2 test file (an earlier
    set's source): none may be."""
    modcache = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True, check=True).stdout.strip()
    other = os.path.join(modcache, "github.com", "markusmobius", "go-trafilatura@v1.12.2", "test-files")
    if not os.path.isdir(other): return 0  # check_set reports a missing module
    digest = lambda p: hashlib.md5(open(p, "rb").read()).hexdigest()
    seen = {digest(os.path.join(d, f)) for d, _, fs in os.walk(other) for f in fs}
    bad = 0
    for p in archive5.stems(os.path.join(HERE, "pages.txt")):
        path = os.path.join(modcache, MODULE, "mediacloud", p + ".html")
        if os.path.isfile(path) and digest(path) in seen:
            bad += 1; print(p, "is byte-identical to a go-trafilatura test page")
    return bad

def main():
    """archive-6's check of a set, on go-htmldate's test files, with this set's bounds and cuts, and
    none of an earlier set's pages; the lowercase rule; and no copy of a go-trafilatura page."""
    archive6.MODULE, archive6.FOLDERS = MODULE, FOLDERS
    archive6.BOUNDS, archive6.CUTS = BOUNDS, CUTS
    status = archive6.check_set(HERE, "archive-12", "a", taken_pages())
    return 1 if lowercase_problems() + trafilatura_copies() else status

if __name__ == "__main__":
    sys.exit(main())
