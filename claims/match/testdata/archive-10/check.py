#!/usr/bin/env python3
"""Checks archive-10.jsonl against the article text of news pages from go-htmldate's test files.

Usage from the repository root:
    python3 claims/match/testdata/archive-10/check.py [--bodies DIR] [--pages DIR]
The pages are the test pages shipped in the Go module github.com/markusmobius/go-htmldate
v1.9.1 (a dependency of this repository, Apache-2.0; the pages are as their sites published
them), found in the module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-htmldate@
v1.9.1/test-files/{comparison,mediacloud,mock}/NAME.html; pages.txt lists them. None of them is
in an earlier set's pages.txt, and none is byte-identical to a go-trafilatura test page. There
is no true article body for these pages: a page's article text is computed exactly as
archive-6/check.py computes it (its visible text, cut to the article body by the start and end
phrases of BOUNDS below, with the passages of CUTS removed first); this file only gives the
phrases and points archive-6's check at go-htmldate's test files. With --bodies DIR it writes
each page's article text to DIR/NAME.txt (the folder that ../shared/eval/score reads as
FACTCHECK_ARTICLES); with --pages DIR it copies each page to DIR/NAME.html (for
`factcheck build -articles DIR`).
The statements are checked by archive-5/check.py's check_cases (as archive-6's, archive-8's and
archive-9's are): for every statement, whatever its verdict, the key is stored folded as
../shared/eval/score folds article text (NFKC, curly quotes and dashes to ASCII, white space
collapsed, lower case) and occurs in the folded article text of each listed page, `why` occurs
(folded) in that text, and the key occurs in `why` (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in
order, ids unique and in order (c001, c002, ...), verdicts and kinds valid, an unverified
statement has kind related or beyond and no other statement has, every article is listed in
pages.txt and every page there has statements, and no page is in an earlier set's pages.txt.
No network is needed: the pages come from the Go module cache.
"""
import glob, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

archive6 = _load("archive6check", "archive-6")  # its page text rules (it loads archive-5/check.py)
archive5 = archive6.archive5

MODULE = os.path.join("github.com", "markusmobius", "go-htmldate@v1.9.1", "test-files")
FOLDERS = ("comparison", "mediacloud", "mock")

# Article body of each page: (first words, last words), both exact (folded) phrases of the
# page's visible text; the body runs from the first occurrence of the start phrase to the end
# of the first occurrence of the end phrase after it (archive-6's rule). CUTS: folded phrases
# removed (as whole words) from the text before it is bounded, or a pair (first words, last
# words) of a passage removed once, such as a photo caption or a sign-up line.
BOUNDS = {
    "kron4.com-wolf": ("(kron) - the mother of the oakland zoo's gray wolf pack", "cared for her with passion and love,\" zoo officials said."),
    "breakingnews.ie-Molly": ("molly martens (40) and her father, tom martens (73)", "\"i was a piece in her chessboard,\" ms corbett told the court."),
    "1753142980": ("three men have been charged in relation to an investigation", "all three men will appear in waitakere district court."),
    "foxnews.com-Russia": ("russian president vladimir putin signed legislation thursday", "that can help detect atomic blasts in other countries"),
    "1493757507": ("exhausted firefighters said they had finally brought", "suggested more work may need to be done on emissions."),
    "KentNews.online-prison": ("long prison sentences have been handed down to two drug suppliers", "who seek to benefit from the misery of others'."),
    "larnetimes.co.uk-Adam-Johnson": ("he passed away following a freak incident", "we encourage seeking support and guidance."),
    "1725250200": ("lawrenceville, ga. (ap) - u.s. marshals in georgia", "whether he had an attorney who could comment for him."),
    "1551271741": ("on the fifth anniversary of a woman's slaying in east detroit", "at 1-800-speak-up or www.1800speakup.org."),
    "1608581255": ("venice, italy (ap) \" the italian government announced saturday", "clear and precise rules can guarantee services to guests.''"),
    "thescarboroughnews.co.uk-Scarborough": ("a former apprentice engineer who directed drug-dealing operations in scarborough has been jailed for over six years after he was caught with over two kilos of cocaine worth up to £170,000. bradley axcell", "before being released on prison licence."),
    "whdh.com-Roxbury": ("boston (whdh) - two juveniles were stabbed", "were urging anyone with information to contact investigators."),
}
CUTS = {
    "kron4.com-wolf": ("wolfdog that was on the loose in sebastopol found and returned home",  # a related link
                       "photos: oakland zoo"),
    "breakingnews.ie-Molly": ("advertisement",),
    "1753142980": (("read more: * card skimmers jailed", "thefts from vehicles of doctors and nurses"),),
    "foxnews.com-Russia": (("putin oversees russian military drill simulating", "(gavriil grigorov/pool/afp via getty images)"),
                           ("russia is closely monitoring us nuclear test in nevada", "(andrey rudakov/bloomberg via getty images)"),
                           ("president vladimir putin oversees a training exercise", "(gavriil grigorov/pool/afp via getty images)"),
                           "click here to get the fox news app"),
    "1493757507": ("must read | thousands of australians are calling for their prime minister's resignation",
                   "read | outsurance's australian business hit by bushfires",
                   "also read | serena donates signed dress to australian bushfire appeal",
                   ("alice cooper", "alice cooper")),  # a stray photo label: its first occurrence only
    "larnetimes.co.uk-Adam-Johnson": ("advertisement",
                                      "sign up to the weekly slow reads newsletter. grab a cuppa and enjoy some of our best journalism. sign up this site is protected by recaptcha and the google privacy notice and terms of service apply.",
                                      ("most popular around 1000 homes without power", "the severity of flo... news"),
                                      "the ice hockey world has been rocked by the tragic death of adam johnson. picture: getty images"),
    "1551271741": ("ditwan morgan (photo: crime stoppers of michigan)",),
    "thescarboroughnews.co.uk-Scarborough": ("advertisement hide ad",
                                             "sign up to the daily crime uk newsletter. all the latest crime news and trials from across the uk. sign up this site is protected by recaptcha and the google privacy notice and terms of service apply.",
                                             ("most popular 1 in pictures: here is where you can find bonfires", "following a number of landslips")),
}

def taken_pages():
    """The pages of every earlier set's pages.txt (all but this one)."""
    taken = set()
    for path in glob.glob(os.path.join(HERE, "..", "*", "pages.txt")):
        if os.path.abspath(os.path.dirname(path)) != HERE:
            taken |= set(archive5.stems(path))
    return taken

def main():
    """archive-6's check of a set, on go-htmldate's test files, with this set's bounds and cuts, and
    none of an earlier set's pages."""
    archive6.MODULE, archive6.FOLDERS = MODULE, FOLDERS
    archive6.BOUNDS, archive6.CUTS = BOUNDS, CUTS
    return archive6.check_set(HERE, "archive-10", "c", taken_pages())

if __name__ == "__main__":
    sys.exit(main())
