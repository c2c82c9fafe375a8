#!/usr/bin/env python3
"""Checks archive-14.jsonl against the article text of news pages from go-htmldate's comparison pages.

Usage from the repository root:
    python3 claims/match/testdata/archive-14/check.py [--bodies DIR] [--pages DIR]
The pages are test pages shipped in the Go module github.com/markusmobius/go-htmldate v1.9.1 (a
dependency of this repository, Apache-2.0; the pages are as their sites published them), found
in the module cache: $(go env GOMODCACHE)/github.com/markusmobius/go-htmldate@v1.9.1/
test-files/comparison/NAME.html. pages.txt lists them. None of them is in an earlier set's
pages.txt, and none is byte-identical to a page of an earlier set (checked here, against the
earlier sets' pages found in go-htmldate's and go-trafilatura's test files). There is no true
article body for these pages: a page's article text is computed exactly as archive-6/check.py
computes it (its visible text, cut to the article body by the start and end phrases of BOUNDS
below, with the passages of CUTS removed first); this file only gives the phrases and points
archive-6's check at go-htmldate's comparison folder, as archive-12/check.py does for its
mediacloud folder. With --bodies DIR it writes each page's article text to DIR/NAME.txt (the
folder that ../shared/eval/score reads as FACTCHECK_ARTICLES); with --pages DIR it copies each
page to DIR/NAME.html (for `factcheck build -articles DIR`).
The statements are checked by archive-5/check.py's check_cases (as archive-6's to archive-12's
are): for every statement, whatever its verdict, the key is stored folded as
../shared/eval/score folds article text (NFKC, curly quotes and dashes to ASCII, white space
collapsed, lower case) and occurs in the folded article text of each listed page, `why` occurs
(folded) in that text, and the key occurs in `why` (for an unverified statement the key and
`why` are the text's nearest passage, which neither states nor denies it); the fields are in
order, ids unique and in order (n001, n002, ...), verdicts and kinds valid, an unverified
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
FOLDERS = ("comparison",)

# Article body of each page: (first words, last words), both exact (folded) phrases of the
# page's visible text; the body runs from the first occurrence of the start phrase to the end
# of the first occurrence of the end phrase after it (archive-6's rule). CUTS: folded phrases
# removed (as whole words) from the text before it is bounded, or a pair (first words, last
# words) of a passage removed once, such as a photo caption or a sign-up line.
BOUNDS = {
    "boston.com-Feds": ("federal prosecutors on wednesday announced three arrests", "how much money you have, engaging in commercial sex rings"),
    "thescottishsun.co.uk-SNP": ("a bungling snp cabinet minister racked up", "which has since been resolved."),
    "Salon.com-mortality": ("this week, the centers for disease control and prevention (cdc) released new data", "they are a dyad."),
    "manchestereveningnews.co.uk-tragic": ("a coroner is continuing to investigate the death of a young man", "found guilty of conspiracy to commit violent disorder."),
    "dailyrecord.co.uk-Allan-Bryant": ("the dad of a man missing for a decade", "finding allan remains a priority."),
    "wired.co.uk-Facebook": ("how much is privacy worth?", "it demonstrates the value of people's data to someone else."),
    "deadlinenews.co.uk-football": ("a youngster has been left fighting for his life", "has raised over £49,000 in donations."),
    "ktla.com-Tarzana": ("authorities with the los angeles police department have announced an arrest", "on $2 million bail."),
    "huffingtonpost.co.uk-Netanyahu": ("cnn's kaitlan collins on wednesday repeatedly pushed", "collins said before moving on."),
    "dailymail.co.uk.food": ("a powerful alliance of chefs, celebrities and charities today urges", "as things stand the government is telling tory mps not to back the amendments to the agriculture bill."),
    "fox2news.com-Hawley": ("the next presidential election is less than a year away.", "i will pull the lever for trump, 100 percent."),
    "pcmag.com.platters": ("as the world's demand for storage continues to grow", "we don't know when yet."),
    "news10.com-UAlbany": ("the ualbany men's and women's basketball teams spent last season as nomads.", "on december 2nd against siena."),
    "metro.co.uk-Storm": ("as storm ciarán continues to batter", "to mitigate their impacts such as flooding and storm surges."),
    "belfastlive.co.uk-DUP": ("a dup councillor has said that offensive signs erected", "which enabled us to reiterate the position."),
}
CUTS = {
    "boston.com-Feds": ("advertisement:", "how the brothels allegedly worked"),  # advertisement marks, a sub-heading
    "thescottishsun.co.uk-SNP": (("1 michael matheson racked up", "moroccocredit: alamy"),  # a photo caption
                                 ("read more in politics", "humza yousaf over gaza aid"),  # related links
                                 ("most read in news", "different from england on covid curbs'")),
    "Salon.com-mortality": ("related labor and delivery centers are closing in red states. what happens to pregnant women next?",  # a related link
                            "want more health and science stories in your inbox? subscribe to salon's weekly newsletter lab notes.",  # sign-up lines
                            "we need your help to stay independent subscribe today to support salon's progressive journalism"),
    "manchestereveningnews.co.uk-tragic": (("read more: 'it was a complete brutal onslaught", "seized in police raid with two arrested"),  # related links
                                           "cameron brooksbank said his life was turned upside down by the axe attack (image: bbc)",  # photo captions
                                           "cameron's arm after surgery"),
    "dailyrecord.co.uk-Allan-Bryant": (("read more related articles teenage boy dies", "'suspected drugs death' at scots house"),  # related links
                                       "allan bryant (image: police scotland)",  # photo captions
                                       "allan bryant jnr with his father (image: swns)",
                                       "allan jnr, in the centre in striped t-shirt, was seen on cctv shortly after 2am leaving styx nightclub in glenrothes. (image: pa)",
                                       ("top news stories today planned council tax payment hikes", "calls for housing emergency plan")),  # related links
    "wired.co.uk-Facebook": (("most popular the 39 best films on netflix", "the 29 best series on amazon prime right now by matt kamen"),  # a "most popular" box, twice
                             ("most popular the 39 best films on netflix", "the 29 best series on amazon prime right now by matt kamen")),
    "deadlinenews.co.uk-football": ("ronnie wraith. credits: instagram.",),  # a photo caption
    "ktla.com-Tarzana": (("the gruesome discovery of a woman's torso in a dumpster led detectives", "detectives are seen at a home on coldstream terrace in tarzana on nov. 8, 2023. detectives are seen at a home on coldstream terrace in tarzana on nov. 8, 2023."),),  # photo captions
    "huffingtonpost.co.uk-Netanyahu": ("(watch the video below.)", "advertisement"),  # a pointer to the video, the advertisement marks
    "dailymail.co.uk.food": (("chefs jamie oliver and hugh fearnley-whittingstall demand assurances", "the letter sent by an alliance of chefs, celebrities and charities to the prime minister"),  # photo captions
                             ("prince charles: one million young people need 'urgent help'", "the task ahead is unquestionably vast, but it is not insurmountable.'"),  # another story's box
                             "advertisement",  # the advertisement mark
                             "bbc countryfile presenter anita rani has also thrown her weight behind the campaign"),  # a photo caption
    "fox2news.com-Hawley": ("iced tea dna unmasks alleged 'thirsty burglar' in o'fallon",),  # a related link
    "pcmag.com.platters": (("related microsoft is using dna", "seagate will ship 18tb and 20tb hard drives in 2020"),),  # related links
    "news10.com-UAlbany": ("get the latest news, weather, sports and entertainment delivered right to your inbox!",),  # a sign-up line
    "metro.co.uk-Storm": ("follow the latest storm ciarán updates on our live blog.",  # a pointer to the live blog
                          ("four quick facts about sting jets", "source: met office"),  # a fact box
                          ("more: trending this simple two-minute test", "persuade ai not to kill us, says musk")),  # related links
    "belfastlive.co.uk-DUP": (("read more: offensive signs erected in south belfast condemned", "a thief for removing the offensive signs"),  # a related link and a photo caption
                              "the signs that have been erected in the belvoir area",  # a photo caption, three times
                              ("join our belfast live breaking news service on whatsapp", "you can read our privacy notice.")),  # a sign-up box
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
    for line in open(os.path.join(HERE, "archive-14.jsonl"), encoding="utf-8"):
        try: c = json.loads(line)
        except ValueError: continue  # check_set reports it
        t = c.get("text", "")
        if c.get("kind") == "lowercase" and (t != t.lower() or t.rstrip().endswith(".")):
            bad += 1; print(c.get("id"), "lowercase statement has capitals or a final period")
    return bad

def copies_of_taken(taken):
    """Pages of pages.txt whose bytes are those of an earlier set's page (found in go-htmldate's or
    go-trafilatura's test files under the same name): none may be."""
    modcache = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True, check=True).stdout.strip()
    roots = [os.path.join(modcache, MODULE),
             os.path.join(modcache, "github.com", "markusmobius", "go-trafilatura@v1.12.2", "test-files")]
    digest = lambda p: hashlib.md5(open(p, "rb").read()).hexdigest()
    seen = set()
    for root in roots:
        for d, _, fs in os.walk(root):
            for f in fs:
                if f.endswith(".html") and f[:-5] in taken:
                    seen.add(digest(os.path.join(d, f)))
    bad = 0
    for p in archive5.stems(os.path.join(HERE, "pages.txt")):
        path = os.path.join(roots[0], "comparison", p + ".html")
        if os.path.isfile(path) and digest(path) in seen:
            bad += 1; print(p, "is byte-identical to an earlier set's page")
    return bad

def main():
    """archive-6's check of a set, on go-htmldate's comparison pages, with this set's bounds and
    cuts, and none of an earlier set's pages; the lowercase rule; and no copy of an earlier page."""
    archive6.MODULE, archive6.FOLDERS = MODULE, FOLDERS
    archive6.BOUNDS, archive6.CUTS = BOUNDS, CUTS
    taken = taken_pages()
    status = archive6.check_set(HERE, "archive-14", "n", taken)
    return 1 if lowercase_problems() + copies_of_taken(taken) else status

if __name__ == "__main__":
    sys.exit(main())
